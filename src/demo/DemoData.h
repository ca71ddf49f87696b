#pragma once
#include <QDate>

namespace sochibo::storage {
class Database;
}

namespace sochibo::demo {

/// "Today" in the demo cell: every status (overdue, due soon, done late) is relative to it.
inline QDate demoToday()
{
    return QDate(2026, 11, 21);
}

/// Writes the demo cell (Chi bộ Trường Tiểu học Vĩnh Phong 4, year 2026; people invented)
/// into an empty database, with a few evidence files it generates itself. One transaction:
/// on failure nothing is written.
void writeDemo(const storage::Database &db);

} // namespace sochibo::demo

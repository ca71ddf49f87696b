#pragma once
#include "reports/Spreadsheet.h"

#include <QDate>

namespace sochibo::core {
struct Period;
} // namespace sochibo::core
namespace sochibo::storage {
class Database;
} // namespace sochibo::storage

namespace sochibo::reportdata {

/// The cell's tables as spreadsheets (sochibo-cli export-table, the window's "Xuất Excel…"):
/// the same rows the pages and documents show, with dates as dates and counts as numbers.
/// Which tasks belong to a year and a task's state come from the core's rules.
namespace tables {

/// "tasks": the task-tracking table, the tasks of \a year (every task when 0), judged on
/// \a today.
QList<reports::Sheet> tasks(const storage::Database &db, int year, const QDate &today);
/// "members": the roster (archived members too, marked) and every membership event.
QList<reports::Sheet> members(const storage::Database &db);
/// "month": the tasks of a month, quarter or range with their flags, and its figures.
QList<reports::Sheet> month(const storage::Database &db, const core::Period &period,
                            const QDate &today);
/// "ratings": the members' reviews and the cell's levels of \a year.
QList<reports::Sheet> ratings(const storage::Database &db, int year);
/// "figures": the year's figures as the self-review counts them, on \a today.
QList<reports::Sheet> figures(const storage::Database &db, int year, const QDate &today);

/// The .xlsx of \a sheets, written atomically and owner-only; the author is the cell.
/// Throws storage::StorageError with the reason.
void save(const storage::Database &db, const QList<reports::Sheet> &sheets, const QString &path);

} // namespace tables
} // namespace sochibo::reportdata

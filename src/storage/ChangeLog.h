#pragma once

#include "Database.h"

#include <QList>

namespace sochibo::storage {

/// One value of a record before and after a change ("—" when there was none).
struct FieldChange
{
    QString field;
    QString before;
    QString after;
};

/// One line of the change log the schema's triggers write: who changed a record and when.
struct ChangeEntry
{
    QString at;     ///< local time as stored, "2026-11-21T09:15:02.123"
    QString actor;  ///< "(không rõ)" when nobody was named
    QString action; ///< "tạo", "sửa" or "xóa"
    /// What changed; a creation or deletion lists every value it had.
    QList<FieldChange> fields;
    /// "21/11/2026 09:15"
    QString when() const;
};

/// The history of row \a id of \a table, oldest first (field names and values as stored:
/// what `sochibo-cli history` prints).
QList<ChangeEntry> recordHistory(const Database &db, const QString &table, qint64 id);

/// The fields of \a entry as a secretary reads them: Vietnamese names ("Hạn", not "due_on"),
/// dates as dd/MM/yyyy, a member's name instead of their id, labels instead of codes
/// ("Đã hoàn thành", not "done"). The row id, and at a creation or deletion the fields that
/// were empty, are left out.
QList<FieldChange> readableFields(const Database &db, const QString &table,
                                  const ChangeEntry &entry);

} // namespace sochibo::storage

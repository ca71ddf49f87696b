#pragma once
#include "Database.h"

#include <QString>
#include <QStringList>
#include <QVariant>

namespace sochibo::storage {

/// What a column of the records holds, beyond SQLite's loose types: the one definition of a
/// well-formed stored value, asked by the JSON import before it writes a row and by
/// `check` over every stored row (so the two agree on what is damaged).
enum class ColumnKind {
    Id,        ///< "id" or "…_id": a whole number ≥ 1
    Integer,   ///< a whole number that fits exactly (no 2^63 stored as a real)
    Real,      ///< any finite number
    Text,      ///< text without NUL characters
    Date,      ///< "…_on", "…_date": yyyy-MM-dd, a real day between 1900 and 2100
    Timestamp, ///< evidence.added_on: yyyy-MM-ddTHH:mm[:ss[.zzz]] (or a date)
    Time,      ///< meeting start/end: "" or HH:mm
    Month,     ///< progress_report.period: yyyy-MM
    FileName,  ///< evidence.file_name: one name, no folder part, no control characters
};

/// The kind of \a column of \a table, from its name and its declared SQL type.
ColumnKind columnKind(const QString &table, const QString &column, const QString &declaredType);

/// What is wrong with \a value for a column of \a kind, in words ("không phải một ngày có
/// thật: “2026-02-30”"); empty when it is well formed. NULL is always well formed here
/// (NOT NULL is the schema's own rule).
QString valueProblem(ColumnKind kind, const QVariant &value);

/// Every stored value of \a tables that valueProblem() refuses, as "Bảng “task”, bản ghi 12,
/// cột “start_on”: …" (at most \a limit lines).
QStringList malformedValues(const Database &db, const QStringList &tables, int limit = 50);

} // namespace sochibo::storage

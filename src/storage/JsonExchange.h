#pragma once
#include "Database.h"

#include <QByteArray>

namespace sochibo::storage {

/// The versioned JSON interchange format (docs/data-format.md): every record table, rows in
/// id order, columns by name; evidence metadata with hashes (bytes travel separately).
class JsonExchange
{
public:
    static constexpr int kFormatVersion = 1;
    /// The longest text one field may bring in (minutes of a long meeting fit many times).
    static constexpr int kMaxTextLength = 200000;
    /// Tables in the order import writes them (referenced before referencing).
    static const QStringList &tables();

    static QByteArray exportJson(const Database &db);
    /// Writes every record of \a json into \a db in one transaction. The whole file is
    /// checked first: its shape, and every value against its column (ColumnRules: dates are
    /// real days, ids whole numbers, text is text, file names are names). A file without a
    /// cell profile or without members is refused unless \a allowEmpty. The database must
    /// hold no records unless \a replace (then all records are replaced). On any error
    /// nothing is changed — no row, no evidence file — and a StorageError says what is wrong
    /// (table, row and id, column). When \a evidenceSourceDir is given, the evidence files
    /// named by the rows are copied from that store (a `<name>.evidence` folder), as regular
    /// files only and never past their recorded size.
    static void importJson(const Database &db, const QByteArray &json, bool replace = false,
                           const QString &evidenceSourceDir = {}, bool allowEmpty = false);
    /// Number of rows in the record tables (not the change log).
    static qint64 recordCount(const Database &db);
};

} // namespace sochibo::storage

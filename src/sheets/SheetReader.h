#pragma once
#include "text/LegacyEncoding.h"

#include <QByteArray>
#include <QList>
#include <QMap>
#include <QString>
#include <QVariant>

namespace sochibo::sheets {

/// One row as the spreadsheet numbers it (1-based, empty rows left out): each cell a QString,
/// a double, a QDate (a number the file formats as a date, or an ODS date), or an invalid
/// QVariant for an empty cell.
struct SheetRow
{
    int number = 0;
    QVariantList cells;
};

struct ReadSheet
{
    QString name;
    QList<SheetRow> rows;
    /// Columns (0-based) whose text was typed in an old font and has been converted
    /// (text::legacyFontOf), with the font's encoding.
    QMap<int, text::TextEncoding> convertedColumns;
};

struct Workbook
{
    QString format; ///< "xlsx", "ods" or "csv"
    QList<ReadSheet> sheets;
    /// For CSV: the encoding the bytes were read as ("UTF-8", "UTF-16", "TCVN3 (ABC)", …).
    QString encoding;
};

/// The biggest sheet read: beyond it a file is refused rather than read slowly.
constexpr int kMaxRows = 20000;
constexpr int kMaxColumns = 256;

/// Reads an .xlsx (Office Open XML), .ods (OpenDocument) or .csv file, told apart by its
/// content, not its name. CSV text is read as UTF-8 or UTF-16 (byte-order mark), else as
/// whichever of UTF-8, TCVN3, VNI and Windows-1258 reads as Vietnamese; its separator is the
/// one of , ; and tab the first line uses most. A text column of an .xlsx or .ods file typed in
/// an old font is converted (ReadSheet::convertedColumns). Throws core::UserError (Input) with
/// a Vietnamese message naming \a fileName for a file that is damaged, too big, or not a
/// spreadsheet; never reads more than the limits above.
Workbook readWorkbook(const QByteArray &bytes, const QString &fileName);

/// "A", "B", … "AA": the spreadsheet's name of column \a index (0-based).
QString columnName(int index);
/// The 0-based column of a name ("C" → 2, "ab" → 27); -1 when it is not one.
int columnIndex(const QString &name);

/// The cell as text: a date dd/MM/yyyy, a whole number without decimals.
QString cellText(const QVariant &cell);

} // namespace sochibo::sheets

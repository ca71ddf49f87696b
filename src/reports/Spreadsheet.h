#pragma once
#include <QByteArray>
#include <QList>
#include <QString>
#include <QVariant>

namespace sochibo::reports {

/// One sheet of a spreadsheet: a heading row and typed cells — a QDate is written as a date
/// (dd/mm/yyyy), an int or a double as a number, a string as text, an invalid QVariant as an
/// empty cell.
struct Sheet
{
    QString name; ///< Vietnamese; cut to Excel's 31 characters, []:*?/\ replaced
    QStringList headings;
    QList<QVariantList> rows;
};

/// The sheets as an .xlsx file (libxlsxwriter): bold heading row with a filter, panes frozen
/// under it, column widths that fit their contents, dates as dates and numbers as numbers.
/// Empty on failure (\a error says why, in Vietnamese).
QByteArray writeXlsx(const QList<Sheet> &sheets, const QString &author, QString *error = nullptr);

} // namespace sochibo::reports

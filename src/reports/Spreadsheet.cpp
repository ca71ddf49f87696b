#include "Spreadsheet.h"

#include <QDate>
#include <QFile>
#include <QTemporaryDir>
#include <cmath>
#include <xlsxwriter.h>

namespace sochibo::reports {

namespace {

/// Excel's rules for a sheet name: at most 31 characters, none of []:*?/\, unique.
QString sheetName(QString name, QStringList &taken)
{
    for (const QChar c : QStringLiteral("[]:*?/\\"))
        name.replace(c, QLatin1Char('-'));
    name = name.trimmed().left(31);
    if (name.isEmpty())
        name = QStringLiteral("Bảng");
    QString unique = name;
    for (int n = 2; taken.contains(unique, Qt::CaseInsensitive); ++n)
        unique = name.left(31 - 1 - int(QString::number(n).size())) + QLatin1Char(' ') +
                 QString::number(n);
    taken << unique;
    return unique;
}

/// How wide a cell's text reads, in Excel's character units (Vietnamese marks take no room).
double textWidth(const QString &text)
{
    double longest = 0;
    for (const QString &line : text.split(QLatin1Char('\n')))
        longest = std::max<double>(longest, line.size());
    return longest;
}

} // namespace

QByteArray writeXlsx(const QList<Sheet> &sheets, const QString &author, QString *error)
{
    const auto fail = [&](const QString &why) {
        if (error)
            *error = why;
        return QByteArray();
    };
    // libxlsxwriter writes to a file: a private folder of ours, removed when done.
    QTemporaryDir dir;
    if (!dir.isValid())
        return fail(QStringLiteral("Không tạo được thư mục tạm để ghi tệp Excel."));
    const QByteArray path = QFile::encodeName(dir.filePath(QStringLiteral("out.xlsx")));
    const QByteArray tmp = QFile::encodeName(dir.path());
    lxw_workbook_options options{};
    options.tmpdir = const_cast<char *>(tmp.constData());
    lxw_workbook *book = workbook_new_opt(path.constData(), &options);
    if (!book)
        return fail(QStringLiteral("Không tạo được tệp Excel."));
    const QByteArray authorUtf8 = author.toUtf8();
    lxw_doc_properties properties{};
    properties.author = const_cast<char *>(authorUtf8.constData());
    workbook_set_properties(book, &properties);

    lxw_format *heading = workbook_add_format(book);
    format_set_bold(heading);
    format_set_text_wrap(heading);
    format_set_align(heading, LXW_ALIGN_CENTER);
    format_set_align(heading, LXW_ALIGN_VERTICAL_CENTER);
    format_set_border(heading, LXW_BORDER_THIN);
    lxw_format *text = workbook_add_format(book);
    format_set_text_wrap(text);
    format_set_align(text, LXW_ALIGN_VERTICAL_TOP);
    lxw_format *date = workbook_add_format(book);
    format_set_num_format(date, "dd/mm/yyyy");
    format_set_align(date, LXW_ALIGN_VERTICAL_TOP);
    lxw_format *number = workbook_add_format(book);
    format_set_align(number, LXW_ALIGN_VERTICAL_TOP);

    QStringList taken;
    for (const Sheet &s : sheets) {
        const QByteArray name = sheetName(s.name, taken).toUtf8();
        lxw_worksheet *ws = workbook_add_worksheet(book, name.constData());
        if (!ws)
            return fail(QStringLiteral("Tên trang tính “%1” không hợp lệ.").arg(s.name));
        QList<double> widths;
        for (int c = 0; c < s.headings.size(); ++c) {
            const QByteArray h = s.headings[c].toUtf8();
            worksheet_write_string(ws, 0, lxw_col_t(c), h.constData(), heading);
            // a heading may wrap onto two lines: half its length, at least its longest word
            double w = 0;
            for (const QString &word : s.headings[c].split(QLatin1Char(' ')))
                w = std::max<double>(w, word.size());
            widths << std::max(w, std::ceil(s.headings[c].size() / 2.0));
        }
        for (int r = 0; r < s.rows.size(); ++r) {
            const QVariantList &row = s.rows[r];
            const auto rowIndex = lxw_row_t(r + 1);
            for (int c = 0; c < row.size() && c < s.headings.size(); ++c) {
                const QVariant &v = row[c];
                const auto col = lxw_col_t(c);
                switch (v.typeId()) {
                case QMetaType::QDate: {
                    const QDate d = v.toDate();
                    if (!d.isValid())
                        break;
                    lxw_datetime dt{d.year(), d.month(), d.day(), 0, 0, 0};
                    worksheet_write_datetime(ws, rowIndex, col, &dt, date);
                    widths[c] = std::max(widths[c], 10.0);
                    break;
                }
                case QMetaType::Int:
                case QMetaType::LongLong:
                case QMetaType::UInt:
                case QMetaType::Double:
                    worksheet_write_number(ws, rowIndex, col, v.toDouble(), number);
                    widths[c] = std::max(widths[c], textWidth(v.toString()));
                    break;
                default: {
                    const QString s = v.toString();
                    if (s.isEmpty())
                        break;
                    const QByteArray utf8 = s.toUtf8();
                    worksheet_write_string(ws, rowIndex, col, utf8.constData(), text);
                    widths[c] = std::max(widths[c], textWidth(s));
                    break;
                }
                }
            }
        }
        for (int c = 0; c < widths.size(); ++c)
            worksheet_set_column(ws, lxw_col_t(c), lxw_col_t(c),
                                 std::clamp(widths[c] + 2, 6.0, 60.0), nullptr);
        worksheet_freeze_panes(ws, 1, 0);
        if (!s.headings.isEmpty())
            worksheet_autofilter(ws, 0, 0, lxw_row_t(s.rows.size()),
                                 lxw_col_t(s.headings.size() - 1));
    }
    if (workbook_close(book) != LXW_NO_ERROR)
        return fail(QStringLiteral("Không ghi được tệp Excel."));
    QFile f(QFile::decodeName(path));
    if (!f.open(QIODevice::ReadOnly))
        return fail(QStringLiteral("Không đọc lại được tệp Excel vừa ghi."));
    return f.readAll();
}

} // namespace sochibo::reports

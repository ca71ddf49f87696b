#include "SheetReader.h"

#include "core/UserError.h"
#include "text/Normalization.h"

#include <QDate>
#include <QHash>
#include <QLocale>
#include <QRegularExpression>
#include <QSet>
#include <QStringDecoder>
#include <QXmlStreamReader>
#include <cmath>
#include <zip.h>

namespace sochibo::sheets {

using core::UserError;

namespace {

/// The largest part of a zipped spreadsheet read (a sheet of kMaxRows rows is far smaller): a
/// small file that inflates to gigabytes is refused, not read.
constexpr zip_uint64_t kMaxPartBytes = 256ull * 1024 * 1024;

[[noreturn]] void refuse(const QString &fileName, const QString &why)
{
    throw UserError(UserError::Kind::Input,
                    QStringLiteral("Không đọc được bảng tính “%1”: %2").arg(fileName, why));
}

QString damaged()
{
    return QStringLiteral("tệp bị hỏng hoặc không phải bảng tính Excel/LibreOffice.");
}

/// A zip archive read from memory (libzip), its parts read with a size limit.
class ZipArchive
{
public:
    ZipArchive(const QByteArray &bytes, const QString &fileName) : m_fileName(fileName)
    {
        zip_error_t error;
        zip_error_init(&error);
        zip_source_t *source =
            zip_source_buffer_create(bytes.constData(), zip_uint64_t(bytes.size()), 0, &error);
        if (source)
            m_zip = zip_open_from_source(source, ZIP_RDONLY, &error);
        if (source && !m_zip)
            zip_source_free(source);
        zip_error_fini(&error);
        if (!m_zip)
            refuse(m_fileName, damaged());
    }
    ~ZipArchive() { zip_discard(m_zip); }
    ZipArchive(const ZipArchive &) = delete;
    ZipArchive &operator=(const ZipArchive &) = delete;

    bool has(const QString &name) const
    {
        return zip_name_locate(m_zip, name.toUtf8().constData(), 0) >= 0;
    }

    /// The part \a name; empty when the archive has no such part.
    QByteArray read(const QString &name) const
    {
        const QByteArray utf8 = name.toUtf8();
        zip_stat_t st;
        zip_stat_init(&st);
        if (zip_stat(m_zip, utf8.constData(), 0, &st) != 0)
            return {};
        if ((st.valid & ZIP_STAT_SIZE) && st.size > kMaxPartBytes)
            refuse(m_fileName, QStringLiteral("tệp quá lớn (phần “%1” hơn 256 MB).").arg(name));
        zip_file_t *f = zip_fopen(m_zip, utf8.constData(), 0);
        if (!f)
            refuse(m_fileName, damaged());
        QByteArray out;
        char buffer[65536];
        zip_int64_t n = 0;
        while ((n = zip_fread(f, buffer, sizeof buffer)) > 0) {
            out.append(buffer, qsizetype(n));
            if (zip_uint64_t(out.size()) > kMaxPartBytes) {
                zip_fclose(f);
                refuse(m_fileName, QStringLiteral("tệp quá lớn (phần “%1” hơn 256 MB).").arg(name));
            }
        }
        zip_fclose(f);
        if (n < 0)
            refuse(m_fileName, damaged());
        return out;
    }

private:
    QString m_fileName;
    zip_t *m_zip = nullptr;
};

void checkXml(const QXmlStreamReader &xml, const QString &fileName)
{
    if (xml.hasError())
        refuse(fileName, damaged());
}

QString attribute(const QXmlStreamReader &xml, QLatin1String name)
{
    return xml.attributes().value(name).toString();
}

/// The value of the attribute \a local in any namespace ("r:id", "table:name").
QString anyNsAttribute(const QXmlStreamReader &xml, QLatin1String local)
{
    for (const QXmlStreamAttribute &a : xml.attributes())
        if (a.name() == local)
            return a.value().toString();
    return {};
}

/// Adds \a row when it has any non-empty cell, trailing empty cells dropped.
void addRow(ReadSheet &sheet, int number, QVariantList cells, const QString &fileName)
{
    while (!cells.isEmpty() && !cells.last().isValid())
        cells.removeLast();
    if (cells.isEmpty())
        return;
    if (sheet.rows.size() >= kMaxRows)
        refuse(fileName, QStringLiteral("trang “%1” có hơn %2 dòng.")
                             .arg(sheet.name)
                             .arg(QLocale(QLocale::Vietnamese).toString(kMaxRows)));
    sheet.rows.append({number, std::move(cells)});
}

void setCell(QVariantList &cells, int column, const QVariant &value)
{
    if (column < 0 || column >= kMaxColumns || !value.isValid())
        return;
    while (cells.size() <= column)
        cells.append(QVariant());
    cells[column] = value;
}

QVariant textCell(const QString &s)
{
    QString t = text::nfc(s);
    t.replace(QLatin1String("\r\n"), QLatin1String("\n"));
    return t.trimmed().isEmpty() ? QVariant() : QVariant(t);
}

// ---- xlsx ----------------------------------------------------------------------------------

/// A number format code that shows a date: it has a day or a year once the quoted text,
/// bracketed colours and escaped characters are taken out.
bool dateFormatCode(QString code)
{
    static const QRegularExpression literal(
        QStringLiteral("\"[^\"]*\"|\\[[^\\]]*\\]|\\\\.|_.|\\*."));
    code.remove(literal);
    return code.contains(QLatin1Char('d'), Qt::CaseInsensitive) ||
           code.contains(QLatin1Char('y'), Qt::CaseInsensitive);
}

/// Which cell styles (indexes into cellXfs) show dates.
QSet<int> dateStyles(const QByteArray &stylesXml, const QString &fileName)
{
    QHash<int, bool> customIsDate;
    QSet<int> out;
    QXmlStreamReader xml(stylesXml);
    bool inCellXfs = false;
    int xfIndex = 0;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement()) {
            if (xml.name() == QLatin1String("numFmt")) {
                customIsDate.insert(attribute(xml, QLatin1String("numFmtId")).toInt(),
                                    dateFormatCode(attribute(xml, QLatin1String("formatCode"))));
            } else if (xml.name() == QLatin1String("cellXfs")) {
                inCellXfs = true;
            } else if (inCellXfs && xml.name() == QLatin1String("xf")) {
                const int id = attribute(xml, QLatin1String("numFmtId")).toInt();
                // The built-in date formats; 18–21 and 45–47 are times of day.
                const bool date = (id >= 14 && id <= 17) || id == 22 || customIsDate.value(id);
                if (date)
                    out.insert(xfIndex);
                ++xfIndex;
            }
        } else if (xml.isEndElement() && xml.name() == QLatin1String("cellXfs")) {
            inCellXfs = false;
        }
    }
    checkXml(xml, fileName);
    return out;
}

QStringList sharedStrings(const QByteArray &xmlBytes, const QString &fileName)
{
    QStringList out;
    QXmlStreamReader xml(xmlBytes);
    QString current;
    bool inItem = false;
    int skipDepth = 0; // inside <rPh> (phonetic reading) text is not the cell's
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement()) {
            if (xml.name() == QLatin1String("si")) {
                inItem = true;
                current.clear();
            } else if (xml.name() == QLatin1String("rPh")) {
                ++skipDepth;
            } else if (inItem && skipDepth == 0 && xml.name() == QLatin1String("t")) {
                current += xml.readElementText(QXmlStreamReader::IncludeChildElements);
            }
        } else if (xml.isEndElement()) {
            if (xml.name() == QLatin1String("si")) {
                out << current;
                inItem = false;
            } else if (xml.name() == QLatin1String("rPh")) {
                --skipDepth;
            }
        }
    }
    checkXml(xml, fileName);
    return out;
}

/// "B12" → column 1, row 12; false when \a ref is not a cell reference.
bool parseRef(const QString &ref, int *column, int *row)
{
    int i = 0, col = 0;
    while (i < ref.size() && ref.at(i).isLetter()) {
        col = col * 26 + (ref.at(i).toUpper().unicode() - 'A' + 1);
        if (col > 100000)
            return false;
        ++i;
    }
    bool ok = false;
    const int r = ref.mid(i).toInt(&ok);
    if (i == 0 || !ok || r < 1)
        return false;
    *column = col - 1;
    *row = r;
    return true;
}

/// Where a relationship's target points, from the folder of the part that names it.
QString resolveTarget(const QString &base, const QString &target)
{
    if (target.startsWith(QLatin1Char('/')))
        return target.mid(1);
    QStringList parts = base.split(QLatin1Char('/'), Qt::SkipEmptyParts);
    for (const QString &p : target.split(QLatin1Char('/'), Qt::SkipEmptyParts)) {
        if (p == QLatin1String(".."))
            parts.removeLast();
        else if (p != QLatin1String("."))
            parts << p;
    }
    return parts.join(QLatin1Char('/'));
}

QHash<QString, QString> relationships(const ZipArchive &zip, const QString &relsPath,
                                      const QString &baseDir, const QString &fileName)
{
    QHash<QString, QString> out;
    QXmlStreamReader xml(zip.read(relsPath));
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement() && xml.name() == QLatin1String("Relationship"))
            out.insert(attribute(xml, QLatin1String("Id")),
                       resolveTarget(baseDir, attribute(xml, QLatin1String("Target"))));
    }
    checkXml(xml, fileName);
    return out;
}

ReadSheet readXlsxSheet(const QByteArray &sheetXml, const QString &name, const QStringList &strings,
                        const QSet<int> &dates, const QDate &epoch, const QString &fileName)
{
    ReadSheet sheet;
    sheet.name = name;
    QXmlStreamReader xml(sheetXml);
    QVariantList cells;
    int rowNumber = 0, nextColumn = 0;
    bool inRow = false;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement() && xml.name() == QLatin1String("row")) {
            const int r = attribute(xml, QLatin1String("r")).toInt();
            rowNumber = r > 0 ? r : rowNumber + 1;
            cells.clear();
            nextColumn = 0;
            inRow = true;
        } else if (xml.isEndElement() && xml.name() == QLatin1String("row")) {
            addRow(sheet, rowNumber, cells, fileName);
            inRow = false;
        } else if (inRow && xml.isStartElement() && xml.name() == QLatin1String("c")) {
            int column = nextColumn, row = rowNumber;
            const QString ref = attribute(xml, QLatin1String("r"));
            if (!ref.isEmpty() && !parseRef(ref, &column, &row))
                refuse(fileName, damaged());
            nextColumn = column + 1;
            const QString type = attribute(xml, QLatin1String("t"));
            const int style = attribute(xml, QLatin1String("s")).toInt();
            QString value, inlineText;
            while (!xml.atEnd()) {
                xml.readNext();
                if (xml.isStartElement() && xml.name() == QLatin1String("v"))
                    value = xml.readElementText();
                else if (xml.isStartElement() && xml.name() == QLatin1String("t"))
                    inlineText += xml.readElementText(QXmlStreamReader::IncludeChildElements);
                else if (xml.isEndElement() && xml.name() == QLatin1String("c"))
                    break;
            }
            QVariant cell;
            if (type == QLatin1String("s")) {
                bool ok = false;
                const int i = value.toInt(&ok);
                if (!ok || i < 0 || i >= strings.size())
                    refuse(fileName, damaged());
                cell = textCell(strings.at(i));
            } else if (type == QLatin1String("inlineStr")) {
                cell = textCell(inlineText);
            } else if (type == QLatin1String("str") || type == QLatin1String("e")) {
                cell = textCell(value);
            } else if (type == QLatin1String("b")) {
                cell =
                    value == QLatin1String("1") ? QStringLiteral("TRUE") : QStringLiteral("FALSE");
            } else if (type == QLatin1String("d")) {
                const QDate d = QDate::fromString(value.left(10), Qt::ISODate);
                cell = d.isValid() ? QVariant(d) : textCell(value);
            } else if (!value.isEmpty()) {
                bool ok = false;
                const double v = value.toDouble(&ok);
                if (!ok || !std::isfinite(v))
                    refuse(fileName, damaged());
                if (dates.contains(style) && v >= 1 && v < 2958466) // up to 31/12/9999
                    cell = epoch.addDays(qint64(std::floor(v)));
                else
                    cell = v;
            }
            setCell(cells, column, cell);
        }
    }
    checkXml(xml, fileName);
    return sheet;
}

Workbook readXlsx(const ZipArchive &zip, const QString &fileName)
{
    // The workbook is where the package's relationships say; xl/workbook.xml in every file seen.
    QString workbookPath = QStringLiteral("xl/workbook.xml");
    {
        QXmlStreamReader xml(zip.read(QStringLiteral("_rels/.rels")));
        while (!xml.atEnd()) {
            xml.readNext();
            if (xml.isStartElement() && xml.name() == QLatin1String("Relationship") &&
                attribute(xml, QLatin1String("Type")).endsWith(QLatin1String("/officeDocument")))
                workbookPath = resolveTarget(QString(), attribute(xml, QLatin1String("Target")));
        }
    }
    const QByteArray workbookXml = zip.read(workbookPath);
    if (workbookXml.isEmpty())
        refuse(fileName, damaged());
    const QString dir = workbookPath.section(QLatin1Char('/'), 0, -2);
    const QString relsPath = (dir.isEmpty() ? QString() : dir + QLatin1Char('/')) +
                             QStringLiteral("_rels/") + workbookPath.section(QLatin1Char('/'), -1) +
                             QStringLiteral(".rels");
    const QHash<QString, QString> rels = relationships(zip, relsPath, dir, fileName);

    QList<std::pair<QString, QString>> sheetParts; // name, part
    QDate epoch(1899, 12, 30); // Excel's day 0, its 1900 leap-year error included
    QString stylesPath, stringsPath;
    {
        QXmlStreamReader xml(workbookXml);
        while (!xml.atEnd()) {
            xml.readNext();
            if (!xml.isStartElement())
                continue;
            if (xml.name() == QLatin1String("sheet")) {
                const QString part = rels.value(anyNsAttribute(xml, QLatin1String("id")));
                if (!part.isEmpty())
                    sheetParts.append({attribute(xml, QLatin1String("name")), part});
            } else if (xml.name() == QLatin1String("workbookPr")) {
                const QString d1904 = attribute(xml, QLatin1String("date1904"));
                if (d1904 == QLatin1String("1") || d1904 == QLatin1String("true"))
                    epoch = QDate(1904, 1, 1);
            }
        }
        checkXml(xml, fileName);
    }
    {
        QXmlStreamReader xml(zip.read(relsPath));
        while (!xml.atEnd()) {
            xml.readNext();
            if (!xml.isStartElement() || xml.name() != QLatin1String("Relationship"))
                continue;
            const QString type = attribute(xml, QLatin1String("Type"));
            const QString target = resolveTarget(dir, attribute(xml, QLatin1String("Target")));
            if (type.endsWith(QLatin1String("/styles")))
                stylesPath = target;
            else if (type.endsWith(QLatin1String("/sharedStrings")))
                stringsPath = target;
        }
    }
    if (sheetParts.isEmpty())
        refuse(fileName, QStringLiteral("tệp không có trang tính nào."));
    const QStringList strings =
        stringsPath.isEmpty() ? QStringList() : sharedStrings(zip.read(stringsPath), fileName);
    const QSet<int> dates =
        stylesPath.isEmpty() ? QSet<int>() : dateStyles(zip.read(stylesPath), fileName);
    Workbook book;
    book.format = QStringLiteral("xlsx");
    for (const auto &[name, part] : sheetParts) {
        const QByteArray xml = zip.read(part);
        if (xml.isEmpty())
            continue; // a chart sheet or a missing part: nothing to import from it
        book.sheets << readXlsxSheet(xml, text::nfc(name), strings, dates, epoch, fileName);
    }
    return book;
}

// ---- ods -----------------------------------------------------------------------------------

const QString kTableNs = QStringLiteral("urn:oasis:names:tc:opendocument:xmlns:table:1.0");
const QString kOfficeNs = QStringLiteral("urn:oasis:names:tc:opendocument:xmlns:office:1.0");
const QString kTextNs = QStringLiteral("urn:oasis:names:tc:opendocument:xmlns:text:1.0");

/// The text of the cell the reader is at (its <text:p> paragraphs joined by line breaks); the
/// reader ends on the cell's end element.
QString odsCellText(QXmlStreamReader &xml)
{
    QString out;
    int paragraphs = 0, depth = 1;
    while (!xml.atEnd() && depth > 0) {
        xml.readNext();
        if (xml.isStartElement()) {
            ++depth;
            if (xml.namespaceUri() != kTextNs)
                continue;
            if (xml.name() == QLatin1String("p") && paragraphs++ > 0)
                out += QLatin1Char('\n');
            else if (xml.name() == QLatin1String("s"))
                out += QString(std::clamp(anyNsAttribute(xml, QLatin1String("c")).toInt(), 1, 1000),
                               QLatin1Char(' '));
            else if (xml.name() == QLatin1String("tab"))
                out += QLatin1Char('\t');
            else if (xml.name() == QLatin1String("line-break"))
                out += QLatin1Char('\n');
        } else if (xml.isEndElement()) {
            --depth;
        } else if (xml.isCharacters() && depth >= 2) {
            out += xml.text();
        }
    }
    return out;
}

Workbook readOds(const ZipArchive &zip, const QString &fileName)
{
    const QByteArray content = zip.read(QStringLiteral("content.xml"));
    if (content.isEmpty())
        refuse(fileName, damaged());
    Workbook book;
    book.format = QStringLiteral("ods");
    QXmlStreamReader xml(content);
    ReadSheet *sheet = nullptr;
    QVariantList cells;
    int rowNumber = 0, column = 0, rowRepeat = 1;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.namespaceUri() != kTableNs)
            continue;
        if (xml.isStartElement() && xml.name() == QLatin1String("table")) {
            book.sheets.append(
                ReadSheet{text::nfc(anyNsAttribute(xml, QLatin1String("name"))), {}, {}});
            sheet = &book.sheets.last();
            rowNumber = 0;
        } else if (xml.isEndElement() && xml.name() == QLatin1String("table")) {
            sheet = nullptr;
        } else if (sheet && xml.isStartElement() && xml.name() == QLatin1String("table-row")) {
            cells.clear();
            column = 0;
            rowRepeat = std::clamp(
                anyNsAttribute(xml, QLatin1String("number-rows-repeated")).toInt(), 1, 1 << 20);
        } else if (sheet && xml.isEndElement() && xml.name() == QLatin1String("table-row")) {
            // A repeated row that holds something is that many rows; empty ones only count.
            const bool empty = std::none_of(cells.begin(), cells.end(),
                                            [](const QVariant &v) { return v.isValid(); });
            if (empty)
                rowNumber += rowRepeat;
            else
                for (int i = 0; i < rowRepeat; ++i)
                    addRow(*sheet, ++rowNumber, cells, fileName);
        } else if (sheet && xml.isStartElement() &&
                   (xml.name() == QLatin1String("table-cell") ||
                    xml.name() == QLatin1String("covered-table-cell"))) {
            const int repeat =
                std::max(1, anyNsAttribute(xml, QLatin1String("number-columns-repeated")).toInt());
            const QString type =
                xml.attributes().value(kOfficeNs, QLatin1String("value-type")).toString();
            const QString number =
                xml.attributes().value(kOfficeNs, QLatin1String("value")).toString();
            const QString date =
                xml.attributes().value(kOfficeNs, QLatin1String("date-value")).toString();
            const QString shown = odsCellText(xml);
            QVariant cell;
            if (type == QLatin1String("date")) {
                const QDate d = QDate::fromString(date.left(10), Qt::ISODate);
                cell = d.isValid() ? QVariant(d) : textCell(shown);
            } else if (type == QLatin1String("float") || type == QLatin1String("percentage") ||
                       type == QLatin1String("currency")) {
                bool ok = false;
                const double v = number.toDouble(&ok);
                cell = ok && std::isfinite(v) ? QVariant(v) : textCell(shown);
            } else {
                cell = textCell(shown);
            }
            for (int i = 0; i < repeat && column < kMaxColumns; ++i)
                setCell(cells, column++, cell);
        }
    }
    checkXml(xml, fileName);
    if (book.sheets.isEmpty())
        refuse(fileName, QStringLiteral("tệp không có trang tính nào."));
    return book;
}

// ---- csv -----------------------------------------------------------------------------------

QString decodeCsv(const QByteArray &bytes, QString *encoding)
{
    const auto decodeWith = [&](QStringConverter::Encoding e, const char *name) {
        QStringDecoder decoder(e);
        *encoding = QString::fromLatin1(name);
        return text::nfc(decoder.decode(bytes));
    };
    if (bytes.startsWith("\xEF\xBB\xBF"))
        return decodeWith(QStringConverter::Utf8, "UTF-8");
    if (bytes.startsWith("\xFF\xFE"))
        return decodeWith(QStringConverter::Utf16LE, "UTF-16");
    if (bytes.startsWith("\xFE\xFF"))
        return decodeWith(QStringConverter::Utf16BE, "UTF-16");
    // UTF-16 without a mark: every other byte of ASCII text is zero.
    qsizetype zerosOdd = 0, zerosEven = 0;
    const qsizetype probe = std::min<qsizetype>(bytes.size(), 4096);
    for (qsizetype i = 0; i < probe; ++i)
        if (bytes.at(i) == 0)
            ++(i % 2 ? zerosOdd : zerosEven);
    if (zerosOdd > probe / 4)
        return decodeWith(QStringConverter::Utf16LE, "UTF-16");
    if (zerosEven > probe / 4)
        return decodeWith(QStringConverter::Utf16BE, "UTF-16");
    text::EncodingGuess guess;
    const QString out = text::decodeAuto(bytes, &guess);
    *encoding = text::encodingName(guess.encoding);
    return out;
}

QChar csvSeparator(const QString &text)
{
    int counts[3] = {0, 0, 0};
    const QChar candidates[3] = {QLatin1Char(','), QLatin1Char(';'), QLatin1Char('\t')};
    bool quoted = false;
    for (const QChar c : text) {
        if (c == QLatin1Char('"'))
            quoted = !quoted;
        else if (!quoted && (c == QLatin1Char('\n') || c == QLatin1Char('\r')))
            break;
        else if (!quoted)
            for (int i = 0; i < 3; ++i)
                counts[i] += c == candidates[i];
    }
    const int best = int(std::max_element(std::begin(counts), std::end(counts)) - counts);
    return counts[best] > 0 ? candidates[best] : QLatin1Char(',');
}

Workbook readCsv(const QByteArray &bytes, const QString &fileName)
{
    Workbook book;
    book.format = QStringLiteral("csv");
    const QString text = decodeCsv(bytes, &book.encoding);
    // Binary read as text has control characters a typed list never has: refuse, not import
    // noise.
    const qsizetype controls = std::count_if(text.begin(), text.end(), [](QChar c) {
        return (c.unicode() < 0x20 && c != QLatin1Char('\t') && c != QLatin1Char('\n') &&
                c != QLatin1Char('\r')) ||
               c == QChar::ReplacementCharacter;
    });
    if (controls > 0)
        refuse(fileName, QStringLiteral("tệp không phải bảng tính hay tệp văn bản CSV."));
    const QChar separator = csvSeparator(text);
    ReadSheet sheet;
    sheet.name = fileName.section(QLatin1Char('/'), -1);
    QVariantList cells;
    QString field;
    bool quoted = false;
    int record = 1;
    const auto endField = [&] {
        if (cells.size() < kMaxColumns) // an empty field keeps its column's place
            cells.append(textCell(field));
        field.clear();
    };
    const auto endRecord = [&] {
        endField();
        addRow(sheet, record++, cells, fileName);
        cells.clear();
    };
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == QLatin1Char('"')) {
                if (i + 1 < text.size() && text.at(i + 1) == QLatin1Char('"')) {
                    field += c;
                    ++i;
                } else {
                    quoted = false;
                }
            } else {
                field += c;
            }
        } else if (c == QLatin1Char('"') && field.trimmed().isEmpty()) {
            quoted = true;
            field.clear();
        } else if (c == separator) {
            endField();
        } else if (c == QLatin1Char('\r') || c == QLatin1Char('\n')) {
            if (c == QLatin1Char('\r') && i + 1 < text.size() &&
                text.at(i + 1) == QLatin1Char('\n'))
                ++i;
            endRecord();
        } else {
            field += c;
        }
    }
    if (!field.isEmpty() || !cells.isEmpty())
        endRecord();
    book.sheets << sheet;
    return book;
}

/// Converts the text columns typed in an old font (text::legacyFontOf, decided per column).
void convertLegacyColumns(ReadSheet &sheet)
{
    QMap<int, QString> columns;
    for (const SheetRow &row : std::as_const(sheet.rows))
        for (int c = 0; c < row.cells.size(); ++c)
            if (row.cells.at(c).typeId() == QMetaType::QString)
                columns[c] += row.cells.at(c).toString() + QLatin1Char('\n');
    for (auto it = columns.cbegin(); it != columns.cend(); ++it) {
        const text::TextEncoding font = text::legacyFontOf(it.value());
        if (font == text::TextEncoding::Utf8)
            continue;
        sheet.convertedColumns.insert(it.key(), font);
        for (SheetRow &row : sheet.rows)
            if (it.key() < row.cells.size() &&
                row.cells.at(it.key()).typeId() == QMetaType::QString)
                row.cells[it.key()] = text::fromLegacyFont(row.cells.at(it.key()).toString(), font);
    }
}

} // namespace

Workbook readWorkbook(const QByteArray &bytes, const QString &fileName)
{
    if (bytes.isEmpty())
        refuse(fileName, QStringLiteral("tệp trống."));
    Workbook book;
    if (bytes.startsWith("\xD0\xCF\x11\xE0")) {
        refuse(fileName, QStringLiteral("đây là tệp Excel 97–2003 (.xls). Hãy mở bằng Excel hoặc "
                                        "LibreOffice và lưu lại thành .xlsx hoặc .ods."));
    } else if (bytes.startsWith("PK\x03\x04") || bytes.startsWith("PK\x05\x06")) {
        const ZipArchive zip(bytes, fileName);
        if (zip.read(QStringLiteral("mimetype")).trimmed() ==
            "application/vnd.oasis.opendocument.spreadsheet")
            book = readOds(zip, fileName);
        else if (zip.has(QStringLiteral("[Content_Types].xml")) &&
                 (zip.has(QStringLiteral("xl/workbook.xml")) ||
                  zip.has(QStringLiteral("_rels/.rels"))) &&
                 !zip.has(QStringLiteral("word/document.xml")))
            book = readXlsx(zip, fileName);
        else
            refuse(fileName,
                   QStringLiteral("tệp nén này không phải bảng tính .xlsx hay .ods (có thể là "
                                  "văn bản Word hoặc tệp khác)."));
    } else {
        book = readCsv(bytes, fileName);
    }
    for (ReadSheet &sheet : book.sheets)
        convertLegacyColumns(sheet);
    return book;
}

QString columnName(int index)
{
    QString out;
    for (int n = index + 1; n > 0; n = (n - 1) / 26)
        out.prepend(QChar(u'A' + (n - 1) % 26));
    return out;
}

int columnIndex(const QString &name)
{
    const QString t = name.trimmed().toUpper();
    if (t.isEmpty() || t.size() > 3)
        return -1;
    int col = 0;
    for (const QChar c : t) {
        if (c < QLatin1Char('A') || c > QLatin1Char('Z'))
            return -1;
        col = col * 26 + (c.unicode() - 'A' + 1);
    }
    return col - 1;
}

QString cellText(const QVariant &cell)
{
    switch (cell.typeId()) {
    case QMetaType::QDate:
        return cell.toDate().toString(QStringLiteral("dd/MM/yyyy"));
    case QMetaType::Double: {
        const double v = cell.toDouble();
        if (v == std::floor(v) && std::fabs(v) < 1e15)
            return QString::number(qint64(v));
        return QString::number(v, 'g', 15);
    }
    default:
        return cell.toString();
    }
}

} // namespace sochibo::sheets

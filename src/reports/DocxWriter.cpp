#include "DocxWriter.h"

#include <QXmlStreamWriter>
#include <cmath>
#include <functional>
#include <zip.h>

namespace sochibo::reports {

namespace {

/// A title's last two words joined by a no-break space: Word never leaves the last one
/// alone on its line (the PDF layout narrows the measure instead).
QString lastWordsTogether(QString text)
{
    const qsizetype last = text.lastIndexOf(QLatin1Char(' '));
    if (last > 0 && last + 1 < text.size())
        text[last] = QChar(0x00a0);
    return text;
}

const QString W = QStringLiteral("http://schemas.openxmlformats.org/wordprocessingml/2006/main");
const QString R =
    QStringLiteral("http://schemas.openxmlformats.org/officeDocument/2006/relationships");

int twipsFromMm(double mm)
{
    return int(std::lround(mm * 1440.0 / 25.4));
}
int twipsFromPt(double pt)
{
    return int(std::lround(pt * 20));
}
QString num(int v)
{
    return QString::number(v);
}

/// Paragraph properties, written in the order the schema wants them.
struct Para
{
    QString align = QStringLiteral("both"); ///< both, center, left
    int firstLine = 0;                      ///< twips
    int indLeft = 0, indRight = 0;
    int before = 0, after = 0; ///< twips
    int line = 0;              ///< exact line distance in twips; 0: the default
    bool keepNext = false;
    bool keepLines = false;
    bool pageBreakBefore = false;
    QList<int> tabs; ///< left tab stops, twips
};

/// Run properties beyond the markup's own.
struct Look
{
    double size = 0; ///< pt; 0: the default
    bool bold = false, italic = false, underline = false;
};

class BodyWriter
{
public:
    BodyWriter(QXmlStreamWriter &w, const DocumentStyle &s) : m_w(w), m_s(s) {}

    void paragraph(const Para &p, const QList<Run> &runs, const Look &look = {})
    {
        m_w.writeStartElement(QStringLiteral("w:p"));
        paraProps(p);
        for (const Run &r : runs)
            run(r, look);
        m_w.writeEndElement();
    }

    void paraProps(const Para &p)
    {
        m_w.writeStartElement(QStringLiteral("w:pPr"));
        if (p.keepNext)
            m_w.writeEmptyElement(QStringLiteral("w:keepNext"));
        if (p.keepLines)
            m_w.writeEmptyElement(QStringLiteral("w:keepLines"));
        if (p.pageBreakBefore)
            m_w.writeEmptyElement(QStringLiteral("w:pageBreakBefore"));
        if (!p.tabs.isEmpty()) {
            m_w.writeStartElement(QStringLiteral("w:tabs"));
            for (int t : p.tabs) {
                m_w.writeEmptyElement(QStringLiteral("w:tab"));
                m_w.writeAttribute(QStringLiteral("w:val"), QStringLiteral("left"));
                m_w.writeAttribute(QStringLiteral("w:pos"), num(t));
            }
            m_w.writeEndElement();
        }
        m_w.writeEmptyElement(QStringLiteral("w:spacing"));
        m_w.writeAttribute(QStringLiteral("w:before"), num(p.before));
        m_w.writeAttribute(QStringLiteral("w:after"), num(p.after));
        m_w.writeAttribute(QStringLiteral("w:line"),
                           num(p.line > 0 ? p.line : twipsFromPt(m_s.lineSpacing)));
        m_w.writeAttribute(QStringLiteral("w:lineRule"), QStringLiteral("exact"));
        if (p.firstLine || p.indLeft || p.indRight) {
            m_w.writeEmptyElement(QStringLiteral("w:ind"));
            m_w.writeAttribute(QStringLiteral("w:left"), num(p.indLeft));
            m_w.writeAttribute(QStringLiteral("w:right"), num(p.indRight));
            m_w.writeAttribute(QStringLiteral("w:firstLine"), num(p.firstLine));
        }
        m_w.writeEmptyElement(QStringLiteral("w:jc"));
        m_w.writeAttribute(QStringLiteral("w:val"), p.align);
        m_w.writeEndElement();
    }

    void run(const Run &r, const Look &look)
    {
        if (r.text.isEmpty())
            return;
        m_w.writeStartElement(QStringLiteral("w:r"));
        const bool bold = r.bold || look.bold, italic = r.italic || look.italic,
                   underline = r.underline || look.underline;
        if (bold || italic || underline || look.size > 0) {
            m_w.writeStartElement(QStringLiteral("w:rPr"));
            if (bold)
                m_w.writeEmptyElement(QStringLiteral("w:b"));
            if (italic)
                m_w.writeEmptyElement(QStringLiteral("w:i"));
            if (underline) {
                m_w.writeEmptyElement(QStringLiteral("w:u"));
                m_w.writeAttribute(QStringLiteral("w:val"), QStringLiteral("single"));
            }
            if (look.size > 0) {
                m_w.writeEmptyElement(QStringLiteral("w:sz"));
                m_w.writeAttribute(QStringLiteral("w:val"), num(int(std::lround(look.size * 2))));
                m_w.writeEmptyElement(QStringLiteral("w:szCs"));
                m_w.writeAttribute(QStringLiteral("w:val"), num(int(std::lround(look.size * 2))));
            }
            m_w.writeEndElement();
        }
        // A tab inside the text (the check boxes) is a tab element, the rest plain text.
        const QStringList parts = r.text.split(QLatin1Char('\t'));
        for (int i = 0; i < parts.size(); ++i) {
            if (i > 0)
                m_w.writeEmptyElement(QStringLiteral("w:tab"));
            if (parts[i].isEmpty())
                continue;
            m_w.writeStartElement(QStringLiteral("w:t"));
            m_w.writeAttribute(QStringLiteral("xml:space"), QStringLiteral("preserve"));
            m_w.writeCharacters(parts[i]);
            m_w.writeEndElement();
        }
        m_w.writeEndElement();
    }

    /// A table: fixed column widths in twips, borders or none.
    void tableStart(const QList<int> &widths, bool borders)
    {
        int total = 0;
        for (int w : widths)
            total += w;
        m_w.writeStartElement(QStringLiteral("w:tbl"));
        m_w.writeStartElement(QStringLiteral("w:tblPr"));
        m_w.writeEmptyElement(QStringLiteral("w:tblW"));
        m_w.writeAttribute(QStringLiteral("w:w"), num(total));
        m_w.writeAttribute(QStringLiteral("w:type"), QStringLiteral("dxa"));
        m_w.writeStartElement(QStringLiteral("w:tblBorders"));
        for (const char *side : {"top", "left", "bottom", "right", "insideH", "insideV"}) {
            m_w.writeEmptyElement(QStringLiteral("w:") + QLatin1String(side));
            m_w.writeAttribute(QStringLiteral("w:val"),
                               borders ? QStringLiteral("single") : QStringLiteral("nil"));
            if (borders) {
                m_w.writeAttribute(QStringLiteral("w:sz"), QStringLiteral("4"));
                m_w.writeAttribute(QStringLiteral("w:space"), QStringLiteral("0"));
                m_w.writeAttribute(QStringLiteral("w:color"), QStringLiteral("000000"));
            }
        }
        m_w.writeEndElement();
        m_w.writeEmptyElement(QStringLiteral("w:tblLayout"));
        m_w.writeAttribute(QStringLiteral("w:type"), QStringLiteral("fixed"));
        m_w.writeStartElement(QStringLiteral("w:tblCellMar"));
        for (const char *side : {"left", "right"}) {
            m_w.writeEmptyElement(QStringLiteral("w:") + QLatin1String(side));
            m_w.writeAttribute(QStringLiteral("w:w"), num(borders ? twipsFromMm(1.5) : 0));
            m_w.writeAttribute(QStringLiteral("w:type"), QStringLiteral("dxa"));
        }
        m_w.writeEndElement();
        m_w.writeEmptyElement(QStringLiteral("w:tblLook"));
        m_w.writeAttribute(QStringLiteral("w:val"), QStringLiteral("0000"));
        m_w.writeEndElement(); // tblPr
        m_w.writeStartElement(QStringLiteral("w:tblGrid"));
        for (int w : widths) {
            m_w.writeEmptyElement(QStringLiteral("w:gridCol"));
            m_w.writeAttribute(QStringLiteral("w:w"), num(w));
        }
        m_w.writeEndElement();
    }

    void rowStart(bool header, bool cantSplit)
    {
        m_w.writeStartElement(QStringLiteral("w:tr"));
        if (header || cantSplit) {
            m_w.writeStartElement(QStringLiteral("w:trPr"));
            if (cantSplit)
                m_w.writeEmptyElement(QStringLiteral("w:cantSplit"));
            if (header)
                m_w.writeEmptyElement(QStringLiteral("w:tblHeader"));
            m_w.writeEndElement();
        }
    }

    void cellStart(int width, int span = 1)
    {
        m_w.writeStartElement(QStringLiteral("w:tc"));
        m_w.writeStartElement(QStringLiteral("w:tcPr"));
        m_w.writeEmptyElement(QStringLiteral("w:tcW"));
        m_w.writeAttribute(QStringLiteral("w:w"), num(width));
        m_w.writeAttribute(QStringLiteral("w:type"), QStringLiteral("dxa"));
        if (span > 1) {
            m_w.writeEmptyElement(QStringLiteral("w:gridSpan"));
            m_w.writeAttribute(QStringLiteral("w:val"), num(span));
        }
        m_w.writeEndElement();
    }

    void end() { m_w.writeEndElement(); }

private:
    QXmlStreamWriter &m_w;
    const DocumentStyle &m_s;
};

/// One document of the package: its header band and title, body, signature band.
class DocumentXml
{
public:
    DocumentXml(QXmlStreamWriter &w, const DocumentStyle &s, const Document &d)
        : m_w(w), m_s(s), m_d(d), m_b(w, s)
    {
        const double pageWidthMm = d.landscape ? 297 : 210;
        m_textWidth = twipsFromMm(pageWidthMm - s.marginLeft - s.marginRight);
    }

    void write()
    {
        header();
        for (int i = 0; i < m_d.body.size(); ++i)
            block(m_d.body[i], i + 1 == m_d.body.size());
        closing();
        // The annex starts on a page of its own after the signature.
        m_breakPending = !m_d.annex.isEmpty();
        for (const Block &b : m_d.annex)
            block(b, false);
    }

private:
    /// A body paragraph: the style's space after it (the PDF's same space between blocks).
    Para body() const
    {
        Para p;
        p.after = twipsFromPt(m_s.paragraphSpacing);
        return p;
    }

    /// Superior body, cell, "*", number on the left; the party's name with its rule and the
    /// date line on the right — the date on the row of the number, as in the PDF.
    void header()
    {
        const int left = twipsFromMm(m_s.leftColumnMm);
        const QList<int> widths{left, m_textWidth - left};
        const int lh = twipsFromPt(m_s.headerSize * 1.25);
        Para c;
        c.align = QStringLiteral("center");
        c.line = lh;
        const Look head{m_s.headerSize, false, false, false};
        m_b.tableStart(widths, false);
        m_b.rowStart(false, true);
        m_b.cellStart(widths[0]);
        for (const auto &[text, bold] :
             {std::pair{m_d.header.superiorBody, false}, std::pair{m_d.header.issuingBody, true},
              std::pair{QStringLiteral("*"), false}})
            if (!text.isEmpty())
                m_b.paragraph(c, {Run{text, bold, false, false}}, head);
        m_b.end();
        m_b.cellStart(widths[1]);
        Para party = c;
        party.line = twipsFromPt(m_s.partyNameSize * 1.25);
        m_b.paragraph(party, {Run{m_d.header.partyName, true, false, true}},
                      Look{m_s.partyNameSize, false, false, false});
        m_b.end();
        m_b.end(); // row
        m_b.rowStart(false, true);
        m_b.cellStart(widths[0]);
        m_b.paragraph(c, {Run{m_d.header.numberLine, false, false, false}}, head);
        m_b.end();
        m_b.cellStart(widths[1]);
        m_b.paragraph(c, {Run{m_d.header.dateLine, false, true, false}}, head);
        m_b.end();
        m_b.end(); // row
        m_b.end(); // table

        Para t = c;
        t.before = twipsFromPt(18);
        t.line = twipsFromPt(m_s.kindSize * 1.3);
        t.keepNext = true;
        m_b.paragraph(t, {Run{m_d.kindTitle, true, false, false}}, Look{m_s.kindSize});
        Para subject = c;
        subject.line = twipsFromPt(m_s.subjectSize * 1.3);
        subject.indLeft = subject.indRight = twipsFromMm(10);
        subject.keepNext = true;
        m_b.paragraph(subject, parseMarkup(lastWordsTogether(m_d.subjectLine)),
                      Look{m_s.subjectSize, true, false, false});
        Para dash = c;
        dash.after = twipsFromPt(6);
        m_b.paragraph(dash, {Run{QStringLiteral("-----"), false, false, false}});
    }

    void block(const Block &b, bool last)
    {
        Para p = body();
        p.pageBreakBefore = m_breakPending;
        m_breakPending = false;
        // The last lines of the body stay with the signature band.
        p.keepNext = last;
        const int indent = b.indent ? twipsFromMm(m_s.firstIndentMm) : 0;
        QList<Run> runs = b.labelledRuns();
        switch (b.kind) {
        case BlockKind::Paragraph:
        case BlockKind::Bullet:
            p.firstLine = indent;
            p.keepNext = p.keepNext || b.isLeadIn();
            m_b.paragraph(p, runs, Look{0, b.bold, false, false});
            break;
        case BlockKind::PartHeading:
        case BlockKind::Item:
            p.firstLine = indent;
            p.keepNext = true;
            m_b.paragraph(p, runs, Look{0, true, false, false});
            break;
        case BlockKind::SubItem:
            p.firstLine = indent;
            p.keepNext = true;
            if (!runs.isEmpty())
                runs.first().bold = true; // the letter
            m_b.paragraph(p, runs, Look{0, false, b.bold, false});
            break;
        case BlockKind::Centered:
            p.align = QStringLiteral("center");
            p.keepNext = true;
            m_b.paragraph(p, runs, Look{0, b.bold, false, false});
            break;
        case BlockKind::CheckBoxes: {
            // ☐ / ☒ and the label, in equal columns (tab stops).
            const int column = m_textWidth / int(std::max<qsizetype>(1, b.options.size()));
            QString text;
            for (int i = 0; i < b.options.size(); ++i) {
                if (i > 0)
                    text += QLatin1Char('\t');
                text +=
                    (i == b.checked ? QStringLiteral("☒ ") : QStringLiteral("☐ ")) + b.options[i];
            }
            p.align = QStringLiteral("left");
            p.indLeft = indent;
            for (int i = 1; i < b.options.size(); ++i)
                p.tabs << i * column;
            m_b.paragraph(p, {Run{text, false, false, false}});
            break;
        }
        case BlockKind::Table:
            if (p.pageBreakBefore) {
                Para brk;
                brk.pageBreakBefore = true;
                brk.line = twipsFromPt(2);
                m_b.paragraph(brk, {});
            }
            table(b.table, last);
            break;
        case BlockKind::PageBreak:
            m_breakPending = true;
            break;
        }
    }

    void table(const TableData &t, bool last)
    {
        const int columns = int(t.columnWeights.size());
        double sum = 0;
        for (double w : t.columnWeights)
            sum += w;
        QList<int> widths;
        for (double w : t.columnWeights)
            widths << int(std::lround(m_textWidth * w / (sum > 0 ? sum : 1)));
        // A paragraph of space above, as the PDF leaves one.
        m_b.tableStart(widths, true);
        for (int r = 0; r < t.rows.size(); ++r) {
            const bool header = r < t.headerRows;
            m_b.rowStart(header, true);
            if (t.groupRows.contains(r)) {
                // a group's title: one cell across the table, kept with its first row
                m_b.cellStart(m_textWidth, columns);
                Para p;
                p.line = twipsFromPt(m_s.tableLineSpacing);
                p.before = p.after = twipsFromPt(1.5);
                p.align = QStringLiteral("left");
                p.keepNext = true;
                m_b.paragraph(p, parseMarkup(t.rows[r].value(0)),
                              Look{m_s.tableSize, true, true, false});
                m_b.end();
                m_b.end();
                continue;
            }
            for (int c = 0; c < columns; ++c) {
                m_b.cellStart(widths[c]);
                Para p;
                p.line = twipsFromPt(m_s.tableLineSpacing);
                p.before = p.after = twipsFromPt(1.5);
                p.align = header || t.centeredColumns.contains(c) ? QStringLiteral("center")
                                                                  : QStringLiteral("left");
                p.keepNext = last && r + 1 == t.rows.size();
                const QStringList lines = t.rows[r].value(c).split(QLatin1Char('\n'));
                for (const QString &line : lines)
                    m_b.paragraph(p, parseMarkup(line), Look{m_s.tableSize, header, false, false});
                m_b.end();
            }
            m_b.end();
        }
        m_b.end();
    }

    /// Recipients (or the committee's confirmation) on the left, the signature on the right.
    void closing()
    {
        const ClosingBand &c = m_d.closing;
        const int left = int(m_textWidth * 0.46);
        const QList<int> widths{left, m_textWidth - left};
        const int lh = twipsFromPt(m_s.lineSpacing);
        const int space = twipsFromMm(m_s.signatureSpaceMm);
        Para centre;
        centre.align = QStringLiteral("center");
        centre.keepNext = true;
        const int rightTitleLines =
            (c.onBehalf.isEmpty() ? 0 : 1) + (c.signerRole.isEmpty() ? 0 : 1);
        const QStringList leftTitle =
            c.leftTitle.isEmpty() ? QStringList{} : c.leftTitle.split(QLatin1Char('\n'));
        const int titleLines = std::max<int>(rightTitleLines, int(leftTitle.size()));

        // A small gap above, as the PDF's 14 pt, kept with the body.
        Para gap;
        gap.line = twipsFromPt(14);
        gap.keepNext = true;
        m_b.paragraph(gap, {});
        m_b.tableStart(widths, false);
        m_b.rowStart(false, true);
        m_b.cellStart(widths[0]);
        if (!leftTitle.isEmpty()) {
            for (int i = 0; i < leftTitle.size(); ++i)
                m_b.paragraph(centre, {Run{leftTitle[i], i == 0, false, false}});
            Para name = centre;
            name.before = space + (titleLines - int(leftTitle.size())) * lh;
            m_b.paragraph(name, {Run{c.leftName, true, false, false}});
        } else if (!c.recipients.isEmpty()) {
            Para p;
            p.align = QStringLiteral("left");
            p.keepNext = true;
            m_b.paragraph(p, {Run{QStringLiteral("Nơi nhận:"), false, false, true}},
                          Look{m_s.recipientsTitleSize});
            p.line = twipsFromPt(m_s.recipientsSize * 1.25);
            for (const QString &r : c.recipients)
                m_b.paragraph(p, {Run{r, false, false, false}}, Look{m_s.recipientsSize});
        } else {
            m_b.paragraph(centre, {});
        }
        m_b.end();
        m_b.cellStart(widths[1]);
        if (!c.onBehalf.isEmpty())
            m_b.paragraph(centre, {Run{c.onBehalf, true, false, false}});
        if (!c.signerRole.isEmpty())
            m_b.paragraph(centre, {Run{c.signerRole, c.onBehalf.isEmpty(), false, false}});
        Para name = centre;
        name.before = space + (titleLines - rightTitleLines) * lh;
        name.keepNext = false;
        m_b.paragraph(name,
                      {Run{c.signerName.isEmpty() ? QStringLiteral("……………………………") : c.signerName,
                           true, false, false}});
        m_b.end();
        m_b.end();
        m_b.end();
    }

    QXmlStreamWriter &m_w;
    const DocumentStyle &m_s;
    const Document &m_d;
    BodyWriter m_b;
    int m_textWidth = 0;
    bool m_breakPending = false;
};

/// One XML part: the declaration, what \a body writes, the end.
QByteArray xmlPart(const std::function<void(QXmlStreamWriter &)> &body)
{
    QByteArray out;
    QXmlStreamWriter w(&out);
    w.writeStartDocument(QStringLiteral("1.0"), true);
    body(w);
    w.writeEndDocument();
    return out;
}

void sectionProps(QXmlStreamWriter &w, const DocumentStyle &s, bool landscape)
{
    w.writeStartElement(QStringLiteral("w:sectPr"));
    w.writeEmptyElement(QStringLiteral("w:headerReference"));
    w.writeAttribute(QStringLiteral("w:type"), QStringLiteral("default"));
    w.writeAttribute(QStringLiteral("r:id"), QStringLiteral("rIdHeader"));
    w.writeEmptyElement(QStringLiteral("w:headerReference"));
    w.writeAttribute(QStringLiteral("w:type"), QStringLiteral("first"));
    w.writeAttribute(QStringLiteral("r:id"), QStringLiteral("rIdFirst"));
    w.writeEmptyElement(QStringLiteral("w:type"));
    w.writeAttribute(QStringLiteral("w:val"), QStringLiteral("nextPage"));
    w.writeEmptyElement(QStringLiteral("w:pgSz"));
    w.writeAttribute(QStringLiteral("w:w"), num(twipsFromMm(landscape ? 297 : 210)));
    w.writeAttribute(QStringLiteral("w:h"), num(twipsFromMm(landscape ? 210 : 297)));
    if (landscape)
        w.writeAttribute(QStringLiteral("w:orient"), QStringLiteral("landscape"));
    w.writeEmptyElement(QStringLiteral("w:pgMar"));
    w.writeAttribute(QStringLiteral("w:top"), num(twipsFromMm(s.marginTop)));
    w.writeAttribute(QStringLiteral("w:right"), num(twipsFromMm(s.marginRight)));
    w.writeAttribute(QStringLiteral("w:bottom"), num(twipsFromMm(s.marginBottom)));
    w.writeAttribute(QStringLiteral("w:left"), num(twipsFromMm(s.marginLeft)));
    w.writeAttribute(QStringLiteral("w:header"), num(twipsFromMm(s.pageNumberFromTopMm)));
    w.writeAttribute(QStringLiteral("w:footer"), num(twipsFromMm(10)));
    w.writeAttribute(QStringLiteral("w:gutter"), QStringLiteral("0"));
    w.writeEmptyElement(QStringLiteral("w:pgNumType"));
    w.writeAttribute(QStringLiteral("w:start"), QStringLiteral("1"));
    w.writeEmptyElement(QStringLiteral("w:titlePg"));
    w.writeEndElement();
}

QByteArray documentXml(const QList<Document> &docs, const DocumentStyle &s)
{
    return xmlPart([&](QXmlStreamWriter &w) {
        w.writeStartElement(QStringLiteral("w:document"));
        w.writeNamespace(W, QStringLiteral("w"));
        w.writeNamespace(R, QStringLiteral("r"));
        w.writeStartElement(QStringLiteral("w:body"));
        for (int i = 0; i < docs.size(); ++i) {
            DocumentXml(w, s, docs[i]).write();
            if (i + 1 < docs.size()) {
                // A section ends in the properties of its last paragraph.
                w.writeStartElement(QStringLiteral("w:p"));
                w.writeStartElement(QStringLiteral("w:pPr"));
                w.writeEmptyElement(QStringLiteral("w:spacing"));
                w.writeAttribute(QStringLiteral("w:line"), QStringLiteral("20"));
                w.writeAttribute(QStringLiteral("w:lineRule"), QStringLiteral("exact"));
                sectionProps(w, s, docs[i].landscape);
                w.writeEndElement();
                w.writeEndElement();
            }
        }
        sectionProps(w, s, !docs.isEmpty() && docs.last().landscape);
        w.writeEndElement();
        w.writeEndElement();
    });
}

QByteArray stylesXml(const DocumentStyle &s)
{
    return xmlPart([&](QXmlStreamWriter &w) {
        w.writeStartElement(QStringLiteral("w:styles"));
        w.writeNamespace(W, QStringLiteral("w"));
        w.writeStartElement(QStringLiteral("w:docDefaults"));
        w.writeStartElement(QStringLiteral("w:rPrDefault"));
        w.writeStartElement(QStringLiteral("w:rPr"));
        w.writeEmptyElement(QStringLiteral("w:rFonts"));
        for (const char *a : {"w:ascii", "w:hAnsi", "w:cs", "w:eastAsia"})
            w.writeAttribute(QLatin1String(a), QLatin1String(kDocxFont));
        w.writeEmptyElement(QStringLiteral("w:sz"));
        w.writeAttribute(QStringLiteral("w:val"), num(int(std::lround(s.bodySize * 2))));
        w.writeEmptyElement(QStringLiteral("w:szCs"));
        w.writeAttribute(QStringLiteral("w:val"), num(int(std::lround(s.bodySize * 2))));
        w.writeEmptyElement(QStringLiteral("w:lang"));
        w.writeAttribute(QStringLiteral("w:val"), QStringLiteral("vi-VN"));
        w.writeEndElement();
        w.writeEndElement();
        w.writeStartElement(QStringLiteral("w:pPrDefault"));
        w.writeStartElement(QStringLiteral("w:pPr"));
        w.writeEmptyElement(QStringLiteral("w:spacing"));
        w.writeAttribute(QStringLiteral("w:after"), QStringLiteral("0"));
        w.writeAttribute(QStringLiteral("w:line"), num(twipsFromPt(s.lineSpacing)));
        w.writeAttribute(QStringLiteral("w:lineRule"), QStringLiteral("exact"));
        w.writeEndElement();
        w.writeEndElement();
        w.writeEndElement(); // docDefaults
        w.writeStartElement(QStringLiteral("w:style"));
        w.writeAttribute(QStringLiteral("w:type"), QStringLiteral("paragraph"));
        w.writeAttribute(QStringLiteral("w:default"), QStringLiteral("1"));
        w.writeAttribute(QStringLiteral("w:styleId"), QStringLiteral("Normal"));
        w.writeEmptyElement(QStringLiteral("w:name"));
        w.writeAttribute(QStringLiteral("w:val"), QStringLiteral("Normal"));
        w.writeEmptyElement(QStringLiteral("w:qFormat"));
        w.writeEndElement();
        w.writeStartElement(QStringLiteral("w:style"));
        w.writeAttribute(QStringLiteral("w:type"), QStringLiteral("table"));
        w.writeAttribute(QStringLiteral("w:default"), QStringLiteral("1"));
        w.writeAttribute(QStringLiteral("w:styleId"), QStringLiteral("TableNormal"));
        w.writeEmptyElement(QStringLiteral("w:name"));
        w.writeAttribute(QStringLiteral("w:val"), QStringLiteral("Normal Table"));
        w.writeEndElement();
        w.writeEndElement();
    });
}

/// The page header: the page number, centred (empty on each document's first page).
QByteArray headerXml(const DocumentStyle &s, bool withNumber)
{
    return xmlPart([&](QXmlStreamWriter &w) {
        w.writeStartElement(QStringLiteral("w:hdr"));
        w.writeNamespace(W, QStringLiteral("w"));
        w.writeNamespace(R, QStringLiteral("r"));
        w.writeStartElement(QStringLiteral("w:p"));
        w.writeStartElement(QStringLiteral("w:pPr"));
        w.writeEmptyElement(QStringLiteral("w:jc"));
        w.writeAttribute(QStringLiteral("w:val"), QStringLiteral("center"));
        w.writeEndElement();
        if (withNumber) {
            const auto run = [&](const std::function<void()> &inner) {
                w.writeStartElement(QStringLiteral("w:r"));
                w.writeStartElement(QStringLiteral("w:rPr"));
                w.writeEmptyElement(QStringLiteral("w:sz"));
                w.writeAttribute(QStringLiteral("w:val"),
                                 num(int(std::lround(s.pageNumberSize * 2))));
                w.writeEndElement();
                inner();
                w.writeEndElement();
            };
            const auto fieldChar = [&](const char *type) {
                run([&] {
                    w.writeEmptyElement(QStringLiteral("w:fldChar"));
                    w.writeAttribute(QStringLiteral("w:fldCharType"), QLatin1String(type));
                });
            };
            fieldChar("begin");
            run([&] {
                w.writeStartElement(QStringLiteral("w:instrText"));
                w.writeAttribute(QStringLiteral("xml:space"), QStringLiteral("preserve"));
                w.writeCharacters(QStringLiteral(" PAGE "));
                w.writeEndElement();
            });
            fieldChar("separate");
            run([&] { w.writeTextElement(QStringLiteral("w:t"), QStringLiteral("2")); });
            fieldChar("end");
        }
        w.writeEndElement();
        w.writeEndElement();
    });
}

QByteArray settingsXml()
{
    return QByteArrayLiteral(
        "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
        "<w:settings xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\">"
        "<w:defaultTabStop w:val=\"720\"/><w:characterSpacingControl w:val=\"doNotCompress\"/>"
        "<w:compat><w:compatSetting w:name=\"compatibilityMode\" "
        "w:uri=\"http://schemas.microsoft.com/office/word\" w:val=\"14\"/></w:compat>"
        "</w:settings>");
}

QByteArray contentTypesXml()
{
    return QByteArrayLiteral(
        "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
        "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
        "<Default Extension=\"rels\" "
        "ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
        "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
        "<Override PartName=\"/word/document.xml\" "
        "ContentType=\"application/"
        "vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/>"
        "<Override PartName=\"/word/styles.xml\" "
        "ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml\"/"
        ">"
        "<Override PartName=\"/word/settings.xml\" "
        "ContentType=\"application/"
        "vnd.openxmlformats-officedocument.wordprocessingml.settings+xml\"/>"
        "<Override PartName=\"/word/header1.xml\" "
        "ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.header+xml\"/"
        ">"
        "<Override PartName=\"/word/header2.xml\" "
        "ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.header+xml\"/"
        ">"
        "<Override PartName=\"/docProps/core.xml\" "
        "ContentType=\"application/vnd.openxmlformats-package.core-properties+xml\"/>"
        "<Override PartName=\"/docProps/app.xml\" "
        "ContentType=\"application/vnd.openxmlformats-officedocument.extended-properties+xml\"/>"
        "</Types>");
}

QByteArray packageRelsXml()
{
    return QByteArrayLiteral(
        "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
        "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
        "<Relationship Id=\"rId1\" "
        "Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/"
        "officeDocument\" Target=\"word/document.xml\"/>"
        "<Relationship Id=\"rId2\" "
        "Type=\"http://schemas.openxmlformats.org/package/2006/relationships/metadata/"
        "core-properties\" Target=\"docProps/core.xml\"/>"
        "<Relationship Id=\"rId3\" "
        "Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/"
        "extended-properties\" Target=\"docProps/app.xml\"/>"
        "</Relationships>");
}

QByteArray documentRelsXml()
{
    return QByteArrayLiteral(
        "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
        "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
        "<Relationship Id=\"rIdStyles\" "
        "Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles\" "
        "Target=\"styles.xml\"/>"
        "<Relationship Id=\"rIdSettings\" "
        "Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/settings\" "
        "Target=\"settings.xml\"/>"
        "<Relationship Id=\"rIdHeader\" "
        "Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/header\" "
        "Target=\"header1.xml\"/>"
        "<Relationship Id=\"rIdFirst\" "
        "Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/header\" "
        "Target=\"header2.xml\"/>"
        "</Relationships>");
}

QByteArray coreXml(const Document &d, const QDateTime &created)
{
    return xmlPart([&](QXmlStreamWriter &w) {
        w.writeStartElement(QStringLiteral("cp:coreProperties"));
        w.writeNamespace(
            QStringLiteral(
                "http://schemas.openxmlformats.org/package/2006/metadata/core-properties"),
            QStringLiteral("cp"));
        w.writeNamespace(QStringLiteral("http://purl.org/dc/elements/1.1/"), QStringLiteral("dc"));
        w.writeNamespace(QStringLiteral("http://purl.org/dc/terms/"), QStringLiteral("dcterms"));
        w.writeNamespace(QStringLiteral("http://www.w3.org/2001/XMLSchema-instance"),
                         QStringLiteral("xsi"));
        w.writeTextElement(QStringLiteral("dc:title"), d.title);
        w.writeTextElement(QStringLiteral("dc:subject"), d.subject);
        w.writeTextElement(QStringLiteral("dc:creator"), d.author);
        w.writeTextElement(QStringLiteral("cp:lastModifiedBy"), d.author);
        w.writeTextElement(QStringLiteral("dc:language"), QStringLiteral("vi-VN"));
        const QString when = created.toUTC().toString(Qt::ISODate);
        for (const char *name : {"dcterms:created", "dcterms:modified"}) {
            w.writeStartElement(QLatin1String(name));
            w.writeAttribute(QStringLiteral("xsi:type"), QStringLiteral("dcterms:W3CDTF"));
            w.writeCharacters(when);
            w.writeEndElement();
        }
        w.writeEndElement();
    });
}

QByteArray appXml(const QString &creator)
{
    return xmlPart([&](QXmlStreamWriter &w) {
        w.writeStartElement(QStringLiteral("Properties"));
        w.writeDefaultNamespace(QStringLiteral(
            "http://schemas.openxmlformats.org/officeDocument/2006/extended-properties"));
        w.writeTextElement(QStringLiteral("Application"), creator);
        w.writeTextElement(QStringLiteral("DocSecurity"), QStringLiteral("0"));
        w.writeEndElement();
    });
}

/// The package's parts as a zip archive in memory (libzip), in the order given; empty on
/// failure.
QByteArray zipped(const QList<std::pair<QString, QByteArray>> &parts, const QDateTime &when)
{
    zip_error_t error;
    zip_error_init(&error);
    zip_source_t *archive = zip_source_buffer_create(nullptr, 0, 0, &error);
    if (!archive)
        return {};
    zip_t *zip = zip_open_from_source(archive, ZIP_TRUNCATE, &error);
    if (!zip) {
        zip_source_free(archive);
        return {};
    }
    zip_source_keep(archive); // read back after zip_close
    bool ok = true;
    for (const auto &[name, data] : parts) {
        // libzip reads the bytes when the archive is closed: \a parts outlives it.
        zip_source_t *part = zip_source_buffer(zip, data.constData(), zip_uint64_t(data.size()), 0);
        const QByteArray utf8 = name.toUtf8();
        const zip_int64_t index =
            part ? zip_file_add(zip, utf8.constData(), part, ZIP_FL_ENC_UTF_8) : -1;
        if (index < 0) {
            zip_source_free(part);
            ok = false;
            break;
        }
        zip_file_set_mtime(zip, zip_uint64_t(index), time_t(when.toSecsSinceEpoch()), 0);
    }
    if (!ok || zip_close(zip) != 0) {
        zip_discard(zip); // not written: the handle is still ours
        zip_source_free(archive);
        return {};
    }
    QByteArray out;
    if (zip_source_open(archive) == 0) {
        zip_source_seek(archive, 0, SEEK_END);
        out.resize(qsizetype(zip_source_tell(archive)));
        zip_source_seek(archive, 0, SEEK_SET);
        if (zip_source_read(archive, out.data(), zip_uint64_t(out.size())) != out.size())
            out.clear();
        zip_source_close(archive);
    }
    zip_source_free(archive);
    return out;
}

} // namespace

QByteArray writeDocx(const QList<Document> &documents, const DocumentStyle &style,
                     const DocxOptions &options)
{
    const QDateTime created =
        options.created.isValid() ? options.created : QDateTime::currentDateTime();
    const Document first = documents.isEmpty() ? Document{} : documents.first();
    const QList<std::pair<QString, QByteArray>> parts{
        {QStringLiteral("[Content_Types].xml"), contentTypesXml()},
        {QStringLiteral("_rels/.rels"), packageRelsXml()},
        {QStringLiteral("docProps/core.xml"), coreXml(first, created)},
        {QStringLiteral("docProps/app.xml"), appXml(options.creator)},
        {QStringLiteral("word/_rels/document.xml.rels"), documentRelsXml()},
        {QStringLiteral("word/document.xml"), documentXml(documents, style)},
        {QStringLiteral("word/styles.xml"), stylesXml(style)},
        {QStringLiteral("word/settings.xml"), settingsXml()},
        {QStringLiteral("word/header1.xml"), headerXml(style, true)},
        {QStringLiteral("word/header2.xml"), headerXml(style, false)},
    };
    return zipped(parts, created);
}

} // namespace sochibo::reports

#include "PdfLayout.h"

#include "PdfWriter.h"
#include "TextShaper.h"

#include <QBuffer>
#include <QGlyphRun>
#include <QGuiApplication>
#include <QHash>
#include <QPainter>
#include <QPdfWriter>
#include <QRawFont>
#include <functional>
#include <memory>

namespace sochibo::reports {

namespace {

struct Units
{
    double dpi;
    double mm(double v) const { return v * dpi / 25.4; }
    double pt(double v) const { return v * dpi / 72.0; }
};

/// What the layout draws on: Qt's painter (printers, PDF/A through QPdfWriter) or our own
/// PDF writer. Coordinates are device units, origin at the top left of the page.
class Canvas
{
public:
    virtual ~Canvas() = default;
    virtual double dpi() const = 0;
    /// Starts the first page of a document laid out as \a layout.
    virtual void beginDocument(const QPageLayout &layout, bool first) = 0;
    virtual void newPage() = 0;
    /// \a line with the left of its box at x and its baseline at y of \a origin.
    virtual void text(const TextLine &line, QPointF origin) = 0;
    virtual void line(QPointF from, QPointF to, double width) = 0;
    virtual void rect(const QRectF &r, double width) = 0;
};

class PainterCanvas : public Canvas
{
public:
    PainterCanvas(QPainter &painter, QPagedPaintDevice &device) : m_p(painter), m_dev(device) {}
    double dpi() const override { return m_dev.logicalDpiY(); }
    void beginDocument(const QPageLayout &layout, bool first) override
    {
        if (first)
            return; // the device was set up before the painter began
        m_dev.setPageLayout(layout);
        m_dev.newPage();
    }
    void newPage() override { m_dev.newPage(); }
    void text(const TextLine &line, QPointF origin) override
    {
        for (const GlyphRun &run : line.runs) {
            QGlyphRun glyphs;
            glyphs.setRawFont(rawFont(run));
            glyphs.setGlyphIndexes(run.glyphs);
            glyphs.setPositions(run.positions);
            m_p.drawGlyphRun(origin, glyphs);
        }
    }
    void line(QPointF from, QPointF to, double width) override
    {
        m_p.setPen(pen(width));
        m_p.drawLine(from, to);
    }
    void rect(const QRectF &r, double width) override
    {
        m_p.setPen(pen(width));
        m_p.setBrush(Qt::NoBrush);
        m_p.drawRect(r);
    }

private:
    static QPen pen(double width)
    {
        QPen pen(Qt::black);
        pen.setWidthF(width);
        return pen;
    }
    QRawFont rawFont(const GlyphRun &run)
    {
        const auto key = std::make_pair(run.face.get(), run.pixelSize);
        auto found = m_fonts.constFind(key);
        if (found == m_fonts.constEnd())
            found = m_fonts.insert(key, qtRawFont(*run.face, run.pixelSize));
        return *found;
    }
    QPainter &m_p;
    QPagedPaintDevice &m_dev;
    QHash<std::pair<const FontFace *, double>, QRawFont> m_fonts;
};

class PdfCanvas : public Canvas
{
public:
    explicit PdfCanvas(int dpi) : m_dpi(dpi), m_writer(dpi) {}
    double dpi() const override { return m_dpi; }
    void beginDocument(const QPageLayout &layout, bool) override
    {
        m_size = layout.fullRect(QPageLayout::Point).size();
        m_writer.newPage(m_size);
    }
    void newPage() override { m_writer.newPage(m_size); }
    void text(const TextLine &line, QPointF origin) override
    {
        for (const GlyphRun &run : line.runs)
            m_writer.glyphs(run, origin);
    }
    void line(QPointF from, QPointF to, double width) override { m_writer.line(from, to, width); }
    void rect(const QRectF &r, double width) override { m_writer.rect(r, width); }
    PdfWriter &writer() { return m_writer; }

private:
    int m_dpi;
    PdfWriter m_writer;
    QSizeF m_size;
};

QList<Run> allBold(QList<Run> runs)
{
    for (Run &r : runs)
        r.bold = true;
    return runs;
}

/// One unbreakable strip of a page: a text line, a table row, a band.
struct Strip
{
    double height = 0;
    /// Never the last strip of a page (a table group's title row).
    bool keepWithNext = false;
    std::function<void(Canvas &, double y)> paint;
};

struct Flow
{
    QList<Strip> strips;
    QList<Strip> repeatOnBreak; ///< table header rows
    double spaceBefore = 0;
    bool keepWithNext = false;
    bool unsplittable = false;
    /// Never alone at the top of a page: the signature band takes at least the last two
    /// lines of the body with it.
    bool keepWithPrevious = false;
    bool table = false;
    bool breakBefore = false;
    double height() const
    {
        double h = 0;
        for (const Strip &s : strips)
            h += s.height;
        return h;
    }
};

class Builder
{
public:
    Builder(const DocumentStyle &style, const TextShaper &shaper, double dpi, double pageWidth)
        : m_style(style), m_shaper(shaper), m_u{dpi}
    {
        m_left = m_u.mm(style.marginLeft);
        m_width = pageWidth - m_left - m_u.mm(style.marginRight);
    }

    /// Lays \a runs out in \a width; returns one strip per line of \a lineHeight.
    QList<Strip> textLines(const QList<Run> &runs, double size, double x, double width,
                           double firstIndent, Qt::Alignment align, double lineHeight,
                           double overrun = 0) const
    {
        const QList<TextLine> lines =
            m_shaper.layout(runs, size, width, firstIndent, align, overrun);
        QList<std::pair<int, int>> underlines;
        int pos = 0;
        for (const Run &r : runs) {
            if (r.underline)
                underlines << std::make_pair(pos, int(r.text.size()));
            pos += int(r.text.size());
        }
        QList<Strip> strips;
        for (const TextLine &line : lines) {
            Strip s;
            s.height = lineHeight;
            const double rule = m_u.pt(0.6);
            s.paint = [line, x, lineHeight, underlines, rule](Canvas &c, double y) {
                const double top = y + (lineHeight - line.height()) / 2;
                c.text(line, QPointF(x, top + line.ascent));
                // Underlines below the descent of the letters: never through a dot below.
                const int a = line.start, b = a + line.length;
                for (const auto &[start, len] : underlines) {
                    const int s0 = std::max(start, a), s1 = std::min(start + len, b);
                    if (s0 >= s1)
                        continue;
                    const double y0 = top + line.ascent + line.descent * 0.85;
                    c.line(QPointF(x + line.cursorToX(s0), y0), QPointF(x + line.cursorToX(s1), y0),
                           rule);
                }
            };
            strips << s;
        }
        return strips;
    }

    double lineHeight() const { return m_u.pt(m_style.lineSpacing); }

    /// The width that keeps a title or heading from ending with one word alone on its last
    /// line ("… năm / 2026"): \a width when it does not, else the widest narrower measure
    /// that gives the last line two words without adding a line.
    double noLoneWordWidth(const QList<Run> &runs, double size, double width, double firstIndent,
                           Qt::Alignment align) const
    {
        const QString text = plainText(runs);
        const auto lone = [&](const QList<TextLine> &lines) {
            if (lines.size() < 2)
                return false;
            const TextLine &l = lines.last();
            return !text.mid(l.start, l.length).trimmed().contains(QLatin1Char(' '));
        };
        const QList<TextLine> lines = m_shaper.layout(runs, size, width, firstIndent, align, 0);
        if (!lone(lines))
            return width;
        for (double w = width * 0.98; w > width * 0.5; w -= width * 0.02) {
            const QList<TextLine> narrower = m_shaper.layout(runs, size, w, firstIndent, align, 0);
            if (narrower.size() > lines.size())
                break;
            if (!lone(narrower))
                return w;
        }
        return width;
    }

    /// textLines for a title or heading: never one word alone on the last line. Centred
    /// lines stay centred in \a width.
    QList<Strip> headingLines(const QList<Run> &runs, double size, double x, double width,
                              double firstIndent, Qt::Alignment align, double lineHeight) const
    {
        const double w = noLoneWordWidth(runs, size, width, firstIndent, align);
        const double dx = align & Qt::AlignHCenter ? (width - w) / 2 : 0;
        return textLines(runs, size, x + dx, w, firstIndent, align, lineHeight);
    }

    Flow block(const Block &b) const
    {
        Flow f;
        f.spaceBefore = m_u.pt(m_style.paragraphSpacing);
        const double indent = b.indent ? m_u.mm(m_style.firstIndentMm) : 0;
        const QList<Run> runs = b.labelledRuns();
        switch (b.kind) {
        case BlockKind::Paragraph:
        case BlockKind::Bullet:
            f.strips = textLines(b.bold ? allBold(runs) : runs, m_style.bodySize, m_left, m_width,
                                 indent, Qt::AlignJustify, lineHeight());
            // a lead-in ("… như sau:") stays with what it introduces
            f.keepWithNext = b.isLeadIn();
            break;
        case BlockKind::PartHeading:
        case BlockKind::Item:
            f.strips = headingLines(allBold(runs), m_style.bodySize, m_left, m_width, indent,
                                    Qt::AlignJustify, lineHeight());
            f.keepWithNext = true;
            break;
        case BlockKind::SubItem: {
            QList<Run> rs = runs;
            if (!rs.isEmpty())
                rs.first().bold = true; // the letter
            for (Run &r : rs)
                r.italic = r.italic || b.bold;
            f.strips = textLines(rs, m_style.bodySize, m_left, m_width, indent, Qt::AlignJustify,
                                 lineHeight());
            f.keepWithNext = true;
            break;
        }
        case BlockKind::Centered:
            f.strips = headingLines(b.bold ? allBold(runs) : runs, m_style.bodySize, m_left,
                                    m_width, 0, Qt::AlignHCenter, lineHeight());
            f.keepWithNext = true;
            break;
        case BlockKind::CheckBoxes:
            f.strips << checkBoxes(b);
            break;
        case BlockKind::Table:
            table(b.table, f);
            break;
        case BlockKind::PageBreak:
            f.breakBefore = true;
            break;
        }
        return f;
    }

    Strip checkBoxes(const Block &b) const
    {
        Strip s;
        s.height = lineHeight();
        const double box = m_u.mm(3.6);
        const double first = b.indent ? m_u.mm(m_style.firstIndentMm) - m_u.pt(6) : 0;
        const double colWidth = (m_width - first) / std::max<qsizetype>(1, b.options.size());
        const double left = m_left + first;
        QList<TextLine> labels;
        for (const QString &o : b.options)
            labels << m_shaper.line(o, m_style.bodySize);
        const int checked = b.checked;
        const double lh = lineHeight();
        const double pt = m_u.pt(1);
        const double baseline =
            (lh + m_shaper.ascent(m_style.bodySize) - m_shaper.descent(m_style.bodySize)) / 2;
        s.paint = [=](Canvas &c, double y) {
            for (int i = 0; i < labels.size(); ++i) {
                const double x = left + i * colWidth + pt * 6;
                const QRectF r(x, y + (lh - box) / 2, box, box);
                c.rect(r, 0.8 * pt);
                if (i == checked) {
                    c.line(r.topLeft() + QPointF(pt, pt), r.bottomRight() - QPointF(pt, pt),
                           0.8 * pt);
                    c.line(r.topRight() + QPointF(-pt, pt), r.bottomLeft() + QPointF(pt, -pt),
                           0.8 * pt);
                }
                c.text(labels[i], QPointF(x + box + pt * 5, y + baseline));
            }
        };
        return s;
    }

    /// A column narrower than the longest word of its header ("STT", "chứng") takes the
    /// room it needs, with its padding, from the columns that have room to spare, so that a
    /// heading never breaks inside a word. Data cells are not measured: their words are
    /// many and may break.
    void widenForHeaderWords(const TableData &t, QList<double> &widths, double pad) const
    {
        QList<double> need(widths.size(), 0.0);
        for (int r = 0; r < t.headerRows && r < t.rows.size(); ++r) {
            for (int c = 0; c < widths.size(); ++c) {
                for (const Run &run : parseMarkup(t.rows[r].value(c))) {
                    for (const QString &word : run.text.split(QLatin1Char(' '), Qt::SkipEmptyParts))
                        need[c] = std::max(
                            need[c], m_shaper.line(word, m_style.tableSize, true).width + 2 * pad);
                }
            }
        }
        double deficit = 0, surplus = 0;
        for (int c = 0; c < widths.size(); ++c) {
            deficit += std::max(0.0, need[c] - widths[c]);
            surplus += std::max(0.0, widths[c] - need[c]);
        }
        if (deficit <= 0 || deficit > surplus)
            return;
        for (int c = 0; c < widths.size(); ++c) {
            if (need[c] > widths[c])
                widths[c] = need[c];
            else
                widths[c] -= (widths[c] - need[c]) / surplus * deficit;
        }
    }

    void table(const TableData &t, Flow &f) const
    {
        f.table = true;
        double total = 0;
        for (double w : t.columnWeights)
            total += w;
        QList<double> widths;
        for (double w : t.columnWeights)
            widths << m_width * w / (total > 0 ? total : 1);
        const double pad = m_u.mm(1.0);
        const double lh = m_u.pt(m_style.tableLineSpacing);
        widenForHeaderWords(t, widths, pad);
        for (int r = 0; r < t.rows.size(); ++r) {
            const bool header = r < t.headerRows;
            if (t.groupRows.contains(r)) {
                // a group's title: one cell across the table, bold italic
                QList<Run> runs = parseMarkup(t.rows[r].value(0));
                for (Run &run : runs)
                    run.bold = run.italic = true;
                const QList<Strip> lines = textLines(runs, m_style.tableSize, m_left + pad,
                                                     m_width - 2 * pad, 0, Qt::AlignLeft, lh);
                Strip row;
                row.keepWithNext = true;
                row.height = double(std::max<qsizetype>(1, lines.size())) * lh + 2 * pad;
                const double left = m_left, width = m_width, height = row.height;
                const double pt = m_u.pt(1);
                row.paint = [lines, left, width, height, pad, pt](Canvas &canvas, double y) {
                    canvas.rect(QRectF(left, y, width, height), 0.6 * pt);
                    double ly = y + pad;
                    for (const Strip &s : lines) {
                        s.paint(canvas, ly);
                        ly += s.height;
                    }
                };
                f.strips << row;
                continue;
            }
            QList<QList<Strip>> cells;
            int maxLines = 1;
            double x = m_left;
            for (int c = 0; c < widths.size(); ++c) {
                const QString cell = t.rows[r].value(c);
                QList<Run> runs = parseMarkup(cell);
                if (header) {
                    for (Run &run : runs)
                        run.bold = true;
                }
                const Qt::Alignment align =
                    header || t.centeredColumns.contains(c) ? Qt::AlignHCenter : Qt::AlignLeft;
                // A date or "STT" a little wider than its column may use the padding.
                const double overrun = pad * (align & Qt::AlignHCenter ? 1.8 : 0.9);
                cells << textLines(runs, m_style.tableSize, x + pad, widths[c] - 2 * pad, 0, align,
                                   lh, overrun);
                maxLines = std::max(maxLines, int(cells.last().size()));
                x += widths[c];
            }
            Strip row;
            row.height = maxLines * lh + 2 * pad;
            const double left = m_left;
            const double pt = m_u.pt(1);
            row.paint = [cells, widths, left, pad, row, pt](Canvas &canvas, double y) {
                double x = left;
                for (int c = 0; c < widths.size(); ++c) {
                    canvas.rect(QRectF(x, y, widths[c], row.height), 0.6 * pt);
                    double ly = y + pad;
                    for (const Strip &s : cells[c]) {
                        s.paint(canvas, ly);
                        ly += s.height;
                    }
                    x += widths[c];
                }
            };
            if (header)
                f.repeatOnBreak << row;
            f.strips << row;
        }
        f.spaceBefore = m_u.pt(m_style.paragraphSpacing);
    }

    /// The two-column header of page 1 and the title under it, as one strip.
    Strip headerAndTitle(const Document &d) const
    {
        const double colL = m_u.mm(m_style.leftColumnMm);
        const double gap = m_u.mm(4);
        const double colR = m_width - colL - gap;
        const double xR = m_left + colL + gap;
        const double lh = m_u.pt(m_style.headerSize * 1.25);
        QList<std::pair<double, QList<Strip>>> left, right; // (y offset, lines)
        double yl = 0;
        const auto addLeft = [&](const QString &text, bool bold) {
            if (text.isEmpty())
                return;
            auto lines = headingLines({Run{text, bold, false, false}}, m_style.headerSize, m_left,
                                      colL, 0, Qt::AlignHCenter, lh);
            left << std::make_pair(yl, lines);
            yl += lines.size() * lh;
        };
        addLeft(d.header.superiorBody, false);
        addLeft(d.header.issuingBody, true);
        addLeft(QStringLiteral("*"), false);
        const double numberY = yl;
        addLeft(d.header.numberLine, false);
        if (d.header.numberLine.isEmpty())
            yl += lh;

        auto party = textLines({Run{d.header.partyName, true, false, false}}, m_style.partyNameSize,
                               xR, colR, 0, Qt::AlignHCenter, lh);
        right << std::make_pair(0.0, party);
        auto date = textLines({Run{d.header.dateLine, false, true, false}}, m_style.headerSize, xR,
                              colR, 0, Qt::AlignHCenter, lh);
        const double dateY = std::max(numberY, party.size() * lh + m_u.pt(6));
        right << std::make_pair(dateY, date);
        const double bandHeight = std::max(yl, dateY + date.size() * lh);

        // the title
        const double titleTop = bandHeight + m_u.pt(18);
        auto kind = textLines({Run{d.kindTitle, true, false, false}}, m_style.kindSize, m_left,
                              m_width, 0, Qt::AlignHCenter, m_u.pt(m_style.kindSize * 1.3));
        const double subjectTop = titleTop + kind.size() * m_u.pt(m_style.kindSize * 1.3);
        auto subject = headingLines(allBold(parseMarkup(d.subjectLine)), m_style.subjectSize,
                                    m_left + m_u.mm(10), m_width - m_u.mm(20), 0, Qt::AlignHCenter,
                                    m_u.pt(m_style.subjectSize * 1.3));
        const double dashTop = subjectTop + subject.size() * m_u.pt(m_style.subjectSize * 1.3);
        auto dash = textLines({Run{QStringLiteral("-----"), false, false, false}}, m_style.bodySize,
                              m_left, m_width, 0, Qt::AlignHCenter, lh);
        const double total = dashTop + lh + m_u.pt(6);

        Strip s;
        s.height = total;
        const double pt = m_u.pt(1);
        // the solid rule under the party's name, as long as the name
        const double ruleWidth =
            m_shaper.line(d.header.partyName, m_style.partyNameSize, true).width;
        s.paint = [=](Canvas &c, double y) {
            for (const auto &[dy, lines] : left) {
                double ly = y + dy;
                for (const Strip &l : lines) {
                    l.paint(c, ly);
                    ly += l.height;
                }
            }
            for (const auto &[dy, lines] : right) {
                double ly = y + dy;
                for (const Strip &l : lines) {
                    l.paint(c, ly);
                    ly += l.height;
                }
            }
            const double w = ruleWidth;
            const double ry = y + party.size() * lh + pt * 1.0;
            c.line(QPointF(xR + (colR - w) / 2, ry), QPointF(xR + (colR + w) / 2, ry), 0.8 * pt);
            double ty = y + titleTop;
            for (const Strip &l : kind) {
                l.paint(c, ty);
                ty += l.height;
            }
            ty = y + subjectTop;
            for (const Strip &l : subject) {
                l.paint(c, ty);
                ty += l.height;
            }
            for (const Strip &l : dash)
                l.paint(c, y + dashTop);
        };
        return s;
    }

    /// Recipients on the left, the signature on the right; never split.
    Flow closing(const ClosingBand &c) const
    {
        Flow f;
        f.unsplittable = true;
        f.keepWithPrevious = true;
        f.spaceBefore = m_u.pt(14);
        const double colL = m_width * 0.46;
        const double colR = m_width - colL;
        const double xR = m_left + colL;
        const double lh = lineHeight();
        const double small = m_u.pt(m_style.recipientsSize * 1.25);
        QList<std::pair<double, Strip>> parts;
        double yl = 0;
        // Two signatures side by side: both names on one line, under the longer title.
        const int rightTitleLines =
            (c.onBehalf.isEmpty() ? 0 : 1) + (c.signerRole.isEmpty() ? 0 : 1);
        double nameY = 0;
        if (!c.leftTitle.isEmpty()) {
            // "T/M CHI ỦY" bold, the role under it ("BÍ THƯ") regular, as on the right.
            const QStringList titleLines = c.leftTitle.split(QLatin1Char('\n'));
            for (int i = 0; i < titleLines.size(); ++i)
                for (const Strip &s :
                     textLines({Run{titleLines[i], i == 0, false, false}}, m_style.bodySize, m_left,
                               colL, 0, Qt::AlignHCenter, lh)) {
                    parts << std::make_pair(yl, s);
                    yl += lh;
                }
            nameY = std::max(yl, rightTitleLines * lh) + m_u.mm(m_style.signatureSpaceMm);
            yl = nameY;
            for (const Strip &s : textLines({Run{c.leftName, true, false, false}}, m_style.bodySize,
                                            m_left, colL, 0, Qt::AlignHCenter, lh)) {
                parts << std::make_pair(yl, s);
                yl += lh;
            }
        } else if (!c.recipients.isEmpty()) {
            for (const Strip &s :
                 textLines({Run{QStringLiteral("Nơi nhận:"), false, false, true}},
                           m_style.recipientsTitleSize, m_left, colL, 0, Qt::AlignLeft, lh)) {
                parts << std::make_pair(yl, s);
                yl += lh;
            }
            for (const QString &r : c.recipients) {
                for (const Strip &s :
                     textLines({Run{r, false, false, false}}, m_style.recipientsSize, m_left, colL,
                               0, Qt::AlignLeft, small)) {
                    parts << std::make_pair(yl, s);
                    yl += small;
                }
            }
        }
        double yr = 0;
        const auto right = [&](const QString &text, bool bold) {
            if (text.isEmpty())
                return;
            for (const Strip &s : textLines({Run{text, bold, false, false}}, m_style.bodySize, xR,
                                            colR, 0, Qt::AlignHCenter, lh)) {
                parts << std::make_pair(yr, s);
                yr += lh;
            }
        };
        right(c.onBehalf, true);
        right(c.signerRole, c.onBehalf.isEmpty()); // "BÍ THƯ" under "T/M CHI BỘ": regular
        yr = nameY > 0 ? nameY : yr + m_u.mm(m_style.signatureSpaceMm);
        right(c.signerName.isEmpty() ? QStringLiteral("……………………………") : c.signerName, true);
        Strip s;
        s.height = std::max(yl, yr);
        s.paint = [parts](Canvas &c, double y) {
            for (const auto &[dy, strip] : parts)
                strip.paint(c, y + dy);
        };
        f.strips << s;
        return f;
    }

    double left() const { return m_left; }
    double width() const { return m_width; }
    const Units &units() const { return m_u; }

private:
    const DocumentStyle &m_style;
    const TextShaper &m_shaper;
    Units m_u;
    double m_left = 0, m_width = 0;
};

/// Places flows on pages and paints them.
class Paginator
{
public:
    Paginator(Canvas &canvas, const DocumentStyle &style, const TextShaper &shaper, const Units &u,
              double pageWidth, double pageHeight)
        : m_c(canvas), m_style(style), m_shaper(shaper), m_u(u), m_pageWidth(pageWidth)
    {
        m_top = u.mm(style.marginTop);
        m_bottom = pageHeight - u.mm(style.marginBottom);
        m_y = m_top;
    }

    int pages() const { return m_page; }

    void run(const QList<Flow> &flows)
    {
        for (int i = 0; i < flows.size(); ++i) {
            const Flow &f = flows[i];
            if (f.breakBefore) {
                if (m_y > m_top)
                    newPage();
                continue;
            }
            const double space = m_y > m_top ? f.spaceBefore : 0;
            // Keep a chain of headings with the first lines of what follows.
            if (f.keepWithNext) {
                double need = space + f.height();
                int j = i + 1;
                while (j < flows.size() && flows[j].keepWithNext && !flows[j].breakBefore) {
                    need += flows[j].spaceBefore + flows[j].height();
                    ++j;
                }
                if (j < flows.size() && !flows[j].breakBefore) {
                    const Flow &next = flows[j];
                    need += next.spaceBefore;
                    const int lines = next.unsplittable ? int(next.strips.size())
                                      : next.table      ? std::min<int>(int(next.strips.size()),
                                                                   next.repeatOnBreak.size() + 2)
                                                        : std::min<int>(int(next.strips.size()), 2);
                    for (int k = 0; k < lines; ++k)
                        need += next.strips[k].height;
                }
                if (m_y + need > m_bottom && m_y > m_top)
                    newPage();
            }
            // The flows before the signature band leave room for it, or the last two lines of
            // the body go to the band's page.
            int tail = 0;
            const double after = heightToBand(flows, i, &tail);
            place(f, after, tail);
        }
    }

    /// What must follow flow \a i onto its page: the flows after it up to the signature band
    /// and the band, when those flows hold fewer than two lines; 0 otherwise. \a tail: how
    /// many of flow \a i's own last lines must go with them.
    static double heightToBand(const QList<Flow> &flows, int i, int *tail)
    {
        double h = 0;
        int lines = 0;
        for (int b = i + 1; b < flows.size(); ++b) {
            if (flows[b].keepWithPrevious) {
                *tail = 2 - lines;
                return h + flows[b].spaceBefore + flows[b].height();
            }
            if (flows[b].breakBefore)
                return 0;
            lines += int(flows[b].strips.size());
            if (lines >= 2)
                return 0;
            h += flows[b].spaceBefore + flows[b].height();
        }
        return 0;
    }

private:
    void newPage()
    {
        m_c.newPage();
        ++m_page;
        m_y = m_top;
        // Page number: from page 2, centred, about 10 mm from the top edge.
        const TextLine n = m_shaper.line(QString::number(m_page), m_style.pageNumberSize);
        const double baseline = m_u.mm(m_style.pageNumberFromTopMm) + n.ascent / 2;
        m_c.text(n, QPointF((m_pageWidth - n.width) / 2, baseline));
    }

    void paintStrips(const QList<Strip> &strips, int from, int to)
    {
        for (int k = from; k < to; ++k) {
            strips[k].paint(m_c, m_y);
            m_y += strips[k].height;
        }
    }

    /// Places \a f, breaking it across pages where it must. \a after: the height of what
    /// must follow it on the same page with at least \a tail of its last lines (the signature
    /// band and the lines before it), 0 for none.
    void place(const Flow &f, double after = 0, int tail = 2)
    {
        const double space = m_y > m_top ? f.spaceBefore : 0;
        const double h = f.height();
        const int count = int(f.strips.size());
        if (m_y + space + h <= m_bottom) {
            if (after > 0 && m_y + space + h + after > m_bottom && !f.unsplittable) {
                // The band would stand alone on the next page: the last two lines go with it
                // (a short flow goes whole), as long as they and the band fit on a page.
                if (count >= (f.table ? int(f.repeatOnBreak.size()) + 1 : 2) + tail) {
                    m_y += space;
                    paintStrips(f.strips, 0, count - tail);
                    newPage();
                    if (f.table)
                        paintStrips(f.repeatOnBreak, 0, int(f.repeatOnBreak.size()));
                    paintStrips(f.strips, count - tail, count);
                    return;
                }
                if (m_y > m_top && h + after <= m_bottom - m_top) {
                    newPage();
                    paintStrips(f.strips, 0, count);
                    return;
                }
            }
            m_y += space;
            paintStrips(f.strips, 0, count);
            return;
        }
        if (f.unsplittable) {
            if (m_y > m_top)
                newPage();
            paintStrips(f.strips, 0, int(f.strips.size()));
            return;
        }
        const int n = int(f.strips.size());
        const int headerRows = int(f.repeatOnBreak.size());
        int start = 0;
        bool fresh = m_y <= m_top + 0.5;
        while (start < n) {
            if (start > 0 && f.table)
                paintStrips(f.repeatOnBreak, 0, headerRows); // on the fresh page
            const double sp = start == 0 && m_y > m_top ? f.spaceBefore : 0;
            const double room = m_bottom - m_y - sp;
            int k = 0;
            double used = 0;
            while (start + k < n && used + f.strips[start + k].height <= room) {
                used += f.strips[start + k].height;
                ++k;
            }
            // The flow's last part leaves room for what must follow it (the signature band), or
            // leaves it two lines.
            if (after > 0 && start + k == n && used + after > room && n - start >= tail)
                k = n - start - tail;
            if (!f.table) {
                // widows and orphans: at least two lines on each side of a break
                const int remaining = n - start - k;
                if (remaining > 0 && remaining < 2)
                    k = std::max(0, k - (2 - remaining));
                if (n - start - k > 0 && k < 2)
                    k = 0;
            } else if (start == 0 && n > headerRows && k < std::min(n, headerRows + 2)) {
                // the heading row, or the heading and one row, alone at the bottom of a page
                k = 0;
            }
            // a group's title row goes to the next page with its first row
            while (f.table && k > 0 && start + k < n && f.strips[start + k - 1].keepWithNext)
                --k;
            if (k == 0) {
                if (!fresh) {
                    newPage();
                    fresh = true;
                    continue;
                }
                // Taller than a whole page: place what must go together and move on.
                k = f.table && start == 0 ? std::min(n, headerRows + 1) : 1;
            }
            m_y += sp;
            paintStrips(f.strips, start, start + k);
            start += k;
            if (start < n) {
                newPage();
                fresh = true;
            }
        }
    }

    Canvas &m_c;
    const DocumentStyle &m_style;
    const TextShaper &m_shaper;
    Units m_u;
    double m_pageWidth;
    double m_top = 0, m_bottom = 0, m_y = 0;
    int m_page = 1;
};

QPageLayout pageLayoutOf(const Document &d)
{
    return QPageLayout(QPageSize(QPageSize::A4),
                       d.landscape ? QPageLayout::Landscape : QPageLayout::Portrait,
                       QMarginsF(0, 0, 0, 0), QPageLayout::Millimeter);
}

/// Lays every document out and draws it on \a canvas; returns the page count.
int layOut(const QList<Document> &docs, const DocumentStyle &style, Canvas &canvas,
           QList<char32_t> *missing = nullptr)
{
    const double dpi = canvas.dpi();
    const TextShaper shaper(reportFonts(style.fontFamily), dpi);
    int total = 0;
    for (qsizetype i = 0; i < docs.size(); ++i) {
        const Document &doc = docs[i];
        const QPageLayout layout = pageLayoutOf(doc);
        canvas.beginDocument(layout, i == 0);
        const QRectF page = layout.fullRectPixels(int(dpi));
        Builder b(style, shaper, dpi, page.width());
        QList<Flow> flows;
        Flow head;
        head.unsplittable = true;
        head.strips << b.headerAndTitle(doc);
        flows << head;
        for (const Block &blk : doc.body)
            flows << b.block(blk);
        flows << b.closing(doc.closing);
        if (!doc.annex.isEmpty()) {
            Flow brk;
            brk.breakBefore = true;
            flows << brk;
            for (const Block &blk : doc.annex)
                flows << b.block(blk);
        }
        Paginator pg(canvas, style, shaper, b.units(), page.width(), page.height());
        pg.run(flows);
        total += pg.pages();
    }
    if (missing) {
        *missing = shaper.missing().values();
        std::sort(missing->begin(), missing->end());
    }
    return total;
}

int paintOn(const QList<Document> &docs, const DocumentStyle &style, QPagedPaintDevice &device,
            QList<char32_t> *missing = nullptr)
{
    if (docs.isEmpty())
        return 0;
    device.setPageLayout(pageLayoutOf(docs.first()));
    QPainter p(&device);
    if (!p.isActive())
        return 0;
    PainterCanvas canvas(p, device);
    const int pages = layOut(docs, style, canvas, missing);
    p.end();
    return pages;
}

} // namespace

int PdfLayout::paint(const Document &doc, QPagedPaintDevice &device) const
{
    return paintOn({doc}, m_style, device);
}

int PdfLayout::paint(const QList<Document> &docs, QPagedPaintDevice &device) const
{
    return paintOn(docs, m_style, device);
}

QByteArray PdfLayout::renderPdf(const Document &doc, const PdfOptions &options,
                                Result *result) const
{
    return renderPdf(QList<Document>{doc}, options, result);
}

QByteArray PdfLayout::renderPdf(const QList<Document> &docs, const PdfOptions &options,
                                Result *result) const
{
    Result ignored;
    Result &r = result ? *result : ignored;
    if (docs.isEmpty())
        return {};
    const Document &doc = docs.first();
    const QString created = options.created.toString(Qt::ISODate);
    const auto esc = [](QString s) {
        return s.replace(QLatin1Char('&'), QStringLiteral("&amp;"))
            .replace(QLatin1Char('<'), QStringLiteral("&lt;"));
    };
    const QString xmp =
        QStringLiteral(
            "<?xpacket begin='' id='W5M0MpCehiHzreSzNTczkc9d'?>"
            "<x:xmpmeta xmlns:x='adobe:ns:meta/'><rdf:RDF "
            "xmlns:rdf='http://www.w3.org/1999/02/22-rdf-syntax-ns#'>"
            "<rdf:Description rdf:about='' xmlns:dc='http://purl.org/dc/elements/1.1/' "
            "xmlns:xmp='http://ns.adobe.com/xap/1.0/' "
            "xmlns:pdf='http://ns.adobe.com/pdf/1.3/'%5>"
            "<dc:title><rdf:Alt><rdf:li xml:lang='x-default'>%1</rdf:li></rdf:Alt></dc:title>"
            "<dc:creator><rdf:Seq><rdf:li>%2</rdf:li></rdf:Seq></dc:creator>"
            "<xmp:CreatorTool>%3</xmp:CreatorTool><xmp:CreateDate>%4</xmp:CreateDate>"
            "<pdf:Producer>%3</pdf:Producer>%6"
            "</rdf:Description></rdf:RDF></x:xmpmeta><?xpacket end='w'?>")
            .arg(esc(doc.title), esc(doc.author), esc(options.creator), created,
                 options.pdfA ? QStringLiteral(" xmlns:pdfaid='http://www.aiim.org/pdfa/ns/id/'")
                              : QString(),
                 options.pdfA ? QStringLiteral("<pdfaid:part>1</pdfaid:part><pdfaid:conformance>B</"
                                               "pdfaid:conformance>")
                              : QString());
    constexpr int dpi = 1200;

    if (!options.pdfA && !options.qtWriter) {
        // Our own writer: a fraction of QPdfWriter's time (see docs/performance.md). It
        // declines fonts it cannot embed (CFF outlines); Qt's writer then does the job.
        PdfCanvas canvas(dpi);
        r.pages = layOut(docs, m_style, canvas, &r.missing);
        if (canvas.writer().ok())
            return canvas.writer().finish(
                {doc.title, doc.author, options.creator, options.created, xmp.toUtf8()});
        r.unembeddableFamily = canvas.writer().unembeddableFamily();
    }

    // Qt's writer: PDF/A-1b (it embeds the sRGB output intent the standard asks for). It
    // needs Qt's GUI set-up, which sochibo-cli makes only for --pdfa.
    if (!qobject_cast<QGuiApplication *>(QCoreApplication::instance()))
        return {};
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    {
        QPdfWriter writer(&buffer);
        writer.setResolution(dpi);
        writer.setTitle(doc.title);
        writer.setCreator(options.creator);
        if (options.pdfA)
            writer.setPdfVersion(QPagedPaintDevice::PdfVersion_A1b);
        // The author has no field in QPdfWriter's info dictionary: carry it in XMP.
        writer.setDocumentXmpMetadata(xmp.toUtf8());
        r.pages = paintOn(docs, m_style, writer, &r.missing);
    }
    return bytes;
}

} // namespace sochibo::reports

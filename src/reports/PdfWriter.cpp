#include "PdfWriter.h"

#include "Fonts.h"
#include "TextShaper.h"
#include "TrueTypeFont.h"

#include <QCryptographicHash>
#include <cmath>

namespace sochibo::reports {

namespace {

constexpr int Catalog = 1, PageTree = 2, Resources = 3, InfoObject = 4;

QByteArray hex4(quint32 v)
{
    static const char digits[] = "0123456789ABCDEF";
    QByteArray s(4, '0');
    for (int i = 3; i >= 0; --i, v >>= 4)
        s[i] = digits[v & 0xf];
    return s;
}

/// A PDF text string: UTF-16BE with its byte-order mark, in hexadecimal.
QByteArray textString(const QString &s)
{
    QByteArray out = "<FEFF";
    for (const QChar c : s)
        out += hex4(c.unicode());
    return out + '>';
}

QByteArray pdfDate(const QDateTime &t)
{
    const int offset = t.offsetFromUtc() / 60;
    const char sign = offset < 0 ? '-' : '+';
    return "(D:" + t.toString(QStringLiteral("yyyyMMddHHmmss")).toLatin1() + sign +
           QByteArray::number(std::abs(offset) / 60).rightJustified(2, '0') + '\'' +
           QByteArray::number(std::abs(offset) % 60).rightJustified(2, '0') + "')";
}

QByteArray deflate(const QByteArray &data)
{
    return qCompress(data, 6).mid(4); // qCompress puts the length before the zlib stream
}

} // namespace

PdfWriter::PdfWriter(double dpi) : m_scale(72.0 / dpi)
{
    m_out = "%PDF-1.4\n%\xE2\xE3\xCF\xD3\n";
    m_out.reserve(64 * 1024);
    m_lastObject = InfoObject;
    m_offsets.resize(m_lastObject + 1, 0);
}

PdfWriter::~PdfWriter() = default;

QByteArray PdfWriter::number(double v) const
{
    if (std::abs(v) < 0.005)
        return QByteArrayLiteral("0");
    QByteArray s = QByteArray::number(v, 'f', 2);
    while (s.endsWith('0'))
        s.chop(1);
    if (s.endsWith('.'))
        s.chop(1);
    return s;
}

void PdfWriter::beginObject(int id)
{
    if (m_offsets.size() <= id)
        m_offsets.resize(id + 1, 0);
    m_offsets[id] = m_out.size();
    m_out += QByteArray::number(id) + " 0 obj\n";
}

void PdfWriter::stream(int id, const QByteArray &dictionary, const QByteArray &data, bool compress)
{
    const QByteArray body = compress ? deflate(data) : data;
    beginObject(id);
    m_out += "<<" + dictionary + (compress ? " /Filter /FlateDecode" : "") + " /Length " +
             QByteArray::number(body.size()) + ">>\nstream\n";
    m_out += body;
    m_out += "\nendstream\nendobj\n";
}

void PdfWriter::newPage(QSizeF sizePt)
{
    endPage();
    Page p;
    p.object = reserve();
    p.contents = reserve();
    p.size = sizePt;
    m_pages << p;
    m_lineWidth = -1;
    // Device units (top-left origin, y down) to PDF points (bottom-left origin, y up).
    m_content = "q " + number(m_scale) + " 0 0 " + number(-m_scale) + " 0 " +
                number(sizePt.height()) + " cm 2 J 0 j\n";
}

void PdfWriter::endPage()
{
    if (m_pages.isEmpty() || m_content.isEmpty())
        return;
    const Page &p = m_pages.last();
    m_content += "Q\n";
    stream(p.contents, {}, m_content, true);
    m_content.clear();
    beginObject(p.object);
    m_out += "<</Type /Page /Parent " + QByteArray::number(PageTree) + " 0 R /MediaBox [0 0 " +
             number(p.size.width()) + ' ' + number(p.size.height()) + "] /Resources " +
             QByteArray::number(Resources) + " 0 R /Contents " + QByteArray::number(p.contents) +
             " 0 R>>\nendobj\n";
}

void PdfWriter::glyphs(const GlyphRun &run, QPointF origin)
{
    const QList<quint32> &ids = run.glyphs;
    const QList<QPointF> &positions = run.positions;
    if (ids.isEmpty() || positions.size() != ids.size() || m_content.isEmpty() || !run.face)
        return;
    if (m_lastFont < 0 || run.face.get() != m_lastFace) { // runs mostly repeat the last face
        const auto &face = run.face->embedding();
        if (!face) {
            m_ok = false;
            m_unembeddable = run.face->family();
            return;
        }
        auto index = m_fontIndex.constFind(face.get());
        if (index == m_fontIndex.constEnd()) {
            Font f;
            f.face = face;
            f.resource = "F" + QByteArray::number(m_fonts.size() + 1);
            f.cids.insert(0, 0);
            m_fonts << f;
            index = m_fontIndex.insert(face.get(), int(m_fonts.size() - 1));
        }
        m_lastFace = run.face.get();
        m_lastFont = *index;
    }
    Font &font = m_fonts[m_lastFont];
    const TrueTypeFace *face = font.face.get();
    const double size = run.pixelSize;
    if (size <= 0)
        return;
    m_content += "BT /" + font.resource + ' ' + number(size) + " Tf\n";
    qsizetype i = 0;
    while (i < ids.size()) {
        // One TJ per stretch of glyphs on the same baseline; the gaps the layout chose
        // (kerning, justification) become TJ adjustments, tracked so rounding never drifts.
        const QPointF start = origin + positions[i];
        m_content += "1 0 0 -1 " + number(start.x()) + ' ' + number(start.y()) + " Tm [<";
        double pen = start.x();
        while (true) {
            const quint32 g = ids[i];
            auto cid = font.cids.constFind(g);
            if (cid == font.cids.constEnd()) {
                cid = font.cids.insert(g, quint16(font.glyphs.size()));
                font.glyphs << g;
            }
            m_content += hex4(*cid);
            pen += face->width(g) * size / 1000.0;
            if (++i == ids.size())
                break;
            const QPointF next = origin + positions[i];
            if (std::abs(next.y() - start.y()) > 0.01)
                break;
            const double adjust = std::round((pen - next.x()) * 10000.0 / size) / 10.0;
            if (std::abs(adjust) >= 0.5) {
                m_content += '>' + number(adjust) + '<';
                pen -= adjust * size / 1000.0;
            }
        }
        m_content += ">] TJ\n";
    }
    m_content += "ET\n";
}

void PdfWriter::setLineWidth(double width)
{
    if (width != m_lineWidth) {
        m_content += number(width) + " w\n";
        m_lineWidth = width;
    }
}

void PdfWriter::line(QPointF from, QPointF to, double width)
{
    if (m_content.isEmpty())
        return;
    setLineWidth(width);
    m_content += number(from.x()) + ' ' + number(from.y()) + " m " + number(to.x()) + ' ' +
                 number(to.y()) + " l S\n";
}

void PdfWriter::rect(const QRectF &r, double width)
{
    if (m_content.isEmpty())
        return;
    setLineWidth(width);
    m_content += number(r.x()) + ' ' + number(r.y()) + ' ' + number(r.width()) + ' ' +
                 number(r.height()) + " re S\n";
}

void PdfWriter::writeFont(const Font &font, int id)
{
    const TrueTypeFace &face = *font.face;
    const QList<quint32> &used = font.glyphs; // by number in the subset
    // A subset is named with six capital letters and "+" before the font's name.
    QByteArray tag(6, 'A');
    const QByteArray digest = QCryptographicHash::hash(
        QByteArray(reinterpret_cast<const char *>(used.constData()), used.size() * 4),
        QCryptographicHash::Md5);
    for (int k = 0; k < 6; ++k)
        tag[k] = char('A' + quint8(digest[k]) % 26);
    const QByteArray name = "/" + tag + '+' + face.postScriptName();

    const int cidFont = reserve(), descriptor = reserve(), file = reserve(), toUnicode = reserve();
    beginObject(id);
    m_out += "<</Type /Font /Subtype /Type0 /BaseFont " + name +
             " /Encoding /Identity-H /DescendantFonts [" + QByteArray::number(cidFont) +
             " 0 R] /ToUnicode " + QByteArray::number(toUnicode) + " 0 R>>\nendobj\n";

    QByteArray widths = "[0 [";
    for (const quint32 g : used)
        widths += QByteArray::number(face.width(g)) + ' ';
    widths += "]]";
    beginObject(cidFont);
    m_out += "<</Type /Font /Subtype /CIDFontType2 /BaseFont " + name +
             " /CIDSystemInfo <</Registry (Adobe) /Ordering (Identity) /Supplement 0>>"
             " /FontDescriptor " +
             QByteArray::number(descriptor) + " 0 R /CIDToGIDMap /Identity /DW 1000 /W " + widths +
             ">>\nendobj\n";

    int flags = 4 | 2; // symbolic, serif
    if (face.fixedPitch())
        flags |= 1;
    if (face.italicAngle() != 0)
        flags |= 64;
    const QRectF box = face.box();
    beginObject(descriptor);
    m_out += "<</Type /FontDescriptor /FontName " + name + " /Flags " + QByteArray::number(flags) +
             " /FontBBox [" + number(box.left()) + ' ' + number(box.top()) + ' ' +
             number(box.right()) + ' ' + number(box.bottom()) + "] /ItalicAngle " +
             number(face.italicAngle()) + " /Ascent " + QByteArray::number(face.ascent()) +
             " /Descent " + QByteArray::number(face.descent()) + " /CapHeight " +
             QByteArray::number(face.capHeight()) + " /StemV 80 /FontFile2 " +
             QByteArray::number(file) + " 0 R>>\nendobj\n";

    QList<quint32> outlines = used;
    const QByteArray program = face.subset(outlines);
    stream(file, " /Length1 " + QByteArray::number(program.size()), program, true);

    QByteArray cmap = "/CIDInit /ProcSet findresource begin\n12 dict begin\nbegincmap\n"
                      "/CIDSystemInfo <</Registry (Adobe) /Ordering (UCS) /Supplement 0>> def\n"
                      "/CMapName /Adobe-Identity-UCS def\n/CMapType 2 def\n"
                      "1 begincodespacerange\n<0000> <FFFF>\nendcodespacerange\n";
    QList<std::pair<quint32, char32_t>> pairs;
    for (qsizetype cid = 1; cid < used.size(); ++cid) {
        if (const char32_t c = face.character(used[cid]))
            pairs.append({quint32(cid), c});
    }
    for (qsizetype k = 0; k < pairs.size(); k += 100) {
        const qsizetype n = std::min<qsizetype>(100, pairs.size() - k);
        cmap += QByteArray::number(n) + " beginbfchar\n";
        for (qsizetype j = k; j < k + n; ++j) {
            const char32_t c = pairs[j].second;
            QByteArray utf16;
            if (c > 0xffff)
                utf16 =
                    hex4(0xd800 + ((c - 0x10000) >> 10)) + hex4(0xdc00 + ((c - 0x10000) & 0x3ff));
            else
                utf16 = hex4(c);
            cmap += '<' + hex4(pairs[j].first) + "> <" + utf16 + ">\n";
        }
        cmap += "endbfchar\n";
    }
    cmap += "endcmap\nCMapName currentdict /CMap defineresource pop\nend\nend\n";
    stream(toUnicode, {}, cmap, true);
}

QByteArray PdfWriter::finish(const Info &info)
{
    endPage();
    QByteArray fonts;
    for (const Font &f : m_fonts) {
        const int id = reserve();
        writeFont(f, id);
        fonts += '/' + f.resource + ' ' + QByteArray::number(id) + " 0 R ";
    }
    beginObject(Resources);
    m_out += "<</Font <<" + fonts + ">> /ProcSet [/PDF /Text]>>\nendobj\n";

    QByteArray kids;
    for (const Page &p : m_pages)
        kids += QByteArray::number(p.object) + " 0 R ";
    beginObject(PageTree);
    m_out += "<</Type /Pages /Kids [" + kids + "] /Count " + QByteArray::number(m_pages.size()) +
             ">>\nendobj\n";

    beginObject(InfoObject);
    m_out += "<</Title " + textString(info.title) + " /Author " + textString(info.author) +
             " /Creator " + textString(info.creator) + " /Producer " + textString(info.creator) +
             " /CreationDate " + pdfDate(info.created) + ">>\nendobj\n";

    QByteArray metadata;
    if (!info.xmp.isEmpty()) {
        const int id = reserve();
        stream(id, " /Type /Metadata /Subtype /XML", info.xmp, false);
        metadata = " /Metadata " + QByteArray::number(id) + " 0 R";
    }
    beginObject(Catalog);
    m_out += "<</Type /Catalog /Pages " + QByteArray::number(PageTree) + " 0 R" + metadata +
             ">>\nendobj\n";

    const qsizetype xref = m_out.size();
    m_out += "xref\n0 " + QByteArray::number(m_lastObject + 1) + "\n0000000000 65535 f \n";
    m_offsets.resize(m_lastObject + 1, 0);
    for (int id = 1; id <= m_lastObject; ++id)
        m_out += QByteArray::number(m_offsets[id]).rightJustified(10, '0') + " 00000 n \n";
    const QByteArray fileId =
        QCryptographicHash::hash(m_out.left(4096) + info.title.toUtf8() +
                                     info.created.toString(Qt::ISODateWithMs).toUtf8(),
                                 QCryptographicHash::Md5)
            .toHex();
    m_out += "trailer\n<</Size " + QByteArray::number(m_lastObject + 1) + " /Root " +
             QByteArray::number(Catalog) + " 0 R /Info " + QByteArray::number(InfoObject) +
             " 0 R /ID [<" + fileId + "> <" + fileId + ">]>>\nstartxref\n" +
             QByteArray::number(xref) + "\n%%EOF\n";
    return std::move(m_out);
}

} // namespace sochibo::reports

#include "TrueTypeFont.h"

#include <QtEndian>
#include <algorithm>

namespace sochibo::reports {

namespace {

/// Big-endian reads that answer 0 outside the table instead of reading past it.
struct Table
{
    const QByteArray &bytes;
    bool has(qsizetype at, qsizetype n) const { return at >= 0 && at + n <= bytes.size(); }
    quint8 byte(qsizetype at) const { return quint8(bytes.at(at)); }
    quint16 u16(qsizetype at) const
    {
        return has(at, 2) ? quint16(byte(at) << 8 | byte(at + 1)) : 0;
    }
    qint16 i16(qsizetype at) const { return qint16(u16(at)); }
    quint32 u32(qsizetype at) const
    {
        return has(at, 4) ? quint32(u16(at)) << 16 | u16(at + 2) : 0;
    }
};

void put16(QByteArray &out, quint16 v)
{
    out.append(char(v >> 8)).append(char(v & 0xff));
}

void put32(QByteArray &out, quint32 v)
{
    put16(out, quint16(v >> 16));
    put16(out, quint16(v & 0xffff));
}

void set32(QByteArray &out, qsizetype at, quint32 v)
{
    qToBigEndian<quint32>(v, out.data() + at);
}

quint32 checksum(const QByteArray &data)
{
    quint32 sum = 0;
    const qsizetype whole = data.size() / 4 * 4;
    for (qsizetype i = 0; i < whole; i += 4)
        sum += qFromBigEndian<quint32>(data.constData() + i);
    if (whole < data.size()) {
        quint32 last = 0;
        for (qsizetype i = whole; i < data.size(); ++i)
            last |= quint32(quint8(data[i])) << (8 * (3 - (i - whole)));
        sum += last;
    }
    return sum;
}

/// glyph → lowest character, from the best Unicode subtable of cmap.
QList<char32_t> reverseCmap(const QByteArray &cmap, int glyphCount)
{
    QList<char32_t> chars(glyphCount, 0);
    const Table t{cmap};
    const auto map = [&](char32_t c, quint32 g) {
        if (c != 0 && g != 0 && g < quint32(glyphCount) && (chars[g] == 0 || c < chars[g]))
            chars[g] = c;
    };
    qsizetype format4 = -1, format12 = -1;
    const int n = t.u16(2);
    for (int i = 0; i < n; ++i) {
        const quint16 platform = t.u16(4 + i * 8), encoding = t.u16(6 + i * 8);
        const qsizetype at = t.u32(8 + i * 8);
        const bool unicode = platform == 0 || (platform == 3 && (encoding == 1 || encoding == 10));
        if (!unicode || !t.has(at, 4))
            continue;
        if (t.u16(at) == 12 && format12 < 0)
            format12 = at;
        else if (t.u16(at) == 4 && format4 < 0)
            format4 = at;
    }
    if (format12 >= 0) {
        const quint32 groups = t.u32(format12 + 12);
        for (quint32 i = 0; i < groups && t.has(format12 + 16 + qsizetype(i) * 12, 12); ++i) {
            const qsizetype g = format12 + 16 + qsizetype(i) * 12;
            const quint32 first = t.u32(g), last = std::min<quint32>(t.u32(g + 4), 0x10ffff);
            const quint32 glyph = t.u32(g + 8);
            for (quint32 c = first; c <= last && glyph + (c - first) < quint32(glyphCount); ++c)
                map(c, glyph + (c - first));
        }
    } else if (format4 >= 0) {
        const int segments = t.u16(format4 + 6) / 2;
        const qsizetype ends = format4 + 14, starts = ends + 2 * segments + 2;
        const qsizetype deltas = starts + 2 * segments, offsets = deltas + 2 * segments;
        for (int s = 0; s < segments; ++s) {
            const quint32 end = t.u16(ends + 2 * s), start = t.u16(starts + 2 * s);
            const quint16 delta = t.u16(deltas + 2 * s);
            const quint16 rangeOffset = t.u16(offsets + 2 * s);
            for (quint32 c = start; c <= end && c != 0xffff; ++c) {
                quint32 g = 0;
                if (rangeOffset == 0) {
                    g = quint16(c + delta);
                } else {
                    g = t.u16(offsets + 2 * s + rangeOffset + 2 * (c - start));
                    if (g != 0)
                        g = quint16(g + delta);
                }
                map(c, g);
            }
        }
    }
    return chars;
}

} // namespace

std::shared_ptr<const TrueTypeFace>
TrueTypeFace::fromTables(const QHash<QByteArray, QByteArray> &tables,
                         const QByteArray &postScriptName)
{
    for (const char *needed : {"head", "hhea", "maxp", "loca", "hmtx"}) {
        if (tables.value(needed).isEmpty())
            return nullptr;
    }
    if (!tables.contains("glyf")) // CFF outlines; an empty glyf (only blank glyphs) is fine
        return nullptr;
    auto face = std::shared_ptr<TrueTypeFace>(new TrueTypeFace);
    face->m_tables = tables;
    face->m_name = postScriptName;
    const Table head{face->m_tables["head"]}, hhea{face->m_tables["hhea"]};
    const Table maxp{face->m_tables["maxp"]}, loca{face->m_tables["loca"]};
    const Table hmtx{face->m_tables["hmtx"]};
    if (!head.has(0, 54) || !hhea.has(0, 36) || !maxp.has(0, 6))
        return nullptr;
    face->m_glyphCount = maxp.u16(4);
    face->m_unitsPerEm = head.u16(18);
    if (face->m_glyphCount == 0 || face->m_unitsPerEm < 16)
        return nullptr;
    const bool longLoca = head.i16(50) == 1;
    const int n = face->m_glyphCount;
    if (!loca.has(0, qsizetype(n + 1) * (longLoca ? 4 : 2)))
        return nullptr;
    face->m_glyf = face->m_tables["glyf"];
    const qsizetype glyfSize = face->m_glyf.size();
    face->m_loca.reserve(n + 1);
    for (int i = 0; i <= n; ++i) {
        const quint32 at = longLoca ? loca.u32(4 * i) : quint32(loca.u16(2 * i)) * 2;
        if (at > glyfSize || (i > 0 && at < face->m_loca.last()))
            return nullptr;
        face->m_loca << at;
    }
    const int metrics = hhea.u16(34);
    if (metrics == 0 || !hmtx.has(0, qsizetype(metrics) * 4))
        return nullptr;
    face->m_advances.reserve(n);
    for (int i = 0; i < n; ++i)
        face->m_advances << hmtx.u16(4 * std::min(i, metrics - 1));

    const auto em = [&](double units) {
        return units * 1000.0 / face->m_unitsPerEm;
    };
    face->m_box = QRectF(QPointF(em(head.i16(36)), em(head.i16(38))),
                         QPointF(em(head.i16(40)), em(head.i16(42))));
    face->m_ascent = int(em(hhea.i16(4)));
    face->m_descent = int(em(hhea.i16(6)));
    const Table os2{face->m_tables["OS/2"]};
    face->m_capHeight = os2.u16(0) >= 2 && os2.has(88, 2) ? int(em(os2.i16(88))) : face->m_ascent;
    const Table post{face->m_tables["post"]};
    if (post.has(0, 16)) {
        face->m_italicAngle = qint32(post.u32(4)) / 65536.0;
        face->m_fixedPitch = post.u32(12) != 0;
    }
    face->m_characters = reverseCmap(face->m_tables.value("cmap"), n);
    return face;
}

QHash<QByteArray, QByteArray> TrueTypeFace::tablesOf(const QByteArray &file, int index)
{
    QHash<QByteArray, QByteArray> tables;
    const Table t{file};
    qsizetype directory = 0;
    if (t.u32(0) == 0x74746366) { // "ttcf": a collection, one directory per face
        if (index < 0 || quint32(index) >= t.u32(8))
            return tables;
        directory = t.u32(12 + 4 * qsizetype(index));
    } else if (index != 0) {
        return tables;
    }
    const int count = t.u16(directory + 4);
    for (int i = 0; i < count && t.has(directory + 12 + 16 * qsizetype(i), 16); ++i) {
        const qsizetype record = directory + 12 + 16 * qsizetype(i);
        const qsizetype offset = t.u32(record + 8), length = t.u32(record + 12);
        if (offset <= file.size() && length <= file.size() - offset)
            tables.insert(file.mid(record, 4), file.mid(offset, length));
    }
    return tables;
}

int TrueTypeFace::width(quint32 glyph) const
{
    if (glyph >= quint32(m_glyphCount))
        return 0;
    return int(std::lround(m_advances[glyph] * 1000.0 / m_unitsPerEm));
}

char32_t TrueTypeFace::character(quint32 glyph) const
{
    return glyph < quint32(m_characters.size()) ? m_characters[glyph] : 0;
}

QByteArray TrueTypeFace::glyphData(quint32 glyph) const
{
    if (glyph >= quint32(m_glyphCount))
        return {};
    return m_glyf.mid(m_loca[glyph], m_loca[glyph + 1] - m_loca[glyph]);
}

QByteArray TrueTypeFace::subset(QList<quint32> &glyphs) const
{
    // New numbers in the order given; the parts composite glyphs (accented letters) are built
    // from follow, and the composites are patched to name them by their new numbers.
    QHash<quint32, quint32> renumber;
    for (qsizetype i = 0; i < glyphs.size(); ++i)
        renumber.insert(glyphs[i], quint32(i));
    QList<QByteArray> outlines;
    for (qsizetype i = 0; i < glyphs.size(); ++i) {
        QByteArray data = glyphData(glyphs[i]);
        const Table t{data};
        if (t.has(0, 10) && t.i16(0) < 0) {
            qsizetype at = 10;
            while (t.has(at, 4)) {
                const quint16 flags = t.u16(at);
                const quint32 part = t.u16(at + 2);
                auto found = renumber.constFind(part);
                if (found == renumber.constEnd()) {
                    found = renumber.insert(part, quint32(glyphs.size()));
                    glyphs << part;
                }
                data[at + 2] = char(*found >> 8);
                data[at + 3] = char(*found & 0xff);
                at += 4 + ((flags & 0x0001) ? 4 : 2);
                if (flags & 0x0008)
                    at += 2;
                else if (flags & 0x0040)
                    at += 4;
                else if (flags & 0x0080)
                    at += 8;
                if (!(flags & 0x0020))
                    break;
            }
        }
        outlines << data;
    }
    const int count = int(glyphs.size());
    QByteArray glyf, loca, hmtx;
    loca.reserve((count + 1) * 4);
    hmtx.reserve(count * 4);
    const Table metrics{m_tables["hmtx"]};
    const int longMetrics = Table{m_tables["hhea"]}.u16(34);
    for (int i = 0; i < count; ++i) {
        put32(loca, quint32(glyf.size()));
        glyf.append(outlines[i]);
        while (glyf.size() % 4)
            glyf.append('\0');
        const int g = int(glyphs[i]);
        put16(hmtx, g < m_glyphCount ? m_advances[g] : 0);
        put16(hmtx, g < longMetrics ? metrics.u16(4 * g + 2)
                                    : metrics.u16(4 * longMetrics + 2 * (g - longMetrics)));
    }
    put32(loca, quint32(glyf.size()));
    QByteArray hhea = m_tables["hhea"], maxp = m_tables["maxp"];
    hhea[34] = char(count >> 8), hhea[35] = char(count & 0xff);
    maxp[4] = char(count >> 8), maxp[5] = char(count & 0xff);

    QByteArray head = m_tables["head"];
    head[50] = 0, head[51] = 1; // long loca offsets
    QByteArray post = m_tables.value("post").left(32);
    if (post.size() == 32)
        set32(post, 0, 0x00030000); // version 3: no glyph names to carry
    // No cmap: it names the old numbers, and the PDF addresses glyphs by number.
    QList<std::pair<QByteArray, QByteArray>> out = {{"glyf", glyf}, {"head", head}, {"hhea", hhea},
                                                    {"hmtx", hmtx}, {"loca", loca}, {"maxp", maxp}};
    for (const char *tag : {"OS/2", "cvt ", "fpgm", "name", "prep"}) {
        if (m_tables.contains(tag))
            out.append({tag, m_tables[tag]});
    }
    if (post.size() == 32)
        out.append({"post", post});
    return sfntFile(out);
}

QByteArray TrueTypeFace::sfntFile(QList<std::pair<QByteArray, QByteArray>> out)
{
    std::sort(out.begin(), out.end(),
              [](const auto &a, const auto &b) { return a.first < b.first; });
    for (auto &[tag, data] : out) {
        if (tag == "head" && data.size() >= 12)
            set32(data, 8, 0); // checkSumAdjustment, set below
    }
    const int tables = int(out.size());
    int power = 1, log = 0;
    while (power * 2 <= tables)
        power *= 2, ++log;
    const bool cff = std::any_of(out.cbegin(), out.cend(),
                                 [](const auto &t) { return t.first.startsWith("CFF"); });
    QByteArray font;
    put32(font, cff ? 0x4F54544F /* OTTO */ : 0x00010000);
    put16(font, quint16(tables));
    put16(font, quint16(power * 16));
    put16(font, quint16(log));
    put16(font, quint16(tables * 16 - power * 16));
    qsizetype offset = 12 + 16 * tables;
    qsizetype headAt = 0;
    for (const auto &[tag, data] : out) {
        font.append(tag.leftJustified(4, ' ', true));
        put32(font, checksum(data));
        put32(font, quint32(offset));
        put32(font, quint32(data.size()));
        if (tag == "head")
            headAt = offset;
        offset += (data.size() + 3) / 4 * 4;
    }
    for (const auto &[tag, data] : out) {
        font.append(data);
        while (font.size() % 4)
            font.append('\0');
    }
    if (headAt > 0 && font.size() >= headAt + 12)
        set32(font, headAt + 8, 0xB1B0AFBA - checksum(font));
    return font;
}

} // namespace sochibo::reports

// libFuzzer target: the TrueType reader and subsetter of our PDF writer (src/reports) on any
// bytes taken as a font file. A font the user picks for reports (Times New Roman, say) comes
// from the system and may be damaged; reading it must refuse or succeed, never crash, and a
// subset it makes must read back with the glyphs it was asked for.
#include "reports/TrueTypeFont.h"

#include <QHash>
#include <QtEndian>

#include <cstddef>
#include <cstdint>
#include <cstdlib>

using sochibo::reports::TrueTypeFace;

namespace {

/// The tables of an sfnt file; what lies outside the file is left out.
QHash<QByteArray, QByteArray> tablesOf(const QByteArray &font)
{
    QHash<QByteArray, QByteArray> tables;
    if (font.size() < 12)
        return tables;
    const auto u16 = [&](qsizetype at) {
        return qFromBigEndian<quint16>(reinterpret_cast<const uchar *>(font.constData() + at));
    };
    const auto u32 = [&](qsizetype at) {
        return qFromBigEndian<quint32>(reinterpret_cast<const uchar *>(font.constData() + at));
    };
    const int count = u16(4);
    for (int i = 0; i < count && 12 + 16 * (i + 1) <= font.size(); ++i) {
        const qsizetype record = 12 + 16 * i;
        const qsizetype offset = u32(record + 8), length = u32(record + 12);
        if (offset <= font.size() && length <= font.size() - offset)
            tables.insert(font.mid(record, 4), font.mid(offset, length));
    }
    return tables;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    const auto face = TrueTypeFace::fromTables(tablesOf(bytes), "Fuzz");
    if (!face)
        return 0;
    // Some glyphs, chosen by the input's last bytes, beyond the font's end too.
    QList<quint32> glyphs{0};
    for (qsizetype i = std::max<qsizetype>(0, bytes.size() - 16); i + 1 < bytes.size(); i += 2)
        glyphs << (quint8(bytes[i]) << 8 | quint8(bytes[i + 1]));
    for (const quint32 g : glyphs) { // read within the tables or answer 0
        (void)face->width(g);
        (void)face->character(g);
    }
    QList<quint32> outlines = glyphs;
    const QByteArray subset = face->subset(outlines);
    if (outlines.size() < glyphs.size() || outlines.mid(0, glyphs.size()) != glyphs)
        abort(); // the glyphs asked for keep their numbers 0, 1, 2 …
    const auto again = TrueTypeFace::fromTables(tablesOf(subset), "Fuzz");
    if (!again || again->glyphCount() != outlines.size())
        abort(); // a subset is a font of exactly those glyphs
    return 0;
}

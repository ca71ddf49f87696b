// libFuzzer target: the font reading of the report layout (src/reports) on any bytes taken as
// a font file: FontFace and the text shaper, the TrueType reader and subsetter of our PDF
// writer. A font the user picks for reports (Times New Roman, say) comes from the system and
// may be damaged; reading it must refuse or succeed, never crash; text shaped with it must
// come out as lines covering the whole text; a subset must read back with the glyphs it was
// asked for.
#include "reports/Fonts.h"
#include "reports/TextShaper.h"
#include "reports/TrueTypeFont.h"

#include <cstddef>
#include <cstdint>
#include <cstdlib>

using namespace sochibo::reports;

namespace {

void shape(const QByteArray &bytes)
{
    const auto face = FontFace::fromData(bytes);
    if (!face)
        return;
    auto set = std::make_shared<FontSet>();
    for (auto &f : set->faces)
        f = face;
    const TextShaper shaper(set, 1200);
    const QString text = QStringLiteral("Đặng Thị Ngọc Ánh, “Kế hoạch” số 07-KH/CB\nngày 21/11");
    int covered = 0;
    for (const TextLine &line :
         shaper.layout({Run{text, false, false, false}}, 14, 900, 100, Qt::AlignJustify)) {
        if (line.start != covered || line.length < 0)
            abort(); // every character on one line, in order
        covered += line.length;
        for (const GlyphRun &run : line.runs) {
            if (run.glyphs.size() != run.positions.size())
                abort();
        }
    }
    if (covered != text.size())
        abort();
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    shape(bytes);
    const auto face = TrueTypeFace::fromTables(TrueTypeFace::tablesOf(bytes), "Fuzz");
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
    const auto again = TrueTypeFace::fromTables(TrueTypeFace::tablesOf(subset), "Fuzz");
    if (!again || again->glyphCount() != outlines.size())
        abort(); // a subset is a font of exactly those glyphs
    return 0;
}

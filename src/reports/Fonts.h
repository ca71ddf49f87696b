#pragma once
#include <QByteArray>
#include <QString>
#include <memory>

class QRawFont;
struct hb_font_t;

namespace sochibo::reports {

class TrueTypeFace;

/// One face of a font file, read by the program itself: HarfBuzz shapes text with it and
/// TrueTypeFace embeds it in our PDFs. Needs no QGuiApplication and no font database, so
/// that sochibo-cli can lay a report out without Qt's GUI set-up (docs/performance.md).
class FontFace
{
public:
    /// Face \a index of a font file (.ttf, .otf or a .ttc collection); null when the bytes
    /// are no usable font.
    static std::shared_ptr<const FontFace> fromData(const QByteArray &file, int index = 0);
    ~FontFace();
    FontFace(const FontFace &) = delete;
    FontFace &operator=(const FontFace &) = delete;

    QString family() const { return m_family; }
    bool bold() const { return m_bold; }
    bool italic() const { return m_italic; }
    int unitsPerEm() const { return m_unitsPerEm; }
    /// Ascent and descent (both positive) in font units, as HarfBuzz reads them.
    int ascent() const { return m_ascent; }
    int descent() const { return m_descent; }
    /// HarfBuzz's font at a scale of one font unit; immutable, usable from any thread.
    hb_font_t *harfBuzz() const { return m_font; }
    /// The face as a font file of its own (the collection's face taken out).
    QByteArray fontFile() const { return m_file; }
    /// The head table: it tells two versions of a face apart.
    QByteArray headTable() const { return m_head; }
    /// What our PDF writer embeds; null for CFF outlines (the Qt writer takes over).
    const std::shared_ptr<const TrueTypeFace> &embedding() const { return m_embedding; }

private:
    FontFace() = default;
    QByteArray m_file, m_head;
    QString m_family;
    bool m_bold = false, m_italic = false;
    int m_unitsPerEm = 1000, m_ascent = 0, m_descent = 0;
    hb_font_t *m_font = nullptr;
    std::shared_ptr<const TrueTypeFace> m_embedding;
};

/// The four faces of one family; a face the family lacks is its regular one.
struct FontSet
{
    std::shared_ptr<const FontFace> faces[4]; ///< regular, bold, italic, bold italic
    const std::shared_ptr<const FontFace> &face(bool bold, bool italic) const
    {
        return faces[(bold ? 1 : 0) + (italic ? 2 : 0)];
    }
    QString family() const { return faces[0] ? faces[0]->family() : QString(); }
};

/// The report fonts: \a preferred when it is installed (found through fontconfig), else the
/// bundled SoChiBo Serif. Loaded once per process and family; thread-safe.
std::shared_ptr<const FontSet> reportFonts(const QString &preferred = {});
/// An installed face that has \a c, closest to the style (fontconfig, serif preferred), for
/// the characters the report font lacks; null when no installed font has it. Cached.
std::shared_ptr<const FontFace> fallbackFace(char32_t c, bool bold, bool italic);
/// The family reportFonts(\a preferred) gives.
QString reportFontFamily(const QString &preferred = {});
/// Qt's face for \a face at \a pixelSize, for drawing with QPainter (needs a QGuiApplication;
/// the bundled fonts are registered with Qt's font database on first use). Found by family
/// and style, so that Qt's PDF writer embeds it as a font; if Qt finds another version of
/// the face, it is loaded from the face's bytes instead (Qt 6.4 then draws it as outlines).
QRawFont qtRawFont(const FontFace &face, double pixelSize);

} // namespace sochibo::reports

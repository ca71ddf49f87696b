#pragma once
#include <QByteArray>
#include <QHash>
#include <QList>
#include <QRectF>
#include <memory>

namespace sochibo::reports {

/// One face of a TrueType (glyf-outline) font read from its tables, with what a PDF needs to
/// embed it: widths, the glyph-to-character map for text extraction, and a subset that keeps
/// only the outlines a document uses.
///
/// Each face is parsed once per process (FontFace holds it). A font with CFF outlines or
/// damaged tables gives no face; the caller then falls back to Qt's writer.
class TrueTypeFace
{
public:
    /// The tables (tag → bytes) of face \a index of a font file or collection (.ttc);
    /// tables that lie outside the file are left out, a file that is no font gives none.
    static QHash<QByteArray, QByteArray> tablesOf(const QByteArray &file, int index = 0);
    /// Parses a face from its tables (tag → bytes); null when a needed table is missing or
    /// inconsistent. Public for tests.
    static std::shared_ptr<const TrueTypeFace> fromTables(const QHash<QByteArray, QByteArray> &t,
                                                          const QByteArray &postScriptName);

    QByteArray postScriptName() const { return m_name; }
    int glyphCount() const { return m_glyphCount; }
    /// Advance width in thousandths of the em, as PDF widths are given.
    int width(quint32 glyph) const;
    /// The lowest character the cmap maps to \a glyph, 0 when none does.
    char32_t character(quint32 glyph) const;
    /// Font box, ascent, descent and cap height in thousandths of the em.
    QRectF box() const { return m_box; }
    int ascent() const { return m_ascent; }
    int descent() const { return m_descent; }
    int capHeight() const { return m_capHeight; }
    double italicAngle() const { return m_italicAngle; }
    bool fixedPitch() const { return m_fixedPitch; }
    /// A complete TrueType program with only \a glyphs, numbered 0, 1, 2… in the order given
    /// (the first should be 0, .notdef). The parts that composite glyphs among them are built
    /// from are appended to \a glyphs with the numbers after.
    QByteArray subset(QList<quint32> &glyphs) const;
    /// A font file of the given tables (tag → bytes), its checksums set.
    static QByteArray sfntFile(QList<std::pair<QByteArray, QByteArray>> tables);

private:
    QByteArray glyphData(quint32 glyph) const;

    QHash<QByteArray, QByteArray> m_tables;
    QByteArray m_glyf;
    QList<quint32> m_loca; ///< glyphCount + 1 offsets into glyf
    QList<quint16> m_advances;
    QList<char32_t> m_characters;
    QByteArray m_name;
    int m_glyphCount = 0;
    int m_unitsPerEm = 1000;
    QRectF m_box;
    int m_ascent = 0, m_descent = 0, m_capHeight = 0;
    double m_italicAngle = 0;
    bool m_fixedPitch = false;
};

} // namespace sochibo::reports

#pragma once
#include "DocumentModel.h"
#include "Fonts.h"

#include <QList>
#include <QPointF>
#include <QSet>
#include <QString>
#include <Qt>
#include <memory>

namespace sochibo::reports {

/// Glyphs of one face at one size, placed relative to their line's origin on its baseline.
struct GlyphRun
{
    std::shared_ptr<const FontFace> face;
    double pixelSize = 0;
    QList<quint32> glyphs;
    QList<QPointF> positions;
};

/// One laid-out line of a paragraph. x values include the first-line indent and the
/// alignment, measured from the left edge of the paragraph's box.
struct TextLine
{
    int start = 0, length = 0; ///< the characters of the paragraph's text on this line
    double width = 0;          ///< natural width, spaces at the end left out
    double ascent = 0, descent = 0;
    QList<GlyphRun> runs;
    QList<double> carets; ///< x before each character start … start + length
    double height() const { return ascent + descent; }
    /// The x of the caret before character \a offset of the paragraph.
    double cursorToX(int offset) const;
};

/// Shapes and breaks text for the report layout, with HarfBuzz (kerning and Vietnamese marks)
/// and ICU's line breaking, in device units of \a dpi. Lines are filled greedily and broken
/// where Unicode allows; a word longer than the line is broken between letters; justified
/// lines widen their spaces, except the last line of a paragraph and one ending in a line
/// break. Ligatures stay off so every glyph extracts as its own letters. A character the
/// report font lacks is drawn with an installed font that has it (fallbackFace).
class TextShaper
{
public:
    TextShaper(std::shared_ptr<const FontSet> fonts, double dpi);

    /// The lines of \a runs (their bold and italic; underline is the caller's) in \a width.
    /// A word too long for a line runs up to \a overrun past its end before it is broken
    /// (a date in a narrow table column may use the cell's padding).
    QList<TextLine> layout(const QList<Run> &runs, double pointSize, double width,
                           double firstIndent = 0, Qt::Alignment align = Qt::AlignLeft,
                           double overrun = 0) const;
    /// \a text on one line, never wrapped.
    TextLine line(const QString &text, double pointSize, bool bold = false,
                  bool italic = false) const;
    double ascent(double pointSize, bool bold = false, bool italic = false) const;
    double descent(double pointSize, bool bold = false, bool italic = false) const;
    /// The characters laid out so far that no font here has (drawn as the font's empty box).
    const QSet<char32_t> &missing() const { return m_missing; }

private:
    std::shared_ptr<const FontSet> m_fonts;
    double m_dpi;
    mutable QSet<char32_t> m_missing;
};

} // namespace sochibo::reports

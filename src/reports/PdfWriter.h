#pragma once
#include <QByteArray>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QPointF>
#include <QRectF>
#include <QSizeF>
#include <memory>

namespace sochibo::reports {

class FontFace;
struct GlyphRun;
class TrueTypeFace;

/// A small PDF 1.4 writer for what the report layout draws: positioned glyph runs in TrueType
/// faces, lines and rectangles, on pages of any size.
///
/// Why not QPdfWriter: Qt 6.4 spends most of a report's time embedding fonts (QFontSubset
/// looks up all 65 536 BMP code points in every face of every document). Here each face is
/// parsed once per process (TrueTypeFace), glyphs are numbered in the subset in the order the
/// document first uses them, the text is written as those numbers (Identity-H), and a
/// ToUnicode map from the face's own cmap lets the text be searched and copied.
///
/// Coordinates are device units at \a dpi with the origin at the top left of the page, as
/// QPainter's; ok() is false once a glyph run used a face that cannot be embedded here (CFF
/// outlines), and the caller then renders with Qt's writer instead.
class PdfWriter
{
public:
    struct Info
    {
        QString title, author, creator;
        QDateTime created;
        QByteArray xmp; ///< XMP metadata packet; empty for none
    };

    explicit PdfWriter(double dpi);
    ~PdfWriter();

    /// Starts a page of \a sizePt points (ends the previous one).
    void newPage(QSizeF sizePt);
    /// \a run with its positions taken from \a origin.
    void glyphs(const GlyphRun &run, QPointF origin);
    void line(QPointF from, QPointF to, double width);
    void rect(const QRectF &r, double width);

    bool ok() const { return m_ok; }
    /// The family of the face that made ok() false.
    QString unembeddableFamily() const { return m_unembeddable; }
    int pageCount() const { return int(m_pages.size()); }
    /// The finished file.
    QByteArray finish(const Info &info);

private:
    struct Font
    {
        std::shared_ptr<const TrueTypeFace> face;
        QByteArray resource;          ///< "F1"
        QHash<quint32, quint16> cids; ///< glyph → number in the subset, by first use
        QList<quint32> glyphs{0};     ///< number in the subset → glyph; 0 is .notdef
    };
    struct Page
    {
        int object = 0;
        int contents = 0;
        QSizeF size;
    };

    int reserve() { return ++m_lastObject; }
    void beginObject(int id);
    void stream(int id, const QByteArray &dictionary, const QByteArray &data, bool compress);
    void endPage();
    void setLineWidth(double width);
    void writeFont(const Font &font, int id);
    QByteArray number(double v) const;

    double m_scale;             ///< device unit → point
    QByteArray m_out;           ///< the file so far
    QByteArray m_content;       ///< the current page's content stream
    QList<qsizetype> m_offsets; ///< by object number
    QList<Page> m_pages;
    QList<Font> m_fonts;
    QHash<const TrueTypeFace *, int> m_fontIndex;
    const FontFace *m_lastFace = nullptr; ///< the face of the last glyph run …
    int m_lastFont = -1;                  ///< … and its index in m_fonts
    int m_lastObject = 0;
    double m_lineWidth = -1;
    bool m_ok = true;
    QString m_unembeddable;
};

} // namespace sochibo::reports

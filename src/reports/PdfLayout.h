#pragma once
#include "DocumentModel.h"
#include "DocumentStyle.h"

#include <QByteArray>
#include <QDateTime>

class QPagedPaintDevice;

namespace sochibo::reports {

struct PdfOptions
{
    bool pdfA = false;     ///< PDF/A-1b (always through Qt's writer)
    bool qtWriter = false; ///< Qt's QPdfWriter instead of our own (comparison, benchmark)
    QString creator;       ///< "Sổ chi bộ 0.1.0"
    QDateTime created = QDateTime::currentDateTime();
};

/// Lays a Document out on A4 pages exactly as the style says (text by TextShaper):
/// justified paragraphs, exact line spacing, headings kept with what follows, no lone line
/// of a paragraph at the top or bottom of a page, tables split between rows with the header
/// repeated, the closing band never split, page numbers from page 2.
class PdfLayout
{
public:
    explicit PdfLayout(DocumentStyle style) : m_style(std::move(style)) {}
    /// What a rendering found besides the bytes.
    struct Result
    {
        int pages = 0;
        QString unembeddableFamily; ///< a face our writer cannot embed (CFF outlines)
        QList<char32_t> missing;    ///< characters no installed font has, in text order
    };
    /// The PDF bytes. Empty when the document needs Qt's writer (PDF/A, a font with CFF
    /// outlines) and the process has no QGuiApplication.
    QByteArray renderPdf(const Document &doc, const PdfOptions &options = {},
                         Result *result = nullptr) const;
    /// Several documents in one PDF, each from a fresh page with its own page numbers (the
    /// commitment forms of every member); the metadata are the first one's.
    QByteArray renderPdf(const QList<Document> &docs, const PdfOptions &options = {},
                         Result *result = nullptr) const;
    /// Paints onto any paged device (a printer); returns the page count.
    int paint(const Document &doc, QPagedPaintDevice &device) const;
    int paint(const QList<Document> &docs, QPagedPaintDevice &device) const;

private:
    DocumentStyle m_style;
};

} // namespace sochibo::reports

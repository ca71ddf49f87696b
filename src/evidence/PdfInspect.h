#pragma once

#include <QByteArray>
#include <QImage>
#include <QString>
#include <QStringList>

namespace sochibo::evidence {

/// What can be read from a PDF given as evidence: its text (for search) and a thumbnail of
/// its first page (for the list). Never throws; a damaged or locked file says so in
/// \a problem, in Vietnamese, for the placeholder shown instead of the thumbnail.
struct PdfFacts
{
    bool readable = false;  ///< the file opened as a PDF
    bool encrypted = false; ///< it needs a password to be read
    int pages = 0;
    QString text;     ///< the text of its pages, NFC, at most kMaxTextChars characters
    QImage thumbnail; ///< the first page, at most the asked width; null when unreadable
    QString problem;  ///< empty when all went well
    /// One line per digital signature: who signed, when, and whether Poppler finds the
    /// signature valid ("Ký bởi …, lúc …: chữ ký hợp lệ").
    QStringList signatures;
};

/// Limits that keep a hostile file from taking unbounded time or memory.
constexpr int kMaxTextPages = 200;
constexpr int kMaxTextChars = 1000000;

/// Whether the PDF reader (the module sochibo_pdf, loaded on first use) is there; \a why
/// receives the loader's message when it is not.
bool pdfReaderAvailable(QString *why = nullptr);

/// Reads \a bytes as a PDF: up to kMaxTextPages pages of text, and the first page rendered
/// into at most \a thumbWidth × 2·\a thumbWidth pixels.
PdfFacts inspectPdf(const QByteArray &bytes, int thumbWidth = 160);

/// Page \a page (0-based) of the PDF \a bytes, at most \a width pixels wide (null when the
/// file or the page cannot be read).
QImage renderPdfPage(const QByteArray &bytes, int page, int width);

} // namespace sochibo::evidence

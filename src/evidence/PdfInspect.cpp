#include "PdfInspect.h"

#include <QCoreApplication>
#include <QLibrary>

namespace sochibo::evidence {

namespace {

/// The Poppler module (PdfReader.cpp), loaded once, on first use.
struct PdfModule
{
    void (*inspect)(const QByteArray *, int, PdfFacts *) = nullptr;
    void (*render)(const QByteArray *, int, int, QImage *) = nullptr;
    QString error;
};

const PdfModule &pdfModule()
{
    static const PdfModule module = [] {
        PdfModule m;
        // Relative to the program first: beside it, then the installed layout
        // (bin/ and lib/sochibo/); then where the build put it (the build tree's own programs
        // and tests). SOCHIBO_PDF_MODULE names the one file to use instead (packagers, tests).
        QStringList candidates;
        if (qEnvironmentVariableIsSet("SOCHIBO_PDF_MODULE"))
            candidates = {qEnvironmentVariable("SOCHIBO_PDF_MODULE")};
        else {
            if (const QString dir = QCoreApplication::applicationDirPath(); !dir.isEmpty())
                candidates << dir + QStringLiteral("/sochibo_pdf")
                           << dir + QStringLiteral("/../lib/sochibo/sochibo_pdf");
            candidates << QStringLiteral(SOCHIBO_PDF_MODULE);
        }
        for (const QString &path : candidates) {
            QLibrary lib(path);
            if (!lib.load()) {
                m.error = lib.errorString();
                continue;
            }
            m.inspect = reinterpret_cast<decltype(m.inspect)>(lib.resolve("sochibo_pdf_inspect"));
            m.render = reinterpret_cast<decltype(m.render)>(lib.resolve("sochibo_pdf_render"));
            if (m.inspect && m.render) {
                m.error.clear();
                break;
            }
            m.error = lib.errorString();
            m.inspect = nullptr;
            m.render = nullptr;
        }
        return m;
    }();
    return module;
}

} // namespace

bool pdfReaderAvailable(QString *why)
{
    const PdfModule &m = pdfModule();
    if (why)
        *why = m.error;
    return m.inspect != nullptr;
}

PdfFacts inspectPdf(const QByteArray &bytes, int thumbWidth)
{
    PdfFacts facts;
    const PdfModule &m = pdfModule();
    if (!m.inspect) {
        facts.problem = QStringLiteral("Không đọc được tệp PDF: thiếu thành phần đọc PDF của "
                                       "chương trình (sochibo_pdf: %1). Hãy cài đặt lại Sổ chi bộ.")
                            .arg(m.error);
        return facts;
    }
    m.inspect(&bytes, thumbWidth, &facts);
    return facts;
}

QImage renderPdfPage(const QByteArray &bytes, int page, int width)
{
    QImage image;
    if (const PdfModule &m = pdfModule(); m.render)
        m.render(&bytes, page, width, &image);
    return image;
}

} // namespace sochibo::evidence

// The part of the evidence reader that uses Poppler, built as a module (sochibo_pdf) that
// PdfInspect.cpp loads on first use: a program that never reads a PDF (the command line
// printing a report) does not pay for loading Poppler and the thirty libraries behind it.
#include "PdfInspect.h"

#include "text/Normalization.h"

#include <poppler-form.h>
#include <poppler-qt6.h>

#include <QDateTime>

#include <algorithm>

namespace sochibo::evidence {

namespace {

PdfFacts inspect(const QByteArray &bytes, int thumbWidth)
{
    // Poppler's own complaints about a broken file go nowhere: the user gets `problem`.
    static const bool quiet = [] {
        Poppler::setDebugErrorFunction([](const QString &, const QVariant &) {}, QVariant());
        return true;
    }();
    Q_UNUSED(quiet);
    PdfFacts facts;
    if (bytes.isEmpty()) {
        facts.problem = QStringLiteral("Tệp PDF trống (0 byte): không có gì để xem.");
        return facts;
    }
    std::unique_ptr<Poppler::Document> doc = Poppler::Document::loadFromData(bytes);
    if (!doc) {
        facts.problem = QStringLiteral("Tệp PDF bị hỏng hoặc không phải PDF: không đọc được.");
        return facts;
    }
    facts.encrypted = doc->isLocked();
    if (facts.encrypted) {
        facts.problem = QStringLiteral("Tệp PDF có mật khẩu: không xem trước và không tìm kiếm "
                                       "được nội dung.");
        return facts;
    }
    facts.readable = true;
    facts.pages = std::max(0, doc->numPages());
    for (const std::unique_ptr<Poppler::FormFieldSignature> &sig : doc->signatures()) {
        // The cryptographic check only: no certificate chain, no network (OCSP, AIA).
        const Poppler::SignatureValidationInfo info =
            sig->validate(Poppler::FormFieldSignature::ValidateWithoutOCSPRevocationCheck);
        QString verdict;
        switch (info.signatureStatus()) {
        case Poppler::SignatureValidationInfo::SignatureValid:
            verdict = QStringLiteral("chữ ký hợp lệ");
            break;
        case Poppler::SignatureValidationInfo::SignatureDigestMismatch:
            verdict = QStringLiteral("tài liệu đã bị sửa sau khi ký");
            break;
        case Poppler::SignatureValidationInfo::SignatureInvalid:
            verdict = QStringLiteral("chữ ký không hợp lệ");
            break;
        default:
            verdict = QStringLiteral("không kiểm tra được chữ ký");
        }
        const QDateTime at = QDateTime::fromSecsSinceEpoch(qint64(info.signingTime()));
        const QString who =
            info.signerName().isEmpty() ? QStringLiteral("(không rõ người ký)") : info.signerName();
        facts.signatures << QStringLiteral("Ký bởi %1%2: %3")
                                .arg(who,
                                     info.signingTime() > 0
                                         ? QStringLiteral(", lúc %1")
                                               .arg(at.toString(QStringLiteral("HH:mm dd/MM/yyyy")))
                                         : QString(),
                                     verdict);
    }
    if (facts.pages == 0) {
        facts.problem = QStringLiteral("Tệp PDF không có trang nào.");
        return facts;
    }
    QString text;
    for (int i = 0; i < std::min(facts.pages, kMaxTextPages) && text.size() < kMaxTextChars; ++i) {
        const std::unique_ptr<Poppler::Page> page = doc->page(i);
        if (!page)
            continue;
        text += page->text(QRectF()) + QLatin1Char('\n');
    }
    facts.text = text::nfc(text.left(kMaxTextChars));

    const std::unique_ptr<Poppler::Page> first = doc->page(0);
    const QSizeF size = first ? first->pageSizeF() : QSizeF();
    if (!first || !(size.width() > 1) || !(size.height() > 1)) {
        facts.problem = QStringLiteral("Trang đầu của tệp PDF bị hỏng: không có hình thu nhỏ.");
        return facts;
    }
    // Resolution chosen so that the page fits the box, whatever size the file claims.
    const double byWidth = 72.0 * thumbWidth / size.width();
    const double byHeight = 72.0 * 2 * thumbWidth / size.height();
    const double dpi = std::clamp(std::min(byWidth, byHeight), 0.01, 144.0);
    doc->setRenderHint(Poppler::Document::Antialiasing);
    doc->setRenderHint(Poppler::Document::TextAntialiasing);
    facts.thumbnail = first->renderToImage(dpi, dpi);
    if (facts.thumbnail.isNull()) {
        facts.problem = QStringLiteral("Không vẽ được trang đầu của tệp PDF.");
    } else if (facts.thumbnail.width() > thumbWidth || facts.thumbnail.height() > 2 * thumbWidth) {
        // Poppler rounds tiny resolutions up: bring an oversized result into the box.
        facts.thumbnail = facts.thumbnail.scaled(thumbWidth, 2 * thumbWidth, Qt::KeepAspectRatio,
                                                 Qt::SmoothTransformation);
    }
    return facts;
}

QImage render(const QByteArray &bytes, int page, int width)
{
    std::unique_ptr<Poppler::Document> doc = Poppler::Document::loadFromData(bytes);
    if (!doc || doc->isLocked() || page < 0 || page >= doc->numPages())
        return {};
    const std::unique_ptr<Poppler::Page> p = doc->page(page);
    const QSizeF size = p ? p->pageSizeF() : QSizeF();
    if (!p || !(size.width() > 1) || !(size.height() > 1))
        return {};
    doc->setRenderHint(Poppler::Document::Antialiasing);
    doc->setRenderHint(Poppler::Document::TextAntialiasing);
    const double dpi = std::clamp(72.0 * width / size.width(), 0.01, 144.0);
    QImage image = p->renderToImage(dpi, dpi);
    if (image.width() > width || image.height() > 3 * width)
        image = image.scaled(width, 3 * width, Qt::KeepAspectRatio, Qt::SmoothTransformation);
    return image;
}

} // namespace

} // namespace sochibo::evidence

extern "C" Q_DECL_EXPORT void sochibo_pdf_inspect(const QByteArray *bytes, int thumbWidth,
                                                  sochibo::evidence::PdfFacts *facts)
{
    *facts = sochibo::evidence::inspect(*bytes, thumbWidth);
}

extern "C" Q_DECL_EXPORT void sochibo_pdf_render(const QByteArray *bytes, int page, int width,
                                                 QImage *image)
{
    *image = sochibo::evidence::render(*bytes, page, width);
}

#include "PdfInspect.h"

#include "text/Normalization.h"

#include <poppler-qt6.h>

#include <algorithm>

namespace sochibo::evidence {

PdfFacts inspectPdf(const QByteArray &bytes, int thumbWidth)
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

} // namespace sochibo::evidence

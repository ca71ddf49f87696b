#pragma once
#include "DocumentModel.h"
#include "DocumentStyle.h"

#include <QByteArray>
#include <QDateTime>

namespace sochibo::reports {

struct DocxOptions
{
    QString creator;   ///< the application, for docProps/app.xml
    QDateTime created; ///< core properties and the package's file times (default: now)
};

/// The documents as one Word file (WordprocessingML, opened by Word 2010+ and LibreOffice),
/// laid out from the same model as the PDF: A4 with the style's margins, Times New Roman at the
/// style's sizes (the office's own font; the PDF embeds the bundled face), exact line spacing,
/// justified body with its first-line indent. The header of page 1 and the signature band are
/// borderless tables; tables repeat their header rows; page numbers are a PAGE field centred in
/// the page header from page 2. Each document is a section of its own (numbered from 1), so the
/// commitment forms of a whole cell stay one form per section. No macros, no external links.
QByteArray writeDocx(const QList<Document> &documents, const DocumentStyle &style,
                     const DocxOptions &options = {});

/// The font a Word file names: the office's Times New Roman whatever the PDF embeds.
inline constexpr const char *kDocxFont = "Times New Roman";

} // namespace sochibo::reports

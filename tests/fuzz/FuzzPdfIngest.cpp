// libFuzzer target: evidence PDF ingestion (text extraction and first-page thumbnail through
// Poppler) on any bytes. The thumbnail must stay inside its box whatever the file claims.
#include "evidence/PdfInspect.h"

#include <cstddef>
#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    const sochibo::evidence::PdfFacts f = sochibo::evidence::inspectPdf(bytes, 96);
    if (f.thumbnail.width() > 96 || f.thumbnail.height() > 192)
        abort();
    if (f.text.size() > sochibo::evidence::kMaxTextChars)
        abort();
    if (!f.readable && !f.encrypted && f.problem.isEmpty())
        abort(); // an unreadable file always says why
    return 0;
}

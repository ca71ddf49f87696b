// libFuzzer target: evidence ingestion on any bytes — PDF text extraction and first-page
// thumbnail through Poppler, pictures through Qt's readers, the EXIF date parser. The
// thumbnail must stay inside its box whatever the file claims.
#include "evidence/Ingest.h"
#include "evidence/PdfInspect.h"

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>

// Without the Poppler module every PDF would be "unreadable" and the run would prove nothing.
extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    QString why;
    if (!sochibo::evidence::pdfReaderAvailable(&why)) {
        fprintf(stderr, "PDF reader module missing: %s\n", qPrintable(why));
        abort();
    }
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    const sochibo::evidence::FileFacts f = sochibo::evidence::inspectBytes(bytes, 96);
    if (f.thumbnail.width() > 96 || f.thumbnail.height() > 192)
        abort();
    if (f.text.size() > sochibo::evidence::kMaxTextChars)
        abort();
    if (f.thumbnail.isNull() && f.note.isEmpty())
        abort(); // no preview always says why
    return 0;
}

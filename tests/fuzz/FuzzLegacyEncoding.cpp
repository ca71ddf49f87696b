// libFuzzer target: the legacy-encoding detector and decoders (old .doc/.txt files typed in
// TCVN3, VNI-Windows or code page 1258) on any bytes.
#include "text/LegacyEncoding.h"
#include "text/Normalization.h"

#include <cstddef>
#include <cstdint>
#include <cstdlib>

using namespace sochibo::text;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    EncodingGuess guess;
    const QString text = decodeAuto(bytes, &guess);
    if (!isNfc(text)) // the promise of the decoders: what they return is NFC
        abort();
    if (guess.confidence < 0 || guess.confidence > 1)
        abort();
    for (TextEncoding e : {TextEncoding::Utf8, TextEncoding::Tcvn3, TextEncoding::VniWindows,
                           TextEncoding::Windows1258})
        if (!isNfc(decodeLegacy(bytes, e)))
            abort();
    return 0;
}

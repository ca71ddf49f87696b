#pragma once
#include <QByteArray>
#include <QString>

namespace sochibo::text {

/// Text encodings found in old school-office files.
enum class TextEncoding {
    Utf8,        ///< Unicode (composed or decomposed)
    Tcvn3,       ///< TCVN 5712:1993 VN3 ("ABC", .VnTime fonts)
    VniWindows,  ///< VNI-Windows (VNI-Times fonts): a base letter followed by a mark byte
    Windows1258, ///< Microsoft code page 1258 (base letters + combining tone bytes)
};

QString encodingName(TextEncoding e);

struct EncodingGuess
{
    TextEncoding encoding = TextEncoding::Utf8;
    /// 0..1: share of the Vietnamese-looking words among the words with non-ASCII letters,
    /// damped when there are few such words. 1 for plain ASCII.
    double confidence = 0;
    /// For UTF-8: the text was typed decomposed (NFD), as some Mac and web tools do.
    bool decomposed = false;
};

/// Decodes \a bytes from \a encoding; the result is always NFC.
QString decodeLegacy(const QByteArray &bytes, TextEncoding encoding);
/// Guesses the encoding of \a bytes by decoding with each one and measuring how Vietnamese
/// the result looks.
EncodingGuess detectEncoding(const QByteArray &bytes);
/// detectEncoding() then decodeLegacy().
QString decodeAuto(const QByteArray &bytes, EncodingGuess *guess = nullptr);

/// Text typed in an old Vietnamese font (TCVN3 .VnTime or VNI-Times) and kept by a Unicode
/// program as the Windows-1252 characters of its bytes: Excel shows "Hä vµ tªn" for "Họ và tên"
/// once the font is gone. Returns the encoding \a text was typed in, or Utf8 when it is not such
/// text (it has characters Windows-1252 lacks, or reads as Vietnamese already). Decide on a whole
/// column rather than one cell: a short name ("Lê Hà") can read either way.
TextEncoding legacyFontOf(const QString &text);
/// \a text as the Vietnamese it was typed as in \a font's encoding (unchanged for Utf8 or when
/// it has characters Windows-1252 lacks); always NFC.
QString fromLegacyFont(const QString &text, TextEncoding font);

/// True if \a c is a letter of the Vietnamese alphabet (with its tone and quality marks).
bool isVietnameseLetter(QChar c);

} // namespace sochibo::text

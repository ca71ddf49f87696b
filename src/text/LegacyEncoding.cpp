#include "LegacyEncoding.h"

#include "Normalization.h"

#include <QHash>
#include <QRegularExpression>
#include <algorithm>
#include <unicode/ucnv.h>

namespace sochibo::text {
namespace {

const char16_t kTcvn3High[128] = {
#include "Tcvn3Table.inc"
};

QString decodeTcvn3(const QByteArray &bytes)
{
    QString out;
    out.reserve(bytes.size());
    for (char c : bytes) {
        const auto b = static_cast<unsigned char>(c);
        out.append(b < 0x80 ? QChar(b) : QChar(kTcvn3High[b - 0x80]));
    }
    return nfc(out);
}

// VNI-Windows. Vowels are the ASCII letter followed by one mark byte; ơ, ư, đ and the i / ỵ
// forms are single bytes. Mark bytes come in a lower-case and an upper-case form.
struct VniMark
{
    char16_t quality; // U+0302 circumflex, U+0306 breve, 0 none
    char16_t tone;    // U+0300.. combining tone, 0 none
};

const QHash<uchar, VniMark> &vniMarks()
{
    static const QHash<uchar, VniMark> marks = [] {
        QHash<uchar, VniMark> m;
        const char16_t circ = 0x0302, breve = 0x0306;
        const char16_t acute = 0x0301, grave = 0x0300, hook = 0x0309, tilde = 0x0303, dot = 0x0323;
        // lower-case mark bytes; the upper-case ones are 0x20 lower in Latin-1.
        const struct
        {
            uchar byte;
            VniMark mark;
        } lower[] = {
            {0xF9, {0, acute}},     {0xF8, {0, grave}},     {0xFB, {0, hook}},
            {0xF5, {0, tilde}},     {0xEF, {0, dot}},       {0xE2, {circ, 0}},
            {0xE1, {circ, acute}},  {0xE0, {circ, grave}},  {0xE5, {circ, hook}},
            {0xE3, {circ, tilde}},  {0xE4, {circ, dot}},    {0xEA, {breve, 0}},
            {0xE9, {breve, acute}}, {0xE8, {breve, grave}}, {0xFA, {breve, hook}},
            {0xFC, {breve, tilde}}, {0xEB, {breve, dot}},
        };
        for (const auto &l : lower) {
            m.insert(l.byte, l.mark);
            m.insert(uchar(l.byte - 0x20), l.mark);
        }
        return m;
    }();
    return marks;
}

// Single bytes that stand for a whole letter (NFD).
QString vniSingle(uchar b)
{
    switch (b) {
    case 0xF4:
        return QStringLiteral("o\u031B"); // ơ
    case 0xD4:
        return QStringLiteral("O\u031B"); // Ơ
    case 0xF6:
        return QStringLiteral("u\u031B"); // ư
    case 0xD6:
        return QStringLiteral("U\u031B"); // Ư
    case 0xF1:
        return QStringLiteral("\u0111"); // đ
    case 0xD1:
        return QStringLiteral("\u0110"); // Đ
    case 0xED:
        return QStringLiteral("i\u0301"); // í
    case 0xEC:
        return QStringLiteral("i\u0300"); // ì
    case 0xE6:
        return QStringLiteral("i\u0309"); // ỉ
    case 0xF3:
        return QStringLiteral("i\u0303"); // ĩ
    case 0xF2:
        return QStringLiteral("i\u0323"); // ị
    case 0xCD:
        return QStringLiteral("I\u0301");
    case 0xCC:
        return QStringLiteral("I\u0300");
    case 0xC6:
        return QStringLiteral("I\u0309");
    case 0xD3:
        return QStringLiteral("I\u0303");
    case 0xD2:
        return QStringLiteral("I\u0323");
    case 0xEE:
        return QStringLiteral("y\u0323"); // ỵ
    case 0xCE:
        return QStringLiteral("Y\u0323");
    default:
        return {};
    }
}

bool vniTakesMark(QChar c)
{
    switch (c.toLower().unicode()) {
    case 'a':
    case 'e':
    case 'o':
    case 'u':
    case 'y':
        return true;
    default:
        return false;
    }
}

QString decodeVni(const QByteArray &bytes)
{
    const auto &marks = vniMarks();
    QString out;
    out.reserve(bytes.size());
    for (qsizetype i = 0; i < bytes.size(); ++i) {
        const auto b = static_cast<uchar>(bytes.at(i));
        QString letter = b < 0x80 ? QString(QChar(b)) : vniSingle(b);
        if (letter.isEmpty()) {
            out.append(QChar(b)); // not a VNI letter: read as Latin-1
            continue;
        }
        const bool horned = letter.size() == 2 && letter.at(1).unicode() == 0x031B;
        if ((b < 0x80 && vniTakesMark(QChar(b))) || horned) {
            if (i + 1 < bytes.size()) {
                const auto next = static_cast<uchar>(bytes.at(i + 1));
                const auto it = marks.constFind(next);
                // a horned letter takes a tone only, never a second quality mark
                if (it != marks.constEnd() && !(horned && it->quality)) {
                    if (it->quality)
                        letter.append(QChar(it->quality));
                    if (it->tone)
                        letter.append(QChar(it->tone));
                    ++i;
                }
            }
        }
        out.append(letter);
    }
    return nfc(out);
}

QString decodeIcu(const QByteArray &bytes, const char *name)
{
    UErrorCode err = U_ZERO_ERROR;
    UConverter *conv = ucnv_open(name, &err);
    if (U_FAILURE(err))
        return QString::fromLatin1(bytes);
    QString out(bytes.size() * 2 + 8, Qt::Uninitialized);
    const int32_t n =
        ucnv_toUChars(conv, reinterpret_cast<UChar *>(out.data()), int32_t(out.size()),
                      bytes.constData(), int32_t(bytes.size()), &err);
    ucnv_close(conv);
    if (U_FAILURE(err))
        return QString::fromLatin1(bytes);
    out.resize(n);
    return nfc(out);
}

// The vowel clusters (tone removed) a Vietnamese syllable can have.
bool plausibleNucleus(const QString &v)
{
    static const QStringList nuclei =
        QStringLiteral(
            "a ă â e ê i o ô ơ u ư y ai ao au ay âu ây eo êu ia iê iu oa oă oe oi ôi ơi oo ua uâ "
            "ue "
            "uê ui uô uơ uy ưa ưi ươ ưu yê iêu oai oao oay oeo uây uôi uya uyê uyu ươi ươu yêu")
            .split(QLatin1Char(' '));
    return nuclei.contains(v);
}

// A word is a plausible syllable: one vowel cluster from the list, at most one tone.
bool plausibleSyllable(const QString &word)
{
    const QString d = nfd(word.toLower());
    QString bare; // the word without tones, NFD
    int tones = 0;
    for (QChar c : d) {
        switch (c.unicode()) {
        case 0x0300:
        case 0x0301:
        case 0x0303:
        case 0x0309:
        case 0x0323:
            ++tones;
            break;
        default:
            bare.append(c);
        }
    }
    if (tones > 1)
        return false;
    QString letters = nfc(bare);
    if ((letters.startsWith(QLatin1String("qu")) || letters.startsWith(QLatin1String("gi"))) &&
        letters.size() > 2 && isVietnameseLetter(letters.at(2)))
        letters = letters.mid(2);
    else if (letters.startsWith(QLatin1String("gi")))
        letters = letters.mid(1);
    QString cluster;
    bool seen = false, ended = false;
    for (QChar c : letters) {
        if (c.unicode() >= 0x80 && !isVietnameseLetter(c))
            return false; // a symbol inside a word: a wrong decoding
        const bool vowel = isVietnameseLetter(c) && c != QChar(0x0111);
        const bool plainVowel = QStringLiteral("aeiouy").contains(c);
        if (vowel || plainVowel) {
            if (ended)
                return false; // a second vowel cluster
            cluster.append(c);
            seen = true;
        } else if (seen) {
            ended = true;
        }
    }
    return plausibleNucleus(cluster);
}

// How Vietnamese decoded text looks: share of words with non-ASCII letters that are plausible
// syllables; \a words receives how many such words there were.
double vietnameseShare(const QString &text, int *words)
{
    static const QRegularExpression separators(QStringLiteral("[\\s,.;:!?()\\[\\]\"'/-]+"));
    int candidates = 0, good = 0;
    for (const QString &w : text.split(separators, Qt::SkipEmptyParts)) {
        bool nonAscii = false;
        for (QChar c : w) {
            if (c.unicode() >= 0x80)
                nonAscii = true;
        }
        if (nonAscii) {
            ++candidates;
            if (plausibleSyllable(w))
                ++good;
        }
    }
    *words = candidates;
    return candidates ? double(good) / candidates : 0.0;
}

} // namespace

bool isVietnameseLetter(QChar c)
{
    if (c == QChar(0x0111) || c == QChar(0x0110))
        return true;
    const QString d = nfd(QString(c));
    if (d.isEmpty() || !QStringLiteral("aeiouyAEIOUY").contains(d.at(0)))
        return false;
    int tones = 0, quality = 0;
    for (qsizetype i = 1; i < d.size(); ++i) {
        switch (d.at(i).unicode()) {
        case 0x0300:
        case 0x0301:
        case 0x0303:
        case 0x0309:
        case 0x0323:
            ++tones;
            break;
        case 0x0302:
        case 0x0306:
        case 0x031B:
            ++quality;
            break;
        default:
            return false;
        }
    }
    return tones <= 1 && quality <= 1 && d.size() > 1;
}

QString encodingName(TextEncoding e)
{
    switch (e) {
    case TextEncoding::Utf8:
        return QStringLiteral("Unicode (UTF-8)");
    case TextEncoding::Tcvn3:
        return QStringLiteral("TCVN3 (ABC)");
    case TextEncoding::VniWindows:
        return QStringLiteral("VNI-Windows");
    case TextEncoding::Windows1258:
        return QStringLiteral("Windows-1258");
    }
    return {};
}

QString decodeLegacy(const QByteArray &bytes, TextEncoding encoding)
{
    switch (encoding) {
    case TextEncoding::Utf8:
        return nfc(QString::fromUtf8(bytes));
    case TextEncoding::Tcvn3:
        return decodeTcvn3(bytes);
    case TextEncoding::VniWindows:
        return decodeVni(bytes);
    case TextEncoding::Windows1258:
        return decodeIcu(bytes, "windows-1258");
    }
    return {};
}

EncodingGuess detectEncoding(const QByteArray &bytes)
{
    EncodingGuess best;
    bool ascii = true;
    for (char c : bytes) {
        if (static_cast<uchar>(c) >= 0x80) {
            ascii = false;
            break;
        }
    }
    if (ascii) {
        best.confidence = 1.0;
        return best;
    }
    // Valid UTF-8 with non-ASCII content is almost never an accident.
    const QString utf8 = QString::fromUtf8(bytes);
    if (!utf8.contains(QChar::ReplacementCharacter)) {
        int words = 0;
        const double share = vietnameseShare(nfc(utf8), &words);
        best = {TextEncoding::Utf8, 0.5 + 0.5 * share, !isNfc(utf8)};
        if (share > 0.5)
            return best;
    }
    const TextEncoding legacy[] = {TextEncoding::Tcvn3, TextEncoding::VniWindows,
                                   TextEncoding::Windows1258};
    for (TextEncoding e : legacy) {
        int words = 0;
        const double share = vietnameseShare(decodeLegacy(bytes, e), &words);
        // A handful of words proves little: damp the confidence until there are ten.
        const double confidence = share * std::min(1.0, 0.5 + words / 20.0);
        if (confidence > best.confidence)
            best = {e, confidence, false};
    }
    return best;
}

namespace {

// Windows-1252's characters for the bytes 0x80..0x9F (0 where it has none; Windows then keeps
// the C1 control of the same value).
const char16_t kCp1252C1[32] = {0x20AC, 0,      0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021,
                                0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0,      0x017D, 0,
                                0,      0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,
                                0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0,      0x017E, 0x0178};

/// The Windows-1252 bytes of \a text; false when a character has none.
bool cp1252Bytes(const QString &text, QByteArray *out)
{
    out->clear();
    out->reserve(text.size());
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        if (u < 0x80 || (u >= 0xA0 && u <= 0xFF) || (u >= 0x80 && u <= 0x9F)) {
            out->append(char(u));
            continue;
        }
        const char16_t *hit = std::find(std::begin(kCp1252C1), std::end(kCp1252C1), u);
        if (hit == std::end(kCp1252C1))
            return false;
        out->append(char(0x80 + (hit - std::begin(kCp1252C1))));
    }
    return true;
}

} // namespace

TextEncoding legacyFontOf(const QString &text)
{
    QByteArray bytes;
    if (!cp1252Bytes(text, &bytes))
        return TextEncoding::Utf8;
    if (std::all_of(bytes.begin(), bytes.end(), [](char c) { return uchar(c) < 0x80; }))
        return TextEncoding::Utf8;
    int words = 0;
    double best =
        vietnameseShare(nfc(text), &words) + 0.2; // a legacy reading must do clearly better
    TextEncoding found = TextEncoding::Utf8;
    for (TextEncoding e : {TextEncoding::Tcvn3, TextEncoding::VniWindows}) {
        const double share = vietnameseShare(decodeLegacy(bytes, e), &words);
        if (share > best && share >= 0.5) {
            best = share;
            found = e;
        }
    }
    return found;
}

QString fromLegacyFont(const QString &text, TextEncoding font)
{
    QByteArray bytes;
    if (font == TextEncoding::Utf8 || !cp1252Bytes(text, &bytes))
        return nfc(text);
    return decodeLegacy(bytes, font);
}

QString decodeAuto(const QByteArray &bytes, EncodingGuess *guess)
{
    const EncodingGuess g = detectEncoding(bytes);
    if (guess)
        *guess = g;
    return decodeLegacy(bytes, g.encoding);
}

} // namespace sochibo::text

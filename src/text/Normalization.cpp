#include "Normalization.h"

#include "IcuBridge.h"

#include <QList>
#include <unicode/normalizer2.h>

namespace sochibo::text {
namespace {

const icu::Normalizer2 *nfcInstance()
{
    UErrorCode err = U_ZERO_ERROR;
    static const icu::Normalizer2 *n = icu::Normalizer2::getNFCInstance(err);
    return n;
}

const icu::Normalizer2 *nfdInstance()
{
    UErrorCode err = U_ZERO_ERROR;
    static const icu::Normalizer2 *n = icu::Normalizer2::getNFDInstance(err);
    return n;
}

QString normalizeWith(const icu::Normalizer2 *n, const QString &s)
{
    if (s.isEmpty() || !n)
        return s;
    UErrorCode err = U_ZERO_ERROR;
    const icu::UnicodeString src = detail::toIcu(s);
    if (n->isNormalized(src, err) && U_SUCCESS(err))
        return s;
    err = U_ZERO_ERROR;
    icu::UnicodeString out = n->normalize(src, err);
    return U_SUCCESS(err) ? detail::fromIcu(out) : s;
}

constexpr char16_t kGrave = 0x0300, kAcute = 0x0301, kTilde = 0x0303, kHook = 0x0309,
                   kDotBelow = 0x0323;
constexpr char16_t kCircumflex = 0x0302, kBreve = 0x0306, kHorn = 0x031B;

bool isTone(char16_t c)
{
    return c == kGrave || c == kAcute || c == kTilde || c == kHook || c == kDotBelow;
}
bool isQuality(char16_t c)
{
    return c == kCircumflex || c == kBreve || c == kHorn;
}
bool isVowel(char16_t c)
{
    switch (c) {
    case 'a':
    case 'e':
    case 'i':
    case 'o':
    case 'u':
    case 'y':
    case 'A':
    case 'E':
    case 'I':
    case 'O':
    case 'U':
    case 'Y':
        return true;
    default:
        return false;
    }
}
bool isMark(QChar c)
{
    return c.category() == QChar::Mark_NonSpacing;
}

struct Letter
{
    char16_t base;
    QString marks; // quality marks only; the tone is held apart
};

// Re-places the one tone mark of an NFD syllable; returns the word unchanged when it does not
// look like a single Vietnamese syllable with one tone.
QString placeTone(const QString &word)
{
    QList<Letter> letters;
    char16_t tone = 0;
    int tones = 0;
    for (QChar ch : word) {
        if (isMark(ch)) {
            if (letters.isEmpty())
                return word;
            if (isTone(ch.unicode())) {
                tone = ch.unicode();
                ++tones;
            } else {
                letters.last().marks.append(ch);
            }
        } else {
            letters.append(Letter{ch.unicode(), QString()});
        }
    }
    if (tones != 1)
        return word;

    const auto lower = [&](int i) {
        return QChar(letters[i].base).toLower().unicode();
    };
    int start = -1;
    for (int i = 0; i < letters.size(); ++i) {
        if (isVowel(letters[i].base)) {
            start = i;
            break;
        }
    }
    if (start < 0)
        return word;
    int end = start;
    while (end + 1 < letters.size() && isVowel(letters[end + 1].base))
        ++end;
    // "qu" and "gi" before another vowel: the u / i belongs to the initial consonant.
    if (start == 1 && end > start && letters[start].marks.isEmpty() &&
        ((lower(0) == 'q' && lower(1) == 'u') || (lower(0) == 'g' && lower(1) == 'i')))
        ++start;

    int target = -1;
    for (int i = start; i <= end; ++i) {
        if (!letters[i].marks.isEmpty() && isQuality(letters[i].marks.front().unicode()))
            target = i; // the last marked vowel: ươ takes it on ơ
    }
    if (target < 0) {
        const int n = end - start + 1;
        const bool closed = end + 1 < letters.size();
        if (closed || n == 1)
            target = end;
        else if (n == 2)
            target = start;
        else
            target = start + 1;
    }
    QString out;
    out.reserve(word.size());
    for (int i = 0; i < letters.size(); ++i) {
        out.append(QChar(letters[i].base));
        out.append(letters[i].marks);
        if (i == target)
            out.append(QChar(tone));
    }
    return out;
}

} // namespace

QString nfc(const QString &s)
{
    return normalizeWith(nfcInstance(), s);
}
QString nfd(const QString &s)
{
    return normalizeWith(nfdInstance(), s);
}

bool isNfc(const QString &s)
{
    UErrorCode err = U_ZERO_ERROR;
    return nfcInstance()->isNormalized(detail::toIcu(s), err) && U_SUCCESS(err);
}

QString canonicalTones(const QString &s)
{
    const QString d = nfd(s);
    QString out;
    out.reserve(d.size());
    QString word;
    const auto flush = [&] {
        if (!word.isEmpty())
            out.append(placeTone(word));
        word.clear();
    };
    for (QChar ch : d) {
        if (ch.isLetter() || isMark(ch)) {
            word.append(ch);
        } else {
            flush();
            out.append(ch);
        }
    }
    flush();
    return nfc(out);
}

bool isControl(QChar c)
{
    const char16_t u = c.unicode();
    return u < 0x20 || (u >= 0x7f && u <= 0x9f) || (u >= 0x202a && u <= 0x202e) ||
           (u >= 0x2066 && u <= 0x2069);
}

QString withoutControls(const QString &s)
{
    QString out = s;
    for (QChar &c : out)
        if (isControl(c))
            c = QLatin1Char('_');
    return out;
}

QString escapeControls(const QString &s)
{
    QString out;
    out.reserve(s.size());
    for (const QChar c : s) {
        if (c == QLatin1Char('\n'))
            out += QStringLiteral("\\n");
        else if (c == QLatin1Char('\t'))
            out += QStringLiteral("\\t");
        else if (c == QLatin1Char('\r'))
            out += QStringLiteral("\\r");
        else if (isControl(c) && c.unicode() < 0x100)
            out += QStringLiteral("\\x%1").arg(c.unicode(), 2, 16, QLatin1Char('0'));
        else if (isControl(c))
            out += QStringLiteral("\\u%1").arg(c.unicode(), 4, 16, QLatin1Char('0'));
        else
            out += c;
    }
    return out;
}

} // namespace sochibo::text

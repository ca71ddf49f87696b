#include "SearchFold.h"

#include "Normalization.h"

#include <QStringList>

namespace sochibo::text {

QString fold(const QString &s)
{
    const QString d = nfd(s);
    QString out;
    out.reserve(d.size());
    for (QChar ch : d) {
        if (ch.category() == QChar::Mark_NonSpacing)
            continue;
        if (ch == QChar(0x0111) || ch == QChar(0x0110)) // đ, Đ
            out.append(QLatin1Char('d'));
        else
            out.append(ch.toLower());
    }
    return out;
}

namespace {

// Position of needle in haystack or -1; both already in the same form.
double scoreAt(const QString &hay, const QString &needle, double level)
{
    const qsizetype at = hay.indexOf(needle);
    if (at < 0)
        return 0;
    const bool wordStart = at == 0 || !hay.at(at - 1).isLetterOrNumber();
    return level + (wordStart ? 0.5 : 0.0);
}

} // namespace

double matchScore(const QString &query, const QString &text)
{
    const QString q = nfc(query).trimmed();
    if (q.isEmpty())
        return 0;
    if (double s = scoreAt(nfc(text).toLower(), q.toLower(), 3))
        return s;
    if (double s = scoreAt(canonicalTones(text).toLower(), canonicalTones(q).toLower(), 2))
        return s;
    return scoreAt(fold(text), fold(q), 1);
}

bool foldedContainsAll(const QString &query, const QString &text)
{
    const QString t = fold(text);
    const QStringList words = fold(query).split(QLatin1Char(' '), Qt::SkipEmptyParts);
    for (const QString &w : words) {
        if (!t.contains(w))
            return false;
    }
    return true;
}

} // namespace sochibo::text

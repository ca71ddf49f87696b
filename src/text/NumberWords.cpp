#include "NumberWords.h"

#include "DocumentWording.h"

#include <QStringList>

namespace sochibo::text {
namespace {

const char *const kDigits[] = {"không", "một", "hai", "ba",  "bốn",
                               "năm",   "sáu", "bảy", "tám", "chín"};

QString digit(int d)
{
    return QString::fromUtf8(kDigits[d]);
}

// Reads 0..999. \a full: the group follows a larger group, so its hundreds are read even when
// zero ("không trăm") and a lone unit after the hundreds takes "linh".
QString readGroup(int value, bool full, const NumberWordsStyle &style)
{
    const int h = value / 100, t = (value / 10) % 10, u = value % 10;
    QStringList w;
    if (h > 0 || full)
        w << digit(h) + QStringLiteral(" trăm");
    if (t == 0) {
        if (u != 0 && (h > 0 || full))
            w << (style.useLe ? QStringLiteral("lẻ") : QStringLiteral("linh"));
    } else if (t == 1) {
        w << QStringLiteral("mười");
    } else {
        w << digit(t) + QStringLiteral(" mươi");
    }
    if (u != 0) {
        if (u == 1 && t >= 2)
            w << QStringLiteral("mốt");
        else if (u == 5 && t >= 1)
            w << QStringLiteral("lăm");
        else
            w << digit(u);
    }
    return w.join(QLatin1Char(' '));
}

// Reads n >= 0 as groups of "nghìn", "triệu"; "tỷ" repeats for larger numbers (một nghìn tỷ).
QStringList readGroups(qint64 n, bool full, const NumberWordsStyle &style)
{
    static const char *const kScale[] = {"", " nghìn", " triệu"};
    QStringList parts;
    if (n >= 1000000000LL) {
        QStringList high = readGroups(n / 1000000000LL, full, style);
        high.last() += QStringLiteral(" tỷ");
        parts = high;
        const qint64 rest = n % 1000000000LL;
        if (rest > 0)
            parts += readGroups(rest, true, style);
        return parts;
    }
    const int groups[3] = {int(n / 1000000 % 1000), int(n / 1000 % 1000), int(n % 1000)};
    bool any = false; // a larger group was read: this one is read fully
    for (int i = 0; i < 3; ++i) {
        const int g = groups[i];
        if (g == 0)
            continue;
        parts << readGroup(g, full || any, style) + QString::fromUtf8(kScale[2 - i]);
        any = true;
    }
    return parts;
}

} // namespace

QString numberInWords(qint64 n, const NumberWordsStyle &style)
{
    if (n == 0)
        return digit(0);
    if (n < 0)
        return QStringLiteral("âm ") + numberInWords(-n, style);
    const QStringList parts = readGroups(n, false, style);
    return parts.join(style.groupCommas ? QStringLiteral(", ") : QStringLiteral(" "));
}

QString amountInWords(qint64 n, const QString &unit, const NumberWordsStyle &style)
{
    QString s = capitalizeFirst(numberInWords(n, style));
    if (!unit.isEmpty())
        s += QLatin1Char(' ') + unit;
    return s;
}

} // namespace sochibo::text

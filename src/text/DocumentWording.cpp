#include "DocumentWording.h"

#include "IcuBridge.h"

#include <QLocale>
#include <QRegularExpression>
#include <cmath>
#include <unicode/locid.h>

namespace sochibo::text {

QDate parseTypedDate(const QString &text, const QDate &today)
{
    static const QRegularExpression separated(
        QStringLiteral("^(\\d{1,2})[/.\\-](\\d{1,2})[/.\\-](\\d{2}|\\d{4})$"));
    static const QRegularExpression packed(QStringLiteral("^(\\d{2})(\\d{2})(\\d{4})$"));
    const QString t = text.trimmed();
    QRegularExpressionMatch m = separated.match(t);
    if (!m.hasMatch())
        m = packed.match(t);
    if (!m.hasMatch())
        return {};
    int year = m.captured(3).toInt();
    if (m.captured(3).size() == 2) {
        const int century = today.year() / 100 * 100;
        year += year <= today.year() % 100 ? century : century - 100;
    }
    return QDate(year, m.captured(2).toInt(), m.captured(1).toInt());
}

QString countOrNone(qint64 n)
{
    return n > 0 ? twoDigits(n) : QStringLiteral("không");
}

QString twoDigits(qint64 n)
{
    return n >= 0 && n < 10 ? QStringLiteral("0%1").arg(n) : QString::number(n);
}

QString datePhrase(const QDate &d, MonthPadding pad)
{
    const QString month = (pad == MonthPadding::All || d.month() < 3) ? twoDigits(d.month())
                                                                      : QString::number(d.month());
    return QStringLiteral("ngày %1 tháng %2 năm %3").arg(twoDigits(d.day()), month).arg(d.year());
}

QString dateLine(const QString &place, const QDate &d, MonthPadding pad)
{
    return QStringLiteral("%1, %2").arg(place.trimmed(), datePhrase(d, pad));
}

QString monthOfYear(int month, int year)
{
    return QStringLiteral("tháng %1/%2").arg(month).arg(year);
}

QString quarterOfYear(int quarter, int year)
{
    return QStringLiteral("Quý %1 năm %2").arg(romanNumeral(quarter)).arg(year);
}

QString schoolYear(int startYear)
{
    return QStringLiteral("năm học %1–%2").arg(startYear).arg(startYear + 1);
}

QString committeeTerm(int fromYear, int toYear)
{
    return QStringLiteral("nhiệm kỳ %1–%2").arg(fromYear).arg(toYear);
}

QString shortDate(const QDate &d)
{
    return d.isValid() ? d.toString(QStringLiteral("dd/MM/yyyy")) : QString();
}

QString romanNumeral(int n)
{
    if (n < 1 || n > 3999)
        return {};
    static const struct
    {
        int value;
        const char *glyphs;
    } table[] = {{1000, "M"}, {900, "CM"}, {500, "D"}, {400, "CD"}, {100, "C"},
                 {90, "XC"},  {50, "L"},   {40, "XL"}, {10, "X"},   {9, "IX"},
                 {5, "V"},    {4, "IV"},   {1, "I"}};
    QString out;
    for (const auto &t : table) {
        while (n >= t.value) {
            out += QLatin1String(t.glyphs);
            n -= t.value;
        }
    }
    return out;
}

QString itemLetter(int n)
{
    static const QString letters = QStringLiteral("abcdđeghiklmnopqrstuvxy");
    if (n < 1)
        return {};
    const int count = int(letters.size());
    const int repeat = (n - 1) / count + 1;
    return QString(repeat, letters.at((n - 1) % count));
}

QString documentSymbol(int number, const QString &kind, const QString &issuer)
{
    return QStringLiteral("%1-%2/%3").arg(twoDigits(number), kind, issuer);
}

QString numberLine(int number, const QString &kind, const QString &issuer, bool colon)
{
    return (colon ? QStringLiteral("Số: ") : QStringLiteral("Số ")) +
           documentSymbol(number, kind, issuer);
}

QString lowerFirst(const QString &s)
{
    if (s.isEmpty())
        return s;
    icu::UnicodeString first = detail::toIcu(s.left(1));
    first.toLower(icu::Locale("vi"));
    return detail::fromIcu(first) + s.mid(1);
}

QString upper(const QString &s)
{
    icu::UnicodeString u = detail::toIcu(s);
    u.toUpper(icu::Locale("vi"));
    return detail::fromIcu(u);
}

QString capitalizeFirst(const QString &s)
{
    if (s.isEmpty())
        return s;
    // The first letter may be a base letter plus marks after NFD; upper-casing the first code
    // point of NFC text is enough.
    return upper(s.left(1)) + s.mid(1);
}

namespace {
const QLocale &viLocale()
{
    static const QLocale loc(QLocale::Vietnamese, QLocale::Vietnam);
    return loc;
}
} // namespace

QString formatInteger(qint64 n)
{
    return viLocale().toString(n);
}

QString formatDecimal(double v, int decimals)
{
    QString s = viLocale().toString(v, 'f', decimals);
    return s;
}

QString percent(qint64 part, qint64 whole, int decimals)
{
    if (whole == 0)
        return {};
    const double scale = std::pow(10.0, decimals);
    const double exact = 100.0 * double(part) / double(whole);
    // Round half up on the shown digits, using integers to avoid binary surprises.
    double shown = std::floor(exact * scale + 0.5 + 1e-9) / scale;
    const double step = 1.0 / scale;
    if (part != whole && shown >= 100.0 && exact < 100.0)
        shown = 100.0 - step;
    if (part != 0 && shown <= 0.0 && exact > 0.0)
        shown = step;
    const bool whole_number = std::fabs(shown - std::round(shown)) < step / 2;
    const QString digits =
        whole_number ? formatInteger(qint64(std::llround(shown))) : formatDecimal(shown, decimals);
    return digits + QLatin1Char('%');
}

QString counted(qint64 n, const QString &noun)
{
    return QStringLiteral("%1 %2").arg(n == 0 ? QStringLiteral("0") : twoDigits(n), noun);
}

} // namespace sochibo::text

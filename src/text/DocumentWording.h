#pragma once
#include <QDate>
#include <QString>

namespace sochibo::text {

/// Month padding in the date line: the rule pads only months below 3 ("tháng 02", "tháng 4");
/// common practice (and seed 000) pads every month ("tháng 04").
enum class MonthPadding { Rule, All };

/// "ngày 01 tháng 02 năm 2026"
QString datePhrase(const QDate &d, MonthPadding pad = MonthPadding::Rule);
/// "Vĩnh Phong, ngày 24 tháng 4 năm 2026"
QString dateLine(const QString &place, const QDate &d, MonthPadding pad = MonthPadding::Rule);
/// "tháng 4/2026"
QString monthOfYear(int month, int year);
/// "Quý II năm 2026"
QString quarterOfYear(int quarter, int year);
/// "năm học 2025–2026" for the school year that starts in \a startYear.
QString schoolYear(int startYear);
/// "nhiệm kỳ 2024–2027"
QString committeeTerm(int fromYear, int toYear);
/// "24/04/2026"
QString shortDate(const QDate &d);
/// A date as offices type it, day first: "15/03/1985", "15/3/1985", "15-03-1985",
/// "15.03.1985", "15031985", "15/3/85" (a two-digit year is of this century when not after
/// \a today's year, else of the last). Invalid when the text is not one of them.
QDate parseTypedDate(const QString &text, const QDate &today = QDate::currentDate());

/// Roman numeral of 1..3999 ("IV"); empty outside that range.
QString romanNumeral(int n);
/// Vietnamese item letter for position \a n (1-based): a, b, c, d, đ, e, g, h, i, k, l, m, n, o,
/// p, q, r, s, t, u, v, x, y. After y the letters repeat doubled: 24 → "aa", 25 → "bb", …
QString itemLetter(int n);

/// "06-KH/CB": the number (zero-padded below 10), kind, issuer.
QString documentSymbol(int number, const QString &kind, const QString &issuer);
/// "Số 06-KH/CB" or, with \a colon, "Số: 06-KH/CB".
QString numberLine(int number, const QString &kind, const QString &issuer, bool colon = false);

/// Upper case with Vietnamese rules: "đảng" → "ĐẢNG".
QString upper(const QString &s);
/// First letter upper case, the rest untouched.
QString capitalizeFirst(const QString &s);
/// First letter lower case, the rest untouched: a label inside a sentence
/// ("Hoàn thành tốt nhiệm vụ" → "…được xếp loại hoàn thành tốt nhiệm vụ").
QString lowerFirst(const QString &s);

/// Integer in Vietnamese format: 7.082.643.000
QString formatInteger(qint64 n);
/// Decimal with \a decimals places, comma separator: 1,5
QString formatDecimal(double v, int decimals = 1);
/// Share of \a part in \a whole as a reader expects: "85,3%", "100%" only when part == whole,
/// never "100,0%" for 99,96 % nor "0,0%" for a non-zero part; whole percentages lose ",0".
/// Empty when whole is 0.
QString percent(qint64 part, qint64 whole, int decimals = 1);

/// A count with its classifier as reports write it: "03 đồng chí", "35 đảng viên".
/// Numbers below 10 get a leading zero, 0 stays "0".
QString counted(qint64 n, const QString &noun);
/// Two-digit form used for counts in reports: 3 → "03", 35 → "35".
QString twoDigits(qint64 n);
/// A count in a "label: count" list: twoDigits, or "không" for none (never "00").
QString countOrNone(qint64 n);

} // namespace sochibo::text

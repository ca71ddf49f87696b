#pragma once
#include <QString>

namespace sochibo::text {

/// How a number is read in words ("bằng chữ"); see docs/vietnamese-text.md.
struct NumberWordsStyle
{
    /// "linh" (default, northern, used in official forms) or "lẻ" for a zero ten: 105 → "một
    /// trăm linh năm".
    bool useLe = false;
    /// Separate the thousand groups with ", " ("bảy tỷ, không trăm tám mươi hai triệu, …").
    bool groupCommas = false;
};

/// 0 → "không"; 21 → "hai mươi mốt"; 1000005 → "một triệu không trăm linh năm".
/// Negative numbers are prefixed with "âm".
QString numberInWords(qint64 n, const NumberWordsStyle &style = {});

/// An amount as written on a form: capitalised, groups separated by commas, unit appended:
/// 7082643000 → "Bảy tỷ, không trăm tám mươi hai triệu, sáu trăm bốn mươi ba nghìn đồng".
QString amountInWords(qint64 n, const QString &unit = QStringLiteral("đồng"),
                      const NumberWordsStyle &style = NumberWordsStyle{false, true});

} // namespace sochibo::text

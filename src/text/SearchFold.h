#pragma once
#include <QString>

namespace sochibo::text {

/// Search form of \a s: lower case, every mark removed, đ → d. "Đường" → "duong".
QString fold(const QString &s);

/// How well \a text matches the search \a query, for ranking:
///  3 the query appears with the exact diacritics (case ignored),
///  2 it appears once tone placement is unified ("thuỷ" for "thủy"),
///  1 it appears once diacritics are folded away ("dang" in "Đặng"),
///  0 no match.
/// A match at the start of a word adds 0.5 so "an" ranks "An" above "Loan".
double matchScore(const QString &query, const QString &text);

/// True if every word of \a query occurs, folded, in \a text.
bool foldedContainsAll(const QString &query, const QString &text);

} // namespace sochibo::text

#include "Search.h"

#include "text/SearchFold.h"

#include <QHash>
#include <QRegularExpression>
#include <algorithm>

namespace sochibo::storage {

namespace {

/// The words of a folded query: letters and digits only, so nothing of it can be read as
/// FTS5 syntax.
QStringList queryWords(const QString &query)
{
    static const QRegularExpression separators(QStringLiteral("[^\\p{L}\\p{N}]+"));
    return text::fold(query).split(separators, Qt::SkipEmptyParts);
}

/// A window of \a text around the first place a word of \a words occurs (folded).
void makeSnippet(const QString &textIn, const QStringList &words, SearchHit &hit)
{
    const QString text = textIn.simplified();
    const QString folded = text::fold(text);
    // The whole query where it occurs as typed; else the first word found at a word start.
    const QString phrase = words.join(QLatin1Char(' '));
    qsizetype at = folded.indexOf(phrase), length = phrase.size();
    for (qsizetype w = 0; at < 0 && w < words.size(); ++w) {
        for (qsizetype i = folded.indexOf(words[w]); i >= 0; i = folded.indexOf(words[w], i + 1)) {
            if (i == 0 || !folded.at(i - 1).isLetterOrNumber()) {
                at = i;
                length = words[w].size();
                break;
            }
        }
    }
    // fold() keeps one character per composed letter; if the lengths differ (text typed
    // decomposed), positions do not carry over: show the start.
    if (folded.size() != text.size())
        at = -1;
    constexpr int before = 30, width = 90;
    if (at < 0) {
        hit.snippet = text.left(width) + (text.size() > width ? QStringLiteral("…") : QString());
        return;
    }
    const qsizetype from = std::max<qsizetype>(0, at - before);
    const QString lead = from > 0 ? QStringLiteral("…") : QString();
    hit.snippet = lead + text.mid(from, width) +
                  (from + width < text.size() ? QStringLiteral("…") : QString());
    hit.matchStart = int(lead.size() + at - from);
    hit.matchLength = int(length);
}

} // namespace

QString SearchHit::markedSnippet() const
{
    if (matchStart < 0)
        return snippet;
    return snippet.left(matchStart) + QLatin1Char('[') + snippet.mid(matchStart, matchLength) +
           QLatin1Char(']') + snippet.mid(matchStart + matchLength);
}

const QStringList &searchKinds()
{
    static const QStringList kinds = {QStringLiteral("member"),     QStringLiteral("task"),
                                      QStringLiteral("progress"),   QStringLiteral("meeting"),
                                      QStringLiteral("topic"),      QStringLiteral("shortcoming"),
                                      QStringLiteral("commitment"), QStringLiteral("evidence")};
    return kinds;
}

QString searchKindLabel(const QString &kind)
{
    static const QHash<QString, QString> labels = {
        {QStringLiteral("member"), QStringLiteral("Đảng viên")},
        {QStringLiteral("task"), QStringLiteral("Nhiệm vụ")},
        {QStringLiteral("progress"), QStringLiteral("Báo cáo tháng")},
        {QStringLiteral("meeting"), QStringLiteral("Sinh hoạt")},
        {QStringLiteral("topic"), QStringLiteral("Chuyên đề")},
        {QStringLiteral("shortcoming"), QStringLiteral("Hạn chế")},
        {QStringLiteral("commitment"), QStringLiteral("Cam kết")},
        {QStringLiteral("evidence"), QStringLiteral("Minh chứng")}};
    return labels.value(kind, kind);
}

QList<SearchHit> searchRecords(const Database &db, const QString &query, int limit)
{
    const QStringList words = queryWords(query);
    if (words.isEmpty())
        return {};
    QStringList terms;
    for (const QString &w : words)
        terms << QStringLiteral("\"%1\"*").arg(w); // prefixes: "chun" already finds "chứng"
    const QString match = QStringLiteral("folded : (%1)").arg(terms.join(QStringLiteral(" AND ")));
    Statement st = db.prepare(QStringLiteral(
        "SELECT kind, ref_id, title, body FROM search_index WHERE search_index MATCH ?1 "
        "ORDER BY bm25(search_index) LIMIT 2000"));
    st.bind(1, match);
    QList<SearchHit> hits;
    QHash<QString, qsizetype> seen; // one hit per record that opens: its best
    const QString phrase = query.simplified();
    while (st.step()) {
        SearchHit h;
        h.kind = st.text(0);
        h.refId = st.integer(1);
        h.title = st.text(2);
        const QString body = st.text(3);
        h.score = std::max(text::matchScore(phrase, h.title), text::matchScore(phrase, body));
        makeSnippet(body.trimmed().isEmpty() ? h.title : body, words, h);
        const QString key = h.kind + QLatin1Char(':') + QString::number(h.refId);
        const auto it = seen.constFind(key);
        if (it == seen.constEnd()) {
            seen.insert(key, hits.size());
            hits << h;
        } else if (h.score > hits[*it].score) {
            hits[*it] = h;
        }
    }
    // Groups in a fixed order; in a group the better match first, FTS5's relevance order
    // (kept by the stable sort) among equals.
    std::stable_sort(hits.begin(), hits.end(), [](const SearchHit &a, const SearchHit &b) {
        const qsizetype ka = searchKinds().indexOf(a.kind), kb = searchKinds().indexOf(b.kind);
        if (ka != kb)
            return ka < kb;
        return a.score > b.score;
    });
    if (hits.size() > limit)
        hits.resize(limit);
    return hits;
}

} // namespace sochibo::storage

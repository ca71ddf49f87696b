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

/// A window of \a text around the first place the query (or one of its words) occurs in
/// \a folded, the same text as stored folded in the index (one character per character for
/// composed text, so positions carry over; when they do not, the window starts at 0).
void makeSnippet(const QString &text, const QString &folded, const QStringList &words,
                 SearchHit &hit)
{
    const QString phrase = words.join(QLatin1Char(' '));
    qsizetype at = folded.indexOf(phrase), length = phrase.size();
    for (qsizetype w = 0; at < 0 && w < words.size(); ++w) {
        for (qsizetype i = folded.indexOf(words[w]); i >= 0; i = folded.indexOf(words[w], i + 1)) {
            if (i == 0 || !folded.at(i - 1).isLetterOrNumber()) { // at a word start
                at = i;
                length = words[w].size();
                break;
            }
        }
    }
    if (folded.size() != text.size())
        at = -1;
    constexpr int before = 30, width = 90;
    const qsizetype from = at < 0 ? 0 : std::max<qsizetype>(0, at - before);
    QString flat = text.mid(from, width);
    for (QChar &c : flat) // line breaks and tabs shown as spaces, one for one
        if (c.isSpace())
            c = QLatin1Char(' ');
    while (flat.endsWith(QLatin1Char(' ')))
        flat.chop(1);
    const qsizetype matchStart = at < 0 ? -1 : at - from;
    const QString lead = from > 0 ? QStringLiteral("…") : QString();
    hit.snippet = lead + flat + (from + width < text.size() ? QStringLiteral("…") : QString());
    if (matchStart >= 0 && matchStart < flat.size()) {
        hit.matchStart = int(lead.size() + matchStart);
        hit.matchLength = int(std::min<qsizetype>(length, flat.size() - matchStart));
    }
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
    // FTS5's relevance (bm25) picks the candidates; the ranking below only reorders them.
    Statement st =
        db.prepare(QStringLiteral("SELECT kind, ref_id, title, body, folded FROM search_index "
                                  "WHERE search_index MATCH ?1 ORDER BY rank LIMIT ?2"));
    st.bind(1, match).bind(2, qint64(limit) * 2);
    QList<SearchHit> hits;
    QHash<QString, qsizetype> seen; // one hit per record that opens: its best
    const QString phrase = query.simplified();
    while (st.step()) {
        SearchHit h;
        h.kind = st.text(0);
        h.refId = st.integer(1);
        h.title = st.text(2);
        const QString text = h.title + QLatin1Char(' ') + st.text(3);
        // Exact diacritics (case aside) rank first; a plain comparison, no ICU per row.
        h.score = text.contains(phrase, Qt::CaseInsensitive) ? 3 : 1;
        makeSnippet(text, st.text(4), words, h);
        // One line per record that opens; one file attached to several records (the same
        // name, the same words around the match) is one line that says how many.
        const bool evidence = h.kind == QLatin1String("evidence");
        const QString key =
            evidence ? h.kind + QLatin1Char(':') + h.title + QLatin1Char('\n') + h.snippet
                     : h.kind + QLatin1Char(':') + QString::number(h.refId);
        const auto it = seen.constFind(key);
        if (it == seen.constEnd()) {
            seen.insert(key, hits.size());
            hits << h;
        } else if (evidence) {
            ++hits[*it].copies;
        } else if (h.score > hits[*it].score) {
            hits[*it] = h;
        }
    }
    // Groups in a fixed order; in a group the exact matches first, FTS5's relevance order
    // (kept by the stable sort) among equals.
    std::stable_sort(hits.begin(), hits.end(), [](const SearchHit &a, const SearchHit &b) {
        const qsizetype ka = searchKinds().indexOf(a.kind), kb = searchKinds().indexOf(b.kind);
        if (ka != kb)
            return ka < kb;
        return a.score > b.score;
    });
    if (hits.size() > limit)
        hits.resize(limit);
    for (SearchHit &h : hits) {
        if (h.kind == QLatin1String("evidence") && h.copies > 1)
            h.title += QStringLiteral(" (đính kèm ở %1 nơi)").arg(h.copies);
        // A commitment is one member's for one year: the year is said.
        if (h.kind == QLatin1String("commitment")) {
            Statement year =
                db.prepare(QStringLiteral("SELECT year FROM commitment WHERE id = ?1"));
            year.bind(1, h.refId);
            if (year.step() && h.title.startsWith(QStringLiteral("Việc cam kết — ")))
                h.title = QStringLiteral("Cam kết năm %1 — %2")
                              .arg(year.integer(0))
                              .arg(h.title.mid(QStringLiteral("Việc cam kết — ").size()));
        }
    }
    return hits;
}

} // namespace sochibo::storage

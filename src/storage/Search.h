#pragma once

#include "Database.h"

#include <QList>

namespace sochibo::storage {

/// One record that matches a search.
struct SearchHit
{
    QString kind; ///< member, task, progress, meeting, topic, shortcoming, commitment, evidence
    qint64 refId =
        0; ///< the record that opens (a meeting for its conclusions, a task for its reports)
    QString title;
    QString snippet; ///< about 90 characters of the text around the first match
    /// Evidence: how many records the same file (name and text) is attached to; it is listed
    /// once, opening the first of them.
    int copies = 1;
    int matchStart = -1; ///< where the match is in snippet (-1: in the title only)
    int matchLength = 0;
    /// 3: the query occurs with its exact diacritics (case ignored); 1: only once diacritics
    /// are folded away.
    double score = 0;
    /// The snippet with the match in [brackets], for one-line output.
    QString markedSnippet() const;
};

/// "Đảng viên", "Nhiệm vụ", "Báo cáo tháng", … for a hit's kind.
QString searchKindLabel(const QString &kind);
/// The order groups are shown in.
const QStringList &searchKinds();

/// Every record whose text (PDF text of evidence included) holds all the words of
/// \a query, diacritics ignored ("dang" finds "Đặng", "minh chung" finds "minh chứng").
/// Grouped by kind in searchKinds() order; within a group exact-diacritic matches first,
/// then by relevance. At most \a limit hits.
QList<SearchHit> searchRecords(const Database &db, const QString &query, int limit = 200);

} // namespace sochibo::storage

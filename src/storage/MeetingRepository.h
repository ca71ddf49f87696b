#pragma once
#include "Database.h"
#include "core/Meeting.h"
#include "core/Task.h"

namespace sochibo::storage {

/// Meetings with attendance, speakers and conclusions; thematic topics; supervisions.
class MeetingRepository
{
public:
    explicit MeetingRepository(const Database &db) : m_db(db) {}

    /// Newest first; attendance etc. are not loaded (use find()).
    QList<core::Meeting> list(int year = 0) const;
    std::optional<core::Meeting> find(qint64 id) const;
    /// Saves the meeting and replaces its attendance, speakers and conclusions, in one
    /// transaction. Conclusions keep their ids (tasks point to them).
    qint64 save(const core::Meeting &m);
    void remove(qint64 id);
    /// A task pre-filled from a conclusion: title from its text, source = conclusion, due at
    /// the end of the next month.
    core::Task taskFromConclusion(qint64 conclusionId) const;

    QList<core::ThematicTopic> topics(int year) const;
    /// The year of topic \a id.
    std::optional<int> topicYear(qint64 id) const;
    qint64 saveTopic(const core::ThematicTopic &t);
    /// Refused, with the reason, when tasks were given from the topic.
    void removeTopic(qint64 id);

    QList<core::Supervision> supervisions(const QDate &from, const QDate &to) const;
    qint64 saveSupervision(const core::Supervision &s);
    /// Refused, with the reason, when tasks were given from its recommendations.
    void removeSupervision(qint64 id);

private:
    const Database &m_db;
};

} // namespace sochibo::storage

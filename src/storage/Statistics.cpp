#include "Statistics.h"

#include "MemberRepository.h"
#include "TaskRepository.h"

#include <QSet>

namespace sochibo::storage {

using namespace sochibo::core;

namespace {
int count(const Database &db, const QString &sql, const QVariantList &args)
{
    Statement st = db.prepare(sql);
    for (int i = 0; i < args.size(); ++i)
        st.bind(i + 1, args[i]);
    return st.step() ? int(st.integer(0)) : 0;
}
} // namespace

YearFigures Statistics::year(int y, QDate asOf) const
{
    YearFigures f;
    f.year = y;
    const QDate first(y, 1, 1), last(y, 12, 31);
    if (!asOf.isValid() || asOf > last)
        asOf = last;
    MemberRepository members(m_db);

    const QList<qint64> atStart = members.membersOn(first.addDays(-1));
    const QList<qint64> atEnd = members.membersOn(last);
    f.membersStart = int(atStart.size());
    f.membersEnd = int(atEnd.size());
    f.admitted = int(members.withEvent(EventKind::Admitted, first, last).size());
    f.madeFull = int(members.withEvent(EventKind::MadeFull, first, last).size());
    f.transferredIn = int(members.withEvent(EventKind::TransferredIn, first, last).size());
    f.transferredOut = int(members.withEvent(EventKind::TransferredOut, first, last).size());
    f.retired = int(members.withEvent(EventKind::Retired, first, last).size());
    f.died = int(members.withEvent(EventKind::Died, first, last).size());
    f.expelled = int(members.withEvent(EventKind::Expelled, first, last).size());
    f.disciplined = int(members.withEvent(EventKind::Disciplined, first, last).size());
    const QSet<qint64> endSet(atEnd.cbegin(), atEnd.cend());
    for (const Member &m : members.list(true)) {
        if (!endSet.contains(m.id))
            continue;
        if (members.isFullOn(m, last))
            ++f.fullEnd;
        else
            ++f.probationaryEnd;
        if (m.gender == Gender::Female)
            ++f.womenEnd;
        switch (m.education) {
        case Education::Master:
            ++f.masters;
            break;
        case Education::Bachelor:
            ++f.bachelors;
            break;
        case Education::College:
            ++f.colleges;
            break;
        case Education::Other:
            ++f.otherEducation;
            break;
        }
    }
    f.candidatesToClass = count(
        m_db, QStringLiteral("SELECT count(*) FROM candidate WHERE class_on BETWEEN ?1 AND ?2"),
        {first, last});
    f.candidatesAdmitted = count(
        m_db, QStringLiteral("SELECT count(*) FROM candidate WHERE admitted_on BETWEEN ?1 AND ?2"),
        {first, last});

    f.previousRatings = members.ratingCounts(y - 1);
    for (int n : f.previousRatings)
        f.previousRated += n;

    const QString inYear = QStringLiteral("held_on BETWEEN ?1 AND ?2");
    f.regularMeetings = count(
        m_db, QStringLiteral("SELECT count(*) FROM meeting WHERE kind='regular' AND ") + inYear,
        {first, last});
    f.thematicMeetings = count(
        m_db, QStringLiteral("SELECT count(*) FROM meeting WHERE kind='thematic' AND ") + inYear,
        {first, last});
    f.committeeMeetings = count(
        m_db, QStringLiteral("SELECT count(*) FROM meeting WHERE kind='committee' AND ") + inYear,
        {first, last});
    f.attendancePresent = count(
        m_db,
        QStringLiteral("SELECT count(*) FROM attendance a JOIN meeting m ON m.id = a.meeting_id "
                       "WHERE m.kind IN ('regular','thematic') AND a.status = 'present' AND m.") +
            inYear,
        {first, last});
    f.attendanceExpected = count(
        m_db,
        QStringLiteral("SELECT count(*) FROM attendance a JOIN meeting m ON m.id = a.meeting_id "
                       "WHERE m.kind IN ('regular','thematic') AND a.status <> 'exempt' AND m.") +
            inYear,
        {first, last});

    f.supervisions = count(
        m_db,
        QStringLiteral("SELECT count(*) FROM supervision WHERE kind='supervision' AND ") + inYear,
        {first, last});
    f.inspections = count(
        m_db,
        QStringLiteral("SELECT count(*) FROM supervision WHERE kind='inspection' AND ") + inYear,
        {first, last});
    f.supervisedMembers =
        count(m_db,
              QStringLiteral("SELECT count(DISTINCT subject_member_id) FROM supervision WHERE "
                             "subject_member_id IS NOT NULL AND ") +
                  inYear,
              {first, last});

    Statement t = m_db.prepare(
        QStringLiteral("SELECT t.status, t.due_on, t.completed_on, t.owner_id IS NULL OR t.due_on "
                       "IS NULL OR trim(t.expected_output) = '', "
                       "(SELECT count(*) FROM evidence e WHERE e.task_id = t.id OR e.progress_id "
                       "IN (SELECT p.id FROM progress_report p WHERE p.task_id = t.id)) "
                       "FROM task t WHERE ") +
        TaskRepository::yearClause(QStringLiteral("?1"), QStringLiteral("?2")));
    t.bind(1, first).bind(2, last);
    while (t.step()) {
        ++f.tasks;
        const QString status = t.text(0);
        const QDate due = t.date(1), done = t.date(2);
        if (t.integer(3))
            ++f.tasksVague;
        if (status == QLatin1String("cancelled")) {
            ++f.tasksCancelled;
        } else if (status == QLatin1String("done")) {
            ++f.tasksDone;
            if (!due.isValid() || (done.isValid() && done <= due))
                ++f.tasksOnTime;
            else
                ++f.tasksLate;
            if (t.integer(4) == 0)
                ++f.tasksWithoutEvidence;
        } else {
            ++f.tasksOpen;
            if (due.isValid() && due < asOf)
                ++f.tasksOverdue;
            else
                ++f.tasksNotYetDue;
        }
    }

    Statement s = m_db.prepare(QStringLiteral(
        "SELECT s.id, s.title, "
        "(SELECT count(*) FROM task t WHERE t.shortcoming_id = s.id AND t.status <> 'cancelled'), "
        "(SELECT count(*) FROM task t WHERE t.shortcoming_id = s.id AND t.status = 'done'), "
        "(SELECT count(*) FROM task t WHERE t.shortcoming_id = s.id AND t.status = 'done' AND "
        "EXISTS "
        "  (SELECT 1 FROM evidence e WHERE e.task_id = t.id OR e.progress_id IN (SELECT p.id FROM "
        "progress_report p WHERE p.task_id = t.id))), "
        "(SELECT count(*) FROM evidence e WHERE e.shortcoming_id = s.id OR e.task_id IN (SELECT "
        "t.id FROM task t WHERE t.shortcoming_id = s.id) "
        "  OR e.progress_id IN (SELECT p.id FROM progress_report p JOIN task t ON t.id = p.task_id "
        "WHERE t.shortcoming_id = s.id)) "
        "FROM shortcoming s WHERE s.review_year = ?1 ORDER BY s.position, s.id"));
    s.bind(1, y - 1);
    while (s.step()) {
        RemedyFigures r{s.integer(0),      s.text(1),         int(s.integer(2)),
                        int(s.integer(3)), int(s.integer(4)), int(s.integer(5))};
        f.remedyTasks += r.tasks;
        f.remedyTasksDone += r.done;
        f.remedies << r;
    }
    return f;
}

} // namespace sochibo::storage

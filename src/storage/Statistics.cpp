#include "Statistics.h"

#include "MeetingRepository.h"
#include "MemberRepository.h"
#include "ReviewRepository.h"
#include "TaskRepository.h"

#include "core/MembershipTimeline.h"
#include "core/TaskRules.h"
#include "text/DocumentWording.h"

#include <QHash>
#include <algorithm>

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

YearFigures Statistics::year(int y, QDate asOfDay) const
{
    YearFigures f;
    f.year = y;
    const QDate first(y, 1, 1), last(y, 12, 31);
    // A year is judged during the document's day, or at the close of 31 December once past.
    const AsOf asOf = AsOf::forYear(y, asOfDay);
    // Membership: core::MembershipTimeline decides who is in the cell on a date.
    MemberRepository members(m_db);
    const QList<MembershipTimeline> timelines = members.timelines();
    const QDate dayBefore = first.addDays(-1);
    const auto withEvent = [&](EventKind kind) {
        return int(
            std::count_if(timelines.cbegin(), timelines.cend(), [&](const MembershipTimeline &t) {
                return t.eventsIn(kind, first, last) > 0;
            }));
    };
    f.admitted = withEvent(EventKind::Admitted);
    f.madeFull = withEvent(EventKind::MadeFull);
    f.transferredIn = withEvent(EventKind::TransferredIn);
    f.transferredOut = withEvent(EventKind::TransferredOut);
    f.retired = withEvent(EventKind::Retired);
    f.died = withEvent(EventKind::Died);
    f.expelled = withEvent(EventKind::Expelled);
    f.disciplined = withEvent(EventKind::Disciplined);
    for (const MembershipTimeline &t : timelines) {
        f.membersStart += t.inCellOn(dayBefore);
        if (!t.inCellOn(last))
            continue;
        const Member &m = t.member();
        ++f.membersEnd;
        if (t.fullOn(last))
            ++f.fullEnd;
        else
            ++f.probationaryEnd;
        f.probationOverdue += t.probationOverdueOn(std::min(last, asOf.date));
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
    f.ratings = members.ratingCounts(y);

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

    // Tasks of the year and their state at the moment: core::task_rules.
    TaskRepository taskRepo(m_db);
    const QList<Task> allTasks = taskRepo.list();
    const QHash<qint64, int> evidence = taskRepo.evidenceCounts(asOf.date);
    for (const Task &t : allTasks) {
        if (!task_rules::belongsToYear(t, y))
            continue;
        ++f.tasks;
        f.tasksVague += task_rules::vague(t);
        switch (task_rules::state(t, asOf)) {
        case TaskState::Cancelled:
            ++f.tasksCancelled;
            break;
        case TaskState::DoneOnTime:
        case TaskState::DoneLate: {
            ++f.tasksDone;
            const bool onTime = task_rules::onTime(t);
            f.tasksOnTime += onTime;
            f.tasksLate += !onTime;
            f.tasksWithoutEvidence += evidence.value(t.id) == 0;
            break;
        }
        case TaskState::Overdue:
            ++f.tasksOpen;
            ++f.tasksOverdue;
            break;
        case TaskState::NotStarted:
        case TaskState::InProgress:
            ++f.tasksOpen;
            ++f.tasksNotYetDue;
            f.tasksCarriedOver += task_rules::carriedOver(t, y, asOf);
            break;
        }
    }

    // Remedies of the shortcomings the previous year's review named.
    Statement s = m_db.prepare(QStringLiteral(
        "SELECT s.id, s.title, "
        "(SELECT count(*) FROM evidence e WHERE (e.shortcoming_id = s.id OR e.task_id IN (SELECT "
        "t.id FROM task t WHERE t.shortcoming_id = s.id) "
        "  OR e.progress_id IN (SELECT p.id FROM progress_report p JOIN task t ON t.id = p.task_id "
        "WHERE t.shortcoming_id = s.id)) AND substr(e.added_on, 1, 10) <= ?2) "
        "FROM shortcoming s WHERE s.review_year = ?1 ORDER BY s.position, s.id"));
    s.bind(1, y - 1).bind(2, asOf.date);
    while (s.step()) {
        RemedyFigures r;
        r.shortcomingId = s.integer(0);
        r.title = s.text(1);
        r.evidence = int(s.integer(2));
        for (const Task &t : allTasks) {
            if (t.shortcomingId != r.shortcomingId || t.status == TaskStatus::Cancelled)
                continue;
            ++r.tasks;
            if (task_rules::doneBy(t, asOf)) {
                ++r.done;
                r.doneWithEvidence += evidence.value(t.id) > 0;
            }
        }
        f.remedyTasks += r.tasks;
        f.remedyTasksDone += r.done;
        f.remedies << r;
    }
    return f;
}

MemberYear Statistics::memberYear(qint64 memberId, int y, QDate asOfDay) const
{
    MemberYear out;
    out.memberId = memberId;
    out.year = y;
    const QDate first(y, 1, 1), last(y, 12, 31);
    out.asOf = AsOf::forYear(y, asOfDay);
    const AsOf &asOf = out.asOf;

    TaskRepository tasks(m_db);
    TaskFilter mine;
    mine.ownerId = memberId;
    mine.year = y;
    out.taskEvidence = tasks.evidenceCounts(asOf.date);
    const QHash<qint64, int> &evidence = out.taskEvidence;
    for (const Task &t : tasks.list(mine)) {
        out.taskList << t;
        ++out.tasks;
        switch (task_rules::state(t, asOf)) {
        case TaskState::Cancelled:
            ++out.cancelled;
            break;
        case TaskState::DoneOnTime:
        case TaskState::DoneLate:
            ++out.done;
            (task_rules::onTime(t) ? out.onTime : out.late) += 1;
            out.withoutEvidence += evidence.value(t.id) == 0;
            break;
        case TaskState::Overdue:
            ++out.overdue;
            ++out.open;
            break;
        default:
            ++out.open;
            break;
        }
    }
    out.monthlyReports = count(
        m_db,
        QStringLiteral("SELECT count(*) FROM progress_report WHERE member_id = ?1 AND period "
                       "BETWEEN ?2 AND ?3 AND (reported_on IS NULL OR reported_on <= ?4)"),
        {memberId, QStringLiteral("%1-01").arg(y), QStringLiteral("%1-12").arg(y), asOf.date});

    MeetingRepository meetings(m_db);
    for (const Meeting &m : meetings.list(y)) {
        if (m.kind == MeetingKind::Committee || m.heldOn > asOf.date)
            continue;
        for (const Attendance &a : m.attendance) {
            if (a.memberId != memberId)
                continue;
            out.present += a.status == AttendanceStatus::Present;
            out.excused += a.status == AttendanceStatus::Excused;
            out.unexcused += a.status == AttendanceStatus::Unexcused;
        }
    }
    for (const ThematicTopic &t : meetings.topics(y))
        if (t.drafterId == memberId)
            out.topicsDrafted << t.title;
    for (const Supervision &s : meetings.supervisions(first, std::min(last, asOf.date)))
        if (s.subjectMemberId == memberId)
            out.supervisions << QStringLiteral("%1 ngày %2%3")
                                    .arg(s.inspection ? QStringLiteral("Kiểm tra")
                                                      : QStringLiteral("Giám sát"),
                                         text::shortDate(s.heldOn),
                                         s.conclusion.trimmed().isEmpty()
                                             ? QString()
                                             : QStringLiteral(": ") + s.conclusion.trimmed());
    MemberRepository members(m_db);
    for (const MembershipEvent &e : members.events(memberId))
        if (e.kind == EventKind::Disciplined && e.date >= first && e.date <= asOf.date)
            out.disciplines
                << QStringLiteral("%1 ngày %2").arg(label(e.discipline), text::shortDate(e.date));
    if (const auto c = ReviewRepository(m_db).commitment(memberId, y)) {
        out.hasCommitment = true;
        for (const CommitmentItem &i : c->items) {
            CommitmentProgress p;
            p.item = i;
            if (i.taskId > 0)
                if (const auto t = tasks.find(i.taskId)) {
                    p.linked = true;
                    p.taskTitle = t->title;
                    p.state = task_rules::state(*t, asOf);
                }
            out.commitment << p;
        }
    }
    out.previousRating = members.rating(memberId, y - 1);
    return out;
}

} // namespace sochibo::storage

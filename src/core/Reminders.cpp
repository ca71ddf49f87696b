#include "Reminders.h"

#include "TaskRules.h"
#include "text/DocumentWording.h"
#include "text/VietCollator.h"

namespace sochibo::core {

QList<Reminder> reminders(const ReminderInputs &in)
{
    const QDate today = in.today;
    const AsOf now = AsOf::during(today);
    const auto owner = [&](const Task &t) {
        return t.ownerId ? QStringLiteral("đồng chí %1").arg(in.names.value(t.ownerId))
                         : QStringLiteral("chưa giao người phụ trách");
    };
    QList<Reminder> overdue, dueSoon, probationPast, probationEnding, meeting, topics, evidence,
        commitments, backup;
    // the tasks by due date, so that each list comes out in that order
    QList<const Task *> tasks;
    for (const Task &t : in.tasks)
        tasks << &t;
    std::stable_sort(tasks.begin(), tasks.end(),
                     [](const Task *a, const Task *b) { return a->dueOn < b->dueOn; });
    for (const Task *task : std::as_const(tasks)) {
        const Task &t = *task;
        // overdue, or due within 7 days: the due date in the text and in the key
        const bool late = task_rules::overdue(t, now);
        if (late || task_rules::dueSoon(t, now))
            (late ? overdue : dueSoon) << Reminder{
                late ? ReminderKind::TaskOverdue : ReminderKind::TaskDueSoon,
                (late ? QStringLiteral("Quá hạn từ %1: %2 (%3)")
                      : QStringLiteral("Đến hạn ngày %1: %2 (%3)"))
                    .arg(text::shortDate(t.dueOn), t.title, owner(t)),
                t.id,
                0,
                0,
                QStringLiteral("%1:%2:%3")
                    .arg(late ? QStringLiteral("task-overdue") : QStringLiteral("task-due"))
                    .arg(t.id)
                    .arg(t.dueOn.toString(Qt::ISODate))};
        // done this month, nothing attached
        const QDate done = task_rules::completion(t);
        if (task_rules::doneBy(t, now) && done.isValid() && done.year() == today.year() &&
            done.month() == today.month() && in.evidence.value(t.id) == 0)
            evidence << Reminder{ReminderKind::EvidenceMissing,
                                 QStringLiteral("Chưa có minh chứng: %1 (%2, hoàn thành %3)")
                                     .arg(t.title, owner(t), text::shortDate(done)),
                                 t.id,
                                 0,
                                 0,
                                 QStringLiteral("evidence:%1").arg(t.id)};
    }
    for (const MembershipTimeline &tl : in.timelines) {
        if (!tl.inCellOn(today) || !tl.probationaryOn(today))
            continue;
        const QDate ends = tl.probationEnds();
        if (!ends.isValid())
            continue;
        // past: the cell decides; within 30 days: the papers are prepared
        const bool past = tl.probationOverdueOn(today);
        if (!past && ends > today.addDays(30))
            continue;
        const Member &m = tl.member();
        (past ? probationPast : probationEnding) << Reminder{
            past ? ReminderKind::ProbationPast : ReminderKind::ProbationEnding,
            QStringLiteral("Đồng chí %1 hết 12 tháng dự bị ngày %2: %3")
                .arg(m.fullName, text::shortDate(ends),
                     past ? QStringLiteral("Chi bộ xét công nhận đảng viên chính thức")
                          : QStringLiteral("chuẩn bị hồ sơ chuyển đảng viên chính "
                                           "thức")),
            0,
            m.id,
            0,
            QStringLiteral("%1:%2")
                .arg(past ? QStringLiteral("probation-past") : QStringLiteral("probation-ending"))
                .arg(m.id)};
    }
    // the month's regular meeting, once the 10th has passed
    if (today.day() > 10 &&
        std::none_of(in.meetings.cbegin(), in.meetings.cend(), [&](const Meeting &m) {
            return m.kind == MeetingKind::Regular && m.heldOn.year() == today.year() &&
                   m.heldOn.month() == today.month();
        }))
        meeting << Reminder{
            ReminderKind::MeetingNotRecorded,
            QStringLiteral("Chưa ghi buổi sinh hoạt thường kỳ tháng %1/%2")
                .arg(today.month())
                .arg(today.year()),
            0,
            0,
            0,
            QStringLiteral("meeting:%1").arg(today.toString(QStringLiteral("yyyy-MM")))};
    const int quarter = (today.month() - 1) / 3 + 1;
    for (const ThematicTopic &t : in.topics) {
        if (t.year == today.year() && t.plannedQuarter == quarter && t.meetingId == 0)
            topics << Reminder{ReminderKind::TopicNotHeld,
                               QStringLiteral("Chuyên đề dự kiến quý %1 chưa tổ chức: %2")
                                   .arg(text::romanNumeral(quarter), t.title),
                               0,
                               0,
                               t.id,
                               QStringLiteral("topic:%1").arg(t.id)};
    }
    if (in.commitmentsExpected) {
        QList<const Member *> without;
        for (const MembershipTimeline &tl : in.timelines) {
            if (!tl.inCellOn(today))
                continue;
            const qint64 id = tl.member().id;
            if (std::none_of(in.commitments.cbegin(), in.commitments.cend(),
                             [id](const Commitment &c) { return c.memberId == id; }))
                without << &tl.member();
        }
        std::sort(without.begin(), without.end(), [](const Member *a, const Member *b) {
            return text::VietCollator::compareNames(a->fullName, b->fullName) < 0;
        });
        for (const Member *m : without)
            commitments << Reminder{
                ReminderKind::NoCommitment,
                QStringLiteral("Đồng chí %1 chưa có bản cam kết năm %2")
                    .arg(m->fullName)
                    .arg(today.year()),
                0,
                m->id,
                0,
                QStringLiteral("commitment:%1:%2").arg(m->id).arg(today.year())};
    }
    if (!in.lastBackup.isValid() || in.lastBackup.date().daysTo(today) > 7)
        backup << Reminder{ReminderKind::BackupOld,
                           in.lastBackup.isValid()
                               ? QStringLiteral("Bản sao lưu gần nhất từ ngày %1: hãy sao lưu "
                                                "(Tệp ▸ Sao lưu ngay)")
                                     .arg(text::shortDate(in.lastBackup.date()))
                               : QStringLiteral("Sổ chưa có bản sao lưu nào: hãy sao lưu (Tệp ▸ "
                                                "Sao lưu ngay)"),
                           0,
                           0,
                           0,
                           QStringLiteral("backup:%1")
                               .arg(in.lastBackup.isValid() ? in.lastBackup.toString(Qt::ISODate)
                                                            : QStringLiteral("never"))};
    return overdue + probationPast + meeting + dueSoon + probationEnding + topics + evidence +
           commitments + backup;
}

} // namespace sochibo::core

#pragma once
#include "Meeting.h"
#include "MembershipTimeline.h"
#include "Review.h"
#include "Task.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QString>

namespace sochibo::core {

/// What the secretary should see to on a day ("Việc cần làm"): the overview's list, the notice
/// on opening, `sochibo-cli todo`. One rule each, in reminders().
enum class ReminderKind {
    TaskOverdue,        ///< open and past its due date
    TaskDueSoon,        ///< due within 7 days (task_rules::dueSoon)
    ProbationPast,      ///< twelve months of probation ended: the cell has to decide
    ProbationEnding,    ///< they end within 30 days: prepare the made-full procedure
    MeetingNotRecorded, ///< after the 10th, no regular meeting of the month recorded
    NoCommitment,       ///< a member in the cell without this year's commitment
    TopicNotHeld,       ///< a thematic session planned for this quarter, not yet held
    EvidenceMissing,    ///< a task done this month without evidence
    BackupOld,          ///< the newest backup is older than 7 days (or there is none)
};

struct Reminder
{
    ReminderKind kind;
    QString text; ///< one Vietnamese line
    qint64 taskId = 0, memberId = 0, topicId = 0;
    /// Stable across days while the reason stands ("task-overdue:12"): a dismissed reminder
    /// stays dismissed until its reason changes.
    QString key;
};

/// The records reminders() reads, loaded by storage::loadReminderInputs.
struct ReminderInputs
{
    QDate today;
    QList<Task> tasks;            ///< every task (the rule picks)
    QHash<qint64, int> evidence;  ///< files per task as of today
    QHash<qint64, QString> names; ///< member id → full name
    QList<MembershipTimeline> timelines;
    QList<Meeting> meetings;       ///< of this year
    QList<Commitment> commitments; ///< of this year
    /// Whether the cell collects commitments this year (it has some, or last year's review
    /// recorded shortcomings to remedy): otherwise nobody is reminded of one.
    bool commitmentsExpected = false;
    QList<ThematicTopic> topics; ///< of this year
    QDateTime lastBackup;        ///< invalid: never backed up
};

/// The reminders of \a in.today, most urgent first: overdue tasks, probation past, the
/// month's meeting, tasks due soon, probation ending, topics of the quarter, evidence
/// missing, commitments missing, the backup.
QList<Reminder> reminders(const ReminderInputs &in);

} // namespace sochibo::core

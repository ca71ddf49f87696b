#include "ReminderInputs.h"

#include "Backup.h"
#include "MeetingRepository.h"
#include "MemberRepository.h"
#include "ReviewRepository.h"
#include "TaskRepository.h"

#include <QFileInfo>

namespace sochibo::storage {

core::ReminderInputs loadReminderInputs(const Database &db, const QDate &today)
{
    core::ReminderInputs in;
    in.today = today;
    const TaskRepository tasks(db);
    in.tasks = tasks.list();
    in.evidence = tasks.evidenceCounts(today);
    const MemberRepository members(db);
    const QMap<qint64, QString> names = members.names();
    for (auto it = names.constBegin(); it != names.constEnd(); ++it)
        in.names.insert(it.key(), it.value());
    in.timelines = members.timelines();
    const MeetingRepository meetings(db);
    in.meetings = meetings.list(today.year());
    in.topics = meetings.topics(today.year());
    const ReviewRepository reviews(db);
    in.commitments = reviews.commitments(today.year());
    in.commitmentsExpected =
        !in.commitments.isEmpty() || !reviews.shortcomings(today.year() - 1).isEmpty();
    if (!db.path().isEmpty() && db.path() != QLatin1String(":memory:"))
        in.lastBackup =
            newestFinishedBackup(backupsDirFor(db.path()), QFileInfo(db.path()).completeBaseName());
    return in;
}

} // namespace sochibo::storage

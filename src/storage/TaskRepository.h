#pragma once
#include "Database.h"
#include "core/Task.h"

#include <QHash>

namespace sochibo::storage {

struct TaskFilter
{
    qint64 ownerId = 0; ///< 0: anyone
    std::optional<core::TaskStatus> status;
    bool overdueOnly = false; ///< overdue during \a today (core::task_rules::overdue)
    QDate today;
    QString month;                    ///< "YYYY-MM": tasks due in that month
    bool missingEvidenceOnly = false; ///< done without evidence
    bool vagueOnly = false;           ///< with clarity gaps (core::task_rules::vague)
    qint64 shortcomingId = 0;
    qint64 conclusionId = 0;
    int year = 0; ///< tasks of that year (core::task_rules::belongsToYear)
};

/// Tasks, their collaborators and monthly progress reports.
class TaskRepository
{
public:
    explicit TaskRepository(const Database &db) : m_db(db) {}

    QList<core::Task> list(const TaskFilter &filter = {}) const;
    /// The years some task was given, due or completed in, newest first.
    QList<int> years() const;
    /// The conclusions of \a meetingId already turned into a task.
    QList<qint64> conclusionsWithTasks(qint64 meetingId) const;
    std::optional<core::Task> find(qint64 id) const;
    /// Inserts or updates the task and its collaborators in one transaction.
    qint64 save(const core::Task &t);
    /// Deletes a task with no evidence and no commitment line pointing to it.
    void remove(qint64 id);
    /// Evidence files attached to the task or to its progress reports.
    int evidenceCount(qint64 taskId) const;
    /// The same for every task that has any, counting only files added on or before
    /// \a upTo when it is valid (evidence "as of" a date).
    QHash<qint64, int> evidenceCounts(const QDate &upTo = {}) const;

    QList<core::ProgressReport> reports(qint64 taskId) const;
    QList<core::ProgressReport> reportsForPeriod(const QString &period) const;
    qint64 saveReport(const core::ProgressReport &r);
    /// Refused by the database while evidence is attached to the report.
    void removeReport(qint64 id);

private:
    const Database &m_db;
};

} // namespace sochibo::storage

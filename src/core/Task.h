#pragma once
#include "Enums.h"

#include <QDate>
#include <QList>
#include <QString>

namespace sochibo::core {

/// What a task lacks under the rule "rõ người, rõ việc, rõ thời gian, rõ trách nhiệm".
enum class ClarityGap { Owner, DueDate, ExpectedOutput };
/// "người", "thời hạn", "sản phẩm"
QString label(ClarityGap gap);

struct Task
{
    qint64 id = 0;
    QString title;
    QString description;
    QString objective;
    qint64 ownerId = 0; ///< 0: nobody named yet
    QList<qint64> collaboratorIds;
    TaskSource source = TaskSource::Free;
    qint64 conclusionId = 0;
    qint64 shortcomingId = 0;
    qint64 topicId = 0;
    qint64 supervisionId = 0;
    QDate startOn;
    QDate dueOn;
    QString expectedOutput;
    TaskStatus status = TaskStatus::NotStarted;
    QDate completedOn;
    QString committeeComment;

    /// What the task lacks: the rule "vague" (core::task_rules::vague). Its state on a date,
    /// late, overdue, of which year: core/TaskRules.h.
    QList<ClarityGap> clarityGaps() const;
    QStringList validate() const;
};

struct ProgressReport
{
    qint64 id = 0;
    qint64 taskId = 0;
    qint64 memberId = 0;
    QString period; ///< "2026-04"
    QString doneText;
    QString result;
    QString difficulties;
    QString proposal;
    QDate reportedOn;
    QString committeeComment;
};

} // namespace sochibo::core

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

    QList<ClarityGap> clarityGaps() const;
    /// Not done, not cancelled and past its due date on \a today.
    bool isOverdue(const QDate &today) const;
    /// Done on or before its due date (a task without a due date counts as on time).
    bool doneOnTime() const;
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

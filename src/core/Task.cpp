#include "Task.h"

#include <QCoreApplication>

namespace sochibo::core {

QString label(ClarityGap gap)
{
    switch (gap) {
    case ClarityGap::Owner:
        return QString::fromUtf8(QT_TRANSLATE_NOOP("Domain", "người"));
    case ClarityGap::DueDate:
        return QString::fromUtf8(QT_TRANSLATE_NOOP("Domain", "thời hạn"));
    case ClarityGap::ExpectedOutput:
        return QString::fromUtf8(QT_TRANSLATE_NOOP("Domain", "sản phẩm"));
    }
    return {};
}

QList<ClarityGap> Task::clarityGaps() const
{
    QList<ClarityGap> gaps;
    if (ownerId <= 0)
        gaps << ClarityGap::Owner;
    if (!dueOn.isValid())
        gaps << ClarityGap::DueDate;
    if (expectedOutput.trimmed().isEmpty())
        gaps << ClarityGap::ExpectedOutput;
    return gaps;
}

QStringList Task::validate() const
{
    QStringList problems;
    if (title.trimmed().isEmpty())
        problems << QCoreApplication::translate("Domain", "Chưa nhập tên nhiệm vụ.");
    if (startOn.isValid() && dueOn.isValid() && dueOn < startOn)
        problems << QCoreApplication::translate(
            "Domain", "Thời hạn hoàn thành không được trước ngày bắt đầu.");
    if (status == TaskStatus::Done && !completedOn.isValid())
        problems << QCoreApplication::translate("Domain",
                                                "Nhiệm vụ đã hoàn thành cần có ngày hoàn thành.");
    return problems;
}

} // namespace sochibo::core

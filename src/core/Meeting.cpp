#include "Meeting.h"

#include <QCoreApplication>

namespace sochibo::core {

int Meeting::expectedCount() const
{
    int n = 0;
    for (const auto &a : attendance) {
        if (a.status != AttendanceStatus::Exempt)
            ++n;
    }
    return n;
}

int Meeting::presentCount() const
{
    int n = 0;
    for (const auto &a : attendance) {
        if (a.status == AttendanceStatus::Present)
            ++n;
    }
    return n;
}

QString Meeting::attendanceSummary() const
{
    return QCoreApplication::translate("Domain", "có mặt %1/%2")
        .arg(presentCount())
        .arg(expectedCount());
}

} // namespace sochibo::core

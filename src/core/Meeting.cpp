#include "Meeting.h"

#include "text/DocumentWording.h"

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

QString thematicPlanWarning(const QList<ThematicTopic> &topics, int year)
{
    QList<int> planned;
    for (const ThematicTopic &t : topics) {
        if (t.year == year && t.plannedQuarter >= 1 && t.plannedQuarter <= 4)
            planned << t.plannedQuarter;
    }
    QStringList without;
    for (int q = 1; q <= 4; ++q) {
        if (!planned.contains(q))
            without << text::romanNumeral(q);
    }
    if (topics.size() >= kThematicSessionsPerYear && without.isEmpty())
        return {};
    const QString quarters =
        without.isEmpty() ? QString()
                          : QStringLiteral("quý %1 chưa có chuyên đề").arg(without.join(u", "));
    if (topics.size() >= kThematicSessionsPerYear)
        return QStringLiteral("Kế hoạch năm %1: %2 (mỗi quý ít nhất một chuyên đề).")
            .arg(year)
            .arg(quarters);
    return QStringLiteral("Kế hoạch năm %1 có %2 chuyên đề, ít hơn một chuyên đề mỗi quý (%3)%4.")
        .arg(year)
        .arg(text::twoDigits(int(topics.size())), text::twoDigits(kThematicSessionsPerYear),
             quarters.isEmpty() ? QString() : QStringLiteral("; ") + quarters);
}

} // namespace sochibo::core

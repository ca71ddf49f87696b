#include "TaskRules.h"

#include <algorithm>

namespace sochibo::core {

AsOf AsOf::forPeriod(const QDate &from, const QDate &to, const QDate &today)
{
    if (today > to)
        return closeOf(to);
    return during(std::max(today, from));
}

AsOf AsOf::forYear(int year, const QDate &date)
{
    const QDate last(year, 12, 31);
    return !date.isValid() || date > last ? closeOf(last) : during(date);
}

namespace task_rules {

QDate completion(const Task &t)
{
    if (t.completedOn.isValid())
        return t.completedOn;
    return t.dueOn.isValid() ? t.dueOn : t.startOn;
}

bool doneBy(const Task &t, const AsOf &at)
{
    if (t.status != TaskStatus::Done)
        return false;
    const QDate c = completion(t);
    return !c.isValid() || c <= at.date; // done, when unknown: done all along
}

bool onTime(const Task &t)
{
    return !t.dueOn.isValid() || completion(t) <= t.dueOn;
}

bool overdue(const Task &t, const AsOf &at)
{
    if (t.status == TaskStatus::Cancelled || doneBy(t, at) || !t.dueOn.isValid())
        return false;
    return at.endOfDay ? t.dueOn <= at.date : t.dueOn < at.date;
}

bool dueSoon(const Task &t, const AsOf &at)
{
    if (t.status == TaskStatus::Cancelled || doneBy(t, at) || !t.dueOn.isValid() || overdue(t, at))
        return false;
    return t.dueOn <= at.date.addDays(7);
}

TaskState state(const Task &t, const AsOf &at)
{
    if (t.status == TaskStatus::Cancelled)
        return TaskState::Cancelled;
    if (doneBy(t, at))
        return onTime(t) ? TaskState::DoneOnTime : TaskState::DoneLate;
    if (overdue(t, at))
        return TaskState::Overdue;
    const bool begun =
        t.status != TaskStatus::NotStarted && (!t.startOn.isValid() || t.startOn <= at.date);
    return begun ? TaskState::InProgress : TaskState::NotStarted;
}

QString completionLevel(const Task &t, const AsOf &at, int evidence)
{
    switch (state(t, at)) {
    case TaskState::DoneOnTime:
        return evidence > 0 ? QStringLiteral("Tốt") : QStringLiteral("Đạt");
    case TaskState::DoneLate:
        return evidence > 0 ? QStringLiteral("Đạt") : QStringLiteral("Chưa đạt yêu cầu");
    case TaskState::Overdue:
        return QStringLiteral("Chưa hoàn thành");
    default:
        return {};
    }
}

bool vague(const Task &t)
{
    return !t.clarityGaps().isEmpty();
}

bool belongsToYear(const Task &t, int year)
{
    return (t.dueOn.isValid() && t.dueOn.year() == year) ||
           (t.startOn.isValid() && t.startOn.year() == year);
}

bool carriedOver(const Task &t, int year, const AsOf &at)
{
    return belongsToYear(t, year) && t.status != TaskStatus::Cancelled && !doneBy(t, at) &&
           t.dueOn.isValid() && t.dueOn.year() > year;
}

bool activeIn(const Task &t, const QDate &from, const QDate &to)
{
    if (t.status == TaskStatus::Cancelled)
        return false;
    if (t.startOn.isValid() && t.startOn > to)
        return false;
    if (t.status == TaskStatus::Done) {
        const QDate c = completion(t);
        if (!c.isValid())
            return t.startOn.isValid() && t.startOn >= from && t.startOn <= to;
        return c >= from;
    }
    return true;
}

} // namespace task_rules

QString label(TaskState state)
{
    switch (state) {
    case TaskState::Cancelled:
        return QStringLiteral("đã hủy");
    case TaskState::NotStarted:
        return QStringLiteral("chưa bắt đầu");
    case TaskState::InProgress:
        return QStringLiteral("đang thực hiện");
    case TaskState::DoneOnTime:
        return QStringLiteral("hoàn thành đúng hạn");
    case TaskState::DoneLate:
        return QStringLiteral("hoàn thành trễ hạn");
    case TaskState::Overdue:
        return QStringLiteral("quá hạn");
    }
    return {};
}

} // namespace sochibo::core

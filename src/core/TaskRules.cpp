#include "TaskRules.h"

#include "text/DocumentWording.h"
#include "text/SearchFold.h"

#include <QRegularExpression>

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

namespace task_rules {

namespace {

/// Folded words with single spaces: "Đ/c Phạm Quốc Bảo," → "d c pham quoc bao".
QString foldedWords(const QString &s)
{
    static const QRegularExpression nonWord(QStringLiteral("[^a-z0-9]+"));
    return QLatin1Char(' ') + text::fold(s).replace(nonWord, QStringLiteral(" ")).trimmed() +
           QLatin1Char(' ');
}

/// The one member the text names after "đ/c" or "đồng chí"; 0 when none or several fit.
qint64 namedOwner(const QString &text, const QList<Member> &members)
{
    const QString folded = foldedWords(text);
    QList<qint64> found;
    for (const Member &m : members) {
        if (m.archived)
            continue;
        const QString full = foldedWords(m.fullName).trimmed();
        const QString given = full.section(QLatin1Char(' '), -1);
        for (const char *title : {" d c ", " dong chi "}) {
            const QString t = QLatin1String(title);
            if (folded.contains(t + full + QLatin1Char(' ')) ||
                folded.contains(t + given + QLatin1Char(' '))) {
                if (!found.contains(m.id))
                    found << m.id;
            }
        }
    }
    return found.size() == 1 ? found.first() : 0;
}

/// The date after "trước", "hạn", "chậm nhất" ("trước ngày 31/12/2026", "hạn 05/12").
QDate namedDeadline(const QString &text, const QDate &heldOn)
{
    static const QRegularExpression re(
        QStringLiteral("(?:trước|hạn|chậm "
                       "nhất)(?:\\s+ngày)?\\s+(\\d{1,2})[/.\\-](\\d{1,2})(?:[/.\\-](\\d{2,4}))?"),
        QRegularExpression::CaseInsensitiveOption);
    const QRegularExpressionMatch m = re.match(text);
    if (!m.hasMatch())
        return {};
    if (!m.captured(3).isEmpty())
        return text::parseTypedDate(
            QStringLiteral("%1/%2/%3").arg(m.captured(1), m.captured(2), m.captured(3)), heldOn);
    QDate d(heldOn.year(), m.captured(2).toInt(), m.captured(1).toInt());
    if (d.isValid() && d < heldOn)
        d = d.addYears(1); // "trước 15/01" said in December: next year
    return d;
}

} // namespace

Task fromConclusion(const Conclusion &conclusion, const QDate &heldOn, const QList<Member> &members)
{
    Task t;
    const QString text = conclusion.text.simplified();
    t.title = text.size() > 120 ? text.left(117) + QStringLiteral("…") : text;
    t.description = text;
    t.source = TaskSource::Conclusion;
    t.conclusionId = conclusion.id;
    t.startOn = heldOn;
    t.ownerId = namedOwner(text, members);
    t.dueOn = namedDeadline(text, heldOn);
    if (!t.dueOn.isValid() || t.dueOn < heldOn) {
        const QDate nextMonth = heldOn.addMonths(1);
        t.dueOn = QDate(nextMonth.year(), nextMonth.month(), nextMonth.daysInMonth());
    }
    return t;
}

} // namespace task_rules

} // namespace sochibo::core

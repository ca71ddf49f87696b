#include "Period.h"

#include "text/DocumentWording.h"
#include "text/VietCollator.h"

#include <QRegularExpression>

namespace sochibo::core {

std::optional<Period> Period::month(const QString &yyyyMm)
{
    static const QRegularExpression re(QStringLiteral("^(\\d{4})-(0[1-9]|1[0-2])$"));
    const auto m = re.match(yyyyMm.trimmed());
    if (!m.hasMatch())
        return std::nullopt;
    const QDate first(m.captured(1).toInt(), m.captured(2).toInt(), 1);
    return Period{first, first.addMonths(1).addDays(-1), yyyyMm.trimmed()};
}

std::optional<Period> Period::quarter(const QString &yyyyQn)
{
    static const QRegularExpression re(QStringLiteral("^(\\d{4})-[Qq]([1-4])$"));
    const auto m = re.match(yyyyQn.trimmed());
    if (!m.hasMatch())
        return std::nullopt;
    const int year = m.captured(1).toInt(), q = m.captured(2).toInt();
    const QDate first(year, (q - 1) * 3 + 1, 1);
    return Period{first, first.addMonths(3).addDays(-1), QStringLiteral("%1-Q%2").arg(year).arg(q)};
}

std::optional<Period> Period::parse(const QString &code)
{
    if (auto m = month(code))
        return m;
    return quarter(code);
}

Period Period::range(const QDate &from, const QDate &to)
{
    return Period{from, to,
                  from.toString(Qt::ISODate) + QStringLiteral("..") + to.toString(Qt::ISODate)};
}

Period Period::ofMonth(const QDate &anyDay)
{
    return *month(anyDay.toString(QStringLiteral("yyyy-MM")));
}

bool Period::isMonth() const
{
    return code.size() == 7 && !isQuarter();
}

bool Period::isQuarter() const
{
    return code.contains(QLatin1Char('Q'));
}

QString Period::label() const
{
    if (isMonth())
        return text::monthOfYear(from.month(), from.year());
    if (isQuarter())
        return QStringLiteral("quý %1/%2")
            .arg(text::romanNumeral((from.month() - 1) / 3 + 1))
            .arg(from.year());
    return QStringLiteral("từ %1 đến %2").arg(text::shortDate(from), text::shortDate(to));
}

QString Period::phrase() const
{
    if (isMonth())
        return QStringLiteral("tháng %1 năm %2").arg(from.month()).arg(from.year());
    if (isQuarter())
        return QStringLiteral("quý %1 năm %2")
            .arg(text::romanNumeral((from.month() - 1) / 3 + 1))
            .arg(from.year());
    return QStringLiteral("từ ngày %1 đến ngày %2").arg(text::shortDate(from), text::shortDate(to));
}

QStringList Period::months() const
{
    QStringList out;
    for (QDate m(from.year(), from.month(), 1); m <= to; m = m.addMonths(1))
        out << m.toString(QStringLiteral("yyyy-MM"));
    return out;
}

QStringList PeriodTask::flagLabels() const
{
    QStringList f;
    if (overdue)
        f << QStringLiteral("quá hạn");
    if (dueSoon)
        f << QStringLiteral("sắp đến hạn");
    if (doneNoEvidence)
        f << QStringLiteral("thiếu minh chứng");
    if (vague) {
        QStringList gaps;
        for (ClarityGap g : task.clarityGaps())
            gaps << label(g);
        f << QStringLiteral("chưa rõ ") + gaps.join(QStringLiteral(", "));
    }
    if (noReport)
        f << QStringLiteral("chưa báo cáo");
    return f;
}

QList<TaskGroup> groupTasks(const QList<const PeriodTask *> &tasks, bool byMember)
{
    QList<TaskGroup> groups;
    for (const PeriodTask *t : tasks) {
        const QString key = byMember ? t->ownerName : t->sourceTitle;
        auto it = std::find_if(groups.begin(), groups.end(),
                               [&](const TaskGroup &g) { return g.title == key; });
        if (it == groups.end())
            groups.append({key, {t}});
        else
            it->tasks << t;
    }
    if (byMember) {
        std::stable_sort(groups.begin(), groups.end(), [](const TaskGroup &a, const TaskGroup &b) {
            if (a.title.isEmpty() != b.title.isEmpty())
                return b.title.isEmpty();
            return text::VietCollator::compareNames(a.title, b.title) < 0;
        });
    } else {
        const auto rank = [](const PeriodTask *t) {
            const Task &k = t->task;
            return k.shortcomingId   ? 0
                   : k.topicId       ? 1
                   : k.conclusionId  ? 2
                   : k.supervisionId ? 3
                                     : 4;
        };
        std::stable_sort(groups.begin(), groups.end(), [&](const TaskGroup &a, const TaskGroup &b) {
            return rank(a.tasks.first()) < rank(b.tasks.first());
        });
    }
    return groups;
}

PeriodProgress compilePeriod(const PeriodRecords &r)
{
    PeriodProgress out;
    out.period = r.period;
    const Period &period = r.period;
    const AsOf &at = r.at;
    out.asOf = at.date;

    QSet<qint64> owners, reporters;
    PeriodFigures &f = out.figures;
    for (const Task &t : r.tasks) {
        if (!task_rules::activeIn(t, period.from, period.to))
            continue;
        PeriodTask row;
        row.task = t;
        row.ownerName = r.names.value(t.ownerId);
        if (t.shortcomingId)
            // "Khắc phục hạn chế trong …": the shortcoming's title read as what is remedied
            row.sourceTitle =
                QStringLiteral("Khắc phục %1")
                    .arg(text::lowerFirst(r.shortcomingTitles.value(t.shortcomingId)));
        else if (t.topicId)
            row.sourceTitle = QStringLiteral("Chuyên đề: %1").arg(r.topicTitles.value(t.topicId));
        else if (t.conclusionId)
            row.sourceTitle = QStringLiteral("Kết luận sinh hoạt ngày %1")
                                  .arg(text::shortDate(r.conclusionDates.value(t.conclusionId)));
        else if (t.supervisionId)
            row.sourceTitle = QStringLiteral("Kiểm tra, giám sát");
        else
            row.sourceTitle = QStringLiteral("Nhiệm vụ khác");
        const QList<ProgressReport> mine = r.reports.value(t.id);
        row.reportsInPeriod = int(mine.size());
        // A row that shows a report counts its owner as reported (a collaborator may write it).
        if (!mine.isEmpty() && t.ownerId > 0)
            reporters.insert(t.ownerId);
        for (const ProgressReport &p : mine) {
            row.reportEvidence += r.filesPerReport.value(p.id);
            // the owner's latest report; another member's only when the owner has none
            if (!row.report || p.memberId == t.ownerId || row.report->memberId != t.ownerId)
                row.report = p;
            if (p.memberId == t.ownerId)
                reporters.insert(p.memberId);
        }
        row.evidence = r.evidence.value(t.id);
        row.doneByEnd = task_rules::doneBy(t, at);
        row.dueInPeriod = period.contains(t.dueOn);
        const bool open = !row.doneByEnd;
        row.overdue = task_rules::overdue(t, at);
        row.dueSoon = task_rules::dueSoon(t, at);
        row.doneNoEvidence = row.doneByEnd && row.evidence == 0;
        row.vague = task_rules::vague(t);
        row.noReport = row.reportsInPeriod == 0 && !row.doneByEnd;

        ++f.active;
        f.due += row.dueInPeriod;
        if (row.doneByEnd) { // active and done: done inside the period
            ++f.done;
            const bool onTime = task_rules::onTime(t);
            f.onTime += onTime;
            f.late += !onTime;
            f.withoutEvidence += row.evidence == 0;
        }
        f.open += open;
        f.overdue += row.overdue;
        f.dueSoon += row.dueSoon;
        f.vague += row.vague;
        f.noReport += row.noReport;
        if (t.ownerId > 0)
            owners.insert(t.ownerId);
        out.tasks << row;
    }
    f.membersWithTasks = int(owners.size());
    f.membersReported = int(reporters.size());
    const auto rosterOrder = [](QStringList &names) {
        std::sort(names.begin(), names.end(), [](const QString &a, const QString &b) {
            return text::VietCollator::compareNames(a, b) < 0;
        });
    };
    for (qint64 id : owners) {
        if (!reporters.contains(id))
            out.membersNotReported << r.names.value(id);
        if (!r.addedEvidence.contains(id))
            out.membersWithoutEvidence << r.names.value(id);
    }
    rosterOrder(out.membersNotReported);
    rosterOrder(out.membersWithoutEvidence);
    out.pendingConclusions = r.pendingConclusions;
    return out;
}

QList<MonthBar> yearChart(const QList<Task> &tasks, int year, const QDate &today)
{
    QList<MonthBar> bars;
    for (int m = 1; m <= 12; ++m)
        bars << MonthBar{m, 0, 0, 0};
    for (const Task &t : tasks) {
        if (t.status == TaskStatus::Cancelled)
            continue;
        const QDate c = task_rules::completion(t);
        if (t.status == TaskStatus::Done && c.isValid() && c.year() == year &&
            task_rules::doneBy(t, AsOf::during(today))) {
            MonthBar &b = bars[c.month() - 1];
            (task_rules::onTime(t) ? b.onTime : b.late) += 1;
        }
        if (t.dueOn.isValid() && t.dueOn.year() == year) {
            const QDate monthEnd(year, t.dueOn.month(), t.dueOn.daysInMonth());
            if (!task_rules::doneBy(
                    t, AsOf::forPeriod(QDate(year, t.dueOn.month(), 1), monthEnd, today)))
                bars[t.dueOn.month() - 1].open += 1;
        }
    }
    return bars;
}

} // namespace sochibo::core

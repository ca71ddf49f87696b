#pragma once
#include "Task.h"
#include "TaskRules.h"

#include <QDate>
#include <QHash>
#include <QMap>
#include <QSet>
#include <optional>

namespace sochibo::core {

/// A month, a quarter or a range of days the deputy secretary compiles results for.
struct Period
{
    QDate from, to;
    QString code; ///< "2026-04", "2026-Q2", or "2026-04-01..2026-05-15"

    /// "2026-04"; nullopt when the text is not a month.
    static std::optional<Period> month(const QString &yyyyMm);
    /// "2026-Q2" (or "2026-q2"); nullopt when the text is not a quarter.
    static std::optional<Period> quarter(const QString &yyyyQn);
    /// Either of the two above.
    static std::optional<Period> parse(const QString &code);
    static Period range(const QDate &from, const QDate &to);
    static Period ofMonth(const QDate &anyDay);

    bool isMonth() const;
    bool isQuarter() const;
    /// "tháng 4/2026", "quý II/2026", "từ 01/4/2026 đến 15/5/2026"
    QString label() const;
    /// "tháng 4 năm 2026", "quý II năm 2026", "từ ngày 01/4/2026 đến ngày 15/5/2026"
    QString phrase() const;
    /// The months the period touches, as progress-report periods ("2026-04", …).
    QStringList months() const;
    bool contains(const QDate &d) const { return d.isValid() && d >= from && d <= to; }
};

/// One task as the deputy secretary sees it in a period.
struct PeriodTask
{
    core::Task task;
    QString ownerName;   ///< "" when nobody is named
    QString sourceTitle; ///< the shortcoming, topic or meeting conclusion it answers
    /// The owner's report for the period (the latest month of it that has one).
    std::optional<core::ProgressReport> report;
    int reportsInPeriod = 0;
    int evidence = 0;       ///< files on the task and on its reports, at any time
    int reportEvidence = 0; ///< files attached to the period's reports

    /// Completed on or before the "as of" date; for a task active in the period that means
    /// completed inside it.
    bool doneByEnd = false;
    bool dueInPeriod = false;    ///< due inside the period
    bool overdue = false;        ///< open and past its due date on the "as of" date
    bool dueSoon = false;        ///< open and due within 7 days of the "as of" date
    bool doneNoEvidence = false; ///< completed (by the end) with no evidence at all
    bool vague = false;          ///< lacks who, when or what
    bool noReport = false;       ///< still open and nobody reported on it in the period

    /// The flags that are set, as the month view, the summary and the CLI name them:
    /// "quá hạn", "sắp đến hạn", "thiếu minh chứng", "chưa rõ thời hạn, sản phẩm",
    /// "chưa báo cáo".
    QStringList flagLabels() const;
};

struct PeriodFigures
{
    int active = 0;
    int due = 0;             ///< due inside the period
    int done = 0;            ///< completed inside the period
    int onTime = 0;          ///< of those, by their due date
    int late = 0;            ///< of those, after their due date
    int open = 0;            ///< not completed on the "as of" date
    int overdue = 0;         ///< open and past their due date
    int dueSoon = 0;         ///< open and due within 7 days
    int withoutEvidence = 0; ///< completed inside the period with no evidence
    int vague = 0;
    int noReport = 0;         ///< open tasks nobody reported on
    int membersWithTasks = 0; ///< owners of active tasks
    int membersReported = 0;  ///< of those, with at least one report in the period
};

/// A meeting conclusion of the period that no task acts on yet.
struct PendingConclusion
{
    qint64 id = 0;
    qint64 meetingId = 0;
    QDate heldOn;
    QString text;
};

struct PeriodProgress
{
    Period period;
    QDate asOf;              ///< the period's end, or today while the period runs
    QList<PeriodTask> tasks; ///< by due date (open-ended last), then id
    PeriodFigures figures;
    /// Owners of active tasks who reported on none of their tasks in the period, in roster
    /// order.
    QStringList membersNotReported;
    /// Owners of active tasks who added no evidence during the period (to their tasks or
    /// their reports), in roster order.
    QStringList membersWithoutEvidence;
    /// For the next meeting's agenda: tasks still open at the end and conclusions of the
    /// period's meetings that no task acts on.
    QList<PendingConclusion> pendingConclusions;
};

/// Tasks of a period in groups: by member (roster order, tasks with nobody named last) or by
/// source (remedies of shortcomings, topics, meeting conclusions, inspections, the rest).
/// An empty title is the "nobody named" group.
struct TaskGroup
{
    QString title;
    QList<const PeriodTask *> tasks;
};
QList<TaskGroup> groupTasks(const QList<const PeriodTask *> &tasks, bool byMember);

/// Done on time / late / still open, for one month of a year (the overview chart).
struct MonthBar
{
    int month = 0;
    int onTime = 0, late = 0, open = 0;
};

/// What a period's compilation reads, loaded by storage (`storage::Progress`).
struct PeriodRecords
{
    Period period;
    AsOf at;                     ///< AsOf::forPeriod(period, today)
    QList<Task> tasks;           ///< every task of the book
    QMap<qint64, QString> names; ///< member id -> full name
    QHash<qint64, int> evidence; ///< task id -> files on it and its reports, as of at.date
    QHash<qint64, QString> shortcomingTitles, topicTitles;
    QHash<qint64, QDate> conclusionDates; ///< conclusion id -> its meeting's date
    /// The period's reports per task, oldest month first.
    QHash<qint64, QList<ProgressReport>> reports;
    QHash<qint64, int> filesPerReport; ///< report id -> files attached by at.date
    /// Members who added evidence in the period (to a task they own or a report they wrote).
    QSet<qint64> addedEvidence;
    /// Conclusions of the period's meetings that no task acts on.
    QList<PendingConclusion> pendingConclusions;
};

/// The period's tasks, flags and figures, from the task rules only (docs/monthly-progress.md).
PeriodProgress compilePeriod(const PeriodRecords &records);

/// Twelve bars of \a year from \a tasks: completed in the month on time / late, and due in
/// the month still open at its end (or \a today).
QList<MonthBar> yearChart(const QList<Task> &tasks, int year, const QDate &today);

} // namespace sochibo::core

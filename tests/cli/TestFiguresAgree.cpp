// One cell, every place that shows its figures: for each month of a year the month view's
// figures (Progress), the CLI's `month` line and the monthly summary agree; the twelve months
// add up to the overview's year chart; the year's figures (Statistics), the self-review's
// sentence and the CLI's `tasks --overdue` agree. Run on a generated cell that was not made
// for these rules (demo/SyntheticData: 35 members, two years of meetings and tasks).
#include "cli/CliApp.h"
#include "core/TaskRules.h"
#include "demo/SyntheticData.h"
#include "reportdata/ReportService.h"
#include "storage/Database.h"
#include "storage/Progress.h"
#include "storage/Statistics.h"
#include "storage/TaskRepository.h"

#include <QSet>
#include <QTemporaryDir>
#include <QTest>

using namespace sochibo;
using namespace sochibo::storage;

namespace {

QString runCli(const QStringList &args)
{
    QString out, err;
    QTextStream o(&out), e(&err);
    const int code = cli::CliApp(o, e).run(args);
    o.flush();
    if (code != 0)
        qWarning("%s", qPrintable(err));
    return out;
}

QString twoDigits(int n)
{
    return QStringLiteral("%1").arg(n, 2, 10, QLatin1Char('0'));
}

/// A count as the summary's figures list prints it: none is "không", never "00".
QString count(int n)
{
    return n > 0 ? twoDigits(n) : QStringLiteral("không");
}

} // namespace

class TestFiguresAgree : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_path;
    std::optional<Database> m_db;
    const QDate m_today{2027, 1, 15}; // the whole of 2026 has ended

private slots:
    void initTestCase()
    {
        m_path = m_dir.filePath(QStringLiteral("synthetic.db"));
        {
            const Database db = Database::open(m_path, Database::Mode::Create);
            demo::SyntheticSize size;
            size.members = 35;
            size.years = 2;
            size.lastYear = 2026;
            size.tasksPerYear = 60;
            demo::writeSynthetic(db, size);
        }
        m_db.emplace(Database::open(m_path, Database::Mode::ReadOnly));
    }

    void eachMonthAgreesEverywhere_data()
    {
        QTest::addColumn<QString>("month");
        QTest::addColumn<QDate>("today");
        for (int m = 1; m <= 12; ++m)
            QTest::newRow(qPrintable(QStringLiteral("2026-%1").arg(twoDigits(m))))
                << QStringLiteral("2026-%1").arg(twoDigits(m)) << m_today;
        // A month still running: judged during "today".
        QTest::newRow("2026-11 on 2026-11-20") << QStringLiteral("2026-11") << QDate(2026, 11, 20);
    }
    void eachMonthAgreesEverywhere()
    {
        QFETCH(QString, month);
        QFETCH(QDate, today);
        const PeriodProgress p = Progress(*m_db).compute(*Period::month(month), today);
        const PeriodFigures &f = p.figures;
        QVERIFY(f.active > 0);
        // The month view's figures, recounted row by row with the core's rules.
        const core::AsOf at = core::AsOf::forPeriod(p.period.from, p.period.to, today);
        int overdue = 0, done = 0;
        for (const PeriodTask &t : p.tasks) {
            overdue += core::task_rules::overdue(t.task, at);
            done += core::task_rules::doneBy(t.task, at);
            QCOMPARE(t.overdue, core::task_rules::overdue(t.task, at));
        }
        QCOMPARE(f.overdue, overdue);
        QCOMPARE(f.done, done);
        QCOMPARE(f.done, f.onTime + f.late);
        QCOMPARE(f.active, f.done + f.open);

        // The CLI's line.
        const QString line = runCli({QStringLiteral("month"), m_path, QStringLiteral("--month"),
                                     month, QStringLiteral("--today"), today.toString(Qt::ISODate)})
                                 .split(QLatin1Char('\n'))
                                 .filter(QStringLiteral("Số liệu: "))
                                 .value(0);
        QCOMPARE(line, QStringLiteral("Số liệu: %1 nhiệm vụ trong kỳ, %2 đến hạn; hoàn thành %3 "
                                      "(đúng hạn %4, trễ hạn %5); chưa hoàn thành %6 (quá hạn %7); "
                                      "hoàn thành chưa có minh chứng %8; chưa rõ %9; chưa báo cáo "
                                      "%10; đảng viên đã báo cáo %11/%12.")
                           .arg(f.active)
                           .arg(f.due)
                           .arg(f.done)
                           .arg(f.onTime)
                           .arg(f.late)
                           .arg(f.open)
                           .arg(f.overdue)
                           .arg(f.withoutEvidence)
                           .arg(f.vague)
                           .arg(f.noReport)
                           .arg(f.membersReported)
                           .arg(f.membersWithTasks));

        // The monthly summary, dated on "today".
        reports::ReportRequest req;
        req.kind = QStringLiteral("monthly-progress");
        req.period = month;
        req.date = today;
        const QString text = reportdata::ReportService(*m_db).build(req).document.toText();
        QVERIFY2(text.contains(QStringLiteral("Nhiệm vụ thực hiện trong kỳ: %1; trong đó đến hạn "
                                              "trong kỳ: %2.")
                                   .arg(count(f.active), count(f.due))),
                 qPrintable(text.left(1500)));
        QVERIFY2(
            text.contains(QStringLiteral("Hoàn thành trong kỳ: %1 (đúng hạn: %2; trễ hạn: %3); "
                                         "chưa hoàn thành: %4, trong đó quá hạn: %5.")
                              .arg(count(f.done), count(f.onTime), count(f.late), count(f.open),
                                   count(f.overdue))),
            qPrintable(text.left(1500)));
    }

    /// The twelve months' completions are the overview chart's bars, month by month.
    void monthsAddUpToTheYearChart()
    {
        const QList<MonthBar> chart = Progress(*m_db).yearChart(2026, m_today);
        QCOMPARE(chart.size(), 12);
        int doneInMonths = 0, doneInChart = 0;
        for (int m = 1; m <= 12; ++m) {
            const PeriodProgress p =
                Progress(*m_db).compute(Period::ofMonth(QDate(2026, m, 1)), m_today);
            QCOMPARE(p.figures.onTime, chart[m - 1].onTime);
            QCOMPARE(p.figures.late, chart[m - 1].late);
            doneInMonths += p.figures.done;
            doneInChart += chart[m - 1].onTime + chart[m - 1].late;
        }
        QCOMPARE(doneInMonths, doneInChart);
        QVERIFY(doneInMonths > 20);
    }

    /// The year's figures, the self-review's sentence and the CLI agree.
    void theYearAgreesEverywhere()
    {
        const YearFigures f = Statistics(*m_db).year(2026, m_today);
        QVERIFY(f.tasks >= 60);
        QCOMPARE(f.tasks, f.tasksDone + f.tasksOpen + f.tasksCancelled);
        QCOMPARE(f.tasksDone, f.tasksOnTime + f.tasksLate);
        QCOMPARE(f.tasksOpen, f.tasksOverdue + f.tasksNotYetDue);
        // Recounted from the tasks with the core's rules.
        TaskFilter of2026;
        of2026.year = 2026;
        const QList<core::Task> tasks = TaskRepository(*m_db).list(of2026);
        QCOMPARE(int(tasks.size()), f.tasks);
        const core::AsOf close = core::AsOf::closeOf(QDate(2026, 12, 31));
        int overdue = 0;
        for (const core::Task &t : tasks)
            overdue += core::task_rules::overdue(t, close);
        QCOMPARE(f.tasksOverdue, overdue);

        reports::ReportRequest req;
        req.kind = QStringLiteral("self-review");
        req.year = 2026;
        req.date = m_today;
        const QString text = reportdata::ReportService(*m_db).build(req).document.toText();
        QVERIFY2(text.contains(QStringLiteral("Chi bộ giao %1 nhiệm vụ; đã hoàn thành %2 nhiệm vụ")
                                   .arg(twoDigits(f.tasks), twoDigits(f.tasksDone))),
                 qPrintable(text.left(3000)));
        QVERIFY(text.contains(QStringLiteral("trong đó %1 nhiệm vụ đúng hạn, %2 nhiệm vụ trễ hạn")
                                  .arg(twoDigits(f.tasksOnTime), twoDigits(f.tasksLate))));

        // `tasks --overdue` on 1 January lists the overdue tasks of every year; those of 2026
        // are the year's overdue figure.
        QSet<qint64> of2026Ids;
        for (const core::Task &t : tasks)
            of2026Ids.insert(t.id);
        const QStringList lines =
            runCli({QStringLiteral("tasks"), m_path, QStringLiteral("--overdue"),
                    QStringLiteral("--today"), QStringLiteral("2027-01-01")})
                .split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        int listed2026 = 0;
        for (const QString &l : lines) {
            bool isRow = false;
            const qint64 id = l.left(4).trimmed().toLongLong(&isRow);
            if (isRow && of2026Ids.contains(id)) {
                QVERIFY2(l.contains(QStringLiteral("quá hạn")), qPrintable(l));
                ++listed2026;
            }
        }
        QCOMPARE(listed2026, f.tasksOverdue);
    }
};

QTEST_MAIN(TestFiguresAgree)
#include "TestFiguresAgree.moc"

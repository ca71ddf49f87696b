// The month view's figures from a small set of tasks whose answers are worked out by hand in
// the comments: a task spanning three months, one completed late, a report without evidence.
#include "storage/EvidenceStore.h"
#include "storage/MeetingRepository.h"
#include "storage/MemberRepository.h"
#include "storage/Progress.h"
#include "storage/Statistics.h"
#include "storage/TaskRepository.h"

#include <QTemporaryDir>
#include <QTest>

using namespace sochibo::core;
using namespace sochibo::storage;

class TestProgress : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::optional<Database> m_db;
    QHash<QString, qint64> m_task; ///< title -> id
    qint64 m_pendingConclusion = 0;

    const PeriodTask *row(const PeriodProgress &p, const char *title) const
    {
        for (const PeriodTask &t : p.tasks)
            if (t.task.id == m_task.value(QString::fromUtf8(title)))
                return &t;
        return nullptr;
    }

private slots:
    void initTestCase()
    {
        m_db.emplace(
            Database::open(m_dir.filePath(QStringLiteral("p.db")), Database::Mode::Create));
        const Database &db = *m_db;
        MemberRepository members(db);
        const auto member = [&](const char *name) {
            Member m;
            m.fullName = QString::fromUtf8(name);
            m.admittedOn = QDate(2010, 1, 1);
            m.fullOn = QDate(2011, 1, 1);
            return members.save(m);
        };
        const qint64 a = member("Lê Văn Bình"), b = member("Trần Thị Cúc");
        member("Đặng Văn Dũng"); // no task at all

        MeetingRepository meetings(db);
        Meeting april;
        april.heldOn = QDate(2026, 4, 5);
        april.conclusions << Conclusion{0, 0, QStringLiteral("Hoàn thiện hồ sơ đảng viên.")}
                          << Conclusion{0, 0, QStringLiteral("Rà soát minh chứng quý I.")};
        const qint64 aprilId = meetings.save(april);
        Meeting march;
        march.heldOn = QDate(2026, 3, 3);
        march.conclusions << Conclusion{0, 0, QStringLiteral("Kết luận của tháng 3.")};
        meetings.save(march);
        const Meeting saved = *meetings.find(aprilId);
        m_pendingConclusion = saved.conclusions[1].id;

        TaskRepository tasks(db);
        const auto add = [&](const char *title, qint64 owner, QDate start, QDate due,
                             TaskStatus status, QDate done = {}, qint64 conclusion = 0) {
            Task t;
            t.title = QString::fromUtf8(title);
            t.ownerId = owner;
            t.startOn = start;
            t.dueOn = due;
            t.status = status;
            t.completedOn = done;
            t.expectedOutput = owner ? QStringLiteral("Biên bản") : QString();
            if (conclusion) {
                t.source = TaskSource::Conclusion;
                t.conclusionId = conclusion;
            }
            m_task.insert(t.title, tasks.save(t));
        };
        add("kéo dài", a, {2026, 3, 1}, {2026, 5, 31}, TaskStatus::InProgress);
        add("trễ hạn", b, {2026, 3, 15}, {2026, 4, 10}, TaskStatus::Done, {2026, 4, 20});
        add("đúng hạn", a, {2026, 4, 1}, {2026, 4, 25}, TaskStatus::Done, {2026, 4, 24});
        add("xong tháng 3", b, {2026, 3, 1}, {2026, 3, 31}, TaskStatus::Done, {2026, 3, 30});
        add("quá hạn", b, {}, {2026, 4, 5}, TaskStatus::InProgress, {}, saved.conclusions[0].id);
        add("sắp đến hạn", a, {2026, 4, 1}, {2026, 5, 5}, TaskStatus::NotStarted);
        add("chung chung", 0, {2026, 4, 10}, {}, TaskStatus::NotStarted);
        add("tháng 6", a, {2026, 6, 1}, {2026, 6, 30}, TaskStatus::NotStarted);
        add("đã hủy", b, {2026, 4, 1}, {2026, 4, 15}, TaskStatus::Cancelled);
        add("xong đầu tháng 5", b, {2026, 4, 1}, {2026, 4, 30}, TaskStatus::Done, {2026, 5, 3});

        const auto report = [&](const char *task, qint64 member, const char *period) {
            ProgressReport r;
            r.taskId = m_task.value(QString::fromUtf8(task));
            r.memberId = member;
            r.period = QString::fromLatin1(period);
            r.doneText = QStringLiteral("Đã làm phần việc của tháng.");
            return tasks.saveReport(r);
        };
        report("kéo dài", a, "2026-03");
        const qint64 aprilReport = report("kéo dài", a, "2026-04");
        report("trễ hạn", b, "2026-04"); // a report without evidence
        EvidenceStore store(db);
        EvidenceTarget onReport;
        onReport.progressId = aprilReport;
        store.add("ảnh", QStringLiteral("anh.png"), onReport, {}, {},
                  QDateTime(QDate(2026, 4, 20), QTime(10, 0)));
        EvidenceTarget onTask;
        onTask.taskId = m_task.value(QStringLiteral("đúng hạn"));
        store.add("biên bản", QStringLiteral("bb.pdf"), onTask, {}, {},
                  QDateTime(QDate(2026, 4, 24), QTime(16, 0)));
    }

    void periodsParseAndName()
    {
        const auto april = Period::month(QStringLiteral("2026-04"));
        QVERIFY(april);
        QCOMPARE(april->from, QDate(2026, 4, 1));
        QCOMPARE(april->to, QDate(2026, 4, 30));
        QCOMPARE(april->phrase(), QStringLiteral("tháng 4 năm 2026"));
        const auto q2 = Period::quarter(QStringLiteral("2026-Q2"));
        QVERIFY(q2);
        QCOMPARE(q2->to, QDate(2026, 6, 30));
        QCOMPARE(q2->months(), (QStringList{QStringLiteral("2026-04"), QStringLiteral("2026-05"),
                                            QStringLiteral("2026-06")}));
        QCOMPARE(q2->phrase(), QStringLiteral("quý II năm 2026"));
        QVERIFY(!Period::parse(QStringLiteral("2026-13")));
        QVERIFY(!Period::parse(QStringLiteral("2026-Q5")));
        QVERIFY(!Period::parse(QStringLiteral("tháng tư")));
    }

    void aprilFiguresAsWorkedOut()
    {
        // April, looked at on 10 May: judged as of 30 April.
        const PeriodProgress p =
            Progress(*m_db).compute(*Period::month(QStringLiteral("2026-04")), QDate(2026, 5, 10));
        QCOMPARE(p.asOf, QDate(2026, 4, 30));
        const PeriodFigures &f = p.figures;
        // active: kéo dài, trễ hạn, đúng hạn, quá hạn, sắp đến hạn, chung chung, xong đầu tháng 5
        QCOMPARE(f.active, 7);
        QCOMPARE(f.due, 4);  // trễ hạn, đúng hạn, quá hạn, xong đầu tháng 5
        QCOMPARE(f.done, 2); // đúng hạn (on time), trễ hạn (late)
        QCOMPARE(f.onTime, 1);
        QCOMPARE(f.late, 1);
        QCOMPARE(f.open, 5);
        // April has ended (looked at on 10 May): judged at the close of 30 April, so the task
        // due on 30 April and not done by then is overdue, not "due soon" (the October report
        // dated 21/11 said "quá hạn: 00" for two such rows).
        QCOMPARE(f.overdue, 2); // quá hạn, and the one due on 30 April
        QCOMPARE(f.dueSoon, 1); // due 5 May
        QCOMPARE(f.withoutEvidence, 1);
        QCOMPARE(f.vague, 1);
        QCOMPARE(f.noReport, 4); // quá hạn, sắp đến hạn, chung chung, xong đầu tháng 5
        QCOMPARE(p.membersNotReported, QStringList()); // both owners reported on something
        // Bình added a photo to his report and the minutes of his task in April; Cúc nothing.
        QCOMPARE(p.membersWithoutEvidence, QStringList{QStringLiteral("Trần Thị Cúc")});
        QCOMPARE(f.membersWithTasks, 2);
        QCOMPARE(f.membersReported, 2);

        QVERIFY(!row(p, "xong tháng 3"));
        QVERIFY(!row(p, "tháng 6"));
        QVERIFY(!row(p, "đã hủy"));
        const PeriodTask *spanning = row(p, "kéo dài");
        QVERIFY(spanning);
        QVERIFY(spanning->report);
        QCOMPARE(spanning->report->period, QStringLiteral("2026-04"));
        QCOMPARE(spanning->reportEvidence, 1);
        QCOMPARE(spanning->evidence, 1);
        QVERIFY(!spanning->noReport && !spanning->overdue);
        const PeriodTask *late = row(p, "trễ hạn");
        QVERIFY(late->report && late->reportEvidence == 0);
        QVERIFY(late->doneByEnd && late->doneNoEvidence);
        QCOMPARE(late->flagLabels(), QStringList{QStringLiteral("thiếu minh chứng")});
        QVERIFY(!row(p, "đúng hạn")->noReport); // done: its evidence counts, not a report
        QCOMPARE(row(p, "chung chung")->flagLabels(),
                 (QStringList{QStringLiteral("chưa rõ người, thời hạn, sản phẩm"),
                              QStringLiteral("chưa báo cáo")}));
        const PeriodTask *notYet = row(p, "xong đầu tháng 5");
        // Due 30 April, done 3 May: at April's close it was not done, so overdue.
        QVERIFY(!notYet->doneByEnd && notYet->overdue && !notYet->dueSoon);
        QCOMPARE(row(p, "quá hạn")->sourceTitle,
                 QStringLiteral("Kết luận sinh hoạt ngày 05/04/2026"));
        QVERIFY(row(p, "chung chung")->vague);

        // the April meeting's second conclusion has no task yet; March's is not April's
        QCOMPARE(p.pendingConclusions.size(), 1);
        QCOMPARE(p.pendingConclusions[0].id, m_pendingConclusion);
    }

    /// The bugs of the "one core of rules" issue, through the storage that loads for the
    /// rules: the month summary, the year's figures and the task filter give one answer.
    void monthAndYearAgreeOnTheRecordsAsTyped()
    {
        const Database db =
            Database::open(m_dir.filePath(QStringLiteral("agree.db")), Database::Mode::Create);
        MemberRepository members(db);
        Member old;
        old.fullName = QStringLiteral("Phan Văn Lộc");
        old.admittedOn = QDate(2010, 5, 19); // admission on the record only, as the dialog saves
        old.fullOn = QDate(2011, 5, 19);
        const qint64 loc = members.save(old);
        MembershipEvent retired;
        retired.memberId = loc;
        retired.kind = EventKind::Retired;
        retired.date = QDate(2026, 7, 31);
        members.saveEvent(retired);
        Member other;
        other.fullName = QStringLiteral("Hồ Thị Mai");
        other.admittedOn = QDate(2015, 1, 1);
        other.fullOn = QDate(2016, 1, 1);
        const qint64 mai = members.save(other);
        // Lộc was a member on 1 January 2026 and left in July.
        YearFigures year = Statistics(db).year(2026);
        QCOMPARE(year.membersStart, 2);
        QCOMPARE(year.membersEnd, 1);
        QCOMPARE(year.retired, 1);
        QCOMPARE(members.membersOn(QDate(2026, 1, 1)).size(), 2);

        TaskRepository tasks(db);
        const auto add = [&](const char *title, QDate start, QDate due, TaskStatus status,
                             QDate done = {}) {
            Task t;
            t.title = QString::fromUtf8(title);
            t.ownerId = mai;
            t.expectedOutput = QStringLiteral("Báo cáo");
            t.startOn = start;
            t.dueOn = due;
            t.status = status;
            t.completedOn = done;
            return tasks.save(t);
        };
        // Done on time. (A done task without its completion date cannot be stored: the schema
        // refuses it; core::task_rules still answers for one, on time, TestCoreRules.)
        add("xong đúng hạn", {2026, 10, 1}, {2026, 10, 20}, TaskStatus::Done, {2026, 10, 18});
        // Due on the last day of October, done only in November.
        add("xong tháng 11", {2026, 10, 1}, {2026, 10, 31}, TaskStatus::Done, {2026, 11, 3});
        // Due on the last day of October, never done; evidence added on 25 December.
        const qint64 open = add("chưa xong", {2026, 10, 1}, {2026, 10, 31}, TaskStatus::InProgress);
        EvidenceTarget target;
        target.taskId = open;
        EvidenceStore(db).add("ảnh", QStringLiteral("muon.png"), target, {}, {},
                              QDateTime(QDate(2026, 12, 25), QTime(9, 0)));
        // Given 4 December, due 31 January.
        add("giao tháng 12", {2026, 12, 4}, {2027, 1, 31}, TaskStatus::InProgress);

        // The October report, dated 21 November: judged at October's close.
        const PeriodProgress october =
            Progress(db).compute(*Period::month(QStringLiteral("2026-10")), QDate(2026, 11, 21));
        QCOMPARE(october.figures.overdue, 2);
        QCOMPARE(october.figures.dueSoon, 0);
        QCOMPARE(october.figures.done, 1);
        QCOMPARE(october.figures.onTime, 1);
        QCOMPARE(october.figures.late, 0);
        const PeriodTask *openRow = nullptr;
        for (const PeriodTask &t : october.tasks)
            if (t.task.id == open)
                openRow = &t;
        QVERIFY(openRow);
        QCOMPARE(openRow->evidence, 0); // the file came on 25 December
        QCOMPARE(openRow->flagLabels().first(), QStringLiteral("quá hạn"));

        // The year as of 21 November: the same judgement of the same tasks.
        year = Statistics(db).year(2026, QDate(2026, 11, 21));
        QCOMPARE(year.tasks, 4); // with the one given in December
        QCOMPARE(year.tasksDone, 2);
        QCOMPARE(year.tasksOnTime, 1);
        QCOMPARE(year.tasksLate, 1);
        QCOMPARE(year.tasksOverdue, 1);
        QCOMPARE(year.tasksCarriedOver, 1);
        // As of 31 October the task done on 3 November was still open, and overdue at close.
        const YearFigures atOctober = Statistics(db).year(2026, QDate(2026, 10, 31));
        QCOMPARE(atOctober.tasksDone, 1);
        TaskFilter of2026;
        of2026.year = 2026;
        QCOMPARE(tasks.list(of2026).size(), 4);
        TaskFilter overdue;
        overdue.overdueOnly = true;
        overdue.today = QDate(2026, 11, 21);
        QCOMPARE(tasks.list(overdue).size(), 1);
    }

    void theSpanningTaskInEachOfItsMonths()
    {
        Progress progress(*m_db);
        for (const char *month : {"2026-03", "2026-04", "2026-05"}) {
            const PeriodProgress p =
                progress.compute(*Period::month(QString::fromLatin1(month)), QDate(2026, 5, 10));
            QVERIFY2(row(p, "kéo dài"), month);
        }
        const PeriodProgress june =
            progress.compute(*Period::month(QStringLiteral("2026-06")), QDate(2026, 5, 10));
        QVERIFY(row(june, "kéo dài")); // still open: carried over
        QVERIFY(row(june, "tháng 6"));
        QVERIFY(!row(june, "trễ hạn"));
    }

    void mayWhileItRuns()
    {
        const PeriodProgress p =
            Progress(*m_db).compute(*Period::month(QStringLiteral("2026-05")), QDate(2026, 5, 10));
        QCOMPARE(p.asOf, QDate(2026, 5, 10));
        QCOMPARE(p.figures.done, 1); // completed on 3 May, due 30 April
        QCOMPARE(p.figures.late, 1);
        QVERIFY(row(p, "sắp đến hạn")->overdue);
        QVERIFY(row(p, "kéo dài")->noReport);
        QCOMPARE(p.figures.membersReported, 0);
        QCOMPARE(p.membersNotReported,
                 (QStringList{QStringLiteral("Lê Văn Bình"), QStringLiteral("Trần Thị Cúc")}));
        QCOMPARE(p.membersWithoutEvidence, p.membersNotReported); // nothing added in May yet
    }

    void quarterGathersItsMonths()
    {
        const PeriodProgress p = Progress(*m_db).compute(
            *Period::quarter(QStringLiteral("2026-Q2")), QDate(2026, 5, 10));
        QCOMPARE(p.asOf, QDate(2026, 5, 10));
        QCOMPARE(p.figures.active, 8); // April's seven and June's
        QCOMPARE(p.figures.done, 3);
        QCOMPARE(p.figures.late, 2);
        QCOMPARE(row(p, "kéo dài")->reportsInPeriod, 1);
    }

    void yearChartCountsByMonth()
    {
        const QList<MonthBar> bars = Progress(*m_db).yearChart(2026, QDate(2026, 5, 10));
        QCOMPARE(bars.size(), 12);
        QCOMPARE(bars[2].onTime, 1); // March
        QCOMPARE(bars[3].onTime, 1); // April
        QCOMPARE(bars[3].late, 1);
        QCOMPARE(bars[3].open, 2); // due in April, open on 30 April
        QCOMPARE(bars[4].late, 1);
        QCOMPARE(bars[4].open, 2);
        QCOMPARE(bars[5].open, 1);
        QCOMPARE(bars[6].onTime + bars[6].late + bars[6].open, 0);
    }
};

QTEST_GUILESS_MAIN(TestProgress)
#include "TestProgress.moc"

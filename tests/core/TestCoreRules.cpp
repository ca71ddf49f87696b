// The rules of the cell's work, one definition each (src/core), table by table: who is a
// member on a date, a task's state at a moment, which tasks belong to a year, the
// self-assessment's total and the level it proposes, and what contradicts that level.
#include "core/LevelRules.h"
#include "core/Meeting.h"
#include "core/MemberReview.h"
#include "core/MembershipTimeline.h"
#include "core/Period.h"
#include "core/Reminders.h"
#include "core/Review.h"
#include "core/TaskRules.h"

#include <QTest>

using namespace sochibo::core;

Q_DECLARE_METATYPE(sochibo::core::TaskState)
Q_DECLARE_METATYPE(sochibo::core::QualityRating)
Q_DECLARE_METATYPE(sochibo::core::AsOf)
Q_DECLARE_METATYPE(sochibo::core::Task)
Q_DECLARE_METATYPE(sochibo::core::Member)
Q_DECLARE_METATYPE(QList<sochibo::core::MembershipEvent>)

namespace {

QDate d(const char *iso)
{
    return QDate::fromString(QString::fromLatin1(iso), Qt::ISODate);
}

MembershipEvent movement(EventKind kind, const char *date, qint64 id = 1)
{
    MembershipEvent e;
    e.id = id;
    e.memberId = 7;
    e.kind = kind;
    e.date = d(date);
    return e;
}

Member member(const char *admitted, MembershipKind kind = MembershipKind::Full,
              const char *full = nullptr)
{
    Member m;
    m.id = 7;
    m.fullName = QStringLiteral("Đỗ Thị Thử");
    m.kind = kind;
    m.admittedOn = admitted ? d(admitted) : QDate();
    m.fullOn = full ? d(full) : QDate();
    return m;
}

Task task(const char *start, const char *due, TaskStatus status, const char *completed = nullptr)
{
    Task t;
    t.id = 1;
    t.title = QStringLiteral("Nhiệm vụ thử");
    t.ownerId = 3;
    t.expectedOutput = QStringLiteral("Biên bản");
    t.startOn = start ? d(start) : QDate();
    t.dueOn = due ? d(due) : QDate();
    t.status = status;
    t.completedOn = completed ? d(completed) : QDate();
    return t;
}

} // namespace

class TestCoreRules : public QObject
{
    Q_OBJECT

private slots:
    /// A conclusion proposes its task: the member it names (only when one fits), the date it
    /// names, else the end of the following month.
    void taskFromAConclusion_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<qint64>("owner");
        QTest::addColumn<QDate>("due");
        const QDate monthAfter(2026, 12, 31); // held 05/11/2026
        QTest::newRow("nothing named")
            << QStringLiteral("Hoàn thành hồ sơ kiểm điểm") << qint64(0) << monthAfter;
        QTest::newRow("given name and date")
            << QStringLiteral("Đ/c Bảo hoàn thành sổ điểm điện tử trước 15/12/2026") << qint64(4)
            << QDate(2026, 12, 15);
        QTest::newRow("full name, day and month")
            << QStringLiteral("Giao đồng chí Trần Văn Khải rà soát hồ sơ, hạn 20/11") << qint64(2)
            << QDate(2026, 11, 20);
        QTest::newRow("early next year") << QStringLiteral("đ/c Hà nộp báo cáo chậm nhất 10/01")
                                         << qint64(0) << QDate(2027, 1, 10);
        QTest::newRow("a date already past")
            << QStringLiteral("Hoàn thành trước 01/10/2026") << qint64(0) << monthAfter;
    }
    void taskFromAConclusion()
    {
        QFETCH(QString, text);
        QFETCH(qint64, owner);
        QFETCH(QDate, due);
        QList<Member> members;
        const auto add = [&](qint64 id, const char *name) {
            Member m;
            m.id = id;
            m.fullName = QString::fromUtf8(name);
            members << m;
        };
        add(2, "Trần Văn Khải");
        add(4, "Phạm Quốc Bảo");
        add(7, "Đỗ Thị Thu Hà");
        add(9, "Lê Thu Hà"); // two named Hà: "đ/c Hà" names nobody for sure
        Conclusion c;
        c.id = 31;
        c.text = text;
        const Task t = task_rules::fromConclusion(c, QDate(2026, 11, 5), members);
        QCOMPARE(t.ownerId, owner);
        QCOMPARE(t.dueOn, due);
        QCOMPARE(t.startOn, QDate(2026, 11, 5));
        QCOMPARE(t.conclusionId, qint64(31));
        QCOMPARE(t.source, TaskSource::Conclusion);
        QCOMPARE(t.title, text);
    }

    /// A record that comes from outside (an imported list) stands for its admission and
    /// full-membership events; with them saved, the timeline reads the same as from the record.
    void eventsOfAnImportedRecord()
    {
        Member m;
        m.id = 4;
        m.admittedOn = QDate(2025, 12, 20);
        QList<MembershipEvent> events = eventsOfRecord(m);
        QCOMPARE(events.size(), 1);
        QCOMPARE(events.at(0).kind, EventKind::Admitted);
        QCOMPARE(events.at(0).date, QDate(2025, 12, 20));
        QCOMPARE(events.at(0).memberId, 4);
        m.fullOn = QDate(2026, 12, 20);
        events = eventsOfRecord(m);
        QCOMPARE(events.size(), 2);
        QCOMPARE(events.at(1).kind, EventKind::MadeFull);
        const MembershipTimeline withEvents(m, events), recordOnly(m, {});
        for (const QDate &d :
             {QDate(2025, 12, 19), QDate(2025, 12, 20), QDate(2026, 6, 1), QDate(2026, 12, 20)}) {
            QCOMPARE(withEvents.inCellOn(d), recordOnly.inCellOn(d));
            QCOMPARE(withEvents.fullOn(d), recordOnly.fullOn(d));
        }
        QCOMPARE(withEvents.eventsIn(EventKind::Admitted, QDate(2025, 1, 1), QDate(2025, 12, 31)),
                 1);
        QVERIFY(eventsOfRecord(Member{}).isEmpty()); // no dates, no events
    }

    /// "Việc cần làm" on 21/11/2026: what each rule picks, in the order of urgency, and what
    /// it leaves alone (a task done on time, probation far from its end, the month's meeting
    /// held, a quarter's topic held, a recent backup).
    void remindersOfADay()
    {
        ReminderInputs in;
        in.today = d("2026-11-21");
        in.names = {{3, QStringLiteral("Phạm Quốc Bảo")}};
        Task late = task("2026-09-01", "2026-10-31", TaskStatus::InProgress);
        late.id = 1;
        late.title = QStringLiteral("Sổ điểm điện tử");
        Task soon = task("2026-11-01", "2026-11-25", TaskStatus::InProgress);
        soon.id = 2;
        soon.title = QStringLiteral("Hội thi giáo viên giỏi");
        Task doneBare = task("2026-11-01", "2026-11-15", TaskStatus::Done, "2026-11-10");
        doneBare.id = 3;
        doneBare.title = QStringLiteral("Báo cáo tháng");
        Task doneWithFile = doneBare;
        doneWithFile.id = 4;
        Task later = task("2026-11-01", "2026-12-31", TaskStatus::InProgress);
        later.id = 5;
        in.tasks = {late, soon, doneBare, doneWithFile, later};
        in.evidence = {{4, 1}};
        Member probationer = member("2025-11-10", MembershipKind::Probationary);
        probationer.id = 8;
        probationer.fullName = QStringLiteral("Mai Thị Thảo");
        Member recent = member("2026-03-01", MembershipKind::Probationary);
        recent.id = 9;
        recent.fullName = QStringLiteral("Ngô Minh Hiếu");
        Member ending = member("2025-12-15", MembershipKind::Probationary);
        ending.id = 10;
        ending.fullName = QStringLiteral("Cao Văn Sơn");
        in.timelines = {MembershipTimeline(probationer, {}), MembershipTimeline(recent, {}),
                        MembershipTimeline(ending, {})};
        in.commitmentsExpected = true;
        Commitment c;
        c.memberId = 9;
        in.commitments = {c};
        ThematicTopic topic;
        topic.id = 6;
        topic.year = 2026;
        topic.plannedQuarter = 4;
        topic.title = QStringLiteral("Chuyển đổi số");
        in.topics = {topic};
        in.lastBackup = QDateTime(d("2026-11-01"), QTime(8, 0));
        QStringList got;
        for (const Reminder &r : reminders(in))
            got << r.text;
        const QStringList expected = {
            QStringLiteral("Quá hạn từ 31/10/2026: Sổ điểm điện tử (đồng chí Phạm Quốc Bảo)"),
            QStringLiteral("Đồng chí Mai Thị Thảo hết 12 tháng dự bị ngày 10/11/2026: Chi bộ xét "
                           "công nhận đảng viên chính thức"),
            QStringLiteral("Chưa ghi buổi sinh hoạt thường kỳ tháng 11/2026"),
            QStringLiteral("Đến hạn ngày 25/11/2026: Hội thi giáo viên giỏi (đồng chí Phạm Quốc "
                           "Bảo)"),
            QStringLiteral("Đồng chí Cao Văn Sơn hết 12 tháng dự bị ngày 15/12/2026: chuẩn bị hồ "
                           "sơ chuyển đảng viên chính thức"),
            QStringLiteral("Chuyên đề dự kiến quý IV chưa tổ chức: Chuyển đổi số"),
            QStringLiteral("Chưa có minh chứng: Báo cáo tháng (đồng chí Phạm Quốc Bảo, hoàn thành "
                           "10/11/2026)"),
            QStringLiteral("Đồng chí Cao Văn Sơn chưa có bản cam kết năm 2026"),
            QStringLiteral("Đồng chí Mai Thị Thảo chưa có bản cam kết năm 2026"),
            QStringLiteral("Bản sao lưu gần nhất từ ngày 01/11/2026: hãy sao lưu (Tệp ▸ Sao lưu "
                           "ngay)"),
        };
        QCOMPARE(got, expected);
        // the month's meeting held, the topic held, a backup this week: those reminders go
        Meeting held;
        held.kind = MeetingKind::Regular;
        held.heldOn = d("2026-11-05");
        in.meetings = {held};
        in.topics[0].meetingId = 12;
        in.lastBackup = QDateTime(d("2026-11-20"), QTime(8, 0));
        QCOMPARE(reminders(in).size(), expected.size() - 3);
        // before the 10th, the month's meeting is not yet asked for
        in.meetings.clear();
        in.today = d("2026-11-09");
        for (const Reminder &r : reminders(in))
            QVERIFY(r.kind != ReminderKind::MeetingNotRecorded);
    }

    /// The annex's completion level of a task: on time with evidence "Tốt", on time without or
    /// late with evidence "Đạt", late without evidence "Chưa đạt yêu cầu", overdue "Chưa hoàn
    /// thành", open and not yet due nothing.
    void completionLevel_data()
    {
        QTest::addColumn<Task>("t");
        QTest::addColumn<int>("evidence");
        QTest::addColumn<QString>("level");
        QTest::newRow("on time, evidence")
            << task("2026-03-01", "2026-03-31", TaskStatus::Done, "2026-03-30") << 1
            << QStringLiteral("Tốt");
        QTest::newRow("on time, none")
            << task("2026-03-01", "2026-03-31", TaskStatus::Done, "2026-03-31") << 0
            << QStringLiteral("Đạt");
        QTest::newRow("late, evidence")
            << task("2026-03-01", "2026-03-31", TaskStatus::Done, "2026-04-02") << 2
            << QStringLiteral("Đạt");
        QTest::newRow("late, none")
            << task("2026-03-01", "2026-03-31", TaskStatus::Done, "2026-04-02") << 0
            << QStringLiteral("Chưa đạt yêu cầu");
        QTest::newRow("overdue") << task("2026-03-01", "2026-03-31", TaskStatus::InProgress) << 0
                                 << QStringLiteral("Chưa hoàn thành");
        QTest::newRow("not yet due")
            << task("2026-03-01", "2026-12-31", TaskStatus::InProgress) << 0 << QString();
        QTest::newRow("done after the moment")
            << task("2026-03-01", "2026-12-31", TaskStatus::Done, "2026-12-20") << 1 << QString();
    }
    void completionLevel()
    {
        QFETCH(Task, t);
        QFETCH(int, evidence);
        QFETCH(QString, level);
        QCOMPARE(task_rules::completionLevel(t, AsOf::during(d("2026-11-21")), evidence), level);
    }

    /// One thematic session a quarter: two topics in quarters II and III fall short, and the
    /// quarters without one are named; four in four quarters are enough; four with two in one
    /// quarter name the empty one.
    void thematicSessionsOneAQuarter()
    {
        const auto topic = [](int quarter) {
            ThematicTopic t;
            t.year = 2026;
            t.plannedQuarter = quarter;
            return t;
        };
        QCOMPARE(thematicPlanWarning({topic(2), topic(3)}, 2026),
                 QStringLiteral("Kế hoạch năm 2026 có 02 chuyên đề, ít hơn một chuyên đề mỗi quý "
                                "(04); quý I, IV chưa có chuyên đề."));
        QCOMPARE(thematicPlanWarning({topic(1), topic(2), topic(3), topic(4)}, 2026), QString());
        QCOMPARE(thematicPlanWarning({topic(1), topic(2), topic(2), topic(4)}, 2026),
                 QStringLiteral("Kế hoạch năm 2026: quý III chưa có chuyên đề (mỗi quý ít nhất "
                                "một chuyên đề)."));
    }

    /// A commitment cites the member's review of the year before only when the member was
    /// rated that year; when the cell recorded no levels, only a member admitted before it.
    void commitmentCitesThePreviousReview()
    {
        const Member old = member("2015-05-01"), recent = member("2025-11-10");
        QVERIFY(citesPreviousReview(old, 2026, QualityRating::Good, true));
        QVERIFY(!citesPreviousReview(recent, 2026, QualityRating::None, true));
        QVERIFY(!citesPreviousReview(old, 2026, QualityRating::None, true)); // not rated
        QVERIFY(citesPreviousReview(old, 2026, QualityRating::None, false));
        QVERIFY(!citesPreviousReview(recent, 2026, QualityRating::None, false));
    }

    /// A plan's grounds: those picked for it, in the register's order; else the register's
    /// entries for its kind; else, while the register is empty, the built-in ones. A citation
    /// reads as the seeds write it.
    void groundsOfAPlan()
    {
        QList<ReceivedDocument> reg = builtInGrounds();
        for (int i = 0; i < reg.size(); ++i)
            reg[i].id = i + 1;
        QCOMPARE(reg[3].citation(),
                 QStringLiteral("Quy định số 366-QĐ/TW ngày 30/08/2025 của Bộ Chính trị về kiểm "
                                "điểm, đánh giá, xếp loại chất lượng hằng năm đối với tập thể, cá "
                                "nhân trong hệ thống chính trị"));
        QCOMPARE(reg[0].citation(), QStringLiteral("Điều lệ Đảng Cộng sản Việt Nam"));
        const auto numbers = [](const QList<ReceivedDocument> &list) {
            QStringList n;
            for (const ReceivedDocument &d : list)
                n << (d.number.isEmpty() ? d.kind : d.number);
            return n.join(u',');
        };
        QCOMPARE(numbers(groundsOf({}, QStringLiteral("thematic-plan"), {})),
                 QStringLiteral("Điều lệ Đảng Cộng sản Việt Nam,50-CT/TW,42-HD/BTCTW"));
        QCOMPARE(numbers(groundsOf(reg, QStringLiteral("self-review"), {})),
                 QStringLiteral("366-QĐ/TW,43-HD/BTCTW"));
        QCOMPARE(numbers(groundsOf(reg, QStringLiteral("remediation-plan"), {5, 1})),
                 QStringLiteral("Điều lệ Đảng Cộng sản Việt Nam,43-HD/BTCTW"));
        // a register of the cell's own: its marks, not the built-in ones
        ReceivedDocument own;
        own.id = 9;
        own.kind = QStringLiteral("Quy định");
        own.number = QStringLiteral("148-QĐ/ĐU");
        own.groundsFor = {QStringLiteral("remediation-plan")};
        QCOMPARE(numbers(groundsOf({own}, QStringLiteral("remediation-plan"), {})),
                 QStringLiteral("148-QĐ/ĐU"));
        QCOMPARE(numbers(groundsOf({own}, QStringLiteral("thematic-plan"), {})), QString());
        // a number without its date or issuer cannot be cited
        QCOMPARE(own.validate().size(), 2);
    }

    void membershipOnADate_data()
    {
        QTest::addColumn<QString>("admitted");
        QTest::addColumn<QList<MembershipEvent>>("events");
        QTest::addColumn<QDate>("on");
        QTest::addColumn<bool>("inCell");
        const QList<MembershipEvent> retiredOnly{movement(EventKind::Retired, "2026-07-31")};
        // The case the held-out cell showed: admission typed only on the record.
        QTest::newRow("admitted 2010, only retired 2026: in on 1 January")
            << "2010-05-19" << retiredOnly << d("2026-01-01") << true;
        QTest::newRow("… and out after retiring")
            << "2010-05-19" << retiredOnly << d("2026-08-01") << false;
        QTest::newRow("… in on the day before")
            << "2010-05-19" << retiredOnly << d("2026-07-30") << true;
        QTest::newRow("… not before the admission")
            << "2010-05-19" << retiredOnly << d("2009-01-01") << false;
        const QList<MembershipEvent> transferredIn{
            movement(EventKind::TransferredIn, "2024-09-01")};
        // Admitted to the party elsewhere in 2005: in this cell only from the transfer.
        QTest::newRow("transferred in 2024, admitted 2005 elsewhere")
            << "2005-03-01" << transferredIn << d("2010-01-01") << false;
        QTest::newRow("… in after the transfer")
            << "2005-03-01" << transferredIn << d("2025-01-01") << true;
        const QList<MembershipEvent> outAndBack{
            movement(EventKind::TransferredOut, "2021-01-15", 1),
            movement(EventKind::TransferredIn, "2023-02-01", 2)};
        QTest::newRow("out and back: before")
            << "2015-06-01" << outAndBack << d("2020-06-01") << true;
        QTest::newRow("out and back: away")
            << "2015-06-01" << outAndBack << d("2022-06-01") << false;
        QTest::newRow("out and back: back")
            << "2015-06-01" << outAndBack << d("2023-06-01") << true;
        QTest::newRow("no events: from the admission date")
            << "2026-03-01" << QList<MembershipEvent>{} << d("2026-01-01") << false;
        QTest::newRow("no events: after admission")
            << "2026-03-01" << QList<MembershipEvent>{} << d("2026-04-01") << true;
        QTest::newRow("nothing known: a member all along")
            << QString() << QList<MembershipEvent>{} << d("2000-01-01") << true;
        QTest::newRow("leaving event only, no admission date: in before it")
            << QString() << QList<MembershipEvent>{movement(EventKind::Died, "2026-02-02")}
            << d("2026-01-01") << true;
        QTest::newRow("an admission event and the same date on the record")
            << "2012-09-02" << QList<MembershipEvent>{movement(EventKind::Admitted, "2012-09-02")}
            << d("2012-09-02") << true;
    }
    void membershipOnADate()
    {
        QFETCH(QString, admitted);
        QFETCH(QList<MembershipEvent>, events);
        QFETCH(QDate, on);
        QFETCH(bool, inCell);
        Member m = member(nullptr);
        m.admittedOn = QDate::fromString(admitted, Qt::ISODate);
        const MembershipTimeline t(m, events);
        QCOMPARE(t.inCellOn(on), inCell);
        QCOMPARE(membersOn({t}, on), inCell ? QList<qint64>{7} : QList<qint64>{});
    }

    void departuresAndEventsInAPeriod()
    {
        const MembershipTimeline t(member("2010-05-19"),
                                   {movement(EventKind::Retired, "2026-07-31")});
        const auto gone = t.departureBy(d("2026-12-31"));
        QVERIFY(gone);
        QCOMPARE(gone->kind, EventKind::Retired);
        QVERIFY(!t.departureBy(d("2026-07-30")));
        QCOMPARE(t.eventsIn(EventKind::Retired, d("2026-01-01"), d("2026-12-31")), 1);
        // The admission on the record is the admission of its year.
        QCOMPARE(t.eventsIn(EventKind::Admitted, d("2010-01-01"), d("2010-12-31")), 1);
        QCOMPARE(t.eventsIn(EventKind::Admitted, d("2026-01-01"), d("2026-12-31")), 0);
        // Not counted twice when the admission was also typed as an event.
        const MembershipTimeline typed(member("2026-03-01", MembershipKind::Probationary),
                                       {movement(EventKind::Admitted, "2026-03-01")});
        QCOMPARE(typed.eventsIn(EventKind::Admitted, d("2026-01-01"), d("2026-12-31")), 1);
    }

    void probationEndsAfterTwelveMonths_data()
    {
        QTest::addColumn<Member>("who");
        QTest::addColumn<QList<MembershipEvent>>("events");
        QTest::addColumn<QDate>("on");
        QTest::addColumn<bool>("probationary");
        QTest::addColumn<bool>("overdue");
        // Mai Thị Thảo of the demo cell: admitted 10/11/2025, still probationary.
        const Member thao = member("2025-11-10", MembershipKind::Probationary);
        QTest::newRow("within the twelve months")
            << thao << QList<MembershipEvent>{} << d("2026-11-09") << true << false;
        QTest::newRow("on the day they end")
            << thao << QList<MembershipEvent>{} << d("2026-11-10") << true << true;
        QTest::newRow("past them, no decision")
            << thao << QList<MembershipEvent>{} << d("2026-11-21") << true << true;
        QTest::newRow("made full by an event")
            << thao << QList<MembershipEvent>{movement(EventKind::MadeFull, "2026-11-15")}
            << d("2026-11-21") << false << false;
        QTest::newRow("made full on the record")
            << member("2025-11-10", MembershipKind::Full, "2026-11-12") << QList<MembershipEvent>{}
            << d("2026-11-21") << false << false;
        QTest::newRow("left the cell: no signal")
            << thao << QList<MembershipEvent>{movement(EventKind::TransferredOut, "2026-06-01")}
            << d("2026-11-21") << false << false;
    }
    void probationEndsAfterTwelveMonths()
    {
        QFETCH(Member, who);
        QFETCH(QList<MembershipEvent>, events);
        QFETCH(QDate, on);
        QFETCH(bool, probationary);
        QFETCH(bool, overdue);
        const MembershipTimeline t(who, events);
        QCOMPARE(t.probationaryOn(on), probationary);
        QCOMPARE(t.probationOverdueOn(on), overdue);
        QCOMPARE(t.probationEnds(), d("2026-11-10"));
    }

    void taskStateAtAMoment_data()
    {
        QTest::addColumn<Task>("t");
        QTest::addColumn<AsOf>("at");
        QTest::addColumn<TaskState>("state");
        QTest::addColumn<bool>("dueSoon");
        const AsOf during31Oct = AsOf::during(d("2026-10-31"));
        const AsOf closeOfOct = AsOf::closeOf(d("2026-10-31"));
        const Task dueOct31 = task("2026-10-01", "2026-10-31", TaskStatus::InProgress);
        // The October report dated 21/11: October is judged at its close.
        QTest::newRow("due on the as-of date, during it: not yet late")
            << dueOct31 << during31Oct << TaskState::InProgress << true;
        QTest::newRow("due on the as-of date, at its close: overdue")
            << dueOct31 << closeOfOct << TaskState::Overdue << false;
        QTest::newRow("a month that ended, looked at later")
            << dueOct31 << AsOf::forPeriod(d("2026-10-01"), d("2026-10-31"), d("2026-11-21"))
            << TaskState::Overdue << false;
        QTest::newRow("a month still running: during today")
            << dueOct31 << AsOf::forPeriod(d("2026-10-01"), d("2026-10-31"), d("2026-10-20"))
            << TaskState::InProgress << false;
        QTest::newRow("due in 7 days: due soon")
            << task("2026-10-01", "2026-10-27", TaskStatus::NotStarted)
            << AsOf::during(d("2026-10-20")) << TaskState::NotStarted << true;
        QTest::newRow("due in 8 days: not yet")
            << task("2026-10-01", "2026-10-28", TaskStatus::NotStarted)
            << AsOf::during(d("2026-10-20")) << TaskState::NotStarted << false;
        QTest::newRow("done on time")
            << task("2026-10-01", "2026-10-31", TaskStatus::Done, "2026-10-30") << closeOfOct
            << TaskState::DoneOnTime << false;
        QTest::newRow("done on the due date")
            << task("2026-10-01", "2026-10-31", TaskStatus::Done, "2026-10-31") << closeOfOct
            << TaskState::DoneOnTime << false;
        QTest::newRow("done late")
            << task("2026-10-01", "2026-10-15", TaskStatus::Done, "2026-10-20") << closeOfOct
            << TaskState::DoneLate << false;
        QTest::newRow("done after the moment: overdue then")
            << task("2026-10-01", "2026-10-31", TaskStatus::Done, "2026-11-03") << closeOfOct
            << TaskState::Overdue << false;
        // Older records: done without a completion date counts as done on its due date, on
        // time — the same answer for the month summary, the chart and the self-review.
        QTest::newRow("done without a completion date")
            << task("2026-10-01", "2026-10-31", TaskStatus::Done) << closeOfOct
            << TaskState::DoneOnTime << false;
        QTest::newRow("done without any date") << task(nullptr, nullptr, TaskStatus::Done)
                                               << closeOfOct << TaskState::DoneOnTime << false;
        QTest::newRow("cancelled, past due")
            << task("2026-10-01", "2026-10-15", TaskStatus::Cancelled) << closeOfOct
            << TaskState::Cancelled << false;
        QTest::newRow("in progress, starts later")
            << task("2026-11-05", "2026-11-30", TaskStatus::InProgress) << closeOfOct
            << TaskState::NotStarted << false;
        QTest::newRow("no due date: never overdue")
            << task("2026-01-01", nullptr, TaskStatus::InProgress) << closeOfOct
            << TaskState::InProgress << false;
    }
    void taskStateAtAMoment()
    {
        QFETCH(Task, t);
        QFETCH(AsOf, at);
        QFETCH(TaskState, state);
        QFETCH(bool, dueSoon);
        QCOMPARE(task_rules::state(t, at), state);
        QCOMPARE(task_rules::overdue(t, at), state == TaskState::Overdue);
        QCOMPARE(task_rules::dueSoon(t, at), dueSoon);
        QCOMPARE(task_rules::doneBy(t, at),
                 state == TaskState::DoneOnTime || state == TaskState::DoneLate);
    }

    void vagueIsOneRule()
    {
        Task t = task("2026-10-01", "2026-10-31", TaskStatus::InProgress);
        QVERIFY(!task_rules::vague(t));
        t.expectedOutput = QStringLiteral(" \t\n\u00A0"); // SQL trim() kept tabs and newlines
        QVERIFY(task_rules::vague(t));
        t.expectedOutput = QStringLiteral("Biên bản");
        t.ownerId = 0;
        QVERIFY(task_rules::vague(t));
        t.ownerId = 3;
        t.dueOn = {};
        QVERIFY(task_rules::vague(t));
    }

    void tasksOfAYear_data()
    {
        QTest::addColumn<Task>("t");
        QTest::addColumn<int>("year");
        QTest::addColumn<bool>("belongs");
        QTest::addColumn<bool>("carried");
        // Given 04/12/2026, due 31/01/2027: one of 2026's tasks ("Nhiệm vụ được giao"),
        // carried over, and one of 2027's.
        const Task december = task("2026-12-04", "2027-01-31", TaskStatus::InProgress);
        QTest::newRow("given in December, due in January: the first year")
            << december << 2026 << true << true;
        QTest::newRow("… and the second") << december << 2027 << true << false;
        QTest::newRow("… not the year after") << december << 2028 << false << false;
        QTest::newRow("given in 2025, due 2026")
            << task("2025-11-01", "2026-02-28", TaskStatus::Done, "2026-02-20") << 2026 << true
            << false;
        QTest::newRow("no due date, started in the year")
            << task("2026-03-01", nullptr, TaskStatus::InProgress) << 2026 << true << false;
        QTest::newRow("no dates at all")
            << task(nullptr, nullptr, TaskStatus::InProgress) << 2026 << false << false;
        QTest::newRow("done within the year: not carried")
            << task("2026-12-04", "2027-01-31", TaskStatus::Done, "2026-12-20") << 2026 << true
            << false;
    }
    void tasksOfAYear()
    {
        QFETCH(Task, t);
        QFETCH(int, year);
        QFETCH(bool, belongs);
        QFETCH(bool, carried);
        QCOMPARE(task_rules::belongsToYear(t, year), belongs);
        QCOMPARE(task_rules::carriedOver(t, year, AsOf::closeOf(QDate(year, 12, 31))), carried);
    }

    void activeInAPeriod()
    {
        const QDate from = d("2026-04-01"), to = d("2026-04-30");
        QVERIFY(task_rules::activeIn(task("2026-03-01", "2026-05-31", TaskStatus::InProgress), from,
                                     to));
        QVERIFY(!task_rules::activeIn(task("2026-05-02", "2026-05-31", TaskStatus::NotStarted),
                                      from, to));
        QVERIFY(!task_rules::activeIn(
            task("2026-03-01", "2026-03-31", TaskStatus::Done, "2026-03-30"), from, to));
        QVERIFY(task_rules::activeIn(
            task("2026-03-01", "2026-04-15", TaskStatus::Done, "2026-04-02"), from, to));
        QVERIFY(!task_rules::activeIn(task("2026-03-01", "2026-04-15", TaskStatus::Cancelled), from,
                                      to));
    }

    void aYearsDocumentIsJudgedOnItsDay()
    {
        // During the document's day while the year runs; at the close of 31 December after it,
        // or when the document carries no date.
        QCOMPARE(AsOf::forYear(2026, d("2026-11-21")).date, d("2026-11-21"));
        QVERIFY(!AsOf::forYear(2026, d("2026-11-21")).endOfDay);
        QCOMPARE(AsOf::forYear(2026, d("2027-01-15")).date, d("2026-12-31"));
        QVERIFY(AsOf::forYear(2026, d("2027-01-15")).endOfDay);
        QVERIFY(AsOf::forYear(2026, QDate()).endOfDay);
    }

    void aPeriodIsCompiledFromTheTaskRules()
    {
        // October 2026 compiled on 21/11: judged at the close of 31/10.
        PeriodRecords r;
        r.period = *Period::month(QStringLiteral("2026-10"));
        r.at = AsOf::forPeriod(r.period.from, r.period.to, d("2026-11-21"));
        r.names = {{3, QStringLiteral("Đặng Văn Ba")}, {4, QStringLiteral("An Thị Bốn")}};
        Task dueLastDay = task("2026-10-01", "2026-10-31", TaskStatus::InProgress);
        dueLastDay.id = 1;
        Task doneLate = task("2026-10-01", "2026-10-10", TaskStatus::Done, "2026-10-20");
        doneLate.id = 2;
        Task doneAfterClose = task("2026-10-01", "2026-10-31", TaskStatus::Done, "2026-11-05");
        doneAfterClose.id = 3;
        Task dueSoonNext = task("2026-10-01", "2026-11-05", TaskStatus::InProgress);
        dueSoonNext.id = 4;
        dueSoonNext.ownerId = 4;
        Task vagueOne = task("2026-10-01", nullptr, TaskStatus::NotStarted);
        vagueOne.id = 5;
        Task before = task("2026-08-01", "2026-09-10", TaskStatus::Done, "2026-09-09");
        before.id = 6;
        r.tasks = {dueLastDay, doneLate, doneAfterClose, dueSoonNext, vagueOne, before};
        r.evidence = {{2, 1}};
        ProgressReport report;
        report.id = 9;
        report.taskId = 4;
        report.memberId = 4;
        r.reports = {{4, {report}}};
        r.addedEvidence = {3};

        const PeriodProgress p = compilePeriod(r);
        QCOMPARE(p.asOf, d("2026-10-31"));
        QCOMPARE(p.figures.active, 5); // not the task done in September
        QCOMPARE(p.figures.done, 1);   // done 05/11 is not done by the close of October
        QCOMPARE(p.figures.late, 1);
        QCOMPARE(p.figures.onTime, 0);
        QCOMPARE(p.figures.overdue, 2); // due 31/10 and not done at its close
        QCOMPARE(p.figures.dueSoon, 1); // due 05/11, within 7 days of 31/10
        QCOMPARE(p.figures.vague, 1);
        QCOMPARE(p.figures.withoutEvidence, 0);
        QCOMPARE(p.figures.noReport, 3);
        QCOMPARE(p.figures.membersWithTasks, 2);
        QCOMPARE(p.figures.membersReported, 1);
        QCOMPARE(p.membersNotReported, QStringList{QStringLiteral("Đặng Văn Ba")});
        QCOMPARE(p.membersWithoutEvidence, QStringList{QStringLiteral("An Thị Bốn")});
        const auto row = [&](qint64 id) {
            return *std::find_if(p.tasks.cbegin(), p.tasks.cend(),
                                 [id](const PeriodTask &t) { return t.task.id == id; });
        };
        QCOMPARE(row(1).flagLabels().first(), QStringLiteral("quá hạn"));
        QVERIFY(!row(1).dueSoon);
        QCOMPARE(row(4).flagLabels(), QStringList{QStringLiteral("sắp đến hạn")});
        QVERIFY(row(5).flagLabels().contains(QStringLiteral("chưa rõ thời hạn")));
    }

    void theYearChartAddsUpMonthByMonth()
    {
        const QList<Task> tasks = {
            task("2026-01-05", "2026-03-31", TaskStatus::Done, "2026-03-20"), // March, on time
            task("2026-01-05", "2026-03-31", TaskStatus::Done, "2026-04-02"), // April, late
            task("2026-01-05", "2026-05-31", TaskStatus::InProgress),         // open in May
            task("2026-01-05", "2026-05-31", TaskStatus::Cancelled),          // not counted
            task("2026-01-05", "2026-12-31", TaskStatus::InProgress),         // ahead on 01/06
        };
        const QList<MonthBar> bars = yearChart(tasks, 2026, d("2026-06-01"));
        QCOMPARE(bars.size(), 12);
        QCOMPARE(bars[2].onTime, 1);
        QCOMPARE(bars[2].open, 1); // due in March, not done at the close of March
        QCOMPARE(bars[3].late, 1);
        QCOMPARE(bars[4].open, 1);
        QCOMPARE(bars[11].open, 1); // still open during 01/06: counted in its month
    }

    void selfAssessmentTotalsOnlyWhenComplete()
    {
        const auto criterion = [](int group, double max, double points) {
            ReviewCriterion c;
            c.group = group;
            c.maxPoints = max;
            c.points = points;
            return c;
        };
        QList<ReviewCriterion> form{criterion(1, 10, 9), criterion(1, 20, 18), criterion(2, 40, 35),
                                    criterion(2, 30, -1)};
        SelfAssessment a = SelfAssessment::of(form);
        QVERIFY(!a.empty);
        QVERIFY(!a.complete);
        QCOMPARE(a.total(), -1.0); // one criterion unscored: no total
        QCOMPARE(proposedLevel(QualityRating::None, a), QualityRating::None);
        QCOMPARE(a.general, 27.0);
        form[3].points = 26;
        a = SelfAssessment::of(form);
        QVERIFY(a.complete);
        QCOMPARE(a.total(), 88.0);
        QCOMPARE(a.max(), 100.0);
        QCOMPARE(proposedLevel(QualityRating::None, a), QualityRating::Good);
        QCOMPARE(proposedLevel(QualityRating::Completed, a), QualityRating::Completed);
        // A form with one group only is not complete either.
        QVERIFY(!SelfAssessment::of({criterion(1, 30, 30)}).complete);
        QVERIFY(SelfAssessment::of({}).empty);
    }

    void levelFromTheScale_data()
    {
        QTest::addColumn<double>("score");
        QTest::addColumn<QualityRating>("level");
        QTest::newRow("100") << 100.0 << QualityRating::Excellent;
        QTest::newRow("90") << 90.0 << QualityRating::Excellent;
        QTest::newRow("89.5") << 89.5 << QualityRating::Good;
        QTest::newRow("70") << 70.0 << QualityRating::Good;
        QTest::newRow("69.9") << 69.9 << QualityRating::Completed;
        QTest::newRow("50") << 50.0 << QualityRating::Completed;
        QTest::newRow("49.5") << 49.5 << QualityRating::NotCompleted;
    }
    void levelFromTheScale()
    {
        QFETCH(double, score);
        QFETCH(QualityRating, level);
        QCOMPARE(levelForScore(score), level);
    }

    void warningsAgainstTheLevel()
    {
        YearFigures f;
        f.tasks = 40;
        f.tasksDone = 30;
        f.tasksOnTime = 30;
        QCOMPARE(levelWarnings(QualityRating::Excellent, f), QStringList());
        QCOMPARE(levelWarnings(QualityRating::None, f), QStringList());
        f.tasksLate = 2;
        f.tasksOnTime = 28;
        f.tasksOverdue = 1;
        f.tasksOpen = 10;
        f.tasksNotYetDue = 9;
        QStringList w = levelWarnings(QualityRating::Good, f);
        QCOMPARE(w.size(), 1);
        QVERIFY2(w[0].contains(QStringLiteral("2 nhiệm vụ hoàn thành trễ hạn và 1 nhiệm vụ đã quá "
                                              "hạn")),
                 qPrintable(w[0]));
        QVERIFY(levelWarnings(QualityRating::Completed, f).isEmpty()); // 2 of 31: under 20 %
        f.disciplined = 1;
        w = levelWarnings(QualityRating::Completed, f);
        QCOMPARE(w.size(), 1);
        QVERIFY(w[0].contains(QStringLiteral("bị kỷ luật")));
        QVERIFY(levelWarnings(QualityRating::NotCompleted, f).isEmpty());
        f.disciplined = 0;
        f.remedyTasks = 4;
        f.remedyTasksDone = 3;
        QVERIFY(levelWarnings(QualityRating::Excellent, f)
                    .filter(QStringLiteral("còn 1/4 nhiệm vụ khắc phục"))
                    .size() == 1);
        // Under 70 % of the tasks due are done.
        YearFigures low;
        low.tasks = 10;
        low.tasksDone = 6;
        low.tasksOnTime = 6;
        low.tasksOpen = 4;
        low.tasksOverdue = 4;
        QVERIFY(levelWarnings(QualityRating::Completed, low)
                    .filter(QStringLiteral("Dưới 70%"))
                    .size() == 1);
        // More than 20 % of the good-or-better members excellent.
        YearFigures ratings;
        ratings.ratings = {{QualityRating::Excellent, 3}, {QualityRating::Good, 9}};
        QCOMPARE(levelWarnings(QualityRating::Good, ratings).size(), 1);
        QVERIFY(
            levelWarnings(QualityRating::Good, ratings).first().contains(QStringLiteral("20%")));
        ratings.ratings = {{QualityRating::Excellent, 2}, {QualityRating::Good, 8}};
        QVERIFY(levelWarnings(QualityRating::Good, ratings).isEmpty());
    }

    void memberFormCategory()
    {
        Member m = member("2010-05-19");
        MemberReview r;
        QCOMPARE(categoryOf(m, r), ReviewCategory::Member);
        m.job = Job::Manager; // a principal or vice-principal
        QCOMPARE(categoryOf(m, r), ReviewCategory::Leader);
        m.job = Job::Teacher;
        m.role = Role::CommitteeMember;
        QCOMPARE(categoryOf(m, r), ReviewCategory::Leader);
        r.category = ReviewCategory::Outside; // chosen by the secretary: it wins
        QCOMPARE(categoryOf(m, r), ReviewCategory::Outside);
        QCOMPARE(fromReviewCategoryCode(code(ReviewCategory::Leader)), ReviewCategory::Leader);
        QCOMPARE(fromReviewCategoryCode(QString()), ReviewCategory::Auto);
    }

    void memberPointsAndLevel()
    {
        MemberReview r;
        QCOMPARE(r.total(), -1.0);
        QCOMPARE(proposedMemberLevel(r), QualityRating::None);
        r.generalPoints = 27;
        QCOMPARE(r.total(), -1.0); // one group only: no total
        r.resultsPoints = 63;
        QCOMPARE(r.total(), 90.0);
        QCOMPARE(proposedMemberLevel(r), QualityRating::Excellent);
        r.selfLevel = QualityRating::Good; // the member's own proposal stands
        QCOMPARE(proposedMemberLevel(r), QualityRating::Good);
        QVERIFY(r.validate().isEmpty());
        r.generalPoints = 31;
        r.votesFor = 18;
        r.votesTotal = 17;
        QCOMPARE(r.validate().size(), 2);
        r.generalPoints = 30;
        r.votesTotal = -1;
        QVERIFY(r.validate().first().contains(QStringLiteral("cả số phiếu")));
    }

    void memberLevelWarnings_data()
    {
        QTest::addColumn<QualityRating>("level");
        QTest::addColumn<int>("late");
        QTest::addColumn<int>("overdue");
        QTest::addColumn<bool>("disciplined");
        QTest::addColumn<QString>("warning");
        QTest::newRow("good, all on time") << QualityRating::Good << 0 << 0 << false << QString();
        QTest::newRow("excellent with a late task")
            << QualityRating::Excellent << 1 << 0 << false
            << QStringLiteral("1 nhiệm vụ trễ hạn và 0 nhiệm vụ quá hạn");
        QTest::newRow("good with an overdue task")
            << QualityRating::Good << 0 << 1 << false << QStringLiteral("1 nhiệm vụ quá hạn");
        QTest::newRow("completed with one late of five")
            << QualityRating::Completed << 1 << 0 << false << QString();
        QTest::newRow("disciplined this year")
            << QualityRating::Completed << 0 << 0 << true << QStringLiteral("bị kỷ luật");
        QTest::newRow("not completed: nothing contradicts it")
            << QualityRating::NotCompleted << 3 << 2 << true << QString();
    }
    void memberLevelWarnings()
    {
        QFETCH(QualityRating, level);
        QFETCH(int, late);
        QFETCH(int, overdue);
        QFETCH(bool, disciplined);
        QFETCH(QString, warning);
        MemberYear y;
        y.tasks = 5;
        y.done = 5 - overdue;
        y.late = late;
        y.onTime = y.done - late;
        y.overdue = overdue;
        y.open = overdue;
        if (disciplined)
            y.disciplines << QStringLiteral("Khiển trách ngày 10/10/2026");
        const QStringList w = sochibo::core::memberLevelWarnings(level, y);
        if (warning.isEmpty())
            QVERIFY2(w.isEmpty(), qPrintable(w.join(QLatin1Char('|'))));
        else
            QVERIFY2(!w.filter(warning).isEmpty(), qPrintable(w.join(QLatin1Char('|'))));
    }

    void ratingsAddUpAndTheTwentyPercentRule()
    {
        const RatingsSummary s = summarise(
            {QualityRating::Excellent, QualityRating::Excellent, QualityRating::Good,
             QualityRating::Good, QualityRating::Good, QualityRating::Good, QualityRating::Good,
             QualityRating::Good, QualityRating::Completed, QualityRating::None},
            1);
        QCOMPARE(s.rated, 9);
        QCOMPARE(s.notRated, 1);
        QCOMPARE(s.perLevel.value(QualityRating::Good), 6);
        QCOMPARE(s.percent(QualityRating::Excellent), 200.0 / 9);
        // 2 of the 8 rated good or better are excellent: 25 %, over the 20 %.
        QCOMPARE(s.warnings().size(), 1);
        QVERIFY(s.warnings().first().contains(QStringLiteral("tối đa 1")));
        QVERIFY(summarise({{QualityRating::Excellent, 2}, {QualityRating::Good, 8}})
                    .warnings()
                    .isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestCoreRules)
#include "TestCoreRules.moc"

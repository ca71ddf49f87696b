#include "storage/CellRepository.h"
#include "storage/JsonExchange.h"
#include "storage/MemberRepository.h"
#include "storage/Migrations.h"
#include "storage/ReviewRepository.h"
#include "storage/Statistics.h"
#include "storage/TaskRepository.h"
#include "storage/Transaction.h"
#include "text/Normalization.h"

#include <QTemporaryDir>
#include <QTest>

using namespace sochibo::core;
using namespace sochibo::storage;

class TestStorage : public QObject
{
    Q_OBJECT

    static qint64 addMember(const Database &db, const QString &name,
                            QDate admitted = QDate(2010, 1, 1))
    {
        Member m;
        m.fullName = name;
        m.admittedOn = admitted;
        m.fullOn = admitted.addYears(1);
        return MemberRepository(db).save(m);
    }

private slots:
    void migrationsFromEmpty()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("cell.db"));
        {
            Database db = Database::open(path, Database::Mode::Create);
            QCOMPARE(db.schemaVersion(), Migrations::latestVersion());
            QVERIFY(Migrations::latestVersion() >= 1);
            QCOMPARE(db.scalar(QStringLiteral("PRAGMA foreign_keys")).toInt(), 1);
            QCOMPARE(db.scalar(QStringLiteral("PRAGMA journal_mode")).toString(),
                     QStringLiteral("wal"));
            QVERIFY(db.scalar(QStringLiteral("PRAGMA synchronous")).toInt() >= 1);
            QCOMPARE(db.scalar(QStringLiteral("PRAGMA application_id")).toLongLong(),
                     qint64(Database::kApplicationId));
        }
        // reopening does not migrate again and keeps the file ours
        Database again = Database::open(path);
        QCOMPARE(again.schemaVersion(), Migrations::latestVersion());
    }

    void refusesForeignAndNewerFiles()
    {
        QTemporaryDir dir;
        const QString notDb = dir.filePath(QStringLiteral("note.db"));
        QFile f(notDb);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("this is not a database at all, just some words");
        f.close();
        try {
            Database::open(notDb);
            QFAIL("a text file opened as records");
        } catch (const StorageError &e) {
            QCOMPARE(e.kind(), StorageError::Kind::NotDatabase);
            QVERIFY(e.message().contains(QStringLiteral("không phải")));
        }
        const QString newer = dir.filePath(QStringLiteral("newer.db"));
        {
            Database db = Database::open(newer, Database::Mode::Create);
            db.exec(QStringLiteral("PRAGMA user_version = 99"));
        }
        try {
            Database::open(newer);
            QFAIL("a newer schema opened");
        } catch (const StorageError &e) {
            QCOMPARE(e.kind(), StorageError::Kind::NewerSchema);
        }
    }

    void deletingOwnerIsRefusedNamingTasks()
    {
        Database db = Database::openInMemory();
        const qint64 an = addMember(db, QStringLiteral("Đặng Thị An"));
        Task t;
        t.title = QStringLiteral("Lập sổ theo dõi nhiệm vụ");
        t.ownerId = an;
        TaskRepository(db).save(t);
        try {
            MemberRepository(db).remove(an);
            QFAIL("member with tasks deleted");
        } catch (const StorageError &e) {
            QCOMPARE(e.kind(), StorageError::Kind::Constraint);
            QVERIFY2(e.message().contains(QStringLiteral("“Lập sổ theo dõi nhiệm vụ”")),
                     qPrintable(e.message()));
            QVERIFY(e.message().contains(QStringLiteral("Đặng Thị An")));
        }
        QVERIFY(MemberRepository(db).find(an).has_value());
        // the database itself refuses too (foreign key), whatever path a delete takes
        QVERIFY_THROWS_EXCEPTION(
            StorageError, db.exec(QStringLiteral("DELETE FROM member WHERE id = %1").arg(an)));
    }

    void constraintsRefuseBadRows_data()
    {
        QTest::addColumn<QString>("sql");
        QTest::newRow("empty name") << QStringLiteral("INSERT INTO member(full_name) VALUES('  ')");
        QTest::newRow("full before admitted")
            << QStringLiteral("INSERT INTO member(full_name, admitted_on, full_on) VALUES('A', "
                              "'2020-05-01', '2019-01-01')");
        QTest::newRow("bad role") << QStringLiteral(
            "INSERT INTO member(full_name, role) VALUES('A', 'boss')");
        QTest::newRow("discipline without form")
            << QStringLiteral("INSERT INTO membership_event(member_id, kind, event_date) VALUES(1, "
                              "'disciplined', '2026-01-01')");
        QTest::newRow("done without date")
            << QStringLiteral("INSERT INTO task(title, status) VALUES('x', 'done')");
        QTest::newRow("bad period") << QStringLiteral(
            "INSERT INTO progress_report(task_id, member_id, period) VALUES(1, 1, '2026-4')");
        QTest::newRow("evidence two targets")
            << QStringLiteral("INSERT INTO evidence(sha256, file_name, size, added_on, task_id, "
                              "meeting_id) VALUES('%1', 'a', 1, 'x', 1, 1)")
                   .arg(QString(64, QLatin1Char('a')));
        QTest::newRow("points over max") << QStringLiteral(
            "INSERT INTO review_year(year) VALUES(2026); INSERT INTO review_criterion(year, grp, "
            "title, max_points, points) VALUES(2026, 1, 't', 5, 6)");
    }
    void constraintsRefuseBadRows()
    {
        QFETCH(QString, sql);
        Database db = Database::openInMemory();
        addMember(db, QStringLiteral("Lê Văn Bình"));
        Task t;
        t.title = QStringLiteral("x");
        TaskRepository(db).save(t);
        QVERIFY_THROWS_EXCEPTION(StorageError, db.exec(sql));
    }

    void textIsStoredNfc()
    {
        Database db = Database::openInMemory();
        const qint64 id = addMember(db, QStringLiteral("Nguye\u0302\u0303n Thi\u0323 Thu"));
        const QString stored =
            db.scalar(QStringLiteral("SELECT full_name FROM member WHERE id = %1").arg(id))
                .toString();
        QCOMPARE(stored, QStringLiteral("Nguyễn Thị Thu"));
        QVERIFY(sochibo::text::isNfc(stored));
    }

    void rollbackLeavesNoPartialRows()
    {
        Database db = Database::openInMemory();
        try {
            Transaction tx(db);
            addMember(db, QStringLiteral("Lê Văn Bình"));
            addMember(db, QStringLiteral("Trần Thị Nga"));
            db.exec(QStringLiteral("INSERT INTO member(full_name) VALUES('')")); // refused
            tx.commit();
            QFAIL("bad row accepted");
        } catch (const StorageError &) {
        }
        QCOMPARE(db.scalar(QStringLiteral("SELECT count(*) FROM member")).toInt(), 0);
        // a task with collaborators is saved whole or not at all
        const qint64 a = addMember(db, QStringLiteral("Lê Văn Bình"));
        Task t;
        t.title = QStringLiteral("Nhiệm vụ");
        t.ownerId = a;
        t.collaboratorIds = {a + 100}; // no such member
        QVERIFY_THROWS_EXCEPTION(StorageError, TaskRepository(db).save(t));
        QCOMPARE(db.scalar(QStringLiteral("SELECT count(*) FROM task")).toInt(), 0);
    }

    void changeLogRecordsWhoAndWhat()
    {
        Database db = Database::openInMemory();
        db.setActor(QStringLiteral("Bí thư"));
        const qint64 id = addMember(db, QStringLiteral("Lê Văn Bình"));
        auto m = *MemberRepository(db).find(id);
        m.phone = QStringLiteral("0912000111");
        MemberRepository(db).save(m);
        Statement st = db.prepare(
            QStringLiteral("SELECT actor, action, old_values, new_values FROM change_log WHERE "
                           "table_name='member' AND row_id=?1 ORDER BY id"));
        st.bind(1, id);
        QVERIFY(st.step());
        QCOMPARE(st.text(0), QStringLiteral("Bí thư"));
        QCOMPARE(st.text(1), QStringLiteral("insert"));
        QVERIFY(st.text(3).contains(QStringLiteral("Lê Văn Bình")));
        QVERIFY(st.step());
        QCOMPARE(st.text(1), QStringLiteral("update"));
        QVERIFY(st.text(2).contains(QStringLiteral("\"phone\":\"\"")));
        QVERIFY(st.text(3).contains(QStringLiteral("0912000111")));
    }

    void membershipCountsAtDates()
    {
        Database db = Database::openInMemory();
        MemberRepository repo(db);
        const qint64 a = addMember(db, QStringLiteral("Lê Văn Bình"), QDate(2010, 1, 1));
        const qint64 b = addMember(db, QStringLiteral("Trần Thị Nga"), QDate(2012, 1, 1));
        const qint64 c =
            addMember(db, QStringLiteral("Võ Thị Ly"), QDate(2026, 3, 15)); // admitted in 2026
        const qint64 d = addMember(db, QStringLiteral("Phan Thị Mai"), QDate(2015, 6, 1));
        repo.saveEvent({0, c, EventKind::Admitted, QDate(2026, 3, 15), DisciplineForm::None, {}});
        repo.saveEvent(
            {0, d, EventKind::TransferredIn, QDate(2026, 8, 20), DisciplineForm::None, {}});
        repo.saveEvent({0, b, EventKind::Retired, QDate(2026, 6, 30), DisciplineForm::None, {}});
        repo.saveEvent({0, b, EventKind::Admitted, QDate(2012, 1, 1), DisciplineForm::None, {}});
        Q_UNUSED(a);
        QCOMPARE(repo.membersOn(QDate(2025, 12, 31)).size(), 2); // a, b
        QCOMPARE(repo.membersOn(QDate(2026, 12, 31)).size(), 3); // a, c, d
        const YearFigures f = Statistics(db).year(2026);
        QCOMPARE(f.membersStart, 2);
        QCOMPARE(f.membersEnd, 3);
        QCOMPARE(f.admitted, 1);
        QCOMPARE(f.transferredIn, 1);
        QCOMPARE(f.retired, 1);
        QCOMPARE(f.probationaryEnd, 1); // c, admitted in March
        QCOMPARE(f.fullEnd, 2);
    }

    void taskFiguresAsOfADate()
    {
        Database db = Database::openInMemory();
        const qint64 m = addMember(db, QStringLiteral("Lê Văn Bình"));
        TaskRepository repo(db);
        const auto add = [&](const char *title, QDate due, TaskStatus status, QDate done = {}) {
            Task t;
            t.title = QString::fromUtf8(title);
            t.ownerId = m;
            t.dueOn = due;
            t.status = status;
            t.completedOn = done;
            t.expectedOutput = QStringLiteral("Biên bản");
            repo.save(t);
        };
        add("đúng hạn", {2026, 3, 31}, TaskStatus::Done, {2026, 3, 30});
        add("trễ hạn", {2026, 4, 30}, TaskStatus::Done, {2026, 5, 6});
        add("quá hạn", {2026, 10, 31}, TaskStatus::InProgress);
        add("hạn tháng 12", {2026, 12, 20}, TaskStatus::InProgress);
        add("đã hủy", {2026, 6, 30}, TaskStatus::Cancelled);
        add("năm sau", {2027, 1, 15}, TaskStatus::NotStarted);
        Task noDue; // no due date, started in 2026: still a task of 2026
        noDue.title = QStringLiteral("không hạn");
        noDue.startOn = QDate(2026, 2, 1);
        repo.save(noDue);

        const YearFigures nov = Statistics(db).year(2026, QDate(2026, 11, 21));
        QCOMPARE(nov.tasks, 6);
        QCOMPARE(nov.tasksDone, 2);
        QCOMPARE(nov.tasksOnTime, 1);
        QCOMPARE(nov.tasksLate, 1);
        QCOMPARE(nov.tasksCancelled, 1);
        QCOMPARE(nov.tasksOverdue, 1);   // October's, not December's
        QCOMPARE(nov.tasksNotYetDue, 2); // December's and the one without a date
        QCOMPARE(nov.tasksJudged(), 3);
        QCOMPARE(nov.tasksVague, 1);
        const YearFigures end = Statistics(db).year(2026); // as of 31 December
        QCOMPARE(end.tasksOverdue, 2);
        // the annex and the figures use the same rule
        TaskFilter f;
        f.year = 2026;
        QCOMPARE(repo.list(f).size(), 6);
    }

    void jsonRoundTripIsIdentical()
    {
        Database a = Database::openInMemory();
        CellRepository(a).saveCell({QStringLiteral("Chi bộ Trường Tiểu học Thử"),
                                    QStringLiteral("Đảng bộ xã Thử"), QStringLiteral("Thử"), 2025,
                                    2030});
        const qint64 m = addMember(a, QStringLiteral("Đặng Thị An"));
        Task t;
        t.title = QStringLiteral("Nhiệm vụ có dấu: “rõ người”");
        t.ownerId = m;
        t.dueOn = QDate(2026, 4, 30);
        TaskRepository(a).save(t);
        const QByteArray first = JsonExchange::exportJson(a);
        Database b = Database::openInMemory();
        JsonExchange::importJson(b, first);
        QCOMPARE(JsonExchange::exportJson(b), first);
    }

    void importRefusesBadInputAndChangesNothing_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("message");
        QTest::newRow("malformed") << QByteArray("{\"format\": ") << QStringLiteral("JSON bị lỗi");
        QTest::newRow("not ours") << QByteArray("{\"x\": 1}")
                                  << QStringLiteral("không phải dữ liệu");
        QTest::newRow("newer") << QByteArray("{\"format\":\"sochibo-records\",\"formatVersion\":9,"
                                             "\"schemaVersion\":1,\"tables\":{}}")
                               << QStringLiteral("phiên bản định dạng 9");
        QTest::newRow("dangling reference")
            << QByteArray("{\"format\":\"sochibo-records\",\"formatVersion\":1,\"schemaVersion\":1,"
                          "\"tables\":{"
                          "\"member\":[{\"id\":1,\"full_name\":\"A\"}],\"task\":[{\"id\":1,"
                          "\"title\":\"t\",\"owner_id\":7}]}}")
            << QStringLiteral("tham chiếu");
        QTest::newRow("unknown column")
            << QByteArray("{\"format\":\"sochibo-records\",\"formatVersion\":1,\"schemaVersion\":1,"
                          "\"tables\":{"
                          "\"member\":[{\"id\":1,\"nick\":\"A\"}]}}")
            << QStringLiteral("cột không biết “nick”");
    }
    void importRefusesBadInputAndChangesNothing()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, message);
        Database db = Database::openInMemory();
        try {
            JsonExchange::importJson(db, json, /*replace=*/false, {}, /*allowEmpty=*/true);
            QFAIL("bad JSON imported");
        } catch (const StorageError &e) {
            QVERIFY2(e.message().contains(message), qPrintable(e.message()));
        }
        QCOMPARE(JsonExchange::recordCount(db), qint64(0));
    }

    void viCollationAndFoldInSql()
    {
        Database db = Database::openInMemory();
        for (const char *n : {"Đinh Văn Đông", "Dương Thị Dung", "Nguyễn Văn An", "Đặng Thị Ánh"})
            addMember(db, QString::fromUtf8(n));
        Statement st = db.prepare(
            QStringLiteral("SELECT full_name FROM member ORDER BY full_name COLLATE VI"));
        QStringList order;
        while (st.step())
            order << st.text(0);
        QCOMPARE(order,
                 (QStringList{QStringLiteral("Dương Thị Dung"), QStringLiteral("Đặng Thị Ánh"),
                              QStringLiteral("Đinh Văn Đông"), QStringLiteral("Nguyễn Văn An")}));
        Statement f = db.prepare(
            QStringLiteral("SELECT full_name FROM member WHERE vi_fold(full_name) LIKE '%' || "
                           "vi_fold(?1) || '%' ORDER BY full_name COLLATE VI_NAME"));
        f.bind(1, QStringLiteral("dang"));
        QVERIFY(f.step());
        QCOMPARE(f.text(0), QStringLiteral("Đặng Thị Ánh"));
        QVERIFY(!f.step());
    }

    void rosterOrderInSqlFollowsGivenName()
    {
        Database db = Database::openInMemory();
        // Given name first, then middle, then family; old and new tone placement sort together.
        for (const char *n :
             {"Trần Thị Thuỷ", "Lê Văn Bình", "Nguyễn Thị Thủy", "Phạm An", "Ánh", "Võ Thị Ánh"})
            addMember(db, QString::fromUtf8(n));
        Statement st = db.prepare(
            QStringLiteral("SELECT full_name FROM member ORDER BY full_name COLLATE VI_NAME"));
        QStringList order;
        while (st.step())
            order << st.text(0);
        QCOMPARE(order,
                 (QStringList{QStringLiteral("Phạm An"), QStringLiteral("Ánh"),
                              QStringLiteral("Võ Thị Ánh"), QStringLiteral("Lê Văn Bình"),
                              QStringLiteral("Nguyễn Thị Thủy"), QStringLiteral("Trần Thị Thuỷ")}));
    }

    void cachedStatementsAreIndependent()
    {
        Database db = Database::openInMemory();
        addMember(db, QStringLiteral("Lê Văn Bình"));
        addMember(db, QStringLiteral("Phạm An"));
        const QString sql = QStringLiteral("SELECT full_name FROM member WHERE id = ?1");
        {
            // The same query twice at once: the second must not disturb the first.
            Statement outer = db.prepare(sql);
            outer.bind(1, qint64(1));
            Statement inner = db.prepare(sql);
            inner.bind(1, qint64(2));
            QVERIFY(outer.step());
            QVERIFY(inner.step());
            QCOMPARE(outer.text(0), QStringLiteral("Lê Văn Bình"));
            QCOMPARE(inner.text(0), QStringLiteral("Phạm An"));
        }
        // Reused from the cache: no bindings or position left over from the last use.
        Statement again = db.prepare(sql);
        QVERIFY(!again.step()); // ?1 unbound is NULL: no row
        Statement bound = db.prepare(sql);
        bound.bind(1, qint64(2));
        QVERIFY(bound.step());
        QCOMPARE(bound.text(0), QStringLiteral("Phạm An"));
        QVERIFY(!bound.step());
    }
};

QTEST_GUILESS_MAIN(TestStorage)
#include "TestStorage.moc"

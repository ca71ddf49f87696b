// The records survive other writers, read-only places, damaged files, failed writes and
// mistakes: writer lock, permissions, damaged fixtures, backups with rotation, restore, I/O
// error injection, the change log.
#include "TestPaths.h"
#include "storage/Backup.h"
#include "storage/ChangeLog.h"
#include "storage/EvidenceStore.h"
#include "storage/JsonExchange.h"
#include "storage/MeetingRepository.h"
#include "storage/MemberRepository.h"
#include "storage/TaskRepository.h"
#include "storage/Transaction.h"
#include "support/FaultyVfs.h"
#include "support/SettingsIsolation.h"

#include <QCryptographicHash>
#include <QDir>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <sqlite3.h>

using namespace sochibo::core;
using namespace sochibo::storage;
using sochibo::testing::FaultyVfs;
using K = StorageError::Kind;

namespace {

QByteArray fileHash(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256);
}

qint64 addMember(const Database &db, const QString &name)
{
    Member m;
    m.fullName = name;
    m.admittedOn = QDate(2015, 3, 1);
    m.fullOn = QDate(2016, 3, 1);
    return MemberRepository(db).save(m);
}

int count(const Database &db, const QString &table)
{
    return db.scalar(QStringLiteral("SELECT count(*) FROM %1").arg(table)).toInt();
}

/// Runs \a f and returns the StorageError it threw (Kind::Other with "no error" if none).
template <typename F> StorageError errorOf(F f)
{
    try {
        f();
    } catch (const StorageError &e) {
        return e;
    }
    return StorageError(K::Other, QStringLiteral("no error"));
}

BackupInfo backupAt(const QString &when)
{
    BackupInfo b;
    b.at = QDateTime::fromString(when, QStringLiteral("yyyy-MM-dd HH:mm"));
    b.path = when;
    return b;
}

} // namespace

class TestReliability : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    QString cell(const QString &name, int members = 3)
    {
        const QString path = m_dir.filePath(name);
        const Database db = Database::open(path, Database::Mode::Create);
        for (int i = 1; i <= members; ++i)
            addMember(db, QStringLiteral("Nguyễn Văn Thử %1").arg(i));
        return path;
    }

private slots:
    void initTestCase()
    {
        sochibo::testing::isolateSettings();
        FaultyVfs::install();
    }

    void cleanupTestCase() { sochibo::testing::dropSettings(); }

    /// The settings a test sees are its own: not the user's file, and nothing an earlier run
    /// left (here a backup folder) survives isolateSettings(); dropSettings() removes the file.
    void testSettingsAreThisRunsOwn()
    {
        const QString file = QSettings().fileName();
        QVERIFY2(file.contains(
                     QStringLiteral("sochibo-test-%1").arg(QCoreApplication::applicationPid())),
                 qPrintable(file));
        QVERIFY2(file.startsWith(
                     QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation)),
                 qPrintable(file));
        QVERIFY(!file.startsWith(QDir::homePath() + QStringLiteral("/.config/")));
        QSettings().setValue(QStringLiteral("backup/folder"), QStringLiteral("/tmp/earlier-run"));
        QSettings().sync();
        sochibo::testing::isolateSettings();
        QVERIFY(!QSettings().contains(QStringLiteral("backup/folder")));
        QSettings().setValue(QStringLiteral("recentFiles"), QStringList{QStringLiteral("a.db")});
        QSettings().sync();
        QVERIFY(QFile::exists(file));
        sochibo::testing::dropSettings();
        QVERIFY(!QFile::exists(file));
        sochibo::testing::isolateSettings(); // the rest of this run starts clean again
    }

    void oneWriterAtATime()
    {
        const QString path = cell(QStringLiteral("lock.db"));
        {
            const Database writer = Database::open(path);
            const StorageError e = errorOf([&] { Database::open(path); });
            QCOMPARE(e.kind(), K::Locked);
            QVERIFY2(e.message().contains(QStringLiteral("đang được mở để ghi ở máy")),
                     qPrintable(e.message()));
            QVERIFY(e.message().contains(QStringLiteral("chế độ chỉ đọc")));
            // Readers are welcome beside the writer, and see its commits.
            const Database reader = Database::open(path, Database::Mode::ReadOnly);
            addMember(writer, QStringLiteral("Trần Thị Mới"));
            QCOMPARE(count(reader, QStringLiteral("member")), 4);
            const StorageError refused =
                errorOf([&] { addMember(reader, QStringLiteral("Không được ghi")); });
            QCOMPARE(refused.kind(), K::ReadOnly);
        }
        // The writer closed: the next one may write.
        const Database next = Database::open(path);
        QVERIFY(!next.isReadOnly());
    }

    void readOnlyFileAndFolder()
    {
        const QString path = cell(QStringLiteral("ro.db"));
        QVERIFY(QFile::setPermissions(path, QFileDevice::ReadOwner));
        const StorageError e = errorOf([&] { Database::open(path); });
        QCOMPARE(e.kind(), K::ReadOnly);
        QVERIFY2(e.message().contains(QStringLiteral("chỉ cho phép đọc")), qPrintable(e.message()));
        {
            const Database db = Database::open(path, Database::Mode::ReadOnly);
            QCOMPARE(count(db, QStringLiteral("member")), 3);
        }
        QVERIFY(QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner));

        const QString folder = m_dir.filePath(QStringLiteral("ro-folder"));
        QVERIFY(QDir().mkpath(folder));
        const QString inFolder = folder + QStringLiteral("/cell.db");
        QVERIFY(QFile::copy(path, inFolder));
        QVERIFY(QFile::setPermissions(folder, QFileDevice::ReadOwner | QFileDevice::ExeOwner));
        const StorageError f = errorOf([&] { Database::open(inFolder); });
        QCOMPARE(f.kind(), K::ReadOnly);
        QVERIFY2(f.message().contains(QStringLiteral("thư mục")), qPrintable(f.message()));
        {
            const Database db = Database::open(inFolder, Database::Mode::ReadOnly);
            QCOMPARE(count(db, QStringLiteral("member")), 3);
        }
        QFile::setPermissions(folder, QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                          QFileDevice::ExeOwner);
    }

    void personalDataIsOwnerOnly()
    {
        const QString path = cell(QStringLiteral("private.db"));
        const auto perms = QFileInfo(path).permissions();
        QVERIFY(perms & QFileDevice::ReadOwner);
        QVERIFY(!(perms & (QFileDevice::ReadGroup | QFileDevice::ReadOther)));
        QVERIFY(!Database::othersCanRead(path));
        {
            const Database db = Database::open(path);
            EvidenceStore(db).add("bằng chứng", QStringLiteral("a.txt"),
                                  EvidenceTarget{.taskId = TaskRepository(db).save([] {
                                      Task t;
                                      t.title = QStringLiteral("Việc có minh chứng");
                                      return t;
                                  }())});
            // The backup of it too.
            const QString b = automaticBackup(db, BackupReason::Manual);
            QVERIFY(
                !(QFileInfo(b).permissions() & (QFileDevice::ReadGroup | QFileDevice::ReadOther)));
        }
        QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                        QFileDevice::ReadGroup | QFileDevice::ReadOther);
        QVERIFY(Database::othersCanRead(path));
        QVERIFY(Database::restrictPermissions(path));
        QVERIFY(!Database::othersCanRead(path));
    }

    void damagedFilesAreRefusedUntouched_data()
    {
        QTest::addColumn<QString>("fixture");
        QTest::addColumn<int>("kind");
        QTest::addColumn<QString>("message");
        QTest::newRow("truncated") << "truncated.db" << int(K::Damaged) << "bị hỏng";
        QTest::newRow("zeroed page")
            << "zeroed-page.db" << int(K::Damaged) << "một phần dữ liệu không đọc được";
        QTest::newRow("random bytes")
            << "random-bytes.db" << int(K::NotDatabase) << "không phải là cơ sở dữ liệu";
        QTest::newRow("not sqlite")
            << "not-sqlite.db" << int(K::NotDatabase) << "not an SQLite database";
        QTest::newRow("foreign sqlite")
            << "foreign-sqlite.db" << int(K::NotDatabase) << "của một chương trình khác";
        QTest::newRow("newer schema")
            << "newer-schema.db" << int(K::NewerSchema) << "phiên bản Sổ chi bộ mới hơn";
        QTest::newRow("lost wal") << "lost-wal.db" << int(K::Damaged) << "tệp -wal đã bị mất";
    }

    void damagedFilesAreRefusedUntouched()
    {
        QFETCH(QString, fixture);
        QFETCH(int, kind);
        QFETCH(QString, message);
        const QString source = QStringLiteral(SOCHIBO_TEST_DATA_DIR "/damaged/") + fixture;
        QVERIFY2(QFileInfo::exists(source), qPrintable(source));
        const QString path = m_dir.filePath(QStringLiteral("damaged-") + fixture);
        QFile::remove(path);
        QVERIFY(QFile::copy(source, path));
        QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        const QByteArray before = fileHash(path);
        for (const Database::Mode mode :
             {Database::Mode::OpenExisting, Database::Mode::ReadOnly, Database::Mode::Create}) {
            const StorageError e = errorOf([&] { Database::open(path, mode); });
            QCOMPARE(int(e.kind()), kind);
            QVERIFY2(e.message().contains(message), qPrintable(e.message()));
            QVERIFY2(e.message().contains(path), "the message names the file");
        }
        QCOMPARE(fileHash(path), before); // nothing was written into it
    }

    void automaticBackupsShareEvidenceAndSkipWhenUnchanged()
    {
        QVERIFY(QDir().mkpath(m_dir.filePath(QStringLiteral("auto"))));
        const QString path = cell(QStringLiteral("auto/auto.db"), 5);
        const QString dir = backupsDirFor(path);
        QCOMPARE(dir, m_dir.filePath(QStringLiteral("auto/backups")));
        const Database db = Database::open(path);
        const qint64 task = TaskRepository(db).save([] {
            Task t;
            t.title = QStringLiteral("Nộp bản thu hoạch");
            return t;
        }());
        EvidenceStore(db).add("ảnh chụp biên bản", QStringLiteral("bien-ban.jpg"),
                              EvidenceTarget{.taskId = task});
        const QDateTime t1(QDate(2026, 11, 20), QTime(8, 0));
        const QString first = automaticBackup(db, BackupReason::Open, t1);
        QCOMPARE(QFileInfo(first).fileName(), QStringLiteral("auto-20261120-080000-open.db"));
        // Nothing changed since: no second copy on the next open.
        QVERIFY(automaticBackup(db, BackupReason::Open, t1.addSecs(60)).isEmpty());
        QTest::qWait(1100); // file times have a one-second grain on some file systems
        addMember(db, QStringLiteral("Lê Văn Sau"));
        const QString second = automaticBackup(db, BackupReason::Daily, t1.addDays(1));
        QVERIFY(second.endsWith(QStringLiteral("-daily.db")));
        // A second daily backup the same day is not made.
        QTest::qWait(1100);
        addMember(db, QStringLiteral("Lê Văn Sau Nữa"));
        QVERIFY(automaticBackup(db, BackupReason::Daily, t1.addDays(1).addSecs(3600)).isEmpty());

        const QList<BackupInfo> list = listBackups(dir, QStringLiteral("auto"));
        QCOMPARE(list.size(), 2);
        QCOMPARE(list[0].path, second); // newest first
        QCOMPARE(list[0].summary(),
                 QStringLiteral("6 đảng viên, 1 nhiệm vụ, 0 cuộc họp, 1 minh chứng"));
        QCOMPARE(list[1].members, 5);
        QCOMPARE(backupReasonLabel(list[1].reasonCode), QStringLiteral("khi mở sổ"));
        // One copy of the evidence file for both backups.
        const QFileInfoList stored = QDir(dir + QStringLiteral("/evidence"))
                                         .entryInfoList(QDir::Dirs | QDir::NoDotAndDotDot);
        QCOMPARE(stored.size(), 1);
        QCOMPARE(QDir(stored[0].filePath()).entryList(QDir::Files).size(), 1);
    }

    void backupsGoToTheChosenFolder()
    {
        // A USB stick, say: the setting moves automatic backups and their evidence there.
        const QString stick = m_dir.filePath(QStringLiteral("usb/SoChiBo"));
        setBackupFolderSetting(stick);
        const QString path = cell(QStringLiteral("chosen.db"), 1);
        QString written;
        {
            const Database db = Database::open(path);
            written = automaticBackup(db, BackupReason::Manual);
        }
        setBackupFolderSetting(QString());
        QVERIFY2(written.startsWith(stick + QStringLiteral("/chosen-")), qPrintable(written));
        QCOMPARE(backupsDirFor(path), m_dir.filePath(QStringLiteral("backups"))); // back to default
        QCOMPARE(listBackups(stick, QStringLiteral("chosen")).size(), 1);
    }

    void rotationKeepsTenAndOnePerMonth()
    {
        // Two backups a day from 1 Jan 2024 to 20 Nov 2026, newest first.
        QList<BackupInfo> all;
        for (QDate d(2026, 11, 20); d >= QDate(2024, 1, 1); d = d.addDays(-1)) {
            all << backupAt(d.toString(QStringLiteral("yyyy-MM-dd")) + QStringLiteral(" 17:00"));
            all << backupAt(d.toString(QStringLiteral("yyyy-MM-dd")) + QStringLiteral(" 08:00"));
        }
        const QList<BackupInfo> dropped = backupsToDelete(all, QDate(2026, 11, 20));
        QStringList kept;
        for (const BackupInfo &b : all)
            if (std::none_of(dropped.begin(), dropped.end(),
                             [&](const BackupInfo &d) { return d.path == b.path; }))
                kept << b.path;
        // The last 10 (five days), then the newest of each earlier month back to Dec 2024.
        QCOMPARE(kept.size(), 10 + 23);
        QCOMPARE(kept.first(), QStringLiteral("2026-11-20 17:00"));
        QCOMPARE(kept[9], QStringLiteral("2026-11-16 08:00"));
        QCOMPARE(kept[10], QStringLiteral("2026-10-31 17:00"));
        QCOMPARE(kept.last(), QStringLiteral("2024-12-31 17:00"));
        QVERIFY(!kept.contains(QStringLiteral("2024-11-30 17:00"))); // 24 months back: gone
    }

    void rotationDeletesFilesInTheFolder()
    {
        const QString path = cell(QStringLiteral("rot.db"), 1);
        const Database db = Database::open(path);
        for (int i = 0; i < 14; ++i)
            automaticBackup(db, BackupReason::Manual,
                            QDateTime(QDate(2026, 11, 1).addDays(i), QTime(9, 0)));
        // 14 backups in November: the last 10 stay (November's newest is among them).
        const QList<BackupInfo> left = listBackups(backupsDirFor(path), QStringLiteral("rot"));
        QCOMPARE(left.size(), 10);
        QCOMPARE(left.last().at.date(), QDate(2026, 11, 5));
    }

    void restoreBringsRecordsBackAndKeepsTheCurrentOnes()
    {
        const QString path = cell(QStringLiteral("restore.db"), 4);
        QString backup;
        {
            const Database db = Database::open(path);
            backup = automaticBackup(db, BackupReason::Manual,
                                     QDateTime(QDate(2026, 11, 1), QTime(9, 0)));
            const qint64 id = MemberRepository(db).list(true).first().id;
            MemberRepository(db).remove(id); // the mistake
            addMember(db, QStringLiteral("Người thêm sau"));
        }
        const RestoreResult r =
            restoreBackup(path, backup, QDateTime(QDate(2026, 11, 2), QTime(10, 0)));
        {
            const Database db = Database::open(path);
            QCOMPARE(count(db, QStringLiteral("member")), 4);
            QVERIFY(!MemberRepository(db).list(true).isEmpty());
            QVERIFY(checkIntegrity(db).isEmpty());
        }
        // What was replaced is itself a backup that can be restored.
        QVERIFY(r.safetyCopy.endsWith(QStringLiteral("-restore.db")));
        const Database replaced = Database::open(r.safetyCopy, Database::Mode::ReadOnly);
        QCOMPARE(count(replaced, QStringLiteral("member")), 4);
        QCOMPARE(MemberRepository(replaced).list(true).last().fullName.isEmpty(), false);
    }

    void restoreOverADamagedFileKeepsItAside()
    {
        const QString path = cell(QStringLiteral("rescue.db"), 2);
        QString backup;
        {
            const Database db = Database::open(path);
            backup = automaticBackup(db, BackupReason::Manual);
        }
        QFile::remove(path);
        QVERIFY(QFile::copy(QStringLiteral(SOCHIBO_TEST_DATA_DIR "/damaged/zeroed-page.db"), path));
        QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        const QByteArray damaged = fileHash(path);
        const RestoreResult r =
            restoreBackup(path, backup, QDateTime(QDate(2026, 11, 21), QTime(7, 30)));
        QCOMPARE(r.safetyCopy, path + QStringLiteral(".hong-20261121-073000"));
        QCOMPARE(fileHash(r.safetyCopy), damaged);
        const Database db = Database::open(path);
        QCOMPARE(count(db, QStringLiteral("member")), 2);
    }

    void restoreRefusesABadBackup()
    {
        const QString path = cell(QStringLiteral("keep.db"), 2);
        const QByteArray before = fileHash(path);
        const StorageError e = errorOf([&] {
            restoreBackup(path, QStringLiteral(SOCHIBO_TEST_DATA_DIR "/damaged/truncated.db"));
        });
        QCOMPARE(e.kind(), K::Damaged);
        QVERIFY2(e.message().contains(QStringLiteral("không dùng được")), qPrintable(e.message()));
        QCOMPARE(fileHash(path), before);
        const StorageError foreign = errorOf([&] {
            restoreBackup(path, QStringLiteral(SOCHIBO_TEST_DATA_DIR "/damaged/foreign-sqlite.db"));
        });
        QVERIFY(foreign.message().contains(QStringLiteral("không phải dữ liệu của Sổ chi bộ")));
        QCOMPARE(fileHash(path), before);
    }

    void failedWriteRollsBackAtEveryPoint()
    {
        // Each write of one transaction fails in turn (disk full from that write on): the
        // user gets the disk message, the connection and the file agree, nothing half-done.
        const QString path = cell(QStringLiteral("faulty.db"), 3);
        int failuresSeen = 0;
        for (int n = 1; n < 200; ++n) {
            bool committed = false;
            int inMemory = 0;
            {
                const Database db = Database::open(path);
                const int before = count(db, QStringLiteral("member"));
                FaultyVfs::failWrite(n, n % 2 ? SQLITE_FULL : SQLITE_IOERR_WRITE);
                try {
                    Transaction tx(db);
                    addMember(db, QStringLiteral("Thử ghi %1").arg(n));
                    Task t;
                    t.title = QStringLiteral("Việc thử %1").arg(n);
                    TaskRepository(db).save(t);
                    tx.commit();
                    committed = true;
                } catch (const StorageError &e) {
                    ++failuresSeen;
                    QVERIFY2(e.message().contains(QStringLiteral("Ổ đĩa đã đầy")) ||
                                 e.message().contains(QStringLiteral("Lỗi đọc/ghi đĩa")),
                             qPrintable(e.message()));
                }
                const bool triggered = FaultyVfs::triggered();
                FaultyVfs::disarm();
                inMemory = count(db, QStringLiteral("member"));
                QCOMPARE(inMemory, before + (committed ? 1 : 0));
                if (committed && !triggered)
                    break; // every write of the transaction has had its turn to fail
            }
            const Database again = Database::open(path);
            QCOMPARE(count(again, QStringLiteral("member")), inMemory);
            QVERIFY(checkIntegrity(again).isEmpty());
        }
        qInfo("failed-write points exercised: %d", failuresSeen);
        QVERIFY2(failuresSeen >= 2, "the shim made writes fail");
    }

    void importRefusesOverlongTextAndHugeNumbers()
    {
        const Database db = Database::openInMemory();
        const auto import = [&db](const QByteArray &member) {
            const QByteArray json = "{\"format\":\"sochibo-records\",\"formatVersion\":1,"
                                    "\"schemaVersion\":1,\"tables\":{\"member\":[" +
                                    member + "]}}";
            return errorOf([&] {
                Transaction tx(db);
                JsonExchange::importJson(db, json, true, {}, /*allowEmpty=*/true);
                tx.commit();
            });
        };
        const QByteArray longName(JsonExchange::kMaxTextLength + 1, 'a');
        const StorageError tooLong =
            import("{\"id\":1,\"full_name\":\"" + longName + "\",\"admitted_on\":\"2010-01-01\"}");
        QCOMPARE(tooLong.kind(), K::Input);
        QVERIFY2(tooLong.message().contains(QStringLiteral("dài quá 200000 ký tự")),
                 qPrintable(tooLong.message()));
        // 1e300 is no integer: stored as a number the column's rule then refuses, no crash.
        const StorageError huge = import("{\"id\":1e300,\"full_name\":\"A\"}");
        QCOMPARE(huge.kind(), K::Input);
        QVERIFY2(huge.message().contains(QStringLiteral("Bảng “member”, dòng 1")) &&
                     huge.message().contains(QStringLiteral("cột “id”: phải là một số nguyên")),
                 qPrintable(huge.message()));
        QCOMPARE(count(db, QStringLiteral("member")), 0);
        // Decomposed input is stored composed.
        QCOMPARE(import("{\"id\":1,\"full_name\":\"Nguye\u0302\u0303n\",\"admitted_on\":"
                        "\"2010-01-01\"}")
                     .message(),
                 QStringLiteral("no error"));
        QCOMPARE(db.scalar(QStringLiteral("SELECT full_name FROM member")).toString(),
                 QStringLiteral("Nguyễn"));
    }

    void historyNamesWhoChangedWhat()
    {
        const Database db = Database::openInMemory();
        db.setActor(QStringLiteral("Bí thư Hà"));
        const qint64 id = addMember(db, QStringLiteral("Phạm Thị Lịch"));
        Member m = *MemberRepository(db).find(id);
        db.setActor(QStringLiteral("Phó Bí thư Lan"));
        m.phone = QStringLiteral("0912 345 678");
        MemberRepository(db).save(m);
        const QList<ChangeEntry> h = recordHistory(db, QStringLiteral("member"), id);
        QCOMPARE(h.size(), 2);
        QCOMPARE(h[0].action, QStringLiteral("tạo"));
        QCOMPARE(h[0].actor, QStringLiteral("Bí thư Hà"));
        QCOMPARE(h[1].action, QStringLiteral("sửa"));
        QCOMPARE(h[1].actor, QStringLiteral("Phó Bí thư Lan"));
        QCOMPARE(h[1].fields.size(), 1);
        QCOMPARE(h[1].fields[0].field, QStringLiteral("phone"));
        QCOMPARE(h[1].fields[0].before, QStringLiteral("—"));
        QCOMPARE(h[1].fields[0].after, QStringLiteral("0912 345 678"));
        const QList<FieldChange> phone = readableFields(db, QStringLiteral("member"), h[1]);
        QCOMPARE(phone.size(), 1);
        QCOMPARE(phone[0].field, QStringLiteral("Điện thoại"));

        // A task given to her and finished: her name, the status in words, dates as printed.
        Task t;
        t.title = QStringLiteral("Nộp bản thu hoạch");
        t.ownerId = id;
        t.id = TaskRepository(db).save(t);
        t.status = TaskStatus::Done;
        t.completedOn = QDate(2026, 11, 20);
        TaskRepository(db).save(t);
        const QList<ChangeEntry> th = recordHistory(db, QStringLiteral("task"), t.id);
        QStringList created;
        for (const FieldChange &f : readableFields(db, QStringLiteral("task"), th[0]))
            created << f.field + QStringLiteral(": ") + f.after;
        QVERIFY2(created.contains(QStringLiteral("Người phụ trách: Phạm Thị Lịch")),
                 qPrintable(created.join(QLatin1Char('|'))));
        QVERIFY(created.contains(QStringLiteral("Tên: Nộp bản thu hoạch")));
        for (const QString &c : created) // no row id, no field that was empty
            QVERIFY2(!c.startsWith(QStringLiteral("id:")) && !c.endsWith(QStringLiteral("—")),
                     qPrintable(c));
        QStringList done;
        for (const FieldChange &f : readableFields(db, QStringLiteral("task"), th.last()))
            done << f.field + QStringLiteral(": ") + f.before + QStringLiteral(" → ") + f.after;
        QVERIFY2(done.contains(QStringLiteral("Trạng thái: ") + label(TaskStatus::NotStarted) +
                               QStringLiteral(" → ") + label(TaskStatus::Done)),
                 qPrintable(done.join(QLatin1Char('|'))));
        QVERIFY(done.contains(QStringLiteral("Ngày hoàn thành: — → 20/11/2026")));

        // A task from a meeting's conclusion names the conclusion by its words, not its number.
        Meeting meeting;
        meeting.heldOn = QDate(2026, 11, 5);
        meeting.agenda = QStringLiteral("Đánh giá tháng 10");
        meeting.conclusions << Conclusion{0, 0, QStringLiteral("Nộp hồ sơ kiểm điểm trước 05/12")};
        const Meeting saved = *MeetingRepository(db).find(MeetingRepository(db).save(meeting));
        Task fromConclusion = MeetingRepository(db).taskFromConclusion(saved.conclusions[0].id);
        fromConclusion.id = TaskRepository(db).save(fromConclusion);
        QStringList fields;
        for (const FieldChange &f :
             readableFields(db, QStringLiteral("task"),
                            recordHistory(db, QStringLiteral("task"), fromConclusion.id).first()))
            fields << f.field + QStringLiteral(": ") + f.after;
        QVERIFY2(fields.contains(QStringLiteral("Kết luận: Nộp hồ sơ kiểm điểm trước 05/12")),
                 qPrintable(fields.join(QLatin1Char('|'))));
    }
};

QTEST_GUILESS_MAIN(TestReliability)
#include "TestReliability.moc"

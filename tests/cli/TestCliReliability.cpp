// Reliability II, case by case as the issue lists them: no command may lose the cell's records,
// hang, or fill the memory. Every refusal ends with a Vietnamese message, exit code 2, and the
// book — its file and every evidence file — exactly as it was. Commands that could hang or that
// need another umask or a full disk run as the real sochibo-cli in a child process.
#include "TestPaths.h"
#include "cli/CliApp.h"
#include "storage/Backup.h"
#include "storage/Database.h"
#include "storage/EvidenceStore.h"
#include "storage/JsonExchange.h"

#include <QCryptographicHash>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <memory>
#include <sqlite3.h>
#include <sys/stat.h>

using sochibo::cli::CliApp;
using namespace sochibo::storage;

namespace {

struct Result
{
    int code = -1;
    QString out, err;
    bool finished = true; ///< false: the child process had to be killed (it hung)
};

Result run(const QStringList &args)
{
    QString out, err;
    QTextStream o(&out), e(&err);
    const int code = CliApp(o, e).run(args);
    o.flush();
    e.flush();
    return {code, out, err, true};
}

const QString kCli = QStringLiteral(SOCHIBO_BINARY_DIR "/src/app/sochibo-cli");

/// The real sochibo-cli through `sh -c` (for a umask or a mount), killed after \a seconds.
Result runShell(const QString &script, int seconds = 60)
{
    QProcess p;
    p.start(QStringLiteral("sh"), {QStringLiteral("-c"), script});
    const bool finished = p.waitForFinished(seconds * 1000);
    if (!finished) {
        p.kill();
        p.waitForFinished();
    }
    return {finished ? p.exitCode() : -1, QString::fromUtf8(p.readAllStandardOutput()),
            QString::fromUtf8(p.readAllStandardError()), finished};
}

QString quoted(const QString &s)
{
    QString q = s;
    q.replace(QLatin1Char('\''), QStringLiteral("'\\''"));
    return QLatin1Char('\'') + q + QLatin1Char('\'');
}

/// The real sochibo-cli with \a args, killed after \a seconds.
Result runChild(const QStringList &args, int seconds = 60)
{
    QStringList words{quoted(kCli)};
    for (const QString &a : args)
        words << quoted(a);
    return runShell(QStringLiteral("exec ") + words.join(QLatin1Char(' ')), seconds);
}

QByteArray sha(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256).toHex();
}

/// The book as the user owns it: its file and every file of its evidence store, by content.
QMap<QString, QByteArray> bookState(const QString &db)
{
    QMap<QString, QByteArray> state;
    {
        // The records, not the file's bytes: opening may turn the journal mode to WAL.
        const Database d = Database::open(db, Database::Mode::ReadOnly);
        state.insert(
            QStringLiteral("records"),
            QCryptographicHash::hash(JsonExchange::exportJson(d), QCryptographicHash::Sha256)
                .toHex());
    }
    const QString store = EvidenceStore::storeDirFor(db);
    QDirIterator it(store, QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString f = it.next();
        state.insert(QDir(store).relativeFilePath(f), sha(f));
    }
    return state;
}

int recordCount(const QString &db, const QString &table)
{
    const Database d = Database::open(db, Database::Mode::ReadOnly);
    return d.scalar(QStringLiteral("SELECT count(*) FROM %1").arg(table)).toInt();
}

void writeFile(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    QCOMPARE(f.write(bytes), bytes.size());
}

int modeOf(const QString &path)
{
    struct stat st
    {
    };
    return ::lstat(QFile::encodeName(path).constData(), &st) == 0 ? int(st.st_mode & 07777) : -1;
}

/// The first evidence file of a store (shard/sha256).
QString firstStoreFile(const QString &db)
{
    QDirIterator it(EvidenceStore::storeDirFor(db), QDir::Files, QDirIterator::Subdirectories);
    return it.hasNext() ? it.next() : QString();
}

} // namespace

class TestCliReliability : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_demo;
    QJsonObject m_export; ///< the demo cell as `export` writes it

    /// A fresh copy of the demo cell (records and evidence) under \a name.
    QString copyOfDemo(const QString &name)
    {
        const QString path = m_dir.filePath(name);
        const Result r = run({QStringLiteral("backup"), m_demo, path});
        if (r.code != 0)
            qFatal("backup of the demo failed: %s", qPrintable(r.err));
        return path;
    }

    QString jsonFile(const QString &name, const QJsonObject &root)
    {
        const QString path = m_dir.filePath(name);
        QFile f(path);
        f.open(QIODevice::WriteOnly | QIODevice::Truncate);
        f.write(QJsonDocument(root).toJson());
        return path;
    }

    /// The demo export with \a field of the first row of \a table set to \a value.
    QJsonObject exportWith(const QString &table, const QString &field, const QJsonValue &value)
    {
        QJsonObject root = m_export;
        QJsonObject tables = root.value(QStringLiteral("tables")).toObject();
        QJsonArray rows = tables.value(table).toArray();
        QJsonObject row = rows.first().toObject();
        row.insert(field, value);
        rows.replace(0, row);
        tables.insert(table, rows);
        root.insert(QStringLiteral("tables"), tables);
        return root;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_demo = m_dir.filePath(QStringLiteral("demo.db"));
        QCOMPARE(run({QStringLiteral("demo"), m_demo}).code, 0);
        const QString json = m_dir.filePath(QStringLiteral("demo.json"));
        QCOMPARE(run({QStringLiteral("export"), m_demo, json}).code, 0);
        QFile f(json);
        QVERIFY(f.open(QIODevice::ReadOnly));
        m_export = QJsonDocument::fromJson(f.readAll()).object();
        QVERIFY(
            m_export.value(QStringLiteral("tables")).toObject().contains(QStringLiteral("member")));
    }

    // 1. `import --replace` of a file with the right header but no records to speak of.
    void replaceImportRefusesAFileWithoutRecords_data()
    {
        QTest::addColumn<QJsonValue>("tables");
        QTest::addColumn<QString>("message");
        const QJsonObject all = m_export.value(QStringLiteral("tables")).toObject();
        QTest::newRow("no tables")
            << QJsonValue(QJsonValue::Undefined) << QStringLiteral("thiếu phần “tables”");
        QTest::newRow("tables null")
            << QJsonValue(QJsonValue::Null) << QStringLiteral("thiếu phần “tables”");
        QTest::newRow("tables a string")
            << QJsonValue(QStringLiteral("member")) << QStringLiteral("thiếu phần “tables”");
        QTest::newRow("tables a number") << QJsonValue(42) << QStringLiteral("thiếu phần “tables”");
        QTest::newRow("a table as a string")
            << QJsonValue(QJsonObject{{QStringLiteral("member"), QStringLiteral("Nguyễn Văn A")}})
            << QStringLiteral("Bảng “member” trong tệp JSON không phải một danh sách");
        QTest::newRow("empty tables")
            << QJsonValue(QJsonObject{}) << QStringLiteral("thông tin chi bộ (bảng “cell”)");
        QJsonObject noCell = all;
        noCell.remove(QStringLiteral("cell"));
        QTest::newRow("no cell profile")
            << QJsonValue(noCell) << QStringLiteral("thông tin chi bộ (bảng “cell”)");
        QJsonObject noMembers{{QStringLiteral("cell"), all.value(QStringLiteral("cell"))}};
        QTest::newRow("no members")
            << QJsonValue(noMembers) << QStringLiteral("đảng viên nào (bảng “member”)");
    }
    void replaceImportRefusesAFileWithoutRecords()
    {
        QFETCH(QJsonValue, tables);
        QFETCH(QString, message);
        const QString book = copyOfDemo(QStringLiteral("replace.db"));
        QJsonObject root = m_export;
        root.remove(QStringLiteral("tables"));
        if (!tables.isUndefined())
            root.insert(QStringLiteral("tables"), tables);
        const QString json = jsonFile(QStringLiteral("replace.json"), root);
        const auto before = bookState(book);
        const Result r = run({QStringLiteral("import"), book, json, QStringLiteral("--replace")});
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains(message), qPrintable(r.err));
        QVERIFY2(!r.out.contains(QStringLiteral("Đã nhập")), qPrintable(r.out));
        QCOMPARE(bookState(book), before);
        QCOMPARE(recordCount(book, QStringLiteral("member")), 19);
        QFile::remove(book);
        QDir(EvidenceStore::storeDirFor(book)).removeRecursively();
        QDir(m_dir.filePath(QStringLiteral("backups"))).removeRecursively();
    }

    /// --allow-empty is the one way to replace a book by one with no members, on purpose.
    void allowEmptyReplacesOnPurpose()
    {
        const QString book = copyOfDemo(QStringLiteral("empty-on-purpose.db"));
        QJsonObject root = m_export;
        root.insert(QStringLiteral("tables"),
                    QJsonObject{{QStringLiteral("cell"), m_export.value(QStringLiteral("tables"))
                                                             .toObject()
                                                             .value(QStringLiteral("cell"))}});
        const QString json = jsonFile(QStringLiteral("cell-only.json"), root);
        const Result r = run({QStringLiteral("import"), book, json, QStringLiteral("--replace"),
                              QStringLiteral("--allow-empty")});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QCOMPARE(recordCount(book, QStringLiteral("member")), 0);
        QCOMPARE(recordCount(book, QStringLiteral("cell")), 1);
        // The records as they were are kept in a backup made before the import.
        const QList<BackupInfo> backups =
            listBackups(backupsDirFor(book), QFileInfo(book).completeBaseName());
        QCOMPARE(backups.size(), 1);
        QCOMPARE(backups.first().members, 19);
    }

    // 2. Output paths that are a database.
    void outputPathsNeverOverwriteABook()
    {
        const QString book = copyOfDemo(QStringLiteral("out/book.db"));
        const QString other = m_dir.filePath(QStringLiteral("out/other-cell.db"));
        QCOMPARE(run({QStringLiteral("init"), other, QStringLiteral("--cell"),
                      QStringLiteral("Chi bộ Trường Mầm non Hoa Sen"), QStringLiteral("--superior"),
                      QStringLiteral("Đảng ủy xã Hòa Bình"), QStringLiteral("--place"),
                      QStringLiteral("Hòa Bình")})
                     .code,
                 0);
        const auto bookBefore = bookState(book);
        const QByteArray otherBefore = sha(other);
        const QStringList report = {QStringLiteral("report"),
                                    book,
                                    QStringLiteral("remediation-plan"),
                                    QStringLiteral("--year"),
                                    QStringLiteral("2025"),
                                    QStringLiteral("--date"),
                                    QStringLiteral("2026-11-21"),
                                    QStringLiteral("-o")};
        struct Case
        {
            QStringList args;
            QString message;
        };
        const QString store = EvidenceStore::storeDirFor(book);
        const QList<Case> never = {
            {report + QStringList{book}, QStringLiteral("là chính tệp sổ đang mở")},
            {report + QStringList{book, QStringLiteral("--force")},
             QStringLiteral("là chính tệp sổ đang mở")},
            {report + QStringList{book + QStringLiteral("-wal")},
             QStringLiteral("(tệp đi kèm của nó)")},
            {report + QStringList{m_dir.filePath(QStringLiteral("out/../out/./book.db"))},
             QStringLiteral("là chính tệp sổ đang mở")},
            {{QStringLiteral("export"), book, book}, QStringLiteral("là chính tệp sổ đang mở")},
            {{QStringLiteral("export"), book, book + QStringLiteral("-shm")},
             QStringLiteral("(tệp đi kèm của nó)")},
            {{QStringLiteral("export"), book, store + QStringLiteral("/records.json")},
             QStringLiteral("nằm trong kho minh chứng của sổ")},
            {{QStringLiteral("backup"), book, book}, QStringLiteral("là chính tệp sổ đang mở")},
            {report + QStringList{store}, QStringLiteral("nằm trong kho minh chứng")},
        };
        for (const Case &c : never) {
            const Result r = run(c.args);
            QVERIFY2(r.code == 2, qPrintable(c.args.join(QLatin1Char(' '))));
            QVERIFY2(r.err.contains(c.message), qPrintable(r.err));
            QCOMPARE(bookState(book), bookBefore);
        }
        // Another cell's book, or an export of records: refused unless --force.
        const QString json = m_dir.filePath(QStringLiteral("out/records.json"));
        QCOMPARE(run({QStringLiteral("export"), book, json}).code, 0);
        const QByteArray jsonBefore = sha(json);
        const QList<Case> unlessForced = {
            {report + QStringList{other}, QStringLiteral("là một cơ sở dữ liệu")},
            {{QStringLiteral("export"), book, other}, QStringLiteral("là một cơ sở dữ liệu")},
            {{QStringLiteral("backup"), book, other}, QStringLiteral("sổ của một chi bộ khác")},
            {{QStringLiteral("export"), book, json}, QStringLiteral("là dữ liệu xuất")},
            {report + QStringList{json}, QStringLiteral("là dữ liệu xuất")},
        };
        for (const Case &c : unlessForced) {
            const Result r = run(c.args);
            QVERIFY2(r.code == 2, qPrintable(c.args.join(QLatin1Char(' '))));
            QVERIFY2(r.err.contains(c.message) && r.err.contains(QStringLiteral("--force")),
                     qPrintable(r.err));
            QCOMPARE(sha(other), otherBefore);
            QCOMPARE(sha(json), jsonBefore);
        }
        QCOMPARE(bookState(book), bookBefore);
        // A backup may replace an earlier backup of the same book, and --force does what it says.
        const QString earlier = m_dir.filePath(QStringLiteral("out/book-copy.db"));
        QCOMPARE(run({QStringLiteral("backup"), book, earlier}).code, 0);
        QCOMPARE(run({QStringLiteral("backup"), book, earlier}).code, 0);
        const Result forced =
            run({QStringLiteral("backup"), book, other, QStringLiteral("--force")});
        QVERIFY2(forced.code == 0, qPrintable(forced.err));
        QCOMPARE(recordCount(other, QStringLiteral("member")), 19);
    }

    // 3. A backup killed half-way is never listed nor restored; what it left is swept.
    void unfinishedBackupsAreNeitherListedNorRestored()
    {
        QVERIFY(QDir().mkpath(m_dir.filePath(QStringLiteral("killed"))));
        const QString book = copyOfDemo(QStringLiteral("killed/book.db"));
        const Result made = run({QStringLiteral("backup"), book});
        QCOMPARE(made.code, 0);
        const QString backup =
            made.out.section(QStringLiteral("“"), 1).section(QStringLiteral("”"), 0, 0);
        QVERIFY2(QFile::exists(backup + QStringLiteral(".manifest")), qPrintable(backup));
        const Result listed = run({QStringLiteral("backups"), book});
        QVERIFY2(listed.out.contains(QStringLiteral("19 đảng viên")), qPrintable(listed.out));

        // Killed after the records were copied and before the evidence and the manifest: the
        // shape 25 kills left behind.
        const QString sharedStore = m_dir.filePath(QStringLiteral("killed/backups/evidence"));
        QVERIFY(QDir(sharedStore).removeRecursively());
        QVERIFY(QFile::remove(backup + QStringLiteral(".manifest")));
        const Result unlisted = run({QStringLiteral("backups"), book});
        QVERIFY2(!unlisted.out.contains(QFileInfo(backup).fileName()), qPrintable(unlisted.out));
        const auto before = bookState(book);
        const Result restored = run({QStringLiteral("restore"), book, backup});
        QCOMPARE(restored.code, 2);
        QVERIFY2(restored.err.contains(QStringLiteral("không đầy đủ")) &&
                     restored.err.contains(QStringLiteral("sổ chưa bị thay đổi")),
                 qPrintable(restored.err));
        QCOMPARE(bookState(book), before);
        QCOMPARE(run({QStringLiteral("check"), book}).code, 0);

        // A finished backup altered afterwards no longer matches its manifest.
        QTest::qWait(1100); // backup names carry the second
        const Result second = run({QStringLiteral("backup"), book});
        QCOMPARE(second.code, 0);
        const QString good =
            second.out.section(QStringLiteral("“"), 1).section(QStringLiteral("”"), 0, 0);
        {
            QFile f(good);
            QVERIFY(f.open(QIODevice::ReadWrite | QIODevice::Append));
            f.write(QByteArray(4096, '\0')); // one more page of nothing
        }
        const Result altered = run({QStringLiteral("restore"), book, good});
        QCOMPARE(altered.code, 2);
        QVERIFY2(altered.err.contains(QStringLiteral("đã bị thay đổi sau khi sao lưu")),
                 qPrintable(altered.err));
        QCOMPARE(bookState(book), before);

        // The parts killed backups leave behind go with the next backup.
        const QString folder = m_dir.filePath(QStringLiteral("killed/backups"));
        const QString shard = QDir(sharedStore).filePath(QStringLiteral("ab"));
        QVERIFY(QDir().mkpath(shard));
        const QStringList stale = {
            QDir(folder).filePath(QStringLiteral(".book-20261121-080000-manual.db.4242-0.partial")),
            QDir(folder).filePath(
                QStringLiteral(".book-20261121-080000-manual.db.4242-0.partial-journal")),
            QDir(folder).filePath(QStringLiteral("book-20261121-080000-manual.db.partial")),
            QDir(shard).filePath(QStringLiteral(".abcdef.4242-1.partial")),
        };
        for (const QString &s : stale)
            writeFile(s, QByteArray(64 * 1024, 'x'));
        const QString foreign = QDir(folder).filePath(QStringLiteral("photo.jpg.partial"));
        writeFile(foreign, "another program's download"); // not ours: left alone
        QTest::qWait(1100);
        QCOMPARE(run({QStringLiteral("backup"), book}).code, 0);
        for (const QString &s : stale)
            QVERIFY2(!QFile::exists(s), qPrintable(s));
        QVERIFY(QFile::exists(foreign));

        // … and a killed evidence copy in the book's own store goes when the book is opened.
        const QString bookShard = QFileInfo(firstStoreFile(book)).absolutePath();
        const QString part = QDir(bookShard).filePath(QStringLiteral(".ff00.777-3.partial"));
        writeFile(part, "half a photo");
        {
            const Database db = Database::open(book);
        }
        QVERIFY(!QFile::exists(part));
    }

    // 4. FIFOs, devices and links in a store or as the book: no hang, no unbounded read.
    void specialFilesNeitherHangNorFillTheMemory()
    {
        QVERIFY(QDir().mkpath(m_dir.filePath(QStringLiteral("special"))));
        const QString book = copyOfDemo(QStringLiteral("special/book.db"));
        const QString victim = firstStoreFile(book);
        QVERIFY(!victim.isEmpty());
        QFile::setPermissions(victim, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        QVERIFY(QFile::remove(victim));
        QCOMPARE(::mkfifo(QFile::encodeName(victim).constData(), 0600), 0);

        const Result check = runChild({QStringLiteral("check"), book}, 30);
        QVERIFY2(check.finished, "check hung on a FIFO in the store");
        QCOMPARE(check.code, 2);
        QVERIFY2(check.err.contains(QStringLiteral("là một ống dẫn (FIFO)")),
                 qPrintable(check.err));

        const QString dest = m_dir.filePath(QStringLiteral("special/copy.db"));
        const Result backup = runChild({QStringLiteral("backup"), book, dest}, 30);
        QVERIFY2(backup.finished, "backup hung on a FIFO in the store");
        QVERIFY2(backup.code == 0, qPrintable(backup.err));
        QVERIFY2(backup.err.contains(QStringLiteral("1 tệp minh chứng đã thiếu")),
                 qPrintable(backup.err));
        QCOMPARE(QFileInfo(EvidenceStore::storeDirFor(dest) + QLatin1Char('/') +
                           QDir(EvidenceStore::storeDirFor(book)).relativeFilePath(victim))
                     .exists(),
                 false);

        // import --evidence from a store whose file is a link to /dev/zero: refused quickly,
        // within bounded memory (a limit the child runs under).
        const QString json = m_dir.filePath(QStringLiteral("special/records.json"));
        QCOMPARE(run({QStringLiteral("export"), book, json}).code, 0);
        const QString source = EvidenceStore::storeDirFor(book);
        QVERIFY(QFile::remove(victim));
        QVERIFY(QFile::link(QStringLiteral("/dev/zero"), victim));
        const QString target = m_dir.filePath(QStringLiteral("special/imported.db"));
        const Result imported =
            runShell(QStringLiteral("ulimit -v 2000000; exec %1 import %2 %3 --evidence %4")
                         .arg(quoted(kCli), quoted(target), quoted(json), quoted(source)),
                     60);
        QVERIFY2(imported.finished, "import hung on a link to /dev/zero");
        QCOMPARE(imported.code, 2);
        QVERIFY2(imported.err.contains(QStringLiteral("không phải tệp thường")) ||
                     imported.err.contains(QStringLiteral("Thiếu tệp minh chứng")),
                 qPrintable(imported.err));
        QVERIFY(!QFile::exists(target));
        QVERIFY(!QFile::exists(EvidenceStore::storeDirFor(target)));
        // check says what stands there instead of the file, without reading /dev/zero.
        const Result linked = runChild({QStringLiteral("check"), book}, 30);
        QVERIFY2(linked.finished, "check hung on a link to /dev/zero");
        QVERIFY2(linked.code == 2 && linked.err.contains(QStringLiteral("liên kết tượng trưng")),
                 qPrintable(linked.err));

        // The book itself a FIFO or a device.
        const QString fifoBook = m_dir.filePath(QStringLiteral("special/fifo.db"));
        QCOMPARE(::mkfifo(QFile::encodeName(fifoBook).constData(), 0600), 0);
        const QString zeroBook = m_dir.filePath(QStringLiteral("special/zero.db"));
        QVERIFY(QFile::link(QStringLiteral("/dev/zero"), zeroBook));
        for (const auto &[path, words] :
             {std::pair{fifoBook, QStringLiteral("là một ống dẫn (FIFO)")},
              std::pair{zeroBook, QStringLiteral("là một thiết bị")}}) {
            for (const QString &command : {QStringLiteral("check"), QStringLiteral("members")}) {
                const Result r = runChild({command, path}, 30);
                QVERIFY2(r.finished, qPrintable(command + QLatin1Char(' ') + path));
                QCOMPARE(r.code, 2);
                QVERIFY2(r.err.contains(words), qPrintable(r.err));
            }
        }
    }

    // 5. attach of what is not a regular file says what it is.
    void attachSaysWhatIsNotARegularFile()
    {
        QVERIFY(QDir().mkpath(m_dir.filePath(QStringLiteral("attach"))));
        const QString book = copyOfDemo(QStringLiteral("attach/book.db"));
        const QString fifo = m_dir.filePath(QStringLiteral("attach/pipe.pdf"));
        QCOMPARE(::mkfifo(QFile::encodeName(fifo).constData(), 0600), 0);
        const QString pdf = QStringLiteral(SOCHIBO_TEST_DATA_DIR "/pdf/valid.pdf");
        const auto before = bookState(book);
        for (const auto &[path, words] :
             {std::pair{fifo, QStringLiteral("là một ống dẫn (FIFO)")},
              std::pair{m_dir.filePath(QStringLiteral("attach")), QStringLiteral("là một thư mục")},
              std::pair{QStringLiteral("/dev/zero"), QStringLiteral("là một thiết bị")}}) {
            const Result r = runChild({QStringLiteral("attach"), book, QStringLiteral("--task"),
                                       QStringLiteral("1"), pdf, path},
                                      30);
            QVERIFY2(r.finished, qPrintable(path));
            QCOMPARE(r.code, 2);
            QVERIFY2(r.err.contains(words) &&
                         r.err.contains(QStringLiteral("không phải tệp thường")),
                     qPrintable(r.err));
            QVERIFY2(!r.err.contains(QStringLiteral("không tìm thấy")), qPrintable(r.err));
        }
        QCOMPARE(bookState(book), before); // valid.pdf of the same call was not kept either
    }

    // 6. check and writes agree on what is damaged.
    void checkAndWritesAgreeOnDamage()
    {
        QVERIFY(QDir().mkpath(m_dir.filePath(QStringLiteral("damage"))));
        const QString pdf = QStringLiteral(SOCHIBO_TEST_DATA_DIR "/pdf/valid.pdf");
        // A value no date can be ("2026-p4-01", a flipped byte) passed `check` before.
        const QString badDate = copyOfDemo(QStringLiteral("damage/date.db"));
        {
            const Database db = Database::open(badDate);
            char *error = nullptr;
            QCOMPARE(sqlite3_exec(db.handle(),
                                  "PRAGMA ignore_check_constraints = ON;"
                                  "UPDATE task SET start_on = '2026-p4-01' WHERE id = 3;",
                                  nullptr, nullptr, &error),
                     SQLITE_OK);
        }
        // An index entry missing: quick_check does not see it, integrity_check does.
        const QString badIndex = copyOfDemo(QStringLiteral("damage/index.db"));
        {
            sqlite3 *raw = nullptr;
            QCOMPARE(sqlite3_open(QFile::encodeName(badIndex).constData(), &raw), SQLITE_OK);
            QCOMPARE(sqlite3_exec(raw,
                                  "PRAGMA writable_schema = ON;"
                                  "UPDATE sqlite_schema SET sql = 'CREATE INDEX task_due ON "
                                  "task(owner_id)' WHERE name = 'task_due';",
                                  nullptr, nullptr, nullptr),
                     SQLITE_OK);
            sqlite3_close(raw);
        }
        for (const auto &[book, words] :
             {std::pair{badDate, QStringLiteral("Bảng “task”, bản ghi 3, cột “start_on”")},
              std::pair{badIndex, QStringLiteral("missing from index task_due")}}) {
            const Result check = run({QStringLiteral("check"), book});
            QCOMPARE(check.code, 2);
            QVERIFY2(check.err.contains(words), qPrintable(check.err));
            const auto before = bookState(book);
            const Result attach = run({QStringLiteral("attach"), book, QStringLiteral("--task"),
                                       QStringLiteral("1"), pdf});
            QCOMPARE(attach.code, 2);
            // Refused on opening (quick_check sees the broken CHECK) or before the first
            // write (the full check): never written to.
            QVERIFY2(attach.err.contains(QStringLiteral("bị hỏng")), qPrintable(attach.err));
            const QString json = m_dir.filePath(QStringLiteral("damage/records.json"));
            QCOMPARE(run({QStringLiteral("export"), m_demo, json, QStringLiteral("--force")}).code,
                     0);
            const Result import =
                run({QStringLiteral("import"), book, json, QStringLiteral("--replace")});
            QCOMPARE(import.code, 2);
            QVERIFY2(import.err.contains(QStringLiteral("bị hỏng")), qPrintable(import.err));
            QCOMPARE(bookState(book), before);
        }
    }

    // 7. Files holding members' data are the owner's alone, whatever the umask.
    void personalDataIsOwnerOnlyUnderAnyUmask()
    {
        const QString dir = m_dir.filePath(QStringLiteral("umask"));
        QVERIFY(QDir().mkpath(dir));
        const QString book = copyOfDemo(QStringLiteral("umask/book.db"));
        const QString json = dir + QStringLiteral("/records.json");
        const QString pdf = dir + QStringLiteral("/plan.pdf");
        const QString photo = dir + QStringLiteral("/anh-moi.png");
        QVERIFY(QFile::copy(QStringLiteral(SOCHIBO_TEST_DATA_DIR "/pdf/valid.pdf"), photo));
        const Result r = runShell(
            QStringLiteral("umask 000 && %1 export %2 %3 && %1 report %2 remediation-plan --year "
                           "2025 --date 2026-11-21 -o %4 && %1 attach %2 --task 2 %5 && %1 "
                           "backup %2")
                .arg(quoted(kCli), quoted(book), quoted(json), quoted(pdf), quoted(photo)));
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QCOMPARE(modeOf(json), 0600);
        QCOMPARE(modeOf(pdf), 0600);
        // Every file and folder of the book, its store and its backups.
        QStringList checked;
        for (const QString &root : {EvidenceStore::storeDirFor(book), backupsDirFor(book)}) {
            QCOMPARE(modeOf(root), 0700);
            QDirIterator it(root, QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden,
                            QDirIterator::Subdirectories);
            while (it.hasNext()) {
                const QString p = it.next();
                const bool folder = QFileInfo(p).isDir();
                QVERIFY2(modeOf(p) == (folder ? 0700 : 0600) ||
                             QFileInfo(p).fileName() == QLatin1String(".sochibo-backup.lock"),
                         qPrintable(QStringLiteral("%1: %2").arg(p).arg(modeOf(p), 0, 8)));
                checked << p;
            }
        }
        QVERIFY(checked.size() > 30);
        // The writer's lock file, made while a writer holds the book, under umask 000.
        {
            const mode_t previous = ::umask(0);
            const Database db = Database::open(book);
            ::umask(previous);
            QCOMPARE(modeOf(book + QStringLiteral(".lock")), 0600);
        }
        // check names what others can read, and the fix reaches all of them.
        const QString shard = QFileInfo(firstStoreFile(book)).absolutePath();
        QVERIFY(QFile::setPermissions(shard, QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                                 QFileDevice::ExeOwner | QFileDevice::ReadOther |
                                                 QFileDevice::ExeOther));
        QVERIFY(QFile::setPermissions(firstStoreFile(book),
                                      QFileDevice::ReadOwner | QFileDevice::ReadGroup));
        const Result warned = run({QStringLiteral("check"), book});
        QCOMPARE(warned.code, 0);
        QVERIFY2(warned.err.contains(shard) && warned.err.contains(firstStoreFile(book)) &&
                     warned.err.contains(QStringLiteral("người dùng khác trên máy này đọc được")),
                 qPrintable(warned.err));
        QVERIFY(Database::restrictPermissions(book));
        QVERIFY(Database::filesOthersCanRead(book).isEmpty());
        QCOMPARE(modeOf(shard), 0700);
        QVERIFY(!run({QStringLiteral("check"), book}).err.contains(QStringLiteral("Cảnh báo")));
    }

    // 8. Control characters in file names neither forge lines nor reorder text.
    void controlCharactersInNamesAreReplacedAndEscaped()
    {
        QVERIFY(QDir().mkpath(m_dir.filePath(QStringLiteral("names"))));
        const QString book = copyOfDemo(QStringLiteral("names/book.db"));
        const QString forged = QStringLiteral("bien-ban\n999  gia-mao.pdf\t\x1b[31m\u202Efdp.exe");
        const QString path = m_dir.filePath(QStringLiteral("names/") + forged);
        QVERIFY(QFile::copy(QStringLiteral(SOCHIBO_TEST_DATA_DIR "/pdf/valid.pdf"), path));
        const Result attached =
            run({QStringLiteral("attach"), book, QStringLiteral("--task"), QStringLiteral("1"),
                 QStringLiteral("--caption"), QStringLiteral("Ghi chú\ndòng giả"), path});
        QVERIFY2(attached.code == 0, qPrintable(attached.err));
        QVERIFY2(attached.out.count(QLatin1Char('\n')) == 1, qPrintable(attached.out));
        {
            const Database db = Database::open(book, Database::Mode::ReadOnly);
            const QString stored =
                db.scalar(QStringLiteral("SELECT file_name FROM evidence ORDER BY id DESC LIMIT 1"))
                    .toString();
            QCOMPARE(stored, QStringLiteral("bien-ban_999  gia-mao.pdf__[31m_fdp.exe"));
        }
        const Result list = run({QStringLiteral("evidence"), book});
        QCOMPARE(list.code, 0);
        QVERIFY(!list.out.contains(QLatin1Char('\x1b')) && !list.out.contains(QChar(0x202E)));
        const QStringList lines = list.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        const QStringList ours = lines.filter(QStringLiteral("gia-mao"));
        QCOMPARE(ours.size(), 1);
        QVERIFY2(ours.first().contains(QStringLiteral("Ghi chú\\ndòng giả")),
                 qPrintable(ours.first()));
        QVERIFY(!lines.filter(QRegularExpression(QStringLiteral("^999 "))).size());
        const Result found = run({QStringLiteral("search"), book, QStringLiteral("dong gia")});
        QCOMPARE(found.code, 0);
        for (const QString &line : found.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts))
            QVERIFY2(line.count(QLatin1Char('\t')) == 3 || line.contains(QStringLiteral("kết quả")),
                     qPrintable(line));
    }

    // 9. Values the import must refuse, each named by table, row and column.
    void importRefusesMalformedValues_data()
    {
        QTest::addColumn<QString>("table");
        QTest::addColumn<QString>("field");
        QTest::addColumn<QJsonValue>("value");
        QTest::addColumn<QString>("message");
        const QString m = QStringLiteral("member"), e = QStringLiteral("evidence");
        QTest::newRow("30 February")
            << m << QStringLiteral("admitted_on") << QJsonValue(QStringLiteral("2026-02-30"))
            << QStringLiteral("cột “admitted_on”");
        QTest::newRow("month 13") << m << QStringLiteral("birth_date")
                                  << QJsonValue(QStringLiteral("1976-13-01"))
                                  << QStringLiteral("cột “birth_date”");
        QTest::newRow("words for a date")
            << m << QStringLiteral("full_on") << QJsonValue(QStringLiteral("hôm qua"))
            << QStringLiteral("cột “full_on”");
        QTest::newRow("year 99999")
            << m << QStringLiteral("admitted_on") << QJsonValue(QStringLiteral("99999-01-01"))
            << QStringLiteral("cột “admitted_on”");
        QTest::newRow("25:61") << e << QStringLiteral("added_on")
                               << QJsonValue(QStringLiteral("2026-05-06T25:61:00"))
                               << QStringLiteral("cột “added_on”");
        QTest::newRow("a number for a name") << m << QStringLiteral("full_name") << QJsonValue(123)
                                             << QStringLiteral("cột “full_name”");
        QTest::newRow("id as a string")
            << m << QStringLiteral("id") << QJsonValue(QStringLiteral("1"))
            << QStringLiteral("cột “id”");
        QTest::newRow("NUL in a name")
            << m << QStringLiteral("full_name")
            << QJsonValue(QStringLiteral("Nguyễn Thị") + QChar(0) + QStringLiteral("Hương"))
            << QStringLiteral("cột “full_name”");
        QTest::newRow("2^63") << m << QStringLiteral("id") << QJsonValue(9223372036854775808.0)
                              << QStringLiteral("cột “id”");
        QTest::newRow("a path for a file name")
            << e << QStringLiteral("file_name") << QJsonValue(QStringLiteral("../../etc/passwd"))
            << QStringLiteral("cột “file_name”");
        QTest::newRow("schemaVersion 0")
            << QString() << QStringLiteral("schemaVersion") << QJsonValue(0)
            << QStringLiteral("“schemaVersion” không hợp lệ");
    }
    void importRefusesMalformedValues()
    {
        QFETCH(QString, table);
        QFETCH(QString, field);
        QFETCH(QJsonValue, value);
        QFETCH(QString, message);
        QJsonObject root = m_export;
        if (table.isEmpty())
            root.insert(field, value);
        else
            root = exportWith(table, field, value);
        const QString json = jsonFile(QStringLiteral("malformed.json"), root);
        // Into a new book, with the evidence: nothing may be left behind.
        const QString target = m_dir.filePath(QStringLiteral("malformed/new.db"));
        QVERIFY(QDir().mkpath(QFileInfo(target).absolutePath()));
        const Result r = run({QStringLiteral("import"), target, json, QStringLiteral("--evidence"),
                              EvidenceStore::storeDirFor(m_demo)});
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains(message), qPrintable(r.err));
        if (!table.isEmpty())
            QVERIFY2(r.err.contains(QStringLiteral("Bảng “%1”, dòng 1").arg(table)),
                     qPrintable(r.err));
        QCOMPARE(QDir(QFileInfo(target).absolutePath())
                     .entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden),
                 QStringList());
        // Into an existing book with --replace: unchanged.
        const QString book = copyOfDemo(QStringLiteral("malformed-book.db"));
        const auto before = bookState(book);
        const Result replace =
            run({QStringLiteral("import"), book, json, QStringLiteral("--replace")});
        QCOMPARE(replace.code, 2);
        QVERIFY2(replace.err.contains(message), qPrintable(replace.err));
        QCOMPARE(bookState(book), before);
        QFile::remove(book);
        QDir(EvidenceStore::storeDirFor(book)).removeRecursively();
    }

    /// A refused import that had already copied evidence files leaves none behind: the
    /// last file of the source store (in the order they are copied) has been altered.
    void refusedImportLeavesNoEvidenceBehind()
    {
        const QString source = m_dir.filePath(QStringLiteral("altered-source.evidence"));
        QVERIFY(QDir().mkpath(source));
        QStringList files;
        QDirIterator it(EvidenceStore::storeDirFor(m_demo), QDir::Files,
                        QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString f = it.next();
            const QString rel = QDir(EvidenceStore::storeDirFor(m_demo)).relativeFilePath(f);
            QVERIFY(QDir().mkpath(QFileInfo(QDir(source).filePath(rel)).absolutePath()));
            QVERIFY(QFile::copy(f, QDir(source).filePath(rel)));
            files << rel;
        }
        QVERIFY(files.size() > 5);
        std::sort(files.begin(), files.end());
        const QString last = QDir(source).filePath(files.last());
        QFile::setPermissions(last, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        {
            QFile f(last);
            QVERIFY(f.open(QIODevice::ReadWrite));
            f.seek(100);
            f.write("X");
        }
        const QString target = m_dir.filePath(QStringLiteral("altered/new.db"));
        QVERIFY(QDir().mkpath(QFileInfo(target).absolutePath()));
        const QString json = m_dir.filePath(QStringLiteral("demo.json"));
        const Result r =
            run({QStringLiteral("import"), target, json, QStringLiteral("--evidence"), source});
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains(QStringLiteral("đã bị thay đổi (sai mã băm)")), qPrintable(r.err));
        QCOMPARE(QDir(QFileInfo(target).absolutePath())
                     .entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden),
                 QStringList());
    }

    // 10. A full disk is called a full disk, and nothing is half-written.
    void fullDiskIsNamedAndNothingIsLost()
    {
        // A private mount namespace (unshare) with a 1.5 MB tmpfs; the book is filled up to
        // the last block. Needs no root on a system with user namespaces; as root always.
        const QString dir = m_dir.filePath(QStringLiteral("full"));
        QVERIFY(QDir().mkpath(dir));
        const QString seed = dir + QStringLiteral("/seed.db");
        QCOMPARE(run({QStringLiteral("init"), seed, QStringLiteral("--cell"),
                      QStringLiteral("Chi bộ Thử"), QStringLiteral("--superior"),
                      QStringLiteral("Đảng ủy xã Thử"), QStringLiteral("--place"),
                      QStringLiteral("Thử")})
                     .code,
                 0);
        QFile::remove(seed + QStringLiteral(".lock"));
        const QString big = dir + QStringLiteral("/hai-mb.pdf");
        writeFile(big, "%PDF-1.4\n" + QByteArray(2 * 1024 * 1024, 'x'));
        const QString mnt = dir + QStringLiteral("/mnt");
        QVERIFY(QDir().mkpath(mnt));
        const QString script =
            QStringLiteral(
                "set -u; mount -t tmpfs -o size=1536k tmpfs %2 || exit 99; cp %3 %2/book.db; "
                "sum0=$(sha256sum < %2/book.db); "
                // The disk full to the last block: even the writer's lock file cannot be made.
                "dd if=/dev/zero of=%2/filler bs=4k >/dev/null 2>&1; "
                "%1 attach %2/book.db --task 1 %4; echo \"exit=$?\"; "
                // Room for the lock and the journal, not for a 2 MB file.
                "rm %2/filler; dd if=/dev/zero of=%2/filler bs=1k count=600 >/dev/null 2>&1; "
                "%1 attach %2/book.db --task 1 %4; echo \"exit=$?\"; "
                "rm %2/filler; [ \"$(sha256sum < %2/book.db)\" = \"$sum0\" ] && echo same; "
                "find %2 -name '*.partial' | wc -l; %1 check %2/book.db >/dev/null; echo "
                "\"check=$?\"")
                .arg(quoted(kCli), quoted(mnt), quoted(seed), quoted(big));
        const Result r = runShell(QStringLiteral("exec unshare -rm sh -c ") + quoted(script), 120);
        QVERIFY2(r.finished, "the full-disk run hung");
        QVERIFY2(r.code != 99, "could not mount a tmpfs in a private namespace");
        const QStringList out = r.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        const QStringList err = r.err.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QCOMPARE(out, (QStringList{QStringLiteral("exit=2"), QStringLiteral("exit=2"),
                                   QStringLiteral("same"), QStringLiteral("0"),
                                   QStringLiteral("check=0")}));
        QCOMPARE(err.size(), 2);
        QVERIFY2(err[0].contains(QStringLiteral("tệp khoá")) &&
                     err[0].contains(QStringLiteral("ổ đĩa đã đầy")) &&
                     !err[0].contains(QStringLiteral("thư mục chỉ đọc")),
                 qPrintable(err[0]));
        QVERIFY2(err[1].contains(QStringLiteral("Ổ đĩa đã đầy")) &&
                     err[1].contains(QStringLiteral("chưa được lưu")) &&
                     !err[1].contains(QStringLiteral("Unknown error")),
                 qPrintable(err[1]));
    }
};

QTEST_MAIN(TestCliReliability)
#include "TestCliReliability.moc"

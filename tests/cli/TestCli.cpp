#include "TestPaths.h"
#include "cli/CliApp.h"
#include "storage/CellRepository.h"
#include "storage/Database.h"
#include "storage/MemberRepository.h"
#include "storage/Migrations.h"
#include "storage/Search.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <memory>
#include <poppler-qt6.h>
#include <sqlite3.h>

using sochibo::cli::CliApp;
using namespace sochibo::storage;

class TestCli : public QObject
{
    Q_OBJECT

    struct Result
    {
        int code;
        QString out, err;
    };
    static Result run(const QStringList &args)
    {
        QString out, err;
        QTextStream o(&out), e(&err);
        const int code = CliApp(o, e).run(args);
        o.flush();
        e.flush();
        return {code, out, err};
    }
    /// The words of a PDF, as a reader copies them.
    static QString pdfText(const QString &path)
    {
        const auto doc = Poppler::Document::load(path);
        QString text;
        for (int i = 0; doc && i < doc->numPages(); ++i)
            text += doc->page(i)->text(QRectF()) + QLatin1Char(' ');
        return text.simplified();
    }
    static QByteArray digest(const QString &path)
    {
        QFile f(path);
        f.open(QIODevice::ReadOnly);
        return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256);
    }

    QTemporaryDir m_dir;
    QString m_demo;

private slots:
    void initTestCase()
    {
        m_demo = m_dir.filePath(QStringLiteral("demo.db"));
        const Result r = run({QStringLiteral("demo"), m_demo});
        QCOMPARE(r.code, 0);
    }

    /// import-members shows the preview and writes nothing with --dry-run or while a row has
    /// an error (exit 2 naming the rows); --skip-bad imports the rest, with a backup first;
    /// the same list again is all duplicates; --map corrects a column's field.
    void importMembersPreviewsThenWrites()
    {
        const QString book = m_dir.filePath(QStringLiteral("import/book.db"));
        QVERIFY(QDir().mkpath(m_dir.filePath(QStringLiteral("import"))));
        QCOMPARE(run({QStringLiteral("init"), book, QStringLiteral("--cell"),
                      QStringLiteral("Chi bộ Trường THCS Hòa Phong")})
                     .code,
                 0);
        const QString titled = QStringLiteral(SOCHIBO_TEST_DATA_DIR "/import/members-titled.xlsx");
        const auto count = [&] {
            const auto db = Database::open(book, Database::Mode::ReadOnly);
            return MemberRepository(db).list(true).size();
        };
        const QStringList today{QStringLiteral("--today"), QStringLiteral("2026-11-21")};
        Result r = run(today + QStringList{QStringLiteral("import-members"), book, titled});
        QCOMPARE(r.code, 2);
        QVERIFY2(r.out.contains(QStringLiteral("   8  bỏ    Mạc Thị Ngọc Ánh")), qPrintable(r.out));
        QVERIFY(
            r.out.contains(QStringLiteral("LỖI: Ngày sinh: “31/02/1990” không phải một ngày.")));
        QCOMPARE(r.err, QStringLiteral("Lỗi: dòng 8 có lỗi. Sửa tệp, hoặc thêm --skip-bad để nhập "
                                       "các dòng còn lại; không có gì được ghi.\n"));
        QCOMPARE(count(), 0);

        r = run(today + QStringList{QStringLiteral("import-members"), book, titled,
                                    QStringLiteral("--skip-bad"), QStringLiteral("--dry-run")});
        QCOMPARE(r.code, 0);
        QVERIFY(r.out.endsWith(QStringLiteral("(--dry-run: chưa ghi gì vào sổ.)\n")));
        QCOMPARE(count(), 0);

        r = run(today + QStringList{QStringLiteral("import-members"), book, titled,
                                    QStringLiteral("--skip-bad")});
        QCOMPARE(r.code, 0);
        QVERIFY2(r.out.contains(QStringLiteral("Đã nhập 4 đảng viên (sổ trước khi nhập được sao "
                                               "lưu vào")),
                 qPrintable(r.out));
        QCOMPARE(count(), 4);
        r = run(today + QStringList{QStringLiteral("members"), book});
        QVERIFY2(r.out.contains(QStringLiteral("Đinh Quang Vĩnh           Đảng viên    Dự bị")),
                 qPrintable(r.out));
        QVERIFY(r.out.contains(QStringLiteral("Đang sinh hoạt: 4 đảng viên.")));
        r = run(today + QStringList{QStringLiteral("backups"), book});
        QVERIFY2(r.out.contains(QStringLiteral("trước khi nhập")), qPrintable(r.out));

        // the same list again: every member is already in the book
        r = run(today + QStringList{QStringLiteral("import-members"), book, titled,
                                    QStringLiteral("--skip-bad")});
        QCOMPARE(r.code, 2);
        QVERIFY(r.out.contains(QStringLiteral("Có lẽ trùng với đảng viên đã có trong sổ: Lương "
                                              "Minh Khoa (sinh 12/04/1975).")));
        QVERIFY(r.err.contains(QStringLiteral("không có đảng viên nào để nhập")));
        QCOMPARE(count(), 4);

        // --map: the column of birth dates left out, by its heading
        const QString serial = QStringLiteral(SOCHIBO_TEST_DATA_DIR "/import/members-serial.xlsx");
        r = run(today + QStringList{QStringLiteral("import-members"), book, serial,
                                    QStringLiteral("--map"), QStringLiteral("nam sinh=skip"),
                                    QStringLiteral("--dry-run")});
        QCOMPARE(r.code, 0);
        QVERIFY2(r.out.contains(QStringLiteral("  D “Năm sinh” → (bỏ qua)")), qPrintable(r.out));
        QVERIFY(!r.out.contains(QStringLiteral("chỉ có năm")));
        r = run(today + QStringList{QStringLiteral("import-members"), book, serial,
                                    QStringLiteral("--map"), QStringLiteral("D=year")});
        QCOMPARE(r.code, 1);
        QVERIFY(r.err.startsWith(QStringLiteral("Trường “year” không có; dùng một trong: skip")));
        r = run(today + QStringList{QStringLiteral("import-members"), book,
                                    m_dir.filePath(QStringLiteral("missing.xlsx"))});
        QCOMPARE(r.code, 2);
        QVERIFY(r.err.startsWith(QStringLiteral("Lỗi: không đọc được")));
        QCOMPARE(count(), 4);
    }

    /// report … minutes --meeting ID: the minutes of one meeting, dated its day; a meeting
    /// that is not in the book, or no --meeting, is refused.
    void minutesOfAMeeting()
    {
        const QString pdf = m_dir.filePath(QStringLiteral("bien-ban.pdf"));
        Result r =
            run({QStringLiteral("report"), m_demo, QStringLiteral("minutes"),
                 QStringLiteral("--meeting"), QStringLiteral("10"), QStringLiteral("-o"), pdf});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        const QString text = pdfText(pdf);
        QVERIFY2(text.contains(QStringLiteral("BIÊN BẢN Sinh hoạt chi bộ thường kỳ tháng 10 năm "
                                              "2026")),
                 qPrintable(text));
        QVERIFY(text.contains(QStringLiteral("Vĩnh Phong, ngày 05 tháng 10 năm 2026")));
        QVERIFY(text.contains(QStringLiteral("Biểu quyết: 15/16 đồng chí tán thành (93,8%).")));
        r = run({QStringLiteral("report"), m_demo, QStringLiteral("minutes"), QStringLiteral("-o"),
                 pdf});
        QCOMPARE(r.code, 1);
        QVERIFY(r.err.startsWith(QStringLiteral("minutes cần --meeting MÃ_SỐ")));
        r = run({QStringLiteral("report"), m_demo, QStringLiteral("minutes"),
                 QStringLiteral("--meeting"), QStringLiteral("404"), QStringLiteral("-o"), pdf});
        QCOMPARE(r.code, 2);
        QCOMPARE(r.err, QStringLiteral("Lỗi: Không có cuộc họp mã số 404.\n"));
    }

    /// A member list exported to Excel imports into a new book as the same members.
    void memberListRoundTrips()
    {
        const QString xlsx = m_dir.filePath(QStringLiteral("roundtrip.xlsx"));
        QCOMPARE(run({QStringLiteral("export-table"), m_demo, QStringLiteral("members"),
                      QStringLiteral("-o"), xlsx})
                     .code,
                 0);
        const QString book = m_dir.filePath(QStringLiteral("roundtrip/book.db"));
        QVERIFY(QDir().mkpath(m_dir.filePath(QStringLiteral("roundtrip"))));
        QCOMPARE(
            run({QStringLiteral("init"), book, QStringLiteral("--cell"), QStringLiteral("X")}).code,
            0);
        const Result r = run({QStringLiteral("--today"), QStringLiteral("2026-11-21"),
                              QStringLiteral("import-members"), book, xlsx});
        QVERIFY2(r.code == 0, qPrintable(r.out + r.err));
        const auto key = [](const sochibo::core::Member &m) {
            return QStringList{m.fullName,
                               m.birthDate.toString(Qt::ISODate),
                               m.admittedOn.toString(Qt::ISODate),
                               m.fullOn.toString(Qt::ISODate),
                               sochibo::core::code(m.gender),
                               sochibo::core::code(m.role),
                               sochibo::core::code(m.job),
                               sochibo::core::code(m.education),
                               sochibo::core::code(m.kind),
                               m.phone,
                               m.notes,
                               m.archived ? QStringLiteral("archived") : QString()}
                .join(QLatin1Char('|'));
        };
        QStringList before, after;
        {
            const auto db = Database::open(m_demo, Database::Mode::ReadOnly);
            for (const auto &m : MemberRepository(db).list(true))
                before << key(m);
        }
        {
            const auto db = Database::open(book, Database::Mode::ReadOnly);
            for (const auto &m : MemberRepository(db).list(true))
                after << key(m);
        }
        QCOMPARE(after, before);
    }

    /// Search finds a task by its owner's name, diacritics ignored, and shows a member's job
    /// and degree in Vietnamese, never the stored codes ("manager bachelor").
    void searchFindsTasksByOwner()
    {
        const Result r = run({QStringLiteral("search"), m_demo, QStringLiteral("tran van khai")});
        QCOMPARE(r.code, 0);
        QVERIFY2(r.out.contains(QStringLiteral("Đảng viên\t2\tTrần Văn Khải\t[Trần Văn Khải] Cán "
                                               "bộ quản lý Đại học")),
                 qPrintable(r.out));
        QVERIFY(r.out.contains(
            QStringLiteral("Nhiệm vụ\t2\tGhi phân công cụ thể vào biên bản mỗi kỳ sinh hoạt")));
        QVERIFY(!r.out.contains(QStringLiteral("manager")));
        QVERIFY(!r.out.contains(QStringLiteral("bachelor")));
        // a member's new name reaches the tasks they own
        const QString copy = m_dir.filePath(QStringLiteral("renamed.db"));
        QCOMPARE(run({QStringLiteral("backup"), m_demo, copy}).code, 0);
        const auto db = Database::open(copy, Database::Mode::OpenExisting);
        MemberRepository members(db);
        sochibo::core::Member khai = *members.find(2);
        khai.fullName = QStringLiteral("Trần Văn Khang");
        members.save(khai);
        int tasks = 0;
        for (const SearchHit &h : searchRecords(db, QStringLiteral("tran van khang")))
            tasks += h.kind == QLatin1String("task");
        QVERIFY(tasks >= 5);
        for (const SearchHit &h : searchRecords(db, QStringLiteral("tran van khai")))
            QVERIFY(h.kind != QLatin1String("task"));
    }

    /// sochibo-cli todo: the demo's reminders on two days, the most urgent first.
    void todoListsWhatToSeeTo()
    {
        Result r = run({QStringLiteral("--today"), QStringLiteral("2026-11-21"),
                        QStringLiteral("todo"), m_demo});
        QCOMPARE(r.code, 0);
        QStringList lines = r.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QCOMPARE(lines.value(0), QStringLiteral("Việc cần làm ngày 21/11/2026 (7):"));
        QCOMPARE(lines.value(1), QStringLiteral("- Quá hạn từ 31/10/2026: Triển khai sổ điểm điện "
                                                "tử ở tất cả các lớp (đồng chí Phạm Quốc Bảo)"));
        QVERIFY(r.out.contains(QStringLiteral("- Đồng chí Mai Thị Thảo hết 12 tháng dự bị ngày "
                                              "10/11/2026")));
        QVERIFY(r.out.contains(QStringLiteral("- Đồng chí Phan Thị Mai chưa có bản cam kết năm "
                                              "2026")));
        QVERIFY(r.out.contains(QStringLiteral("Sổ chưa có bản sao lưu nào")));
        // a book backed up into its backups folder today is not reminded of one
        QVERIFY(QDir().mkpath(m_dir.filePath(QStringLiteral("todo"))));
        const QString book = m_dir.filePath(QStringLiteral("todo/book.db"));
        QCOMPARE(run({QStringLiteral("backup"), m_demo, book}).code, 0);
        QCOMPARE(run({QStringLiteral("backup"), book}).code, 0);
        const Result backedUp =
            run({QStringLiteral("--today"), QDate::currentDate().toString(Qt::ISODate),
                 QStringLiteral("todo"), book});
        QCOMPARE(backedUp.code, 0);
        QVERIFY2(!backedUp.out.contains(QStringLiteral("sao lưu")), qPrintable(backedUp.out));
        // on 12 October: nothing late yet, the month's meeting held on the 5th; Thảo's twelve
        // months of probation end within 30 days
        r = run({QStringLiteral("--today"), QStringLiteral("2026-10-12"), QStringLiteral("todo"),
                 m_demo});
        QCOMPARE(r.code, 0);
        QVERIFY(!r.out.contains(QStringLiteral("Quá hạn")));
        QVERIFY(!r.out.contains(QStringLiteral("sinh hoạt thường kỳ")));
        QVERIFY(r.out.contains(QStringLiteral("- Đồng chí Mai Thị Thảo hết 12 tháng dự bị ngày "
                                              "10/11/2026: chuẩn bị hồ sơ chuyển đảng viên chính "
                                              "thức")));
    }

    void membersInRosterOrder()
    {
        const Result r = run({QStringLiteral("members"), m_demo, QStringLiteral("--today"),
                              QStringLiteral("2026-11-21")});
        QCOMPARE(r.code, 0);
        const QStringList lines = r.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QVERIFY(lines.first().contains(QStringLiteral("Võ Thị Ngọc Ánh")));
        // D before Đ; by given name first
        QVERIFY(r.out.indexOf(QStringLiteral("Lê Thị Mỹ Duyên")) <
                r.out.indexOf(QStringLiteral("Bùi Thị Hồng Đào")));
        QVERIFY(r.out.indexOf(QStringLiteral("Đặng Văn Dũng")) <
                r.out.indexOf(QStringLiteral("Lê Thị Mỹ Duyên")));
        // 19 people on the roster; Trương Văn Nam retired on 30/06/2026
        QVERIFY2(r.out.contains(QStringLiteral("Đang sinh hoạt: 18 đảng viên; đã rời chi bộ: 1.")),
                 qPrintable(r.out));
        const QString namLine = lines.filter(QStringLiteral("Trương Văn Nam")).value(0);
        QVERIFY2(namLine.contains(QStringLiteral("Nghỉ hưu 30/06/2026")), qPrintable(namLine));
    }

    void checkPasses()
    {
        const Result r = run({QStringLiteral("check"), m_demo});
        QCOMPARE(r.code, 0);
        QVERIFY(r.out.contains(QStringLiteral("toàn vẹn")));
    }

    void checkFindsAlteredEvidence()
    {
        const QString copy = m_dir.filePath(QStringLiteral("altered.db"));
        QCOMPARE(run({QStringLiteral("backup"), m_demo, copy}).code, 0);
        QDir store(m_dir.filePath(QStringLiteral("altered.evidence")));
        const QString shard = store.entryList(QDir::Dirs | QDir::NoDotAndDotDot).first();
        const QString file = store.filePath(
            shard + QLatin1Char('/') + QDir(store.filePath(shard)).entryList(QDir::Files).first());
        QFile::setPermissions(file, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        QFile f(file);
        QVERIFY(f.open(QIODevice::ReadWrite));
        f.seek(10);
        f.write("X");
        f.close();
        const Result r = run({QStringLiteral("check"), copy});
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains(QStringLiteral("đã bị thay đổi")), qPrintable(r.err));
    }

    void overdueTasks()
    {
        const Result r = run({QStringLiteral("tasks"), m_demo, QStringLiteral("--overdue"),
                              QStringLiteral("--today"), QStringLiteral("2026-11-21")});
        QCOMPARE(r.code, 0);
        QVERIFY(r.out.contains(QStringLiteral("Triển khai sổ điểm điện tử")));
        QVERIFY(r.out.contains(QStringLiteral("Tổng số: 3 nhiệm vụ.")));
    }

    void reportShowsNumberAndWarnings()
    {
        const QString out = m_dir.filePath(QStringLiteral("sr.pdf"));
        const Result r =
            run({QStringLiteral("report"), m_demo, QStringLiteral("self-review"),
                 QStringLiteral("--year"), QStringLiteral("2026"), QStringLiteral("--date"),
                 QStringLiteral("2026-12-05"), QStringLiteral("-o"), out});
        QCOMPARE(r.code, 0);
        QVERIFY2(r.out.contains(QStringLiteral("số 03-BC/CB")),
                 qPrintable(r.out)); // BC 01, 02 issued
        // late tasks contradict the proposed "Hoàn thành tốt nhiệm vụ": said, not hidden
        QVERIFY2(r.err.contains(QStringLiteral("Lưu ý:")) &&
                     r.err.contains(QStringLiteral("trễ hạn")),
                 qPrintable(r.err));
        QVERIFY(QFile(out).size() > 10000);
    }

    void monthViewAndTrackingDocuments()
    {
        const Result month = run({QStringLiteral("month"), m_demo, QStringLiteral("--month"),
                                  QStringLiteral("2026-10"), QStringLiteral("--today"),
                                  QStringLiteral("2026-11-21")});
        QCOMPARE(month.code, 0);
        QVERIFY(month.out.startsWith(QStringLiteral("Tháng 10/2026 (tính đến 31/10/2026)")));
        QVERIFY(month.out.contains(QStringLiteral("chưa báo cáo")));
        QVERIFY(month.out.contains(QStringLiteral("Số liệu: ")));
        QVERIFY(month.out.contains(QStringLiteral("(chưa giao)")));

        const QString mp = m_dir.filePath(QStringLiteral("mp.pdf"));
        Result r =
            run({QStringLiteral("report"), m_demo, QStringLiteral("monthly-progress"),
                 QStringLiteral("--quarter"), QStringLiteral("2026-Q3"),
                 QStringLiteral("--group-by"), QStringLiteral("member"), QStringLiteral("-o"), mp});
        QCOMPARE(r.code, 0);
        QVERIFY2(r.out.contains(QStringLiteral("-BC/CB")), qPrintable(r.out));
        QVERIFY(QFile(mp).size() > 10000);

        const QString tt = m_dir.filePath(QStringLiteral("tt.pdf"));
        r = run({QStringLiteral("report"), m_demo, QStringLiteral("task-table"),
                 QStringLiteral("--from"), QStringLiteral("2026-04-01"), QStringLiteral("--to"),
                 QStringLiteral("2026-06-30"), QStringLiteral("-o"), tt});
        QCOMPARE(r.code, 0);
        QVERIFY2(!r.out.contains(QStringLiteral("số")), qPrintable(r.out)); // no number

        const QString cm = m_dir.filePath(QStringLiteral("cm.pdf"));
        r = run({QStringLiteral("report"), m_demo, QStringLiteral("commitment"),
                 QStringLiteral("--all"), QStringLiteral("--year"), QStringLiteral("2026"),
                 QStringLiteral("-o"), cm});
        QCOMPARE(r.code, 0);
        QVERIFY(r.out.contains(QStringLiteral("(18 trang)")));
        QVERIFY(r.err.contains(QStringLiteral("chưa có bản cam kết năm 2026")));
    }

    /// sochibo-cli lays a report out without Qt's GUI set-up (its own text shaper and PDF
    /// writer): the command works where no Qt platform plug-in can start, and its PDF says
    /// what the same report made inside a GUI process says. --pdfa draws through QPdfWriter
    /// and does need the set-up: that it fails here shows the broken platform bites.
    void reportNeedsNoGuiSetUp()
    {
        const QString inProcess = m_dir.filePath(QStringLiteral("gui.pdf"));
        const QString separate = m_dir.filePath(QStringLiteral("nogui.pdf"));
        const QStringList report = {QStringLiteral("report"),
                                    m_demo,
                                    QStringLiteral("remediation-plan"),
                                    QStringLiteral("--year"),
                                    QStringLiteral("2025"),
                                    QStringLiteral("--date"),
                                    QStringLiteral("2026-11-21"),
                                    QStringLiteral("-o")};
        QCOMPARE(run(report + QStringList{inProcess}).code, 0);
        const auto cli = [](const QStringList &args) {
            auto p = std::make_unique<QProcess>();
            QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
            env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("no-such-platform"));
            p->setProcessEnvironment(env);
            p->start(QStringLiteral(SOCHIBO_BINARY_DIR "/src/app/sochibo-cli"), args);
            p->waitForFinished(120000);
            return p;
        };
        const auto plain = cli(report + QStringList{separate});
        QCOMPARE(plain->exitStatus(), QProcess::NormalExit);
        QVERIFY2(plain->exitCode() == 0, plain->readAllStandardError().constData());
        const auto text = [](const QString &path) {
            auto doc = Poppler::Document::load(path);
            QStringList pages;
            for (int i = 0; doc && i < doc->numPages(); ++i)
                pages << doc->page(i)->text(QRectF());
            return pages;
        };
        const QStringList expected = text(inProcess);
        QCOMPARE(expected.size(), 5);
        QVERIFY(expected.first().contains(QStringLiteral("KẾ HOẠCH")));
        QCOMPARE(text(separate), expected);
        const auto pdfA = cli(report + QStringList{QStringLiteral("--pdfa"), separate});
        QVERIFY(pdfA->exitStatus() != QProcess::NormalExit || pdfA->exitCode() != 0);

        // A cell font with CFF outlines needs Qt's writer too: refused with the way out.
        const QString copy = m_dir.filePath(QStringLiteral("cff.db"));
        QCOMPARE(run({QStringLiteral("backup"), m_demo, copy}).code, 0);
        {
            const auto db = Database::open(copy);
            CellRepository cells(db);
            sochibo::core::Cell cell = cells.cell();
            cell.fontFamily = QStringLiteral("Cantarell"); // fonts-cantarell, a test package
            cells.saveCell(cell);
        }
        const QString refused = m_dir.filePath(QStringLiteral("cff.pdf"));
        QStringList cffReport = report;
        cffReport[1] = copy;
        const auto cff = cli(cffReport + QStringList{refused});
        QCOMPARE(cff->exitCode(), 2);
        QVERIFY(QString::fromUtf8(cff->readAllStandardError())
                    .contains(QStringLiteral("Phông chữ “Cantarell” có nét chữ dạng CFF")));
        QVERIFY(!QFile::exists(refused));
    }

    void issuingTakesTheNumberAndPdfAIsMarked()
    {
        const QString copy = m_dir.filePath(QStringLiteral("issue.db"));
        QCOMPARE(run({QStringLiteral("backup"), m_demo, copy}).code, 0);
        const QString a = m_dir.filePath(QStringLiteral("a.pdf"));
        const QStringList report = {QStringLiteral("report"),        copy,
                                    QStringLiteral("thematic-plan"), QStringLiteral("--year"),
                                    QStringLiteral("2026"),          QStringLiteral("--date"),
                                    QStringLiteral("2026-11-21")};
        // The 2026 thematic plan is in the register (03-KH/CB, 01/02/2026): printing it again
        // gives that number and that date, and says it is a reprint.
        const Result reprint = run(report + QStringList{QStringLiteral("-o"), a});
        QVERIFY2(reprint.out.contains(QStringLiteral("số 03-KH/CB")), qPrintable(reprint.out));
        QVERIFY(reprint.out.contains(QStringLiteral("Bản in lại của văn bản đã ban hành ngày "
                                                    "01/02/2026")));
        QVERIFY(pdfText(a).contains(QStringLiteral("Vĩnh Phong, ngày 01 tháng 02 năm 2026")));
        // Issuing it again needs a new version: refused, nothing written.
        const QString refused = m_dir.filePath(QStringLiteral("refused.pdf"));
        const Result twice =
            run(report + QStringList{QStringLiteral("--issue"), QStringLiteral("-o"), refused});
        QCOMPARE(twice.code, 2);
        QVERIFY(twice.err.contains(QStringLiteral("đã vào sổ: số 03-KH/CB, ngày 01/02/2026")));
        QVERIFY(!QFile::exists(refused));
        // A new version takes the next free number and the date asked for; without --issue the
        // register is untouched: the same number comes out twice.
        const QStringList fresh = report + QStringList{QStringLiteral("--new-version")};
        QVERIFY(run(fresh + QStringList{QStringLiteral("-o"), a})
                    .out.contains(QStringLiteral("số 07-KH/CB")));
        QVERIFY(pdfText(a).contains(QStringLiteral("Vĩnh Phong, ngày 21 tháng 11 năm 2026")));
        const Result issued =
            run(fresh + QStringList{QStringLiteral("--issue"), QStringLiteral("--pdfa"),
                                    QStringLiteral("-o"), a});
        QCOMPARE(issued.code, 0);
        QVERIFY2(
            issued.out.contains(QStringLiteral("Đã vào sổ văn bản: 07-KH/CB, ngày 21/11/2026")),
            qPrintable(issued.out));
        QVERIFY(
            run(fresh + QStringList{QStringLiteral("-o"), m_dir.filePath(QStringLiteral("b.pdf"))})
                .out.contains(QStringLiteral("số 08-KH/CB")));
        // The reprint is now of the latest version.
        QVERIFY(
            run(report + QStringList{QStringLiteral("-o"), m_dir.filePath(QStringLiteral("c.pdf"))})
                .out.contains(QStringLiteral("số 07-KH/CB")));
        // The issued file above was written as PDF/A-1b.
        QFile f(a);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray pdf = f.readAll();
        QVERIFY(pdf.startsWith("%PDF-1.4"));
        QVERIFY(pdf.contains("GTS_PDFA1"));
        QVERIFY(pdf.contains("<pdfaid:part>1</pdfaid:part><pdfaid:conformance>B"));
    }

    /// The review season: every member in the cell at the end of the year gets their own form,
    /// each starting on a new page, on the right form for their post; the summary adds up.
    void memberReviewsAndTheRatingsSummary()
    {
        const QString forms = m_dir.filePath(QStringLiteral("member-reviews.pdf"));
        const Result r = run({QStringLiteral("report"), m_demo, QStringLiteral("member-review"),
                              QStringLiteral("--all"), QStringLiteral("--year"),
                              QStringLiteral("2026"), QStringLiteral("--date"),
                              QStringLiteral("2026-12-22"), QStringLiteral("-o"), forms});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        auto doc = Poppler::Document::load(forms);
        QVERIFY(doc);
        QStringList starts; // the first page of each form: the name under the title
        QString all;
        for (int i = 0; i < doc->numPages(); ++i) {
            const QString text = doc->page(i)->text(QRectF());
            all += text;
            if (text.contains(QStringLiteral("BẢN KIỂM ĐIỂM, ĐÁNH GIÁ, XẾP LOẠI"))) {
                QVERIFY2(text.contains(QStringLiteral("Họ và tên:")), qPrintable(text.left(400)));
                starts << text.section(QStringLiteral("Họ và tên: "), 1)
                              .section(QLatin1Char('.'), 0, 0);
            }
        }
        // 19 on the roster; Trương Văn Nam retired on 30/06/2026.
        QCOMPARE(starts.size(), 18);
        QVERIFY(!starts.contains(QStringLiteral("Trương Văn Nam")));
        QVERIFY(starts.contains(QStringLiteral("Mai Thị Thảo")));
        QCOMPARE(all.count(QStringLiteral("NGƯỜI TỰ KIỂM ĐIỂM")), 18);
        // The secretary's form is a leader's (2A), a teacher's the other members' (2B); the
        // secretary's own review is confirmed by the deputy secretary.
        const QString huong = all.section(QStringLiteral("Họ và tên: Nguyễn Thị Thanh Hương"), 0, 0)
                                  .section(QStringLiteral("BẢN KIỂM ĐIỂM"), -1);
        QVERIFY2(huong.contains(QStringLiteral("Mẫu 2A-HD KĐ.ĐG")), qPrintable(huong));
        const QString anh = all.section(QStringLiteral("Họ và tên: Võ Thị Ngọc Ánh"), 0, 0)
                                .section(QStringLiteral("BẢN KIỂM ĐIỂM"), -1);
        QVERIFY2(anh.contains(QStringLiteral("Mẫu 2B-HD KĐ.ĐG")), qPrintable(anh));
        QVERIFY(all.contains(QStringLiteral("PHÓ BÍ THƯ")));
        // The proposed level contradicted by the records is said on stderr, not printed.
        QVERIFY2(r.err.contains(QStringLiteral("Lưu ý: Phạm Quốc Bảo: Mức “Hoàn thành tốt nhiệm "
                                               "vụ” cần hoàn thành đúng hạn")),
                 qPrintable(r.err));
        QVERIFY(!all.contains(QStringLiteral("cần hoàn thành đúng hạn mọi nhiệm vụ")));

        const QString summary = m_dir.filePath(QStringLiteral("ratings.pdf"));
        const Result s =
            run({QStringLiteral("report"), m_demo, QStringLiteral("ratings-summary"),
                 QStringLiteral("--year"), QStringLiteral("2026"), QStringLiteral("--date"),
                 QStringLiteral("2026-12-22"), QStringLiteral("-o"), summary});
        QVERIFY2(s.code == 0, qPrintable(s.err));
        auto sdoc = Poppler::Document::load(summary);
        QString stext;
        for (int i = 0; i < sdoc->numPages(); ++i)
            stext += sdoc->page(i)->text(QRectF());
        stext.replace(QLatin1Char('\n'), QLatin1Char(' '));
        QVERIFY2(stext.contains(QStringLiteral("được đánh giá, xếp loại: 17 đồng chí")),
                 qPrintable(stext));
        QVERIFY(stext.contains(
            QStringLiteral("Hoàn thành xuất sắc nhiệm vụ: 03 đồng chí, tỷ lệ 17,6%")));
        QVERIFY(
            stext.contains(QStringLiteral("Hoàn thành tốt nhiệm vụ: 14 đồng chí, tỷ lệ 82,4%")));
        QVERIFY(stext.contains(QStringLiteral("Hoàn thành nhiệm vụ: không có")));
        QVERIFY(stext.contains(QStringLiteral("Dương Thị Lan (nghỉ chế độ thai sản")));
        QVERIFY(!s.err.contains(QStringLiteral("20%"))); // 3 of 17: within the rule
        // A member the cell has not voted on yet is listed, once, and said on stderr.
        const QString undecided = m_dir.filePath(QStringLiteral("undecided.db"));
        QCOMPARE(run({QStringLiteral("backup"), m_demo, undecided}).code, 0);
        {
            const auto db = Database::open(undecided);
            MemberRepository(db).setRating(4, 2026, sochibo::core::QualityRating::None);
        }
        const Result u =
            run({QStringLiteral("report"), undecided, QStringLiteral("ratings-summary"),
                 QStringLiteral("--year"), QStringLiteral("2026"), QStringLiteral("-o"),
                 m_dir.filePath(QStringLiteral("undecided.pdf"))});
        QCOMPARE(u.code, 0);
        QVERIFY2(u.err.contains(QStringLiteral("Lưu ý: 1 đảng viên chưa có kết quả xếp loại của "
                                               "Chi bộ: Phạm Quốc Bảo.\n")),
                 qPrintable(u.err));
        // Refusals: neither --member nor --all; nobody with that id.
        QCOMPARE(
            run({QStringLiteral("report"), m_demo, QStringLiteral("member-review"),
                 QStringLiteral("--year"), QStringLiteral("2026"), QStringLiteral("-o"), forms})
                .code,
            1);
        const Result nobody =
            run({QStringLiteral("report"), m_demo, QStringLiteral("member-review"),
                 QStringLiteral("--member"), QStringLiteral("999"), QStringLiteral("--year"),
                 QStringLiteral("2026"), QStringLiteral("-o"), forms, QStringLiteral("--force")});
        QCOMPARE(nobody.code, 2);
        QVERIFY(nobody.err.contains(QStringLiteral("Không có đảng viên mã số 999")));
    }

    /// A new cell starts from a complete self-assessment form: the 2025 form's criteria, 30
    /// points in the general group and 70 in the task-results group, ready to edit.
    void aNewCellHasTheDefaultCriteria()
    {
        const QString path = m_dir.filePath(QStringLiteral("new-cell.db"));
        const Result r =
            run({QStringLiteral("init"), path, QStringLiteral("--cell"),
                 QStringLiteral("Chi bộ Trường Mầm non Thử"), QStringLiteral("--superior"),
                 QStringLiteral("Đảng ủy xã Thử"), QStringLiteral("--place"), QStringLiteral("Thử"),
                 QStringLiteral("--today"), QStringLiteral("2026-12-05")});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        const auto db = Database::open(path, Database::Mode::ReadOnly);
        QCOMPARE(db.scalar(QStringLiteral("SELECT count(*) FROM review_criterion WHERE year = 2026 "
                                          "AND grp = 1"))
                     .toInt(),
                 6);
        QCOMPARE(db.scalar(QStringLiteral("SELECT sum(max_points) FROM review_criterion WHERE "
                                          "year = 2026 AND grp = 1"))
                     .toDouble(),
                 30.0);
        QCOMPARE(db.scalar(QStringLiteral("SELECT sum(max_points) FROM review_criterion WHERE "
                                          "year = 2026 AND grp = 2"))
                     .toDouble(),
                 70.0);
    }

    /// A book written by the previous version (schema 2, before the members' reviews) is
    /// upgraded by the first command that reads it, after a backup, and the user is told; a
    /// book that cannot be written is refused with the reason, untouched.
    void anOlderBookIsUpgradedBeforeItIsRead()
    {
        QVERIFY(QDir().mkpath(m_dir.filePath(QStringLiteral("older"))));
        const QString old = m_dir.filePath(QStringLiteral("older/book.db"));
        QCOMPARE(run({QStringLiteral("backup"), m_demo, old}).code, 0);
        {
            sqlite3 *raw = nullptr;
            QCOMPARE(sqlite3_open(QFile::encodeName(old).constData(), &raw), SQLITE_OK);
            QCOMPARE(sqlite3_exec(raw,
                                  "DROP TRIGGER log_member_review_insert;"
                                  "DROP TRIGGER log_member_review_update;"
                                  "DROP TRIGGER log_member_review_delete;"
                                  "DROP TABLE member_review;"
                                  "DROP TRIGGER log_received_document_insert;"
                                  "DROP TRIGGER log_received_document_update;"
                                  "DROP TRIGGER log_received_document_delete;"
                                  "DROP TABLE received_document;"
                                  "DROP TRIGGER log_meeting_insert;"
                                  "DROP TRIGGER log_meeting_update;"
                                  "DROP TRIGGER log_meeting_delete;"
                                  "DROP TRIGGER log_conclusion_insert;"
                                  "DROP TRIGGER log_conclusion_update;"
                                  "DROP TRIGGER log_conclusion_delete;"
                                  "ALTER TABLE meeting DROP COLUMN guests;"
                                  "ALTER TABLE conclusion DROP COLUMN votes_total;"
                                  "ALTER TABLE conclusion DROP COLUMN votes_for;"
                                  "PRAGMA user_version = 2;",
                                  nullptr, nullptr, nullptr),
                     SQLITE_OK);
            sqlite3_close(raw);
        }
        const QByteArray before = digest(old);
        QFile::setPermissions(old, QFileDevice::ReadOwner);
        const Result refused = run({QStringLiteral("members"), old});
        QCOMPARE(refused.code, 2);
        QVERIFY2(refused.err.contains(QStringLiteral("cần nâng cấp trước khi đọc, nhưng chưa nâng "
                                                     "cấp được")),
                 qPrintable(refused.err));
        QCOMPARE(digest(old), before);
        QFile::setPermissions(old, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        const QString pdf = m_dir.filePath(QStringLiteral("older/forms.pdf"));
        const Result r =
            run({QStringLiteral("report"), old, QStringLiteral("member-review"),
                 QStringLiteral("--member"), QStringLiteral("2"), QStringLiteral("--year"),
                 QStringLiteral("2026"), QStringLiteral("-o"), pdf});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        const int latest = Migrations::latestVersion();
        QVERIFY2(
            r.err.contains(QStringLiteral("đã được nâng cấp lên phiên bản dữ liệu %1").arg(latest)),
            qPrintable(r.err));
        const auto db = Database::open(old, Database::Mode::ReadOnly);
        QCOMPARE(db.schemaVersion(), latest);
        QVERIFY(!QDir(m_dir.filePath(QStringLiteral("older/backups")))
                     .entryList({QStringLiteral("book-*-upgrade.db")}, QDir::Files)
                     .isEmpty());
    }

    void backupsRestoreAndTheWriterLock()
    {
        QVERIFY(QDir().mkpath(m_dir.filePath(QStringLiteral("safe"))));
        const QString cell = m_dir.filePath(QStringLiteral("safe/cell.db"));
        QCOMPARE(run({QStringLiteral("backup"), m_demo, cell}).code, 0);
        const Result manual = run({QStringLiteral("backup"), cell});
        QCOMPARE(manual.code, 0);
        const QString manualPath =
            manual.out.section(QStringLiteral("“"), 1).section(QStringLiteral("”"), 0, 0);
        QVERIFY2(manualPath.startsWith(m_dir.filePath(QStringLiteral("safe/backups/cell-"))) &&
                     manualPath.endsWith(QStringLiteral("-manual.db")),
                 qPrintable(manual.out));
        // An import keeps the records as they were first.
        const QString json = m_dir.filePath(QStringLiteral("safe.json"));
        QCOMPARE(run({QStringLiteral("export"), cell, json}).code, 0);
        QTest::qWait(1100); // backup names carry the second
        QCOMPARE(run({QStringLiteral("import"), cell, json, QStringLiteral("--replace")}).code, 0);
        const Result list = run({QStringLiteral("backups"), cell});
        QCOMPARE(list.code, 0);
        const QStringList lines = list.out.trimmed().split(QLatin1Char('\n'));
        QCOMPARE(lines.size(), 2);
        QVERIFY2(lines[0].contains(QStringLiteral("trước khi nhập dữ liệu")), qPrintable(lines[0]));
        QVERIFY(lines[1].contains(QStringLiteral("sao lưu tay")));
        QVERIFY(lines[1].contains(QStringLiteral("19 đảng viên")));

        {
            const auto db = Database::open(cell);
            MemberRepository members(db);
            auto m = members.find(13);
            m->phone = QStringLiteral("0000000000");
            members.save(*m);
            // While this connection writes, a command that writes is refused, untouched.
            const Result locked = run({QStringLiteral("restore"), cell, manualPath});
            QCOMPARE(locked.code, 2);
            QVERIFY2(locked.err.contains(QStringLiteral("đang được mở để ghi")),
                     qPrintable(locked.err));
            QCOMPARE(members.find(13)->phone, QStringLiteral("0000000000"));
        }
        const Result restored = run({QStringLiteral("restore"), cell, manualPath});
        QCOMPARE(restored.code, 0);
        QVERIFY2(restored.out.contains(QStringLiteral("Đã khôi phục")), qPrintable(restored.out));
        {
            const auto db = Database::open(cell, Database::Mode::ReadOnly);
            QVERIFY(MemberRepository(db).find(13)->phone != QStringLiteral("0000000000"));
        }
        const Result bad = run({QStringLiteral("restore"), cell,
                                QStringLiteral(SOCHIBO_TEST_DATA_DIR "/damaged/truncated.db")});
        QCOMPARE(bad.code, 2);
        QVERIFY(bad.err.contains(QStringLiteral("không dùng được")));
    }

    void attachSearchAndEvidenceGaps()
    {
        const QString cell = m_dir.filePath(QStringLiteral("attach.db"));
        QCOMPARE(run({QStringLiteral("backup"), m_demo, cell}).code, 0);
        const QString pdf = QStringLiteral(SOCHIBO_TEST_DATA_DIR "/pdf/valid.pdf");
        const Result attached =
            run({QStringLiteral("attach"), cell, QStringLiteral("--task"), QStringLiteral("1"), pdf,
                 QStringLiteral(SOCHIBO_TEST_DATA_DIR "/pdf/encrypted.pdf")});
        QCOMPARE(attached.code, 0);
        QVERIFY2(attached.out.contains(QStringLiteral("Đã đính kèm “valid.pdf” (minh chứng số ")) &&
                     attached.out.contains(QStringLiteral("; 1 trang)")),
                 qPrintable(attached.out));
        QVERIFY(attached.out.contains(QStringLiteral("có mật khẩu")));
        const Result signedPdf =
            run({QStringLiteral("attach"), cell, QStringLiteral("--meeting"), QStringLiteral("1"),
                 QStringLiteral(SOCHIBO_TEST_DATA_DIR "/pdf/signed.pdf")});
        QVERIFY2(signedPdf.out.contains(QStringLiteral("Ký bởi Nguyen Van Ky")) &&
                     signedPdf.out.contains(QStringLiteral("chữ ký hợp lệ")),
                 qPrintable(signedPdf.out));

        const Result found =
            run({QStringLiteral("search"), cell, QStringLiteral("hoan"), QStringLiteral("thanh"),
                 QStringLiteral("nhiem"), QStringLiteral("vu")});
        QCOMPARE(found.code, 0);
        const QStringList evidence =
            found.out.split(QLatin1Char('\n')).filter(QStringLiteral("Minh chứng\t"));
        QCOMPARE(evidence.size(), 1);
        QVERIFY2(evidence[0].contains(QStringLiteral("\tvalid.pdf\t")) &&
                     evidence[0].endsWith(QStringLiteral("[hoan thanh nhiem vu]")),
                 qPrintable(evidence[0]));
        const Result dang = run({QStringLiteral("search"), cell, QStringLiteral("dang")});
        QVERIFY(
            dang.out.split(QLatin1Char('\n')).first().startsWith(QStringLiteral("Đảng viên\t")));
        QVERIFY(dang.out.contains(QStringLiteral("\tĐặng Văn Dũng\t")));

        const Result gaps = run({QStringLiteral("evidence"), cell, QStringLiteral("--missing"),
                                 QStringLiteral("--month"), QStringLiteral("2026-11"),
                                 QStringLiteral("--today"), QStringLiteral("2026-11-21")});
        QCOMPARE(gaps.code, 0);
        QVERIFY2(gaps.out.startsWith(QStringLiteral("Nhiệm vụ đã xong mà chưa có minh chứng: ")),
                 qPrintable(gaps.out));
        QVERIFY(gaps.out.contains(
            QStringLiteral("Đảng viên có nhiệm vụ trong tháng 11/2026 mà chưa nộp minh chứng")));

        // Refusals: two targets, a missing file, a file over the limit — nothing added.
        const auto count = [&cell] {
            const auto db = Database::open(cell, Database::Mode::ReadOnly);
            return db.scalar(QStringLiteral("SELECT count(*) FROM evidence")).toInt();
        };
        const int before = count();
        QCOMPARE(run({QStringLiteral("attach"), cell, QStringLiteral("--task"), QStringLiteral("1"),
                      QStringLiteral("--meeting"), QStringLiteral("1"), pdf})
                     .code,
                 1);
        const Result missing =
            run({QStringLiteral("attach"), cell, QStringLiteral("--task"), QStringLiteral("1"), pdf,
                 m_dir.filePath(QStringLiteral("không.pdf"))});
        QCOMPARE(missing.code, 2);
        QVERIFY(missing.err.contains(QStringLiteral("không tìm thấy tệp")));
        const QString big = m_dir.filePath(QStringLiteral("hai-mb.bin"));
        QFile f(big);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QByteArray(2 * 1024 * 1024, 'x'));
        f.close();
        const Result tooBig =
            run({QStringLiteral("attach"), cell, QStringLiteral("--task"), QStringLiteral("1"),
                 QStringLiteral("--max-mb"), QStringLiteral("1"), pdf, big});
        QCOMPARE(tooBig.code, 2);
        QVERIFY2(tooBig.err.contains(QStringLiteral("lớn hơn giới hạn 1 MB")),
                 qPrintable(tooBig.err));
        QCOMPARE(count(), before); // valid.pdf of the same call was not kept either
    }

    void historyShowsWhoChangedWhat()
    {
        const QString copy = m_dir.filePath(QStringLiteral("history.db"));
        QCOMPARE(run({QStringLiteral("backup"), m_demo, copy}).code, 0);
        {
            const auto db = Database::open(copy);
            db.setActor(QStringLiteral("Nguyễn Thị Thanh Hương"));
            MemberRepository members(db);
            auto m = members.find(13);
            QVERIFY(m);
            m->phone = QStringLiteral("0987654321");
            members.save(*m);
        }
        const Result r =
            run({QStringLiteral("history"), copy, QStringLiteral("--table"),
                 QStringLiteral("member"), QStringLiteral("--id"), QStringLiteral("13")});
        QCOMPARE(r.code, 0);
        const QStringList lines = r.out.split(QLatin1Char('\n'));
        QVERIFY(lines.value(0).endsWith(QStringLiteral("dữ liệu mẫu  tạo")));
        QVERIFY(r.out.contains(QStringLiteral("full_name: Trương Văn Nam")));
        QVERIFY2(r.out.contains(QStringLiteral("Nguyễn Thị Thanh Hương  sửa\n    phone: ")) &&
                     r.out.contains(QStringLiteral(" → 0987654321")),
                 qPrintable(r.out));
        const Result none =
            run({QStringLiteral("history"), copy, QStringLiteral("--table"),
                 QStringLiteral("member"), QStringLiteral("--id"), QStringLiteral("999")});
        QVERIFY(none.out.contains(QStringLiteral("Không có thay đổi nào")));
        QCOMPARE(run({QStringLiteral("history"), copy, QStringLiteral("--table"),
                      QStringLiteral("passwords"), QStringLiteral("--id"), QStringLiteral("1")})
                     .code,
                 1);
    }

    void roundTripIsByteIdentical()
    {
        const QString a = m_dir.filePath(QStringLiteral("a.json")),
                      b = m_dir.filePath(QStringLiteral("b.json"));
        const QString copy = m_dir.filePath(QStringLiteral("copy.db"));
        QCOMPARE(run({QStringLiteral("export"), m_demo, a}).code, 0);
        QCOMPARE(run({QStringLiteral("import"), copy, a, QStringLiteral("--evidence"),
                      m_dir.filePath(QStringLiteral("demo.evidence"))})
                     .code,
                 0);
        QCOMPARE(run({QStringLiteral("export"), copy, b}).code, 0);
        QCOMPARE(digest(a), digest(b));
        QCOMPARE(run({QStringLiteral("check"), copy}).code, 0);
    }

    void badInput_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<int>("code");
        QTest::addColumn<QString>("message");
        const QString db = QStringLiteral("@DB@");
        QTest::newRow("no command") << QStringList{} << 1 << QStringLiteral("Cách dùng");
        QTest::newRow("unknown command") << QStringList{QStringLiteral("frobnicate"), db} << 1
                                         << QStringLiteral("Lệnh không biết");
        QTest::newRow("missing file")
            << QStringList{QStringLiteral("members"), QStringLiteral("/nonexistent/x.db")} << 2
            << QStringLiteral("Không tìm thấy");
        QTest::newRow("bad month")
            << QStringList{QStringLiteral("tasks"), db, QStringLiteral("--month"),
                           QStringLiteral("2026-13")}
            << 1 << QStringLiteral("YYYY-MM");
        QTest::newRow("malformed json")
            << QStringList{QStringLiteral("import"), db, QStringLiteral("@BADJSON@")} << 2
            << QStringLiteral("JSON bị lỗi");
        QTest::newRow("import into full db")
            << QStringList{QStringLiteral("import"), db, QStringLiteral("@GOODJSON@")} << 2
            << QStringLiteral("đã có dữ liệu");
        QTest::newRow("missing json")
            << QStringList{QStringLiteral("import"), db, QStringLiteral("/nonexistent.json")} << 2
            << QStringLiteral("không đọc được");
        QTest::newRow("report no year data") << QStringList{QStringLiteral("report"),
                                                            db,
                                                            QStringLiteral("remediation-plan"),
                                                            QStringLiteral("--year"),
                                                            QStringLiteral("2019"),
                                                            QStringLiteral("-o"),
                                                            QStringLiteral("@OUT@")}
                                             << 2 << QStringLiteral("Chưa có hạn chế");
        QTest::newRow("report bad kind")
            << QStringList{QStringLiteral("report"), db,
                           QStringLiteral("poem"),   QStringLiteral("--year"),
                           QStringLiteral("2025"),   QStringLiteral("-o"),
                           QStringLiteral("@OUT@")}
            << 1 << QStringLiteral("không biết");
        QTest::newRow("monthly without period")
            << QStringList{QStringLiteral("report"), db, QStringLiteral("monthly-progress"),
                           QStringLiteral("-o"), QStringLiteral("@OUT@")}
            << 1 << QStringLiteral("--month YYYY-MM hoặc --quarter");
        QTest::newRow("bad quarter") << QStringList{QStringLiteral("report"),
                                                    db,
                                                    QStringLiteral("monthly-progress"),
                                                    QStringLiteral("--quarter"),
                                                    QStringLiteral("2026-Q5"),
                                                    QStringLiteral("-o"),
                                                    QStringLiteral("@OUT@")}
                                     << 1 << QStringLiteral("2026-Q2");
        QTest::newRow("table reversed dates")
            << QStringList{QStringLiteral("report"),     db,
                           QStringLiteral("task-table"), QStringLiteral("--from"),
                           QStringLiteral("2026-06-30"), QStringLiteral("--to"),
                           QStringLiteral("2026-04-01"), QStringLiteral("-o"),
                           QStringLiteral("@OUT@")}
            << 1 << QStringLiteral("không sau ngày cuối");
        QTest::newRow("commitment member and all")
            << QStringList{QStringLiteral("report"),     db,
                           QStringLiteral("commitment"), QStringLiteral("--all"),
                           QStringLiteral("--member"),   QStringLiteral("3"),
                           QStringLiteral("--year"),     QStringLiteral("2026"),
                           QStringLiteral("-o"),         QStringLiteral("@OUT@")}
            << 1 << QStringLiteral("--member MÃ_SỐ hoặc --all");
        QTest::newRow("commitment of nobody")
            << QStringList{QStringLiteral("report"),     db,
                           QStringLiteral("commitment"), QStringLiteral("--member"),
                           QStringLiteral("999"),        QStringLiteral("--year"),
                           QStringLiteral("2026"),       QStringLiteral("-o"),
                           QStringLiteral("@OUT@")}
            << 2 << QStringLiteral("Không có đảng viên mã số 999");
        QTest::newRow("bad signer") << QStringList{QStringLiteral("report"),
                                                   db,
                                                   QStringLiteral("monthly-progress"),
                                                   QStringLiteral("--month"),
                                                   QStringLiteral("2026-10"),
                                                   QStringLiteral("--signer"),
                                                   QStringLiteral("mayor"),
                                                   QStringLiteral("-o"),
                                                   QStringLiteral("@OUT@")}
                                    << 1 << QStringLiteral("Phó Bí thư");
        QTest::newRow("month view bad month")
            << QStringList{QStringLiteral("month"), db, QStringLiteral("--month"),
                           QStringLiteral("10/2026")}
            << 1 << QStringLiteral("YYYY-MM");
        QTest::newRow("not a database")
            << QStringList{QStringLiteral("members"), QStringLiteral("@TEXT@")} << 2
            << QStringLiteral("không phải");
    }
    void badInput()
    {
        QFETCH(QStringList, args);
        QFETCH(int, code);
        QFETCH(QString, message);
        const QString bad = m_dir.filePath(QStringLiteral("bad.json"));
        QFile b(bad);
        b.open(QIODevice::WriteOnly);
        b.write("{\"format\": \"sochibo-records\", ");
        b.close();
        const QString good = m_dir.filePath(QStringLiteral("good.json"));
        run({QStringLiteral("export"), m_demo, good, QStringLiteral("--force")});
        const QString textFile = m_dir.filePath(QStringLiteral("notes.db"));
        QFile t(textFile);
        t.open(QIODevice::WriteOnly);
        t.write("Biên bản họp chi bộ, không phải cơ sở dữ liệu.");
        t.close();
        for (QString &a : args) {
            a.replace(QStringLiteral("@DB@"), m_demo)
                .replace(QStringLiteral("@BADJSON@"), bad)
                .replace(QStringLiteral("@GOODJSON@"), good)
                .replace(QStringLiteral("@TEXT@"), textFile)
                .replace(QStringLiteral("@OUT@"), m_dir.filePath(QStringLiteral("out.pdf")));
        }
        const QByteArray before = digest(m_demo);
        const Result r = run(args);
        QCOMPARE(r.code, code);
        QVERIFY2((r.err + r.out).contains(message), qPrintable(r.err + r.out));
        if (code == 2)
            QCOMPARE(r.err.count(QLatin1Char('\n')) >= 1, true);
        QCOMPARE(digest(m_demo), before); // the database is unchanged
    }
};

QTEST_MAIN(TestCli)
#include "TestCli.moc"

// Search over every kind of record and inside evidence PDFs, diacritics ignored, exact
// matches first; evidence ingestion (PDF text, thumbnails, photo dates); the upgrade of a
// schema-1 file that builds the index and backs the file up first.
#include "TestPaths.h"
#include "demo/DemoData.h"
#include "evidence/Ingest.h"
#include "storage/Backup.h"
#include "storage/EvidenceStore.h"
#include "storage/MemberRepository.h"
#include "storage/Migrations.h"
#include "storage/ReviewRepository.h"
#include "storage/Search.h"
#include "storage/TaskRepository.h"
#include "support/SettingsIsolation.h"
#include "text/SearchFold.h"

#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <sqlite3.h>

using namespace sochibo;
using namespace sochibo::storage;

namespace {

QByteArray fixture(const QString &name)
{
    QFile f(QStringLiteral(SOCHIBO_TEST_DATA_DIR "/") + name);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

QStringList titles(const QList<SearchHit> &hits, const QString &kind)
{
    QStringList out;
    for (const SearchHit &h : hits)
        if (h.kind == kind)
            out << h.title;
    return out;
}

/// A small JPEG whose EXIF block says it was taken at \a when.
QByteArray jpegTakenAt(const QByteArray &when)
{
    QImage image(40, 30, QImage::Format_RGB32);
    image.fill(Qt::darkGreen);
    QByteArray jpeg;
    QBuffer buffer(&jpeg);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "JPEG");
    // TIFF, little endian: IFD0 with one entry (the Exif IFD at offset 26), the Exif IFD with
    // one entry (DateTimeOriginal, 20 ASCII bytes at offset 44), then the string.
    QByteArray tiff("II*\0\x08\0\0\0", 8);
    const auto u16 = [&tiff](int v) {
        tiff.append(char(v & 0xff)).append(char(v >> 8));
    };
    const auto u32 = [&](quint32 v) {
        u16(int(v & 0xffff));
        u16(int(v >> 16));
    };
    u16(1);
    u16(0x8769), u16(4), u32(1), u32(26);
    u32(0);
    u16(1);
    u16(0x9003), u16(2), u32(20), u32(44);
    u32(0);
    tiff.append(when.left(19)).append('\0');
    QByteArray app1("\xFF\xE1", 2);
    const int length = 2 + 6 + int(tiff.size());
    app1.append(char(length >> 8)).append(char(length & 0xff));
    app1.append(QByteArray("Exif\0\0", 6)).append(tiff);
    return jpeg.left(2) + app1 + jpeg.mid(2);
}

} // namespace

class TestEvidenceSearch : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

private slots:
    void initTestCase() { testing::isolateSettings(); }
    void cleanupTestCase() { testing::dropSettings(); }

    void diacriticsIgnoredEverywhere()
    {
        const Database db = Database::openInMemory();
        demo::writeDemo(db);
        const QList<SearchHit> dang = searchRecords(db, QStringLiteral("dang"));
        QVERIFY(titles(dang, QStringLiteral("member")).contains(QStringLiteral("Đặng Văn Dũng")));
        const QList<SearchHit> proof = searchRecords(db, QStringLiteral("minh chung"));
        QVERIFY(!titles(proof, QStringLiteral("task")).isEmpty());
        for (const SearchHit &h : proof) // every hit holds both words, diacritics aside
            QVERIFY2(
                text::fold(h.title + QLatin1Char(' ') + h.snippet).contains(QStringLiteral("minh")),
                qPrintable(h.title));
        // Groups come in a fixed order: members before tasks before evidence.
        QStringList kinds;
        for (const SearchHit &h : dang)
            if (kinds.isEmpty() || kinds.last() != h.kind)
                kinds << h.kind;
        QCOMPARE(kinds.first(), QStringLiteral("member"));
        QCOMPARE(kinds.removeDuplicates(), 0); // each kind in one block
        QVERIFY(searchRecords(db, QStringLiteral("  ")).isEmpty());
        QVERIFY(searchRecords(db, QStringLiteral("\"* OR NEAR(")).isEmpty()); // no FTS syntax
    }

    void exactDiacriticsRankFirst()
    {
        const Database db = Database::openInMemory();
        TaskRepository tasks(db);
        for (const char *title :
             {"Rà soát hồ sơ dang vien khối 6", "Rà soát hồ sơ đảng viên khối 7",
              "Rà soát hồ sơ Đặng viên khối 8"}) {
            core::Task t;
            t.title = QString::fromUtf8(title);
            tasks.save(t);
        }
        const QStringList order =
            titles(searchRecords(db, QStringLiteral("đảng viên")), QStringLiteral("task"));
        QCOMPARE(order.size(), 3);
        QCOMPARE(order.first(), QStringLiteral("Rà soát hồ sơ đảng viên khối 7"));
        const SearchHit top = searchRecords(db, QStringLiteral("hồ sơ")).first();
        QCOMPARE(top.snippet.mid(top.matchStart, top.matchLength), QStringLiteral("hồ sơ"));
    }

    void indexFollowsEditsAndDeletes()
    {
        const Database db = Database::openInMemory();
        MemberRepository members(db);
        core::Member m;
        m.fullName = QStringLiteral("Hoàng Thị Ánh");
        m.admittedOn = QDate(2012, 1, 1);
        m.fullOn = QDate(2013, 1, 1);
        m.id = members.save(m);
        QCOMPARE(searchRecords(db, QStringLiteral("anh")).size(), 1);
        m.fullName = QStringLiteral("Hoàng Thị Ngọc");
        members.save(m);
        QVERIFY(searchRecords(db, QStringLiteral("anh")).isEmpty());
        QCOMPARE(searchRecords(db, QStringLiteral("ngoc")).value(0).refId, m.id);
        members.remove(m.id);
        QVERIFY(searchRecords(db, QStringLiteral("ngoc")).isEmpty());
    }

    void textInsideAPdfIsFound()
    {
        const QString path = m_dir.filePath(QStringLiteral("pdf.db"));
        const Database db = Database::open(path, Database::Mode::Create);
        core::Task t;
        t.title = QStringLiteral("Nộp biên bản");
        const qint64 task = TaskRepository(db).save(t);
        EvidenceStore store(db);
        const qint64 pdf =
            store.add(fixture(QStringLiteral("pdf/valid.pdf")), QStringLiteral("bien-ban.pdf"),
                      EvidenceTarget{.taskId = task});
        const qint64 locked = store.add(fixture(QStringLiteral("pdf/encrypted.pdf")),
                                        QStringLiteral("khoa.pdf"), EvidenceTarget{.taskId = task});
        QVERIFY(searchRecords(db, QStringLiteral("hoan thanh nhiem vu")).isEmpty());
        QCOMPARE(evidence::ingestPending(db), 2);
        QCOMPARE(evidence::ingestPending(db), 0); // once only
        const QList<SearchHit> hits = searchRecords(db, QStringLiteral("hoàn thành nhiệm vụ"));
        QCOMPARE(hits.size(), 1);
        QCOMPARE(hits[0].kind, QStringLiteral("evidence"));
        QCOMPARE(hits[0].refId, pdf);
        QVERIFY2(hits[0].markedSnippet().endsWith(QStringLiteral("[hoan thanh nhiem vu]")),
                 qPrintable(hits[0].markedSnippet()));
        Statement st = db.prepare(
            QStringLiteral("SELECT pages, preview IS NOT NULL, preview_note FROM evidence "
                           "WHERE id = ?1"));
        st.bind(1, pdf);
        QVERIFY(st.step());
        QCOMPARE(st.integer(0), 1);
        QCOMPARE(st.integer(1), 1);
        Statement lockedRow = db.prepare(
            QStringLiteral("SELECT preview IS NULL, preview_note FROM evidence WHERE id = ?1"));
        lockedRow.bind(1, locked);
        QVERIFY(lockedRow.step());
        QCOMPARE(lockedRow.integer(0), 1);
        QVERIFY(lockedRow.text(1).contains(QStringLiteral("mật khẩu")));
    }

    /// One file attached to several records is one line of the results that says how many
    /// (not eight identical lines); a commitment's line says its year.
    void oneFileOneLineAndCommitmentsWithTheirYear()
    {
        const Database db =
            Database::open(m_dir.filePath(QStringLiteral("lines.db")), Database::Mode::Create);
        core::Member m;
        m.fullName = QStringLiteral("Đặng Thị Hoa");
        const qint64 member = MemberRepository(db).save(m);
        EvidenceStore store(db);
        const QByteArray bytes = fixture(QStringLiteral("pdf/valid.pdf"));
        for (int i = 0; i < 3; ++i) {
            core::Task t;
            t.title = QStringLiteral("Việc %1").arg(i);
            store.add(bytes, QStringLiteral("bien-ban-chung.pdf"),
                      EvidenceTarget{.taskId = TaskRepository(db).save(t)});
        }
        QCOMPARE(evidence::ingestPending(db), 3);
        const QList<SearchHit> files = searchRecords(db, QStringLiteral("bien ban chung"));
        QCOMPARE(titles(files, QStringLiteral("evidence")),
                 QStringList{QStringLiteral("bien-ban-chung.pdf (đính kèm ở 3 nơi)")});
        core::Commitment c;
        c.memberId = member;
        c.year = 2025;
        core::CommitmentItem item;
        item.text = QStringLiteral("Dự giờ đồng nghiệp mỗi tháng");
        c.items << item;
        ReviewRepository(db).saveCommitment(c);
        QCOMPARE(titles(searchRecords(db, QStringLiteral("du gio")), QStringLiteral("commitment")),
                 QStringList{QStringLiteral("Cam kết năm 2025 — Đặng Thị Hoa")});
    }

    void photosKeepTheirExifDate()
    {
        const QByteArray photo = jpegTakenAt("2025:09:05 07:45:10");
        QCOMPARE(evidence::exifDateTaken(photo), QDateTime(QDate(2025, 9, 5), QTime(7, 45, 10)));
        const evidence::FileFacts facts = evidence::inspectBytes(photo);
        QCOMPARE(facts.takenOn.date(), QDate(2025, 9, 5));
        QVERIFY(!facts.thumbnail.isNull());
        QVERIFY(facts.note.isEmpty());
        // No EXIF, a broken block, not a JPEG: no date, no crash.
        QVERIFY(!evidence::exifDateTaken(jpegTakenAt("not a date at all!!")).isValid());
        QVERIFY(!evidence::exifDateTaken(photo.left(12)).isValid());
        QVERIFY(!evidence::exifDateTaken(QByteArray("plain text")).isValid());
        // Found by the fuzzer: an IFD offset of 0xffffffff wrapped the bounds check around.
        const QByteArray wrap = QByteArray::fromBase64(
            "/9j/4QBIRXhpZgAASUkqAAgAAAABAGmHBP////////////////////////////////////8AASAvRj5udCA8"
            "PCAvRjEgNSAwIFIgPj4gPj4gPj4KZQAAAAAACP/EABQQAQAAAAAAAAAAAAAAAAAAAAD/xAABARUBAAAAAAAA"
            "AAAAAAAAAAAAB//EABQRAQAAAAAAAAAAAAAAAAAAAAD/2gAMAwEAAhEDEQA/AJHSdDwAAAAH/9k=");
        QVERIFY(!evidence::exifDateTaken(wrap).isValid());
        QVERIFY(!evidence::inspectBytes(wrap).note.isEmpty() ||
                !evidence::inspectBytes(wrap).thumbnail.isNull());
        const evidence::FileFacts word = evidence::inspectBytes(QByteArray("PK\x03\x04 docx"));
        QVERIFY(word.thumbnail.isNull());
        QVERIFY(word.note.contains(QStringLiteral("Không có bản xem trước")));
    }

    void pngWhoseChunkClaimsMoreThanTheFileIsRefused()
    {
        QImage picture(40, 30, QImage::Format_RGB32);
        picture.fill(Qt::darkGreen);
        QByteArray png;
        QBuffer out(&png);
        out.open(QIODevice::WriteOnly);
        QVERIFY(picture.save(&out, "PNG"));
        QVERIFY(evidence::pngChunksFit(png));
        QVERIFY(!evidence::pngChunksFit(png.left(png.size() - 5))); // cut inside IEND
        const evidence::FileFacts good = evidence::inspectBytes(png);
        QVERIFY(!good.thumbnail.isNull());
        QVERIFY(good.note.isEmpty());
        // Found by the fuzzer: a text chunk saying it holds 2 GB made libpng allocate 2 GB
        // before noticing the file is short. Now it is a damaged picture, refused at once.
        QByteArray lying = png.left(png.indexOf("IEND") - 4);
        lying += QByteArray::fromHex("7fff0000") + "tEXt" + "Comment";
        QVERIFY(!evidence::pngChunksFit(lying));
        const evidence::FileFacts bad = evidence::inspectBytes(lying);
        QVERIFY(bad.thumbnail.isNull());
        QVERIFY2(bad.note.contains(QStringLiteral("Tệp ảnh bị hỏng")), qPrintable(bad.note));
    }

    void schemaOneFileIsUpgradedAfterABackup()
    {
        // A file as version 1 of the program left it: schema 1, one member.
        const QString path = m_dir.filePath(QStringLiteral("old/cell.db"));
        QDir().mkpath(m_dir.filePath(QStringLiteral("old")));
        {
            sqlite3 *raw = nullptr;
            QCOMPARE(sqlite3_open(path.toUtf8().constData(), &raw), SQLITE_OK);
            QFile schema(QStringLiteral(":/schema/0001_init.sql"));
            QVERIFY(schema.open(QIODevice::ReadOnly));
            const QByteArray sql = schema.readAll() +
                                   "\nPRAGMA user_version = 1; PRAGMA application_id = 1396918338;"
                                   "INSERT INTO member(full_name, admitted_on) VALUES "
                                   "('Trịnh Văn Cũ', '2001-01-01');";
            QCOMPARE(sqlite3_exec(raw, sql.constData(), nullptr, nullptr, nullptr), SQLITE_OK);
            sqlite3_close(raw);
        }
        const Database db = Database::open(path);
        QCOMPARE(db.schemaVersion(), Migrations::latestVersion());
        QCOMPARE(searchRecords(db, QStringLiteral("trinh van cu")).size(), 1);
        const QList<BackupInfo> backups = listBackups(backupsDirFor(path), QStringLiteral("cell"));
        QCOMPARE(backups.size(), 1);
        QCOMPARE(backups[0].reasonCode, QStringLiteral("upgrade"));
        QCOMPARE(backups[0].members, 1);
    }
};

QTEST_MAIN(TestEvidenceSearch)
#include "TestEvidenceSearch.moc"

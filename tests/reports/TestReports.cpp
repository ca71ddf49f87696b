#include "TestPaths.h"
#include "core/TaskRules.h"
#include "core/UserError.h"
#include "demo/DemoData.h"
#include "reportdata/ReportService.h"
#include "reports/Fonts.h"
#include "reports/PdfLayout.h"
#include "reports/ReportBuilder.h"
#include "reports/ReportTemplate.h"
#include "reports/TextShaper.h"
#include "reports/TrueTypeFont.h"
#include "storage/CellRepository.h"
#include "storage/Database.h"
#include "storage/MeetingRepository.h"
#include "storage/MemberRepository.h"
#include "storage/Progress.h"
#include "storage/ReviewRepository.h"
#include "storage/Statistics.h"
#include "text/DocumentWording.h"
#include "text/Normalization.h"

#include <QFontDatabase>
#include <QImage>
#include <QJsonDocument>
#include <QPainterPath>
#include <QRawFont>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <memory>
#include <poppler-qt6.h>

using namespace sochibo;

namespace {

/// \a actual against tests/data/golden/NAME.txt (SOCHIBO_UPDATE_GOLDEN=1 rewrites it).
void compareWithGolden(const QString &actual, const QString &name)
{
    const QString path =
        QStringLiteral("%1/golden/%2.txt").arg(QStringLiteral(SOCHIBO_TEST_DATA_DIR), name);
    QFile f(path);
    if (qEnvironmentVariableIsSet("SOCHIBO_UPDATE_GOLDEN")) {
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(actual.toUtf8());
        return;
    }
    QVERIFY2(f.open(QIODevice::ReadOnly),
             qPrintable(QStringLiteral("missing golden file ") + path));
    QCOMPARE(actual, QString::fromUtf8(f.readAll()));
}

} // namespace

class TestReports : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    std::unique_ptr<storage::Database> m_db;

    std::unique_ptr<Poppler::Document> render(const QString &kind, int year, int *pages = nullptr,
                                              QStringList *warnings = nullptr)
    {
        reports::ReportRequest req;
        req.kind = kind;
        req.year = year;
        req.date = QDate(2026, 11, 21);
        req.newVersion = true; // a fresh version dated that day, not the reprint of one issued
        reports::RenderResult r;
        const QByteArray pdf = reportdata::ReportService(*m_db).renderPdf(req, &r);
        if (pages)
            *pages = r.pages;
        if (warnings)
            *warnings = r.warnings;
        return Poppler::Document::loadFromData(pdf);
    }

    static QString allText(Poppler::Document &doc)
    {
        QString s;
        for (int i = 0; i < doc.numPages(); ++i)
            s += doc.page(i)->text(QRectF()) + QLatin1Char('\n');
        return s.simplified();
    }

    /// The three documents the cell signs, on the demo data: kind and year.
    static void signedDocuments()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<int>("year");
        QTest::newRow("remediation plan") << QStringLiteral("remediation-plan") << 2025;
        QTest::newRow("thematic plan") << QStringLiteral("thematic-plan") << 2026;
        QTest::newRow("self-review 2025 form") << QStringLiteral("self-review") << 2026;
    }

private slots:
    void initTestCase()
    {
        m_db = std::make_unique<storage::Database>(storage::Database::open(
            m_dir.filePath(QStringLiteral("demo.db")), storage::Database::Mode::Create));
        demo::writeDemo(*m_db);
    }

    void layoutRules_data() { signedDocuments(); }
    void layoutRules()
    {
        QFETCH(QString, kind);
        QFETCH(int, year);
        int pages = 0;
        auto doc = render(kind, year, &pages);
        QVERIFY(doc);
        QCOMPARE(doc->numPages(), pages);
        QVERIFY(pages >= 2);
        const double mm = 72.0 / 25.4;
        for (int i = 0; i < doc->numPages(); ++i) {
            auto page = doc->page(i);
            const QSizeF size = page->pageSizeF();
            QVERIFY(qAbs(size.width() - 595) < 2 && qAbs(size.height() - 842) < 2); // A4
            QList<Poppler::TextBox *> boxes;
            const auto words = page->textList();
            bool numberOnTop = false;
            for (const auto &w : words) {
                const QRectF r = w->boundingBox();
                if (r.bottom() < 20 * mm) { // in the top margin: only the page number
                    QCOMPARE(w->text(), QString::number(i + 1));
                    QVERIFY(qAbs(r.center().x() - size.width() / 2) < 5 * mm);
                    QVERIFY(r.top() > 5 * mm && r.bottom() < 16 * mm);
                    numberOnTop = true;
                    continue;
                }
                QVERIFY2(r.left() >= 30 * mm - 1.5 * mm &&
                             r.right() <= size.width() - 15 * mm + 1.5 * mm &&
                             r.bottom() <= size.height() - 20 * mm + 1.5 * mm,
                         qPrintable(QStringLiteral("page %1: “%2” outside the margins")
                                        .arg(i + 1)
                                        .arg(w->text())));
            }
            QCOMPARE(numberOnTop, i > 0); // none on page 1, present from page 2
        }
        for (const Poppler::FontInfo &f : doc->fonts())
            QVERIFY2(f.isEmbedded(), qPrintable(f.name()));
        QVERIFY(!doc->fonts().isEmpty());
        const QString text = allText(*doc);
        QVERIFY(text::isNfc(text));
        // the header's two columns read row by row
        const QStringList inOrder = {QStringLiteral("ĐẢNG BỘ XÃ VĨNH PHONG"),
                                     QStringLiteral("ĐẢNG CỘNG SẢN VIỆT NAM"),
                                     QStringLiteral("CHI BỘ TRƯỜNG TIỂU HỌC"),
                                     QStringLiteral("Vĩnh Phong, ngày 21 tháng 11 năm 2026"),
                                     QStringLiteral("-----"),
                                     QStringLiteral("Nơi nhận:"),
                                     QStringLiteral("T/M CHI BỘ"),
                                     QStringLiteral("BÍ THƯ"),
                                     QStringLiteral("Nguyễn Thị Thanh Hương")};
        qsizetype at = 0;
        for (const QString &s : inOrder) {
            const qsizetype found = text.indexOf(s, at);
            QVERIFY2(found >= 0, qPrintable(QStringLiteral("missing or out of order: ") + s));
            at = found;
        }
        QVERIFY(text.contains(kind == QLatin1String("self-review") ? QStringLiteral("BÁO CÁO")
                                                                   : QStringLiteral("KẾ HOẠCH")));
        QVERIFY(doc->info(QStringLiteral("Creator")).startsWith(QStringLiteral("Sổ chi bộ")));
    }

    void authorInXmp()
    {
        reports::ReportRequest req;
        req.kind = QStringLiteral("thematic-plan");
        req.year = 2026;
        const QByteArray pdf = reportdata::ReportService(*m_db).renderPdf(req);
        QVERIFY(pdf.contains(
            QStringLiteral("<dc:creator><rdf:Seq><rdf:li>Chi bộ Trường Tiểu học Vĩnh Phong 4")
                .toUtf8()));
    }

    void remediationPlanLetters()
    {
        auto doc = render(QStringLiteral("remediation-plan"), 2025);
        const QString text = allText(*doc);
        QVERIFY(text.contains(QStringLiteral("Số 07-KH/CB"))); // next after 06 in the register
        for (const char *s :
             {"a) Hạn chế, khuyết điểm", "b) Nguyên nhân", "c) Giải pháp khắc phục",
              "d) Sản phẩm, minh chứng", "đ) Thời gian thực hiện", "e) Trách nhiệm thực hiện",
              "III. HẠN CHẾ, KHUYẾT ĐIỂM VÀ GIẢI PHÁP KHẮC PHỤC",
              "4. Hạn chế về tinh thần trách nhiệm của một số đảng viên"})
            QVERIFY2(text.contains(QString::fromUtf8(s)), s);
    }

    void thematicPlanTopics()
    {
        const QString text = allText(*render(QStringLiteral("thematic-plan"), 2026));
        QVERIFY(text.contains(QStringLiteral("Quý II năm 2026")));
        QVERIFY(text.contains(QStringLiteral("Quý III năm 2026")));
        QVERIFY(text.contains(QStringLiteral("đồng chí Võ Thị Ngọc Ánh")));
        QVERIFY(text.contains(QStringLiteral("đồng chí Phạm Quốc Bảo")));
        // the seed's numbered points and lead-in, the records kept after a session
        const QString simple = text.simplified();
        for (const char *s : {"1. Đưa sinh hoạt chuyên đề", "4. Nội dung chuyên đề ngắn gọn",
                              "dự kiến tổ chức 02 chuyên đề như sau:", "6. Đồng chí Bí thư",
                              "biên bản sinh hoạt, danh sách đảng viên phát biểu"})
            QVERIFY2(simple.contains(QString::fromUtf8(s)), s);
        // two sessions in a year: fewer than one a quarter, said to the user, not printed
        QStringList warnings;
        render(QStringLiteral("thematic-plan"), 2026, nullptr, &warnings);
        QVERIFY2(warnings.join(u' ').contains(
                     QStringLiteral("ít hơn một chuyên đề mỗi quý (04); quý I, IV chưa có")),
                 qPrintable(warnings.join(u' ')));
        QVERIFY(!simple.contains(QStringLiteral("ít hơn một chuyên đề")));
    }

    void selfReviewFiguresFromRecords()
    {
        QStringList warnings;
        const QString text =
            allText(*render(QStringLiteral("self-review"), 2026, nullptr, &warnings));
        for (const char *s :
             {"A. NỘI DUNG KIỂM ĐIỂM", "B. NỘI DUNG TỰ ĐÁNH GIÁ, XẾP LOẠI",
              // the demo: 19 people; 1 Jan 2026 without Hiếu (admitted March) and Mai
              // (transferred in August): 17; 31 Dec: Nam retired, Hiếu and Mai in: 18
              "Đầu năm Chi bộ có 17 đảng viên; cuối năm có 18 đảng viên", "16 chính thức, 02 dự bị",
              // what happened, and no zero as "00" (nobody transferred out, none disciplined)
              "Trong năm kết nạp 01 đảng viên, tiếp nhận 01 đồng chí chuyển đến, 01 đồng chí "
              "nghỉ hưu;",
              "không có đảng viên nào bị kỷ luật",
              "không có đồng chí nào không hoàn thành nhiệm vụ",
              // 11 regular, 2 thematic, 2 committee meetings; 4 supervisions (3 + 1 inspection)
              "11 kỳ sinh hoạt thường kỳ, 02 kỳ sinh hoạt chuyên đề và 02 cuộc họp Chi ủy",
              "01 cuộc kiểm tra, 03 cuộc giám sát (giám sát 03 đảng viên)",
              // criteria of the demo: 26,5/30 and 62/70, once, in the table
              "Tổng điểm 100 88,5", "Hoàn thành tốt nhiệm vụ", "PHỤ LỤC",
              // the closing sentence, and the annex under its own heading after the signature
              "Trên đây là báo cáo kiểm điểm, tự đánh giá, xếp loại chất lượng năm 2026",
              "(Kèm theo Báo cáo số 03-BC/CB ngày",
              // A.II drafted from the records (no shortcomings of 2026 entered yet)
              "nhiệm vụ hoàn thành trễ hạn", "đã hoàn thành nhưng chưa có minh chứng"})
            QVERIFY2(text.contains(QString::fromUtf8(s)), s);
        for (const char *s : {" 00 ", "chuyển đi 00", "Nhóm tiêu chí chung: ", "≥ 90 %",
                              "Hạn chế, khuyết điểm: ………"})
            QVERIFY2(!text.contains(QString::fromUtf8(s)), s);
        // the signature comes before the annex: the signer's name, then the annex's title
        const QString simple = text.simplified();
        QVERIFY(simple.indexOf(QStringLiteral("Nguyễn Thị Thanh Hương")) <
                simple.indexOf(QStringLiteral("PHỤ LỤC")));
        // late tasks contradict "Hoàn thành tốt nhiệm vụ" (100 % on time): the program warns
        QVERIFY(!warnings.isEmpty());
        QVERIFY(warnings.join(QLatin1Char(' ')).contains(QStringLiteral("trễ hạn")));
    }

    void documentsAreBuiltFromInputsAlone()
    {
        // The reports read a plain value: a plan laid out without any book.
        reports::ReportInputs in;
        in.request.kind = QStringLiteral("remediation-plan");
        in.request.year = 2026;
        in.request.date = QDate(2027, 2, 3);
        in.form = reports::ReportTemplate::forYear(in.request.kind, 2026);
        QVERIFY_THROWS_EXCEPTION(core::UserError, reports::ReportBuilder::build(in));
        in.hasCell = true;
        in.cell.name = QStringLiteral("Chi bộ Trường Thử Nghiệm");
        in.cell.superiorBody = QStringLiteral("Đảng ủy xã Thử");
        in.cell.place = QStringLiteral("Thử");
        core::Member secretary;
        secretary.id = 1;
        secretary.fullName = QStringLiteral("Lạc Văn Thư");
        secretary.role = core::Role::Secretary;
        in.members << secretary;
        in.nextNumber = 4;
        try {
            reports::ReportBuilder::build(in);
            QFAIL("a plan without shortcomings was built");
        } catch (const core::UserError &e) {
            QVERIFY(e.message().contains(QStringLiteral("Chưa có hạn chế, khuyết điểm nào")));
        }
        core::Shortcoming s;
        s.id = 1;
        s.reviewYear = 2026;
        s.title = QStringLiteral("Hạn chế trong việc ghi sổ");
        s.description = QStringLiteral("Sổ ghi chưa đầy đủ.");
        in.shortcomings << s;
        in.prose.insert(QStringLiteral("recipients"), QStringLiteral("- Nơi thử (b/c);\n- Lưu."));
        const reports::BuiltReport built = reports::ReportBuilder::build(in);
        const QString text = built.document.toText();
        QCOMPARE(built.symbol, QStringLiteral("04-KH/CB"));
        for (const char *s : {"CHI BỘ TRƯỜNG THỬ NGHIỆM", "Thử, ngày 03 tháng 02 năm 2027",
                              "Hạn chế trong việc ghi sổ", "Sổ ghi chưa đầy đủ.",
                              "- Nơi thử (b/c);", "Lạc Văn Thư"})
            QVERIFY2(text.contains(QString::fromUtf8(s)), s);
        QVERIFY(!reports::ReportBuilder::renderPdf(built, reports::ReportBuilder::style(in.cell),
                                                   in.request)
                     .isEmpty());
    }

    /// A document in the register reprints with its own number and date (and its records as
    /// of that date); a new version takes the next free number and the date asked for.
    void issuedDocumentsReprintWithTheirNumberAndDate_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<int>("year");
        QTest::addColumn<QString>("symbol");
        QTest::addColumn<QString>("dateLine");
        QTest::addColumn<QString>("nextSymbol");
        QTest::newRow("2025 remediation plan")
            << QStringLiteral("remediation-plan") << 2025 << QStringLiteral("06-KH/CB")
            << QStringLiteral("Vĩnh Phong, ngày 24 tháng 4 năm 2026") << QStringLiteral("07-KH/CB");
        QTest::newRow("2026 thematic plan")
            << QStringLiteral("thematic-plan") << 2026 << QStringLiteral("03-KH/CB")
            << QStringLiteral("Vĩnh Phong, ngày 01 tháng 02 năm 2026")
            << QStringLiteral("07-KH/CB");
        QTest::newRow("2025 self-review")
            << QStringLiteral("self-review") << 2025 << QStringLiteral("01-BC/CB")
            << QStringLiteral("Vĩnh Phong, ngày 10 tháng 12 năm 2025")
            << QStringLiteral("03-BC/CB");
    }
    void issuedDocumentsReprintWithTheirNumberAndDate()
    {
        QFETCH(QString, kind);
        QFETCH(int, year);
        QFETCH(QString, symbol);
        QFETCH(QString, dateLine);
        QFETCH(QString, nextSymbol);
        reports::ReportRequest req;
        req.kind = kind;
        req.year = year;
        req.date = QDate(2026, 11, 21);
        const reports::BuiltReport reprint = reportdata::ReportService(*m_db).build(req);
        QCOMPARE(reprint.symbol, symbol);
        QCOMPARE(reprint.document.header.dateLine, dateLine);
        QVERIFY(reprint.reprintOf);
        req.newVersion = true;
        const reports::BuiltReport fresh = reportdata::ReportService(*m_db).build(req);
        QCOMPARE(fresh.symbol, nextSymbol);
        QCOMPARE(fresh.document.header.dateLine,
                 QStringLiteral("Vĩnh Phong, ngày 21 tháng 11 năm 2026"));
        QVERIFY(!fresh.reprintOf);
        // An explicit number is taken as it is.
        req.newVersion = false;
        req.number = 12;
        QVERIFY(
            reportdata::ReportService(*m_db).build(req).symbol.startsWith(QStringLiteral("12-")));
    }

    /// Sentences as the secretary writes them (issue 19, "Language"; docs/report-templates.md).
    void wordingAsTheSecretaryWritesIt()
    {
        reports::ReportRequest q4;
        q4.kind = QStringLiteral("monthly-progress");
        q4.period = QStringLiteral("2026-Q4");
        q4.date = q4.today = QDate(2026, 11, 21);
        const reports::BuiltReport running = reportdata::ReportService(*m_db).build(q4);
        const QString text = running.document.toText();
        // a quarter not yet ended says how far it goes
        QCOMPARE(running.document.subjectLine,
                 QStringLiteral("Kết quả thực hiện nhiệm vụ quý IV năm 2026 (tính đến ngày "
                                "21/11/2026)"));
        // a conclusion to act on: "turn the conclusion of … into tasks", in that order
        const storage::PeriodProgress p =
            storage::Progress(*m_db).compute(*storage::Period::parse(q4.period), q4.today);
        for (const auto &c : p.pendingConclusions)
            QVERIFY(text.contains(QStringLiteral("Cụ thể hóa kết luận sinh hoạt ngày %1 thành "
                                                 "nhiệm vụ")
                                      .arg(text::shortDate(c.heldOn))));
        QVERIFY(!text.contains(QStringLiteral("Cụ thể hóa thành nhiệm vụ kết luận")));
        // "the overdue first" only when some are overdue, with how many
        QCOMPARE(text.contains(QStringLiteral("ưu tiên")), p.figures.overdue > 0);
        if (p.figures.overdue > 0)
            QVERIFY(text.contains(QStringLiteral("ưu tiên %1 nhiệm vụ đã quá hạn")
                                      .arg(text::twoDigits(p.figures.overdue))));
        // highlights list no task done late
        for (const auto &t : p.tasks)
            if (t.doneByEnd && !core::task_rules::onTime(t.task))
                QVERIFY2(!text.contains(QStringLiteral("- %1 (đồng chí").arg(t.task.title)),
                         qPrintable(t.task.title));
        // a member whose task shows a report is not listed as not reporting
        for (const auto &t : p.tasks)
            if (t.report && !t.ownerName.isEmpty())
                QVERIFY2(!p.membersNotReported.contains(t.ownerName), qPrintable(t.ownerName));
        // an ended period has no "so far"
        q4.period = QStringLiteral("2026-10");
        QCOMPARE(reportdata::ReportService(*m_db).build(q4).document.subjectLine,
                 QStringLiteral("Kết quả thực hiện nhiệm vụ tháng 10 năm 2026"));

        // the self-review: the responsibility sentence whole, remedies without file counts
        reports::ReportRequest review;
        review.kind = QStringLiteral("self-review");
        review.year = 2026;
        review.date = QDate(2026, 11, 21);
        const QString self = reportdata::ReportService(*m_db).build(review).document.toText();
        QVERIFY(self.contains(QStringLiteral("chịu trách nhiệm với vai trò người đứng đầu")));
        QVERIFY(!self.contains(QStringLiteral("tệp minh chứng)")));
        QVERIFY(self.contains(QStringLiteral("nhiệm vụ có minh chứng; đ")));
        // the plan names who leads a remedy once per shortcoming
        reports::ReportRequest plan;
        plan.kind = QStringLiteral("remediation-plan");
        plan.year = 2025;
        const QString planText = reportdata::ReportService(*m_db).build(plan).document.toText();
        const qsizetype items = planText.count(QStringLiteral("[sub] e) Trách nhiệm thực hiện"));
        QVERIFY(items > 0);
        QVERIFY(planText.count(QStringLiteral("chịu trách nhiệm chính")) <= items);
    }

    /// The signature band never stands alone on a page: whatever the length of the body (a
    /// run of one-line paragraphs, or one long paragraph, or a table at the end), the page with
    /// the band carries at least two lines of the body above it.
    void signatureBandNeverStandsAlone_data()
    {
        QTest::addColumn<QString>("ending");
        QTest::newRow("short paragraphs") << QStringLiteral("short");
        QTest::newRow("a long paragraph") << QStringLiteral("long");
        QTest::newRow("a table") << QStringLiteral("table");
    }
    void signatureBandNeverStandsAlone()
    {
        QFETCH(QString, ending);
        const double mm = 72 / 25.4;
        int alone = 0, bandOnLaterPage = 0;
        for (int n = 14; n <= 40; ++n) {
            reports::Document d;
            d.header.superiorBody = QStringLiteral("ĐẢNG BỘ XÃ THỬ");
            d.header.issuingBody = QStringLiteral("CHI BỘ THỬ");
            d.header.numberLine = QStringLiteral("Số 01-KH/CB");
            d.header.dateLine = QStringLiteral("Thử, ngày 01 tháng 12 năm 2026");
            d.kindTitle = QStringLiteral("KẾ HOẠCH");
            d.subjectLine = QStringLiteral("Thử ngắt trang");
            const QString line = QStringLiteral("Dòng thân văn bản để thử ngắt trang.");
            for (int i = 0; i < n; ++i)
                d.body << reports::Block::paragraph(line);
            if (ending == QLatin1String("long")) {
                d.body << reports::Block::paragraph(
                    QStringList(8, QStringLiteral("Câu dài của đoạn cuối, viết ra để đoạn văn "
                                                  "chiếm nhiều dòng trên trang."))
                        .join(QLatin1Char(' ')));
            } else if (ending == QLatin1String("table")) {
                reports::Block t;
                t.kind = reports::BlockKind::Table;
                t.table.columnWeights = {1, 5};
                t.table.rows << QStringList{QStringLiteral("STT"), QStringLiteral("Nội dung")};
                for (int r = 1; r <= 6; ++r)
                    t.table.rows << QStringList{QString::number(r), line};
                d.body << t;
            }
            d.closing.recipients = {QStringLiteral("- Lưu.")};
            d.closing.signerName = QStringLiteral("Người Ký Thử");
            const auto doc = Poppler::Document::loadFromData(
                reports::PdfLayout(reports::DocumentStyle()).renderPdf(d, {}));
            QVERIFY(doc);
            const int last = doc->numPages() - 1;
            const auto page = doc->page(last);
            double bandTop = 1e9;
            for (const auto &w : page->textList())
                if (w->text() == QStringLiteral("T/M"))
                    bandTop = std::min(bandTop, w->boundingBox().top());
            QVERIFY2(bandTop < 1e9, "no signature band on the last page");
            QSet<int> bodyLines;
            for (const auto &w : page->textList()) {
                const QRectF r = w->boundingBox();
                if (r.bottom() > 20 * mm && r.bottom() <= bandTop)
                    bodyLines.insert(int(r.top()));
            }
            if (last > 0) {
                ++bandOnLaterPage;
                if (bodyLines.size() < 2)
                    ++alone;
            }
        }
        QVERIFY(bandOnLaterPage > 0); // the lengths do reach a second page
        QCOMPARE(alone, 0);
    }

    /// A table never starts at the foot of a page with its heading row alone, or with only
    /// one row under it: whatever the text before it, the page where it starts carries the
    /// heading and at least two rows (or the table starts on the next page).
    void tableStartsWithAtLeastTwoRows()
    {
        int starts = 0;
        for (int n = 20; n <= 34; ++n) {
            reports::Document d;
            d.header.superiorBody = QStringLiteral("ĐẢNG BỘ XÃ THỬ");
            d.header.issuingBody = QStringLiteral("CHI BỘ THỬ");
            d.header.dateLine = QStringLiteral("Thử, ngày 01 tháng 12 năm 2026");
            d.kindTitle = QStringLiteral("BÁO CÁO");
            d.subjectLine = QStringLiteral("Thử bảng");
            for (int i = 0; i < n; ++i)
                d.body << reports::Block::paragraph(QStringLiteral("Dòng thân văn bản để thử."));
            // a heading kept with the table
            reports::Block heading = reports::Block::paragraph(QStringLiteral("Bảng điểm thử"));
            heading.kind = reports::BlockKind::Item;
            heading.label = QStringLiteral("1.");
            d.body << heading;
            reports::Block t;
            t.kind = reports::BlockKind::Table;
            t.table.columnWeights = {1, 5};
            t.table.rows << QStringList{QStringLiteral("STT"), QStringLiteral("Tiêu chí")};
            for (int r = 1; r <= 8; ++r)
                t.table.rows << QStringList{QStringLiteral("R%1").arg(r),
                                            QStringLiteral("Nội dung dòng %1").arg(r)};
            d.body << t;
            d.closing.signerName = QStringLiteral("Người Ký Thử");
            const auto doc = Poppler::Document::loadFromData(
                reports::PdfLayout(reports::DocumentStyle()).renderPdf(d, {}));
            QVERIFY(doc);
            for (int p = 0; p < doc->numPages(); ++p) {
                const QString text = doc->page(p)->text(QRectF());
                if (!text.contains(QStringLiteral("STT")))
                    continue;
                ++starts;
                QVERIFY2(text.contains(QStringLiteral("Bảng điểm thử")), qPrintable(text.left(80)));
                QVERIFY2(text.contains(QStringLiteral("R2")),
                         qPrintable(QStringLiteral("%1 paragraphs: the table starts on page %2 "
                                                   "with fewer than two rows")
                                        .arg(n)
                                        .arg(p + 1)));
                break;
            }
        }
        QCOMPARE(starts, 15);
    }

    void missingYearIsAnError()
    {
        reports::ReportRequest req;
        req.kind = QStringLiteral("self-review");
        req.year = 2015;
        QVERIFY_THROWS_EXCEPTION(storage::StorageError,
                                 reportdata::ReportService(*m_db).build(req));
    }

    static std::unique_ptr<Poppler::Document> renderRequest(const storage::Database &db,
                                                            const reports::ReportRequest &req,
                                                            reports::RenderResult *result)
    {
        return Poppler::Document::loadFromData(
            reportdata::ReportService(db).renderPdf(req, result));
    }

    void missingDeputyIsWarnedAbout()
    {
        // A cell whose records name no deputy secretary: the summary the deputy signs says so.
        const storage::Database db = storage::Database::openInMemory();
        core::Cell cell;
        cell.name = QStringLiteral("Chi bộ Trường Thử");
        cell.superiorBody = QStringLiteral("Đảng bộ xã Thử");
        cell.place = QStringLiteral("Thử");
        storage::CellRepository(db).saveCell(cell);
        core::Member secretary;
        secretary.fullName = QStringLiteral("Lưu Thị Bí Thư");
        secretary.role = core::Role::Secretary;
        secretary.admittedOn = QDate(2010, 1, 1);
        secretary.fullOn = QDate(2011, 1, 1);
        storage::MemberRepository(db).save(secretary);
        reports::ReportRequest req;
        req.kind = QStringLiteral("monthly-progress");
        req.period = QStringLiteral("2026-10");
        req.date = QDate(2026, 11, 5);
        req.today = QDate(2026, 11, 21);
        const reports::BuiltReport built = reportdata::ReportService(db).build(req);
        QVERIFY2(built.warnings.contains(QStringLiteral(
                     "Sổ chưa có đồng chí Phó Bí thư: chỗ ghi tên người ký để trống.")),
                 qPrintable(built.warnings.join(QLatin1Char('|'))));
        // With the deputy the demo cell has, no such warning.
        req.period = QStringLiteral("2026-10");
        QVERIFY(!reportdata::ReportService(*m_db)
                     .build(req)
                     .warnings.join(QLatin1Char(' '))
                     .contains(QStringLiteral("Phó Bí thư")));
    }

    void monthlyProgressSignedByTheDeputy()
    {
        reports::ReportRequest req;
        req.kind = QStringLiteral("monthly-progress");
        req.period = QStringLiteral("2026-10");
        req.date = QDate(2026, 11, 5);
        req.today = QDate(2026, 11, 21);
        reports::RenderResult r;
        auto doc = renderRequest(*m_db, req, &r);
        QVERIFY(doc);
        const QString text = allText(*doc);
        QVERIFY(text.contains(QStringLiteral("Kết quả thực hiện nhiệm vụ tháng 10 năm 2026")));
        QVERIFY(r.symbol.endsWith(QStringLiteral("-BC/CB")));
        // the figures of the month view (sochibo-cli month gives the same)
        const storage::PeriodProgress p =
            storage::Progress(*m_db).compute(*storage::Period::month(req.period), req.today);
        QVERIFY(p.figures.active > 0);
        QVERIFY(text.contains(QStringLiteral("Nhiệm vụ thực hiện trong kỳ: %1")
                                  .arg(text::countOrNone(p.figures.active))));
        QVERIFY(text.contains(QStringLiteral("Hoàn thành trong kỳ: %1 (đúng hạn: %2; trễ hạn: %3)")
                                  .arg(text::countOrNone(p.figures.done),
                                       text::countOrNone(p.figures.onTime),
                                       text::countOrNone(p.figures.late))));
        QVERIFY(!text.contains(QStringLiteral(": 00")));
        // one table: each remedy group is a lettered row across it
        QVERIFY(text.contains(QStringLiteral("a) Khắc phục hạn chế"))); // not "Khắc phục: Hạn chế"
        QVERIFY(!text.contains(QStringLiteral("Khắc phục: ")));
        QVERIFY(text.contains(QStringLiteral("STT Nhiệm vụ Người")));
        const qsizetype sign = text.lastIndexOf(QStringLiteral("T/M CHI BỘ"));
        QVERIFY(sign > 0);
        QVERIFY(text.indexOf(QStringLiteral("PHÓ BÍ THƯ"), sign) > sign);
        QVERIFY(text.indexOf(QStringLiteral("Trần Văn Khải"), sign) > sign);

        req.signer = QStringLiteral("secretary");
        req.groupBy = QStringLiteral("member");
        req.period = QStringLiteral("2026-Q4");
        auto bySecretary = renderRequest(*m_db, req, &r);
        const QString quarter = allText(*bySecretary);
        QVERIFY(quarter.contains(QStringLiteral("Kết quả thực hiện nhiệm vụ quý IV năm 2026")));
        QVERIFY(quarter.contains(QStringLiteral("a) Đồng chí ")));
        const qsizetype sign2 = quarter.lastIndexOf(QStringLiteral("T/M CHI BỘ"));
        QVERIFY(!quarter.mid(sign2).contains(QStringLiteral("PHÓ BÍ THƯ")));
        QVERIFY(quarter.indexOf(QStringLiteral("Nguyễn Thị Thanh Hương"), sign2) > sign2);

        req.period = QStringLiteral("2026-13");
        try {
            reportdata::ReportService(*m_db).build(req);
            QFAIL("a thirteenth month was accepted");
        } catch (const storage::StorageError &e) {
            QVERIFY(e.message().contains(QStringLiteral("2026-Q2")));
        }
    }

    void taskTableIsLandscapeWithHeaderRepeated()
    {
        reports::ReportRequest req;
        req.kind = QStringLiteral("task-table");
        req.from = QDate(2026, 4, 1);
        req.to = QDate(2026, 11, 30);
        req.date = QDate(2026, 11, 21);
        reports::RenderResult r;
        auto doc = renderRequest(*m_db, req, &r);
        QVERIFY(doc);
        QVERIFY(doc->numPages() >= 2);
        QVERIFY(r.symbol.isEmpty()); // not a numbered document
        const double mm = 72.0 / 25.4;
        for (int i = 0; i < doc->numPages(); ++i) {
            const QSizeF size = doc->page(i)->pageSizeF();
            QVERIFY2(qAbs(size.width() - 842) < 2 && qAbs(size.height() - 595) < 2, "A4 landscape");
            for (const auto &w : doc->page(i)->textList()) {
                const QRectF b = w->boundingBox();
                if (b.bottom() < 20 * mm)
                    continue; // the page number
                QVERIFY(b.left() >= 30 * mm - 1.5 * mm &&
                        b.right() <= size.width() - 15 * mm + 1.5 * mm &&
                        b.bottom() <= size.height() - 20 * mm + 1.5 * mm);
            }
        }
        const QString first = doc->page(0)->text(QRectF()).simplified();
        QVERIFY(first.contains(QStringLiteral("BẢNG THEO DÕI")));
        QVERIFY(first.contains(QStringLiteral("từ ngày 01/04/2026 đến ngày 30/11/2026")));
        // page 2 opens with the repeated header row, under its page number
        const QString second = doc->page(1)->text(QRectF()).simplified();
        QVERIFY2(second.startsWith(QStringLiteral("2 STT Nhiệm vụ Người phụ trách Thời hạn")),
                 qPrintable(second.left(80)));
        QVERIFY(second.contains(QStringLiteral("Minh chứng")));
        QVERIFY(second.contains(QStringLiteral("Nhận xét")));
        const QString all = allText(*doc);
        // the committee's own comments where it made them; no stock phrase
        QVERIFY(all.contains(QStringLiteral("đề nghị nộp kèm ảnh chụp buổi làm việc")));
        QVERIFY(!all.contains(QStringLiteral("Chi ủy ghi nhận.")));
        QVERIFY(all.contains(QStringLiteral("Hoàn thành")));
    }

    void commitmentFormsOnePerPage()
    {
        reports::ReportRequest req;
        req.kind = QStringLiteral("commitment");
        req.year = 2026;
        req.allMembers = true;
        req.date = QDate(2026, 11, 21);
        reports::RenderResult r;
        auto doc = renderRequest(*m_db, req, &r);
        QVERIFY(doc);
        const QList<core::Commitment> all = storage::ReviewRepository(*m_db).commitments(2026);
        QVERIFY(all.size() > 5);
        QCOMPARE(doc->numPages(), int(all.size()));
        const auto names = storage::MemberRepository(*m_db).names();
        QSet<QString> seen;
        for (int i = 0; i < doc->numPages(); ++i) {
            const QString page = doc->page(i)->text(QRectF()).simplified();
            QVERIFY(page.startsWith(QStringLiteral("ĐẢNG BỘ XÃ VĨNH PHONG")));
            QVERIFY(page.contains(QStringLiteral("BẢN CAM KẾT")));
            // the committee confirms: T/M CHI ỦY, the secretary (the deputy for her own form)
            QVERIFY(page.contains(QStringLiteral("T/M CHI ỦY")));
            QVERIFY(!page.contains(QStringLiteral("XÁC NHẬN CỦA CHI ỦY")));
            // the lead cites last year's review only for a member rated then (Thảo, admitted
            // in November 2025, and Hiếu, admitted in 2026, were not)
            const bool notRated = page.contains(QStringLiteral("Tôi là: Mai Thị Thảo")) ||
                                  page.contains(QStringLiteral("Tôi là: Ngô Minh Hiếu"));
            QCOMPARE(page.contains(QStringLiteral("Căn cứ kết quả kiểm điểm năm 2025 và")),
                     !notRated);
            QVERIFY(page.contains(QStringLiteral("NGƯỜI CAM KẾT")));
            const qsizetype at = page.indexOf(QStringLiteral("Tôi là: "));
            QVERIFY(at > 0);
            const QString who = page.mid(at + 8).section(QLatin1Char(';'), 0, 0);
            QVERIFY2(names.values().contains(who), qPrintable(who));
            QVERIFY(page.endsWith(who)); // the member signs at the bottom
            seen.insert(who);
        }
        QCOMPARE(seen.size(), doc->numPages());
        // the one member on the roster without a commitment is named
        QCOMPARE(r.warnings.size(), 1);
        QVERIFY(r.warnings[0].contains(QStringLiteral("chưa có bản cam kết")));

        req.allMembers = false;
        req.memberId = all.first().memberId;
        auto one = renderRequest(*m_db, req, &r);
        QCOMPARE(one->numPages(), 1);
        req.year = 2019;
        try {
            reportdata::ReportService(*m_db).build(req);
            QFAIL("a commitment that does not exist was printed");
        } catch (const storage::StorageError &e) {
            QVERIFY(e.message().contains(QStringLiteral("chưa có bản cam kết năm 2019")));
        }
    }

    /// Our PDF writer against Qt's: the same pages, the same words in the same places, and
    /// the same rules and boxes when rendered.
    void ownWriterMatchesQtWriter_data()
    {
        signedDocuments();
        QTest::newRow("task table, landscape") << QStringLiteral("task-table") << 2026;
        QTest::newRow("all commitments") << QStringLiteral("commitment") << 2026;
    }
    void ownWriterMatchesQtWriter()
    {
        QFETCH(QString, kind);
        QFETCH(int, year);
        reports::ReportRequest req;
        req.kind = kind;
        req.year = year;
        req.date = QDate(2026, 11, 21);
        req.from = QDate(2026, 4, 1);
        req.to = QDate(2026, 11, 30);
        req.allMembers = true;
        reports::RenderResult ours, qts;
        const QByteArray ourPdf = reportdata::ReportService(*m_db).renderPdf(req, &ours);
        req.qtWriter = true;
        const QByteArray qtPdf = reportdata::ReportService(*m_db).renderPdf(req, &qts);
        auto a = Poppler::Document::loadFromData(ourPdf);
        auto b = Poppler::Document::loadFromData(qtPdf);
        QVERIFY(a && b);
        QCOMPARE(a->numPages(), b->numPages());
        QCOMPARE(a->numPages(), ours.pages);
        QCOMPARE(a->info(QStringLiteral("Title")), b->info(QStringLiteral("Title")));
        QCOMPARE(a->info(QStringLiteral("Creator")), b->info(QStringLiteral("Creator")));
        QCOMPARE(a->info(QStringLiteral("Producer")), a->info(QStringLiteral("Creator")));
        QVERIFY(b->info(QStringLiteral("Producer")).startsWith(QStringLiteral("Qt ")));
        QCOMPARE(a->date(QStringLiteral("CreationDate")).isValid(), true);
        for (const Poppler::FontInfo &f : a->fonts()) {
            QVERIFY2(f.isEmbedded() && f.isSubset(), qPrintable(f.name()));
            QVERIFY(f.name().contains(QStringLiteral("+SoChiBoSerif")));
        }
        qsizetype rules = 0;
        for (int i = 0; i < a->numPages(); ++i) {
            auto pa = a->page(i), pb = b->page(i);
            QCOMPARE(pa->pageSizeF(), pb->pageSizeF());
            const auto wa = pa->textList(), wb = pb->textList();
            QCOMPARE(wa.size(), wb.size());
            for (size_t k = 0; k < wa.size(); ++k) {
                QCOMPARE(wa[k]->text(), wb[k]->text());
                const QRectF ra = wa[k]->boundingBox(), rb = wb[k]->boundingBox();
                QVERIFY2(qAbs(ra.left() - rb.left()) < 0.2 && qAbs(ra.right() - rb.right()) < 0.2 &&
                             qAbs(ra.top() - rb.top()) < 0.2,
                         qPrintable(
                             QStringLiteral("page %1, “%2” moved").arg(i + 1).arg(wa[k]->text())));
            }
            // The drawing: every rule, box edge and underline, as the long straight runs of
            // ink in the rendered page, at the same places. (Glyph pictures are left to the
            // word boxes above: Qt rounds font sizes to whole device units and we do not, so
            // Poppler's anti-aliased glyphs differ here and there by a shade.)
            const QList<QLine> ours = longRuns(pa->renderToImage(100, 100));
            const QList<QLine> qts = longRuns(pb->renderToImage(100, 100));
            rules += ours.size();
            QCOMPARE(ours.size(), qts.size());
            for (qsizetype k = 0; k < ours.size(); ++k) {
                const QLine &x = ours[k], &y = qts[k];
                QVERIFY2(qAbs(x.x1() - y.x1()) <= 1 && qAbs(x.y1() - y.y1()) <= 1 &&
                             qAbs(x.x2() - y.x2()) <= 1 && qAbs(x.y2() - y.y2()) <= 1,
                         qPrintable(QStringLiteral("page %1: a rule moved").arg(i + 1)));
            }
        }
        QVERIFY(rules > 0); // at least the rule under the party's name
    }

    /// The horizontal and vertical runs of ink at least 40 pixels long: rules and box edges
    /// (no letter is that long at 100 dpi).
    static QList<QLine> longRuns(const QImage &page)
    {
        const QImage g = page.convertToFormat(QImage::Format_Grayscale8);
        const auto dark = [&](int x, int y) {
            return g.constScanLine(y)[x] < 128;
        };
        QList<QLine> runs;
        for (int y = 0; y < g.height(); ++y) {
            for (int x = 0; x < g.width();) {
                int end = x;
                while (end < g.width() && dark(end, y))
                    ++end;
                if (end - x >= 40)
                    runs << QLine(x, y, end - 1, y);
                x = end + 1;
            }
        }
        for (int x = 0; x < g.width(); ++x) {
            for (int y = 0; y < g.height();) {
                int end = y;
                while (end < g.height() && dark(x, end))
                    ++end;
                if (end - y >= 40)
                    runs << QLine(x, y, x, end - 1);
                y = end + 1;
            }
        }
        return runs;
    }

    void trueTypeSubsetKeepsOnlyTheGlyphsUsed()
    {
        QFile file(QStringLiteral(":/fonts/SoChiBoSerif-Regular.ttf"));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        const QRawFont raw(bytes, 14);
        QVERIFY(raw.isValid());
        const QRawFont design(bytes, raw.unitsPerEm(), QFont::PreferNoHinting); // font units
        const auto fontFace = reports::FontFace::fromData(bytes);
        QVERIFY(fontFace);
        QCOMPARE(fontFace->family(), QStringLiteral("SoChiBo Serif"));
        QVERIFY(!fontFace->bold() && !fontFace->italic());
        const auto face = fontFace->embedding();
        QVERIFY(face);
        QCOMPARE(face->postScriptName(), QByteArray("SoChiBoSerif-Regular"));
        // Text extraction needs glyph → character: "Đ", "ặ" and "ư" come back as themselves.
        for (const QString &s : {QStringLiteral("Đ"), QStringLiteral("ặ"), QStringLiteral("ư")}) {
            const QList<quint32> g = raw.glyphIndexesForString(s);
            QCOMPARE(g.size(), 1);
            QCOMPARE(face->character(g[0]), char32_t(s.toUcs4().first()));
            QCOMPARE(face->width(g[0]),
                     qRound(design.advancesForGlyphIndexes(g)[0].x() * 1000 / raw.unitsPerEm()));
        }
        const QList<quint32> text = raw.glyphIndexesForString(QStringLiteral("Đặng"));
        QList<quint32> glyphs = QList<quint32>{0} + text;
        const QByteArray subset = face->subset(glyphs);
        QVERIFY(subset.size() < bytes.size() / 10);
        // "ặ" is a composite: its parts were appended after the glyphs asked for.
        QVERIFY(glyphs.size() > 5);
        QCOMPARE(glyphs.mid(0, 5), QList<quint32>{0} + text);
        // The subset is a font Qt can load, glyph i being glyphs[i] with its outline and width.
        const QRawFont small(subset, raw.unitsPerEm(), QFont::PreferNoHinting);
        QVERIFY(small.isValid());
        QCOMPARE(small.fontTable("maxp").mid(4, 2).toHex(),
                 QByteArray::number(glyphs.size(), 16).rightJustified(4, '0'));
        for (int i = 1; i < glyphs.size(); ++i) {
            QCOMPARE(small.advancesForGlyphIndexes({quint32(i)}),
                     design.advancesForGlyphIndexes({glyphs[i]}));
            // FreeType may place an outline a unit (1/2048 em) apart: same points otherwise.
            const QPainterPath p = small.pathForGlyph(quint32(i));
            const QPainterPath q = design.pathForGlyph(glyphs[i]);
            QCOMPARE(p.elementCount(), q.elementCount());
            const QRectF r = p.boundingRect(), e = q.boundingRect();
            QVERIFY(qAbs(r.left() - e.left()) <= 1 && qAbs(r.right() - e.right()) <= 1 &&
                    qAbs(r.top() - e.top()) <= 1 && qAbs(r.bottom() - e.bottom()) <= 1);
        }
        QVERIFY(small.pathForGlyph(quint32(glyphs.size())).isEmpty()); // nothing else
    }

    /// The layout's text engine on its own, at the PDF's 1200 dpi: every character on exactly
    /// one line and in order, no line wider than its room, lines broken only after a space,
    /// justified lines reaching the right edge, the last line at its natural width.
    void shaperFillsLinesWithinTheWidth()
    {
        const reports::TextShaper shaper(reports::reportFonts(), 1200);
        const QString text = QStringLiteral(
            "Chi ủy rà soát danh mục nhiệm vụ tại kỳ sinh hoạt hằng tháng; nhiệm vụ chậm được "
            "nêu tên và xác định lại thời hạn, người phụ trách báo cáo kết quả kèm minh chứng.");
        const double width = 1200 * 60 / 25.4, indent = 1200 * 10 / 25.4; // 60 mm, 10 mm
        const QList<reports::TextLine> lines = shaper.layout(
            {reports::Run{text, false, false, false}}, 14, width, indent, Qt::AlignJustify);
        QVERIFY(lines.size() >= 4);
        int next = 0;
        for (int i = 0; i < lines.size(); ++i) {
            const reports::TextLine &l = lines[i];
            QCOMPARE(l.start, next);
            next += l.length;
            const double room = width - (i == 0 ? indent : 0);
            QVERIFY(l.width > room * 0.6 || i + 1 == lines.size());
            QVERIFY(l.width <= room + 0.01);
            int end = l.start + l.length;
            while (text[end - 1] == QLatin1Char(' '))
                --end;
            if (i + 1 < lines.size()) {
                QCOMPARE(text[l.start + l.length - 1], QLatin1Char(' '));
                QVERIFY(qAbs(l.cursorToX(end) - width) < 0.5); // justified
            } else {
                QVERIFY(qAbs(l.cursorToX(end) - l.width) < 0.5); // natural
            }
            // one glyph per letter (all precomposed in the font), none for the closing space
            int glyphs = 0;
            for (const reports::GlyphRun &r : l.runs)
                glyphs += int(r.glyphs.size());
            QCOMPARE(glyphs, end - l.start);
        }
        QCOMPARE(next, int(text.size()));
    }

    void shaperBreaksLongWordsAndAtLineBreaks()
    {
        const reports::TextShaper shaper(reports::reportFonts(), 1200);
        const QString word = QStringLiteral("Đảngcộngsảnviệtnamquangvinhmuônnăm");
        const double natural = shaper.line(word, 14).width;
        const double width = natural / 3;
        const auto broken = shaper.layout({reports::Run{word, false, false, false}}, 14, width);
        QVERIFY(broken.size() >= 3);
        QString rejoined;
        for (const reports::TextLine &l : broken) {
            QVERIFY(l.width <= width + 0.01);
            rejoined += word.mid(l.start, l.length);
        }
        QCOMPARE(rejoined, word);
        // a word only a little too long runs into the overrun instead
        const auto whole = shaper.layout({reports::Run{word, false, false, false}}, 14,
                                         natural - 10, 0, Qt::AlignLeft, 20);
        QCOMPARE(whole.size(), 1);
        // a line break ends a line, which is then not justified
        const QString two = QStringLiteral("Dòng một\nDòng hai dài hơn");
        const auto lines = shaper.layout({reports::Run{two, false, false, false}}, 14, natural * 2,
                                         0, Qt::AlignJustify);
        QCOMPARE(lines.size(), 2);
        QCOMPARE(two.mid(lines[1].start, lines[1].length), QStringLiteral("Dòng hai dài hơn"));
        QVERIFY(qAbs(lines[0].cursorToX(8) - lines[0].width) < 0.5);
    }

    /// Kerning comes from the font, and a letter typed with combining marks is drawn with
    /// the font's precomposed glyph, as the same letter typed precomposed.
    void shaperKernsAndComposesMarks()
    {
        const reports::TextShaper shaper(reports::reportFonts(), 1200);
        const double av = shaper.line(QStringLiteral("AV"), 14).width;
        QVERIFY(av < shaper.line(QStringLiteral("A"), 14).width +
                         shaper.line(QStringLiteral("V"), 14).width - 1);
        const reports::TextLine nfc = shaper.line(QStringLiteral("ặ"), 14);
        const reports::TextLine nfd = shaper.line(QStringLiteral("a\u0323\u0306"), 14);
        QCOMPARE(nfc.runs.size(), 1);
        QCOMPARE(nfd.runs.size(), 1);
        QCOMPARE(nfd.runs[0].glyphs, nfc.runs[0].glyphs);
        QCOMPARE(nfc.runs[0].glyphs.size(), 1);
        // bold and italic runs are shaped with their own faces
        const auto mixed = shaper.layout({reports::Run{QStringLiteral("Nơi "), true, false, false},
                                          reports::Run{QStringLiteral("nhận"), false, true, false}},
                                         14, 1e6);
        QCOMPARE(mixed.size(), 1);
        QCOMPARE(mixed[0].runs.size(), 2);
        QVERIFY(mixed[0].runs[0].face->bold() && !mixed[0].runs[0].face->italic());
        QVERIFY(mixed[0].runs[1].face->italic() && !mixed[0].runs[1].face->bold());
    }

    void damagedFontTablesAreRefused()
    {
        QFile file(QStringLiteral(":/fonts/SoChiBoSerif-Bold.ttf"));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QRawFont raw(file.readAll(), 14);
        QHash<QByteArray, QByteArray> tables;
        for (const char *tag : {"head", "hhea", "maxp", "loca", "glyf", "hmtx", "cmap"})
            tables.insert(tag, raw.fontTable(tag));
        QVERIFY(reports::TrueTypeFace::fromTables(tables, "X"));
        auto cut = tables;
        cut["loca"].chop(8); // fewer offsets than glyphs
        QVERIFY(!reports::TrueTypeFace::fromTables(cut, "X"));
        cut = tables;
        cut["glyf"].truncate(cut["glyf"].size() / 2); // offsets beyond the outlines
        QVERIFY(!reports::TrueTypeFace::fromTables(cut, "X"));
        cut = tables;
        cut.remove("glyf"); // CFF outlines: not for this writer
        QVERIFY(!reports::TrueTypeFace::fromTables(cut, "X"));
        cut = tables;
        cut["cmap"] = QByteArray(3, '\xff'); // a broken cmap only loses the text mapping
        const auto face = reports::TrueTypeFace::fromTables(cut, "X");
        QVERIFY(face);
        QCOMPARE(face->character(raw.glyphIndexesForString(QStringLiteral("A")).first()),
                 char32_t(0));
    }

    static reports::Document smallDocument(const QString &body)
    {
        reports::Document doc;
        doc.title = QStringLiteral("Thử phông");
        doc.header.superiorBody = QStringLiteral("ĐẢNG BỘ XÃ VĨNH PHONG");
        doc.header.issuingBody = QStringLiteral("CHI BỘ TRƯỜNG TIỂU HỌC");
        doc.header.dateLine = QStringLiteral("Vĩnh Phong, ngày 21 tháng 11 năm 2026");
        doc.kindTitle = QStringLiteral("KẾ HOẠCH");
        doc.subjectLine = QStringLiteral("Đặng Văn Bình thử phông chữ");
        doc.body << reports::Block::paragraph(body);
        return doc;
    }

    /// A heading word wider than its column's share ("STT" in a column of weight 1 of 30)
    /// widens the column instead of breaking into "ST" / "T"; the data cells of the other
    /// columns keep their words, and the demo's self-review annex reads "STT" too.
    void tableHeadingsNeverBreakInsideAWord()
    {
        reports::Document doc = smallDocument(QStringLiteral("Bảng thử."));
        reports::Block table;
        table.kind = reports::BlockKind::Table;
        table.table.columnWeights = {1, 20, 9};
        table.table.rows = {
            {QStringLiteral("STT"), QStringLiteral("Nhiệm vụ"), QStringLiteral("Minh chứng")},
            {QStringLiteral("1"), QStringLiteral("Rà soát danh mục nhiệm vụ"),
             QStringLiteral("Có (1)")}};
        table.table.centeredColumns = {0, 2};
        doc.body << table;
        auto read = Poppler::Document::loadFromData(reports::PdfLayout({}).renderPdf(doc));
        QVERIFY(read);
        QStringList words;
        for (const auto &w : read->page(0)->textList())
            words << w->text();
        QVERIFY2(words.contains(QStringLiteral("STT")), qPrintable(words.join(' ')));
        QVERIFY(!words.contains(QStringLiteral("ST")));
        QVERIFY(words.contains(QStringLiteral("chứng")));

        auto review = render(QStringLiteral("self-review"), 2026);
        QVERIFY(review);
        int headings = 0;
        for (int i = 0; i < review->numPages(); ++i) {
            for (const auto &w : review->page(i)->textList()) {
                headings += w->text() == QLatin1String("STT") ? 1 : 0;
                QVERIFY2(w->text() != QLatin1String("ST"), qPrintable(QString::number(i + 1)));
            }
        }
        QVERIFY(headings >= 2); // the figures table and the annex
    }

    /// A character the report font lacks is drawn with an installed font that has it: the
    /// check mark from DejaVu (fonts-dejavu-core, a test package), embedded and extracted
    /// as itself. A character no font has is reported, and the report says which.
    void missingCharactersComeFromAnInstalledFont()
    {
        const QString text = QStringLiteral("Đã xong ✓ đúng hạn; ký hiệu lạ \u0378 ở đây.");
        reports::PdfLayout::Result rendered;
        const QByteArray pdf = reports::PdfLayout({}).renderPdf(smallDocument(text), {}, &rendered);
        auto read = Poppler::Document::loadFromData(pdf);
        QVERIFY(read);
        QVERIFY(allText(*read).contains(QStringLiteral("Đã xong ✓ đúng hạn;")));
        QStringList fonts;
        for (const Poppler::FontInfo &f : read->fonts()) {
            QVERIFY2(f.isEmbedded() && f.isSubset(), qPrintable(f.name()));
            fonts << f.name();
        }
        QVERIFY2(fonts.filter(QStringLiteral("+DejaVu")).size() == 1, qPrintable(fonts.join(' ')));
        QCOMPARE(rendered.missing, QList<char32_t>{0x378});

        // The same from the records, as the user sees it: a warning beside the PDF.
        const QString key = QStringLiteral("purpose");
        storage::CellRepository(*m_db).setProse(QStringLiteral("remediation-plan"), 2025, key,
                                                text);
        reports::RenderResult result;
        reports::ReportRequest req;
        req.kind = QStringLiteral("remediation-plan");
        req.year = 2025;
        req.date = QDate(2026, 11, 21);
        reportdata::ReportService(*m_db).renderPdf(req, &result);
        storage::CellRepository(*m_db).setProse(QStringLiteral("remediation-plan"), 2025, key,
                                                QString());
        QVERIFY2(result.warnings.contains(
                     QStringLiteral("Phông chữ của văn bản và các phông cài trên máy đều không "
                                    "có ký tự “\u0378” (U+0378): chỗ đó in ra ô trống.")),
                 qPrintable(result.warnings.join('\n')));
    }

    /// A font our writer cannot embed (CFF outlines, as in many .otf files) is not an error:
    /// the document comes out of Qt's writer instead, with the font embedded all the same.
    void fontWithCffOutlinesFallsBackToQtsWriter()
    {
        const QString family = QStringLiteral("Cantarell"); // fonts-cantarell, a test package
        QVERIFY2(QFontDatabase::hasFamily(family), "install fonts-cantarell (tools/sochibo.sh)");
        reports::DocumentStyle style;
        style.fontFamily = family;
        const reports::Document doc =
            smallDocument(QStringLiteral("Nội dung đoạn văn có dấu tiếng Việt."));
        reports::PdfLayout::Result rendered;
        const QByteArray pdf = reports::PdfLayout(style).renderPdf(doc, {}, &rendered);
        const int pages = rendered.pages;
        auto read = Poppler::Document::loadFromData(pdf);
        QVERIFY(read);
        QVERIFY(read->info(QStringLiteral("Producer")).startsWith(QStringLiteral("Qt ")));
        QCOMPARE(read->numPages(), pages);
        bool cantarell = false;
        for (const Poppler::FontInfo &f : read->fonts()) {
            QVERIFY(f.isEmbedded());
            cantarell = cantarell || f.name().contains(family);
        }
        QVERIFY(cantarell);
        QVERIFY(allText(*read).contains(QStringLiteral("Nội dung đoạn văn có dấu tiếng Việt.")));
    }

    void goldenDocumentModels_data() { signedDocuments(); }
    void goldenDocumentModels()
    {
        QFETCH(QString, kind);
        QFETCH(int, year);
        reports::ReportRequest req;
        req.kind = kind;
        req.year = year;
        req.date = QDate(2026, 11, 21);
        compareWithGolden(reportdata::ReportService(*m_db).build(req).document.toText(),
                          QStringLiteral("%1-%2").arg(kind).arg(year));
    }

    /// Who the documents go to and who confirms them: the monthly report goes up to the
    /// superior committee, not to the cell's own committee that writes it; the secretary's own
    /// commitment and review are confirmed by the deputy secretary.
    void recipientsAndConfirmations()
    {
        reports::ReportRequest month;
        month.kind = QStringLiteral("monthly-progress");
        month.period = QStringLiteral("2026-10");
        month.date = QDate(2026, 11, 21);
        const reports::Document m = reportdata::ReportService(*m_db).build(month).document;
        QCOMPARE(m.closing.recipients.value(0), QStringLiteral("- Đảng bộ xã Vĩnh Phong (b/c);"));
        QVERIFY(!m.closing.recipients.join(QLatin1Char(' ')).contains(QStringLiteral("Chi ủy")));
        for (const QString &kind :
             {QStringLiteral("commitment"), QStringLiteral("member-review")}) {
            reports::ReportRequest own;
            own.kind = kind;
            own.year = 2026;
            own.memberId = 1; // Nguyễn Thị Thanh Hương, the secretary
            own.date = QDate(2026, 12, 22);
            const reports::Document d = reportdata::ReportService(*m_db).build(own).document;
            QCOMPARE(d.closing.signerName, QStringLiteral("Nguyễn Thị Thanh Hương"));
            QCOMPARE(d.closing.leftName, QStringLiteral("Trần Văn Khải")); // the deputy
            own.memberId = 4; // a teacher: the secretary confirms
            QCOMPARE(reportdata::ReportService(*m_db).build(own).document.closing.leftName,
                     QStringLiteral("Nguyễn Thị Thanh Hương"));
        }
    }

    /// The year-end review season's documents, as golden models: a leader's individual form
    /// (Mẫu 2A: the deputy secretary, who has late tasks and a committee comment), a member's
    /// (Mẫu 2B), and the cell's ratings summary, all dated 22/12/2026.
    void goldenMemberReviews_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<qint64>("member");
        QTest::addColumn<QString>("file");
        QTest::newRow("leader's form") << QStringLiteral("member-review") << qint64(2)
                                       << QStringLiteral("member-review-2026-leader");
        QTest::newRow("member's form") << QStringLiteral("member-review") << qint64(4)
                                       << QStringLiteral("member-review-2026-member");
        QTest::newRow("ratings summary") << QStringLiteral("ratings-summary") << qint64(0)
                                         << QStringLiteral("ratings-summary-2026");
    }
    void goldenMemberReviews()
    {
        QFETCH(QString, kind);
        QFETCH(qint64, member);
        QFETCH(QString, file);
        reports::ReportRequest req;
        req.kind = kind;
        req.year = 2026;
        req.memberId = member;
        req.date = QDate(2026, 12, 22);
        compareWithGolden(reportdata::ReportService(*m_db).build(req).document.toText(), file);
    }

    /// Every document, read on its pages: the title never ends with one word alone on its
    /// last line ("… năm / 2026"), and no page ends with a heading, a lettered sub-item or a
    /// table's group row, or a lead-in ending in ":" — what introduces something is on the
    /// page of what it introduces.
    void everyDocumentReadsRightOnItsPages_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<int>("year");
        QTest::addColumn<QString>("period");
        QTest::newRow("remediation plan")
            << QStringLiteral("remediation-plan") << 2025 << QString();
        QTest::newRow("thematic plan") << QStringLiteral("thematic-plan") << 2026 << QString();
        QTest::newRow("self-review 2026") << QStringLiteral("self-review") << 2026 << QString();
        QTest::newRow("self-review 2025") << QStringLiteral("self-review") << 2025 << QString();
        QTest::newRow("monthly") << QStringLiteral("monthly-progress") << 2026
                                 << QStringLiteral("2026-10");
        QTest::newRow("quarter III")
            << QStringLiteral("monthly-progress") << 2026 << QStringLiteral("2026-Q3");
        QTest::newRow("quarter IV")
            << QStringLiteral("monthly-progress") << 2026 << QStringLiteral("2026-Q4");
        QTest::newRow("task table") << QStringLiteral("task-table") << 2026 << QString();
        QTest::newRow("commitments") << QStringLiteral("commitment") << 2026 << QString();
        QTest::newRow("members' forms") << QStringLiteral("member-review") << 2026 << QString();
        QTest::newRow("ratings") << QStringLiteral("ratings-summary") << 2025 << QString();
    }
    void everyDocumentReadsRightOnItsPages()
    {
        QFETCH(QString, kind);
        QFETCH(int, year);
        QFETCH(QString, period);
        reports::ReportRequest req;
        req.kind = kind;
        req.year = year;
        req.period = period;
        req.date = req.today = QDate(2026, 11, 21);
        req.from = QDate(2026, 1, 1);
        req.to = QDate(2026, 12, 31);
        req.allMembers = true;
        const auto doc = renderRequest(*m_db, req, nullptr);
        QVERIFY(doc && doc->numPages() > 0);
        static const QRegularExpression heading(
            QStringLiteral("^([IVX]+\\.|[A-Z]\\.|\\d+\\.|[a-zđ]\\)) "));
        for (int i = 0; i < doc->numPages(); ++i) {
            auto page = doc->page(i);
            // the words in lines, top to bottom, left to right; the page number left out
            QMap<int, QList<std::pair<double, QString>>> rows;
            for (const auto &w : page->textList()) {
                const QRectF r = w->boundingBox();
                if (r.bottom() < 20 * 72.0 / 25.4)
                    continue;
                rows[int(std::lround(r.bottom()))].append({r.left(), w->text()});
            }
            QStringList lines;
            for (auto it = rows.begin(); it != rows.end(); ++it) {
                std::sort(it->begin(), it->end());
                QStringList words;
                for (const auto &[x, t] : std::as_const(*it))
                    words << t;
                lines << words.join(u' ');
            }
            QVERIFY(!lines.isEmpty());
            const QString where = QStringLiteral("page %1: ").arg(i + 1);
            const QString last = lines.last();
            QVERIFY2(!last.endsWith(u':'), qPrintable(where + last));
            QVERIFY2(!heading.match(last).hasMatch() || last.contains(QStringLiteral("BÍ THƯ")),
                     qPrintable(where + last));
            QVERIFY2(last != last.toUpper() || last.contains(QStringLiteral("BÍ THƯ")) ||
                         !last.contains(QRegularExpression(QStringLiteral("\\p{L}{2}"))),
                     qPrintable(where + last));
            // the title: the lines between the kind's title and the dash under it
            const int dash = int(lines.indexOf(QStringLiteral("-----")));
            QVERIFY2(i > 0 || kind == QLatin1String("member-review") || dash > 1,
                     qPrintable(where + lines.join(u'|').left(300)));
            if (dash > 1) {
                const QString titleEnd = lines[dash - 1];
                QVERIFY2(titleEnd.contains(u' '), qPrintable(where + titleEnd));
            }
        }
    }

    /// The register of documents received: kept in order, picks per report and year, an entry
    /// that cannot be cited refused with the reason and nothing written.
    void receivedRegisterIsKept()
    {
        storage::CellRepository cells(*m_db);
        const QList<core::ReceivedDocument> before = cells.receivedDocuments();
        QCOMPARE(before.size(), 7); // the demo: five built-in grounds and the commune's two
        QCOMPARE(before.value(5).number, QStringLiteral("148-QĐ/ĐU"));
        QCOMPARE(cells.pickedGrounds(QStringLiteral("remediation-plan"), 2025).size(), 3);
        QVERIFY(cells.pickedGrounds(QStringLiteral("thematic-plan"), 2026).isEmpty());
        core::ReceivedDocument bad;
        bad.kind = QStringLiteral("Công văn");
        bad.number = QStringLiteral("12-CV/ĐU"); // no date, no issuer
        try {
            cells.saveReceived(bad);
            QFAIL("saved an entry without its date");
        } catch (const core::UserError &e) {
            QVERIFY(e.message().contains(QStringLiteral("chưa có ngày ban hành")));
            QVERIFY(e.message().contains(QStringLiteral("chưa ghi cơ quan ban hành")));
        }
        QCOMPARE(cells.receivedDocuments().size(), before.size());
    }

    /// The names the window proposes when a document is saved: Vietnamese, no diacritics.
    void savedFilesHaveVietnameseNames()
    {
        reports::ReportRequest r;
        r.kind = QStringLiteral("self-review");
        r.year = 2026;
        QCOMPARE(reports::ReportBuilder::suggestedFileName(r, false),
                 QStringLiteral("bao-cao-kiem-diem-2026.pdf"));
        r.kind = QStringLiteral("monthly-progress");
        r.period = QStringLiteral("2026-Q4");
        QCOMPARE(reports::ReportBuilder::suggestedFileName(r, true),
                 QStringLiteral("bao-cao-quy-IV-2026.docx"));
        r.period = QStringLiteral("2026-10");
        QCOMPARE(reports::ReportBuilder::suggestedFileName(r, false),
                 QStringLiteral("bao-cao-thang-10-2026.pdf"));
        r.kind = QStringLiteral("task-table");
        r.from = QDate(2026, 1, 1);
        r.to = QDate(2026, 12, 31);
        QCOMPARE(reports::ReportBuilder::suggestedFileName(r, false),
                 QStringLiteral("bang-theo-doi-nhiem-vu-01-01-2026-den-31-12-2026.pdf"));
        reports::ReportRequest term;
        term.kind = QStringLiteral("term-report"); // the Reports page asks no years
        QCOMPARE(reports::ReportBuilder::suggestedFileName(term, false),
                 QStringLiteral("bao-cao-chinh-tri-nhiem-ky.pdf"));
        for (const QString &kind : reports::ReportBuilder::kinds()) {
            r.kind = kind;
            const QString name = reports::ReportBuilder::suggestedFileName(r, false);
            QVERIFY2(!name.contains(u'_') && name == name.toLatin1(), qPrintable(name));
            QVERIFY2(!name.startsWith(kind), qPrintable(name)); // not the code's English name
        }
    }

    /// Every placeholder a template uses has a label for the text editor (Sửa nội dung… shows
    /// "[số kỳ sinh hoạt thường kỳ]", not "{{fig.regularMeetings}}").
    void everyPlaceholderHasALabel()
    {
        static const QRegularExpression field(QStringLiteral("\\{\\{([a-zA-Z0-9_.]+)"));
        int seen = 0;
        for (const reports::ReportTemplate &t : reports::ReportTemplate::all()) {
            const QString all = QString::fromUtf8(QJsonDocument(t.body).toJson()) + t.subject +
                                t.recipients.join(u' ');
            for (auto it = field.globalMatch(all); it.hasNext();) {
                const QString key = it.next().captured(1);
                ++seen;
                QVERIFY2(!reports::ReportBuilder::placeholderLabel(key).isEmpty(),
                         qPrintable(t.id + QStringLiteral(": ") + key));
            }
        }
        QVERIFY(seen > 40);
    }

    /// The other templates' models: the period summaries, the tracking table, a commitment
    /// form and the 2023 form of the self-review. With the three signed documents, the
    /// member's forms and the ratings summary above, every template has a golden model.
    /// The minutes of a meeting (biên bản): who was in the cell that day and who came, named
    /// when absent; chair, minute-taker and guests; the agenda; who said what; the chair's
    /// conclusions with the tasks they became and their votes; signed by the chair and the
    /// minute-taker. A meeting with little recorded leaves lines for the hand.
    void minutesOfAMeeting()
    {
        const reportdata::ReportService service(*m_db);
        reports::ReportRequest req;
        req.kind = QStringLiteral("minutes");
        req.meetingId = 10;
        const reports::BuiltReport built = service.build(req);
        const reports::Document &d = built.document;
        QCOMPARE(d.kindTitle, QStringLiteral("BIÊN BẢN"));
        QCOMPARE(d.subjectLine, QStringLiteral("Sinh hoạt chi bộ thường kỳ tháng 10 năm 2026"));
        QCOMPARE(d.header.dateLine, QStringLiteral("Vĩnh Phong, ngày 05 tháng 10 năm 2026"));
        QVERIFY(d.header.numberLine.isEmpty());
        const QString text = d.toText();
        for (const QString &line :
             {QStringLiteral("Vào hồi 14 giờ 00 phút, ngày 05 tháng 10 năm 2026, tại Phòng họp "
                             "Trường Tiểu học Vĩnh Phong 4, Chi bộ Trường Tiểu học Vĩnh Phong 4 "
                             "tiến hành sinh hoạt chi bộ thường kỳ tháng 10 năm 2026."),
              QStringLiteral("- Tổng số đảng viên của Chi bộ: 18 đồng chí (chính thức: 16; dự "
                             "bị: 02)."),
              QStringLiteral("- Có mặt: 16 đồng chí (trên tổng số 18 đồng chí phải dự)."),
              QStringLiteral("- Vắng không có lý do: không."),
              QStringLiteral("- Khách mời: đồng chí Hồ Văn Tâm, Đảng ủy viên, phụ trách Chi bộ."),
              QStringLiteral("- Chủ trì: đồng chí Nguyễn Thị Thanh Hương – Bí thư Chi bộ."),
              QStringLiteral("- Thư ký: đồng chí Trần Văn Khải – Phó Bí thư Chi bộ."),
              QStringLiteral("- Giám sát việc thực hiện cam kết."),
              QStringLiteral("1. Hoàn thành số hóa biên bản sinh hoạt Chi bộ năm 2026."),
              QStringLiteral("- Biểu quyết: 16/16 đồng chí tán thành (100%)."),
              QStringLiteral("Chi bộ tự đánh giá chất lượng buổi sinh hoạt: Tốt."),
              QStringLiteral("Cuộc họp kết thúc vào hồi 16 giờ 30 phút cùng ngày.")})
            QVERIFY2(text.contains(line), qPrintable(line + QStringLiteral("\n\n") + text));
        QVERIFY(text.contains(QStringLiteral("- Vắng có lý do: 02 đồng chí (đồng chí ")));
        QVERIFY(text.contains(QStringLiteral("thời hạn: 30/11/2026.")));
        QCOMPARE(d.closing.signerRole, QStringLiteral("CHỦ TRÌ"));
        QCOMPARE(d.closing.signerName, QStringLiteral("Nguyễn Thị Thanh Hương"));
        QCOMPARE(d.closing.leftTitle, QStringLiteral("THƯ KÝ"));
        QCOMPARE(d.closing.leftName, QStringLiteral("Trần Văn Khải"));
        QVERIFY(d.closing.recipients.isEmpty());
        // those who spoke were there
        storage::MeetingRepository meetings(*m_db);
        const core::Meeting october = *meetings.find(10);
        for (const core::Speaker &sp : october.speakers)
            for (const core::Attendance &a : october.attendance)
                if (a.memberId == sp.memberId)
                    QCOMPARE(a.status, core::AttendanceStatus::Present);

        // the committee's meeting and a thematic session say what they were
        req.meetingId = 15;
        QCOMPARE(service.build(req).document.subjectLine,
                 QStringLiteral("Họp Chi ủy tháng 10 năm 2026"));
        QVERIFY(service.build(req).document.toText().contains(
            QStringLiteral("- Tổng số chi ủy viên: 03 đồng chí.")));
        req.meetingId = 13;
        QVERIFY2(service.build(req).document.subjectLine.startsWith(
                     QStringLiteral("Sinh hoạt chuyên đề “Chuyển đổi số")),
                 qPrintable(service.build(req).document.subjectLine));
        // little recorded: lines for the hand, never invented text
        core::Meeting bare;
        bare.heldOn = QDate(2026, 11, 30);
        const qint64 bareId = meetings.save(bare);
        req.meetingId = bareId;
        const QString blank = service.build(req).document.toText();
        meetings.remove(bareId);
        QVERIFY2(blank.contains(QStringLiteral("Vào hồi …… giờ …… phút, ngày 30 tháng 11 năm "
                                               "2026, tại …………………")),
                 qPrintable(blank));
        QVERIFY(blank.contains(QStringLiteral("- Chủ trì: …………………")));
        QVERIFY(!blank.contains(QStringLiteral("Biểu quyết")));
        // a meeting that is not in the book
        req.meetingId = 999;
        try {
            service.build(req);
            QFAIL("minutes of a missing meeting");
        } catch (const core::UserError &e) {
            QCOMPARE(e.message(), QStringLiteral("Không có cuộc họp mã số 999."));
        }
    }

    /// The annual party-building summary (seed 004): every blank the form leaves is filled from
    /// the records, the year beside the year before, next year's targets from its indicators.
    void annualSummaryFigures()
    {
        reports::ReportRequest req;
        req.kind = QStringLiteral("annual-summary");
        req.year = 2026;
        req.date = req.today = QDate(2026, 12, 5);
        const reportdata::ReportService service(*m_db);
        reports::BuiltReport built = service.build(req);
        QCOMPARE(built.document.subjectLine,
                 QStringLiteral("Tổng kết công tác xây dựng Đảng năm 2026 và phương hướng, nhiệm "
                                "vụ năm 2027"));
        QCOMPARE(built.symbol.right(5), QStringLiteral("BC/CB"));
        QString text = built.document.toText();
        // the figures agree with the year's own figures
        const core::YearFigures f = storage::Statistics(*m_db).year(2026, req.date);
        QVERIFY2(text.contains(QStringLiteral("Đầu năm Chi bộ có %1 đảng viên.")
                                   .arg(text::twoDigits(f.membersStart))),
                 qPrintable(text));
        QVERIFY(text.contains(
            QStringLiteral("Cuối năm Chi bộ có %1 đảng viên, trong đó %2 đảng "
                           "viên chính thức, %3 đảng viên dự bị; %4 đảng viên nữ.")
                .arg(text::twoDigits(f.membersEnd), text::twoDigits(f.fullEnd),
                     text::twoDigits(f.probationaryEnd), text::twoDigits(f.womenEnd))));
        QVERIFY(text.contains(QStringLiteral("tổ chức %1 kỳ sinh hoạt thường kỳ")
                                  .arg(text::twoDigits(f.regularMeetings))));
        QVERIFY(text.contains(QStringLiteral("Kết quả xếp loại đảng viên năm 2026: 03 đồng chí "
                                             "hoàn thành xuất sắc nhiệm vụ")));
        QVERIFY(text.contains(QStringLiteral("[th] STT | Nội dung | Năm 2025 | Năm 2026")));
        QVERIFY(text.contains(QStringLiteral("| Đảng viên cuối năm | 17 | 18")));
        QVERIFY(text.contains(QStringLiteral("| Đảng viên bị kỷ luật | 0 | 0")));
        QVERIFY(text.contains(QStringLiteral("PHƯƠNG HƯỚNG, NHIỆM VỤ NĂM 2027")));
        QVERIFY(!text.contains(QStringLiteral("Các chỉ tiêu năm 2027:"))); // none set yet
        // next year's indicators become its targets, with this year's result beside
        storage::CellRepository cells(*m_db);
        core::Indicator next;
        next.year = 2027;
        next.name = QStringLiteral("Học sinh hoàn thành chương trình lớp học");
        next.unit = QStringLiteral("%");
        next.target = QStringLiteral("≥ 99");
        const qint64 id = cells.saveIndicator(next);
        text = service.build(req).document.toText();
        cells.removeIndicator(id);
        QVERIFY2(text.contains(QStringLiteral("Các chỉ tiêu năm 2027:")), qPrintable(text));
        QVERIFY(text.contains(QStringLiteral("STT | Chỉ tiêu | Thực hiện năm 2026 | Chỉ tiêu năm "
                                             "2027")));
        QVERIFY(text.contains(
            QStringLiteral("1 | Học sinh hoàn thành chương trình lớp học | 99,3% | ≥ 99%")));
    }

    /// The term report's figures (seed 003's annex): one column per year and a total; counts
    /// summed over the term, states not; the sums agree with each year's own figures.
    void termReportFigures()
    {
        reports::ReportRequest req;
        req.kind = QStringLiteral("term-report");
        req.from = QDate(2024, 1, 1);
        req.to = QDate(2026, 12, 31);
        req.date = req.today = QDate(2026, 12, 5);
        const reports::BuiltReport built = reportdata::ReportService(*m_db).build(req);
        QCOMPARE(built.document.subjectLine,
                 QStringLiteral("Đánh giá kết quả thực hiện Nghị quyết Đại hội Chi bộ nhiệm kỳ "
                                "2024–2026; phương hướng, nhiệm vụ, giải pháp nhiệm kỳ tới"));
        QCOMPARE(built.document.closing.onBehalf, QStringLiteral("T/M CHI ỦY"));
        const storage::Statistics stats(*m_db);
        int admitted = 0;
        for (int y = 2024; y <= 2026; ++y)
            admitted += stats.year(y, std::min(QDate(y, 12, 31), req.date)).admitted;
        QString annex;
        for (const reports::Block &b : built.document.annex)
            if (b.kind == reports::BlockKind::Table)
                for (const QStringList &row : b.table.rows)
                    annex += row.join(QStringLiteral(" | ")) + QLatin1Char('\n');
        QVERIFY2(annex.startsWith(QStringLiteral("TT | Nội dung | Năm 2024 | Năm 2025 | Năm 2026 | "
                                                 "Tổng\n")),
                 qPrintable(annex));
        QVERIFY(annex.contains(QStringLiteral("Kết nạp đảng viên mới | 0 | 01 | 01 | %1\n")
                                   .arg(text::twoDigits(admitted))));
        QVERIFY(annex.contains(QStringLiteral("Đảng viên cuối năm | 16 | 17 | 18 | —\n")));
        // each level's row: the year's own count, summed in "lượt"
        QStringList excellent;
        int excellentTotal = 0;
        for (int y = 2024; y <= 2026; ++y) {
            const int n = stats.year(y, std::min(QDate(y, 12, 31), req.date))
                              .ratings.value(core::QualityRating::Excellent);
            excellent << (n == 0 ? QStringLiteral("0") : text::twoDigits(n));
            excellentTotal += n;
        }
        QVERIFY2(annex.contains(QStringLiteral(" | - HTXSNV | %1 | %2 lượt\n")
                                    .arg(excellent.join(QStringLiteral(" | ")),
                                         text::twoDigits(excellentTotal))),
                 qPrintable(annex));
        QVERIFY(excellentTotal > 0);
        const QString text = built.document.toText();
        QVERIFY2(text.contains(
                     QStringLiteral("kết nạp %1 đảng viên mới").arg(text::twoDigits(admitted))),
                 qPrintable(text));
        QVERIFY(text.contains(QStringLiteral("không có đảng viên nào bị kỷ luật")));
        QVERIFY(text.contains(QStringLiteral("NHỮNG KẾT QUẢ ĐẠT ĐƯỢC TRONG NHIỆM KỲ 2024–2026")));
    }

    void goldenEveryOtherTemplate_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("file");
        QTest::newRow("monthly") << QStringLiteral("monthly-progress")
                                 << QStringLiteral("monthly-progress-2026-10");
        QTest::newRow("quarter so far")
            << QStringLiteral("quarter") << QStringLiteral("monthly-progress-2026-Q4");
        QTest::newRow("task table")
            << QStringLiteral("task-table") << QStringLiteral("task-table-2026");
        QTest::newRow("commitment")
            << QStringLiteral("commitment") << QStringLiteral("commitment-2026-member");
        QTest::newRow("self-review 2023 form")
            << QStringLiteral("self-review-2023") << QStringLiteral("self-review-2023-form-2025");
        QTest::newRow("minutes") << QStringLiteral("minutes") << QStringLiteral("minutes-2026-10");
        QTest::newRow("annual summary")
            << QStringLiteral("annual-summary") << QStringLiteral("annual-summary-2026");
        QTest::newRow("term report")
            << QStringLiteral("term-report") << QStringLiteral("term-report-2024-2026");
    }
    void goldenEveryOtherTemplate()
    {
        QFETCH(QString, kind);
        QFETCH(QString, file);
        reports::ReportRequest req;
        req.kind = kind;
        req.year = 2026;
        req.date = req.today = QDate(2026, 11, 21);
        storage::ReviewRepository reviews(*m_db);
        const core::ReviewYear y2025 = *reviews.year(2025);
        if (kind == QLatin1String("monthly-progress")) {
            req.period = QStringLiteral("2026-10");
        } else if (kind == QLatin1String("quarter")) {
            req.kind = QStringLiteral("monthly-progress");
            req.period = QStringLiteral("2026-Q4");
        } else if (kind == QLatin1String("task-table")) {
            req.from = QDate(2026, 1, 1);
            req.to = QDate(2026, 12, 31);
        } else if (kind == QLatin1String("commitment")) {
            req.memberId = 4;
        } else if (kind == QLatin1String("minutes")) {
            req.meetingId = 10; // the regular meeting of October 2026
        } else if (kind == QLatin1String("annual-summary")) {
            // the year's records as they stand
        } else if (kind == QLatin1String("term-report")) {
            req.from = QDate(2024, 1, 1);
            req.to = QDate(2026, 12, 31);
        } else {
            // the demo's 2025 review in the older form, as a cell that kept it would print it
            req.kind = QStringLiteral("self-review");
            req.year = 2025;
            core::ReviewYear older = y2025;
            older.form = QStringLiteral("self-review-2023");
            reviews.saveYear(older);
        }
        const QString text = reportdata::ReportService(*m_db).build(req).document.toText();
        reviews.saveYear(y2025);
        compareWithGolden(text, file);
    }
};

QTEST_MAIN(TestReports)
#include "TestReports.moc"

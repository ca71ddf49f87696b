// Every document as a Word file, read back as Word users see it (python-docx) and laid out by
// LibreOffice as an office would open it: page, margins, font, the header table, the page-number
// field, repeated table headers, and the same words as our PDF of the same document.
#include "TestPaths.h"
#include "demo/DemoData.h"
#include "reportdata/ReportService.h"
#include "storage/Database.h"
#include "storage/ReviewRepository.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <memory>
#include <poppler-qt6.h>

using namespace sochibo;

namespace {

/// The documents of every template, on the demo cell.
QList<std::pair<QString, reports::ReportRequest>> everyKind()
{
    QList<std::pair<QString, reports::ReportRequest>> out;
    const auto add = [&](const char *name, const char *kind, int year,
                         const std::function<void(reports::ReportRequest &)> &more = {}) {
        reports::ReportRequest r;
        r.kind = QString::fromLatin1(kind);
        r.year = year;
        r.date = QDate(2026, 11, 21);
        r.today = r.date;
        if (more)
            more(r);
        out.append({QString::fromLatin1(name), r});
    };
    add("remediation-plan", "remediation-plan", 2025);
    add("thematic-plan", "thematic-plan", 2026);
    add("self-review-2026", "self-review", 2026);
    add("self-review-2023-form", "self-review", 2025); // the demo's 2025 review in that form
    add("monthly-progress", "monthly-progress", 0,
        [](reports::ReportRequest &r) { r.period = QStringLiteral("2026-10"); });
    add("task-table", "task-table", 0, [](reports::ReportRequest &r) {
        r.from = QDate(2026, 9, 1);
        r.to = QDate(2026, 11, 30);
    });
    add("commitments", "commitment", 2026, [](reports::ReportRequest &r) { r.allMembers = true; });
    add("member-review", "member-review", 2026, [](reports::ReportRequest &r) { r.memberId = 2; });
    add("ratings-summary", "ratings-summary", 2026);
    add("minutes", "minutes", 0, [](reports::ReportRequest &r) { r.meetingId = 10; });
    add("annual-summary", "annual-summary", 2026);
    add("term-report", "term-report", 0, [](reports::ReportRequest &r) {
        r.from = QDate(2024, 1, 1);
        r.to = QDate(2026, 12, 31);
    });
    return out;
}

/// Words of \a text; a word is also cut after a hyphen or a dash, where a narrow table cell of
/// the PDF may break it ("06-" / "KH/CB").
QStringList words(const QString &text)
{
    static const QRegularExpression cut(QStringLiteral("[\\s\\x{00a0}]+|(?<=[-–/])(?=[^-–/\\s])"));
    return text.split(cut, Qt::SkipEmptyParts);
}

/// Our PDF's words, without the page numbers at the top of pages 2 and on.
QStringList pdfWords(const QByteArray &pdf, int *pages)
{
    const auto doc = Poppler::Document::loadFromData(pdf);
    QStringList out;
    *pages = doc->numPages();
    for (int i = 0; i < doc->numPages(); ++i) {
        const auto page = doc->page(i);
        const double topMargin = 20 * 72 / 25.4;
        for (const auto &box : page->textList()) {
            if (box->boundingBox().bottom() < topMargin && box->text() == QString::number(i + 1))
                continue;
            out << words(box->text());
        }
    }
    return out;
}

/// The layout rules of the format reference, as a reader checks a printed PDF: A4, every word
/// inside the margins 20/20/30/15 (1.5 mm of slack), fonts embedded, a page number centred in
/// the top margin from a document's second page (none on its first), the date line, the
/// party's name. \a name says which document (the commitment forms are one page each, every
/// page a first page).
QStringList layoutProblems(const QByteArray &pdf, const QString &name)
{
    QStringList out;
    const auto doc = Poppler::Document::loadFromData(pdf);
    if (!doc)
        return {QStringLiteral("not a PDF")};
    const double mm = 72 / 25.4, slack = 1.5 * mm;
    const bool landscape = name == QLatin1String("task-table");
    const bool everyPageFirst = name == QLatin1String("commitments");
    for (const Poppler::FontInfo &f : doc->fonts())
        if (!f.isEmbedded())
            out << QStringLiteral("font not embedded: ") + f.name();
    QString all;
    for (int i = 0; i < doc->numPages(); ++i) {
        const auto page = doc->page(i);
        const QSizeF size = page->pageSizeF();
        if (std::abs(size.width() - (landscape ? 842 : 595)) > 2 ||
            std::abs(size.height() - (landscape ? 595 : 842)) > 2)
            out << QStringLiteral("page %1 is %2×%3 pt, not A4")
                       .arg(i + 1)
                       .arg(size.width())
                       .arg(size.height());
        const QRectF box(30 * mm - slack, 20 * mm - slack, size.width() - 45 * mm + 2 * slack,
                         size.height() - 40 * mm + 2 * slack);
        QStringList numbers;
        for (const auto &word : page->textList()) {
            const QRectF r = word->boundingBox();
            all += word->text() + QLatin1Char(' ');
            if (r.bottom() <= 20 * mm) {
                numbers << word->text();
                if (std::abs(r.center().x() - size.width() / 2) > 6 * mm &&
                    std::abs(r.center().x() - (30 * mm + size.width() - 15 * mm) / 2) > 6 * mm)
                    out << QStringLiteral("page %1: the number is not centred").arg(i + 1);
            } else if (!box.contains(r)) {
                out << QStringLiteral("page %1: “%2” outside the margins")
                           .arg(i + 1)
                           .arg(word->text());
            }
        }
        const QStringList want =
            i == 0 || everyPageFirst ? QStringList{} : QStringList{QString::number(i + 1)};
        if (numbers != want)
            out << QStringLiteral("page %1 carries the number “%2”")
                       .arg(i + 1)
                       .arg(numbers.join(QLatin1Char(' ')));
    }
    if (!all.contains(
            QRegularExpression(QStringLiteral("ngày \\d{1,2} tháng \\d{1,2} năm \\d{4}"))))
        out << QStringLiteral("no date line");
    if (!all.contains(QStringLiteral("ĐẢNG CỘNG SẢN VIỆT NAM")))
        out << QStringLiteral("no party name");
    return out;
}

} // namespace

class TestWordOutput : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    std::unique_ptr<storage::Database> m_db;
    QString m_python = QStringLiteral("/usr/bin/python3");

    QJsonObject readBack(const QString &path)
    {
        QProcess p;
        p.start(m_python, {QStringLiteral(SOCHIBO_SOURCE_DIR "/tests/reports/read_docx.py"), path});
        if (!p.waitForFinished(60000) || p.exitCode() != 0) {
            qWarning().noquote() << p.readAllStandardError();
            return {};
        }
        return QJsonDocument::fromJson(p.readAllStandardOutput()).object();
    }

private slots:
    void initTestCase()
    {
        m_db = std::make_unique<storage::Database>(storage::Database::open(
            m_dir.filePath(QStringLiteral("demo.db")), storage::Database::Mode::Create));
        demo::writeDemo(*m_db);
        // The older (2023) form of the self-review, for the demo's 2025 review.
        storage::ReviewRepository reviews(*m_db);
        core::ReviewYear y2025 = *reviews.year(2025);
        y2025.form = QStringLiteral("self-review-2023");
        reviews.saveYear(y2025);
        for (const auto &[name, req] : everyKind()) {
            reports::ReportRequest r = req;
            r.format = reports::OutputFormat::Docx;
            reportdata::ReportService(*m_db).renderToFile(
                r, m_dir.filePath(name + QStringLiteral(".docx")));
            r.format = reports::OutputFormat::Pdf;
            reportdata::ReportService(*m_db).renderToFile(
                r, m_dir.filePath(name + QStringLiteral(".pdf")));
        }
    }

    void wordFilesReadBackAsWordSeesThem_data()
    {
        QTest::addColumn<QString>("name");
        for (const auto &[name, req] : everyKind())
            QTest::newRow(qPrintable(name)) << name;
    }
    void wordFilesReadBackAsWordSeesThem()
    {
        QFETCH(QString, name);
        const QString path = m_dir.filePath(name + QStringLiteral(".docx"));
        QVERIFY(QFile::exists(path));
        QCOMPARE(QFile::permissions(path) & (QFileDevice::ReadGroup | QFileDevice::ReadOther),
                 QFileDevice::Permissions{}); // personal data: owner only
        const QJsonObject d = readBack(path);
        QVERIFY2(!d.isEmpty(), "python-docx could not read the file");

        // A4 (the task table landscape), margins 20/20/30/15, a number from page 2 on.
        const QJsonArray sections = d[QStringLiteral("sections")].toArray();
        QVERIFY(!sections.isEmpty());
        for (const QJsonValue &v : sections) {
            const QJsonObject s = v.toObject();
            const bool landscape = name == QLatin1String("task-table");
            QCOMPARE(s[QStringLiteral("landscape")].toBool(), landscape);
            QCOMPARE(s[QStringLiteral("page_w")].toDouble(), landscape ? 297.0 : 210.0);
            QCOMPARE(s[QStringLiteral("page_h")].toDouble(), landscape ? 210.0 : 297.0);
            QCOMPARE(s[QStringLiteral("top")].toDouble(), 20.0);
            QCOMPARE(s[QStringLiteral("bottom")].toDouble(), 20.0);
            QCOMPARE(s[QStringLiteral("left")].toDouble(), 30.0);
            QCOMPARE(s[QStringLiteral("right")].toDouble(), 15.0);
            QVERIFY(s[QStringLiteral("title_page")].toBool());
            QVERIFY(s[QStringLiteral("header_page_field")].toBool());
            QCOMPARE(s[QStringLiteral("header_alignment")].toString(),
                     QStringLiteral("CENTER (1)"));
            QCOMPARE(s[QStringLiteral("first_header_text")].toString(), QString());
        }
        QCOMPARE(d[QStringLiteral("fonts")].toArray(),
                 QJsonArray{QStringLiteral("Times New Roman")});
        QCOMPARE(d[QStringLiteral("default_size_pt")].toDouble(), 14.0);
        QCOMPARE(d[QStringLiteral("line_rule")].toString(), QStringLiteral("exact"));
        QCOMPARE(d[QStringLiteral("manual_line_breaks")].toInt(), 0);
        QVERIFY(d[QStringLiteral("justified")].toInt() > 0);
        // Justified body, 6 pt after a paragraph, the 10 mm first-line indent.
        QCOMPARE(d[QStringLiteral("space_after_pt")].toArray(), QJsonArray{6.0});
        QCOMPARE(d[QStringLiteral("first_indent_mm")].toArray(), QJsonArray{10.0});

        // The header band: a borderless two-column table on page 1.
        const QJsonArray tables = d[QStringLiteral("tables")].toArray();
        const QJsonObject head = tables.first().toObject();
        QCOMPARE(head[QStringLiteral("borders")].toArray().first().toString(),
                 QStringLiteral("nil"));
        const QJsonArray headRows = head[QStringLiteral("cells")].toArray();
        QVERIFY(headRows[0].toArray()[0].toString().contains(
            QStringLiteral("CHI BỘ TRƯỜNG TIỂU HỌC VĨNH PHONG 4")));
        QCOMPARE(headRows[0].toArray()[1].toString(), QStringLiteral("ĐẢNG CỘNG SẢN VIỆT NAM"));
        QVERIFY(headRows[1].toArray()[1].toString().startsWith(QStringLiteral("Vĩnh Phong, ngày")));
        // Tables of the body: bordered, header row repeated after a page break.
        for (const QJsonValue &v : tables) {
            const QJsonObject t = v.toObject();
            if (t[QStringLiteral("borders")].toArray().first().toString() == QLatin1String("nil"))
                continue; // header band, signature band
            QVERIFY2(
                t[QStringLiteral("repeat_header")].toBool(),
                qPrintable(
                    t[QStringLiteral("cells")].toArray().first().toArray().first().toString()));
        }
        // The signature band is the last borderless table (an annex may follow it), kept with
        // the last lines of the body.
        QJsonObject band;
        for (const QJsonValue &v : tables) {
            if (v.toObject()[QStringLiteral("borders")].toArray().first().toString() ==
                QLatin1String("nil"))
                band = v.toObject();
        }
        const QString closing =
            QJsonDocument(band[QStringLiteral("cells")].toArray()).toJson(QJsonDocument::Compact);
        QVERIFY2(closing.contains(QStringLiteral("BÍ THƯ")) ||
                     closing.contains(QStringLiteral("NGƯỜI")) ||
                     (closing.contains(QStringLiteral("THƯ KÝ")) &&
                      closing.contains(QStringLiteral("CHỦ TRÌ"))), // the minutes
                 qPrintable(closing));
        QVERIFY(!d[QStringLiteral("keep_with_next")].toArray().isEmpty());
        const QJsonObject core = d[QStringLiteral("core")].toObject();
        QCOMPARE(core[QStringLiteral("author")].toString(),
                 QStringLiteral("Chi bộ Trường Tiểu học Vĩnh Phong 4"));
        QVERIFY(!core[QStringLiteral("title")].toString().isEmpty());
        QVERIFY(!core[QStringLiteral("created")].toString().isEmpty());

        // The same words as our PDF of the same document (the PDF draws the check boxes and
        // the page numbers; the Word file has ☐/☒ and a PAGE field).
        QStringList docxWords;
        for (const QJsonValue &p : d[QStringLiteral("paragraphs")].toArray()) {
            QVERIFY2(!p.toString().contains(QLatin1Char('\n')), qPrintable(p.toString()));
            for (const QString &w : words(p.toString()))
                if (w != QStringLiteral("☐") && w != QStringLiteral("☒"))
                    docxWords << w;
        }
        QFile pdfFile(m_dir.filePath(name + QStringLiteral(".pdf")));
        QVERIFY(pdfFile.open(QIODevice::ReadOnly));
        int pages = 0;
        QStringList fromPdf = pdfWords(pdfFile.readAll(), &pages);
        // The PDF prints a table's header row again on every page the table runs on; the Word
        // file marks it to repeat. Those words may come more often from the PDF, never less.
        QSet<QString> headerWords;
        for (const QJsonValue &v : tables) {
            const QJsonObject t = v.toObject();
            if (t[QStringLiteral("repeat_header")].toBool())
                for (const QJsonValue &c : t[QStringLiteral("cells")].toArray().first().toArray())
                    for (const QString &w : words(c.toString()))
                        headerWords.insert(w);
        }
        for (const QString &w : std::as_const(headerWords)) {
            const auto inDocx = docxWords.count(w), inPdf = fromPdf.count(w);
            QVERIFY2(inPdf >= inDocx, qPrintable(w));
            for (auto k = inDocx; k < inPdf; ++k)
                fromPdf.removeOne(w);
        }
        std::sort(docxWords.begin(), docxWords.end());
        std::sort(fromPdf.begin(), fromPdf.end());
        if (docxWords != fromPdf) {
            QStringList onlyDocx, onlyPdf;
            std::set_difference(docxWords.begin(), docxWords.end(), fromPdf.begin(), fromPdf.end(),
                                std::back_inserter(onlyDocx));
            std::set_difference(fromPdf.begin(), fromPdf.end(), docxWords.begin(), docxWords.end(),
                                std::back_inserter(onlyPdf));
            QFAIL(qPrintable(
                QStringLiteral("words only in the Word file: %1\nonly in the PDF: %2")
                    .arg(onlyDocx.join(QLatin1Char(' ')), onlyPdf.join(QLatin1Char(' ')))));
        }
    }

    /// LibreOffice opens every Word file and prints it as the format reference wants:
    /// A4, margins, fonts embedded, page numbers from page 2, the date line; the page count
    /// within one of ours.
    void wordFilesLayOutLikeOursInLibreOffice()
    {
        QStringList files;
        for (const auto &[name, req] : everyKind())
            files << m_dir.filePath(name + QStringLiteral(".docx"));
        const QString out = m_dir.filePath(QStringLiteral("lo"));
        QProcess lo;
        lo.setProcessChannelMode(QProcess::MergedChannels);
        lo.start(QStringLiteral("soffice"),
                 QStringList{QStringLiteral("-env:UserInstallation=file://") +
                                 m_dir.filePath(QStringLiteral("lo-profile")),
                             QStringLiteral("--headless"), QStringLiteral("--convert-to"),
                             QStringLiteral("pdf"), QStringLiteral("--outdir"), out} +
                     files);
        QVERIFY2(lo.waitForFinished(300000), "LibreOffice did not finish in 5 minutes");
        QCOMPARE(lo.exitCode(), 0);
        for (const auto &[name, req] : everyKind()) {
            const QString converted = out + QLatin1Char('/') + name + QStringLiteral(".pdf");
            QFile theirs(converted);
            QVERIFY2(theirs.open(QIODevice::ReadOnly),
                     qPrintable(name + QLatin1Char(' ') + lo.readAll()));
            const QStringList problems = layoutProblems(theirs.readAll(), name);
            QVERIFY2(problems.isEmpty(),
                     qPrintable(name + QStringLiteral(": ") + problems.join(QStringLiteral("; "))));
            QFile ours(m_dir.filePath(name + QStringLiteral(".pdf")));
            QVERIFY(ours.open(QIODevice::ReadOnly));
            const int ourPages = Poppler::Document::loadFromData(ours.readAll())->numPages();
            theirs.seek(0);
            const int loPages = Poppler::Document::loadFromData(theirs.readAll())->numPages();
            QVERIFY2(std::abs(ourPages - loPages) <= 1,
                     qPrintable(QStringLiteral("%1: ours %2 pages, LibreOffice %3")
                                    .arg(name)
                                    .arg(ourPages)
                                    .arg(loPages)));
        }
    }
};

QTEST_MAIN(TestWordOutput)
#include "TestWordOutput.moc"

// Every file of the PDF corpus (tests/data/pdf, made by make-corpus.py) is read without a
// crash: text and thumbnail from the good ones, a clear message for the broken ones.
#include "TestPaths.h"
#include "evidence/PdfInspect.h"

#include <QFile>
#include <QProcess>
#include <QTest>

using namespace sochibo::evidence;

class TestPdfInspect : public QObject
{
    Q_OBJECT

    static QByteArray corpus(const QString &name)
    {
        QFile f(QStringLiteral(SOCHIBO_TEST_DATA_DIR "/pdf/") + name);
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray("missing fixture");
    }

private slots:
    /// Poppler lives in a module loaded on first use; without it, reading a PDF says what is
    /// missing instead of failing. Checked in a child process whose module path is wrong.
    void missingReaderModuleIsExplained()
    {
        if (qEnvironmentVariableIsSet("SOCHIBO_PDF_MODULE")) { // the child
            QString why;
            QVERIFY(!pdfReaderAvailable(&why));
            QVERIFY(!why.isEmpty());
            const PdfFacts f = inspectPdf(corpus(QStringLiteral("valid.pdf")));
            QVERIFY(!f.readable);
            QVERIFY2(f.problem.contains(QStringLiteral("thiếu thành phần đọc PDF")),
                     qPrintable(f.problem));
            QVERIFY(renderPdfPage(corpus(QStringLiteral("valid.pdf")), 0, 100).isNull());
            return;
        }
        QVERIFY(pdfReaderAvailable()); // this process has it
        QProcess child;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("SOCHIBO_PDF_MODULE"),
                   QStringLiteral("/nonexistent/sochibo_pdf"));
        child.setProcessEnvironment(env);
        child.start(QCoreApplication::applicationFilePath(),
                    {QStringLiteral("missingReaderModuleIsExplained")});
        QVERIFY(child.waitForFinished(60000));
        const QByteArray out = child.readAllStandardOutput();
        QVERIFY2(child.exitCode() == 0, out.constData());
        QVERIFY2(out.contains("PASS   : TestPdfInspect::missingReaderModuleIsExplained()"),
                 out.constData());
    }

    void corpus_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<bool>("readable");
        QTest::addColumn<bool>("encrypted");
        QTest::addColumn<bool>("thumbnail");
        QTest::addColumn<QString>("text");    ///< found in the extracted text
        QTest::addColumn<QString>("problem"); ///< found in the message ("" = no message)
        QTest::newRow("valid") << "valid.pdf" << true << false << true
                               << "Minh chung hoan thanh nhiem vu"
                               << "";
        QTest::newRow("bad xref: rebuilt")
            << "bad-xref.pdf" << true << false << true << "Bien ban sinh hoat chi bo"
            << "";
        QTest::newRow("huge page") << "huge-page.pdf" << true << false << true << "Minh chung"
                                   << "";
        QTest::newRow("truncated") << "truncated.pdf" << false << false << false << ""
                                   << "bị hỏng hoặc không phải PDF";
        QTest::newRow("zero bytes") << "zero-bytes.pdf" << false << false << false << ""
                                    << "0 byte";
        QTest::newRow("garbage") << "garbage.pdf" << false << false << false << ""
                                 << "bị hỏng hoặc không phải PDF";
        QTest::newRow("encrypted") << "encrypted.pdf" << false << true << false << ""
                                   << "có mật khẩu";
    }

    void corpus()
    {
        QFETCH(QString, file);
        QFETCH(bool, readable);
        QFETCH(bool, encrypted);
        QFETCH(bool, thumbnail);
        QFETCH(QString, text);
        QFETCH(QString, problem);
        const PdfFacts f = inspectPdf(corpus(file), 160);
        QCOMPARE(f.readable, readable);
        QCOMPARE(f.encrypted, encrypted);
        QCOMPARE(!f.thumbnail.isNull(), thumbnail);
        if (thumbnail) {
            QVERIFY(f.thumbnail.width() <= 160);
            QVERIFY(f.thumbnail.height() <= 320);
            QVERIFY(f.thumbnail.width() >= 1);
        }
        if (!text.isEmpty())
            QVERIFY2(f.text.contains(text), qPrintable(f.text));
        if (problem.isEmpty())
            QVERIFY2(f.problem.isEmpty(), qPrintable(f.problem));
        else
            QVERIFY2(f.problem.contains(problem), qPrintable(f.problem));
    }

    void digitalSignaturesAreReadAndChecked()
    {
        // make-signed.py: a self-signed "CN=Nguyen Van Ky", signing time 09:00 +07:00.
        const PdfFacts signedPdf = inspectPdf(corpus(QStringLiteral("signed.pdf")));
        QCOMPARE(signedPdf.signatures.size(), 1);
        QVERIFY2(signedPdf.signatures[0].startsWith(QStringLiteral("Ký bởi Nguyen Van Ky")),
                 qPrintable(signedPdf.signatures[0]));
        QVERIFY2(signedPdf.signatures[0].endsWith(QStringLiteral(": chữ ký hợp lệ")),
                 qPrintable(signedPdf.signatures[0]));
        QVERIFY2(signedPdf.signatures[0].contains(QStringLiteral("21/11/2026")),
                 qPrintable(signedPdf.signatures[0]));
        // One byte of the page changed after signing: no longer valid.
        const PdfFacts altered = inspectPdf(corpus(QStringLiteral("signed-altered.pdf")));
        QCOMPARE(altered.signatures.size(), 1);
        QVERIFY2(!altered.signatures[0].endsWith(QStringLiteral(": chữ ký hợp lệ")),
                 qPrintable(altered.signatures[0]));
        QVERIFY(altered.signatures[0].contains(QStringLiteral("không hợp lệ")) ||
                altered.signatures[0].contains(QStringLiteral("đã bị sửa")));
        QVERIFY(inspectPdf(corpus(QStringLiteral("valid.pdf"))).signatures.isEmpty());
    }

    void thumbnailOfAnA4PageHasItsShape()
    {
        const PdfFacts f = inspectPdf(corpus(QStringLiteral("valid.pdf")), 160);
        QCOMPARE(f.pages, 1);
        QCOMPARE(f.thumbnail.width(), 160);
        QVERIFY(qAbs(f.thumbnail.height() - 226) <= 1); // 842/595 × 160
    }
};

QTEST_GUILESS_MAIN(TestPdfInspect)
#include "TestPdfInspect.moc"

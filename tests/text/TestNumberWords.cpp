#include "text/NumberWords.h"

#include <QTest>

using namespace sochibo::text;

class TestNumberWords : public QObject
{
    Q_OBJECT
private slots:
    void words_data()
    {
        QTest::addColumn<qint64>("n");
        QTest::addColumn<QString>("expected");
        QTest::newRow("0") << qint64(0) << QStringLiteral("không");
        QTest::newRow("1") << qint64(1) << QStringLiteral("một");
        QTest::newRow("4") << qint64(4) << QStringLiteral("bốn");
        QTest::newRow("5") << qint64(5) << QStringLiteral("năm");
        QTest::newRow("10") << qint64(10) << QStringLiteral("mười");
        QTest::newRow("11") << qint64(11) << QStringLiteral("mười một");
        QTest::newRow("14") << qint64(14) << QStringLiteral("mười bốn");
        QTest::newRow("15") << qint64(15) << QStringLiteral("mười lăm");
        QTest::newRow("20") << qint64(20) << QStringLiteral("hai mươi");
        QTest::newRow("21") << qint64(21) << QStringLiteral("hai mươi mốt");
        QTest::newRow("24") << qint64(24) << QStringLiteral("hai mươi bốn");
        QTest::newRow("25") << qint64(25) << QStringLiteral("hai mươi lăm");
        QTest::newRow("55") << qint64(55) << QStringLiteral("năm mươi lăm");
        QTest::newRow("100") << qint64(100) << QStringLiteral("một trăm");
        QTest::newRow("101") << qint64(101) << QStringLiteral("một trăm linh một");
        QTest::newRow("105") << qint64(105) << QStringLiteral("một trăm linh năm");
        QTest::newRow("110") << qint64(110) << QStringLiteral("một trăm mười");
        QTest::newRow("115") << qint64(115) << QStringLiteral("một trăm mười lăm");
        QTest::newRow("1000") << qint64(1000) << QStringLiteral("một nghìn");
        QTest::newRow("1001") << qint64(1001) << QStringLiteral("một nghìn không trăm linh một");
        QTest::newRow("1010") << qint64(1010) << QStringLiteral("một nghìn không trăm mười");
        QTest::newRow("2021") << qint64(2021)
                              << QStringLiteral("hai nghìn không trăm hai mươi mốt");
        QTest::newRow("1 000 005")
            << qint64(1000005) << QStringLiteral("một triệu không trăm linh năm");
        QTest::newRow("1 005 000")
            << qint64(1005000) << QStringLiteral("một triệu không trăm linh năm nghìn");
        QTest::newRow("1 000 000 024")
            << qint64(1000000024) << QStringLiteral("một tỷ không trăm hai mươi bốn");
        QTest::newRow("7 082 643 000")
            << qint64(7082643000LL)
            << QStringLiteral("bảy tỷ không trăm tám mươi hai triệu sáu trăm bốn mươi ba nghìn");
        QTest::newRow("1 000 000 000 000")
            << qint64(1000000000000LL) << QStringLiteral("một nghìn tỷ");
        QTest::newRow("negative") << qint64(-21) << QStringLiteral("âm hai mươi mốt");
    }
    void words()
    {
        QFETCH(qint64, n);
        QFETCH(QString, expected);
        QCOMPARE(numberInWords(n), expected);
    }

    void le()
    {
        NumberWordsStyle s;
        s.useLe = true;
        QCOMPARE(numberInWords(105, s), QStringLiteral("một trăm lẻ năm"));
    }

    void amount()
    {
        QCOMPARE(amountInWords(7082643000LL),
                 QStringLiteral(
                     "Bảy tỷ, không trăm tám mươi hai triệu, sáu trăm bốn mươi ba nghìn đồng"));
        QCOMPARE(amountInWords(1000005), QStringLiteral("Một triệu, không trăm linh năm đồng"));
        QCOMPARE(amountInWords(0), QStringLiteral("Không đồng"));
        QCOMPARE(amountInWords(35, QStringLiteral("đảng viên")),
                 QStringLiteral("Ba mươi lăm đảng viên"));
    }
};

QTEST_APPLESS_MAIN(TestNumberWords)
#include "TestNumberWords.moc"

#include "text/Normalization.h"

#include <QTest>

using namespace sochibo::text;

class TestNormalization : public QObject
{
    Q_OBJECT
private slots:
    void nfcComposes_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("expected");
        QTest::newRow("e circumflex tilde")
            << QStringLiteral("e\u0302\u0303") << QStringLiteral("ễ");
        QTest::newRow("name NFD") << QStringLiteral("Nguye\u0302\u0303n Thi\u0323")
                                  << QStringLiteral("Nguyễn Thị");
        QTest::newRow("marks in odd order")
            << QStringLiteral("o\u0323\u0302") << QStringLiteral("ộ");
        QTest::newRow("already NFC") << QStringLiteral("Đảng") << QStringLiteral("Đảng");
        QTest::newRow("empty") << QString() << QString();
        QTest::newRow("ascii") << QStringLiteral("abc 123") << QStringLiteral("abc 123");
    }
    void nfcComposes()
    {
        QFETCH(QString, input);
        QFETCH(QString, expected);
        QCOMPARE(nfc(input), expected);
        QVERIFY(isNfc(nfc(input)));
    }

    void nfdDecomposes()
    {
        QCOMPARE(nfd(QStringLiteral("ễ")), QStringLiteral("e\u0302\u0303"));
        QVERIFY(!isNfc(QStringLiteral("e\u0302\u0303")));
    }

    void canonicalTones_data()
    {
        QTest::addColumn<QString>("a");
        QTest::addColumn<QString>("b");
        QTest::newRow("hoà/hòa") << QStringLiteral("hoà") << QStringLiteral("hòa");
        QTest::newRow("thuỷ/thủy") << QStringLiteral("Thuỷ") << QStringLiteral("Thủy");
        QTest::newRow("khoẻ/khỏe") << QStringLiteral("khoẻ") << QStringLiteral("khỏe");
        QTest::newRow("uỷ ban") << QStringLiteral("Uỷ ban") << QStringLiteral("Ủy ban");
        QTest::newRow("quý stays") << QStringLiteral("quý") << QStringLiteral("quý");
        QTest::newRow("qúy -> quý") << QStringLiteral("qúy") << QStringLiteral("quý");
        QTest::newRow("giữ") << QStringLiteral("giữ") << QStringLiteral("giữ");
        QTest::newRow("người") << QStringLiteral("người") << QStringLiteral("người");
        QTest::newRow("hoàng closed") << QStringLiteral("hòang") << QStringLiteral("hoàng");
        QTest::newRow("ngoài three vowels") << QStringLiteral("ngòai") << QStringLiteral("ngoài");
        QTest::newRow("NFD input") << QStringLiteral("hoa\u0300") << QStringLiteral("hòa");
        QTest::newRow("upper") << QStringLiteral("HOÀ BÌNH") << QStringLiteral("HÒA BÌNH");
        QTest::newRow("sentence") << QStringLiteral("Sức khoẻ, hoà thuận; tuỳ ý.")
                                  << QStringLiteral("Sức khỏe, hòa thuận; tùy ý.");
    }
    void canonicalTones()
    {
        QFETCH(QString, a);
        QFETCH(QString, b);
        QCOMPARE(sochibo::text::canonicalTones(a), sochibo::text::canonicalTones(b));
        QCOMPARE(sochibo::text::canonicalTones(b), nfc(b));
    }

    void canonicalTonesKeepsOtherText()
    {
        QCOMPARE(sochibo::text::canonicalTones(QStringLiteral("Số 06-KH/CB, 85,3%")),
                 QStringLiteral("Số 06-KH/CB, 85,3%"));
    }
};

QTEST_APPLESS_MAIN(TestNormalization)
#include "TestNormalization.moc"

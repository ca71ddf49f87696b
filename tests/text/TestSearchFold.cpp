#include "text/SearchFold.h"

#include <QTest>

using namespace sochibo::text;

class TestSearchFold : public QObject
{
    Q_OBJECT
private slots:
    void fold_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("expected");
        QTest::newRow("upper name")
            << QStringLiteral("NGUYỄN VĂN A") << QStringLiteral("nguyen van a");
        QTest::newRow("Đặng") << QStringLiteral("Đặng") << QStringLiteral("dang");
        QTest::newRow("Đường") << QStringLiteral("Đường") << QStringLiteral("duong");
        QTest::newRow("Dương") << QStringLiteral("Dương") << QStringLiteral("duong");
        QTest::newRow("Thủy") << QStringLiteral("Thủy") << QStringLiteral("thuy");
        QTest::newRow("Thuỷ") << QStringLiteral("Thuỷ") << QStringLiteral("thuy");
        QTest::newRow("NFD") << QStringLiteral("minh chu\u031B\u0301ng")
                             << QStringLiteral("minh chung");
        QTest::newRow("digits kept")
            << QStringLiteral("Quý II/2026") << QStringLiteral("quy ii/2026");
    }
    void fold()
    {
        QFETCH(QString, input);
        QFETCH(QString, expected);
        QCOMPARE(sochibo::text::fold(input), expected);
    }

    void finds_data()
    {
        QTest::addColumn<QString>("query");
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("found");
        QTest::newRow("nguyen van a")
            << QStringLiteral("nguyen van a") << QStringLiteral("NGUYỄN VĂN A") << true;
        QTest::newRow("dang") << QStringLiteral("dang") << QStringLiteral("Đặng Thị An") << true;
        QTest::newRow("duong Đường") << QStringLiteral("duong") << QStringLiteral("Đường") << true;
        QTest::newRow("duong Dương") << QStringLiteral("duong") << QStringLiteral("Dương") << true;
        QTest::newRow("thuy Thủy") << QStringLiteral("thuy") << QStringLiteral("Thủy") << true;
        QTest::newRow("thuy Thuỷ") << QStringLiteral("thuy") << QStringLiteral("Thuỷ") << true;
        QTest::newRow("words any order")
            << QStringLiteral("an dang") << QStringLiteral("Đặng Thị An") << true;
        QTest::newRow("miss") << QStringLiteral("lan") << QStringLiteral("Đặng Thị An") << false;
    }
    void finds()
    {
        QFETCH(QString, query);
        QFETCH(QString, text);
        QFETCH(bool, found);
        QCOMPARE(foldedContainsAll(query, text), found);
    }

    void ranking()
    {
        // exact diacritics rank above tone variants, which rank above folded matches
        const QString q = QStringLiteral("Thủy");
        const double exact = matchScore(q, QStringLiteral("Lê Thị Thủy"));
        const double tone = matchScore(q, QStringLiteral("Lê Thị Thuỷ"));
        const double folded = matchScore(q, QStringLiteral("Lê Thị Thùy"));
        QVERIFY(exact > tone);
        QVERIFY(tone > folded);
        QVERIFY(folded > 0);
        QCOMPARE(matchScore(q, QStringLiteral("Nguyễn Văn Nam")), 0.0);
        // the start of a word ranks above the middle of one
        QVERIFY(matchScore(QStringLiteral("an"), QStringLiteral("Đặng Thị An")) >
                matchScore(QStringLiteral("an"), QStringLiteral("Trần Thị Loan")));
        // the plain query "dang" finds Đặng only by folding
        QCOMPARE(matchScore(QStringLiteral("dang"), QStringLiteral("Đặng")), 1.5);
        QCOMPARE(matchScore(QStringLiteral("Đặng"), QStringLiteral("đặng thị an")), 3.5);
    }
};

QTEST_APPLESS_MAIN(TestSearchFold)
#include "TestSearchFold.moc"

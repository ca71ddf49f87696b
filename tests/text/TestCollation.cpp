#include "text/VietCollator.h"

#include <QTest>
#include <algorithm>

using namespace sochibo::text;

class TestCollation : public QObject
{
    Q_OBJECT
private slots:
    void order_data()
    {
        QTest::addColumn<QString>("first");
        QTest::addColumn<QString>("second");
        QTest::newRow("A<Ă") << QStringLiteral("An") << QStringLiteral("Ăn");
        QTest::newRow("Ă<Â") << QStringLiteral("Ăn") << QStringLiteral("Ân");
        QTest::newRow("D<Đ") << QStringLiteral("Dương") << QStringLiteral("Đinh");
        QTest::newRow("Dung<Đào") << QStringLiteral("Dung") << QStringLiteral("Đào");
        QTest::newRow("O<Ô<Ơ") << QStringLiteral("Ô") << QStringLiteral("Ơ");
        QTest::newRow("U<Ư") << QStringLiteral("Uyên") << QStringLiteral("Ưng");
        QTest::newRow("tones ordered") << QStringLiteral("ma") << QStringLiteral("má");
        QTest::newRow("case") << QStringLiteral("an") << QStringLiteral("Bình");
    }
    void order()
    {
        QFETCH(QString, first);
        QFETCH(QString, second);
        QVERIFY(VietCollator::compare(first, second) < 0);
        QVERIFY(VietCollator::compare(second, first) > 0);
        QVERIFY(VietCollator::sortKey(first) < VietCollator::sortKey(second));
    }

    void toneVariantsEqual()
    {
        QCOMPARE(VietCollator::compare(QStringLiteral("Thuỷ"), QStringLiteral("Thủy")), 0);
        QCOMPARE(VietCollator::sortKey(QStringLiteral("Hoà")),
                 VietCollator::sortKey(QStringLiteral("Hòa")));
        QCOMPARE(
            VietCollator::compare(QStringLiteral("Nguye\u0302\u0303n"), QStringLiteral("Nguyễn")),
            0);
    }

    void splitName_data()
    {
        QTest::addColumn<QString>("full");
        QTest::addColumn<QString>("given");
        QTest::addColumn<QString>("middle");
        QTest::addColumn<QString>("family");
        QTest::newRow("four words") << QStringLiteral("Nguyễn Thị Mỹ Ly") << QStringLiteral("Ly")
                                    << QStringLiteral("Thị Mỹ") << QStringLiteral("Nguyễn");
        QTest::newRow("two words")
            << QStringLiteral("Lê Na") << QStringLiteral("Na") << QString() << QStringLiteral("Lê");
        QTest::newRow("single word")
            << QStringLiteral("Thu") << QStringLiteral("Thu") << QString() << QString();
        QTest::newRow("extra spaces")
            << QStringLiteral("  Phạm   Văn  Lân ") << QStringLiteral("Lân")
            << QStringLiteral("Văn") << QStringLiteral("Phạm");
    }
    void splitName()
    {
        QFETCH(QString, full);
        QFETCH(QString, given);
        QFETCH(QString, middle);
        QFETCH(QString, family);
        const auto p = VietCollator::splitName(full);
        QCOMPARE(p.given, given);
        QCOMPARE(p.middle, middle);
        QCOMPARE(p.family, family);
    }

    void rosterOrder()
    {
        QStringList names = {
            QStringLiteral("Nguyễn Hoài Thu"),  QStringLiteral("Võ Thị Mỹ Ly"),
            QStringLiteral("Phạm Văn Lân"),     QStringLiteral("Trần Thị Nga"),
            QStringLiteral("Lê Văn Bình"),      QStringLiteral("Đặng Thị An"),
            QStringLiteral("Hồ Văn Quyết"),     QStringLiteral("Bùi Thị Quỳnh"),
            QStringLiteral("Trương Công Biên"), QStringLiteral("Nguyễn Thị An"),
            QStringLiteral("THÁI VĂN AN"),      QStringLiteral("Thu"),
        };
        std::sort(names.begin(), names.end(), [](const QString &a, const QString &b) {
            return VietCollator::compareNames(a, b) < 0;
        });
        const QStringList expected = {
            // An: by middle (Thị < Văn), then family (Đặng < Nguyễn)
            QStringLiteral("Đặng Thị An"),  QStringLiteral("Nguyễn Thị An"),
            QStringLiteral("THÁI VĂN AN"),  QStringLiteral("Trương Công Biên"),
            QStringLiteral("Lê Văn Bình"),  QStringLiteral("Phạm Văn Lân"),
            QStringLiteral("Võ Thị Mỹ Ly"), QStringLiteral("Trần Thị Nga"),
            QStringLiteral("Hồ Văn Quyết"), QStringLiteral("Bùi Thị Quỳnh"),
            QStringLiteral("Thu"),          QStringLiteral("Nguyễn Hoài Thu"),
        };
        QCOMPARE(names, expected);
    }

    void nameSortKeyAgreesWithCompare()
    {
        const QStringList names = {QStringLiteral("Phạm Văn Lân"), QStringLiteral("Lê Văn Lan"),
                                   QStringLiteral("Võ Thị Mỹ Ly"), QStringLiteral("Võ Thị Lý"),
                                   QStringLiteral("Đinh An"),      QStringLiteral("Dương Anh")};
        for (const QString &a : names) {
            for (const QString &b : names) {
                const int byCompare = VietCollator::compareNames(a, b);
                const int byKey =
                    VietCollator::nameSortKey(a) < VietCollator::nameSortKey(b)
                        ? -1
                        : (VietCollator::nameSortKey(b) < VietCollator::nameSortKey(a) ? 1 : 0);
                QVERIFY2((byCompare < 0) == (byKey < 0) && (byCompare > 0) == (byKey > 0),
                         qPrintable(a + QStringLiteral(" vs ") + b));
            }
        }
    }
};

QTEST_APPLESS_MAIN(TestCollation)
#include "TestCollation.moc"

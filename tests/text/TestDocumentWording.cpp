#include "text/DocumentWording.h"

#include <QTest>

using namespace sochibo::text;

class TestDocumentWording : public QObject
{
    Q_OBJECT
private slots:
    /// Dates as offices type them, day first; anything else is no date.
    void typedDates_data()
    {
        QTest::addColumn<QString>("typed");
        QTest::addColumn<QDate>("date");
        QTest::newRow("dd/mm/yyyy") << QStringLiteral("15/03/1985") << QDate(1985, 3, 15);
        QTest::newRow("d/m/yyyy") << QStringLiteral("5/3/1985") << QDate(1985, 3, 5);
        QTest::newRow("ddmmyyyy") << QStringLiteral("15031985") << QDate(1985, 3, 15);
        QTest::newRow("dashes") << QStringLiteral("15-03-1985") << QDate(1985, 3, 15);
        QTest::newRow("dots") << QStringLiteral(" 15.03.1985 ") << QDate(1985, 3, 15);
        QTest::newRow("d/m/yy, last century") << QStringLiteral("15/3/85") << QDate(1985, 3, 15);
        QTest::newRow("d/m/yy, this century") << QStringLiteral("2/9/19") << QDate(2019, 9, 2);
        QTest::newRow("no such day") << QStringLiteral("31/02/2026") << QDate();
        QTest::newRow("year first") << QStringLiteral("2026-03-15") << QDate();
        QTest::newRow("words") << QStringLiteral("mười lăm") << QDate();
    }
    void typedDates()
    {
        QFETCH(QString, typed);
        QFETCH(QDate, date);
        QCOMPARE(parseTypedDate(typed, QDate(2026, 12, 6)), date);
    }

    void dateLine_data()
    {
        QTest::addColumn<QDate>("date");
        QTest::addColumn<bool>("padAll");
        QTest::addColumn<QString>("expected");
        QTest::newRow("24/4") << QDate(2026, 4, 24) << false
                              << QStringLiteral("Vĩnh Phong, ngày 24 tháng 4 năm 2026");
        QTest::newRow("1/2") << QDate(2026, 2, 1) << false
                             << QStringLiteral("Vĩnh Phong, ngày 01 tháng 02 năm 2026");
        QTest::newRow("5/12") << QDate(2026, 12, 5) << false
                              << QStringLiteral("Vĩnh Phong, ngày 05 tháng 12 năm 2026");
        QTest::newRow("1/1") << QDate(2026, 1, 1) << false
                             << QStringLiteral("Vĩnh Phong, ngày 01 tháng 01 năm 2026");
        QTest::newRow("2/10") << QDate(2026, 10, 2) << false
                              << QStringLiteral("Vĩnh Phong, ngày 02 tháng 10 năm 2026");
        QTest::newRow("10/3") << QDate(2026, 3, 10) << false
                              << QStringLiteral("Vĩnh Phong, ngày 10 tháng 3 năm 2026");
        QTest::newRow("12/9") << QDate(2026, 9, 12) << false
                              << QStringLiteral("Vĩnh Phong, ngày 12 tháng 9 năm 2026");
        QTest::newRow("pad all 24/4") << QDate(2026, 4, 24) << true
                                      << QStringLiteral("Vĩnh Phong, ngày 24 tháng 04 năm 2026");
        QTest::newRow("pad all 5/12") << QDate(2026, 12, 5) << true
                                      << QStringLiteral("Vĩnh Phong, ngày 05 tháng 12 năm 2026");
    }
    void dateLine()
    {
        QFETCH(QDate, date);
        QFETCH(bool, padAll);
        QFETCH(QString, expected);
        QCOMPARE(sochibo::text::dateLine(QStringLiteral("Vĩnh Phong"), date,
                                         padAll ? MonthPadding::All : MonthPadding::Rule),
                 expected);
    }

    void periods()
    {
        QCOMPARE(monthOfYear(4, 2026), QStringLiteral("tháng 4/2026"));
        QCOMPARE(quarterOfYear(2, 2026), QStringLiteral("Quý II năm 2026"));
        QCOMPARE(quarterOfYear(4, 2026), QStringLiteral("Quý IV năm 2026"));
        QCOMPARE(schoolYear(2025), QStringLiteral("năm học 2025–2026"));
        QCOMPARE(committeeTerm(2024, 2027), QStringLiteral("nhiệm kỳ 2024–2027"));
        QCOMPARE(shortDate(QDate(2026, 4, 5)), QStringLiteral("05/04/2026"));
    }

    void roman_data()
    {
        QTest::addColumn<int>("n");
        QTest::addColumn<QString>("expected");
        QTest::newRow("1") << 1 << QStringLiteral("I");
        QTest::newRow("4") << 4 << QStringLiteral("IV");
        QTest::newRow("6") << 6 << QStringLiteral("VI");
        QTest::newRow("9") << 9 << QStringLiteral("IX");
        QTest::newRow("14") << 14 << QStringLiteral("XIV");
        QTest::newRow("40") << 40 << QStringLiteral("XL");
        QTest::newRow("2026") << 2026 << QStringLiteral("MMXXVI");
        QTest::newRow("0") << 0 << QString();
    }
    void roman()
    {
        QFETCH(int, n);
        QFETCH(QString, expected);
        QCOMPARE(romanNumeral(n), expected);
    }

    void letters_data()
    {
        QTest::addColumn<int>("n");
        QTest::addColumn<QString>("expected");
        const QStringList all =
            QStringLiteral("a b c d đ e g h i k l m n o p q r s t u v x y").split(QLatin1Char(' '));
        for (int i = 0; i < all.size(); ++i)
            QTest::addRow("%d", i + 1) << i + 1 << all.at(i);
        QTest::newRow("after y") << 24 << QStringLiteral("aa");
        QTest::newRow("25") << 25 << QStringLiteral("bb");
        QTest::newRow("28 = đđ") << 28 << QStringLiteral("đđ");
        QTest::newRow("0") << 0 << QString();
    }
    void letters()
    {
        QFETCH(int, n);
        QFETCH(QString, expected);
        QCOMPARE(itemLetter(n), expected);
    }

    void noForbiddenLetters()
    {
        for (int n = 1; n <= 60; ++n) {
            const QString l = itemLetter(n);
            QVERIFY2(!l.contains(QLatin1Char('f')) && !l.contains(QLatin1Char('j')) &&
                         !l.contains(QLatin1Char('w')) && !l.contains(QLatin1Char('z')),
                     qPrintable(l));
        }
    }

    void documentNumbers()
    {
        QCOMPARE(documentSymbol(6, QStringLiteral("KH"), QStringLiteral("CB")),
                 QStringLiteral("06-KH/CB"));
        QCOMPARE(documentSymbol(12, QStringLiteral("BC"), QStringLiteral("CB")),
                 QStringLiteral("12-BC/CB"));
        QCOMPARE(numberLine(3, QStringLiteral("KH"), QStringLiteral("CB")),
                 QStringLiteral("Số 03-KH/CB"));
        QCOMPARE(numberLine(3, QStringLiteral("KH"), QStringLiteral("CB"), true),
                 QStringLiteral("Số: 03-KH/CB"));
    }

    void upperCase_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("expected");
        QTest::newRow("cell") << QStringLiteral("chi bộ trường tiểu học")
                              << QStringLiteral("CHI BỘ TRƯỜNG TIỂU HỌC");
        QTest::newRow("đảng") << QStringLiteral("đảng") << QStringLiteral("ĐẢNG");
        QTest::newRow("mixed") << QStringLiteral("Đảng bộ xã Vĩnh Phong")
                               << QStringLiteral("ĐẢNG BỘ XÃ VĨNH PHONG");
        QTest::newRow("ư ơ") << QStringLiteral("phương hướng") << QStringLiteral("PHƯƠNG HƯỚNG");
        QTest::newRow("i stays I") << QStringLiteral("kiểm điểm") << QStringLiteral("KIỂM ĐIỂM");
    }
    void upperCase()
    {
        QFETCH(QString, input);
        QFETCH(QString, expected);
        QCOMPARE(upper(input), expected);
    }

    void numbers_data()
    {
        QTest::addColumn<QString>("actual");
        QTest::addColumn<QString>("expected");
        QTest::newRow("billions") << formatInteger(7082643000LL) << QStringLiteral("7.082.643.000");
        QTest::newRow("small") << formatInteger(35) << QStringLiteral("35");
        QTest::newRow("decimal") << formatDecimal(1.5) << QStringLiteral("1,5");
        QTest::newRow("85,3%") << percent(853, 1000) << QStringLiteral("85,3%");
        QTest::newRow("99,96% not 100,0%") << percent(9996, 10000) << QStringLiteral("99,9%");
        QTest::newRow("exact 100%") << percent(18, 18) << QStringLiteral("100%");
        QTest::newRow("half") << percent(9, 18) << QStringLiteral("50%");
        QTest::newRow("16/18") << percent(16, 18) << QStringLiteral("88,9%");
        QTest::newRow("round half up") << percent(1, 8) << QStringLiteral("12,5%");
        QTest::newRow("2/3") << percent(2, 3) << QStringLiteral("66,7%");
        QTest::newRow("tiny not 0,0%") << percent(1, 10000) << QStringLiteral("0,1%");
        QTest::newRow("zero") << percent(0, 7) << QStringLiteral("0%");
        QTest::newRow("no whole") << percent(3, 0) << QString();
        QTest::newRow("18/34") << percent(18, 34) << QStringLiteral("52,9%");
    }
    void numbers()
    {
        QFETCH(QString, actual);
        QFETCH(QString, expected);
        QCOMPARE(actual, expected);
    }

    void counts()
    {
        QCOMPARE(counted(3, QStringLiteral("đồng chí")), QStringLiteral("03 đồng chí"));
        QCOMPARE(counted(35, QStringLiteral("đảng viên")), QStringLiteral("35 đảng viên"));
        QCOMPARE(counted(2, QStringLiteral("chuyên đề")), QStringLiteral("02 chuyên đề"));
        QCOMPARE(counted(0, QStringLiteral("đồng chí")), QStringLiteral("0 đồng chí"));
        QCOMPARE(counted(10, QStringLiteral("đồng chí")), QStringLiteral("10 đồng chí"));
    }
};

QTEST_APPLESS_MAIN(TestDocumentWording)
#include "TestDocumentWording.moc"

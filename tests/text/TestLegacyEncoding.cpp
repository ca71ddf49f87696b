#include "text/LegacyEncoding.h"
#include "text/Normalization.h"

#include <QTest>

using namespace sochibo::text;

// Samples written from the published code charts (TCVN 5712:1993 VN3, VNI-Windows, Microsoft
// CP1258), as the bytes an old .doc / .xls / .csv holds. The Latin-1 readings are what users see
// when such a file is opened with the wrong font: "Céng hoµ" is TCVN3, "Coäng hoøa" is VNI.
static QByteArray latin1(const char *s)
{
    return QByteArray(s);
}

class TestLegacyEncoding : public QObject
{
    Q_OBJECT
private slots:
    /// A spreadsheet keeps text typed in an old font as the Windows-1252 characters of its
    /// bytes; a whole column tells which font, and Unicode text is never "converted".
    void textOfAnOldFont()
    {
        // "Cộng hòa xã hội" typed in .VnTime (TCVN3) and in VNI-Times, as Excel shows it
        const QString tcvn3 = QStringLiteral("C\u00e9ng ho\u00b5 x\u00b7 h\u00e9i");
        QCOMPARE(legacyFontOf(tcvn3), TextEncoding::Tcvn3);
        QCOMPARE(fromLegacyFont(tcvn3, TextEncoding::Tcvn3), QStringLiteral("Cộng hoà xã hội"));
        const QString vni =
            QStringLiteral("Co\u00e4ng ho\u00f8a") + QStringLiteral(" xa\u00f5 ho\u00e4i");
        QCOMPARE(legacyFontOf(vni), TextEncoding::VniWindows);
        QCOMPARE(fromLegacyFont(vni, TextEncoding::VniWindows), QStringLiteral("Cộng hòa xã hội"));
        // Unicode Vietnamese, even what fits in Windows-1252, stays as it is
        QCOMPARE(legacyFontOf(QStringLiteral("Lê Hà")), TextEncoding::Utf8);
        QCOMPARE(legacyFontOf(QStringLiteral("Cộng hòa xã hội")), TextEncoding::Utf8);
        QCOMPARE(legacyFontOf(QStringLiteral("STT 12/04/1975")), TextEncoding::Utf8);
        QCOMPARE(fromLegacyFont(QStringLiteral("Cộng hòa"), TextEncoding::Tcvn3),
                 QStringLiteral("Cộng hòa"));
    }

    void decode_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<int>("encoding");
        QTest::addColumn<QString>("expected");
        // TCVN3: C 0xE9(ộ) n g  h o 0xB5(à)  x 0xB7(ã)  h 0xE9 i  c h 0xF1(ủ)  n g h 0xDC(ĩ) a
        //        V i 0xD6(ệ) t
        QTest::newRow("tcvn3 motto")
            << latin1("C\xe9ng ho\xb5 x\xb7 h\xe9i ch\xf1 ngh\xdc"
                      "a Vi\xd6t Nam")
            << int(TextEncoding::Tcvn3) << QStringLiteral("Cộng hoà xã hội chủ nghĩa Việt Nam");
        // TCVN3: 0xA7 Đ, 0xB6 ả; 0xAD ư, 0xEA ờ
        QTest::newRow("tcvn3 names")
            << latin1("\xa7\xb6ng vi\xaan M\xad\xeang Kh\xad\xac"
                      "ng")
            << int(TextEncoding::Tcvn3) << QStringLiteral("Đảng viên Mường Khương");
        // VNI: o+ä = ộ, o+ø = ò, a+õ = ã, u+û = ủ, ó = ĩ, e+ä = ệ
        QTest::newRow("vni motto") << latin1("Co\xe4ng ho\xf8"
                                             "a xa\xf5 ho\xe4i chu\xfb ngh\xf3"
                                             "a Vie\xe4t Nam")
                                   << int(TextEncoding::VniWindows)
                                   << QStringLiteral("Cộng hòa xã hội chủ nghĩa Việt Nam");
        // VNI: Ñ = Đ, a+û = ả; ö = ư, ô+ø = ờ; upper-case marks after upper-case vowels
        QTest::newRow("vni names")
            << latin1("\xd1"
                      "a\xfbng vie\xe2n M\xf6\xf4\xf8ng NGUYE\xc3N")
            << int(TextEncoding::VniWindows) << QStringLiteral("Đảng viên Mường NGUYỄN");
        // CP1258: base letters with combining tone bytes (0xF2 dot below, 0xCC grave, 0xD2 hook)
        QTest::newRow("cp1258") << latin1("C\xf4\xf2ng ho\xcc"
                                          "a Vi\xea\xf2t Nam. \xd0"
                                          "a\xd2ng")
                                << int(TextEncoding::Windows1258)
                                << QStringLiteral("Cộng hòa Việt Nam. Đảng");
        QTest::newRow("utf8") << QStringLiteral("Đảng viên").toUtf8() << int(TextEncoding::Utf8)
                              << QStringLiteral("Đảng viên");
        QTest::newRow("utf8 NFD to NFC") << QStringLiteral("Nguye\u0302\u0303n").toUtf8()
                                         << int(TextEncoding::Utf8) << QStringLiteral("Nguyễn");
    }
    void decode()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(int, encoding);
        QFETCH(QString, expected);
        const QString got = decodeLegacy(bytes, TextEncoding(encoding));
        QCOMPARE(got, expected);
        QVERIFY(isNfc(got));
    }

    void detect_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<int>("encoding");
        QTest::newRow("tcvn3 line")
            << latin1("Chi b\xe9 tr\xad\xeang ti\xd3u h\xe4"
                      "c V\xdfnh Phong, \xa7\xb6ng vi\xaan Nguy\xd4n Th\xde Thu")
            << int(TextEncoding::Tcvn3);
        QTest::newRow("vni line") << latin1("Chi bo\xe4 tr\xf6\xf4\xf8ng tie\xe5u ho\xef"
                                            "c V\xf2nh Phong, \xd1"
                                            "a\xfbng vie\xe2n Nguye\xe3n Th\xf2 Thu")
                                  << int(TextEncoding::VniWindows);
        QTest::newRow("cp1258 line") << latin1("Chi b\xf4\xf2 tr\xfd\xf5\xcc"
                                               "ng ti\xea\xd2u ho\xf2"
                                               "c Vi\xf2nh Phong, \xd0"
                                               "a\xd2ng vi\xea"
                                               "n Nguy\xea\xden Thi\xf2 Thu")
                                     << int(TextEncoding::Windows1258);
        QTest::newRow("utf8 line") << QStringLiteral("Chi bộ trường tiểu học Vĩnh Phong").toUtf8()
                                   << int(TextEncoding::Utf8);
        QTest::newRow("ascii") << latin1("Nguyen Van A, 0912345678") << int(TextEncoding::Utf8);
    }
    void detect()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(int, encoding);
        const EncodingGuess g = detectEncoding(bytes);
        QCOMPARE(int(g.encoding), encoding);
        QVERIFY2(g.confidence >= 0.5, qPrintable(QString::number(g.confidence)));
    }

    void detectsDecomposedUtf8()
    {
        const EncodingGuess g =
            detectEncoding(QStringLiteral("Nguye\u0302\u0303n Thi\u0323 Thu").toUtf8());
        QCOMPARE(g.encoding, TextEncoding::Utf8);
        QVERIFY(g.decomposed);
        QVERIFY(!detectEncoding(QStringLiteral("Nguyễn Thị Thu").toUtf8()).decomposed);
    }

    void decodeAutoGivesText()
    {
        EncodingGuess g;
        const QString s = decodeAuto(latin1("\xa7\xb6ng vi\xaan Tri\xaan"), &g);
        QCOMPARE(s, QStringLiteral("Đảng viên Triên"));
        QCOMPARE(g.encoding, TextEncoding::Tcvn3);
    }

    void letters()
    {
        QVERIFY(isVietnameseLetter(QChar(0x1EC7)));  // ệ
        QVERIFY(isVietnameseLetter(QChar(0x0111)));  // đ
        QVERIFY(!isVietnameseLetter(QChar(0x00B6))); // ¶
        QVERIFY(!isVietnameseLetter(QChar(0x00F1))); // ñ
        QVERIFY(!isVietnameseLetter(QLatin1Char('b')));
    }
};

QTEST_APPLESS_MAIN(TestLegacyEncoding)
#include "TestLegacyEncoding.moc"

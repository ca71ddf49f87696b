// Member lists read from spreadsheets (issue 23): the fixtures in tests/data/import (made by
// make-fixtures.py there) read as the members, dates, posts and problems a secretary would see
// in the preview, and an import writes the members with their events, all or nothing.
#include "TestPaths.h"
#include "core/MembershipTimeline.h"
#include "sheets/MemberImport.h"
#include "storage/CellRepository.h"
#include "storage/Database.h"
#include "storage/MemberRepository.h"
#include "text/Normalization.h"

#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

using namespace sochibo;
using namespace sochibo::sheets;
using core::Member;

namespace {

const QDate kToday(2026, 11, 21);

QByteArray fixture(const QString &name)
{
    QFile f(QStringLiteral(SOCHIBO_TEST_DATA_DIR "/import/") + name);
    if (!f.open(QIODevice::ReadOnly))
        qFatal("missing fixture %s", qPrintable(name));
    return f.readAll();
}

ImportPlan planOf(const QString &name, const QList<Member> &existing = {},
                  const QMap<int, MemberField> &overrides = {})
{
    return planMemberImport(readWorkbook(fixture(name), name), name, 0, existing, kToday,
                            overrides);
}

ImportPlan planOfText(const QByteArray &csv, const QList<Member> &existing = {})
{
    return planMemberImport(readWorkbook(csv, QStringLiteral("list.csv")),
                            QStringLiteral("list.csv"), 0, existing, kToday);
}

const ImportRow *rowNamed(const ImportPlan &plan, const QString &name)
{
    for (const ImportRow &r : plan.rows)
        if (r.member.fullName == name)
            return &r;
    return nullptr;
}

QString refusal(const QByteArray &bytes)
{
    try {
        readWorkbook(bytes, QStringLiteral("ds.xlsx"));
    } catch (const core::UserError &e) {
        return e.message();
    }
    return {};
}

} // namespace

class TestMemberImport : public QObject
{
    Q_OBJECT

private slots:
    /// Titles above the headings, column numbers under them, a total and a signature below:
    /// only the members are read, each with its problems.
    void titledExcelList()
    {
        const ImportPlan plan = planOf(QStringLiteral("members-titled.xlsx"));
        QVERIFY2(plan.errors.isEmpty(), qPrintable(plan.errors.join('\n')));
        QCOMPARE(plan.format, QStringLiteral("xlsx"));
        QCOMPARE(plan.headerRow, 3);
        QCOMPARE(plan.rows.size(), 6);
        QCOMPARE(plan.importCount(), 4);
        QCOMPARE(plan.errorRowCount(), 1);
        QCOMPARE(plan.unmappedHeadings(), QStringList{QStringLiteral("Quê quán (L)")});

        const ImportRow *khoa = rowNamed(plan, QStringLiteral("Lương Minh Khoa"));
        QVERIFY(khoa);
        QCOMPARE(khoa->sheetRow, 5);
        QCOMPARE(khoa->member.birthDate, QDate(1975, 4, 12));
        QCOMPARE(khoa->member.gender, core::Gender::Male);
        QCOMPARE(khoa->member.role, core::Role::Secretary); // "Bí thư, Hiệu trưởng"
        QCOMPARE(khoa->member.job, core::Job::Manager);
        QCOMPARE(khoa->member.education, core::Education::Master);
        QCOMPARE(khoa->member.kind, core::MembershipKind::Full);
        QCOMPARE(khoa->member.fullOn, QDate(2002, 5, 19));
        QCOMPARE(khoa->member.phone, QStringLiteral("0912345678")); // the lost zero back
        QCOMPARE(khoa->member.notes, QStringLiteral("Số thẻ đảng viên: 01.234567"));
        QVERIFY(khoa->warnings.isEmpty());

        // capitals only on the words' first letters; NFC
        const ImportRow *hien = rowNamed(plan, QStringLiteral("Phùng Thị Thu Hiền"));
        QVERIFY(hien);
        QVERIFY(text::isNfc(hien->member.fullName));
        QCOMPARE(hien->member.gender, core::Gender::Female);
        QCOMPARE(hien->member.role, core::Role::DeputySecretary);
        // admitted 20/12/2025, no full-membership date: still within the twelve months
        const ImportRow *vinh = rowNamed(plan, QStringLiteral("Đinh Quang Vĩnh"));
        QVERIFY(vinh);
        QCOMPARE(vinh->member.kind, core::MembershipKind::Probationary);
        QCOMPARE(vinh->member.notes, QStringLiteral("Đang dự bị"));
        QCOMPARE(vinh->member.education, core::Education::Bachelor); // "ĐHSP"

        const ImportRow *anh = rowNamed(plan, QStringLiteral("Mạc Thị Ngọc Ánh"));
        QVERIFY(anh);
        QCOMPARE(anh->sheetRow, 8);
        QCOMPARE(anh->errors,
                 QStringList{QStringLiteral("Ngày sinh: “31/02/1990” không phải một ngày.")});
        QVERIFY(anh->skip);
        QCOMPARE(anh->member.job, core::Job::Staff); // "Kế toán"

        const ImportRow *toan = rowNamed(plan, QStringLiteral("Âu Văn Toàn"));
        QVERIFY(toan);
        QCOMPARE(toan->member.job, core::Job::Staff);             // "Bảo vệ"
        QCOMPARE(toan->member.education, core::Education::Other); // "Trung cấp", no warning
        QVERIFY(toan->warnings.isEmpty());

        // the signature line under the table is not a member
        const ImportRow &last = plan.rows.last();
        QCOMPARE(last.sheetRow, 12);
        QVERIFY(last.skip);
        QVERIFY(last.errors.isEmpty());
        QVERIFY(last.warnings.value(0).contains(QStringLiteral("không giống một đảng viên")));

        const QString table = describePlan(plan);
        QVERIFY2(table.contains(QStringLiteral("   8  bỏ    Mạc Thị Ngọc Ánh")), qPrintable(table));
        QVERIFY(
            table.contains(QStringLiteral("Sẽ nhập 4 đảng viên; 1 dòng có lỗi; 2 dòng bỏ qua.")));
    }

    /// Split names, a women's mark, the birth year alone, a two-row heading, and dates as
    /// Excel serial numbers, ddmmyyyy and d/m/yy.
    void serialDatesAndTwoRowHeadings()
    {
        const ImportPlan plan = planOf(QStringLiteral("members-serial.xlsx"));
        QVERIFY2(plan.errors.isEmpty(), qPrintable(plan.errors.join('\n')));
        QCOMPARE(plan.rows.size(), 3);
        QCOMPARE(plan.columns.at(6).heading, QStringLiteral("Ngày vào Đảng Dự bị"));
        QCOMPARE(plan.columns.at(6).field, MemberField::AdmittedOn);
        QCOMPARE(plan.columns.at(7).heading, QStringLiteral("Ngày vào Đảng Chính thức"));
        QCOMPARE(plan.columns.at(7).field, MemberField::FullOn);

        const Member quynh = plan.rows.at(0).member;
        QCOMPARE(quynh.fullName, QStringLiteral("Tạ Thị Quỳnh"));
        QCOMPARE(quynh.gender, core::Gender::Female);
        QCOMPARE(quynh.birthDate, QDate(1979, 1, 1));
        QCOMPARE(plan.rows.at(0).warnings,
                 QStringList{QStringLiteral("Ngày sinh: chỉ có năm 1979, ghi là 01/01/1979.")});
        QCOMPARE(quynh.admittedOn, QDate(2000, 1, 1)); // serial 36526
        QCOMPARE(quynh.fullOn, QDate(2001, 1, 1));
        QCOMPARE(quynh.role, core::Role::CommitteeMember);

        const Member lam = plan.rows.at(1).member;
        QCOMPARE(lam.fullName, QStringLiteral("Khúc Văn Lâm"));
        QCOMPARE(lam.gender, core::Gender::Male);
        QCOMPARE(lam.admittedOn, QDate(2012, 3, 15)); // "15032012"
        QCOMPARE(lam.job, core::Job::Staff);

        const Member mai = plan.rows.at(2).member;
        QCOMPARE(mai.admittedOn, QDate(2019, 9, 3)); // "3/9/19"
        QCOMPARE(mai.fullOn, QDate(2020, 9, 3));
        QCOMPARE(mai.birthDate, QDate(1992, 1, 1)); // "1992" as text
    }

    /// A sheet typed in the .VnTime font reads as Unicode, headings included.
    void tcvn3Sheet()
    {
        const ImportPlan plan = planOf(QStringLiteral("members-tcvn3.xlsx"));
        QVERIFY2(plan.errors.isEmpty(), qPrintable(plan.errors.join('\n')));
        QCOMPARE(plan.columns.at(1).heading, QStringLiteral("Họ và tên"));
        QCOMPARE(plan.columns.at(1).convertedFrom, QStringLiteral("TCVN3 (ABC)"));
        QStringList names;
        for (const ImportRow &r : plan.rows)
            names << r.member.fullName;
        QCOMPARE(names,
                 (QStringList{QStringLiteral("Nguyễn Thị Hồng Nhung"),
                              QStringLiteral("Trương Đức Thắng"), QStringLiteral("Lò Văn Tuấn")}));
        QCOMPARE(plan.rows.at(0).member.gender, core::Gender::Female);
        QCOMPARE(plan.rows.at(1).member.job, core::Job::Manager); // "Phó Hiệu trưởng"
        QCOMPARE(plan.rows.at(2).member.job, core::Job::Staff);
        QCOMPARE(plan.rows.at(1).member.admittedOn, QDate(2003, 5, 19));
    }

    /// Text typed in the VNI font is converted too; a Unicode column that happens to fit in
    /// Windows-1252 ("Lê Hà") is left alone.
    void vniAndLatinColumns()
    {
        ImportPlan plan = planOfText(
            QByteArrayLiteral("Ho\xc3\xaf va\xc3\xb8 te\xc3\xa2n\nNguye\xc3\xa3n Tha\xc3\xaf"
                              "ch Tha\xc3\xb9i\n"));
        QVERIFY2(plan.errors.isEmpty(), qPrintable(plan.errors.join('\n')));
        QCOMPARE(plan.columns.at(0).convertedFrom, QStringLiteral("VNI-Windows"));
        QCOMPARE(plan.rows.value(0).member.fullName, QStringLiteral("Nguyễn Thạch Thái"));

        plan = planOfText(QStringLiteral("Họ và tên,Ngày sinh\nLê Hà,01/02/1990\n").toUtf8());
        QCOMPARE(plan.rows.value(0).member.fullName, QStringLiteral("Lê Hà"));
        QVERIFY(plan.columns.at(0).convertedFrom.isEmpty());
    }

    /// OpenDocument: dates as dates, repeated empty rows and columns counted, not stored.
    void odsList()
    {
        const Workbook book =
            readWorkbook(fixture(QStringLiteral("members.ods")), QStringLiteral("members.ods"));
        QCOMPARE(book.sheets.size(), 2);
        QCOMPARE(book.sheets.at(0).name, QStringLiteral("Đảng viên"));
        QCOMPARE(book.sheets.at(0).rows.size(), 4); // title, headings, two members
        const ImportPlan plan = planOf(QStringLiteral("members.ods"));
        QCOMPARE(plan.headerRow, 3);
        QCOMPARE(plan.rows.size(), 2);
        QCOMPARE(plan.rows.at(0).member.fullName, QStringLiteral("Hà Minh Châu"));
        QCOMPARE(plan.rows.at(0).member.birthDate, QDate(1981, 5, 12));
        QCOMPARE(plan.rows.at(0).member.fullOn, QDate(2007, 6, 1));
        QCOMPARE(plan.rows.at(1).sheetRow, 5);
        QCOMPARE(plan.rows.at(1).member.admittedOn, QDate(2000, 11, 20));
        // the second sheet is empty: chosen, it says so
        const ImportPlan empty =
            planMemberImport(book, QStringLiteral("members.ods"), 1, {}, kToday);
        QCOMPARE(empty.errors, QStringList{QStringLiteral("Trang “Trống” trống.")});
        QVERIFY(!empty.canImport());
    }

    void csvFiles()
    {
        ImportPlan plan = planOf(QStringLiteral("members-utf8.csv"));
        QCOMPARE(plan.encoding, QStringLiteral("UTF-8"));
        QCOMPARE(plan.rows.size(), 2);
        QCOMPARE(plan.rows.at(0).member.notes,
                 QStringLiteral("Chuyển đến; từ trường\nTiểu học")); // ";" and a line break quoted
        QCOMPARE(plan.rows.at(1).member.fullName, QStringLiteral("Lã Văn Hùng"));
        QCOMPARE(plan.rows.at(1).sheetRow, 3);

        plan = planOf(QStringLiteral("members-1258.csv"));
        QCOMPARE(plan.encoding, QStringLiteral("Windows-1258"));
        QCOMPARE(plan.rows.at(0).member.fullName, QStringLiteral("Giáp Thị Tuyết"));
        QCOMPARE(plan.rows.at(1).member.fullName, QStringLiteral("Hứa Quốc Việt"));
        QVERIFY(text::isNfc(plan.rows.at(1).member.fullName));
        QCOMPARE(plan.rows.at(1).member.admittedOn, QDate(1998, 5, 19));

        // UTF-16 with a byte-order mark, tab-separated (Excel's "Unicode text")
        const QString utf16 =
            QStringLiteral("Họ và tên\tNgày vào Đảng\r\nĐoàn Thị Yến\t8/3/2015\r\n");
        QByteArray bytes("\xFF\xFE", 2);
        bytes.append(reinterpret_cast<const char *>(utf16.utf16()), utf16.size() * 2);
        plan = planOfText(bytes);
        QCOMPARE(plan.encoding, QStringLiteral("UTF-16"));
        QCOMPARE(plan.rows.value(0).member.fullName, QStringLiteral("Đoàn Thị Yến"));
        QCOMPARE(plan.rows.value(0).member.admittedOn, QDate(2015, 3, 8));
    }

    void headingsGuessed_data()
    {
        QTest::addColumn<QString>("heading");
        QTest::addColumn<int>("field");
        const auto row = [](const char *h, MemberField f) {
            QTest::newRow(h) << QString::fromUtf8(h) << int(f);
        };
        row("HỌ VÀ TÊN", MemberField::FullName);
        row("Họ tên", MemberField::FullName);
        row("Họ đệm", MemberField::FamilyMiddle);
        row("Tên", MemberField::GivenName);
        row("Ngày, tháng, năm sinh", MemberField::BirthDate);
        row("Năm sinh", MemberField::BirthDate);
        row("Nơi sinh", MemberField::Ignore);
        row("Giới tính", MemberField::Gender);
        row("Nữ", MemberField::Female);
        row("Ngày vào Đảng", MemberField::AdmittedOn);
        row("Ngày kết nạp", MemberField::AdmittedOn);
        row("Ngày chính thức", MemberField::FullOn);
        row("Ngày công nhận đảng viên chính thức", MemberField::FullOn);
        row("Chức vụ Đảng", MemberField::PartyRole);
        row("Chức vụ", MemberField::Post);
        row("Chức vụ chính quyền", MemberField::Post);
        row("Trình độ chuyên môn", MemberField::Education);
        row("Trình độ lý luận chính trị", MemberField::Ignore);
        row("Số thẻ đảng viên", MemberField::CardNumber);
        row("Điện thoại", MemberField::Phone);
        row("SĐT", MemberField::Phone);
        row("Ghi chú", MemberField::Notes);
        row("Loại đảng viên", MemberField::Kind);
        row("Xếp loại năm 2025", MemberField::Ignore);
        row("STT", MemberField::Sequence);
        row("Quê quán", MemberField::Ignore);
    }
    void headingsGuessed()
    {
        QFETCH(QString, heading);
        QFETCH(int, field);
        QCOMPARE(int(guessField(heading)), field);
    }

    /// Dates as offices type them; an admission date that is only a year, or not yet come,
    /// is an error on its row.
    void datesAsOfficesTypeThem()
    {
        const ImportPlan plan = planOfText(QStringLiteral("Họ và tên,Ngày sinh,Ngày vào Đảng\n"
                                                          "Một,15031985,ngày 02 tháng 9 năm 2010\n"
                                                          "Hai,15/3/85,15.03.2011\n"
                                                          "Ba,1985,2012\n"
                                                          "Bốn,01/01/1980,01/01/2027\n")
                                               .toUtf8());
        QCOMPARE(plan.rows.size(), 4);
        QCOMPARE(plan.rows.at(0).member.birthDate, QDate(1985, 3, 15));
        QCOMPARE(plan.rows.at(0).member.admittedOn, QDate(2010, 9, 2));
        QCOMPARE(plan.rows.at(1).member.birthDate, QDate(1985, 3, 15));
        QCOMPARE(plan.rows.at(1).member.admittedOn, QDate(2011, 3, 15));
        QCOMPARE(plan.rows.at(2).errors,
                 QStringList{QStringLiteral("Ngày vào Đảng: “2012” không phải một ngày.")});
        QCOMPARE(plan.rows.at(3).errors,
                 QStringList{QStringLiteral("Ngày vào Đảng: 01/01/2027 chưa tới.")});
        // no gender column: read from the middle name where it tells
        QVERIFY(plan.rows.at(0).warnings.join(' ').contains(QStringLiteral("tạm ghi Nam")));
    }

    /// A row that repeats a member of the book (folded name and birth date) or an earlier row
    /// starts unticked; the same name with another birth date is another person.
    void duplicatesStartUnticked()
    {
        Member existing;
        existing.id = 7;
        existing.fullName = QStringLiteral("Lương Minh Khoa");
        existing.birthDate = QDate(1975, 4, 12);
        Member namesake = existing;
        namesake.id = 8;
        namesake.fullName = QStringLiteral("Âu Văn Toàn");
        namesake.birthDate = QDate(1990, 1, 1);
        const ImportPlan plan = planOf(QStringLiteral("members-titled.xlsx"), {existing, namesake});
        const ImportRow *khoa = rowNamed(plan, QStringLiteral("Lương Minh Khoa"));
        QCOMPARE(khoa->duplicateOf, 7);
        QVERIFY(khoa->skip);
        QVERIFY(khoa->warnings.value(0).contains(QStringLiteral("sinh 12/04/1975")));
        const ImportRow *toan = rowNamed(plan, QStringLiteral("Âu Văn Toàn"));
        QCOMPARE(toan->duplicateOf, 0);
        QVERIFY(!toan->skip);

        const ImportPlan twice = planOfText(
            QStringLiteral("Họ và tên,Ngày sinh\nNgô Thị Hà,01/01/1990\nNGÔ THỊ HÀ,01/01/1990\n")
                .toUtf8());
        QCOMPARE(twice.rows.at(1).duplicateOf, -1);
        QCOMPARE(twice.rows.at(1).warnings,
                 QStringList{QStringLiteral("Trùng với dòng 2 của bảng.")});
    }

    /// The user's field for a column wins over the guess; a field chosen twice, or no name
    /// column at all, is an error of the whole list.
    void mappingChosenByTheUser()
    {
        ImportPlan plan =
            planOf(QStringLiteral("members-titled.xlsx"), {}, {{2, MemberField::Ignore}});
        QVERIFY(!plan.columns.at(2).guessed);
        QVERIFY(!rowNamed(plan, QStringLiteral("Lương Minh Khoa"))->member.birthDate.isValid());
        QVERIFY(rowNamed(plan, QStringLiteral("Mạc Thị Ngọc Ánh"))->errors.isEmpty());
        QCOMPARE(columnOf(plan, QStringLiteral("ngay vao dang")), 6);
        QCOMPARE(columnOf(plan, QStringLiteral("H")), 7);
        QCOMPARE(columnOf(plan, QStringLiteral("3")), 2);

        plan = planOf(QStringLiteral("members-titled.xlsx"), {}, {{11, MemberField::BirthDate}});
        QCOMPARE(plan.errors, QStringList{QStringLiteral(
                                  "Cột C và cột L đều là “Ngày sinh”: hãy chọn lại một cột.")});
        QVERIFY(!plan.canImport());

        plan = planOf(QStringLiteral("members-titled.xlsx"), {}, {{1, MemberField::Ignore}});
        QVERIFY(plan.errors.value(0).startsWith(QStringLiteral("Không tìm thấy cột họ và tên")));
        QVERIFY(plan.rows.isEmpty());
    }

    /// A damaged or foreign file is refused with a sentence naming it; nothing is read.
    void damagedFilesAreRefused()
    {
        const QByteArray xlsx = fixture(QStringLiteral("members-titled.xlsx"));
        QVERIFY(refusal(xlsx.left(xlsx.size() / 2)).contains(QStringLiteral("bị hỏng")));
        QVERIFY(refusal(QByteArray("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8) + QByteArray(512, '\0'))
                    .contains(QStringLiteral("Excel 97–2003 (.xls)")));
        QVERIFY(refusal(QByteArray(4096, '\0')).contains(QStringLiteral("không phải bảng tính")));
        QCOMPARE(refusal(QByteArray()),
                 QStringLiteral("Không đọc được bảng tính “ds.xlsx”: tệp trống."));
        // every cut of a real file is refused or read, never a crash
        for (qsizetype cut = 0; cut < xlsx.size(); cut += 97)
            refusal(xlsx.left(cut));
        const QByteArray ods = fixture(QStringLiteral("members.ods"));
        for (qsizetype cut = 0; cut < ods.size(); cut += 31)
            refusal(ods.left(cut));
    }

    /// Written, the members come with their events (core::eventsOfRecord), so the counts on
    /// any date are right from the first day; a member that cannot be saved writes none.
    void importWritesMembersWithTheirEvents()
    {
        QTemporaryDir dir;
        const auto db = storage::Database::open(dir.filePath(QStringLiteral("cell.db")),
                                                storage::Database::Mode::Create);
        storage::MemberRepository repo(db);
        const ImportPlan plan = planOf(QStringLiteral("members-titled.xlsx"));
        QList<Member> take;
        for (const ImportRow &r : plan.rows)
            if (!r.skip)
                take << r.member;
        const QList<qint64> ids = repo.addWithEvents(take);
        QCOMPARE(ids.size(), 4);
        QCOMPARE(repo.list().size(), 4);
        QCOMPARE(repo.membersOn(kToday).size(), 4);
        QCOMPARE(repo.membersOn(QDate(2000, 1, 1)).size(), 1); // Âu Văn Toàn, admitted 1995
        QCOMPARE(repo.withEvent(core::EventKind::Admitted, QDate(2025, 1, 1), QDate(2025, 12, 31)),
                 QList<qint64>{ids.at(2)});
        QCOMPARE(repo.withEvent(core::EventKind::MadeFull, QDate(2009, 1, 1), QDate(2009, 12, 31)),
                 QList<qint64>{ids.at(1)});
        const QList<core::MembershipEvent> khoa = repo.events(ids.at(0));
        QCOMPARE(khoa.size(), 2);
        QCOMPARE(khoa.at(0).kind, core::EventKind::Admitted);
        QCOMPARE(khoa.at(0).date, QDate(2001, 5, 19));
        QCOMPARE(khoa.at(1).kind, core::EventKind::MadeFull);
        QCOMPARE(khoa.at(1).date, QDate(2002, 5, 19));

        Member bad;
        bad.fullName = QStringLiteral("Tôn Nữ Hạnh");
        bad.birthDate = QDate(2000, 1, 1);
        bad.admittedOn = QDate(2010, 1, 1); // before eighteen
        try {
            repo.addWithEvents({take.at(0), bad});
            QFAIL("an invalid member was written");
        } catch (const core::UserError &e) {
            QVERIFY2(e.message().startsWith(QStringLiteral("Tôn Nữ Hạnh: ")),
                     qPrintable(e.message()));
        }
        QCOMPARE(repo.list().size(), 4); // the valid one before it was rolled back too
    }
};

QTEST_GUILESS_MAIN(TestMemberImport)
#include "TestMemberImport.moc"

#include "DemoData.h"

#include "storage/CellRepository.h"
#include "storage/EvidenceStore.h"
#include "storage/MeetingRepository.h"
#include "storage/MemberRepository.h"
#include "storage/ReviewRepository.h"
#include "storage/TaskRepository.h"
#include "storage/Transaction.h"
#include "text/DocumentWording.h"

#include <QBuffer>
#include <QFont>
#include <QImage>
#include <QPainter>
#include <QPdfWriter>

namespace sochibo::demo {

using namespace sochibo::core;
using namespace sochibo::storage;

namespace {

struct PersonSeed
{
    const char *name;
    Gender gender;
    int birthYear;
    Job job;
    Education education;
    Role role;
    QDate admitted;
    QDate full; // invalid: probationary
};

// Invented people. Dates chosen so that: one admitted in 2026 (probationary), one transferred
// in (August 2026), one retired (June 2026), one probationary since late 2025.
const PersonSeed kPeople[] = {
    {"Nguyễn Thị Thanh Hương",
     Gender::Female,
     1976,
     Job::Manager,
     Education::Master,
     Role::Secretary,
     {2003, 5, 19},
     {2004, 5, 19}},
    {"Trần Văn Khải",
     Gender::Male,
     1980,
     Job::Manager,
     Education::Bachelor,
     Role::DeputySecretary,
     {2007, 9, 2},
     {2008, 9, 2}},
    {"Lê Thị Mỹ Duyên",
     Gender::Female,
     1985,
     Job::Teacher,
     Education::Bachelor,
     Role::CommitteeMember,
     {2011, 3, 26},
     {2012, 3, 26}},
    {"Phạm Quốc Bảo",
     Gender::Male,
     1988,
     Job::Teacher,
     Education::Bachelor,
     Role::None,
     {2014, 12, 22},
     {2015, 12, 22}},
    {"Võ Thị Ngọc Ánh",
     Gender::Female,
     1986,
     Job::Teacher,
     Education::Bachelor,
     Role::None,
     {2012, 2, 3},
     {2013, 2, 3}},
    {"Huỳnh Thị Kim Chi",
     Gender::Female,
     1983,
     Job::Teacher,
     Education::College,
     Role::None,
     {2010, 5, 19},
     {2011, 5, 19}},
    {"Đặng Văn Dũng",
     Gender::Male,
     1979,
     Job::Staff,
     Education::College,
     Role::None,
     {2009, 8, 19},
     {2010, 8, 19}},
    {"Bùi Thị Hồng Đào",
     Gender::Female,
     1990,
     Job::Teacher,
     Education::Bachelor,
     Role::None,
     {2016, 3, 8},
     {2017, 3, 8}},
    {"Đỗ Thị Thu Hà",
     Gender::Female,
     1984,
     Job::Teacher,
     Education::Master,
     Role::None,
     {2010, 11, 20},
     {2011, 11, 20}},
    {"Ngô Minh Hiếu",
     Gender::Male,
     1996,
     Job::Teacher,
     Education::Bachelor,
     Role::None,
     {2026, 3, 15},
     {}},
    {"Dương Thị Lan",
     Gender::Female,
     1987,
     Job::Teacher,
     Education::Bachelor,
     Role::None,
     {2013, 9, 2},
     {2014, 9, 2}},
    {"Phan Thị Mai",
     Gender::Female,
     1989,
     Job::Teacher,
     Education::Bachelor,
     Role::None,
     {2015, 6, 1},
     {2016, 6, 1}},
    {"Trương Văn Nam",
     Gender::Male,
     1966,
     Job::Teacher,
     Education::Bachelor,
     Role::None,
     {1995, 2, 3},
     {1996, 2, 3}},
    {"Lý Thị Nhung",
     Gender::Female,
     1982,
     Job::Staff,
     Education::Bachelor,
     Role::None,
     {2012, 10, 20},
     {2013, 10, 20}},
    {"Hồ Thị Phượng",
     Gender::Female,
     1991,
     Job::Teacher,
     Education::Bachelor,
     Role::None,
     {2018, 5, 19},
     {2019, 5, 19}},
    {"Cao Văn Sơn",
     Gender::Male,
     1985,
     Job::Teacher,
     Education::Bachelor,
     Role::None,
     {2011, 12, 22},
     {2012, 12, 22}},
    {"Mai Thị Thảo",
     Gender::Female,
     1997,
     Job::Teacher,
     Education::Bachelor,
     Role::None,
     {2025, 11, 10},
     {}},
    {"Châu Thị Thùy Trang",
     Gender::Female,
     1993,
     Job::Teacher,
     Education::College,
     Role::None,
     {2019, 9, 2},
     {2020, 9, 2}},
    {"Tạ Đình Vinh",
     Gender::Male,
     1989,
     Job::Teacher,
     Education::Bachelor,
     Role::None,
     {2016, 12, 22},
     {2017, 12, 22}},
};
enum Who {
    Huong = 0,
    Khai,
    Duyen,
    Bao,
    Anh,
    Chi,
    Dung,
    Dao,
    Ha,
    Hieu,
    Lan,
    Mai,
    Nam,
    Nhung,
    Phuong,
    Son,
    Thao,
    Trang,
    Vinh
};

QByteArray makePdf(const QString &title, const QStringList &lines)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    QPdfWriter pdf(&buffer);
    pdf.setPageSize(QPageSize(QPageSize::A4));
    pdf.setResolution(72);
    pdf.setTitle(title);
    pdf.setCreator(QStringLiteral("Sổ chi bộ (dữ liệu mẫu)"));
    QPainter p(&pdf);
    QFont f(QStringLiteral("Liberation Serif"));
    f.setPointSize(14);
    f.setBold(true);
    p.setFont(f);
    p.drawText(QRect(60, 60, 480, 40), Qt::AlignCenter, title);
    f.setBold(false);
    f.setPointSize(12);
    p.setFont(f);
    int y = 120;
    for (const QString &l : lines) {
        p.drawText(QRect(60, y, 480, 24), Qt::AlignLeft | Qt::TextWordWrap, l);
        y += 24;
    }
    p.end();
    return bytes;
}

QByteArray makeImage(const QString &caption, const QColor &color)
{
    QImage img(480, 320, QImage::Format_RGB32);
    img.fill(color);
    QPainter p(&img);
    p.setPen(Qt::white);
    QFont f(QStringLiteral("Liberation Serif"));
    f.setPointSize(20);
    p.setFont(f);
    p.drawText(img.rect().adjusted(20, 20, -20, -20), Qt::AlignCenter | Qt::TextWordWrap, caption);
    p.end();
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    img.save(&buffer, "PNG");
    return bytes;
}

QString s(const char *utf8)
{
    return QString::fromUtf8(utf8);
}

} // namespace

void writeDemo(const Database &db)
{
    Transaction tx(db);
    db.setActor(QStringLiteral("dữ liệu mẫu"));
    CellRepository cells(db);
    MemberRepository members(db);
    TaskRepository tasks(db);
    MeetingRepository meetings(db);
    ReviewRepository reviews(db);
    EvidenceStore evidence(db);

    Cell cell;
    cell.name = s("Chi bộ Trường Tiểu học Vĩnh Phong 4");
    cell.superiorBody = s("Đảng bộ xã Vĩnh Phong");
    cell.place = s("Vĩnh Phong");
    cell.termStart = 2025;
    cell.termEnd = 2030;
    cells.saveCell(cell);

    // --- members and their events
    QList<qint64> id;
    for (const PersonSeed &p : kPeople) {
        Member m;
        m.fullName = s(p.name);
        m.gender = p.gender;
        m.birthDate = QDate(p.birthYear, 1 + (p.birthYear % 12), 1 + (p.birthYear % 27));
        m.job = p.job;
        m.education = p.education;
        m.role = p.role;
        m.admittedOn = p.admitted;
        m.fullOn = p.full;
        m.kind = p.full.isValid() ? MembershipKind::Full : MembershipKind::Probationary;
        m.phone =
            QStringLiteral("09%1").arg(12345600 + p.birthYear * 7 % 99, 8, 10, QLatin1Char('0'));
        id << members.save(m);
    }
    const auto event = [&](int who, EventKind kind, QDate date, const char *note) {
        MembershipEvent e;
        e.memberId = id[who];
        e.kind = kind;
        e.date = date;
        e.note = s(note);
        members.saveEvent(e);
    };
    for (int i = 0; i < id.size(); ++i) {
        if (i == Mai)
            continue; // admitted elsewhere; her history here starts with the transfer
        event(i, EventKind::Admitted, kPeople[i].admitted, "");
        if (kPeople[i].full.isValid())
            event(i, EventKind::MadeFull, kPeople[i].full, "");
    }
    event(Mai, EventKind::TransferredIn, QDate(2026, 8, 20),
          "Chuyển sinh hoạt từ Chi bộ Trường Tiểu học Vĩnh Phong 2 theo quyết định điều động.");
    event(Mai, EventKind::MadeFull, QDate(2016, 6, 1), "");
    event(Nam, EventKind::Retired, QDate(2026, 6, 30),
          "Nghỉ hưu từ 01/7/2026, chuyển sinh hoạt về chi bộ nơi cư trú.");

    // --- candidates
    cells.saveCandidate(
        {0, s("Ngô Minh Hiếu"), QDate(2025, 9, 12), QDate(2026, 3, 15), s("Đã kết nạp.")});
    cells.saveCandidate({0,
                         s("Lâm Thị Bích Ngọc"),
                         QDate(2026, 9, 18),
                         {},
                         s("Giáo viên lớp 3, đã học lớp cảm tình Đảng.")});
    cells.saveCandidate({0, s("Kiều Văn Phát"), {}, {}, s("Tổng phụ trách Đội, đang bồi dưỡng.")});

    // --- 2025 ratings and cell rating
    const QualityRating ratings2025[] = {
        QualityRating::Excellent, QualityRating::Good, QualityRating::Excellent,
        QualityRating::Good,      QualityRating::Good, QualityRating::Good,
        QualityRating::Completed, QualityRating::Good, QualityRating::Excellent,
        QualityRating::None,      QualityRating::Good, QualityRating::Good,
        QualityRating::Good,      QualityRating::Good, QualityRating::Good,
        QualityRating::Completed, QualityRating::Good, QualityRating::Good,
        QualityRating::Good};
    for (int i = 0; i < id.size(); ++i) {
        if (ratings2025[i] != QualityRating::None && i != Thao)
            members.setRating(id[i], 2025, ratings2025[i]);
    }
    cells.setCellRating(2025, QualityRating::Good);
    // 2024: those in the cell at its end (the 2025 review cites them)
    const QList<qint64> end2024 = members.membersOn(QDate(2024, 12, 31));
    for (int i = 0; i < id.size(); ++i)
        if (end2024.contains(id[i]))
            members.setRating(id[i], 2024,
                              i % 6 == 0   ? QualityRating::Excellent
                              : i % 7 == 5 ? QualityRating::Completed
                                           : QualityRating::Good);

    // --- the 2025 review's four shortcomings
    struct ShortcomingSeed
    {
        const char *title, *description, *causes, *remedies, *products, *timeframe, *responsibility;
        QDate start, end;
        QList<int> responsible;
    };
    const ShortcomingSeed shortcomings[] = {
        {"Hạn chế trong lãnh đạo và cụ thể hóa nhiệm vụ",
         "Một số nghị quyết, kế hoạch của cấp trên được triển khai đến nhà trường còn ở mức chung; "
         "nhiều nhiệm vụ chưa ghi rõ người phụ trách, thời hạn và sản phẩm cần đạt nên khó theo "
         "dõi, đánh giá.",
         "Khối lượng công việc lớn, nhiều việc phát sinh gấp; Chi ủy chưa có cách ghi chép, theo "
         "dõi nhiệm vụ thống nhất; việc giao việc đôi khi bằng lời, không ghi vào biên bản.",
         "Mọi nhiệm vụ do Chi bộ giao đều ghi vào biên bản và sổ theo dõi, nêu rõ người phụ trách, "
         "người phối hợp, thời hạn và sản phẩm.\nChi ủy rà soát danh mục nhiệm vụ tại kỳ sinh hoạt "
         "hằng tháng; nhiệm vụ chậm được nêu tên và xác định lại thời hạn.",
         "Sổ theo dõi nhiệm vụ được cập nhật hằng tháng; biên bản sinh hoạt có phần phân công cụ "
         "thể; báo cáo tiến độ hằng tháng của Phó Bí thư.",
         "Từ tháng 5/2026, thực hiện thường xuyên đến hết năm 2026.",
         "Bí thư Chi bộ chịu trách nhiệm chung; Phó Bí thư theo dõi, tổng hợp; đảng viên được giao "
         "nhiệm vụ chịu trách nhiệm về kết quả.",
         {2026, 5, 1},
         {2026, 12, 31},
         {Huong, Khai}},
        {"Hạn chế trong công tác kiểm tra, giám sát",
         "Chương trình kiểm tra, giám sát năm 2025 thực hiện chưa đủ nội dung; việc giám sát "
         "thường xuyên đảng viên chưa có hồ sơ lưu; một số kiến nghị sau giám sát chưa được theo "
         "dõi đến cùng.",
         "Chi ủy viên phụ trách kiểm tra kiêm nhiều việc chuyên môn; chưa có mẫu biên bản, báo cáo "
         "giám sát thống nhất.",
         "Xây dựng chương trình kiểm tra, giám sát năm 2026 có lịch cụ thể theo quý.\nMỗi cuộc "
         "giám sát lập biên bản, có kết luận và kiến nghị; kiến nghị được giao thành nhiệm vụ có "
         "thời hạn.",
         "Chương trình kiểm tra, giám sát năm 2026; biên bản, thông báo kết luận từng cuộc; sổ "
         "theo dõi kiến nghị.",
         "Quý II đến quý IV năm 2026.",
         "Chi ủy viên phụ trách kiểm tra chủ trì; Bí thư Chi bộ chỉ đạo, đôn đốc.",
         {2026, 4, 1},
         {2026, 12, 31},
         {Duyen}},
        {"Hạn chế về chất lượng sinh hoạt Chi bộ",
         "Nội dung sinh hoạt thường kỳ có lúc nặng về thông báo công việc chuyên môn; ít thời gian "
         "thảo luận, phê bình; số đảng viên phát biểu chưa nhiều; sinh hoạt chuyên đề chưa đều "
         "theo quý.",
         "Việc chuẩn bị nội dung trước kỳ họp chưa kỹ; tài liệu chưa gửi trước để đảng viên nghiên "
         "cứu.",
         "Chi ủy họp chuẩn bị nội dung trước mỗi kỳ sinh hoạt, gửi dự thảo trước ít nhất hai "
         "ngày.\nMỗi kỳ sinh hoạt dành thời gian thảo luận, có ít nhất năm đảng viên phát biểu; tổ "
         "chức sinh hoạt chuyên đề theo kế hoạch.",
         "Biên bản sinh hoạt có danh sách phát biểu và kết luận; hai chuyên đề năm 2026 được tổ "
         "chức và lưu hồ sơ.",
         "Từ kỳ sinh hoạt tháng 5/2026 đến hết năm.",
         "Chi ủy chịu trách nhiệm chuẩn bị nội dung; đồng chí được phân công dự thảo chuyên đề "
         "chịu trách nhiệm về chất lượng dự thảo.",
         {2026, 5, 1},
         {2026, 12, 31},
         {Huong, Anh, Bao}},
        {"Hạn chế về tinh thần trách nhiệm của một số đảng viên",
         "Một vài đảng viên thực hiện nhiệm vụ được giao còn chậm, báo cáo kết quả chưa kịp thời; "
         "việc lưu minh chứng kết quả công việc chưa được chú ý.",
         "Một số đảng viên chưa xây dựng kế hoạch cá nhân; ý thức tự rèn luyện, tự giác báo cáo "
         "chưa cao.",
         "Mỗi đảng viên viết bản cam kết khắc phục và kế hoạch hành động cá nhân năm 2026.\nĐảng "
         "viên báo cáo kết quả thực hiện nhiệm vụ hằng tháng kèm minh chứng; Chi ủy nhận xét tại "
         "kỳ sinh hoạt.",
         "Bản cam kết của từng đảng viên; báo cáo tháng có minh chứng; nhận xét của Chi ủy.",
         "Từ tháng 5/2026 đến hết năm 2026.",
         "Từng đảng viên tự chịu trách nhiệm; Phó Bí thư theo dõi, tổng hợp, báo cáo Chi ủy.",
         {2026, 5, 1},
         {2026, 12, 31},
         {Khai}},
    };
    QList<qint64> sid;
    int pos = 0;
    for (const ShortcomingSeed &sc : shortcomings) {
        Shortcoming x;
        x.reviewYear = 2025;
        x.position = ++pos;
        x.title = s(sc.title);
        x.description = s(sc.description);
        x.causes = s(sc.causes);
        x.remedies = s(sc.remedies);
        x.products = s(sc.products);
        x.timeframeText = s(sc.timeframe);
        x.responsibilityText = s(sc.responsibility);
        x.startOn = sc.start;
        x.endOn = sc.end;
        for (int w : sc.responsible)
            x.responsibleMemberIds << id[w];
        sid << reviews.saveShortcoming(x);
    }
    ReviewYear y2025{2025, QStringLiteral("self-review-2025"), QualityRating::Good, {}};
    reviews.saveYear(y2025);

    // --- 2026 self-assessment criteria, as the superior committee split them
    reviews.saveYear(ReviewYear{2026, QStringLiteral("self-review-2025"), QualityRating::None, {}});
    const struct
    {
        int group;
        const char *title;
        double max, points;
    } criteria[] = {
        {1, "Xây dựng Chi bộ về chính trị, tư tưởng, đạo đức", 5, 5},
        {1, "Năng lực lãnh đạo, đoàn kết nội bộ", 5, 4.5},
        {1, "Công tác kiểm tra, giám sát và kỷ luật đảng", 5, 4},
        {1, "Thực hiện nguyên tắc tập trung dân chủ, tự phê bình và phê bình", 5, 4.5},
        {1, "Lãnh đạo thực hiện nhiệm vụ chính trị, cải cách hành chính, chuyển đổi số", 5, 4.5},
        {1, "Tự chỉnh đốn và khắc phục hạn chế, khuyết điểm", 5, 4},
        {2, "Kết quả thực hiện nhiệm vụ dạy học và giáo dục", 25, 23},
        {2, "Kết quả thực hiện các chỉ tiêu của nghị quyết Chi bộ", 20, 17},
        {2, "Kết quả công tác phát triển đảng viên và xây dựng đoàn thể", 15, 13},
        {2, "Thực hiện nhiệm vụ phát sinh, đột xuất", 10, 9},
    };
    int cpos = 0;
    for (const auto &c : criteria) {
        ReviewCriterion rc;
        rc.year = 2026;
        rc.group = c.group;
        rc.position = ++cpos;
        rc.title = s(c.title);
        rc.maxPoints = c.max;
        rc.points = c.points;
        reviews.saveCriterion(rc);
    }

    // --- thematic topics 2026
    ThematicTopic t1;
    t1.year = 2026;
    t1.title = s("Nâng cao chất lượng sinh hoạt Chi bộ gắn với đổi mới phương pháp dạy học");
    t1.focusPoints =
        s("Đánh giá thực trạng nội dung, hình thức sinh hoạt Chi bộ năm học trước\n"
          "Vai trò nêu gương của đảng viên trong đổi mới phương pháp dạy học\n"
          "Giải pháp để mỗi kỳ sinh hoạt có thảo luận, có kết luận và phân công cụ thể");
    t1.plannedQuarter = 2;
    t1.drafterId = id[Anh];
    t1.expectedProducts = s("Kết luận chuyên đề; danh mục nhiệm vụ phân công cho từng đảng viên; "
                            "biên bản sinh hoạt chuyên đề.");
    ThematicTopic t2;
    t2.year = 2026;
    t2.title = s("Chuyển đổi số trong quản lý, dạy học và công tác Đảng ở nhà trường");
    t2.focusPoints = s("Ứng dụng phần mềm quản lý học sinh, sổ điểm điện tử, học liệu số\n"
                       "Số hóa hồ sơ Chi bộ, biên bản và minh chứng thực hiện nhiệm vụ\n"
                       "Bồi dưỡng kỹ năng số cho đảng viên lớn tuổi");
    t2.plannedQuarter = 3;
    t2.drafterId = id[Bao];
    t2.expectedProducts = s("Kết luận chuyên đề; kế hoạch số hóa hồ sơ Chi bộ; danh sách đảng viên "
                            "được bồi dưỡng kỹ năng số.");
    qint64 topic1 = meetings.saveTopic(t1);
    qint64 topic2 = meetings.saveTopic(t2);

    // --- meetings January to November 2026
    const char *const agendas[] = {
        "Đánh giá kết quả tháng 12/2025; triển khai nhiệm vụ tháng 01/2026; kế hoạch kiểm điểm",
        "Đánh giá kết quả tháng 01; triển khai kế hoạch sinh hoạt chuyên đề năm 2026",
        "Kết nạp đảng viên mới; nhiệm vụ tháng 3",
        "Đánh giá giữa học kỳ II; xây dựng kế hoạch khắc phục hạn chế sau kiểm điểm 2025",
        "Sơ kết việc thực hiện kế hoạch khắc phục; chuẩn bị tổng kết năm học",
        "Tổng kết năm học 2025–2026; nhiệm vụ hè",
        "Công tác hè, tuyển sinh lớp 1; bồi dưỡng chính trị hè",
        "Chuẩn bị năm học mới; tiếp nhận đảng viên chuyển đến",
        "Khai giảng năm học 2026–2027; phân công nhiệm vụ đảng viên",
        "Đánh giá tháng 9; giám sát việc thực hiện cam kết",
        "Đánh giá tháng 10; chuẩn bị kiểm điểm cuối năm 2026",
    };
    const char *const conclusionsText[][2] = {
        {"Hoàn thành sổ theo dõi nhiệm vụ của Chi bộ năm 2026",
         "Rà soát hồ sơ đảng viên, cập nhật lý lịch"},
        {"Phân công dự thảo hai chuyên đề năm 2026",
         "Đôn đốc đảng viên hoàn thành bồi dưỡng thường xuyên"},
        {"Phân công đảng viên giúp đỡ đảng viên dự bị Ngô Minh Hiếu",
         "Chuẩn bị hội giảng cấp trường"},
        {"Hoàn thiện dự thảo kế hoạch khắc phục hạn chế, khuyết điểm",
         "Tổ chức ôn tập cuối năm cho học sinh lớp 5"},
        {"Thu bản cam kết khắc phục của từng đảng viên",
         "Tổng hợp minh chứng việc đổi mới phương pháp dạy học"},
        {"Báo cáo tổng kết năm học gửi Đảng ủy xã", "Lập danh sách đảng viên học nghị quyết hè"},
        {"Hoàn thành tuyển sinh lớp 1 đúng kế hoạch", "Sửa chữa phòng học trước năm học mới"},
        {"Làm thủ tục tiếp nhận sinh hoạt đảng cho đồng chí Phan Thị Mai",
         "Xây dựng kế hoạch năm học 2026–2027"},
        {"Triển khai ứng dụng sổ điểm điện tử ở tất cả các lớp",
         "Giám sát việc thực hiện cam kết của đảng viên"},
        {"Hoàn thành số hóa biên bản sinh hoạt Chi bộ năm 2026",
         "Chuẩn bị nội dung hội thi giáo viên dạy giỏi"},
        {"Xây dựng dự thảo báo cáo kiểm điểm tập thể năm 2026",
         "Đảng viên nộp bản tự kiểm điểm cá nhân"},
    };
    QList<qint64> meetingIds;
    QList<QList<qint64>> conclusionIds;
    for (int month = 1; month <= 11; ++month) {
        Meeting m;
        m.kind = MeetingKind::Regular;
        m.heldOn = QDate(2026, month, month == 2 ? 3 : 5);
        m.startTime = QStringLiteral("14:00");
        m.endTime = QStringLiteral("16:30");
        m.place = s("Phòng họp Trường Tiểu học Vĩnh Phong 4");
        m.chairId = id[Huong];
        m.secretaryId = id[Khai];
        m.agenda = s(agendas[month - 1]);
        m.minutes = s("Đồng chí Bí thư quán triệt nội dung; các đồng chí đảng viên thảo luận, đóng "
                      "góp ý kiến; "
                      "Chi bộ thống nhất kết luận và phân công nhiệm vụ như sau.");
        m.quality = month % 4 == 0 ? MeetingQuality::Fair : MeetingQuality::Good;
        const QList<qint64> present = members.membersOn(m.heldOn);
        for (qint64 mid : present) {
            AttendanceStatus st = AttendanceStatus::Present;
            const int idx = int(id.indexOf(mid));
            if ((idx + month) % 9 == 0)
                st = AttendanceStatus::Excused;
            if (idx == Nhung && month == 7)
                st = AttendanceStatus::Unexcused;
            m.attendance << Attendance{mid, st};
        }
        // Those who spoke were there; what they said varies.
        static const char *const points[] = {
            "Đề nghị phân công cụ thể người phụ trách và thời hạn cho từng việc.",
            "Báo cáo kết quả tổ chuyên môn trong tháng; còn chậm cập nhật hồ sơ minh chứng.",
            "Đề xuất tăng cường dự giờ, trao đổi kinh nghiệm giữa các khối lớp.",
            "Nhất trí với dự thảo; đề nghị bổ sung chỉ tiêu về học sinh cần hỗ trợ.",
            "Phản ánh khó khăn về thiết bị dạy học; đề nghị nhà trường sửa chữa sớm.",
            "Đề nghị Chi bộ nhắc nhở việc nộp báo cáo tháng đúng hạn."};
        QList<qint64> attended;
        for (const Attendance &a : std::as_const(m.attendance))
            if (a.status == AttendanceStatus::Present)
                attended << a.memberId;
        for (int k = 0; k < 4; ++k) {
            const qint64 speaker = attended.at((month * 3 + k * 4) % attended.size());
            m.speakers << Speaker{0, speaker, s(points[(month + k) % 6])};
        }
        if (month == 10)
            m.guests = s("Đồng chí Hồ Văn Tâm, Đảng ủy viên, phụ trách Chi bộ");
        // Each conclusion voted by those present, one abstaining on the second.
        int k = 0;
        for (const char *c : conclusionsText[month - 1]) {
            Conclusion conclusion{0, 0, s(c)};
            conclusion.votesTotal = int(attended.size());
            conclusion.votesFor = int(attended.size()) - (k++ == 1 && month % 3 == 1 ? 1 : 0);
            m.conclusions << conclusion;
        }
        const qint64 mid = meetings.save(m);
        meetingIds << mid;
        QList<qint64> cids;
        const Meeting saved = *meetings.find(mid);
        for (const Conclusion &c : saved.conclusions)
            cids << c.id;
        conclusionIds << cids;
    }
    // thematic sessions (Q2 in May, Q3 in September) and two committee meetings
    const auto thematic = [&](const QDate &date, qint64 topicId, ThematicTopic topic) {
        Meeting m;
        m.kind = MeetingKind::Thematic;
        m.heldOn = date;
        m.startTime = QStringLiteral("14:00");
        m.endTime = QStringLiteral("16:00");
        m.place = s("Phòng họp Trường Tiểu học Vĩnh Phong 4");
        m.chairId = id[Huong];
        m.secretaryId = id[Khai];
        m.agenda = s("Sinh hoạt chuyên đề: ") + topic.title;
        m.quality = MeetingQuality::Good;
        for (qint64 mid : members.membersOn(date))
            m.attendance << Attendance{mid, AttendanceStatus::Present};
        m.conclusions << Conclusion{
            0, 0, s("Thống nhất các giải pháp của chuyên đề và phân công thực hiện")};
        const qint64 mid = meetings.save(m);
        topic.id = topicId;
        topic.meetingId = mid;
        meetings.saveTopic(topic);
        return mid;
    };
    const qint64 thematicMay = thematic(QDate(2026, 5, 20), topic1, t1);
    thematic(QDate(2026, 9, 23), topic2, t2);
    for (const QDate &d : {QDate(2026, 3, 30), QDate(2026, 10, 28)}) {
        Meeting m;
        m.kind = MeetingKind::Committee;
        m.heldOn = d;
        m.chairId = id[Huong];
        m.secretaryId = id[Khai];
        m.agenda = s("Chi ủy chuẩn bị nội dung sinh hoạt và rà soát tiến độ nhiệm vụ");
        for (int w : {Huong, Khai, Duyen})
            m.attendance << Attendance{id[w], AttendanceStatus::Present};
        meetings.save(m);
    }

    // --- supervisions 2026
    const auto supervise = [&](QDate d, bool inspection, int who, const char *area,
                               const char *findings) {
        Supervision sv;
        sv.heldOn = d;
        sv.inspection = inspection;
        sv.subjectMemberId = who >= 0 ? id[who] : 0;
        sv.subjectArea = s(area);
        sv.carriedOutBy = s("Chi ủy");
        sv.findings = s(findings);
        sv.conclusion = s("Thực hiện tốt; tiếp tục phát huy.");
        return meetings.saveSupervision(sv);
    };
    supervise({2026, 5, 14}, false, Son, "Thực hiện nhiệm vụ đảng viên",
              "Hoàn thành nhiệm vụ giảng dạy; báo cáo tháng còn chậm.");
    supervise({2026, 6, 11}, false, Trang, "Thực hiện cam kết khắc phục",
              "Đã có kế hoạch cá nhân; minh chứng lưu chưa đầy đủ.");
    supervise({2026, 9, 17}, true, -1, "Thu, chi quỹ đảng phí", "Sổ sách đầy đủ, đúng quy định.");
    supervise({2026, 10, 15}, false, Dung, "Thực hiện quy chế dân chủ ở cơ sở", "Chấp hành tốt.");

    // --- the two years before (the term report's columns, the year before's comparison):
    // the monthly meetings, the thematic sessions (2025 held three, one quarter short, as its
    // review says) and the supervisions. Added after 2026's records, whose ids stay.
    // A meeting of those years: the usual place and hours, chaired by the secretary, every
    // member in the cell that day listed (\a absentEvery: every how many one is excused).
    const auto earlierMeeting = [&](MeetingKind kind, const QDate &day, const QString &agenda,
                                    int absentEvery) {
        Meeting m;
        m.kind = kind;
        m.heldOn = day;
        m.startTime = QStringLiteral("14:00");
        m.endTime = QStringLiteral("16:00");
        m.place = s("Phòng họp Trường Tiểu học Vĩnh Phong 4");
        m.chairId = id[Huong];
        m.secretaryId = id[Khai];
        m.agenda = agenda;
        m.quality = day.month() % 5 == 0 ? MeetingQuality::Fair : MeetingQuality::Good;
        const QList<qint64> inCell = members.membersOn(day);
        for (qsizetype k = 0; k < inCell.size(); ++k)
            m.attendance << Attendance{
                inCell[k], absentEvery > 0 && (k + day.month() + day.year()) % absentEvery == 0
                               ? AttendanceStatus::Excused
                               : AttendanceStatus::Present};
        return m;
    };
    for (const int year : {2024, 2025}) {
        for (int month = 1; month <= 12; ++month) {
            Meeting m = earlierMeeting(MeetingKind::Regular, QDate(year, month, 5),
                                       s("Đánh giá kết quả tháng %1; nhiệm vụ tháng %2")
                                           .arg(month == 1 ? 12 : month - 1)
                                           .arg(month),
                                       8);
            m.conclusions << Conclusion{
                0, 0, s("Thống nhất nhiệm vụ tháng %1 và phân công thực hiện").arg(month)};
            meetings.save(m);
        }
        const QList<int> months = year == 2025 ? QList<int>{3, 6, 11} : QList<int>{3, 6, 9, 12};
        for (int month : months)
            meetings.save(earlierMeeting(MeetingKind::Thematic, QDate(year, month, 20),
                                         s("Sinh hoạt chuyên đề quý %1 năm %2")
                                             .arg(text::romanNumeral((month + 2) / 3))
                                             .arg(year),
                                         0));
    }
    supervise({2024, 4, 18}, false, Bao, "Thực hiện nhiệm vụ đảng viên", "Hoàn thành nhiệm vụ.");
    supervise({2024, 10, 17}, true, -1, "Thu, chi quỹ đảng phí", "Sổ sách đầy đủ.");
    supervise({2025, 9, 18}, false, Anh, "Thực hiện nhiệm vụ đảng viên",
              "Hoàn thành nhiệm vụ; hồ sơ minh chứng chưa đầy đủ.");

    // --- tasks: status relative to the demo's today (21/11/2026)
    struct TaskSeed
    {
        const char *title;
        int owner; // -1: nobody named
        QDate start, due;
        const char *output;
        TaskStatus status;
        QDate completed;
        int source; // 0 free, 1..4 shortcoming index, 100+m conclusion of month m (first), 200+m
                    // (second), 300/301 topic
        bool evidence;
        const char *comment;
    };
    const TaskSeed taskSeeds[] = {
        // remedies of shortcoming 1
        {"Lập sổ theo dõi nhiệm vụ của Chi bộ năm 2026",
         Khai,
         {2026, 5, 1},
         {2026, 5, 31},
         "Sổ theo dõi nhiệm vụ (bản điện tử và bản in)",
         TaskStatus::Done,
         {2026, 5, 28},
         1,
         true,
         "Hoàn thành đúng hạn."},
        {"Ghi phân công cụ thể vào biên bản mỗi kỳ sinh hoạt",
         Khai,
         {2026, 5, 1},
         {2026, 12, 31},
         "Biên bản có mục phân công nhiệm vụ",
         TaskStatus::InProgress,
         {},
         1,
         false,
         ""},
        {"Báo cáo tiến độ nhiệm vụ hằng tháng tại kỳ sinh hoạt",
         Khai,
         {2026, 5, 1},
         {2026, 10, 31},
         "Báo cáo tiến độ tháng",
         TaskStatus::Done,
         {2026, 11, 4},
         1,
         true,
         "Hoàn thành, nộp chậm 4 ngày."},
        // shortcoming 2
        {"Xây dựng chương trình kiểm tra, giám sát năm 2026",
         Duyen,
         {2026, 4, 1},
         {2026, 4, 30},
         "Chương trình kiểm tra, giám sát được Chi bộ thông qua",
         TaskStatus::Done,
         {2026, 4, 25},
         2,
         true,
         ""},
        {"Giám sát việc thực hiện nhiệm vụ của 03 đảng viên",
         Duyen,
         {2026, 5, 1},
         {2026, 10, 31},
         "Biên bản giám sát, thông báo kết luận",
         TaskStatus::Done,
         {2026, 10, 15},
         2,
         true,
         ""},
        {"Lập sổ theo dõi kiến nghị sau giám sát",
         Duyen,
         {2026, 6, 1},
         {2026, 8, 31},
         "Sổ theo dõi kiến nghị",
         TaskStatus::Done,
         {2026, 9, 12},
         2,
         false,
         "Hoàn thành chậm, chưa lưu minh chứng."},
        // shortcoming 3
        {"Gửi dự thảo nội dung sinh hoạt trước hai ngày",
         Huong,
         {2026, 5, 1},
         {2026, 12, 31},
         "Dự thảo gửi nhóm Chi bộ trước kỳ họp",
         TaskStatus::InProgress,
         {},
         3,
         false,
         ""},
        {"Tổ chức sinh hoạt chuyên đề quý II",
         Anh,
         {2026, 4, 1},
         {2026, 6, 30},
         "Biên bản và kết luận chuyên đề",
         TaskStatus::Done,
         {2026, 5, 20},
         3,
         true,
         ""},
        {"Tổ chức sinh hoạt chuyên đề quý III",
         Bao,
         {2026, 7, 1},
         {2026, 9, 30},
         "Biên bản và kết luận chuyên đề",
         TaskStatus::Done,
         {2026, 9, 23},
         3,
         true,
         ""},
        // shortcoming 4
        {"Thu bản cam kết khắc phục của đảng viên",
         Khai,
         {2026, 5, 1},
         {2026, 5, 31},
         "Bản cam kết của 17 đảng viên",
         TaskStatus::Done,
         {2026, 6, 8},
         4,
         true,
         "Chậm một tuần."},
        {"Nhận xét báo cáo tháng của đảng viên",
         Huong,
         {2026, 5, 1},
         {2026, 12, 31},
         "Sổ theo dõi có nhận xét của Chi ủy",
         TaskStatus::InProgress,
         {},
         4,
         false,
         ""},
        {"Hướng dẫn đảng viên lưu minh chứng kết quả công việc",
         Nhung,
         {2026, 6, 1},
         {2026, 7, 31},
         "Hướng dẫn bằng văn bản",
         TaskStatus::Done,
         {2026, 7, 20},
         4,
         false,
         ""},
        // conclusions
        {"Hoàn thành sổ theo dõi nhiệm vụ của Chi bộ năm 2026",
         Khai,
         {2026, 1, 5},
         {2026, 1, 31},
         "Sổ theo dõi",
         TaskStatus::Done,
         {2026, 1, 30},
         101,
         true,
         ""},
        {"Rà soát hồ sơ đảng viên, cập nhật lý lịch",
         Nhung,
         {2026, 1, 5},
         {2026, 2, 28},
         "Hồ sơ đảng viên đã cập nhật",
         TaskStatus::Done,
         {2026, 2, 26},
         201,
         false,
         ""},
        {"Dự thảo chuyên đề quý II",
         Anh,
         {2026, 2, 3},
         {2026, 4, 30},
         "Dự thảo chuyên đề",
         TaskStatus::Done,
         {2026, 4, 28},
         102,
         true,
         ""},
        {"Dự thảo chuyên đề quý III",
         Bao,
         {2026, 2, 3},
         {2026, 8, 31},
         "Dự thảo chuyên đề",
         TaskStatus::Done,
         {2026, 9, 5},
         102,
         true,
         "Chậm 5 ngày."},
        {"Đôn đốc hoàn thành bồi dưỡng thường xuyên",
         Ha,
         {2026, 2, 3},
         {2026, 3, 31},
         "Danh sách hoàn thành bồi dưỡng",
         TaskStatus::Done,
         {2026, 3, 30},
         202,
         false,
         ""},
        {"Giúp đỡ đảng viên dự bị Ngô Minh Hiếu",
         Son,
         {2026, 3, 15},
         {2027, 3, 15},
         "Bản nhận xét đảng viên dự bị",
         TaskStatus::InProgress,
         {},
         103,
         false,
         ""},
        {"Chuẩn bị hội giảng cấp trường",
         Ha,
         {2026, 3, 5},
         {2026, 4, 15},
         "Kế hoạch và kết quả hội giảng",
         TaskStatus::Done,
         {2026, 4, 10},
         203,
         true,
         ""},
        {"Hoàn thiện dự thảo kế hoạch khắc phục hạn chế, khuyết điểm",
         Huong,
         {2026, 4, 5},
         {2026, 4, 24},
         "Kế hoạch số 06-KH/CB",
         TaskStatus::Done,
         {2026, 4, 24},
         104,
         true,
         ""},
        {"Ôn tập cuối năm cho học sinh lớp 5",
         Lan,
         {2026, 4, 5},
         {2026, 5, 20},
         "Kế hoạch ôn tập; kết quả kiểm tra cuối năm",
         TaskStatus::Done,
         {2026, 5, 18},
         204,
         true,
         ""},
        {"Tổng hợp minh chứng đổi mới phương pháp dạy học",
         Dao,
         {2026, 5, 5},
         {2026, 6, 15},
         "Bộ minh chứng (giáo án, video tiết dạy)",
         TaskStatus::Done,
         {2026, 6, 30},
         205,
         false,
         "Chậm, thiếu minh chứng."},
        {"Báo cáo tổng kết năm học gửi Đảng ủy xã",
         Huong,
         {2026, 6, 5},
         {2026, 6, 20},
         "Báo cáo tổng kết",
         TaskStatus::Done,
         {2026, 6, 19},
         106,
         true,
         ""},
        {"Lập danh sách đảng viên học nghị quyết hè",
         Khai,
         {2026, 6, 5},
         {2026, 6, 30},
         "Danh sách gửi Đảng ủy",
         TaskStatus::Done,
         {2026, 6, 25},
         206,
         false,
         ""},
        {"Hoàn thành tuyển sinh lớp 1",
         Khai,
         {2026, 7, 5},
         {2026, 8, 15},
         "Danh sách học sinh lớp 1",
         TaskStatus::Done,
         {2026, 8, 10},
         107,
         true,
         ""},
        {"Sửa chữa phòng học trước năm học mới",
         Dung,
         {2026, 7, 5},
         {2026, 8, 25},
         "Biên bản nghiệm thu",
         TaskStatus::Done,
         {2026, 9, 2},
         207,
         false,
         "Chậm do vật tư về trễ."},
        {"Thủ tục tiếp nhận sinh hoạt đảng cho đồng chí Phan Thị Mai",
         Nhung,
         {2026, 8, 5},
         {2026, 8, 31},
         "Hồ sơ tiếp nhận",
         TaskStatus::Done,
         {2026, 8, 20},
         108,
         true,
         ""},
        {"Xây dựng kế hoạch năm học 2026–2027",
         Huong,
         {2026, 8, 5},
         {2026, 9, 10},
         "Kế hoạch năm học",
         TaskStatus::Done,
         {2026, 9, 8},
         208,
         true,
         ""},
        {"Triển khai sổ điểm điện tử ở tất cả các lớp",
         Bao,
         {2026, 9, 5},
         {2026, 10, 31},
         "Sổ điểm điện tử hoạt động ở 20 lớp",
         TaskStatus::InProgress,
         {},
         109,
         false,
         ""},
        {"Giám sát việc thực hiện cam kết của đảng viên",
         Duyen,
         {2026, 9, 5},
         {2026, 11, 15},
         "Biên bản giám sát",
         TaskStatus::InProgress,
         {},
         209,
         false,
         ""},
        {"Số hóa biên bản sinh hoạt Chi bộ năm 2026",
         Trang,
         {2026, 10, 5},
         {2026, 11, 30},
         "Thư mục biên bản đã quét",
         TaskStatus::InProgress,
         {},
         110,
         false,
         ""},
        {"Chuẩn bị hội thi giáo viên dạy giỏi",
         Ha,
         {2026, 10, 5},
         {2026, 11, 25},
         "Danh sách và kế hoạch hội thi",
         TaskStatus::InProgress,
         {},
         210,
         false,
         ""},
        {"Dự thảo báo cáo kiểm điểm tập thể năm 2026",
         Huong,
         {2026, 11, 5},
         {2026, 12, 10},
         "Dự thảo báo cáo",
         TaskStatus::NotStarted,
         {},
         111,
         false,
         ""},
        {"Đảng viên nộp bản tự kiểm điểm cá nhân",
         Khai,
         {2026, 11, 5},
         {2026, 12, 5},
         "Bản tự kiểm điểm của đảng viên",
         TaskStatus::NotStarted,
         {},
         211,
         false,
         ""},
        // topics
        {"Bồi dưỡng kỹ năng số cho đảng viên lớn tuổi",
         Bao,
         {2026, 9, 23},
         {2026, 11, 10},
         "Danh sách đảng viên đã được bồi dưỡng",
         TaskStatus::InProgress,
         {},
         301,
         false,
         ""},
        {"Áp dụng dạy học tích cực ở các tiết dự giờ",
         Phuong,
         {2026, 5, 20},
         {2026, 10, 31},
         "Phiếu dự giờ",
         TaskStatus::Done,
         {2026, 10, 20},
         300,
         true,
         ""},
        // free, including vague ones
        {"Vận động quyên góp ủng hộ học sinh vùng lũ",
         Chi,
         {2026, 10, 1},
         {2026, 10, 20},
         "Danh sách ủng hộ",
         TaskStatus::Done,
         {2026, 10, 18},
         0,
         true,
         ""},
        {"Tăng cường công tác dân vận",
         -1,
         {2026, 3, 1},
         {},
         "",
         TaskStatus::InProgress,
         {},
         0,
         false,
         ""},
        {"Nâng cao chất lượng phong trào thi đua",
         Vinh,
         {2026, 2, 1},
         {},
         "",
         TaskStatus::InProgress,
         {},
         0,
         false,
         ""},
        {"Phối hợp với Ban đại diện cha mẹ học sinh",
         Mai,
         {2026, 9, 1},
         {2026, 12, 20},
         "",
         TaskStatus::NotStarted,
         {},
         0,
         false,
         ""},
        {"Chuẩn bị tham gia hội thao ngành giáo dục",
         Hieu,
         {2026, 10, 10},
         {2026, 12, 15},
         "Danh sách vận động viên",
         TaskStatus::NotStarted,
         {},
         0,
         false,
         ""},
    };
    int n = 0;
    QList<std::pair<qint64, bool>> doneTasks;
    for (const TaskSeed &ts : taskSeeds) {
        Task t;
        t.title = s(ts.title);
        t.ownerId = ts.owner >= 0 ? id[ts.owner] : 0;
        t.startOn = ts.start;
        t.dueOn = ts.due;
        t.expectedOutput = s(ts.output);
        t.status = ts.status;
        t.completedOn = ts.completed;
        t.committeeComment = s(ts.comment);
        if (ts.source >= 1 && ts.source <= 4) {
            t.source = TaskSource::Shortcoming;
            t.shortcomingId = sid[ts.source - 1];
        } else if (ts.source >= 100 && ts.source < 300) {
            t.source = TaskSource::Conclusion;
            t.conclusionId = conclusionIds[(ts.source % 100) - 1][ts.source >= 200 ? 1 : 0];
        } else if (ts.source >= 300) {
            t.source = TaskSource::Topic;
            t.topicId = ts.source == 300 ? topic1 : topic2;
        }
        if (ts.owner >= 0 && (n % 3 == 0))
            t.collaboratorIds << id[(ts.owner + 5) % id.size()];
        const qint64 tid = tasks.save(t);
        ++n;
        // monthly reports by the owner, from the start month to the completion (or today)
        if (ts.owner >= 0 && ts.status != TaskStatus::NotStarted) {
            QDate month(ts.start.year(), ts.start.month(), 1);
            const QDate until = ts.completed.isValid() ? ts.completed : demoToday();
            int k = 0;
            while (month <= until && month < QDate(2026, 11, 1) && k < 4) {
                ProgressReport r;
                r.taskId = tid;
                r.memberId = id[ts.owner];
                r.period = month.toString(QStringLiteral("yyyy-MM"));
                r.doneText = s("Đã triển khai các phần việc theo kế hoạch trong tháng.");
                r.result = ts.completed.isValid() && month.month() == ts.completed.month()
                               ? s("Hoàn thành nhiệm vụ.")
                               : s("Đạt tiến độ đề ra.");
                r.difficulties = k == 1 ? s("Thời gian trùng với nhiệm vụ chuyên môn.") : QString();
                r.reportedOn = QDate(month.year(), month.month(), month.daysInMonth());
                // The committee comments where it has something to say; the rest stays blank
                // for the hand (never a stock phrase on every row).
                static const char *const comments[] = {
                    "Triển khai đúng kế hoạch; đề nghị nộp kèm ảnh chụp buổi làm việc.",
                    "Cần nêu rõ số lượng sản phẩm đã hoàn thành trong tháng.",
                    "Phối hợp tốt với tổ chuyên môn; tiếp tục theo dõi đến hạn."};
                r.committeeComment = k == 0 && n % 2 == 0 ? s(comments[(n / 2) % 3]) : QString();
                tasks.saveReport(r);
                month = month.addMonths(1);
                ++k;
            }
        }
        if (ts.status == TaskStatus::Done)
            doneTasks << std::make_pair(tid, ts.evidence);
    }

    // --- commitments for every member in the cell in May 2026
    // Two shortcomings a member may own, each with the measures that answer it.
    struct OwnShortcoming
    {
        const char *text, *measures, *first, *second;
        QDate firstDue;
    };
    const OwnShortcoming own[] = {
        {"Tham gia phát biểu trong sinh hoạt Chi bộ chưa nhiều.",
         "Nghiên cứu dự thảo, tài liệu trước mỗi kỳ sinh hoạt; chuẩn bị ý kiến đóng góp.",
         "Đọc dự thảo và ghi ý kiến trước mỗi kỳ sinh hoạt Chi bộ.",
         "Phát biểu ít nhất một lần ở mỗi kỳ sinh hoạt chuyên đề.", QDate(2026, 9, 30)},
        {"Báo cáo kết quả công việc có lúc chưa kịp thời; lưu minh chứng chưa đầy đủ.",
         "Lập kế hoạch cá nhân theo tháng; báo cáo kết quả đúng hạn kèm minh chứng.",
         "Lập kế hoạch công việc cá nhân từng tháng, gửi Chi ủy.",
         "Nộp báo cáo tháng kèm minh chứng trước kỳ sinh hoạt.", QDate(2026, 6, 30)},
    };
    int k = 0;
    for (qint64 mid : members.membersOn(QDate(2026, 5, 31))) {
        const OwnShortcoming &o = own[k % 2];
        Commitment c;
        c.memberId = mid;
        c.year = 2026;
        c.shortcomingsText = s(o.text);
        c.measures = s(o.measures);
        c.timeframe = s("Từ tháng 5 đến tháng 12 năm 2026.");
        c.targetResult = s("Hoàn thành tốt nhiệm vụ năm 2026; không để hạn chế lặp lại.");
        c.signedOn = QDate(2026, 5, 25 + k % 6);
        // The shortcoming is carried out by the member's first task due after signing, if any:
        // its state is what the year-end review reports of the commitment.
        qint64 carriedBy = 0;
        TaskFilter ownTasks;
        ownTasks.ownerId = mid;
        ownTasks.year = 2026;
        for (const Task &t : tasks.list(ownTasks))
            if (t.dueOn.isValid() && t.dueOn > QDate(2026, 6, 1) &&
                t.status != TaskStatus::Cancelled) {
                carriedBy = t.id;
                break;
            }
        c.items << CommitmentItem{0, false, c.shortcomingsText, QDate(2026, 12, 31), carriedBy};
        c.items << CommitmentItem{0, true, s(o.first), o.firstDue, 0};
        c.items << CommitmentItem{0, true, s(o.second), QDate(2026, 12, 31), 0};
        reviews.saveCommitment(c);
        ++k;
    }

    // --- the 2026 review of members, as the December meeting records it: each member's points
    // (the level follows from them), the committee's proposal, the vote and the cell's level.
    // Lan is on maternity leave and not rated this year.
    {
        const int general[] = {29, 27, 28, 26, 28, 27, 25, 27, 28, 26,
                               0,  27, 0,  27, 28, 27, 26, 27, 26};
        const int results[] = {63, 60, 64, 58, 61, 60, 57, 61, 63, 56,
                               0,  60, 0,  61, 61, 60, 58, 62, 59};
        const QList<qint64> inCellAtEnd = members.membersOn(QDate(2026, 12, 31));
        const int voters = int(inCellAtEnd.size()) - 1; // Lan is away
        for (int i = 0; i < id.size(); ++i) {
            if (!inCellAtEnd.contains(id[i]))
                continue;
            MemberReview r;
            r.memberId = id[i];
            r.year = 2026;
            if (i == Lan) {
                r.notRatedReason = s("nghỉ chế độ thai sản từ tháng 7/2026");
                reviews.saveMemberReview(r);
                continue;
            }
            r.generalPoints = general[i];
            r.resultsPoints = results[i];
            const QualityRating level = levelForScore(r.total());
            r.committeeLevel = level;
            r.votesFor = voters - (i % 3 == 0 ? 1 : 0);
            r.votesTotal = voters;
            if (i == 1)
                r.committeeComment = s("Đồng chí hoàn thành tốt nhiệm vụ được giao; cần chủ động "
                                       "hơn trong việc đôn đốc các nhiệm vụ còn chậm.");
            reviews.saveMemberReview(r);
            members.setRating(id[i], 2026, level);
        }
    }

    // --- indicators 2026
    const char *const indicators[][4] = {
        {"Kết nạp đảng viên mới", "đồng chí", "01–02", "01"},
        {"Đảng viên hoàn thành tốt nhiệm vụ trở lên", "%", "≥ 90", "88,2"},
        {"Học sinh hoàn thành chương trình lớp học", "%", "≥ 98", "99,3"},
        {"Giáo viên đạt chuẩn nghề nghiệp mức khá trở lên", "%", "≥ 85", "90,5"},
        {"Chi bộ xếp loại", "", "Hoàn thành tốt nhiệm vụ", ""},
    };
    for (const auto &ind : indicators)
        cells.saveIndicator({0, 2026, s(ind[0]), s(ind[1]), s(ind[2]), s(ind[3])});
    // the same indicators the year before, with their results
    const char *const indicators2025[][4] = {
        {"Kết nạp đảng viên mới", "đồng chí", "01", "01"},
        {"Đảng viên hoàn thành tốt nhiệm vụ trở lên", "%", "≥ 90", "88,2"},
        {"Học sinh hoàn thành chương trình lớp học", "%", "≥ 98", "98,9"},
        {"Giáo viên đạt chuẩn nghề nghiệp mức khá trở lên", "%", "≥ 80", "85,0"},
        {"Chi bộ xếp loại", "", "Hoàn thành tốt nhiệm vụ", "Hoàn thành tốt nhiệm vụ"},
    };
    for (const auto &ind : indicators2025)
        cells.saveIndicator({0, 2025, s(ind[0]), s(ind[1]), s(ind[2]), s(ind[3])});

    // --- the register: documents issued so far in the term
    const struct
    {
        const char *kind;
        int number;
        QDate date;
        const char *subject;
        const char *report;
    } issued[] = {
        {"KH", 1, {2025, 10, 2}, "Kế hoạch kiểm điểm, đánh giá, xếp loại năm 2025", ""},
        // The subjects of the documents the program makes are their subject lines: a reprint
        // finds its number and date by them (the report and the subject).
        {"BC",
         1,
         {2025, 12, 10},
         "Kiểm điểm, tự đánh giá, xếp loại chất lượng tập thể Chi bộ năm 2025",
         "self-review"},
        {"KH", 2, {2026, 1, 8}, "Kế hoạch công tác năm 2026", ""},
        {"KH", 3, {2026, 2, 1}, "Tổ chức sinh hoạt chuyên đề năm 2026", "thematic-plan"},
        {"KH", 4, {2026, 3, 2}, "Kế hoạch kết nạp đảng viên", ""},
        {"KH", 5, {2026, 4, 2}, "Kế hoạch kiểm tra, giám sát năm 2026", ""},
        {"KH",
         6,
         {2026, 4, 24},
         "Khắc phục hạn chế, khuyết điểm sau kiểm điểm năm 2025",
         "remediation-plan"},
        {"BC", 2, {2026, 6, 19}, "Báo cáo tổng kết năm học 2025–2026", ""},
    };
    for (const auto &d : issued)
        cells.issue({0, s(d.kind), d.number, 0, d.date, s(d.subject), s(d.report)});

    // --- the register of documents received: the built-in grounds, and the commune's two
    // documents on the 2025 review, which the 2025 remediation plan cites with the Statute
    // (picked for it by hand)
    QList<qint64> received;
    for (const core::ReceivedDocument &d : core::builtInGrounds())
        received << cells.saveReceived(d);
    core::ReceivedDocument rule;
    rule.kind = s("Quy định");
    rule.number = s("148-QĐ/ĐU");
    rule.issuedOn = QDate(2025, 12, 2);
    rule.issuer = s("Ban Thường vụ Đảng ủy xã Vĩnh Phong");
    rule.subject = s("về kiểm điểm và đánh giá, xếp loại chất lượng đối với tập thể, cá nhân trong "
                     "hệ thống chính trị");
    rule.position = 6;
    const qint64 ruleId = cells.saveReceived(rule);
    core::ReceivedDocument plan = rule;
    plan.kind = s("Kế hoạch");
    plan.number = s("29-KH/ĐU");
    plan.subject = s("về kiểm điểm, đánh giá, xếp loại chất lượng năm 2025");
    plan.position = 7;
    const qint64 planId = cells.saveReceived(plan);
    cells.setPickedGrounds(QStringLiteral("remediation-plan"), 2025,
                           {received.first(), ruleId, planId});

    // --- evidence the program makes itself: minutes as PDF, photos as PNG
    const QByteArray minutesPdf = makePdf(
        s("BIÊN BẢN SINH HOẠT CHI BỘ THÁNG 5/2026"),
        {s("Thời gian: 14 giờ 00, ngày 05 tháng 5 năm 2026."),
         s("Địa điểm: Phòng họp Trường Tiểu học Vĩnh Phong 4."),
         s("Chủ trì: đồng chí Nguyễn Thị Thanh Hương, Bí thư Chi bộ."),
         s("Thư ký: đồng chí Trần Văn Khải."),
         s("Nội dung: sơ kết việc thực hiện kế hoạch khắc phục hạn chế, khuyết điểm."),
         s("Kết luận: thu bản cam kết khắc phục của từng đảng viên; tổng hợp minh chứng.")});
    EvidenceTarget meetingTarget;
    meetingTarget.meetingId = meetingIds[4];
    evidence.add(minutesPdf, QStringLiteral("bien-ban-thang-05-2026.pdf"), meetingTarget,
                 s("Biên bản sinh hoạt tháng 5/2026 (bản quét)"), s("Trần Văn Khải"),
                 QDateTime(QDate(2026, 5, 6), QTime(8, 0)));
    EvidenceTarget thematicTarget;
    thematicTarget.meetingId = thematicMay;
    evidence.add(makeImage(s("Sinh hoạt chuyên đề quý II"), QColor(0x2f, 0x5d, 0x8a)),
                 QStringLiteral("chuyen-de-quy-2.png"), thematicTarget,
                 s("Ảnh buổi sinh hoạt chuyên đề"), s("Trần Văn Khải"),
                 QDateTime(QDate(2026, 5, 21), QTime(9, 0)));
    int e = 0;
    const QColor colors[] = {QColor(0x8a, 0x2f, 0x2f), QColor(0x2f, 0x8a, 0x4a),
                             QColor(0x6a, 0x4a, 0x8a)};
    for (const auto &[tid, has] : doneTasks) {
        if (!has)
            continue;
        EvidenceTarget t;
        t.taskId = tid;
        const auto task = tasks.find(tid);
        if (e % 3 == 0)
            evidence.add(minutesPdf, QStringLiteral("bien-ban-thang-05-2026.pdf"), t,
                         s("Biên bản có phân công"), s("Trần Văn Khải"),
                         QDateTime(task->completedOn, QTime(10, 0)));
        else
            evidence.add(makeImage(task->title, colors[e % 3]),
                         QStringLiteral("minh-chung-%1.png").arg(tid), t, s("Ảnh chụp sản phẩm"),
                         s("Trần Văn Khải"), QDateTime(task->completedOn, QTime(10, 0)));
        ++e;
    }
    db.setActor(QString());
    tx.commit();
}

} // namespace sochibo::demo

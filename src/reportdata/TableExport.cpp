#include "TableExport.h"

#include "core/LevelRules.h"
#include "core/MemberReview.h"
#include "core/TaskRules.h"
#include "storage/CellRepository.h"
#include "storage/Files.h"
#include "storage/MemberRepository.h"
#include "storage/Progress.h"
#include "storage/ReviewRepository.h"
#include "storage/Statistics.h"
#include "storage/TaskRepository.h"
#include "text/DocumentWording.h"

namespace sochibo::reportdata::tables {

using namespace sochibo::core;
using namespace sochibo::storage;
using reports::Sheet;

namespace {

QVariant dateOrEmpty(const QDate &d)
{
    return d.isValid() ? QVariant(d) : QVariant();
}

QString gaps(const Task &t)
{
    QStringList out;
    for (ClarityGap g : t.clarityGaps())
        out << label(g);
    return out.join(QStringLiteral(", "));
}

} // namespace

QList<Sheet> tasks(const Database &db, int year, const QDate &today)
{
    TaskRepository repo(db);
    TaskFilter filter;
    filter.year = year;
    const QMap<qint64, QString> names = MemberRepository(db).names();
    const AsOf at = year > 0 ? AsOf::forYear(year, today) : AsOf::during(today);
    const QHash<qint64, int> evidence = repo.evidenceCounts(at.date);
    Sheet s;
    s.name = year > 0 ? QStringLiteral("Nhiệm vụ năm %1").arg(year) : QStringLiteral("Nhiệm vụ");
    s.headings = {QStringLiteral("STT"),
                  QStringLiteral("Nhiệm vụ"),
                  QStringLiteral("Người phụ trách"),
                  QStringLiteral("Ngày giao"),
                  QStringLiteral("Thời hạn"),
                  QStringLiteral("Trạng thái"),
                  QStringLiteral("Ngày hoàn thành"),
                  QStringLiteral("Sản phẩm"),
                  QStringLiteral("Minh chứng"),
                  QStringLiteral("Chưa rõ"),
                  QStringLiteral("Nhận xét của Chi ủy")};
    int n = 0;
    for (const Task &t : repo.list(filter)) {
        const TaskState state = task_rules::state(t, at);
        const bool done = state == TaskState::DoneOnTime || state == TaskState::DoneLate;
        s.rows << QVariantList{++n,
                               t.title,
                               names.value(t.ownerId),
                               dateOrEmpty(t.startOn),
                               dateOrEmpty(t.dueOn),
                               label(state),
                               done ? dateOrEmpty(task_rules::completion(t)) : QVariant(),
                               t.expectedOutput,
                               evidence.value(t.id),
                               gaps(t),
                               t.committeeComment};
    }
    return {s};
}

QList<Sheet> members(const Database &db)
{
    MemberRepository repo(db);
    const QList<Member> all = repo.list(true);
    Sheet roster;
    roster.name = QStringLiteral("Đảng viên");
    roster.headings = {QStringLiteral("STT"),           QStringLiteral("Họ và tên"),
                       QStringLiteral("Giới tính"),     QStringLiteral("Ngày sinh"),
                       QStringLiteral("Chức vụ"),       QStringLiteral("Công việc"),
                       QStringLiteral("Trình độ"),      QStringLiteral("Loại đảng viên"),
                       QStringLiteral("Ngày vào Đảng"), QStringLiteral("Ngày chính thức"),
                       QStringLiteral("Điện thoại"),    QStringLiteral("Đã chuyển vào lưu trữ"),
                       QStringLiteral("Ghi chú")};
    QMap<qint64, QString> names;
    int n = 0;
    for (const Member &m : all) {
        names.insert(m.id, m.fullName);
        roster.rows << QVariantList{++n,
                                    m.fullName,
                                    label(m.gender),
                                    dateOrEmpty(m.birthDate),
                                    m.role == Role::None ? QString() : label(m.role),
                                    label(m.job),
                                    label(m.education),
                                    label(m.kind),
                                    dateOrEmpty(m.admittedOn),
                                    dateOrEmpty(m.fullOn),
                                    m.phone,
                                    m.archived ? QStringLiteral("Có") : QString(),
                                    m.notes};
    }
    Sheet events;
    events.name = QStringLiteral("Biến động đảng viên");
    events.headings = {
        QStringLiteral("STT"),  QStringLiteral("Họ và tên"),         QStringLiteral("Sự kiện"),
        QStringLiteral("Ngày"), QStringLiteral("Hình thức kỷ luật"), QStringLiteral("Ghi chú")};
    n = 0;
    for (const MembershipEvent &e : repo.events(0))
        events.rows << QVariantList{++n,
                                    names.value(e.memberId),
                                    label(e.kind),
                                    dateOrEmpty(e.date),
                                    e.discipline == DisciplineForm::None ? QString()
                                                                         : label(e.discipline),
                                    e.note};
    return {roster, events};
}

QList<Sheet> month(const Database &db, const Period &period, const QDate &today)
{
    const PeriodProgress p = Progress(db).compute(period, today);
    Sheet s;
    s.name = text::capitalizeFirst(period.label());
    s.headings = {QStringLiteral("STT"),
                  QStringLiteral("Nhiệm vụ"),
                  QStringLiteral("Người phụ trách"),
                  QStringLiteral("Nguồn"),
                  QStringLiteral("Thời hạn"),
                  QStringLiteral("Ngày hoàn thành"),
                  QStringLiteral("Kết quả"),
                  QStringLiteral("Báo cáo trong kỳ"),
                  QStringLiteral("Minh chứng"),
                  QStringLiteral("Ghi chú")};
    int n = 0;
    const AsOf at = AsOf::forPeriod(period.from, period.to, today);
    for (const PeriodTask &t : p.tasks)
        s.rows << QVariantList{++n,
                               t.task.title,
                               t.ownerName,
                               t.sourceTitle,
                               dateOrEmpty(t.task.dueOn),
                               t.doneByEnd ? dateOrEmpty(task_rules::completion(t.task))
                                           : QVariant(),
                               label(task_rules::state(t.task, at)),
                               t.reportsInPeriod,
                               t.evidence,
                               t.flagLabels().join(QStringLiteral("; "))};
    const PeriodFigures &f = p.figures;
    Sheet figures;
    figures.name = QStringLiteral("Số liệu");
    figures.headings = {QStringLiteral("Chỉ tiêu"), QStringLiteral("Số lượng")};
    const QList<std::pair<const char *, int>> values{
        {"Nhiệm vụ thực hiện trong kỳ", f.active},
        {"Đến hạn trong kỳ", f.due},
        {"Hoàn thành trong kỳ", f.done},
        {"Hoàn thành đúng hạn", f.onTime},
        {"Hoàn thành trễ hạn", f.late},
        {"Chưa hoàn thành", f.open},
        {"Quá hạn", f.overdue},
        {"Sắp đến hạn (7 ngày)", f.dueSoon},
        {"Hoàn thành chưa có minh chứng", f.withoutEvidence},
        {"Chưa rõ người, thời hạn hoặc sản phẩm", f.vague},
        {"Chưa có báo cáo trong kỳ", f.noReport},
        {"Đảng viên có nhiệm vụ", f.membersWithTasks},
        {"Đảng viên đã báo cáo", f.membersReported}};
    for (const auto &[name, v] : values)
        figures.rows << QVariantList{QString::fromUtf8(name), v};
    return {s, figures};
}

QList<Sheet> ratings(const Database &db, int year)
{
    MemberRepository members(db);
    QHash<qint64, MemberReview> reviews;
    for (const MemberReview &r : ReviewRepository(db).memberReviews(year))
        reviews.insert(r.memberId, r);
    const QList<qint64> inCell = members.membersOn(QDate(year, 12, 31));
    Sheet s;
    s.name = QStringLiteral("Xếp loại năm %1").arg(year);
    s.headings = {QStringLiteral("STT"),
                  QStringLiteral("Họ và tên"),
                  QStringLiteral("Chức vụ"),
                  QStringLiteral("Tự xếp loại"),
                  QStringLiteral("Chi ủy đề xuất"),
                  QStringLiteral("Số tán thành"),
                  QStringLiteral("Số biểu quyết"),
                  QStringLiteral("Chi bộ xếp loại"),
                  QStringLiteral("Lý do không xếp loại")};
    const auto level = [](QualityRating l) {
        return l == QualityRating::None ? QString() : label(l);
    };
    int n = 0;
    for (const Member &m : members.list(true)) {
        if (!inCell.contains(m.id))
            continue;
        const MemberReview r = reviews.value(m.id);
        const bool voted = r.votesFor >= 0 && r.votesTotal > 0;
        s.rows << QVariantList{++n,
                               m.fullName,
                               m.role == Role::None ? label(m.job) : label(m.role),
                               level(proposedMemberLevel(r)),
                               level(r.committeeLevel),
                               voted ? QVariant(r.votesFor) : QVariant(),
                               voted ? QVariant(r.votesTotal) : QVariant(),
                               level(members.rating(m.id, year)),
                               r.notRatedReason.trimmed()};
    }
    return {s};
}

QList<Sheet> figures(const Database &db, int year, const QDate &today)
{
    const YearFigures f = Statistics(db).year(year, today);
    Sheet s;
    s.name = QStringLiteral("Số liệu năm %1").arg(year);
    s.headings = {QStringLiteral("Chỉ tiêu"), QStringLiteral("Số lượng")};
    const QList<std::pair<const char *, QVariant>> values{
        {"Đảng viên đầu năm", f.membersStart},
        {"Đảng viên cuối năm", f.membersEnd},
        {"Kết nạp", f.admitted},
        {"Công nhận chính thức", f.madeFull},
        {"Chuyển đến", f.transferredIn},
        {"Chuyển đi", f.transferredOut},
        {"Nghỉ hưu", f.retired},
        {"Từ trần", f.died},
        {"Khai trừ", f.expelled},
        {"Bị kỷ luật", f.disciplined},
        {"Chính thức cuối năm", f.fullEnd},
        {"Dự bị cuối năm", f.probationaryEnd},
        {"Nữ cuối năm", f.womenEnd},
        {"Trình độ thạc sĩ", f.masters},
        {"Trình độ đại học", f.bachelors},
        {"Trình độ cao đẳng", f.colleges},
        {"Quần chúng học lớp cảm tình Đảng", f.candidatesToClass},
        {"Quần chúng được kết nạp", f.candidatesAdmitted},
        {"Sinh hoạt thường kỳ", f.regularMeetings},
        {"Sinh hoạt chuyên đề", f.thematicMeetings},
        {"Họp Chi ủy", f.committeeMeetings},
        {"Tỷ lệ đảng viên dự sinh hoạt (%)",
         f.attendanceExpected > 0
             ? QVariant(std::round(1000.0 * f.attendancePresent / f.attendanceExpected) / 10)
             : QVariant()},
        {"Cuộc giám sát", f.supervisions},
        {"Cuộc kiểm tra", f.inspections},
        {"Đảng viên được giám sát", f.supervisedMembers},
        {"Nhiệm vụ của năm", f.tasks},
        {"Nhiệm vụ đã hoàn thành", f.tasksDone},
        {"Hoàn thành đúng hạn", f.tasksOnTime},
        {"Hoàn thành trễ hạn", f.tasksLate},
        {"Chưa hoàn thành", f.tasksOpen},
        {"Quá hạn", f.tasksOverdue},
        {"Chưa đến hạn", f.tasksNotYetDue},
        {"Chuyển sang năm sau", f.tasksCarriedOver},
        {"Đã hủy", f.tasksCancelled},
        {"Hoàn thành chưa có minh chứng", f.tasksWithoutEvidence},
        {"Chưa rõ người, thời hạn hoặc sản phẩm", f.tasksVague},
        {"Nhiệm vụ khắc phục hạn chế năm trước", f.remedyTasks},
        {"Nhiệm vụ khắc phục đã hoàn thành", f.remedyTasksDone}};
    for (const auto &[name, v] : values)
        s.rows << QVariantList{QString::fromUtf8(name), v};
    return {s};
}

void save(const Database &db, const QList<Sheet> &sheets, const QString &path)
{
    QString error;
    const QByteArray bytes = reports::writeXlsx(sheets, CellRepository(db).cell().name, &error);
    if (bytes.isEmpty())
        throw StorageError(StorageError::Kind::Io, error);
    // Atomic and owner-only whatever the umask: the tables name members.
    files::writeAtomically(path, bytes, QStringLiteral("tệp “%1”").arg(path));
}

} // namespace sochibo::reportdata::tables

#include "Enums.h"

namespace sochibo::core {

namespace {
template <typename E> struct EnumRow
{
    E value;
    const char *code;
    const char *label;
};

template <typename E, size_t N>
E fromCode(const EnumRow<E> (&rows)[N], const QString &code, bool *ok)
{
    for (const auto &r : rows) {
        if (code == QLatin1String(r.code)) {
            if (ok)
                *ok = true;
            return r.value;
        }
    }
    if (ok)
        *ok = false;
    return rows[0].value;
}

template <typename E, size_t N> const EnumRow<E> &rowOf(const EnumRow<E> (&rows)[N], E v)
{
    for (const auto &r : rows) {
        if (r.value == v)
            return r;
    }
    return rows[0];
}

const EnumRow<Gender> kGender[] = {
    {Gender::Female, "female", "Nữ"},
    {Gender::Male, "male", "Nam"},
};
const EnumRow<Job> kJob[] = {
    {Job::Teacher, "teacher", "Giáo viên"},
    {Job::Staff, "staff", "Nhân viên"},
    {Job::Manager, "manager", "Cán bộ quản lý"},
};
const EnumRow<Education> kEducation[] = {
    {Education::Master, "master", "Thạc sĩ"},
    {Education::Bachelor, "bachelor", "Đại học"},
    {Education::College, "college", "Cao đẳng"},
    {Education::Other, "other", "Khác"},
};
const EnumRow<MembershipKind> kMembershipKind[] = {
    {MembershipKind::Full, "full", "Chính thức"},
    {MembershipKind::Probationary, "probationary", "Dự bị"},
};
const EnumRow<Role> kRole[] = {
    {Role::None, "none", "Đảng viên"},
    {Role::Secretary, "secretary", "Bí thư"},
    {Role::DeputySecretary, "deputy_secretary", "Phó Bí thư"},
    {Role::CommitteeMember, "committee_member", "Chi ủy viên"},
};
const EnumRow<EventKind> kEventKind[] = {
    {EventKind::Admitted, "admitted", "Kết nạp"},
    {EventKind::MadeFull, "made_full", "Công nhận chính thức"},
    {EventKind::TransferredIn, "transferred_in", "Chuyển đến"},
    {EventKind::TransferredOut, "transferred_out", "Chuyển đi"},
    {EventKind::Retired, "retired", "Nghỉ hưu"},
    {EventKind::Died, "died", "Từ trần"},
    {EventKind::Expelled, "expelled", "Khai trừ"},
    {EventKind::Disciplined, "disciplined", "Kỷ luật"},
};
const EnumRow<DisciplineForm> kDisciplineForm[] = {
    {DisciplineForm::None, "", "Không"},
    {DisciplineForm::Reprimand, "khien_trach", "Khiển trách"},
    {DisciplineForm::Warning, "canh_cao", "Cảnh cáo"},
    {DisciplineForm::Dismissal, "cach_chuc", "Cách chức"},
};
const EnumRow<TaskStatus> kTaskStatus[] = {
    {TaskStatus::NotStarted, "not_started", "Chưa thực hiện"},
    {TaskStatus::InProgress, "in_progress", "Đang thực hiện"},
    {TaskStatus::Done, "done", "Đã hoàn thành"},
    {TaskStatus::Cancelled, "cancelled", "Đã hủy"},
};
const EnumRow<TaskSource> kTaskSource[] = {
    {TaskSource::Free, "free", "Giao trực tiếp"},
    {TaskSource::Conclusion, "conclusion", "Kết luận cuộc họp"},
    {TaskSource::Shortcoming, "shortcoming", "Khắc phục hạn chế"},
    {TaskSource::Topic, "topic", "Chuyên đề"},
    {TaskSource::Supervision, "supervision", "Kiểm tra, giám sát"},
};
const EnumRow<MeetingKind> kMeetingKind[] = {
    {MeetingKind::Regular, "regular", "Sinh hoạt thường kỳ"},
    {MeetingKind::Thematic, "thematic", "Sinh hoạt chuyên đề"},
    {MeetingKind::Committee, "committee", "Họp Chi ủy"},
};
const EnumRow<AttendanceStatus> kAttendanceStatus[] = {
    {AttendanceStatus::Present, "present", "Có mặt"},
    {AttendanceStatus::Excused, "excused", "Vắng có lý do"},
    {AttendanceStatus::Unexcused, "unexcused", "Vắng không lý do"},
    {AttendanceStatus::Exempt, "exempt", "Miễn sinh hoạt"},
};
const EnumRow<MeetingQuality> kMeetingQuality[] = {
    {MeetingQuality::None, "", "Chưa đánh giá"}, {MeetingQuality::Good, "good", "Tốt"},
    {MeetingQuality::Fair, "fair", "Khá"},       {MeetingQuality::Average, "average", "Trung bình"},
    {MeetingQuality::Poor, "poor", "Kém"},
};
const EnumRow<QualityRating> kQualityRating[] = {
    {QualityRating::None, "", "Chưa xếp loại"},
    {QualityRating::Excellent, "HTXSNV", "Hoàn thành xuất sắc nhiệm vụ"},
    {QualityRating::Good, "HTTNV", "Hoàn thành tốt nhiệm vụ"},
    {QualityRating::Completed, "HTNV", "Hoàn thành nhiệm vụ"},
    {QualityRating::NotCompleted, "KHTNV", "Không hoàn thành nhiệm vụ"},
};
const EnumRow<SelfRating> kSelfRating[] = {
    {SelfRating::None, "", "Chưa đánh giá"}, {SelfRating::Excellent, "excellent", "Xuất sắc"},
    {SelfRating::Good, "good", "Tốt"},       {SelfRating::Average, "average", "Trung bình"},
    {SelfRating::Poor, "poor", "Kém"},
};
} // namespace

QString code(Gender v)
{
    return QString::fromUtf8(rowOf(kGender, v).code);
}
QString label(Gender v)
{
    return QString::fromUtf8(rowOf(kGender, v).label);
}
Gender fromGenderCode(const QString &c, bool *ok)
{
    return fromCode(kGender, c, ok);
}
template <> QStringList allCodes<Gender>()
{
    QStringList l;
    for (const auto &r : kGender)
        l << QString::fromUtf8(r.code);
    return l;
}

QString code(Job v)
{
    return QString::fromUtf8(rowOf(kJob, v).code);
}
QString label(Job v)
{
    return QString::fromUtf8(rowOf(kJob, v).label);
}
Job fromJobCode(const QString &c, bool *ok)
{
    return fromCode(kJob, c, ok);
}
template <> QStringList allCodes<Job>()
{
    QStringList l;
    for (const auto &r : kJob)
        l << QString::fromUtf8(r.code);
    return l;
}

QString code(Education v)
{
    return QString::fromUtf8(rowOf(kEducation, v).code);
}
QString label(Education v)
{
    return QString::fromUtf8(rowOf(kEducation, v).label);
}
Education fromEducationCode(const QString &c, bool *ok)
{
    return fromCode(kEducation, c, ok);
}
template <> QStringList allCodes<Education>()
{
    QStringList l;
    for (const auto &r : kEducation)
        l << QString::fromUtf8(r.code);
    return l;
}

QString code(MembershipKind v)
{
    return QString::fromUtf8(rowOf(kMembershipKind, v).code);
}
QString label(MembershipKind v)
{
    return QString::fromUtf8(rowOf(kMembershipKind, v).label);
}
MembershipKind fromMembershipKindCode(const QString &c, bool *ok)
{
    return fromCode(kMembershipKind, c, ok);
}
template <> QStringList allCodes<MembershipKind>()
{
    QStringList l;
    for (const auto &r : kMembershipKind)
        l << QString::fromUtf8(r.code);
    return l;
}

QString code(Role v)
{
    return QString::fromUtf8(rowOf(kRole, v).code);
}
QString label(Role v)
{
    return QString::fromUtf8(rowOf(kRole, v).label);
}
Role fromRoleCode(const QString &c, bool *ok)
{
    return fromCode(kRole, c, ok);
}
template <> QStringList allCodes<Role>()
{
    QStringList l;
    for (const auto &r : kRole)
        l << QString::fromUtf8(r.code);
    return l;
}

QString code(EventKind v)
{
    return QString::fromUtf8(rowOf(kEventKind, v).code);
}
QString label(EventKind v)
{
    return QString::fromUtf8(rowOf(kEventKind, v).label);
}
EventKind fromEventKindCode(const QString &c, bool *ok)
{
    return fromCode(kEventKind, c, ok);
}
template <> QStringList allCodes<EventKind>()
{
    QStringList l;
    for (const auto &r : kEventKind)
        l << QString::fromUtf8(r.code);
    return l;
}

QString code(DisciplineForm v)
{
    return QString::fromUtf8(rowOf(kDisciplineForm, v).code);
}
QString label(DisciplineForm v)
{
    return QString::fromUtf8(rowOf(kDisciplineForm, v).label);
}
DisciplineForm fromDisciplineFormCode(const QString &c, bool *ok)
{
    return fromCode(kDisciplineForm, c, ok);
}
template <> QStringList allCodes<DisciplineForm>()
{
    QStringList l;
    for (const auto &r : kDisciplineForm)
        l << QString::fromUtf8(r.code);
    return l;
}

QString code(TaskStatus v)
{
    return QString::fromUtf8(rowOf(kTaskStatus, v).code);
}
QString label(TaskStatus v)
{
    return QString::fromUtf8(rowOf(kTaskStatus, v).label);
}
TaskStatus fromTaskStatusCode(const QString &c, bool *ok)
{
    return fromCode(kTaskStatus, c, ok);
}
template <> QStringList allCodes<TaskStatus>()
{
    QStringList l;
    for (const auto &r : kTaskStatus)
        l << QString::fromUtf8(r.code);
    return l;
}

QString code(TaskSource v)
{
    return QString::fromUtf8(rowOf(kTaskSource, v).code);
}
QString label(TaskSource v)
{
    return QString::fromUtf8(rowOf(kTaskSource, v).label);
}
TaskSource fromTaskSourceCode(const QString &c, bool *ok)
{
    return fromCode(kTaskSource, c, ok);
}
template <> QStringList allCodes<TaskSource>()
{
    QStringList l;
    for (const auto &r : kTaskSource)
        l << QString::fromUtf8(r.code);
    return l;
}

QString code(MeetingKind v)
{
    return QString::fromUtf8(rowOf(kMeetingKind, v).code);
}
QString label(MeetingKind v)
{
    return QString::fromUtf8(rowOf(kMeetingKind, v).label);
}
MeetingKind fromMeetingKindCode(const QString &c, bool *ok)
{
    return fromCode(kMeetingKind, c, ok);
}
template <> QStringList allCodes<MeetingKind>()
{
    QStringList l;
    for (const auto &r : kMeetingKind)
        l << QString::fromUtf8(r.code);
    return l;
}

QString code(AttendanceStatus v)
{
    return QString::fromUtf8(rowOf(kAttendanceStatus, v).code);
}
QString label(AttendanceStatus v)
{
    return QString::fromUtf8(rowOf(kAttendanceStatus, v).label);
}
AttendanceStatus fromAttendanceStatusCode(const QString &c, bool *ok)
{
    return fromCode(kAttendanceStatus, c, ok);
}
template <> QStringList allCodes<AttendanceStatus>()
{
    QStringList l;
    for (const auto &r : kAttendanceStatus)
        l << QString::fromUtf8(r.code);
    return l;
}

QString code(MeetingQuality v)
{
    return QString::fromUtf8(rowOf(kMeetingQuality, v).code);
}
QString label(MeetingQuality v)
{
    return QString::fromUtf8(rowOf(kMeetingQuality, v).label);
}
MeetingQuality fromMeetingQualityCode(const QString &c, bool *ok)
{
    return fromCode(kMeetingQuality, c, ok);
}
template <> QStringList allCodes<MeetingQuality>()
{
    QStringList l;
    for (const auto &r : kMeetingQuality)
        l << QString::fromUtf8(r.code);
    return l;
}

QString code(QualityRating v)
{
    return QString::fromUtf8(rowOf(kQualityRating, v).code);
}
QString label(QualityRating v)
{
    return QString::fromUtf8(rowOf(kQualityRating, v).label);
}
QualityRating fromQualityRatingCode(const QString &c, bool *ok)
{
    return fromCode(kQualityRating, c, ok);
}
template <> QStringList allCodes<QualityRating>()
{
    QStringList l;
    for (const auto &r : kQualityRating)
        l << QString::fromUtf8(r.code);
    return l;
}

QString code(SelfRating v)
{
    return QString::fromUtf8(rowOf(kSelfRating, v).code);
}
QString label(SelfRating v)
{
    return QString::fromUtf8(rowOf(kSelfRating, v).label);
}
SelfRating fromSelfRatingCode(const QString &c, bool *ok)
{
    return fromCode(kSelfRating, c, ok);
}
template <> QStringList allCodes<SelfRating>()
{
    QStringList l;
    for (const auto &r : kSelfRating)
        l << QString::fromUtf8(r.code);
    return l;
}

QString abbreviation(QualityRating r)
{
    return code(r);
}

} // namespace sochibo::core

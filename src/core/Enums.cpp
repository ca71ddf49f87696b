#include "Enums.h"

#include <QCoreApplication>

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
    {Gender::Female, "female", QT_TRANSLATE_NOOP("Domain", "Nữ")},
    {Gender::Male, "male", QT_TRANSLATE_NOOP("Domain", "Nam")},
};
const EnumRow<Job> kJob[] = {
    {Job::Teacher, "teacher", QT_TRANSLATE_NOOP("Domain", "Giáo viên")},
    {Job::Staff, "staff", QT_TRANSLATE_NOOP("Domain", "Nhân viên")},
    {Job::Manager, "manager", QT_TRANSLATE_NOOP("Domain", "Cán bộ quản lý")},
};
const EnumRow<Education> kEducation[] = {
    {Education::Master, "master", QT_TRANSLATE_NOOP("Domain", "Thạc sĩ")},
    {Education::Bachelor, "bachelor", QT_TRANSLATE_NOOP("Domain", "Đại học")},
    {Education::College, "college", QT_TRANSLATE_NOOP("Domain", "Cao đẳng")},
    {Education::Other, "other", QT_TRANSLATE_NOOP("Domain", "Khác")},
};
const EnumRow<MembershipKind> kMembershipKind[] = {
    {MembershipKind::Full, "full", QT_TRANSLATE_NOOP("Domain", "Chính thức")},
    {MembershipKind::Probationary, "probationary", QT_TRANSLATE_NOOP("Domain", "Dự bị")},
};
const EnumRow<Role> kRole[] = {
    {Role::None, "none", QT_TRANSLATE_NOOP("Domain", "Đảng viên")},
    {Role::Secretary, "secretary", QT_TRANSLATE_NOOP("Domain", "Bí thư")},
    {Role::DeputySecretary, "deputy_secretary", QT_TRANSLATE_NOOP("Domain", "Phó Bí thư")},
    {Role::CommitteeMember, "committee_member", QT_TRANSLATE_NOOP("Domain", "Chi ủy viên")},
};
const EnumRow<EventKind> kEventKind[] = {
    {EventKind::Admitted, "admitted", QT_TRANSLATE_NOOP("Domain", "Kết nạp")},
    {EventKind::MadeFull, "made_full", QT_TRANSLATE_NOOP("Domain", "Công nhận chính thức")},
    {EventKind::TransferredIn, "transferred_in", QT_TRANSLATE_NOOP("Domain", "Chuyển đến")},
    {EventKind::TransferredOut, "transferred_out", QT_TRANSLATE_NOOP("Domain", "Chuyển đi")},
    {EventKind::Retired, "retired", QT_TRANSLATE_NOOP("Domain", "Nghỉ hưu")},
    {EventKind::Died, "died", QT_TRANSLATE_NOOP("Domain", "Từ trần")},
    {EventKind::Expelled, "expelled", QT_TRANSLATE_NOOP("Domain", "Khai trừ")},
    {EventKind::Disciplined, "disciplined", QT_TRANSLATE_NOOP("Domain", "Kỷ luật")},
};
const EnumRow<DisciplineForm> kDisciplineForm[] = {
    {DisciplineForm::None, "", QT_TRANSLATE_NOOP("Domain", "Không")},
    {DisciplineForm::Reprimand, "khien_trach", QT_TRANSLATE_NOOP("Domain", "Khiển trách")},
    {DisciplineForm::Warning, "canh_cao", QT_TRANSLATE_NOOP("Domain", "Cảnh cáo")},
    {DisciplineForm::Dismissal, "cach_chuc", QT_TRANSLATE_NOOP("Domain", "Cách chức")},
};
const EnumRow<TaskStatus> kTaskStatus[] = {
    {TaskStatus::NotStarted, "not_started", QT_TRANSLATE_NOOP("Domain", "Chưa thực hiện")},
    {TaskStatus::InProgress, "in_progress", QT_TRANSLATE_NOOP("Domain", "Đang thực hiện")},
    {TaskStatus::Done, "done", QT_TRANSLATE_NOOP("Domain", "Đã hoàn thành")},
    {TaskStatus::Cancelled, "cancelled", QT_TRANSLATE_NOOP("Domain", "Đã hủy")},
};
const EnumRow<TaskSource> kTaskSource[] = {
    {TaskSource::Free, "free", QT_TRANSLATE_NOOP("Domain", "Giao trực tiếp")},
    {TaskSource::Conclusion, "conclusion", QT_TRANSLATE_NOOP("Domain", "Kết luận cuộc họp")},
    {TaskSource::Shortcoming, "shortcoming", QT_TRANSLATE_NOOP("Domain", "Khắc phục hạn chế")},
    {TaskSource::Topic, "topic", QT_TRANSLATE_NOOP("Domain", "Chuyên đề")},
    {TaskSource::Supervision, "supervision", QT_TRANSLATE_NOOP("Domain", "Kiểm tra, giám sát")},
};
const EnumRow<MeetingKind> kMeetingKind[] = {
    {MeetingKind::Regular, "regular", QT_TRANSLATE_NOOP("Domain", "Sinh hoạt thường kỳ")},
    {MeetingKind::Thematic, "thematic", QT_TRANSLATE_NOOP("Domain", "Sinh hoạt chuyên đề")},
    {MeetingKind::Committee, "committee", QT_TRANSLATE_NOOP("Domain", "Họp Chi ủy")},
};
const EnumRow<AttendanceStatus> kAttendanceStatus[] = {
    {AttendanceStatus::Present, "present", QT_TRANSLATE_NOOP("Domain", "Có mặt")},
    {AttendanceStatus::Excused, "excused", QT_TRANSLATE_NOOP("Domain", "Vắng có lý do")},
    {AttendanceStatus::Unexcused, "unexcused", QT_TRANSLATE_NOOP("Domain", "Vắng không lý do")},
    {AttendanceStatus::Exempt, "exempt", QT_TRANSLATE_NOOP("Domain", "Miễn sinh hoạt")},
};
const EnumRow<MeetingQuality> kMeetingQuality[] = {
    {MeetingQuality::None, "", QT_TRANSLATE_NOOP("Domain", "Chưa đánh giá")},
    {MeetingQuality::Good, "good", QT_TRANSLATE_NOOP("Domain", "Tốt")},
    {MeetingQuality::Fair, "fair", QT_TRANSLATE_NOOP("Domain", "Khá")},
    {MeetingQuality::Average, "average", QT_TRANSLATE_NOOP("Domain", "Trung bình")},
    {MeetingQuality::Poor, "poor", QT_TRANSLATE_NOOP("Domain", "Kém")},
};
const EnumRow<QualityRating> kQualityRating[] = {
    {QualityRating::None, "", QT_TRANSLATE_NOOP("Domain", "Chưa xếp loại")},
    {QualityRating::Excellent, "HTXSNV",
     QT_TRANSLATE_NOOP("Domain", "Hoàn thành xuất sắc nhiệm vụ")},
    {QualityRating::Good, "HTTNV", QT_TRANSLATE_NOOP("Domain", "Hoàn thành tốt nhiệm vụ")},
    {QualityRating::Completed, "HTNV", QT_TRANSLATE_NOOP("Domain", "Hoàn thành nhiệm vụ")},
    {QualityRating::NotCompleted, "KHTNV",
     QT_TRANSLATE_NOOP("Domain", "Không hoàn thành nhiệm vụ")},
};
const EnumRow<SelfRating> kSelfRating[] = {
    {SelfRating::None, "", QT_TRANSLATE_NOOP("Domain", "Chưa đánh giá")},
    {SelfRating::Excellent, "excellent", QT_TRANSLATE_NOOP("Domain", "Xuất sắc")},
    {SelfRating::Good, "good", QT_TRANSLATE_NOOP("Domain", "Tốt")},
    {SelfRating::Average, "average", QT_TRANSLATE_NOOP("Domain", "Trung bình")},
    {SelfRating::Poor, "poor", QT_TRANSLATE_NOOP("Domain", "Kém")},
};
} // namespace

QString domainText(const QString &vietnamese)
{
    return QCoreApplication::translate("Domain", vietnamese.toUtf8().constData());
}

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

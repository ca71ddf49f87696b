#pragma once
#include <QString>
#include <QStringList>

namespace sochibo::core {

// Each enum has a stable code (what the database and the JSON file hold) and a Vietnamese
// label (what documents print; uiLabel() is what the interface shows, English when chosen).
// Unknown codes map to the first value.

enum class Gender { Female, Male };
enum class Job { Teacher, Staff, Manager };
enum class Education { Master, Bachelor, College, Other };
enum class MembershipKind { Full, Probationary };
enum class Role { None, Secretary, DeputySecretary, CommitteeMember };
enum class EventKind {
    Admitted,
    MadeFull,
    TransferredIn,
    TransferredOut,
    Retired,
    Died,
    Expelled,
    Disciplined
};
enum class DisciplineForm { None, Reprimand, Warning, Dismissal };
enum class TaskStatus { NotStarted, InProgress, Done, Cancelled };
enum class TaskSource { Free, Conclusion, Shortcoming, Topic, Supervision };
enum class MeetingKind { Regular, Thematic, Committee };
enum class AttendanceStatus { Present, Excused, Unexcused, Exempt };
enum class MeetingQuality { None, Good, Fair, Average, Poor };
enum class QualityRating { None, Excellent, Good, Completed, NotCompleted };
enum class SelfRating { None, Excellent, Good, Average, Poor };

#define SOCHIBO_ENUM_TEXT(E)                                                                       \
    QString code(E v);                                                                             \
    QString label(E v);                                                                            \
    E from##E##Code(const QString &code, bool *ok = nullptr);

SOCHIBO_ENUM_TEXT(Gender)
SOCHIBO_ENUM_TEXT(Job)
SOCHIBO_ENUM_TEXT(Education)
SOCHIBO_ENUM_TEXT(MembershipKind)
SOCHIBO_ENUM_TEXT(Role)
SOCHIBO_ENUM_TEXT(EventKind)
SOCHIBO_ENUM_TEXT(DisciplineForm)
SOCHIBO_ENUM_TEXT(TaskStatus)
SOCHIBO_ENUM_TEXT(TaskSource)
SOCHIBO_ENUM_TEXT(MeetingKind)
SOCHIBO_ENUM_TEXT(AttendanceStatus)
SOCHIBO_ENUM_TEXT(MeetingQuality)
SOCHIBO_ENUM_TEXT(QualityRating)
SOCHIBO_ENUM_TEXT(SelfRating)
#undef SOCHIBO_ENUM_TEXT

/// \a vietnamese (a label or message of this layer) in the interface's language: the
/// "Domain" catalogue maps them to English and is installed only for the English interface.
QString domainText(const QString &vietnamese);

/// The label as the interface shows it. Documents always print label(), in Vietnamese.
template <typename E> QString uiLabel(E v)
{
    return domainText(label(v));
}

/// Short form of a quality rating: "HTXSNV".
QString abbreviation(QualityRating r);

/// Every code of an enum, in declaration order (for combo boxes and validation).
template <typename E> QStringList allCodes();

} // namespace sochibo::core

#pragma once
#include "Enums.h"

#include <QDate>
#include <QList>
#include <QString>

namespace sochibo::core {

struct Attendance
{
    qint64 memberId = 0;
    AttendanceStatus status = AttendanceStatus::Present;
};

struct Speaker
{
    qint64 id = 0;
    qint64 memberId = 0;
    QString summary;
};

struct Conclusion
{
    qint64 id = 0;
    qint64 meetingId = 0;
    QString text;
    /// The cell's vote on it, when one was taken: votesFor of votesTotal present (-1: none).
    int votesFor = -1;
    int votesTotal = -1;

    bool hasVote() const { return votesTotal > 0 && votesFor >= 0 && votesFor <= votesTotal; }
};

struct Meeting
{
    qint64 id = 0;
    MeetingKind kind = MeetingKind::Regular;
    QDate heldOn;
    QString startTime; ///< "14:00"
    QString endTime;
    QString place;
    qint64 chairId = 0;
    qint64 secretaryId = 0; ///< who took the minutes (thư ký)
    QString guests; ///< one a line: "Đồng chí Lê Văn A, Phó Bí thư Đảng ủy xã"
    QString agenda;
    QString minutes;
    MeetingQuality quality = MeetingQuality::None;
    QList<Attendance> attendance;
    QList<Speaker> speakers;
    QList<Conclusion> conclusions;

    /// Members expected (everyone listed but the exempt) and present.
    int expectedCount() const;
    int presentCount() const;
    /// "có mặt 16/18"
    QString attendanceSummary() const;
};

struct ThematicTopic
{
    qint64 id = 0;
    int year = 0;
    QString title;
    QString focusPoints; ///< one point a line
    int plannedQuarter = 0;
    qint64 drafterId = 0;
    QString expectedProducts;
    qint64 meetingId = 0;
};

/// The thematic sessions a year's plan should hold: at least one a quarter.
constexpr int kThematicSessionsPerYear = 4;
/// What the user is told when a year's topics plan fewer sessions than one a quarter, naming
/// the quarters without one; empty when the plan holds one in every quarter.
QString thematicPlanWarning(const QList<ThematicTopic> &topics, int year);

struct Supervision
{
    qint64 id = 0;
    QDate heldOn;
    bool inspection = false; ///< kiểm tra (true) or giám sát (false)
    qint64 subjectMemberId = 0;
    QString subjectArea;
    QString carriedOutBy;
    QString findings;
    QString conclusion;
};

} // namespace sochibo::core

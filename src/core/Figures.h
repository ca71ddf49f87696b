#pragma once
#include "Enums.h"

#include <QList>
#include <QMap>
#include <QString>

namespace sochibo::core {

/// Figures of one shortcoming's remediation.
struct RemedyFigures
{
    qint64 shortcomingId = 0;
    QString title;
    int tasks = 0;
    int done = 0;
    int doneWithEvidence = 0;
    int evidence = 0;
};

/// Everything a year-end report counts, computed from the records (never typed).
struct YearFigures
{
    int year = 0;
    // membership
    int membersStart = 0, membersEnd = 0;
    int admitted = 0, madeFull = 0, transferredIn = 0, transferredOut = 0, retired = 0, died = 0,
        expelled = 0, disciplined = 0;
    int fullEnd = 0, probationaryEnd = 0, womenEnd = 0;
    int masters = 0, bachelors = 0, colleges = 0, otherEducation = 0;
    int candidatesToClass = 0, candidatesAdmitted = 0;
    // last year's ratings of members
    QMap<core::QualityRating, int> previousRatings;
    int previousRated = 0;
    // this year's ratings of members, as far as recorded (the 20 % rule)
    QMap<core::QualityRating, int> ratings;
    // members in the cell at the end whose twelve months of probation have ended
    int probationOverdue = 0;
    // meetings
    int regularMeetings = 0, thematicMeetings = 0, committeeMeetings = 0;
    int attendancePresent = 0, attendanceExpected = 0; ///< over regular and thematic meetings
    // supervision
    int supervisions = 0, inspections = 0, supervisedMembers = 0;
    // tasks of the year (task_rules::belongsToYear), as of a date (task_rules: AsOf)
    int tasks = 0, tasksDone = 0, tasksOnTime = 0, tasksLate = 0, tasksOpen = 0, tasksCancelled = 0,
        tasksWithoutEvidence = 0, tasksVague = 0;
    int tasksOverdue = 0;     ///< open and past the due date on the as-of date
    int tasksNotYetDue = 0;   ///< open, due after the as-of date (or without a due date)
    int tasksCarriedOver = 0; ///< of those, due after the year (given in it, carried over)
    /// Tasks that could be judged on the as-of date: not cancelled, not still ahead.
    int tasksJudged() const { return tasks - tasksCancelled - tasksNotYetDue; }
    // earlier shortcomings (review of year - 1)
    QList<RemedyFigures> remedies;
    int remedyTasks = 0, remedyTasksDone = 0;
};

} // namespace sochibo::core

#pragma once
#include "Database.h"
#include "core/Review.h"

#include <QMap>

namespace sochibo::storage {

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
    // meetings
    int regularMeetings = 0, thematicMeetings = 0, committeeMeetings = 0;
    int attendancePresent = 0, attendanceExpected = 0; ///< over regular and thematic meetings
    // supervision
    int supervisions = 0, inspections = 0, supervisedMembers = 0;
    // tasks of the year (TaskRepository::yearClause()), as of a date
    int tasks = 0, tasksDone = 0, tasksOnTime = 0, tasksLate = 0, tasksOpen = 0, tasksCancelled = 0,
        tasksWithoutEvidence = 0, tasksVague = 0;
    int tasksOverdue = 0;   ///< open and past the due date on the as-of date
    int tasksNotYetDue = 0; ///< open, due after the as-of date (or without a due date)
    /// Tasks that could be judged on the as-of date: not cancelled, not still ahead.
    int tasksJudged() const { return tasks - tasksCancelled - tasksNotYetDue; }
    // earlier shortcomings (review of year - 1)
    QList<RemedyFigures> remedies;
    int remedyTasks = 0, remedyTasksDone = 0;
};

class Statistics
{
public:
    explicit Statistics(const Database &db) : m_db(db) {}
    /// Figures of \a year as known on \a asOf (default and latest: 31 December); open tasks
    /// due after that date are not yet late.
    YearFigures year(int year, QDate asOf = {}) const;

private:
    const Database &m_db;
};

} // namespace sochibo::storage

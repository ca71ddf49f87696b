#pragma once
#include "Enums.h"
#include "Member.h"
#include "Review.h"
#include "Task.h"
#include "TaskRules.h"

#include <QDate>
#include <QHash>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

namespace sochibo::core {

/// The three individual forms of the guidance (Hướng dẫn 43-HD/BTCTW): members holding a
/// leadership or management post, the other members, members outside the political system
/// (retired, working outside the state's bodies). The printed form number is the template's.
enum class ReviewCategory { Auto, Leader, Member, Outside };
/// "leader", "member", "outside" ("" for Auto)
QString code(ReviewCategory c);
ReviewCategory fromReviewCategoryCode(const QString &code);
/// "Đảng viên giữ chức vụ lãnh đạo, quản lý", "Đảng viên không giữ chức vụ lãnh đạo, quản lý",
/// "Đảng viên ngoài hệ thống chính trị"
QString label(ReviewCategory c);

/// One member's year-end review as recorded: the category when the secretary chose one, the
/// member's points and proposed level, the committee's proposal, the cell's vote and the
/// superior's final level. The level the cell decided is the member's rating of the year
/// (member_rating), as before.
struct MemberReview
{
    qint64 memberId = 0;
    int year = 0;
    ReviewCategory category = ReviewCategory::Auto;
    double generalPoints = -1; ///< /30, -1: not scored
    double resultsPoints = -1; ///< /70
    QualityRating selfLevel = QualityRating::None;
    QualityRating committeeLevel = QualityRating::None;
    int votesFor = -1, votesTotal = -1; ///< -1: not voted
    QualityRating superiorLevel = QualityRating::None;
    QString notRatedReason; ///< not rated this year: why (new member under six months, leave…)
    QString committeeComment;
    QDate printedOn; ///< the form last saved or printed from the window

    /// Both groups scored: general + results, else -1.
    double total() const;
    /// What is wrong with the values, in Vietnamese (points above the group's maximum,
    /// votes for above the votes cast); empty when valid.
    QStringList validate() const;
};

/// The category a member's form takes: the recorded one, else from the record — a party
/// post (secretary, deputy, committee) or a management job makes a leader's form.
ReviewCategory categoryOf(const Member &member, const MemberReview &review);

/// A commitment item with the state of the task it is carried out by.
struct CommitmentProgress
{
    CommitmentItem item;
    QString taskTitle;
    TaskState state = TaskState::NotStarted;
    bool linked = false;
};

/// What the records say of one member's year, as of a moment: the facts the individual form
/// is drafted from. Filled by storage (Statistics::memberYear) with the core's rules.
struct MemberYear
{
    qint64 memberId = 0;
    int year = 0;
    AsOf asOf;
    // tasks owned, of the year (task_rules::belongsToYear)
    int tasks = 0, done = 0, onTime = 0, late = 0, overdue = 0, open = 0, withoutEvidence = 0,
        cancelled = 0;
    QList<Task> taskList;                        ///< the year's tasks, for the annex
    QHash<qint64, int> taskEvidence;             ///< files per task as of asOf
    int monthlyReports = 0;                      ///< progress reports filed in the year's months
    int present = 0, excused = 0, unexcused = 0; ///< regular and thematic meetings
    QStringList topicsDrafted;                   ///< thematic topics the member drafted
    QStringList supervisions; ///< "Giám sát ngày …: kết luận …" of the member
    QStringList disciplines;  ///< "Khiển trách ngày …"
    bool hasCommitment = false;
    QList<CommitmentProgress> commitment;
    QualityRating previousRating = QualityRating::None;
    int tasksJudged() const { return done + overdue; }
};

/// The level a member proposes: the one recorded, else the scale's for both groups scored.
QualityRating proposedMemberLevel(const MemberReview &review);

/// What the records say against \a level for a member: disciplined in the year, late or
/// overdue tasks for the two upper levels, under 70 % of the tasks due done, commitment items
/// whose tasks are overdue for the top level. In Vietnamese; never printed into the form.
QStringList memberLevelWarnings(QualityRating level, const MemberYear &year);

/// Whether a member's commitment of \a year cites the member's review of the year before:
/// the cell rated the member that year; or, when the cell recorded no member's level for that
/// year (\a levelsRecorded false), the member was admitted before it began. A member admitted
/// during that year was not yet rated and cites the cell's plan alone.
bool citesPreviousReview(const Member &member, int year, QualityRating previousLevel,
                         bool levelsRecorded);

/// The cell's ratings of a year: how many per level, the percentages, and the 20 % rule
/// (excellent members at most 20 % of those rated good or better; warned, not refused).
struct RatingsSummary
{
    int rated = 0;
    QMap<QualityRating, int> perLevel;
    int notRated = 0;
    /// "20,0%" of the rated, for \a level
    double percent(QualityRating level) const;
    QStringList warnings() const;
};
RatingsSummary summarise(const QList<QualityRating> &levels, int notRated);
/// The same from counts per level (YearFigures::ratings).
RatingsSummary summarise(const QMap<QualityRating, int> &perLevel);

} // namespace sochibo::core

#pragma once
#include "Figures.h"
#include "Review.h"

#include <QStringList>

namespace sochibo::core {

/// A self-assessment on the 2025 form: the general group out of 30, the task-results group out
/// of 70 (Quy định 366-QĐ/TW). The total exists only when every criterion is scored: a total
/// of half a form would propose a level nobody chose.
struct SelfAssessment
{
    double general = 0, generalMax = 30;
    double results = 0, resultsMax = 70;
    bool complete = false; ///< both groups have criteria and every criterion has points
    bool empty = true;     ///< no criterion at all for the year

    static SelfAssessment of(const QList<ReviewCriterion> &criteria);
    double max() const { return generalMax + resultsMax; }
    /// The sum, or -1 while a criterion is unscored.
    double total() const { return complete ? general + results : -1; }
};

/// The 2025 form's criteria for \a year as an editable starting point: the six criteria of the
/// general group (Phụ lục 1, Quy định 366), 5 points each, and the task-results group split in
/// four, 70 in all. The superior committee sets the split locally: the cell edits it.
QList<ReviewCriterion> defaultCriteria2025(int year);

/// The level the scale gives a total (Điều 11, Quy định 366): ≥ 90 excellent, 70–89 good,
/// 50–69 completed, < 50 not completed. levelForScore() (Review.h) is this rule.
/// The level proposed: the one the cell chose, else the scale's for a complete assessment,
/// else none.
QualityRating proposedLevel(QualityRating chosen, const SelfAssessment &assessment);

/// Everything in the records that contradicts \a level (Điều 11, Quy định 366; Hướng dẫn 43
/// on the 20 % of excellent members): a member disciplined in the year, tasks late or overdue
/// for the two upper levels, shortcomings not remedied for the top level, more than 20 % late
/// for "completed", under 70 % done, more than 20 % of rated members excellent. In Vietnamese,
/// for the review page, the report page and the CLI; never printed into the document.
QStringList levelWarnings(QualityRating level, const YearFigures &figures);

} // namespace sochibo::core

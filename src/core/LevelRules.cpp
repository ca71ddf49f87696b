#include "LevelRules.h"

#include "MemberReview.h"

namespace sochibo::core {

SelfAssessment SelfAssessment::of(const QList<ReviewCriterion> &criteria)
{
    SelfAssessment a;
    bool generalSeen = false, resultsSeen = false, allScored = true;
    double generalMax = 0, resultsMax = 0;
    for (const ReviewCriterion &c : criteria) {
        if (c.group != 1 && c.group != 2)
            continue;
        a.empty = false;
        (c.group == 1 ? generalSeen : resultsSeen) = true;
        (c.group == 1 ? a.general : a.results) += std::max(0.0, c.points);
        (c.group == 1 ? generalMax : resultsMax) += std::max(0.0, c.maxPoints);
        allScored = allScored && c.points >= 0;
    }
    if (generalSeen)
        a.generalMax = generalMax;
    if (resultsSeen)
        a.resultsMax = resultsMax;
    a.complete = generalSeen && resultsSeen && allScored;
    return a;
}

QualityRating proposedLevel(QualityRating chosen, const SelfAssessment &assessment)
{
    if (chosen != QualityRating::None)
        return chosen;
    return assessment.complete ? levelForScore(assessment.total()) : QualityRating::None;
}

QStringList levelWarnings(QualityRating level, const YearFigures &f)
{
    QStringList out;
    if (level == QualityRating::None)
        return out;
    const bool high = level == QualityRating::Excellent || level == QualityRating::Good;
    const int judged = f.tasksJudged();
    if (f.disciplined > 0 && level != QualityRating::NotCompleted)
        out << QStringLiteral("Trong năm có %1 đảng viên bị kỷ luật: theo Điều 11, Quy định 366, "
                              "tập thể có thể bị xếp loại không hoàn thành nhiệm vụ.")
                   .arg(f.disciplined);
    if (high && f.tasksLate + f.tasksOverdue > 0)
        out << QStringLiteral("Đề xuất “%1” cần 100% nhiệm vụ hoàn thành đúng hạn, nhưng sổ có %2 "
                              "nhiệm vụ hoàn thành trễ hạn và %3 nhiệm vụ đã quá hạn mà chưa "
                              "hoàn thành.")
                   .arg(label(level))
                   .arg(f.tasksLate)
                   .arg(f.tasksOverdue);
    if (level == QualityRating::Excellent && f.remedyTasks > f.remedyTasksDone)
        out << QStringLiteral("Đề xuất “Hoàn thành xuất sắc nhiệm vụ” cần khắc phục 100% hạn chế "
                              "đã chỉ ra, nhưng còn %1/%2 nhiệm vụ khắc phục chưa hoàn thành.")
                   .arg(f.remedyTasks - f.remedyTasksDone)
                   .arg(f.remedyTasks);
    if (level == QualityRating::Completed && judged > 0 && f.tasksLate * 5 > judged)
        out << QStringLiteral("Mức “Hoàn thành nhiệm vụ” cho phép không quá 20% nhiệm vụ trễ hạn; "
                              "sổ có %1/%2.")
                   .arg(f.tasksLate)
                   .arg(judged);
    if (judged > 0 && f.tasksDone * 10 < judged * 7 && level != QualityRating::NotCompleted)
        out << QStringLiteral("Dưới 70% nhiệm vụ đến hạn được hoàn thành (%1/%2): trường hợp "
                              "không hoàn thành nhiệm vụ.")
                   .arg(f.tasksDone)
                   .arg(judged);
    out << summarise(f.ratings).warnings(); // the 20 % of excellent members (MemberReview.h)
    return out;
}

} // namespace sochibo::core

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

QList<ReviewCriterion> defaultCriteria2025(int year)
{
    const struct
    {
        int group;
        const char *title;
        double max;
    } rows[] = {
        {1, "Xây dựng Chi bộ về chính trị, tư tưởng, đạo đức, tổ chức và cán bộ", 5},
        {1, "Năng lực lãnh đạo, sức chiến đấu và đoàn kết nội bộ", 5},
        {1, "Công tác kiểm tra, giám sát và thi hành kỷ luật đảng", 5},
        {1, "Thực hiện nguyên tắc tập trung dân chủ, tự phê bình và phê bình", 5},
        {1, "Lãnh đạo thực hiện nhiệm vụ chính trị, cải cách hành chính, chuyển đổi số", 5},
        {1, "Tự chỉnh đốn và khắc phục hạn chế, khuyết điểm đã được chỉ ra", 5},
        {2, "Kết quả thực hiện nhiệm vụ chính trị của cơ quan, đơn vị", 30},
        {2, "Kết quả thực hiện các mục tiêu, chỉ tiêu của nghị quyết Chi bộ", 20},
        {2, "Kết quả công tác xây dựng Đảng, phát triển đảng viên", 10},
        {2, "Thực hiện nhiệm vụ phát sinh, đột xuất được cấp trên giao", 10},
    };
    QList<ReviewCriterion> out;
    int position = 0;
    for (const auto &r : rows) {
        ReviewCriterion c;
        c.year = year;
        c.group = r.group;
        c.position = ++position;
        c.title = QString::fromUtf8(r.title);
        c.maxPoints = r.max;
        out << c;
    }
    return out;
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

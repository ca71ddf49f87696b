#include "MemberReview.h"

#include <QCoreApplication>

namespace sochibo::core {

QString code(ReviewCategory c)
{
    switch (c) {
    case ReviewCategory::Leader:
        return QStringLiteral("leader");
    case ReviewCategory::Member:
        return QStringLiteral("member");
    case ReviewCategory::Outside:
        return QStringLiteral("outside");
    case ReviewCategory::Auto:
        break;
    }
    return {};
}

ReviewCategory fromReviewCategoryCode(const QString &code)
{
    if (code == QLatin1String("leader"))
        return ReviewCategory::Leader;
    if (code == QLatin1String("member"))
        return ReviewCategory::Member;
    if (code == QLatin1String("outside"))
        return ReviewCategory::Outside;
    return ReviewCategory::Auto;
}

QString label(ReviewCategory c)
{
    switch (c) {
    case ReviewCategory::Leader:
        return QString::fromUtf8(
            QT_TRANSLATE_NOOP("Domain", "Đảng viên giữ chức vụ lãnh đạo, quản lý"));
    case ReviewCategory::Member:
        return QString::fromUtf8(
            QT_TRANSLATE_NOOP("Domain", "Đảng viên không giữ chức vụ lãnh đạo, quản lý"));
    case ReviewCategory::Outside:
        return QString::fromUtf8(QT_TRANSLATE_NOOP("Domain", "Đảng viên ngoài hệ thống chính trị"));
    case ReviewCategory::Auto:
        break;
    }
    return QString::fromUtf8(QT_TRANSLATE_NOOP("Domain", "Theo hồ sơ đảng viên"));
}

double MemberReview::total() const
{
    return generalPoints >= 0 && resultsPoints >= 0 ? generalPoints + resultsPoints : -1;
}

QStringList MemberReview::validate() const
{
    QStringList problems;
    if (generalPoints > 30)
        problems << QStringLiteral("Điểm nhóm tiêu chí chung không quá 30.");
    if (resultsPoints > 70)
        problems << QStringLiteral(
            "Điểm nhóm tiêu chí về kết quả thực hiện nhiệm vụ không quá 70.");
    if (votesTotal >= 0 && votesFor > votesTotal)
        problems << QStringLiteral("Số phiếu tán thành không thể lớn hơn số đảng viên biểu quyết.");
    if ((votesFor >= 0) != (votesTotal >= 0))
        problems << QStringLiteral("Cần ghi cả số phiếu tán thành và số đảng viên biểu quyết.");
    return problems;
}

ReviewCategory categoryOf(const Member &member, const MemberReview &review)
{
    if (review.category != ReviewCategory::Auto)
        return review.category;
    if (member.role != Role::None || member.job == Job::Manager)
        return ReviewCategory::Leader;
    return ReviewCategory::Member;
}

QualityRating proposedMemberLevel(const MemberReview &review)
{
    if (review.selfLevel != QualityRating::None)
        return review.selfLevel;
    return review.total() >= 0 ? levelForScore(review.total()) : QualityRating::None;
}

QStringList memberLevelWarnings(QualityRating level, const MemberYear &y)
{
    QStringList out;
    if (level == QualityRating::None)
        return out;
    const bool high = level == QualityRating::Excellent || level == QualityRating::Good;
    if (!y.disciplines.isEmpty() && level != QualityRating::NotCompleted)
        out << QStringLiteral("Đảng viên bị kỷ luật trong năm (%1): theo Quy định 366, trường hợp "
                              "này có thể bị xếp loại không hoàn thành nhiệm vụ.")
                   .arg(y.disciplines.join(QStringLiteral("; ")));
    if (high && y.late + y.overdue > 0)
        out << QStringLiteral("Mức “%1” cần hoàn thành đúng hạn mọi nhiệm vụ được giao; sổ ghi %2 "
                              "nhiệm vụ trễ hạn và %3 nhiệm vụ quá hạn chưa hoàn thành.")
                   .arg(label(level))
                   .arg(y.late)
                   .arg(y.overdue);
    const int judged = y.tasksJudged();
    if (level == QualityRating::Completed && judged > 0 && y.late * 5 > judged)
        out << QStringLiteral("Mức “Hoàn thành nhiệm vụ” cho phép không quá 20% nhiệm vụ trễ hạn; "
                              "sổ ghi %1/%2.")
                   .arg(y.late)
                   .arg(judged);
    if (judged > 0 && y.done * 10 < judged * 7 && level != QualityRating::NotCompleted)
        out << QStringLiteral("Dưới 70% nhiệm vụ đến hạn được hoàn thành (%1/%2): trường hợp không "
                              "hoàn thành nhiệm vụ.")
                   .arg(y.done)
                   .arg(judged);
    if (level == QualityRating::Excellent) {
        int behind = 0;
        for (const CommitmentProgress &c : y.commitment)
            behind += c.linked && c.state == TaskState::Overdue;
        if (behind > 0)
            out << QStringLiteral(
                       "Mức “Hoàn thành xuất sắc nhiệm vụ” cần thực hiện đầy đủ cam kết tu "
                       "dưỡng, rèn luyện; %1 nội dung cam kết có nhiệm vụ quá hạn.")
                       .arg(behind);
    }
    return out;
}

double RatingsSummary::percent(QualityRating level) const
{
    return rated > 0 ? 100.0 * perLevel.value(level) / rated : 0;
}

QStringList RatingsSummary::warnings() const
{
    QStringList out;
    const int excellent = perLevel.value(QualityRating::Excellent);
    const int goodOrBetter = excellent + perLevel.value(QualityRating::Good);
    if (goodOrBetter > 0 && excellent * 5 > goodOrBetter)
        out << QStringLiteral("Số đảng viên “Hoàn thành xuất sắc nhiệm vụ” (%1) vượt 20% số đảng "
                              "viên hoàn thành tốt nhiệm vụ trở lên (%2): theo hướng dẫn, tối đa "
                              "%3.")
                   .arg(excellent)
                   .arg(goodOrBetter)
                   .arg(goodOrBetter / 5);
    return out;
}

RatingsSummary summarise(const QList<QualityRating> &levels, int notRated)
{
    RatingsSummary s;
    s.notRated = notRated;
    for (QualityRating l : levels) {
        if (l == QualityRating::None)
            continue;
        ++s.rated;
        s.perLevel[l] += 1;
    }
    return s;
}

RatingsSummary summarise(const QMap<QualityRating, int> &perLevel)
{
    RatingsSummary s;
    for (auto it = perLevel.constBegin(); it != perLevel.constEnd(); ++it) {
        if (it.key() == QualityRating::None || it.value() <= 0)
            continue;
        s.rated += it.value();
        s.perLevel[it.key()] += it.value();
    }
    return s;
}

bool citesPreviousReview(const Member &member, int year, QualityRating previousLevel,
                         bool levelsRecorded)
{
    if (levelsRecorded)
        return previousLevel != QualityRating::None;
    return !member.admittedOn.isValid() || member.admittedOn < QDate(year - 1, 1, 1);
}

} // namespace sochibo::core

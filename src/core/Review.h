#pragma once
#include "Enums.h"

#include <QDate>
#include <QList>
#include <QString>

namespace sochibo::core {

struct Shortcoming
{
    qint64 id = 0;
    int reviewYear = 0;
    int position = 0;
    QString title;         ///< "Hạn chế trong công tác kiểm tra, giám sát"
    QString description;   ///< a) the shortcoming
    QString causes;        ///< b)
    QString remedies;      ///< c)
    QString products;      ///< d) products and evidence
    QString timeframeText; ///< đ)
    QDate startOn;
    QDate endOn;
    QString responsibilityText; ///< e)
    QList<qint64> responsibleMemberIds;
};

struct ReviewCriterion
{
    qint64 id = 0;
    int year = 0;
    int group = 0; ///< 1 or 2 (2025 form), 0 for the 2023 form's rated items
    int position = 0;
    QString code; ///< "I.1", "III"
    QString title;
    double maxPoints = -1; ///< -1: not scored
    double points = -1;
    SelfRating selfRating = SelfRating::None;
};

struct ReviewYear
{
    int year = 0;
    QString form; ///< template id, e.g. "self-review-2025"
    QualityRating proposedLevel = QualityRating::None;
    QString notes;
};

struct CommitmentItem
{
    qint64 id = 0;
    bool plan = false; ///< a line of the personal action plan rather than a shortcoming
    QString text;
    QDate dueOn;
    qint64 taskId = 0;
};

struct Commitment
{
    qint64 id = 0;
    qint64 memberId = 0;
    int year = 0;
    QString shortcomingsText;
    QString measures;
    QString timeframe;
    QString targetResult;
    QDate signedOn;
    QList<CommitmentItem> items;
};

struct Indicator
{
    qint64 id = 0;
    int year = 0;
    QString name;
    QString unit;
    QString target;
    QString actual;
};

struct IssuedDocument
{
    qint64 id = 0;
    QString kind; ///< "KH", "BC", …
    int number = 0;
    int termStart = 0;
    QDate issuedOn;
    QString subject;
    QString report; ///< which report produced it, e.g. "remediation-plan"
};

struct Evidence
{
    qint64 id = 0;
    QString sha256;
    QString fileName;
    QString mediaType;
    qint64 size = 0;
    QString addedOn; ///< ISO date-time
    QString addedBy;
    QString description;
    qint64 taskId = 0;
    qint64 progressId = 0;
    qint64 meetingId = 0;
    qint64 commitmentId = 0;
    qint64 shortcomingId = 0;
};

/// The proposed level from a self-assessment score (Điều 11, Quy định 366): ≥ 90 excellent,
/// 70–89 good, 50–69 completed, < 50 not completed.
QualityRating levelForScore(double total);

} // namespace sochibo::core

#pragma once
#include "Enums.h"

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

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

/// A document received from a superior committee (sổ văn bản đến) that the cell's plans cite
/// as their grounds.
struct ReceivedDocument
{
    qint64 id = 0;
    /// "Quy định", "Hướng dẫn", "Chỉ thị", "Kế hoạch", "Công văn"; or a title cited without a
    /// number ("Điều lệ Đảng Cộng sản Việt Nam")
    QString kind;
    QString number; ///< "366-QĐ/TW"; empty: cited by its title alone
    QDate issuedOn;
    QString issuer;  ///< "Bộ Chính trị"
    QString subject; ///< "về kiểm điểm, đánh giá, …"
    /// The report kinds that cite it when a plan's grounds are not picked by hand.
    QStringList groundsFor;
    int position = 0;

    /// "Quy định số 366-QĐ/TW ngày 30/08/2025 của Bộ Chính trị về …": the words after "Căn cứ".
    QString citation() const;
    QStringList validate() const;
};

/// The grounds every new register starts with, which the user corrects: the Party's Statute
/// for both plans; Chỉ thị 50-CT/TW and Hướng dẫn 42-HD/BTCTW for the thematic plan; Quy định
/// 366-QĐ/TW and Hướng dẫn 43-HD/BTCTW for the remediation plan and the self-review.
QList<ReceivedDocument> builtInGrounds();

/// The documents a report cites as its grounds, in the register's order: those picked for it
/// (\a picked, ids), else the register's entries marked for its kind, else — while the
/// register is empty — the built-in ones for its kind.
QList<ReceivedDocument> groundsOf(const QList<ReceivedDocument> &reg, const QString &report,
                                  const QList<qint64> &picked);

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

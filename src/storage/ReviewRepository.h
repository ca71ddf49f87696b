#pragma once
#include "Database.h"
#include "core/MemberReview.h"
#include "core/Review.h"

namespace sochibo::storage {

/// Review years, their shortcomings and self-assessment criteria; members' commitments.
class ReviewRepository
{
public:
    explicit ReviewRepository(const Database &db) : m_db(db) {}

    std::optional<core::ReviewYear> year(int year) const;
    QList<int> years() const;
    void saveYear(const core::ReviewYear &y);

    QList<core::Shortcoming> shortcomings(int reviewYear) const;
    std::optional<core::Shortcoming> shortcoming(qint64 id) const;
    qint64 saveShortcoming(const core::Shortcoming &s);
    /// Refused when remedy tasks or evidence point to it.
    void removeShortcoming(qint64 id);

    QList<core::ReviewCriterion> criteria(int year) const;
    /// Writes core::defaultCriteria2025(\a year) when the year has no criterion yet (a new
    /// cell starts from a complete form); returns how many were written.
    int addDefaultCriteria(int year);
    qint64 saveCriterion(const core::ReviewCriterion &c);
    void removeCriterion(qint64 id);

    QList<core::Commitment> commitments(int year) const;
    std::optional<core::Commitment> commitment(qint64 memberId, int year) const;
    /// The year and the member of commitment \a id.
    std::optional<std::pair<int, qint64>> commitmentOwner(qint64 id) const;
    qint64 saveCommitment(const core::Commitment &c);
    /// The commitment and its lines (refused while evidence is attached to it).
    void removeCommitment(qint64 id);

    /// Members' year-end reviews (points, proposals, the cell's vote).
    QList<core::MemberReview> memberReviews(int year) const;
    /// The recorded review, or an empty one for the member and year.
    core::MemberReview memberReview(qint64 memberId, int year) const;
    /// Inserts or replaces; throws StorageError with MemberReview::validate()'s problems.
    void saveMemberReview(const core::MemberReview &r);
    /// Records that the forms of \a memberIds for \a year were saved or printed on \a on.
    void markPrinted(const QList<qint64> &memberIds, int year, const QDate &on);

private:
    const Database &m_db;
};

} // namespace sochibo::storage

#pragma once
#include "Database.h"
#include "core/Member.h"
#include "core/MembershipTimeline.h"

#include <QMap>

namespace sochibo::storage {

/// Members, their membership events, and their annual ratings.
class MemberRepository
{
public:
    explicit MemberRepository(const Database &db) : m_db(db) {}

    /// Roster order (given name, middle, family; Vietnamese collation). Archived members are
    /// left out unless \a withArchived.
    QList<core::Member> list(bool withArchived = false) const;
    std::optional<core::Member> find(qint64 id) const;
    /// Names by id, for lists that show owners.
    QMap<qint64, QString> names() const;
    /// Inserts (id 0) or updates; returns the id. Throws StorageError with the validation
    /// problems when the member is not valid.
    qint64 save(const core::Member &m);
    /// Adds \a members (their ids 0) with the events their records stand for
    /// (core::eventsOfRecord), all or none in one transaction; returns their ids in order.
    /// Throws StorageError naming the member when one is not valid.
    QList<qint64> addWithEvents(const QList<core::Member> &members);
    /// Deletes a member nobody refers to. A member who owns tasks, attended meetings or has
    /// other records is refused with a message naming them; archive() is the safe option.
    void remove(qint64 id);
    void archive(qint64 id, bool archived = true);
    /// Why \a id cannot be deleted, in Vietnamese; empty when it can.
    QString dependents(qint64 id) const;

    /// The events of \a memberId by date (0: of every member).
    QList<core::MembershipEvent> events(qint64 memberId) const;
    /// Every member's timeline (archived ones too): the rules of membership on a date are
    /// core::MembershipTimeline's; the three below ask it.
    QList<core::MembershipTimeline> timelines() const;
    qint64 saveEvent(const core::MembershipEvent &e);
    void removeEvent(qint64 eventId);

    /// Members in the cell on \a date (core::MembershipTimeline::inCellOn), in roster order.
    QList<qint64> membersOn(const QDate &date) const;
    /// Members who have left the cell by \a date (transferred out, retired, died, expelled),
    /// with the event that took them out.
    QMap<qint64, core::MembershipEvent> departedBy(const QDate &date) const;
    /// Members with an event of \a kind between the dates (inclusive).
    QList<qint64> withEvent(core::EventKind kind, const QDate &from, const QDate &to) const;
    /// Full member on \a date: made full (fullOn or a made_full event) on or before it.
    bool isFullOn(const core::Member &m, const QDate &date) const;

    core::QualityRating rating(qint64 memberId, int year) const;
    void setRating(qint64 memberId, int year, core::QualityRating level);
    /// Count of each rating for a year.
    QMap<core::QualityRating, int> ratingCounts(int year) const;

private:
    const Database &m_db;
};

} // namespace sochibo::storage

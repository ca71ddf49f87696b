#pragma once
#include "Member.h"

#include <QDate>
#include <QList>
#include <optional>

namespace sochibo::core {

/// A member's place in the cell on any date: the one definition of "who is a member on a
/// date", "full or probationary on a date", "joined / left / … in a period" and "probation
/// due to end". Built from the member's record and events; the events decide, and the record's
/// admission and full-membership dates stand in for the events that were never typed (the
/// member dialog saves an admission date, older records have no events at all).
///
/// The rules:
/// - Entering events are admission and transfer in; leaving events are transfer out,
///   retirement, death and expulsion (MembershipEvent::entersCell / leavesCell).
/// - When the earliest entering or leaving event is an entering one, the events tell the whole
///   story. Otherwise the admission date on the record counts as an admission (the member
///   admitted in 2010 whose only event is "retired 31/07/2026" was a member on 01/01/2026).
///   A member with neither events nor an admission date is taken as a member all along.
/// - On a date, the latest such event on or before it decides; before any, the member is in
///   the cell only when the first event is a leaving one (nothing recorded of the entry).
/// - Full on a date: the record's full-membership date, else a "made full" event, on or before
///   it; without either, the recorded kind (full) once twelve months of probation have passed.
/// - Probation lasts twelve months from admission (Điều lệ Đảng, Điều 5): a member still
///   probationary after that needs the cell's decision, which is a signal, not a state.
class MembershipTimeline
{
public:
    MembershipTimeline(Member member, QList<MembershipEvent> events);

    const Member &member() const { return m_member; }

    bool inCellOn(const QDate &date) const;
    bool fullOn(const QDate &date) const;
    /// In the cell on \a date and probationary.
    bool probationaryOn(const QDate &date) const;
    /// The day the twelve months of probation end (admission + 12 months); invalid when the
    /// admission date is unknown.
    QDate probationEnds() const;
    /// In the cell, still probationary on \a date, and the twelve months have ended on or before
    /// it: the cell has to decide on full membership (or say why not).
    bool probationOverdueOn(const QDate &date) const;
    /// The event that took the member out of the cell, when not in it on \a date.
    std::optional<MembershipEvent> departureBy(const QDate &date) const;
    /// Events of \a kind between the dates (inclusive), with the record's admission when it
    /// stands for an admission event (see the rules above).
    int eventsIn(EventKind kind, const QDate &from, const QDate &to) const;

    /// The admission date: the first admission event, else the record's.
    QDate admittedOn() const;

private:
    Member m_member;
    QList<MembershipEvent> m_events;    ///< all, by date then id
    QList<MembershipEvent> m_movements; ///< entering and leaving, with the implied admission
};

/// The events a member's record stands for, saved with a record that comes from outside the
/// program (a list imported from a spreadsheet): admitted on the record's admission date and
/// made full on its full-membership date, each only when the date is known. With them the
/// counts on any date (who was in the cell, who was admitted or made full in a year) read
/// the events from the first day, as for members whose events were typed.
QList<MembershipEvent> eventsOfRecord(const Member &member);

/// Timelines of every member of \a members, events matched by member id.
QList<MembershipTimeline> timelines(const QList<Member> &members,
                                    const QList<MembershipEvent> &events);
/// The ids of those in the cell on \a date (in the order of \a all).
QList<qint64> membersOn(const QList<MembershipTimeline> &all, const QDate &date);

} // namespace sochibo::core

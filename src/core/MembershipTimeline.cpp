#include "MembershipTimeline.h"

#include <QHash>
#include <algorithm>

namespace sochibo::core {

namespace {

bool moves(const MembershipEvent &e)
{
    return e.entersCell() || e.leavesCell();
}

bool earlier(const MembershipEvent &a, const MembershipEvent &b)
{
    return a.date != b.date ? a.date < b.date : a.id < b.id;
}

} // namespace

MembershipTimeline::MembershipTimeline(Member member, QList<MembershipEvent> events)
    : m_member(std::move(member)), m_events(std::move(events))
{
    m_events.erase(std::remove_if(m_events.begin(), m_events.end(),
                                  [](const MembershipEvent &e) { return !e.date.isValid(); }),
                   m_events.end());
    std::sort(m_events.begin(), m_events.end(), earlier);
    for (const MembershipEvent &e : std::as_const(m_events))
        if (moves(e))
            m_movements << e;
    const bool storyComplete = !m_movements.isEmpty() && m_movements.first().entersCell();
    if (!storyComplete && m_member.admittedOn.isValid()) {
        MembershipEvent implied;
        implied.memberId = m_member.id;
        implied.kind = EventKind::Admitted;
        implied.date = m_member.admittedOn;
        implied.id = -1; // before any typed event of the same day
        m_movements << implied;
        std::sort(m_movements.begin(), m_movements.end(), earlier);
    }
}

bool MembershipTimeline::inCellOn(const QDate &date) const
{
    if (m_movements.isEmpty())
        return true; // nothing recorded of an entry or a departure
    const MembershipEvent *last = nullptr;
    for (const MembershipEvent &e : m_movements) {
        if (e.date > date)
            break;
        last = &e;
    }
    if (!last)
        return m_movements.first().leavesCell();
    return last->entersCell();
}

QDate MembershipTimeline::admittedOn() const
{
    for (const MembershipEvent &e : m_events)
        if (e.kind == EventKind::Admitted)
            return e.date;
    return m_member.admittedOn;
}

bool MembershipTimeline::fullOn(const QDate &date) const
{
    if (m_member.fullOn.isValid())
        return m_member.fullOn <= date;
    for (const MembershipEvent &e : m_events)
        if (e.kind == EventKind::MadeFull && e.date <= date)
            return true;
    const QDate admitted = admittedOn();
    if (!admitted.isValid())
        return m_member.kind == MembershipKind::Full;
    return m_member.kind == MembershipKind::Full && admitted.addYears(1) <= date;
}

bool MembershipTimeline::probationaryOn(const QDate &date) const
{
    return inCellOn(date) && !fullOn(date);
}

QDate MembershipTimeline::probationEnds() const
{
    const QDate admitted = admittedOn();
    return admitted.isValid() ? admitted.addMonths(12) : QDate();
}

bool MembershipTimeline::probationOverdueOn(const QDate &date) const
{
    const QDate end = probationEnds();
    return end.isValid() && end <= date && probationaryOn(date);
}

std::optional<MembershipEvent> MembershipTimeline::departureBy(const QDate &date) const
{
    if (inCellOn(date))
        return std::nullopt;
    for (auto e = m_movements.crbegin(); e != m_movements.crend(); ++e)
        if (e->date <= date && e->leavesCell())
            return *e;
    return std::nullopt;
}

int MembershipTimeline::eventsIn(EventKind kind, const QDate &from, const QDate &to) const
{
    const QList<MembershipEvent> &source =
        kind == EventKind::Admitted ? m_movements : m_events; // the implied admission counts
    return int(std::count_if(source.cbegin(), source.cend(), [&](const MembershipEvent &e) {
        return e.kind == kind && e.date >= from && e.date <= to;
    }));
}

QList<MembershipTimeline> timelines(const QList<Member> &members,
                                    const QList<MembershipEvent> &events)
{
    QHash<qint64, QList<MembershipEvent>> byMember;
    for (const MembershipEvent &e : events)
        byMember[e.memberId] << e;
    QList<MembershipTimeline> out;
    out.reserve(members.size());
    for (const Member &m : members)
        out << MembershipTimeline(m, byMember.value(m.id));
    return out;
}

QList<qint64> membersOn(const QList<MembershipTimeline> &all, const QDate &date)
{
    QList<qint64> out;
    for (const MembershipTimeline &t : all)
        if (t.inCellOn(date))
            out << t.member().id;
    return out;
}

QList<MembershipEvent> eventsOfRecord(const Member &member)
{
    QList<MembershipEvent> out;
    const auto add = [&](EventKind kind, const QDate &date) {
        if (!date.isValid())
            return;
        MembershipEvent e;
        e.memberId = member.id;
        e.kind = kind;
        e.date = date;
        out << e;
    };
    add(EventKind::Admitted, member.admittedOn);
    add(EventKind::MadeFull, member.fullOn);
    return out;
}

} // namespace sochibo::core

#include "MeetingRepository.h"

#include "core/TaskRules.h"

#include "MemberRepository.h"
#include "Transaction.h"

#include <QSet>

namespace sochibo::storage {

using namespace sochibo::core;

namespace {
const char *const kColumns = "id, kind, held_on, start_time, end_time, place, chair_id, "
                             "secretary_id, agenda, minutes, quality, guests";

Meeting readMeeting(const Statement &st)
{
    Meeting m;
    m.id = st.integer(0);
    m.kind = fromMeetingKindCode(st.text(1));
    m.heldOn = st.date(2);
    m.startTime = st.text(3);
    m.endTime = st.text(4);
    m.place = st.text(5);
    m.chairId = st.id(6);
    m.secretaryId = st.id(7);
    m.agenda = st.text(8);
    m.minutes = st.text(9);
    m.quality = fromMeetingQualityCode(st.text(10));
    m.guests = st.text(11);
    return m;
}
const char *const kConclusionColumns = "id, meeting_id, text, votes_for, votes_total";

Conclusion readConclusion(const Statement &st)
{
    Conclusion c{st.integer(0), st.integer(1), st.text(2)};
    if (!st.isNull(3) && !st.isNull(4)) {
        c.votesFor = int(st.integer(3));
        c.votesTotal = int(st.integer(4));
    }
    return c;
}
} // namespace

QList<Meeting> MeetingRepository::list(int year) const
{
    Statement st = m_db.prepare(
        QStringLiteral("SELECT %1 FROM meeting %2 ORDER BY held_on DESC, id DESC")
            .arg(QLatin1String(kColumns),
                 year > 0 ? QStringLiteral("WHERE substr(held_on, 1, 4) = ?1") : QString()));
    if (year > 0)
        st.bind(1, QString::number(year));
    QList<Meeting> out;
    while (st.step())
        out << readMeeting(st);
    // Attendance counts are cheap and the lists show them.
    Statement a =
        m_db.prepare(QStringLiteral("SELECT meeting_id, member_id, status FROM attendance"));
    QHash<qint64, QList<Attendance>> att;
    while (a.step())
        att[a.integer(0)] << Attendance{a.integer(1), fromAttendanceStatusCode(a.text(2))};
    // Conclusions too: lists show how many were decided and what.
    Statement c =
        m_db.prepare(QStringLiteral("SELECT %1 FROM conclusion ORDER BY meeting_id, position, id")
                         .arg(QLatin1String(kConclusionColumns)));
    QHash<qint64, QList<Conclusion>> conclusions;
    while (c.step())
        conclusions[c.integer(1)] << readConclusion(c);
    for (Meeting &m : out) {
        m.attendance = att.value(m.id);
        m.conclusions = conclusions.value(m.id);
    }
    return out;
}

std::optional<Meeting> MeetingRepository::find(qint64 id) const
{
    Statement st = m_db.prepare(
        QStringLiteral("SELECT %1 FROM meeting WHERE id = ?1").arg(QLatin1String(kColumns)));
    st.bind(1, id);
    if (!st.step())
        return std::nullopt;
    Meeting m = readMeeting(st);
    Statement a = m_db.prepare(QStringLiteral(
        "SELECT a.member_id, a.status FROM attendance a JOIN member p ON p.id = a.member_id "
        "WHERE a.meeting_id = ?1 ORDER BY p.full_name COLLATE VI_NAME"));
    a.bind(1, id);
    while (a.step())
        m.attendance << Attendance{a.integer(0), fromAttendanceStatusCode(a.text(1))};
    Statement s = m_db.prepare(QStringLiteral(
        "SELECT id, member_id, summary FROM speaker WHERE meeting_id = ?1 ORDER BY position, id"));
    s.bind(1, id);
    while (s.step())
        m.speakers << Speaker{s.integer(0), s.integer(1), s.text(2)};
    Statement c = m_db.prepare(
        QStringLiteral("SELECT %1 FROM conclusion WHERE meeting_id = ?1 ORDER BY position, id")
            .arg(QLatin1String(kConclusionColumns)));
    c.bind(1, id);
    while (c.step())
        m.conclusions << readConclusion(c);
    return m;
}

qint64 MeetingRepository::save(const Meeting &m)
{
    if (!m.heldOn.isValid())
        throw StorageError(StorageError::Kind::Input, QStringLiteral("Chưa nhập ngày họp."));
    Transaction tx(m_db);
    // An id that no longer exists is inserted again with that id: undo of a deletion.
    Statement st = m_db.prepare(QStringLiteral(
        "INSERT INTO meeting(id, kind, held_on, start_time, end_time, place, chair_id, "
        "secretary_id, agenda, minutes, quality, guests) "
        "VALUES(?1,?2,?3,?4,?5,?6,?7,?8,?9,?10,?11,?12) "
        "ON CONFLICT(id) DO UPDATE SET kind=excluded.kind, held_on=excluded.held_on, "
        "start_time=excluded.start_time, end_time=excluded.end_time, place=excluded.place, "
        "chair_id=excluded.chair_id, secretary_id=excluded.secretary_id, agenda=excluded.agenda, "
        "minutes=excluded.minutes, quality=excluded.quality, guests=excluded.guests"));
    st.bindId(1, m.id)
        .bind(2, code(m.kind))
        .bind(3, m.heldOn)
        .bind(4, m.startTime)
        .bind(5, m.endTime)
        .bind(6, m.place)
        .bindId(7, m.chairId)
        .bindId(8, m.secretaryId)
        .bind(9, m.agenda)
        .bind(10, m.minutes)
        .bind(12, m.guests);
    if (m.quality == MeetingQuality::None)
        st.bindNull(11);
    else
        st.bind(11, code(m.quality));
    st.exec();
    const qint64 id = m.id > 0 ? m.id : m_db.lastInsertId();

    m_db.prepare(QStringLiteral("DELETE FROM attendance WHERE meeting_id = ?1")).bind(1, id).exec();
    Statement a = m_db.prepare(
        QStringLiteral("INSERT INTO attendance(meeting_id, member_id, status) VALUES(?1,?2,?3)"));
    for (const Attendance &at : m.attendance) {
        a.reset();
        a.bind(1, id).bind(2, at.memberId).bind(3, code(at.status)).exec();
    }
    m_db.prepare(QStringLiteral("DELETE FROM speaker WHERE meeting_id = ?1")).bind(1, id).exec();
    Statement s = m_db.prepare(QStringLiteral(
        "INSERT INTO speaker(meeting_id, member_id, position, summary) VALUES(?1,?2,?3,?4)"));
    for (int i = 0; i < m.speakers.size(); ++i) {
        s.reset();
        s.bind(1, id)
            .bind(2, m.speakers[i].memberId)
            .bind(3, i + 1)
            .bind(4, m.speakers[i].summary)
            .exec();
    }
    // Conclusions: update the kept ones, add the new, delete the removed (refused by the
    // database when a task still points to one).
    QSet<qint64> kept;
    const auto bindVote = [](Statement &st, const Conclusion &c) {
        if (c.hasVote())
            st.bind(5, c.votesFor).bind(6, c.votesTotal);
        else
            st.bindNull(5).bindNull(6);
    };
    for (int i = 0; i < m.conclusions.size(); ++i) {
        const Conclusion &c = m.conclusions[i];
        if (c.id > 0) {
            Statement up = m_db.prepare(QStringLiteral(
                "INSERT INTO conclusion(id, meeting_id, position, text, votes_for, votes_total) "
                "VALUES(?1,?4,?2,?3,?5,?6) ON CONFLICT(id) DO UPDATE SET "
                "position=excluded.position, text=excluded.text, votes_for=excluded.votes_for, "
                "votes_total=excluded.votes_total WHERE meeting_id = excluded.meeting_id"));
            up.bind(1, c.id).bind(2, i + 1).bind(3, c.text).bind(4, id);
            bindVote(up, c);
            up.exec();
            kept.insert(c.id);
        } else {
            Statement in = m_db.prepare(
                QStringLiteral("INSERT INTO conclusion(meeting_id, position, text, votes_for, "
                               "votes_total) VALUES(?1,?2,?3,?5,?6)"));
            in.bind(1, id).bind(2, i + 1).bind(3, c.text);
            bindVote(in, c);
            in.exec();
            kept.insert(m_db.lastInsertId());
        }
    }
    Statement old = m_db.prepare(QStringLiteral("SELECT id FROM conclusion WHERE meeting_id = ?1"));
    old.bind(1, id);
    QList<qint64> gone;
    while (old.step()) {
        if (!kept.contains(old.integer(0)))
            gone << old.integer(0);
    }
    for (qint64 g : gone) {
        try {
            m_db.prepare(QStringLiteral("DELETE FROM conclusion WHERE id = ?1")).bind(1, g).exec();
        } catch (const StorageError &e) {
            if (e.kind() == StorageError::Kind::Constraint)
                throw StorageError(e.kind(),
                                   QStringLiteral("Không thể xóa kết luận này vì đã có nhiệm vụ "
                                                  "được giao từ kết luận."));
            throw;
        }
    }
    tx.commit();
    return id;
}

void MeetingRepository::remove(qint64 id)
{
    Statement st =
        m_db.prepare(QStringLiteral("SELECT (SELECT count(*) FROM task t JOIN conclusion c ON c.id "
                                    "= t.conclusion_id WHERE c.meeting_id = ?1), "
                                    "(SELECT count(*) FROM evidence WHERE meeting_id = ?1)"));
    st.bind(1, id);
    st.step();
    if (st.integer(0) > 0 || st.integer(1) > 0)
        throw StorageError(
            StorageError::Kind::Constraint,
            QStringLiteral("Không thể xóa cuộc họp này: %1 nhiệm vụ được giao từ kết "
                           "luận của cuộc họp và %2 minh chứng gắn với nó.")
                .arg(st.integer(0))
                .arg(st.integer(1)));
    Transaction tx(m_db);
    m_db.prepare(QStringLiteral("UPDATE topic SET meeting_id = NULL WHERE meeting_id = ?1"))
        .bind(1, id)
        .exec();
    m_db.prepare(QStringLiteral("DELETE FROM meeting WHERE id = ?1")).bind(1, id).exec();
    tx.commit();
}

Task MeetingRepository::taskFromConclusion(qint64 conclusionId) const
{
    Statement st = m_db.prepare(QStringLiteral("SELECT c.text, m.held_on FROM conclusion c JOIN "
                                               "meeting m ON m.id = c.meeting_id WHERE c.id = ?1"));
    st.bind(1, conclusionId);
    if (!st.step())
        throw StorageError(StorageError::Kind::Input, QStringLiteral("Không tìm thấy kết luận."));
    Conclusion c;
    c.id = conclusionId;
    c.text = st.text(0);
    return task_rules::fromConclusion(c, st.date(1), MemberRepository(m_db).list());
}

QList<ThematicTopic> MeetingRepository::topics(int year) const
{
    Statement st = m_db.prepare(QStringLiteral(
        "SELECT id, year, title, focus_points, planned_quarter, drafter_id, expected_products, "
        "meeting_id FROM topic WHERE year = ?1 ORDER BY position, planned_quarter, id"));
    st.bind(1, year);
    QList<ThematicTopic> out;
    while (st.step()) {
        ThematicTopic t;
        t.id = st.integer(0);
        t.year = int(st.integer(1));
        t.title = st.text(2);
        t.focusPoints = st.text(3);
        t.plannedQuarter = int(st.integer(4));
        t.drafterId = st.id(5);
        t.expectedProducts = st.text(6);
        t.meetingId = st.id(7);
        out << t;
    }
    return out;
}

std::optional<int> MeetingRepository::topicYear(qint64 id) const
{
    Statement st = m_db.prepare(QStringLiteral("SELECT year FROM topic WHERE id = ?1"));
    st.bind(1, id);
    return st.step() ? std::optional<int>(int(st.integer(0))) : std::nullopt;
}

void MeetingRepository::removeTopic(qint64 id)
{
    Statement st = m_db.prepare(QStringLiteral("SELECT count(*) FROM task WHERE topic_id = ?1"));
    st.bind(1, id);
    st.step();
    if (st.integer(0) > 0)
        throw StorageError(StorageError::Kind::Constraint,
                           QStringLiteral("Không xóa được chuyên đề: đã có %1 nhiệm vụ giao từ "
                                          "chuyên đề này.")
                               .arg(st.integer(0)));
    m_db.prepare(QStringLiteral("DELETE FROM topic WHERE id = ?1")).bind(1, id).exec();
}

qint64 MeetingRepository::saveTopic(const ThematicTopic &t)
{
    if (t.title.trimmed().isEmpty())
        throw StorageError(StorageError::Kind::Input, QStringLiteral("Chưa nhập tên chuyên đề."));
    // An id that no longer exists is inserted again with that id: undo of a deletion.
    Statement st = m_db.prepare(QStringLiteral(
        "INSERT INTO topic(id, year, title, focus_points, planned_quarter, drafter_id, "
        "expected_products, meeting_id, position) VALUES(?1,?2,?3,?4,?5,?6,?7,?8,?9) "
        "ON CONFLICT(id) DO UPDATE SET year=excluded.year, title=excluded.title, "
        "focus_points=excluded.focus_points, planned_quarter=excluded.planned_quarter, "
        "drafter_id=excluded.drafter_id, expected_products=excluded.expected_products, "
        "meeting_id=excluded.meeting_id, position=excluded.position"));
    st.bindId(1, t.id)
        .bind(2, t.year)
        .bind(3, t.title)
        .bind(4, t.focusPoints)
        .bindId(5, t.plannedQuarter)
        .bindId(6, t.drafterId)
        .bind(7, t.expectedProducts)
        .bindId(8, t.meetingId)
        .bind(9, t.plannedQuarter);
    st.exec();
    return t.id > 0 ? t.id : m_db.lastInsertId();
}

QList<Supervision> MeetingRepository::supervisions(const QDate &from, const QDate &to) const
{
    Statement st = m_db.prepare(QStringLiteral(
        "SELECT id, held_on, kind, subject_member_id, subject_area, carried_out_by, findings, "
        "conclusion FROM supervision WHERE held_on BETWEEN ?1 AND ?2 ORDER BY held_on, id"));
    st.bind(1, from).bind(2, to);
    QList<Supervision> out;
    while (st.step()) {
        Supervision s;
        s.id = st.integer(0);
        s.heldOn = st.date(1);
        s.inspection = st.text(2) == QLatin1String("inspection");
        s.subjectMemberId = st.id(3);
        s.subjectArea = st.text(4);
        s.carriedOutBy = st.text(5);
        s.findings = st.text(6);
        s.conclusion = st.text(7);
        out << s;
    }
    return out;
}

void MeetingRepository::removeSupervision(qint64 id)
{
    Statement st =
        m_db.prepare(QStringLiteral("SELECT count(*) FROM task WHERE supervision_id = ?1"));
    st.bind(1, id);
    st.step();
    if (st.integer(0) > 0)
        throw StorageError(StorageError::Kind::Constraint,
                           QStringLiteral("Không xóa được cuộc kiểm tra, giám sát: đã có %1 "
                                          "nhiệm vụ giao từ kiến nghị của nó.")
                               .arg(st.integer(0)));
    m_db.prepare(QStringLiteral("DELETE FROM supervision WHERE id = ?1")).bind(1, id).exec();
}

qint64 MeetingRepository::saveSupervision(const Supervision &s)
{
    if (!s.heldOn.isValid())
        throw StorageError(StorageError::Kind::Input,
                           QStringLiteral("Chưa nhập ngày kiểm tra, giám sát."));
    if (s.subjectMemberId == 0 && s.subjectArea.trimmed().isEmpty())
        throw StorageError(StorageError::Kind::Input,
                           QStringLiteral("Hãy chọn đảng viên được giám sát hoặc ghi nội dung, "
                                          "lĩnh vực được kiểm tra."));
    // An id that no longer exists is inserted again with that id: undo of a deletion.
    Statement st = m_db.prepare(QStringLiteral(
        "INSERT INTO supervision(id, held_on, kind, subject_member_id, subject_area, "
        "carried_out_by, findings, conclusion) VALUES(?1,?2,?3,?4,?5,?6,?7,?8) "
        "ON CONFLICT(id) DO UPDATE SET held_on=excluded.held_on, kind=excluded.kind, "
        "subject_member_id=excluded.subject_member_id, subject_area=excluded.subject_area, "
        "carried_out_by=excluded.carried_out_by, findings=excluded.findings, "
        "conclusion=excluded.conclusion"));
    st.bindId(1, s.id)
        .bind(2, s.heldOn)
        .bind(3, s.inspection ? QStringLiteral("inspection") : QStringLiteral("supervision"))
        .bindId(4, s.subjectMemberId)
        .bind(5, s.subjectArea)
        .bind(6, s.carriedOutBy)
        .bind(7, s.findings)
        .bind(8, s.conclusion);
    st.exec();
    return s.id > 0 ? s.id : m_db.lastInsertId();
}

} // namespace sochibo::storage

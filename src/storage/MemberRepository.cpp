#include "MemberRepository.h"

#include "core/MembershipTimeline.h"

#include "Transaction.h"

namespace sochibo::storage {

using namespace sochibo::core;

namespace {

const char *const kColumns =
    "id, full_name, gender, birth_date, job, education, kind, admitted_on, full_on, role, "
    "phone, notes, archived";

Member readMember(const Statement &st)
{
    Member m;
    m.id = st.integer(0);
    m.fullName = st.text(1);
    m.gender = fromGenderCode(st.text(2));
    m.birthDate = st.date(3);
    m.job = fromJobCode(st.text(4));
    m.education = fromEducationCode(st.text(5));
    m.kind = fromMembershipKindCode(st.text(6));
    m.admittedOn = st.date(7);
    m.fullOn = st.date(8);
    m.role = fromRoleCode(st.text(9));
    m.phone = st.text(10);
    m.notes = st.text(11);
    m.archived = st.integer(12) != 0;
    return m;
}

QString quotedList(const QStringList &items, int max = 5)
{
    QStringList shown;
    for (int i = 0; i < items.size() && i < max; ++i)
        shown << QStringLiteral("“%1”").arg(items.at(i));
    QString s = shown.join(QStringLiteral(", "));
    if (items.size() > max)
        s += QStringLiteral(" và %1 mục khác").arg(items.size() - max);
    return s;
}

} // namespace

QList<Member> MemberRepository::list(bool withArchived) const
{
    Statement st = m_db.prepare(
        QStringLiteral("SELECT %1 FROM member %2 ORDER BY full_name COLLATE VI_NAME, id")
            .arg(QLatin1String(kColumns),
                 withArchived ? QString() : QStringLiteral("WHERE archived = 0")));
    QList<Member> out;
    while (st.step())
        out << readMember(st);
    return out;
}

std::optional<Member> MemberRepository::find(qint64 id) const
{
    Statement st = m_db.prepare(
        QStringLiteral("SELECT %1 FROM member WHERE id = ?1").arg(QLatin1String(kColumns)));
    st.bind(1, id);
    if (!st.step())
        return std::nullopt;
    return readMember(st);
}

QMap<qint64, QString> MemberRepository::names() const
{
    QMap<qint64, QString> out;
    Statement st = m_db.prepare(QStringLiteral("SELECT id, full_name FROM member"));
    while (st.step())
        out.insert(st.integer(0), st.text(1));
    return out;
}

qint64 MemberRepository::save(const Member &m)
{
    const QStringList problems = m.validate();
    if (!problems.isEmpty())
        throw StorageError(StorageError::Kind::Input, problems.join(QLatin1Char(' ')));
    Transaction tx(m_db);
    const auto before = m.id > 0 ? find(m.id) : std::nullopt;
    // An id that no longer exists is inserted again with that id: undo of a deletion.
    Statement st = m_db.prepare(QStringLiteral(
        "INSERT INTO member(id, full_name, gender, birth_date, job, education, kind, "
        "admitted_on, full_on, role, phone, notes, archived) "
        "VALUES(?1,?2,?3,?4,?5,?6,?7,?8,?9,?10,?11,?12,?13) ON CONFLICT(id) DO UPDATE SET "
        "full_name=excluded.full_name, gender=excluded.gender, birth_date=excluded.birth_date, "
        "job=excluded.job, education=excluded.education, kind=excluded.kind, "
        "admitted_on=excluded.admitted_on, full_on=excluded.full_on, role=excluded.role, "
        "phone=excluded.phone, notes=excluded.notes, archived=excluded.archived"));
    st.bindId(1, m.id)
        .bind(2, m.fullName.simplified())
        .bind(3, code(m.gender))
        .bind(4, m.birthDate)
        .bind(5, code(m.job))
        .bind(6, code(m.education))
        .bind(7, code(m.kind))
        .bind(8, m.admittedOn)
        .bind(9, m.fullOn)
        .bind(10, code(m.role))
        .bind(11, m.phone)
        .bind(12, m.notes)
        .bind(13, m.archived);
    st.exec();
    const qint64 id = m.id > 0 ? m.id : m_db.lastInsertId();
    // One fact, one date: the admission event recorded on the old admission date moves with
    // the record's date (the member dialog records it when the member is added).
    if (before && before->admittedOn.isValid() && m.admittedOn.isValid() &&
        before->admittedOn != m.admittedOn)
        m_db.prepare(QStringLiteral("UPDATE membership_event SET event_date = ?3 WHERE member_id = "
                                    "?1 AND kind = 'admitted' AND event_date = ?2"))
            .bind(1, id)
            .bind(2, before->admittedOn)
            .bind(3, m.admittedOn)
            .exec();
    tx.commit();
    return id;
}

QString MemberRepository::dependents(qint64 id) const
{
    const auto member = find(id);
    if (!member)
        return QStringLiteral("Không tìm thấy đảng viên số %1.").arg(id);
    QStringList owned;
    Statement tasks =
        m_db.prepare(QStringLiteral("SELECT title FROM task WHERE owner_id = ?1 ORDER BY id"));
    tasks.bind(1, id);
    while (tasks.step())
        owned << tasks.text(0);
    QStringList reasons;
    if (!owned.isEmpty())
        reasons << QStringLiteral("đang phụ trách %1 nhiệm vụ: %2")
                       .arg(owned.size())
                       .arg(quotedList(owned));
    const struct
    {
        const char *sql;
        const char *what;
    } checks[] = {
        {"SELECT count(*) FROM task_collaborator WHERE member_id = ?1", "phối hợp %1 nhiệm vụ"},
        {"SELECT count(*) FROM attendance WHERE member_id = ?1",
         "có tên trong điểm danh %1 cuộc họp"},
        {"SELECT count(*) FROM progress_report WHERE member_id = ?1", "có %1 báo cáo tiến độ"},
        {"SELECT count(*) FROM commitment WHERE member_id = ?1", "có %1 bản cam kết"},
        {"SELECT count(*) FROM speaker WHERE member_id = ?1", "phát biểu tại %1 cuộc họp"},
        {"SELECT count(*) FROM meeting WHERE chair_id = ?1 OR secretary_id = ?1",
         "chủ trì hoặc làm thư ký %1 cuộc họp"},
        {"SELECT count(*) FROM topic WHERE drafter_id = ?1", "được phân công %1 chuyên đề"},
        {"SELECT count(*) FROM shortcoming_member WHERE member_id = ?1",
         "chịu trách nhiệm khắc phục %1 hạn chế"},
        {"SELECT count(*) FROM supervision WHERE subject_member_id = ?1",
         "là đối tượng của %1 cuộc kiểm tra, giám sát"},
    };
    for (const auto &c : checks) {
        Statement st = m_db.prepare(QString::fromUtf8(c.sql));
        st.bind(1, id);
        st.step();
        if (const qint64 n = st.integer(0))
            reasons << QString::fromUtf8(c.what).arg(n);
    }
    if (reasons.isEmpty())
        return {};
    return QStringLiteral("Không thể xóa đồng chí %1 vì đồng chí %2. Hãy giao các nhiệm vụ cho "
                          "người khác, hoặc chọn “Lưu trữ” để ẩn đảng viên mà vẫn giữ hồ sơ.")
        .arg(member->fullName, reasons.join(QStringLiteral("; ")));
}

QList<qint64> MemberRepository::addWithEvents(const QList<Member> &members)
{
    Transaction tx(m_db);
    QList<qint64> ids;
    for (Member m : members) {
        m.id = 0;
        try {
            m.id = save(m);
        } catch (const StorageError &e) {
            throw StorageError(e.kind(), QStringLiteral("%1: %2").arg(m.fullName, e.message()),
                               e.code());
        }
        for (const MembershipEvent &e : core::eventsOfRecord(m))
            saveEvent(e);
        ids << m.id;
    }
    tx.commit();
    return ids;
}

void MemberRepository::remove(qint64 id)
{
    const QString why = dependents(id);
    if (!why.isEmpty())
        throw StorageError(StorageError::Kind::Constraint, why);
    Transaction tx(m_db);
    m_db.prepare(QStringLiteral("DELETE FROM member WHERE id = ?1")).bind(1, id).exec();
    tx.commit();
}

void MemberRepository::archive(qint64 id, bool archived)
{
    m_db.prepare(QStringLiteral("UPDATE member SET archived = ?2 WHERE id = ?1"))
        .bind(1, id)
        .bind(2, archived)
        .exec();
}

QList<MembershipEvent> MemberRepository::events(qint64 memberId) const
{
    Statement st = m_db.prepare(QStringLiteral(
        "SELECT id, member_id, kind, event_date, discipline_form, note FROM membership_event "
        "WHERE ?1 = 0 OR member_id = ?1 ORDER BY event_date, id"));
    st.bind(1, memberId);
    QList<MembershipEvent> out;
    while (st.step()) {
        MembershipEvent e;
        e.id = st.integer(0);
        e.memberId = st.integer(1);
        e.kind = fromEventKindCode(st.text(2));
        e.date = st.date(3);
        e.discipline = fromDisciplineFormCode(st.text(4));
        e.note = st.text(5);
        out << e;
    }
    return out;
}

QList<MembershipTimeline> MemberRepository::timelines() const
{
    return core::timelines(list(true), events(0));
}

qint64 MemberRepository::saveEvent(const MembershipEvent &e)
{
    if (!e.date.isValid())
        throw StorageError(StorageError::Kind::Input,
                           QStringLiteral("Chưa nhập ngày của sự kiện."));
    if ((e.kind == EventKind::Disciplined) != (e.discipline != DisciplineForm::None))
        throw StorageError(StorageError::Kind::Input,
                           QStringLiteral("Sự kiện kỷ luật cần có hình thức kỷ luật (khiển trách, "
                                          "cảnh cáo, cách chức), và chỉ sự kiện kỷ luật mới có."));
    // An id that no longer exists is inserted again with that id: undo of a deletion.
    Statement st = m_db.prepare(QStringLiteral(
        "INSERT INTO membership_event(id, member_id, kind, event_date, discipline_form, note) "
        "VALUES(?1,?2,?3,?4,?5,?6) ON CONFLICT(id) DO UPDATE SET member_id=excluded.member_id, "
        "kind=excluded.kind, event_date=excluded.event_date, "
        "discipline_form=excluded.discipline_form, note=excluded.note"));
    st.bindId(1, e.id).bind(2, e.memberId).bind(3, code(e.kind)).bind(4, e.date).bind(6, e.note);
    if (e.discipline == DisciplineForm::None)
        st.bindNull(5);
    else
        st.bind(5, code(e.discipline));
    st.exec();
    return e.id > 0 ? e.id : m_db.lastInsertId();
}

void MemberRepository::removeEvent(qint64 eventId)
{
    m_db.prepare(QStringLiteral("DELETE FROM membership_event WHERE id = ?1"))
        .bind(1, eventId)
        .exec();
}

QList<qint64> MemberRepository::membersOn(const QDate &date) const
{
    return core::membersOn(timelines(), date);
}

QMap<qint64, MembershipEvent> MemberRepository::departedBy(const QDate &date) const
{
    QMap<qint64, MembershipEvent> out;
    for (const MembershipTimeline &t : timelines())
        if (const auto e = t.departureBy(date))
            out.insert(t.member().id, *e);
    return out;
}

QList<qint64> MemberRepository::withEvent(EventKind kind, const QDate &from, const QDate &to) const
{
    QList<qint64> out;
    for (const MembershipTimeline &t : timelines())
        if (t.eventsIn(kind, from, to) > 0)
            out << t.member().id;
    return out;
}

bool MemberRepository::isFullOn(const Member &m, const QDate &date) const
{
    return MembershipTimeline(m, events(m.id)).fullOn(date);
}

QualityRating MemberRepository::rating(qint64 memberId, int year) const
{
    Statement st = m_db.prepare(
        QStringLiteral("SELECT level FROM member_rating WHERE member_id = ?1 AND year = ?2"));
    st.bind(1, memberId).bind(2, year);
    return st.step() ? fromQualityRatingCode(st.text(0)) : QualityRating::None;
}

void MemberRepository::setRating(qint64 memberId, int year, QualityRating level)
{
    if (level == QualityRating::None) {
        m_db.prepare(QStringLiteral("DELETE FROM member_rating WHERE member_id = ?1 AND year = ?2"))
            .bind(1, memberId)
            .bind(2, year)
            .exec();
        return;
    }
    m_db.prepare(
            QStringLiteral("INSERT INTO member_rating(member_id, year, level) VALUES(?1,?2,?3) "
                           "ON CONFLICT(member_id, year) DO UPDATE SET level = excluded.level"))
        .bind(1, memberId)
        .bind(2, year)
        .bind(3, code(level))
        .exec();
}

QMap<QualityRating, int> MemberRepository::ratingCounts(int year) const
{
    QMap<QualityRating, int> out;
    Statement st = m_db.prepare(
        QStringLiteral("SELECT level, count(*) FROM member_rating WHERE year = ?1 GROUP BY level"));
    st.bind(1, year);
    while (st.step())
        out.insert(fromQualityRatingCode(st.text(0)), int(st.integer(1)));
    return out;
}

} // namespace sochibo::storage

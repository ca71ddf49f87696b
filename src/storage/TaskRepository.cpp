#include "TaskRepository.h"

#include "Transaction.h"
#include "core/TaskRules.h"

#include <QHash>
#include <QRegularExpression>

namespace sochibo::storage {

using namespace sochibo::core;

namespace {

const char *const kColumns =
    "t.id, t.title, t.description, t.objective, t.owner_id, t.source_kind, t.conclusion_id, "
    "t.shortcoming_id, t.topic_id, t.supervision_id, t.start_on, t.due_on, t.expected_output, "
    "t.status, t.completed_on, t.committee_comment";

const char *const kEvidenceCount =
    "(SELECT count(*) FROM evidence e WHERE e.task_id = t.id OR e.progress_id IN "
    "(SELECT p.id FROM progress_report p WHERE p.task_id = t.id))";

Task readTask(const Statement &st)
{
    Task t;
    t.id = st.integer(0);
    t.title = st.text(1);
    t.description = st.text(2);
    t.objective = st.text(3);
    t.ownerId = st.id(4);
    t.source = fromTaskSourceCode(st.text(5));
    t.conclusionId = st.id(6);
    t.shortcomingId = st.id(7);
    t.topicId = st.id(8);
    t.supervisionId = st.id(9);
    t.startOn = st.date(10);
    t.dueOn = st.date(11);
    t.expectedOutput = st.text(12);
    t.status = fromTaskStatusCode(st.text(13));
    t.completedOn = st.date(14);
    t.committeeComment = st.text(15);
    return t;
}

ProgressReport readReport(const Statement &st)
{
    ProgressReport r;
    r.id = st.integer(0);
    r.taskId = st.integer(1);
    r.memberId = st.integer(2);
    r.period = st.text(3);
    r.doneText = st.text(4);
    r.result = st.text(5);
    r.difficulties = st.text(6);
    r.proposal = st.text(7);
    r.reportedOn = st.date(8);
    r.committeeComment = st.text(9);
    return r;
}

} // namespace

QList<qint64> TaskRepository::conclusionsWithTasks(qint64 meetingId) const
{
    Statement st = m_db.prepare(QStringLiteral(
        "SELECT DISTINCT t.conclusion_id FROM task t JOIN conclusion c ON c.id = t.conclusion_id "
        "WHERE c.meeting_id = ?1"));
    st.bind(1, meetingId);
    QList<qint64> out;
    while (st.step())
        out << st.integer(0);
    return out;
}

QList<int> TaskRepository::years() const
{
    Statement st = m_db.prepare(QStringLiteral(
        "SELECT DISTINCT CAST(substr(d, 1, 4) AS INTEGER) AS y FROM (SELECT start_on AS d FROM "
        "task "
        "UNION SELECT due_on FROM task UNION SELECT completed_on FROM task) WHERE d IS NOT NULL "
        "AND d <> '' ORDER BY y DESC"));
    QList<int> out;
    while (st.step())
        out << int(st.integer(0));
    return out;
}

QList<Task> TaskRepository::list(const TaskFilter &f) const
{
    QStringList where;
    if (f.ownerId > 0)
        where << QStringLiteral("t.owner_id = :owner");
    if (f.status)
        where << QStringLiteral("t.status = :status");
    if (!f.month.isEmpty())
        where << QStringLiteral("substr(t.due_on, 1, 7) = :month");
    if (f.missingEvidenceOnly)
        where << QStringLiteral("t.status = 'done' AND %1 = 0").arg(QLatin1String(kEvidenceCount));
    if (f.shortcomingId > 0)
        where << QStringLiteral("t.shortcoming_id = :shortcoming");
    if (f.conclusionId > 0)
        where << QStringLiteral("t.conclusion_id = :conclusion");
    QString sql = QStringLiteral("SELECT %1 FROM task t").arg(QLatin1String(kColumns));
    if (!where.isEmpty())
        sql += QStringLiteral(" WHERE ") + where.join(QStringLiteral(" AND "));
    sql += QStringLiteral(" ORDER BY t.due_on IS NULL, t.due_on, t.id");
    Statement st = m_db.prepare(sql);
    int i = 1;
    if (f.ownerId > 0)
        st.bind(i++, f.ownerId);
    if (f.status)
        st.bind(i++, code(*f.status));
    if (!f.month.isEmpty())
        st.bind(i++, f.month);
    if (f.shortcomingId > 0)
        st.bind(i++, f.shortcomingId);
    if (f.conclusionId > 0)
        st.bind(i++, f.conclusionId);
    // The rules of the cell's work are core's (task_rules), asked here, never restated in SQL.
    const AsOf today = AsOf::during(f.today.isValid() ? f.today : QDate::currentDate());
    QList<Task> out;
    while (st.step()) {
        Task t = readTask(st);
        if ((f.overdueOnly && !task_rules::overdue(t, today)) ||
            (f.vagueOnly && !task_rules::vague(t)) ||
            (f.year > 0 && !task_rules::belongsToYear(t, f.year)))
            continue;
        out << t;
    }
    // Collaborators in one pass.
    Statement c = m_db.prepare(QStringLiteral(
        "SELECT task_id, member_id FROM task_collaborator ORDER BY task_id, member_id"));
    QHash<qint64, QList<qint64>> collab;
    while (c.step())
        collab[c.integer(0)] << c.integer(1);
    for (Task &t : out)
        t.collaboratorIds = collab.value(t.id);
    return out;
}

std::optional<Task> TaskRepository::find(qint64 id) const
{
    Statement st = m_db.prepare(
        QStringLiteral("SELECT %1 FROM task t WHERE t.id = ?1").arg(QLatin1String(kColumns)));
    st.bind(1, id);
    if (!st.step())
        return std::nullopt;
    Task t = readTask(st);
    Statement c = m_db.prepare(QStringLiteral(
        "SELECT member_id FROM task_collaborator WHERE task_id = ?1 ORDER BY member_id"));
    c.bind(1, id);
    while (c.step())
        t.collaboratorIds << c.integer(0);
    return t;
}

qint64 TaskRepository::save(const Task &t)
{
    const QStringList problems = t.validate();
    if (!problems.isEmpty())
        throw StorageError(StorageError::Kind::Input, problems.join(QLatin1Char(' ')));
    Transaction tx(m_db);
    // An id that no longer exists is inserted again with that id: undo of a deletion.
    Statement st = m_db.prepare(
        QStringLiteral("INSERT INTO task(id, title, description, objective, owner_id, source_kind, "
                       "conclusion_id, shortcoming_id, topic_id, supervision_id, start_on, due_on, "
                       "expected_output, status, completed_on, committee_comment) "
                       "VALUES(?1,?2,?3,?4,?5,?6,?7,?8,?9,?10,?11,?12,?13,?14,?15,?16) "
                       "ON CONFLICT(id) DO UPDATE SET "
                       "title=excluded.title, description=excluded.description, "
                       "objective=excluded.objective, owner_id=excluded.owner_id, "
                       "source_kind=excluded.source_kind, "
                       "conclusion_id=excluded.conclusion_id, "
                       "shortcoming_id=excluded.shortcoming_id, topic_id=excluded.topic_id, "
                       "supervision_id=excluded.supervision_id, start_on=excluded.start_on, "
                       "due_on=excluded.due_on, expected_output=excluded.expected_output, "
                       "status=excluded.status, completed_on=excluded.completed_on, "
                       "committee_comment=excluded.committee_comment"));
    st.bindId(1, t.id)
        .bind(2, t.title.trimmed())
        .bind(3, t.description)
        .bind(4, t.objective)
        .bindId(5, t.ownerId)
        .bind(6, code(t.source))
        .bindId(7, t.conclusionId)
        .bindId(8, t.shortcomingId)
        .bindId(9, t.topicId)
        .bindId(10, t.supervisionId)
        .bind(11, t.startOn)
        .bind(12, t.dueOn)
        .bind(13, t.expectedOutput)
        .bind(14, code(t.status))
        .bind(15, t.status == TaskStatus::Done ? t.completedOn : QDate())
        .bind(16, t.committeeComment);
    st.exec();
    const qint64 id = t.id > 0 ? t.id : m_db.lastInsertId();
    m_db.prepare(QStringLiteral("DELETE FROM task_collaborator WHERE task_id = ?1"))
        .bind(1, id)
        .exec();
    Statement ins = m_db.prepare(QStringLiteral(
        "INSERT OR IGNORE INTO task_collaborator(task_id, member_id) VALUES(?1, ?2)"));
    for (qint64 m : t.collaboratorIds) {
        if (m == t.ownerId)
            continue;
        ins.reset();
        ins.bind(1, id).bind(2, m).exec();
    }
    tx.commit();
    return id;
}

void TaskRepository::remove(qint64 id)
{
    const int evidence = evidenceCount(id);
    if (evidence > 0)
        throw StorageError(StorageError::Kind::Constraint,
                           QStringLiteral("Không thể xóa nhiệm vụ này vì đã có %1 minh chứng kèm "
                                          "theo. Hãy chuyển trạng thái sang “Đã hủy” nếu nhiệm vụ "
                                          "không còn thực hiện.")
                               .arg(evidence));
    Transaction tx(m_db);
    m_db.prepare(QStringLiteral("DELETE FROM task WHERE id = ?1")).bind(1, id).exec();
    tx.commit();
}

int TaskRepository::evidenceCount(qint64 taskId) const
{
    Statement st = m_db.prepare(
        QStringLiteral("SELECT %1 FROM task t WHERE t.id = ?1").arg(QLatin1String(kEvidenceCount)));
    st.bind(1, taskId);
    return st.step() ? int(st.integer(0)) : 0;
}

namespace {
QList<ProgressReport> queryReports(const Database &db, const char *where, const QVariant &value)
{
    Statement st = db.prepare(
        QStringLiteral(
            "SELECT id, task_id, member_id, period, done_text, result, difficulties, proposal, "
            "reported_on, committee_comment FROM progress_report WHERE %1 = ?1 ORDER BY period, "
            "task_id, id")
            .arg(QLatin1String(where)));
    st.bind(1, value);
    QList<ProgressReport> out;
    while (st.step())
        out << readReport(st);
    return out;
}
} // namespace

QHash<qint64, int> TaskRepository::evidenceCounts(const QDate &upTo) const
{
    Statement st = m_db.prepare(QStringLiteral(
        "SELECT t, count(*) FROM (SELECT e.task_id AS t, e.added_on AS a FROM evidence e WHERE "
        "e.task_id IS NOT NULL UNION ALL SELECT p.task_id, e.added_on FROM evidence e JOIN "
        "progress_report p ON p.id = e.progress_id) WHERE ?1 IS NULL OR substr(a, 1, 10) <= ?1 "
        "GROUP BY t"));
    if (upTo.isValid())
        st.bind(1, upTo);
    else
        st.bindNull(1);
    QHash<qint64, int> out;
    while (st.step())
        out.insert(st.integer(0), int(st.integer(1)));
    return out;
}

QList<ProgressReport> TaskRepository::reports(qint64 taskId) const
{
    return queryReports(m_db, "task_id", taskId);
}

QList<ProgressReport> TaskRepository::reportsForPeriod(const QString &period) const
{
    return queryReports(m_db, "period", period);
}

void TaskRepository::removeReport(qint64 id)
{
    m_db.prepare(QStringLiteral("DELETE FROM progress_report WHERE id = ?1")).bind(1, id).exec();
}

qint64 TaskRepository::saveReport(const ProgressReport &r)
{
    static const QRegularExpression periodRe(QStringLiteral("^\\d{4}-(0[1-9]|1[0-2])$"));
    if (!periodRe.match(r.period).hasMatch())
        throw StorageError(StorageError::Kind::Input,
                           QStringLiteral("Kỳ báo cáo phải có dạng năm-tháng, ví dụ 2026-04."));
    // An id that no longer exists is inserted again with that id: undo of a deletion.
    Statement st = m_db.prepare(QStringLiteral(
        "INSERT INTO progress_report(id, task_id, member_id, period, done_text, result, "
        "difficulties, proposal, reported_on, committee_comment) "
        "VALUES(?1,?2,?3,?4,?5,?6,?7,?8,?9,?10) ON CONFLICT(id) DO UPDATE SET "
        "task_id=excluded.task_id, member_id=excluded.member_id, period=excluded.period, "
        "done_text=excluded.done_text, result=excluded.result, "
        "difficulties=excluded.difficulties, proposal=excluded.proposal, "
        "reported_on=excluded.reported_on, committee_comment=excluded.committee_comment"));
    st.bindId(1, r.id)
        .bind(2, r.taskId)
        .bind(3, r.memberId)
        .bind(4, r.period)
        .bind(5, r.doneText)
        .bind(6, r.result)
        .bind(7, r.difficulties)
        .bind(8, r.proposal)
        .bind(9, r.reportedOn)
        .bind(10, r.committeeComment);
    st.exec();
    return r.id > 0 ? r.id : m_db.lastInsertId();
}

} // namespace sochibo::storage

#include "Progress.h"

#include "MeetingRepository.h"
#include "MemberRepository.h"
#include "TaskRepository.h"
#include "core/TaskRules.h"

#include <QHash>
#include <QSet>

namespace sochibo::storage {

using namespace sochibo::core;

namespace {

QHash<qint64, QString> titles(const Database &db, const char *sql)
{
    Statement st = db.prepare(QString::fromLatin1(sql));
    QHash<qint64, QString> out;
    while (st.step())
        out.insert(st.integer(0), st.text(1));
    return out;
}

} // namespace

PeriodProgress Progress::compute(const Period &period, const QDate &today) const
{
    PeriodRecords r;
    r.period = period;
    // Judged during today while the period runs, at its close once it has ended (core::AsOf).
    r.at = AsOf::forPeriod(period.from, period.to, today.isValid() ? today : QDate::currentDate());
    const QDate asOf = r.at.date;

    r.names = MemberRepository(m_db).names();
    TaskRepository tasks(m_db);
    r.tasks = tasks.list();
    r.evidence = tasks.evidenceCounts(asOf); // as of the moment
    r.shortcomingTitles = titles(m_db, "SELECT id, title FROM shortcoming");
    r.topicTitles = titles(m_db, "SELECT id, title FROM topic");
    for (auto [id, heldOn] : titles(m_db, "SELECT c.id, m.held_on FROM conclusion c "
                                          "JOIN meeting m ON m.id = c.meeting_id")
                                 .asKeyValueRange())
        r.conclusionDates.insert(id, QDate::fromString(heldOn, Qt::ISODate));
    for (const QString &month : period.months())
        for (const ProgressReport &p : tasks.reportsForPeriod(month))
            r.reports[p.taskId] << p;
    {
        Statement st = m_db.prepare(QStringLiteral(
            "SELECT progress_id, count(*) FROM evidence WHERE progress_id IS NOT NULL AND "
            "substr(added_on, 1, 10) <= ?1 GROUP BY progress_id"));
        st.bind(1, asOf);
        while (st.step())
            r.filesPerReport.insert(st.integer(0), int(st.integer(1)));
    }
    Statement added = m_db.prepare(QStringLiteral(
        "SELECT t.owner_id FROM evidence e JOIN task t ON t.id = e.task_id "
        "WHERE substr(e.added_on, 1, 10) BETWEEN ?1 AND ?2 UNION "
        "SELECT p.member_id FROM evidence e JOIN progress_report p ON p.id = e.progress_id "
        "WHERE substr(e.added_on, 1, 10) BETWEEN ?1 AND ?2"));
    added.bind(1, period.from).bind(2, asOf);
    while (added.step())
        r.addedEvidence.insert(added.integer(0));

    Statement st = m_db.prepare(QStringLiteral(
        "SELECT c.id, c.meeting_id, m.held_on, c.text FROM conclusion c JOIN meeting m ON m.id = "
        "c.meeting_id WHERE m.held_on BETWEEN ?1 AND ?2 AND NOT EXISTS (SELECT 1 FROM task t "
        "WHERE t.conclusion_id = c.id) ORDER BY m.held_on, c.position, c.id"));
    st.bind(1, period.from);
    st.bind(2, period.to);
    while (st.step())
        r.pendingConclusions << PendingConclusion{st.integer(0), st.integer(1), st.date(2),
                                                  st.text(3)};
    return compilePeriod(r);
}

QList<MonthBar> Progress::yearChart(int year, const QDate &today) const
{
    return core::yearChart(TaskRepository(m_db).list(), year, today);
}

} // namespace sochibo::storage

#include "TasksPage.h"

#include "core/Enums.h"
#include "core/Task.h"
#include "core/TaskRules.h"
#include "gui/common/BookSession.h"
#include "gui/common/RecordTableModel.h"
#include "gui/common/RecordsPage.h"
#include "gui/tasks/TaskDialog.h"
#include "gui/tasks/TaskTableModel.h"
#include "reportdata/ReportService.h"
#include "reportdata/TableExport.h"
#include "storage/Backup.h"
#include "storage/Database.h"
#include "storage/MeetingRepository.h"
#include "storage/MemberRepository.h"
#include "storage/ReviewRepository.h"
#include "storage/Statistics.h"
#include "storage/TaskRepository.h"
#include "storage/Transaction.h"
#include "text/DocumentWording.h"

#include <QColor>
#include <QComboBox>
#include <QMap>
#include <QPushButton>
#include <QSignalBlocker>
#include <QString>
#include <QStringList>
#include <QTableView>

namespace sochibo::gui {

using namespace sochibo::core;
using namespace sochibo::storage;

TasksPage::TasksPage(Prompts prompts, Committer commit, QWidget *parent)
    : RecordsPage(QStringLiteral("task"), tr("Tasks"), new TaskTableModel, parent),
      m_prompts(std::move(prompts)), m_commit(std::move(commit)), m_show(new QComboBox(this)),
      m_year(new QComboBox(this))
{
    const auto button = [this](const QString &text, auto slot) {
        auto *b = new QPushButton(text, this);
        connect(b, &QPushButton::clicked, this, slot);
        addToolbarWidget(b);
    };
    button(tr("Assign task… (Ctrl+N)"), &TasksPage::add);
    button(tr("Edit…"), &TasksPage::editCurrent);
    button(tr("Attach evidence…"), &TasksPage::attachRequested);
    addExportButton();
    connect(m_view, &QAbstractItemView::activated, this, &TasksPage::editCurrent);
    m_year->setAccessibleName(tr("Year"));
    m_year->setToolTip(tr("The tasks of one year (given, due or done in it), or of every year."));
    addToolbarWidget(m_year);
    connect(m_year, &QComboBox::activated, this, [this] {
        if (m_session->db())
            reload();
    });
    m_show->addItem(tr("All tasks"), All);
    m_show->addItem(tr("Overdue"), Overdue);
    m_show->addItem(tr("Due this month"), DueThisMonth);
    m_show->addItem(tr("Done but missing evidence"), MissingEvidence);
    m_show->addItem(tr("Unclear owner, deadline or product"), Vague);
    addToolbarWidget(m_show);
    connect(m_show, &QComboBox::currentIndexChanged, this, [this] {
        if (m_session->db())
            reload();
    });
}

void TasksPage::setShow(Show show)
{
    m_show->setCurrentIndex(m_show->findData(show));
}

void TasksPage::setYear(int year)
{
    const int at = m_year->findData(year);
    if (at < 0)
        m_year->addItem(QString::number(year), year);
    m_year->setCurrentIndex(m_year->findData(year));
    if (m_session->db())
        reload();
}

void TasksPage::reload()
{
    const Database &db = *m_session->db();
    const QDate today = m_session->today();
    const TaskRepository repo(db);
    // The years that have tasks, newest first; a book opens on this year.
    {
        QList<int> years = repo.years();
        if (!years.contains(today.year()))
            years << today.year();
        const QVariant chosen = m_year->count() ? m_year->currentData() : QVariant(today.year());
        if (chosen.toInt() > 0 && !years.contains(chosen.toInt()))
            years << chosen.toInt(); // a year chosen stays, even without tasks
        std::sort(years.begin(), years.end(), std::greater<int>());
        const QSignalBlocker quiet(m_year);
        m_year->clear();
        m_year->addItem(tr("Every year"), 0);
        for (int y : years)
            m_year->addItem(QString::number(y), y);
        const int at = m_year->findData(chosen);
        m_year->setCurrentIndex(at >= 0 ? at : m_year->findData(today.year()));
    }
    TaskFilter filter;
    filter.today = today;
    filter.year = m_year->currentData().toInt();
    switch (Show(m_show->currentData().toInt())) {
    case Overdue:
        filter.overdueOnly = true;
        break;
    case DueThisMonth:
        filter.month = today.toString(QStringLiteral("yyyy-MM"));
        break;
    case MissingEvidence:
        filter.missingEvidenceOnly = true;
        break;
    case Vague:
        filter.vagueOnly = true;
        break;
    case All:
        break;
    }
    const QMap<qint64, QString> names = MemberRepository(db).names();
    QList<TaskLine> lines;
    for (const Task &t : repo.list(filter))
        lines << TaskLine{t, names.value(t.ownerId), repo.evidenceCount(t.id),
                          task_rules::state(t, AsOf::during(today))};
    static_cast<TaskTableModel *>(m_model)->setTasks(lines);
    fitColumns();
}

bool TasksPage::selectRecord(const QString &kind, qint64 id)
{
    if (kind != QLatin1String("task") && kind != QLatin1String("progress"))
        return false;
    setShow(All); // a task found elsewhere is shown whatever the filter
    selectId(id);
    if (currentId() != id) { // a task of another year
        setYear(0);
        selectId(id);
    }
    return currentId() == id;
}

EvidenceTarget TasksPage::evidenceTarget() const
{
    EvidenceTarget t;
    t.taskId = currentId();
    return t;
}

TableExport TasksPage::exportTable() const
{
    return {reportdata::tables::tasks(*m_session->db(), 0, m_session->today()),
            QStringLiteral("nhiem-vu")};
}

bool TasksPage::add()
{
    core::Task fresh;
    fresh.startOn = m_session->today();
    return assign(fresh, tr("Assign task %1"));
}

bool TasksPage::addFromConclusion(qint64 conclusionId)
{
    if (!m_session->db())
        return false;
    return assign(MeetingRepository(*m_session->db()).taskFromConclusion(conclusionId),
                  tr("Assign a task from a conclusion: %1"));
}

bool TasksPage::assign(const core::Task &fresh, const QString &undoText)
{
    if (!ensureWritable(*m_session, m_prompts))
        return false;
    TaskDialog dialog(fresh, *m_session->db(), m_session->today(), this);
    if (!m_prompts.runDialog(dialog))
        return false;
    const core::Task t = dialog.task();
    const BookSession *session = m_session;
    return commitInsert(
        m_commit, undoText.arg(t.title), t,
        [session](const core::Task &row) { return TaskRepository(*session->db()).save(row); },
        [session](qint64 id) { TaskRepository(*session->db()).remove(id); });
}

bool TasksPage::editCurrent()
{
    const qint64 id = currentId();
    if (!m_session->db() || id == 0)
        return false;
    const auto before = TaskRepository(*m_session->db()).find(id);
    if (!before)
        return false;
    TaskDialog dialog(*before, *m_session->db(), m_session->today(), this);
    if (!m_prompts.runDialog(dialog))
        return false;
    const core::Task after = dialog.task();
    const std::optional<core::ProgressReport> report = dialog.newReport();
    auto reportId = std::make_shared<qint64>(0);
    const BookSession *session = m_session;
    return m_commit(
        tr("Edit task %1").arg(after.title),
        [session, after, report, reportId] {
            Transaction tx(*session->db());
            TaskRepository tasks(*session->db());
            tasks.save(after);
            if (report) {
                core::ProgressReport row = *report;
                row.id = *reportId; // on redo: the same id again
                *reportId = tasks.saveReport(row);
            }
            tx.commit();
        },
        [session, b = *before, report, reportId] {
            Transaction tx(*session->db());
            TaskRepository tasks(*session->db());
            if (report)
                tasks.removeReport(*reportId);
            tasks.save(b);
            tx.commit();
        });
}

} // namespace sochibo::gui

#include "TasksPage.h"

#include "core/Task.h"
#include <QColor>
#include <QMap>
#include <QString>
#include <QStringList>
#include <QTableView>

#include "core/Enums.h"
#include "core/TaskRules.h"
#include "gui/common/RecordTableModel.h"
#include "gui/common/RecordsPage.h"
#include "reportdata/ReportService.h"
#include "storage/Backup.h"
#include "storage/Database.h"
#include "storage/MeetingRepository.h"
#include "storage/MemberRepository.h"
#include "storage/ReviewRepository.h"
#include "storage/Statistics.h"
#include "storage/TaskRepository.h"
#include "text/DocumentWording.h"

#include <QComboBox>
#include <QSignalBlocker>

namespace sochibo::gui {

using namespace sochibo::core;
using namespace sochibo::storage;

namespace {
QColor warningColour()
{
    return QColor(0xb0, 0x1e, 0x1e);
}
} // namespace

TasksPage::TasksPage(QWidget *parent)
    : RecordsPage(tr("Tasks"),
                  {tr("Task"), tr("Owner"), tr("Due"), tr("Status"), tr("Products"), tr("Evidence"),
                   tr("Unclear")},
                  parent),
      m_show(new QComboBox(this)), m_year(new QComboBox(this))
{
    m_model->setNameColumns({1});
    m_year->setAccessibleName(tr("Year"));
    m_year->setToolTip(tr("The tasks of one year (given, due or done in it), or of every year."));
    addToolbarWidget(m_year);
    connect(m_year, &QComboBox::activated, this, [this] {
        if (m_db)
            reload(*m_db, m_today);
    });
    m_show->addItem(tr("All tasks"), All);
    m_show->addItem(tr("Overdue"), Overdue);
    m_show->addItem(tr("Due this month"), DueThisMonth);
    m_show->addItem(tr("Done but missing evidence"), MissingEvidence);
    m_show->addItem(tr("Unclear owner, deadline or product"), Vague);
    addToolbarWidget(m_show);
    connect(m_show, &QComboBox::currentIndexChanged, this, [this] {
        if (m_db)
            reload(*m_db, m_today);
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
    if (m_db)
        reload(*m_db, m_today);
}

void TasksPage::reload(const Database &db, const QDate &today)
{
    m_db = &db;
    m_today = today;
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
    QList<RecordRow> rows;
    for (const Task &t : repo.list(filter)) {
        RecordRow r;
        r.id = t.id;
        const QList<ClarityGap> gaps = t.clarityGaps();
        QStringList missing;
        for (ClarityGap g : gaps)
            missing << uiLabel(g);
        const int evidence = repo.evidenceCount(t.id);
        const TaskState state = task_rules::state(t, AsOf::during(today));
        QString status = uiLabel(t.status);
        if (state == TaskState::Overdue)
            status += tr(" · overdue");
        else if (state == TaskState::DoneLate)
            status += tr(" · late");
        r.cells = {t.title,
                   t.ownerId ? names.value(t.ownerId) : tr("(not assigned)"),
                   t.dueOn.isValid() ? text::shortDate(t.dueOn) : tr("(no deadline)"),
                   status,
                   t.expectedOutput,
                   QString::number(evidence),
                   gaps.isEmpty() ? QString()
                                  : QStringLiteral("⚠ ") + missing.join(QStringLiteral(", "))};
        r.toolTips = {
            QString(),
            QString(),
            QString(),
            QString(),
            QString(),
            evidence == 0 && t.status == TaskStatus::Done ? tr("Done but has no evidence yet.")
                                                          : QString(),
            gaps.isEmpty() ? QString()
                           : tr("Vague task: missing %1.").arg(missing.join(QStringLiteral(", ")))};
        r.sortKeys = {QVariant(), QVariant(),         dateKey(t.dueOn),          QVariant(),
                      QVariant(), QVariant(evidence), QVariant(int(gaps.size()))};
        if (state == TaskState::Overdue || !gaps.isEmpty())
            r.foreground = warningColour();
        rows << r;
    }
    m_model->setRows(rows);
    fitColumns();
    m_view->setColumnWidth(0, qMin(m_view->columnWidth(0), 420));
    m_view->setColumnWidth(4, qMin(m_view->columnWidth(4), 260));
}

} // namespace sochibo::gui

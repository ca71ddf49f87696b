#include "MonthPage.h"

#include "core/Period.h"
#include "core/Task.h"
#include "gui/common/BookSession.h"
#include "gui/common/ComboChoices.h"
#include "gui/common/Committer.h"
#include "gui/common/FormParts.h"
#include "gui/common/Prompts.h"
#include "gui/evidence/AttachFiles.h"
#include "gui/month/MonthTaskModel.h"
#include "gui/month/ProgressReportDialog.h"
#include "reportdata/TableExport.h"
#include "storage/Database.h"
#include "storage/EvidenceStore.h"
#include "storage/MemberRepository.h"
#include "storage/StorageError.h"
#include "storage/TaskRepository.h"
#include "storage/Transaction.h"
#include "text/DocumentWording.h"
#include "ui_MonthPage.h"

#include <QAbstractButton>
#include <QButtonGroup>
#include <QComboBox>
#include <QHeaderView>
#include <QListWidget>
#include <QMap>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QStringList>
#include <QTreeView>

namespace sochibo::gui {

using namespace sochibo::core;
using namespace sochibo::storage;

namespace {

constexpr int kTaskIdRole = MonthTaskModel::TaskIdRole; // on the carry-over list too

bool shownBy(const PeriodTask &t, MonthPage::Show show)
{
    switch (show) {
    case MonthPage::All:
        return true;
    case MonthPage::Overdue:
        return t.overdue;
    case MonthPage::DueSoon:
        return t.dueSoon;
    case MonthPage::DoneNoEvidence:
        return t.doneNoEvidence;
    case MonthPage::Vague:
        return t.vague;
    case MonthPage::NoReport:
        return t.noReport;
    }
    return true;
}

} // namespace

MonthPage::MonthPage(Prompts prompts, Committer commit, QWidget *parent)
    : QWidget(parent), m_prompts(std::move(prompts)), m_commit(std::move(commit)),
      m_filters(new QButtonGroup(this)), m_model(new MonthTaskModel(this))
{
    Ui::MonthPage ui; // the page's layout: ui/month/MonthPage.ui
    ui.setupUi(this);
    styleHeading(ui.heading);
    m_kind = ui.kind;
    m_which = ui.which;
    m_group = ui.group;
    m_year = ui.year;
    m_figures = ui.figures;
    m_view = ui.view;
    m_carry = ui.carry;
    m_kind->addItem(tr("Month"), QStringLiteral("month"));
    m_kind->addItem(tr("Quarter"), QStringLiteral("quarter"));
    m_group->addItem(tr("By shortcoming, topic"), QStringLiteral("source"));
    m_group->addItem(tr("By member"), QStringLiteral("member"));
    QPushButton *previous = ui.previous;
    QPushButton *next = ui.next;

    // Flag filters, each with its count (added to the label the form gives).
    const std::pair<Show, QPushButton *> filters[] = {
        {All, ui.showAll},         {Overdue, ui.showOverdue},
        {DueSoon, ui.showDueSoon}, {DoneNoEvidence, ui.showDoneNoEvidence},
        {Vague, ui.showVague},     {NoReport, ui.showNoReport}};
    for (const auto &[show, b] : filters) {
        b->setProperty("label", b->text());
        m_filters->addButton(b, int(show));
    }
    m_filters->setExclusive(true);
    m_filters->button(All)->setChecked(true);
    QPushButton *record = ui.record;
    QPushButton *attach = ui.attach;
    QPushButton *edit = ui.edit;
    connect(ui.exportExcel, &QPushButton::clicked, this, &MonthPage::exportRequested);
    QPushButton *print = ui.print;

    m_view->setModel(m_model);
    readOnlyList(m_view);
    ui.split->setStretchFactor(0, 4);
    ui.split->setStretchFactor(1, 1);

    const auto fillWhich = [this](bool quarter) {
        m_which->clear();
        for (int i = 1; i <= (quarter ? 4 : 12); ++i)
            m_which->addItem(
                quarter ? tr("Quarter %1").arg(text::romanNumeral(i)) : tr("Month %1").arg(i), i);
    };
    fillWhich(false);
    connect(m_kind, &QComboBox::currentIndexChanged, this, [this, fillWhich] {
        const bool outer = m_filling; // setPeriod() sets everything, then computes once
        m_filling = true;
        const int n = m_which->currentIndex();
        const bool quarter = m_kind->currentData() == QLatin1String("quarter");
        fillWhich(quarter);
        // month 10 -> quarter IV; quarter IV -> its first month
        m_which->setCurrentIndex(quarter ? n / 3 : n * 3);
        m_filling = outer;
        if (!outer)
            compute();
    });
    for (QComboBox *c : {m_which, m_group})
        connect(c, &QComboBox::currentIndexChanged, this, [this] {
            if (!m_filling)
                compute();
        });
    connect(m_year, &QSpinBox::valueChanged, this, [this] {
        if (!m_filling)
            compute();
    });
    const auto step = [this](int delta) {
        const int n = m_which->count();
        int i = m_which->currentIndex() + delta;
        m_filling = true;
        if (i < 0) {
            i = n - 1;
            m_year->setValue(m_year->value() - 1);
        } else if (i >= n) {
            i = 0;
            m_year->setValue(m_year->value() + 1);
        }
        m_which->setCurrentIndex(i);
        m_filling = false;
        compute();
    };
    connect(previous, &QPushButton::clicked, this, [step] { step(-1); });
    connect(next, &QPushButton::clicked, this, [step] { step(+1); });
    connect(m_filters, &QButtonGroup::idClicked, this, [this](int id) { setShow(Show(id)); });
    connect(record, &QPushButton::clicked, this, &MonthPage::recordReport);
    connect(attach, &QPushButton::clicked, this, &MonthPage::attachEvidence);
    connect(edit, &QPushButton::clicked, this, [this] {
        if (const qint64 id = currentTaskId())
            emit editTask(id);
    });
    connect(m_view, &QTreeView::activated, this, [this] {
        if (currentTaskId())
            recordReport();
    });
    connect(print, &QPushButton::clicked, this, [this] {
        emit printSummary(periodCode(), m_group->currentData() == QLatin1String("member"));
    });
    connect(m_carry, &QListWidget::itemActivated, this, [this](QListWidgetItem *item) {
        if (const qint64 conclusion = item->data(Qt::UserRole).toLongLong())
            emit taskFromConclusion(conclusion);
        else if (const qint64 task = item->data(kTaskIdRole).toLongLong())
            emit editTask(task);
    });
    const QSettings settings;
    m_group->setCurrentIndex(settings.value(QStringLiteral("month/groupBy")).toInt());
    connect(m_group, &QComboBox::currentIndexChanged, this,
            [](int i) { QSettings().setValue(QStringLiteral("month/groupBy"), i); });
}

void MonthPage::reload()
{
    const QDate today = m_session->today();
    const bool first = m_shownBook != m_session->path() || m_shownDay != today;
    m_shownBook = m_session->path();
    m_shownDay = today;
    if (first) { // a new file or a new day: start on the current month
        m_filling = true;
        m_kind->setCurrentIndex(0);
        m_which->setCurrentIndex(today.month() - 1);
        m_year->setValue(today.year());
        m_filling = false;
    }
    compute();
}

QString MonthPage::periodCode() const
{
    const int n = m_which->currentData().toInt();
    if (m_kind->currentData() == QLatin1String("quarter"))
        return QStringLiteral("%1-Q%2").arg(m_year->value()).arg(n);
    return QStringLiteral("%1-%2").arg(m_year->value()).arg(n, 2, 10, QLatin1Char('0'));
}

void MonthPage::setPeriod(const QString &code)
{
    const auto p = Period::parse(code);
    if (!p)
        return;
    m_filling = true;
    m_kind->setCurrentIndex(p->isQuarter() ? 1 : 0);
    m_which->setCurrentIndex(p->isQuarter() ? (p->from.month() - 1) / 3 : p->from.month() - 1);
    m_year->setValue(p->from.year());
    m_filling = false;
    compute();
}

void MonthPage::setGroupByMember(bool byMember)
{
    m_group->setCurrentIndex(byMember ? 1 : 0);
}

void MonthPage::setShow(Show show)
{
    m_show = show;
    if (QAbstractButton *b = m_filters->button(int(show)))
        b->setChecked(true);
    fill();
}

void MonthPage::compute()
{
    if (!m_session->db())
        return;
    const auto period = Period::parse(periodCode());
    if (!period)
        return;
    try {
        m_progress = Progress(*m_session->db()).compute(*period, m_session->today());
    } catch (const StorageError &e) {
        m_progress = {};
        m_figures->setText(e.message());
    }
    fill();
}

QString MonthPage::figuresText() const
{
    return m_figures->text();
}

void MonthPage::fill()
{
    const qint64 keep = currentTaskId();
    const PeriodProgress &p = m_progress;
    const PeriodFigures &f = p.figures;
    if (p.period.from.isValid())
        m_figures->setText(
            tr("%1, as of %2: %3 tasks, %4 due in the period; done %5 (on time %6, late %7); not "
               "done %8. Members who reported: %9/%10.")
                .arg(text::capitalizeFirst(p.period.label()), text::shortDate(p.asOf))
                .arg(f.active)
                .arg(f.due)
                .arg(f.done)
                .arg(f.onTime)
                .arg(f.late)
                .arg(f.open)
                .arg(f.membersReported)
                .arg(f.membersWithTasks));
    const QMap<Show, int> counts = {{All, f.active},        {Overdue, f.overdue},
                                    {DueSoon, f.dueSoon},   {Vague, f.vague},
                                    {NoReport, f.noReport}, {DoneNoEvidence, f.withoutEvidence}};
    for (QAbstractButton *b : m_filters->buttons()) {
        b->setText(QStringLiteral("%1 (%2)")
                       .arg(b->property("label").toString())
                       .arg(counts.value(Show(m_filters->id(b)))));
    }

    QList<const PeriodTask *> shown;
    for (const PeriodTask &t : p.tasks)
        if (shownBy(t, m_show))
            shown << &t;
    m_model->setGroups(groupTasks(shown, m_group->currentData() == QLatin1String("member")));
    for (int r = 0; r < m_model->rowCount(); ++r) // a group's title across the whole row
        m_view->setFirstColumnSpanned(r, {}, true);
    m_view->expandAll();
    m_view->header()->setSectionResizeMode(MonthTaskModel::Task, QHeaderView::Interactive);
    m_view->setColumnWidth(MonthTaskModel::Task, 380);
    for (int c = MonthTaskModel::Owner; c < MonthTaskModel::ColumnCount; ++c)
        m_view->resizeColumnToContents(c);
    for (auto [column, widest] :
         {std::pair{MonthTaskModel::Report, 280}, std::pair{MonthTaskModel::Comment, 200}})
        m_view->setColumnWidth(column, std::min(m_view->columnWidth(column), widest));
    if (keep)
        selectTask(keep);

    m_carry->clear();
    for (const PeriodTask &t : p.tasks) {
        if (t.doneByEnd)
            continue;
        auto *item = new QListWidgetItem(
            tr("Unfinished task: %1 — %2%3")
                .arg(t.task.title, t.ownerName.isEmpty() ? tr("(not assigned)") : t.ownerName,
                     t.overdue ? tr(" (overdue)") : QString()),
            m_carry);
        item->setData(kTaskIdRole, t.task.id);
    }
    for (const PendingConclusion &c : p.pendingConclusions) {
        auto *item = new QListWidgetItem(tr("Conclusion of %1 not yet a task: %2")
                                             .arg(text::shortDate(c.heldOn), c.text.simplified()),
                                         m_carry);
        item->setData(Qt::UserRole, c.id);
        item->setToolTip(tr("Double-click to turn this conclusion into a task."));
    }
}

int MonthPage::shownTasks() const
{
    return m_model->taskCount();
}

bool MonthPage::selectTask(qint64 taskId)
{
    const QModelIndex index = m_model->indexOfTask(taskId);
    if (!index.isValid())
        return false;
    m_view->setCurrentIndex(index);
    return true;
}

qint64 MonthPage::currentTaskId() const
{
    return m_view->currentIndex().data(kTaskIdRole).toLongLong();
}

QString MonthPage::reportMonth() const
{
    if (m_progress.period.isMonth())
        return m_progress.period.code;
    return m_progress.asOf.toString(QStringLiteral("yyyy-MM"));
}

bool MonthPage::recordReport()
{
    const qint64 id = currentTaskId();
    if (!m_session->db() || id == 0) {
        m_prompts.inform(tr("Select a task in the list to record a report."));
        return false;
    }
    const auto task = TaskRepository(*m_session->db()).find(id);
    if (!task)
        return false;
    // The owner's report of the month if there is one, else a new one.
    ProgressReport report;
    report.taskId = id;
    report.memberId = task->ownerId;
    report.period = reportMonth();
    report.reportedOn = std::min(m_session->today(), Period::month(report.period)->to);
    for (const ProgressReport &r : TaskRepository(*m_session->db()).reports(id))
        if (r.period == report.period && r.memberId == task->ownerId)
            report = r;
    ProgressReportDialog dialog(*task, report, *m_session->db(), m_prompts, this);
    if (!m_prompts.runDialog(dialog))
        return false;
    const ProgressReport after = dialog.report();
    const QStringList files = dialog.files();
    auto savedId = std::make_shared<qint64>(report.id);
    const bool isNew = report.id == 0;
    const bool done = m_commit(
        tr("Monthly report: %1").arg(task->title),
        [this, after, savedId] {
            ProgressReport row = after;
            row.id = *savedId; // on redo: the same id again
            *savedId = TaskRepository(*m_session->db()).saveReport(row);
        },
        [this, before = report, savedId, isNew] {
            TaskRepository tasks(*m_session->db());
            if (isNew)
                tasks.removeReport(*savedId);
            else
                tasks.saveReport(before);
        });
    if (done && !files.isEmpty()) {
        EvidenceTarget target;
        target.progressId = *savedId;
        attachFiles(*m_session, target, files, m_prompts, this, [this, id](int) {
            compute();
            selectTask(id);
        });
    }
    if (done)
        selectTask(id);
    return done;
}

bool MonthPage::attachEvidence()
{
    const qint64 id = currentTaskId();
    if (!m_session->db() || id == 0) {
        m_prompts.inform(tr("Select a task to attach evidence to."));
        return false;
    }
    if (!ensureWritable(*m_session, m_prompts))
        return false;
    const QStringList files = m_prompts.openFileNames();
    if (files.isEmpty())
        return false;
    // With the period's report when there is one: the proof of what was reported.
    EvidenceTarget target;
    target.taskId = id;
    for (const PeriodTask &t : m_progress.tasks)
        if (t.task.id == id && t.report) {
            target = {};
            target.progressId = t.report->id;
        }
    attachFiles(*m_session, target, files, m_prompts, this, [this, id](int n) {
        compute();
        selectTask(id);
        emit evidenceAttached(n);
    });
    return true;
}

void MonthPage::clear()
{
    m_model->setGroups({});
    m_carry->clear();
}

TableExport MonthPage::exportTable() const
{
    const auto period = Period::parse(periodCode());
    if (!period)
        return {};
    return {reportdata::tables::month(*m_session->db(), *period, m_session->today()),
            QStringLiteral("theo-doi-") + period->code};
}

} // namespace sochibo::gui

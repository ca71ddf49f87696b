#include "TaskDialog.h"

#include "core/Enums.h"
#include "core/Meeting.h"
#include "core/Member.h"
#include "core/Review.h"
#include "gui/common/ComboChoices.h"
#include "gui/common/DateField.h"
#include "gui/common/FormParts.h"
#include "gui/common/WrappingLineEdit.h"
#include "gui/tasks/ProgressReportTableModel.h"
#include "storage/Database.h"
#include "storage/MemberRepository.h"
#include "storage/TaskRepository.h"
#include "ui_TaskDialog.h"

#include <QComboBox>
#include <QHeaderView>
#include <QMap>
#include <QRegularExpression>
#include <QStringList>
#include <QWidget>

namespace sochibo::gui {

using namespace sochibo::storage;
using namespace sochibo::core;

TaskDialog::TaskDialog(const Task &task, const storage::Database &db, const QDate &today,
                       QWidget *parent)
    : QDialog(parent), m_task(task)
{
    Ui::TaskDialog ui; // the form: ui/tasks/TaskDialog.ui
    ui.setupUi(this);
    setUpDesignedDialog(this, ui.problems, ui.buttons);
    m_title = ui.title;
    m_output = ui.output;
    m_reportPeriod = ui.reportPeriod;
    m_reportResult = ui.reportResult;
    m_owner = ui.owner;
    m_status = ui.status;
    m_start = ui.start;
    m_due = ui.due;
    m_completed = ui.completed;
    m_comment = ui.comment;
    m_reportDone = ui.reportDone;
    m_reportDifficulties = ui.reportDifficulties;
    m_reportComment = ui.reportComment;
    m_collaborators = ui.collaborators;
    m_reports = ui.reports;
    m_problems = ui.problems;
    m_gaps = ui.gaps;
    if (task.id)
        setWindowTitle(tr("Edit task"));
    const storage::MemberRepository members(db);
    const QList<qint64> inCell = members.membersOn(today);
    m_owner->addItem(tr("(not assigned)"), 0LL);
    for (const Member &m : members.list()) {
        if (inCell.contains(m.id) || m.id == task.ownerId)
            m_owner->addItem(m.fullName, m.id);
        if (inCell.contains(m.id) || task.collaboratorIds.contains(m.id)) {
            auto *item = new QListWidgetItem(m.fullName, m_collaborators);
            item->setData(Qt::UserRole, m.id);
            item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
            item->setCheckState(task.collaboratorIds.contains(m.id) ? Qt::Checked : Qt::Unchecked);
        }
    }
    m_owner->setCurrentIndex(qMax(0, m_owner->findData(task.ownerId)));
    m_title->setText(task.title);
    m_output->setText(task.expectedOutput);
    m_comment->setPlainText(task.committeeComment);
    m_start->setDate(task.startOn);
    m_due->setDate(task.dueOn);
    m_completed->setDate(task.completedOn);
    fill(m_status,
         {TaskStatus::NotStarted, TaskStatus::InProgress, TaskStatus::Done, TaskStatus::Cancelled},
         task.status);
    QString source;
    switch (task.source) {
    case TaskSource::Conclusion:
        source = tr("Assigned from a meeting conclusion.");
        break;
    case TaskSource::Shortcoming:
        source = tr("Task to remedy a shortcoming.");
        break;
    case TaskSource::Topic:
        source = tr("Assigned from a thematic topic.");
        break;
    case TaskSource::Supervision:
        source = tr("Assigned from a recommendation after inspection or supervision.");
        break;
    case TaskSource::Free:
        break;
    }
    ui.source->setText(source);
    ui.form->setRowVisible(ui.source, !source.isEmpty());

    // Monthly reports: those recorded, and one to add (a member brings a paper note).
    const QMap<qint64, QString> names = members.names();
    const QList<ProgressReport> reports =
        task.id ? storage::TaskRepository(db).reports(task.id) : QList<ProgressReport>{};
    m_reportsModel = new ProgressReportTableModel(this);
    m_reportsModel->setReports(reports, names);
    m_reports->setModel(m_reportsModel);
    m_reports->verticalHeader()->setVisible(false);
    readOnlyList(m_reports);
    for (int c : {ProgressReportTableModel::Month, ProgressReportTableModel::ReportedBy})
        m_reports->resizeColumnToContents(c);
    m_reports->horizontalHeader()->setSectionResizeMode(ProgressReportTableModel::WorkDone,
                                                        QHeaderView::Stretch);
    m_reportPeriod->setPlaceholderText(
        tr("year-month, for example %1").arg(today.toString(QStringLiteral("yyyy-MM"))));
    const int reportsTab = ui.tabs->indexOf(ui.reportsTab);
    if (task.id) // a task gets monthly reports once it has been given
        ui.tabs->setTabText(reportsTab, tr("Monthly reports (%1)").arg(reports.size()));
    else
        ui.tabs->removeTab(reportsTab);
    orderTabsByLayout(this);
    const auto updateGaps = [this] {
        QStringList missing;
        for (ClarityGap g : this->task().clarityGaps())
            missing << uiLabel(g);
        m_gaps->setText(missing.isEmpty()
                            ? QString()
                            : tr("⚠ This task is vague (%1): fill it in before assigning.")
                                  .arg(missing.join(QStringLiteral(", "))));
    };
    connect(m_owner, &QComboBox::currentIndexChanged, this, updateGaps);
    connect(m_due, &QLineEdit::textChanged, this, updateGaps);
    connect(m_output, &QLineEdit::textChanged, this, updateGaps);
    updateGaps();
}

std::optional<ProgressReport> TaskDialog::newReport() const
{
    const QString period = m_reportPeriod->text().trimmed();
    if (period.isEmpty())
        return std::nullopt;
    ProgressReport r;
    r.taskId = m_task.id;
    r.memberId = m_owner->currentData().toLongLong();
    r.period = period;
    r.doneText = m_reportDone->toPlainText().trimmed();
    r.result = m_reportResult->text().trimmed();
    r.difficulties = m_reportDifficulties->toPlainText().trimmed();
    r.committeeComment = m_reportComment->toPlainText().trimmed();
    r.reportedOn = QDate::currentDate();
    return r;
}

Task TaskDialog::task() const
{
    Task t = m_task;
    t.title = m_title->text().simplified();
    t.ownerId = m_owner->currentData().toLongLong();
    t.startOn = m_start->date();
    t.dueOn = m_due->date();
    t.expectedOutput = m_output->text().trimmed();
    t.status = valueOf<TaskStatus>(m_status);
    t.completedOn = m_completed->date();
    t.committeeComment = m_comment->toPlainText().trimmed();
    t.collaboratorIds.clear();
    for (int i = 0; i < m_collaborators->count(); ++i)
        if (m_collaborators->item(i)->checkState() == Qt::Checked)
            t.collaboratorIds << m_collaborators->item(i)->data(Qt::UserRole).toLongLong();
    return t;
}

QString TaskDialog::problems() const
{
    return problemsOf(m_problems);
}

void TaskDialog::accept()
{
    QStringList problems;
    const std::pair<DateField *, QString> dates[] = {
        {m_start, tr("Start date")}, {m_due, tr("Deadline")}, {m_completed, tr("Completion date")}};
    for (const auto &[field, name] : dates) {
        bool ok = false;
        field->date(&ok);
        if (!ok)
            problems << tr("%1 must be day/month/year, for example 30/11/2026.").arg(name);
    }
    if (problems.isEmpty())
        problems = task().validate();
    if (const auto r = newReport()) {
        static const QRegularExpression period(QStringLiteral("^\\d{4}-(0[1-9]|1[0-2])$"));
        if (!period.match(r->period).hasMatch())
            problems << tr("The report month must be year-month, for example 2026-11.");
        if (r->memberId == 0)
            problems << tr("A monthly report needs the task's owner.");
        if (r->doneText.isEmpty())
            problems << tr("The monthly report does not say what was done.");
    }
    showProblems(m_problems, problems);
    if (problems.isEmpty())
        QDialog::accept();
}

} // namespace sochibo::gui

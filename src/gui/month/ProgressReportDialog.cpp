#include "ProgressReportDialog.h"

#include "gui/common/FormParts.h"
#include "gui/common/Prompts.h"
#include "storage/Database.h"
#include "storage/MemberRepository.h"
#include "ui_ProgressReportDialog.h"

#include <QFileInfo>
#include <QMap>
#include <QPushButton>
#include <QRegularExpression>
#include <QWidget>

namespace sochibo::gui {

using namespace sochibo::core;
using namespace sochibo::storage;

ProgressReportDialog::ProgressReportDialog(const Task &task, const ProgressReport &report,
                                           const Database &db, Prompts prompts, QWidget *parent)
    : QDialog(parent), m_report(report), m_prompts(std::move(prompts))
{
    Ui::ProgressReportDialog ui; // the form: ui/month/ProgressReportDialog.ui
    ui.setupUi(this);
    setUpDesignedDialog(this, ui.problems, ui.buttons);
    m_member = ui.member;
    m_period = ui.period;
    m_result = ui.result;
    m_done = ui.done;
    m_difficulties = ui.difficulties;
    m_proposal = ui.proposal;
    m_comment = ui.comment;
    m_reportedOn = ui.reportedOn;
    m_fileList = ui.files;
    m_problems = ui.problems;
    if (report.id)
        setWindowTitle(tr("Edit monthly report"));
    ui.task->setText(QStringLiteral("<b>%1</b>").arg(task.title.toHtmlEscaped()));
    m_period->setText(report.period);
    m_result->setText(report.result);
    m_done->setPlainText(report.doneText);
    m_difficulties->setPlainText(report.difficulties);
    m_proposal->setPlainText(report.proposal);
    m_comment->setPlainText(report.committeeComment);
    // The owner reports; a collaborator may too.
    const QMap<qint64, QString> names = MemberRepository(db).names();
    QList<qint64> who;
    if (task.ownerId)
        who << task.ownerId;
    who += task.collaboratorIds;
    if (report.memberId && !who.contains(report.memberId))
        who << report.memberId;
    for (qint64 id : who)
        m_member->addItem(names.value(id), id);
    m_member->setCurrentIndex(std::max(0, m_member->findData(report.memberId)));
    m_member->setEnabled(report.id == 0); // a recorded report keeps its author
    m_period->setReadOnly(report.id != 0);
    m_reportedOn->setDate(report.reportedOn);
    connect(ui.attach, &QPushButton::clicked, this, [this] {
        for (const QString &f : m_prompts.openFileNames()) {
            if (m_files.contains(f))
                continue;
            m_files << f;
            m_fileList->addItem(QFileInfo(f).fileName());
        }
    });
}

ProgressReport ProgressReportDialog::report() const
{
    ProgressReport r = m_report;
    r.memberId = m_member->currentData().toLongLong();
    r.period = m_period->text().trimmed();
    r.doneText = m_done->toPlainText().trimmed();
    r.result = m_result->text().trimmed();
    r.difficulties = m_difficulties->toPlainText().trimmed();
    r.proposal = m_proposal->toPlainText().trimmed();
    r.committeeComment = m_comment->toPlainText().trimmed();
    r.reportedOn = m_reportedOn->date();
    return r;
}

QString ProgressReportDialog::problems() const
{
    return problemsOf(m_problems);
}

void ProgressReportDialog::accept()
{
    QStringList problems;
    const ProgressReport r = report();
    static const QRegularExpression period(QStringLiteral("^\\d{4}-(0[1-9]|1[0-2])$"));
    if (!period.match(r.period).hasMatch())
        problems << tr("The report month must be year-month, for example 2026-11.");
    if (r.memberId == 0)
        problems << tr("The task has no owner: assign someone before recording a report.");
    if (r.doneText.isEmpty())
        problems << tr("Write what was done during the month.");
    bool ok = false;
    m_reportedOn->date(&ok);
    if (!ok)
        problems << tr("The report date must be day/month/year, for example 30/11/2026.");
    showProblems(m_problems, problems);
    if (problems.isEmpty())
        QDialog::accept();
}

} // namespace sochibo::gui

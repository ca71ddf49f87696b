#include "SupervisionDialog.h"

#include "core/Member.h"
#include "gui/common/FormParts.h"
#include "reportdata/ReportService.h"
#include "storage/Database.h"
#include "storage/MeetingRepository.h"
#include "storage/MemberRepository.h"
#include "storage/TaskRepository.h"
#include "ui_SupervisionDialog.h"

#include <QDate>
#include <QStringList>
#include <QWidget>

namespace sochibo::gui {

using namespace sochibo::core;
using namespace sochibo::storage;

SupervisionDialog::SupervisionDialog(const Supervision &s, const Database &db, QWidget *parent)
    : QDialog(parent), m_s(s)
{
    Ui::SupervisionDialog ui; // the form: ui/review/SupervisionDialog.ui
    ui.setupUi(this);
    setUpDesignedDialog(this, ui.problems, ui.buttons);
    m_date = ui.date;
    m_kind = ui.kind;
    m_member = ui.member;
    m_area = ui.area;
    m_by = ui.by;
    m_findings = ui.findings;
    m_conclusion = ui.conclusion;
    m_problems = ui.problems;
    if (s.id)
        setWindowTitle(tr("Edit inspection or supervision"));
    m_date->setDate(s.heldOn);
    m_kind->addItem(tr("Supervision"), false);
    m_kind->addItem(tr("Inspection"), true);
    m_kind->setCurrentIndex(s.inspection ? 1 : 0);
    m_member->addItem(tr("(none: inspection of an area)"), 0LL);
    for (const Member &m : MemberRepository(db).list(true))
        m_member->addItem(m.fullName, m.id);
    m_member->setCurrentIndex(qMax(0, m_member->findData(s.subjectMemberId)));
    m_area->setText(s.subjectArea);
    m_by->setText(s.carriedOutBy);
    m_findings->setPlainText(s.findings);
    m_conclusion->setPlainText(s.conclusion);
}

Supervision SupervisionDialog::supervision() const
{
    Supervision s = m_s;
    s.heldOn = m_date->date();
    s.inspection = m_kind->currentData().toBool();
    s.subjectMemberId = m_member->currentData().toLongLong();
    s.subjectArea = m_area->text().trimmed();
    s.carriedOutBy = m_by->text().trimmed();
    s.findings = m_findings->toPlainText().trimmed();
    s.conclusion = m_conclusion->toPlainText().trimmed();
    return s;
}

QString SupervisionDialog::problems() const
{
    return problemsOf(m_problems);
}

void SupervisionDialog::accept()
{
    QStringList problems;
    bool ok = false;
    const QDate d = m_date->date(&ok);
    if (!ok || !d.isValid())
        problems << tr("Dates must be day/month/year, for example 14/05/2026.");
    const Supervision s = supervision();
    if (s.subjectMemberId == 0 && s.subjectArea.isEmpty())
        problems << tr("Choose the member supervised or write what was inspected.");
    showProblems(m_problems, problems);
    if (problems.isEmpty())
        QDialog::accept();
}

} // namespace sochibo::gui

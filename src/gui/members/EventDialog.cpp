#include "EventDialog.h"

#include "core/Enums.h"
#include "gui/common/ComboChoices.h"
#include "gui/common/FormParts.h"
#include "reports/ReportBuilder.h"
#include "ui_EventDialog.h"

#include <QComboBox>
#include <QDate>
#include <QStringList>
#include <QWidget>

namespace sochibo::gui {

using namespace sochibo::core;

EventDialog::EventDialog(const MembershipEvent &event, const QString &memberName, QWidget *parent)
    : QDialog(parent), m_event(event)
{
    Ui::EventDialog ui; // the form: ui/members/EventDialog.ui
    ui.setupUi(this);
    setUpDesignedDialog(this, ui.problems, ui.buttons);
    m_kind = ui.kind;
    m_discipline = ui.discipline;
    m_date = ui.date;
    m_note = ui.note;
    m_problems = ui.problems;
    m_note->setText(event.note);
    setWindowTitle(tr("Events of comrade %1").arg(memberName));
    fill(m_kind,
         {EventKind::Admitted, EventKind::MadeFull, EventKind::TransferredIn,
          EventKind::TransferredOut, EventKind::Retired, EventKind::Died, EventKind::Expelled,
          EventKind::Disciplined},
         event.kind);
    fill(m_discipline,
         {DisciplineForm::None, DisciplineForm::Reprimand, DisciplineForm::Warning,
          DisciplineForm::Dismissal},
         event.discipline);
    m_date->setDate(event.date);
    const auto update = [this] {
        m_discipline->setEnabled(valueOf<EventKind>(m_kind) == EventKind::Disciplined);
    };
    connect(m_kind, &QComboBox::currentIndexChanged, this, update);
    update();
}

MembershipEvent EventDialog::event() const
{
    MembershipEvent e = m_event;
    e.kind = valueOf<EventKind>(m_kind);
    e.date = m_date->date();
    e.discipline = e.kind == EventKind::Disciplined ? valueOf<DisciplineForm>(m_discipline)
                                                    : DisciplineForm::None;
    e.note = m_note->text().trimmed();
    return e;
}

QString EventDialog::problems() const
{
    return problemsOf(m_problems);
}

void EventDialog::accept()
{
    QStringList problems;
    bool ok = false;
    const QDate d = m_date->date(&ok);
    if (!ok || !d.isValid())
        problems << tr("The event date must be day/month/year, for example 30/06/2026.");
    const MembershipEvent e = event();
    if (e.kind == EventKind::Disciplined && e.discipline == DisciplineForm::None)
        problems << tr(
            "Choose the disciplinary measure: reprimand, warning or removal from office.");
    showProblems(m_problems, problems);
    if (problems.isEmpty())
        QDialog::accept();
}

} // namespace sochibo::gui

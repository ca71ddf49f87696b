#include "MemberDialog.h"

#include "core/Enums.h"
#include "gui/common/ComboChoices.h"
#include "gui/common/DateField.h"
#include "gui/common/FormParts.h"
#include "reports/ReportBuilder.h"
#include "ui_MemberDialog.h"

#include <QComboBox>
#include <QDate>
#include <QStringList>
#include <QWidget>

namespace sochibo::gui {

using namespace sochibo::core;

namespace {
/// How a new member joined the cell (the dialog's "Joined this cell" choice).
enum class EntryKind { Admitted, TransferredIn, None };
} // namespace

MemberDialog::MemberDialog(const Member &member, QWidget *parent)
    : QDialog(parent), m_member(member)
{
    Ui::MemberDialog ui; // the form: ui/members/MemberDialog.ui
    ui.setupUi(this);
    setUpDesignedDialog(this, ui.problems, ui.buttons);
    m_name = ui.name;
    m_phone = ui.phone;
    m_birth = ui.birth;
    m_admitted = ui.admitted;
    m_full = ui.full;
    m_gender = ui.gender;
    m_job = ui.job;
    m_education = ui.education;
    m_kind = ui.kind;
    m_role = ui.role;
    m_notes = ui.notes;
    m_problems = ui.problems;
    m_entry = ui.entry;
    m_entryDate = ui.entryDate;
    m_entry->addItem(tr("Admitted in this cell, on the admission date"), int(EntryKind::Admitted));
    m_entry->addItem(tr("Transferred in, on"), int(EntryKind::TransferredIn));
    m_entry->addItem(tr("Already in the cell (record nothing)"), int(EntryKind::None));
    const auto entryChanged = [this] {
        m_entryDate->setEnabled(m_entry->currentData().toInt() == int(EntryKind::TransferredIn));
    };
    connect(m_entry, &QComboBox::currentIndexChanged, this, entryChanged);
    entryChanged();
    // Events of a member already recorded are kept on the member's page (Record event…).
    ui.entryLabel->setVisible(member.id == 0);
    m_entry->setVisible(member.id == 0);
    m_entryDate->setVisible(member.id == 0);
    if (member.id)
        setWindowTitle(tr("Edit member"));
    m_name->setText(member.fullName);
    m_notes->setPlainText(member.notes);
    m_birth->setDate(member.birthDate);
    m_admitted->setDate(member.admittedOn);
    m_full->setDate(member.fullOn);
    m_phone->setText(member.phone);
    fill(m_gender, {Gender::Female, Gender::Male}, member.gender);
    fill(m_job, {Job::Teacher, Job::Staff, Job::Manager}, member.job);
    fill(m_education,
         {Education::Master, Education::Bachelor, Education::College, Education::Other},
         member.education);
    fill(m_kind, {MembershipKind::Full, MembershipKind::Probationary}, member.kind);
    fill(m_role, {Role::None, Role::Secretary, Role::DeputySecretary, Role::CommitteeMember},
         member.role);
}

Member MemberDialog::member() const
{
    Member m = m_member;
    m.fullName = m_name->text().simplified();
    m.gender = valueOf<Gender>(m_gender);
    m.birthDate = m_birth->date();
    m.job = valueOf<Job>(m_job);
    m.education = valueOf<Education>(m_education);
    m.kind = valueOf<MembershipKind>(m_kind);
    m.admittedOn = m_admitted->date();
    m.fullOn = m_full->date();
    m.role = valueOf<Role>(m_role);
    m.phone = m_phone->text().trimmed();
    m.notes = m_notes->toPlainText().trimmed();
    return m;
}

std::optional<MembershipEvent> MemberDialog::entryEvent() const
{
    if (m_member.id != 0)
        return std::nullopt;
    MembershipEvent e;
    e.memberId = m_member.id;
    switch (EntryKind(m_entry->currentData().toInt())) {
    case EntryKind::Admitted:
        e.kind = EventKind::Admitted;
        e.date = m_admitted->date();
        break;
    case EntryKind::TransferredIn:
        e.kind = EventKind::TransferredIn;
        e.date = m_entryDate->date();
        break;
    case EntryKind::None:
        return std::nullopt;
    }
    return e;
}

QString MemberDialog::problems() const
{
    return problemsOf(m_problems);
}

void MemberDialog::accept()
{
    QStringList problems;
    const std::pair<DateField *, QString> dates[] = {{m_birth, tr("Date of birth")},
                                                     {m_admitted, tr("Party admission date")},
                                                     {m_full, tr("Full-membership date")}};
    for (const auto &[field, name] : dates) {
        bool ok = false;
        field->date(&ok);
        if (!ok)
            problems << tr("%1 must be day/month/year, for example 05/09/2012.").arg(name);
    }
    if (problems.isEmpty())
        problems = member().validate();
    if (const auto entry = entryEvent()) {
        const QDate admitted = m_admitted->date();
        if (entry->kind == EventKind::Admitted && !entry->date.isValid())
            problems << tr("To record the admission, enter the party admission date (or choose "
                           "\"Already in the cell\").");
        if (entry->kind == EventKind::TransferredIn) {
            bool ok = false;
            m_entryDate->date(&ok);
            if (!ok || !entry->date.isValid())
                problems << tr("Enter the day the member transferred into the cell, for example "
                               "01/09/2026.");
            else if (admitted.isValid() && entry->date < admitted)
                problems << tr("The transfer into the cell cannot be before the party admission "
                               "date.");
        }
    }
    showProblems(m_problems, problems);
    if (problems.isEmpty())
        QDialog::accept();
}

} // namespace sochibo::gui

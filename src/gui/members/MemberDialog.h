#pragma once
#include "core/Member.h"
#include "gui/common/DateField.h"

#include <QDialog>
#include <QLineEdit>
#include <QString>

#include <memory>
#include <optional>

class QWidget;

class QComboBox;
class QLabel;
class QPlainTextEdit;

namespace sochibo::gui {

/// Add or edit a member. Accepting checks the rules (name required, dates as dd/MM/yyyy,
/// full-on not before admitted-on, admitted at 18 or older) and keeps the dialog open with
/// the problems listed when they fail.
class MemberDialog : public QDialog
{
    Q_OBJECT
public:
    explicit MemberDialog(const core::Member &member, QWidget *parent = nullptr);
    core::Member member() const;
    /// A new member's entry into the cell, to record as their first event: admitted here on
    /// the admission date, or transferred in on a date; none when the user says the member
    /// was already in the cell (the record's admission date then stands in) or when editing.
    std::optional<core::MembershipEvent> entryEvent() const;
    QLineEdit *nameField() const { return m_name; }
    QComboBox *entryField() const { return m_entry; }
    QComboBox *kindField() const { return m_kind; }
    DateField *entryDateField() const { return m_entryDate; }
    DateField *admittedField() const { return m_admitted; }
    DateField *fullField() const { return m_full; }
    QString problems() const;
    void accept() override;

private:
    core::Member m_member;
    QLineEdit *m_name, *m_phone;
    DateField *m_birth, *m_admitted, *m_full, *m_entryDate;
    QComboBox *m_gender, *m_job, *m_education, *m_kind, *m_role, *m_entry;
    QPlainTextEdit *m_notes;
    QLabel *m_problems;
};

} // namespace sochibo::gui

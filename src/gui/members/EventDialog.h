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

namespace sochibo::gui {

/// A dated membership event: admitted, made full, transferred in or out, retired, died,
/// expelled, disciplined (with its form).
class EventDialog : public QDialog
{
    Q_OBJECT
public:
    EventDialog(const core::MembershipEvent &event, const QString &memberName,
                QWidget *parent = nullptr);
    core::MembershipEvent event() const;
    QComboBox *kindField() const { return m_kind; }
    QComboBox *disciplineField() const { return m_discipline; }
    DateField *dateField() const { return m_date; }
    QString problems() const;
    void accept() override;

private:
    core::MembershipEvent m_event;
    QComboBox *m_kind, *m_discipline;
    DateField *m_date;
    QLineEdit *m_note;
    QLabel *m_problems;
};

} // namespace sochibo::gui

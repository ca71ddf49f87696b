#pragma once
#include "core/Meeting.h"
#include "gui/common/DateField.h"
#include "storage/Database.h"

#include <QDialog>
#include <QString>

class QComboBox;
class QLineEdit;
class QWidget;

class QLabel;
class QPlainTextEdit;

namespace sochibo::gui {

class DateField;

/// An inspection (kiểm tra) or supervision (giám sát): of a member or of an area.
class SupervisionDialog : public QDialog
{
    Q_OBJECT
public:
    SupervisionDialog(const core::Supervision &s, const storage::Database &db,
                      QWidget *parent = nullptr);
    core::Supervision supervision() const;
    DateField *dateField() const { return m_date; }
    QComboBox *memberField() const { return m_member; }
    QLineEdit *areaField() const { return m_area; }
    QString problems() const;
    void accept() override;

private:
    core::Supervision m_s;
    DateField *m_date;
    QComboBox *m_kind, *m_member;
    QLineEdit *m_area, *m_by;
    QPlainTextEdit *m_findings, *m_conclusion;
    QLabel *m_problems;
};

} // namespace sochibo::gui

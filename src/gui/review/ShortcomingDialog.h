#pragma once

class QLineEdit;
class QWidget;
#include "core/Review.h"
#include "gui/common/DateField.h"

#include <QDialog>

class QLabel;
class QPlainTextEdit;

namespace sochibo::gui {

class DateField;

/// One shortcoming of a review year: a) to e) of the remediation plan.
class ShortcomingDialog : public QDialog
{
    Q_OBJECT
public:
    explicit ShortcomingDialog(const core::Shortcoming &s, QWidget *parent = nullptr);
    core::Shortcoming shortcoming() const;
    QLineEdit *titleField() const { return m_title; }
    QPlainTextEdit *remediesField() const { return m_remedies; }
    void accept() override;

private:
    core::Shortcoming m_s;
    QLineEdit *m_title, *m_timeframe;
    QPlainTextEdit *m_description, *m_causes, *m_remedies, *m_products, *m_responsibility;
    DateField *m_start, *m_end;
    QLabel *m_problems;
};

} // namespace sochibo::gui

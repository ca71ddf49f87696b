#pragma once
#include "core/Review.h"
#include "gui/common/DateField.h"

#include <QDialog>
#include <QString>

class QLabel;
class QLineEdit;
class QWidget;

class QPlainTextEdit;

namespace sochibo::gui {

class DateField;

/// A member's remediation commitment for a year: own shortcomings, measures, timeframe,
/// target result, signing date and the personal action plan (one line each).
class CommitmentDialog : public QDialog
{
    Q_OBJECT
public:
    CommitmentDialog(const core::Commitment &c, const QString &memberName,
                     QWidget *parent = nullptr);
    core::Commitment commitment() const;
    QPlainTextEdit *shortcomingsField() const { return m_shortcomings; }
    QPlainTextEdit *planField() const { return m_plan; }
    DateField *signedField() const { return m_signed; }
    QString problems() const;
    void accept() override;

private:
    core::Commitment m_c;
    QPlainTextEdit *m_shortcomings, *m_measures, *m_plan;
    QLineEdit *m_timeframe, *m_target;
    DateField *m_signed;
    QLabel *m_problems;
};

} // namespace sochibo::gui

#pragma once
#include "core/Enums.h"
#include "core/Member.h"
#include "core/MemberReview.h"

#include <QDialog>
#include <QString>

class QComboBox;
class QLineEdit;
class QWidget;

class QLabel;
class QPlainTextEdit;

namespace sochibo::gui {

/// One member's year-end review: what the records say of the year (read-only), then the
/// category of the form, the points, the proposals, the vote and the levels.
class MemberReviewDialog : public QDialog
{
    Q_OBJECT
public:
    MemberReviewDialog(const core::MemberReview &review, const core::Member &member,
                       const core::MemberYear &year, core::QualityRating cellLevel,
                       QWidget *parent = nullptr);
    core::MemberReview review() const;
    core::QualityRating cellLevel() const;
    QLineEdit *generalField() const { return m_general; }
    QLineEdit *resultsField() const { return m_results; }
    QLineEdit *votesField() const { return m_votes; }
    QComboBox *cellField() const { return m_cell; }
    QString problems() const;
    QString warnings() const;
    void accept() override;

private:
    void showWarnings();
    core::MemberReview m_review;
    core::MemberYear m_year;
    QComboBox *m_category, *m_self, *m_committee, *m_cell, *m_superior;
    QLineEdit *m_general, *m_results, *m_votes, *m_notRated;
    QPlainTextEdit *m_comment;
    QLabel *m_problems, *m_warnings;
};

} // namespace sochibo::gui

#pragma once
#include "Pages.h"

#include "core/Review.h"

#include <QDialog>

class QPlainTextEdit;
class QTableWidget;

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

/// Cam kết: who in the cell has written this year's commitment and who has not.
class CommitmentsPage : public QWidget
{
    Q_OBJECT
public:
    CommitmentsPage(Prompts prompts, Committer commit, QWidget *parent = nullptr);
    void reload(const storage::Database &db, const QDate &today);
    void setYear(int year);
    QTableWidget *table() const { return m_table; }
    /// Shows the commitment's year and selects its member's row.
    bool selectCommitment(qint64 id);
    /// The commitment of the selected member for the year shown (0: none written).
    qint64 currentCommitmentId() const;
    QString summary() const;
    /// Opens the commitment of the member on \a row (a new one when there is none).
    bool edit(int row);

private:
    void fill();
    Prompts m_prompts;
    Committer m_commit;
    const storage::Database *m_db = nullptr;
    QDate m_today;
    QSpinBox *m_year;
    QLabel *m_summary;
    QTableWidget *m_table;
    QList<qint64> m_memberIds;
};

} // namespace sochibo::gui

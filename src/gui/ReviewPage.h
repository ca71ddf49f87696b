#pragma once
#include "Pages.h"

#include "core/Meeting.h"
#include "core/Member.h"
#include "core/MemberReview.h"
#include "core/Review.h"

#include <QDialog>

class QLabel;
class QPlainTextEdit;
class QSpinBox;
class QTableWidget;
class QTabWidget;
class QTextBrowser;

namespace sochibo::gui {

class DateField;

/// Runs an edit now and keeps it for undo (MainWindow::commit).
using Committer = std::function<bool(const QString &text, std::function<void()> change,
                                     std::function<void()> undo)>;

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

/// Kiểm điểm & khắc phục: the year's self-assessment (criteria, points, total /100, the
/// level the points give, the level proposed) and its shortcomings.
class ReviewPage : public QWidget
{
    Q_OBJECT
public:
    ReviewPage(Prompts prompts, Committer commit, QWidget *parent = nullptr);
    void reload(const storage::Database &db, const QDate &today);
    void setYear(int year);
    int year() const;
    QTableWidget *criteriaTable() const { return m_criteria; }
    /// What the records say against the proposed level (core::levelWarnings), as shown.
    QString levelWarningsText() const;
    /// The members' reviews tab: one row per member in the cell at the end of the year.
    QTableWidget *memberReviewsTable() const { return m_memberReviews; }
    /// The selected member's form as drafted, as the side panel shows it (plain text).
    QString memberDraftText() const;
    /// The line under it: the ratings so far and the 20 % rule.
    QString ratingsNoteText() const;
    /// Brings the members' reviews tab to the front.
    void showMembersTab();
    /// Opens the review of the member in \a row in its dialog; saved with undo.
    bool editMemberReview(int row);
    QTableWidget *shortcomingsTable() const { return m_shortcomings; }
    /// The shortcoming of the current row (0: none).
    qint64 currentShortcomingId() const;
    /// Shows the shortcoming's review year, its tab, and selects it.
    bool selectShortcoming(qint64 id);
    QTableWidget *indicatorsTable() const { return m_indicators; }
    bool addIndicator(const QString &name);
    QString totalText() const;
    /// Fills an empty year with the 2025 form's criteria (undoable); false when it has some.
    bool useDefaultCriteria();
    /// Adds a criterion to group 1 or 2 (undoable).
    bool addCriterion(int group, const QString &title, double maxPoints);
    bool addShortcoming();
    QTableWidget *supervisionsTable() const { return m_supervisions; }
    QTableWidget *candidatesTable() const { return m_candidates; }
    bool addCandidate(const QString &name);
    bool addSupervision();
    bool editSupervision(int row);
    bool editShortcoming(int row);

signals:
    /// Print the members' forms (\a memberId 0: all) or the ratings summary of \a year.
    void printRequested(const QString &kind, int year, qint64 memberId);
    /// "Xuất Excel…" on the members' reviews tab: the year's ratings as a spreadsheet.
    void exportRequested();

private:
    void fill();
    void criterionEdited(int row, int column);
    void indicatorEdited(int row, int column);
    void candidateEdited(int row, int column);
    Prompts m_prompts;
    Committer m_commit;
    const storage::Database *m_db = nullptr;
    QSpinBox *m_year;
    QLabel *m_form, *m_total, *m_levelWarnings;
    QComboBox *m_level;
    QTableWidget *m_criteria, *m_shortcomings, *m_indicators, *m_supervisions, *m_candidates;
    QList<core::Candidate> m_candidateRows;
    QTabWidget *m_tabs;
    QTableWidget *m_memberReviews;
    QLabel *m_ratingsNote;
    QTextBrowser *m_memberDraft;
    void showMemberDraft();
    QPushButton *m_useDefaults;
    QList<core::Member> m_reviewMembers;
    void fillMemberReviews();
    QList<core::Supervision> m_supervisionRows;
    QDate m_today;
    void showLevelWarnings();
    QList<core::Indicator> m_indicatorRows;
    QList<core::ReviewCriterion> m_rows;
    QList<core::Shortcoming> m_items;
    bool m_filling = false;
};

} // namespace sochibo::gui

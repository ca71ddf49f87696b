#pragma once
#include "core/Meeting.h"
#include "core/Member.h"
#include "core/Review.h"
#include "gui/common/BookPage.h"
#include "gui/common/Committer.h"
#include "gui/common/Prompts.h"
#include "storage/Database.h"

#include <QDate>
#include <QString>
#include <QWidget>

class QComboBox;
class QPushButton;
class QLabel;
class QSpinBox;
class QTableView;
class QTabWidget;
class QTextBrowser;

namespace sochibo::gui {

class CandidateTableModel;
class CriterionTableModel;
class IndicatorTableModel;
class MemberReviewTableModel;
class ShortcomingTableModel;
class SupervisionTableModel;

/// Kiểm điểm & khắc phục: the year's self-assessment (criteria, points, total /100, the
/// level the points give, the level proposed) and its shortcomings.
class ReviewPage : public QWidget, public BookPage
{
    Q_OBJECT
public:
    ReviewPage(Prompts prompts, Committer commit, QWidget *parent = nullptr);
    void reload() override;
    void clear() override;
    QStringList recordKinds() const override { return {QStringLiteral("shortcoming")}; }
    RecordRef currentRecord() const override
    {
        return {QStringLiteral("shortcoming"), currentShortcomingId()};
    }
    bool selectRecord(const QString &kind, qint64 id) override;
    storage::EvidenceTarget evidenceTarget() const override;
    /// The ratings of the year in view.
    TableExport exportTable() const override;
    void setYear(int year);
    int year() const;
    /// The self-assessment criteria, typed into in place (CriterionTableModel).
    QTableView *criteriaTable() const { return m_criteria; }
    CriterionTableModel *criteriaModel() const { return m_criteriaModel; }
    /// What the records say against the proposed level (core::levelWarnings), as shown.
    QString levelWarningsText() const;
    /// The members' reviews tab: one row per member in the cell at the end of the year.
    QTableView *memberReviewsTable() const { return m_memberReviews; }
    MemberReviewTableModel *memberReviewsModel() const { return m_memberReviewsModel; }
    /// The selected member's form as drafted, as the side panel shows it (plain text).
    QString memberDraftText() const;
    /// The line under it: the ratings so far and the 20 % rule.
    QString ratingsNoteText() const;
    /// Brings the members' reviews tab to the front.
    void showMembersTab();
    /// Brings the tab holding \a view (one of the page's tables) to the front.
    void showTabOf(const QWidget *view);
    /// Opens the review of the member in \a row in its dialog; saved with undo.
    bool editMemberReview(int row);
    QTableView *shortcomingsTable() const { return m_shortcomings; }
    ShortcomingTableModel *shortcomingsModel() const { return m_shortcomingsModel; }
    /// The shortcoming of the current row (0: none).
    qint64 currentShortcomingId() const;
    /// Shows the shortcoming's review year, its tab, and selects it.
    bool selectShortcoming(qint64 id);
    QTableView *indicatorsTable() const { return m_indicators; }
    IndicatorTableModel *indicatorsModel() const { return m_indicatorsModel; }
    bool addIndicator(const QString &name);
    QString totalText() const;
    /// Fills an empty year with the 2025 form's criteria (undoable); false when it has some.
    bool useDefaultCriteria();
    /// Adds a criterion to group 1 or 2 (undoable).
    bool addCriterion(int group, const QString &title, double maxPoints);
    bool addShortcoming();
    QTableView *supervisionsTable() const { return m_supervisions; }
    SupervisionTableModel *supervisionsModel() const { return m_supervisionsModel; }
    QTableView *candidatesTable() const { return m_candidates; }
    CandidateTableModel *candidatesModel() const { return m_candidatesModel; }
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
    Prompts m_prompts;
    Committer m_commit;
    QSpinBox *m_year;
    QLabel *m_form, *m_total, *m_levelWarnings;
    QComboBox *m_level;
    QTableView *m_criteria, *m_indicators, *m_candidates; ///< grids typed into
    CriterionTableModel *m_criteriaModel;
    IndicatorTableModel *m_indicatorsModel;
    CandidateTableModel *m_candidatesModel;
    QTableView *m_shortcomings, *m_supervisions;
    ShortcomingTableModel *m_shortcomingsModel;
    SupervisionTableModel *m_supervisionsModel;
    QTabWidget *m_tabs;
    QTableView *m_memberReviews;
    MemberReviewTableModel *m_memberReviewsModel;
    QLabel *m_ratingsNote;
    QTextBrowser *m_memberDraft;
    void showMemberDraft();
    QPushButton *m_useDefaults;
    QList<core::Member> m_reviewMembers;
    void fillMemberReviews();
    QList<core::Supervision> m_supervisionRows;
    void showLevelWarnings();
    QList<core::Shortcoming> m_items;
};

} // namespace sochibo::gui

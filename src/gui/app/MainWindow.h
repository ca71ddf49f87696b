#pragma once
#include "gui/common/BookPage.h"
#include "gui/common/Prompts.h"

#include <QMainWindow>

class QAbstractItemView;
class QLabel;
class QLineEdit;
class QListWidget;
class QMimeData;
class QPushButton;
class QStackedWidget;
class QUndoStack;

namespace sochibo::storage {
class Database;
}

namespace sochibo::gui {

class BookActions;
class BookBanner;
class BookSession;
class CommitmentsPage;
class EditHistory;
class EvidencePage;
class MeetingsPage;
class MembersPage;
class MonthPage;
class OverviewPage;
class ReportPage;
class ReviewPage;
class SearchBox;
class SearchPage;
class TasksPage;
class TopicsPage;
class WelcomePage;

/// The secretary's workspace: a navigation list on the left, one page per kind of record.
/// Pages: Tổng quan, Đảng viên, Nhiệm vụ, Theo dõi tháng, Sinh hoạt, Chuyên đề, Kiểm điểm & khắc
/// phục, Cam kết, Minh chứng, Báo cáo. The window routes (the menus, search results, evidence
/// dropped or pasted, Ctrl+N) by asking the page in view (BookPage); the book is the
/// BookSession's, the File menu's work BookActions', the edits EditHistory's.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    enum Page {
        Overview,
        Members,
        Tasks,
        Month,
        Meetings,
        Topics,
        Review,
        Commitments,
        Evidence,
        Reports
    };

    /// \a prompts: how to ask the user (message boxes by default; tests pass their own).
    explicit MainWindow(Prompts prompts = {}, QWidget *parent = nullptr);
    ~MainWindow() override;

    BookSession *session() const { return m_session; }
    BookActions *book() const { return m_book; }
    EditHistory *edits() const { return m_edits; }
    /// The open records (null on the welcome page).
    const storage::Database *database() const;
    /// Edits the user makes; each is committed at once and can be undone in the session.
    QUndoStack *undoStack() const;

    /// Waits for the work still running in the background (closing, tests).
    void waitForBackups();

    /// Shown while no database is open: create the cell's records or open the demo.
    bool isWelcomeShown() const;
    /// The date "overdue" and the year in focus are judged on (default: the computer's).
    void setToday(const QDate &today);
    void showPage(Page page);
    bool saveScreenshot(const QString &pngPath);
    /// True while the open cell can only be read (file locked elsewhere or read-only).
    bool isReadOnly() const;
    /// The band above the pages: read-only state or a permissions warning (empty: hidden).
    QString bannerText() const;
    /// The record selected on the page in view.
    RecordRef currentRecord() const;
    /// Sửa ▸ Lịch sử thay đổi…: the change log of the record selected on the page in view.
    bool showHistory();
    /// Sửa ▸ Đính kèm minh chứng… (Ctrl+Shift+A): files picked by the user, attached in the
    /// background to the record selected on the page in view; evidenceAttached() tells how
    /// many once done. False when nothing was started.
    bool attachToCurrentRecord();
    /// Attaches what \a data holds (files, or a picture saved as PNG) to the record selected on
    /// the page in view: a drop or a paste. False when nothing was started.
    bool pasteEvidence(const QMimeData *data);
    /// "Xuất Excel…" (Ctrl+E): the table of the page in view (BookPage::exportTable) as .xlsx.
    bool exportCurrentTable();

    OverviewPage *overviewPage() const { return m_overview; }
    MembersPage *membersPage() const { return m_members; }
    TasksPage *tasksPage() const { return m_tasks; }
    MonthPage *monthPage() const { return m_month; }
    MeetingsPage *meetingsPage() const { return m_meetings; }
    ReportPage *reportPage() const { return m_reports; }
    ReviewPage *reviewPage() const { return m_review; }
    TopicsPage *topicsPage() const { return m_topics; }
    CommitmentsPage *commitmentsPage() const { return m_commitments; }
    EvidencePage *evidencePage() const { return m_evidence; }
    SearchPage *searchPage() const { return m_search; }
    QLineEdit *searchBox() const;
    /// What typing \a query into the search box does, without waiting for the typing pause.
    void runSearch(const QString &query);
    /// Shows record \a id of \a kind (a search result) on its page, selected.
    bool openRecord(const QString &kind, qint64 id);
    /// True while the search results are in view.
    bool isSearchShown() const;

    /// How the window asks the user (the defaults filled in).
    const Prompts &prompts() const { return m_prompts; }
    /// The pages' names, in the navigation's order (Page).
    QStringList pageNames() const;
    /// Tệp ▸ Nhập danh sách đảng viên…: on the Members page, its import.
    bool importMembers();
    /// Sửa ▸ Thêm… (Ctrl+N): what the page in view adds (BookPage::addRecord); a member on a
    /// page that adds nothing.
    bool addRecordHere();
    /// Ctrl+L: the filter box of the page in view, when it has one.
    void focusFilter();
    /// After an edit (and Xem ▸ Tải lại, F5): the page in view is read again, the others when
    /// they are next shown.
    void refresh();
    /// Xem ▸ Ngôn ngữ: saved, then the program offers to start again in it.
    void chooseLanguage(const QString &code);

signals:
    /// Evidence files were attached (attachToCurrentRecord, pasteEvidence): how many.
    void evidenceAttached(int count);

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void buildFrame();
    void bookOpened();
    void bookClosed();
    /// Reads \a page again if it is stale.
    void reloadIfStale(QWidget *page);
    void updateCounts();
    BookPage *pageInView() const;
    /// Files for the record selected on the page in view: those \a data holds (a drop, a
    /// paste) or, without data, those the user picks.
    bool attachHere(const QMimeData *data);
    QList<BookPage *> pages() const;
    Prompts m_prompts;
    BookSession *m_session;
    EditHistory *m_edits;
    BookActions *m_book;
    QListWidget *m_nav;
    QStackedWidget *m_stack;
    OverviewPage *m_overview;
    MembersPage *m_members;
    TasksPage *m_tasks;
    MonthPage *m_month;
    MeetingsPage *m_meetings;
    TopicsPage *m_topics;
    ReviewPage *m_review;
    CommitmentsPage *m_commitments;
    EvidencePage *m_evidence;
    ReportPage *m_reports;
    SearchPage *m_search;
    WelcomePage *m_welcome;
    BookBanner *m_banner;
    QLabel *m_counts;
    SearchBox *m_searchBox = nullptr;
    QWidget *m_beforeSearch = nullptr; ///< the page to go back to when the search is cleared
};

} // namespace sochibo::gui

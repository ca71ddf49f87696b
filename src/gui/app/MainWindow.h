#pragma once
#include "core/UserError.h"
#include "storage/Backup.h"
#include "storage/Database.h"
#include "storage/EvidenceStore.h"
#include <QString>
#include <QStringList>
#include <QTimer>

class QCloseEvent;
class QWidget;
#include "gui/commitments/CommitmentsPage.h"
#include "gui/common/Committer.h"
#include "gui/common/Prompts.h"
#include "gui/evidence/EvidencePage.h"
#include "gui/meetings/MeetingsPage.h"
#include "gui/members/MembersPage.h"
#include "gui/month/MonthPage.h"
#include "gui/overview/OverviewPage.h"
#include "gui/reports/ReportPage.h"
#include "gui/review/ReviewPage.h"
#include "gui/search/SearchPage.h"
#include "gui/tasks/TasksPage.h"
#include "gui/topics/TopicsPage.h"

#include <QDate>
#include <QMainWindow>
#include <QPointer>
#include <functional>
#include <memory>

class QLabel;
class QMimeData;
class QLineEdit;
class QListWidget;
class QPushButton;
class QThread;
class QTimer;
class QStackedWidget;
class QUndoStack;

namespace sochibo::storage {
class Database;
struct EvidenceTarget;
enum class BackupReason;
} // namespace sochibo::storage
namespace sochibo::core {
class UserError;
} // namespace sochibo::core

namespace sochibo::gui {

/// The secretary's workspace: a navigation list on the left, one page per kind of record.
/// Pages: Tổng quan, Đảng viên, Nhiệm vụ, Theo dõi tháng, Sinh hoạt, Chuyên đề, Kiểm điểm & khắc
/// phục, Cam kết, Minh chứng, Báo cáo.
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

    /// Opens \a path; on failure shows the reason and keeps the window usable.
    bool openDatabase(const QString &path);
    /// "Tạo sổ cho chi bộ": the short form, then a new file (asked for) with the cell and its
    /// secretary, opened.
    bool createCell();
    /// "Thông tin chi bộ và mẫu văn bản": edits the cell's details and document style, with
    /// undo; false when nothing changed.
    bool editCell();
    /// Opens the demo cell, writing it first if this computer has none yet.
    bool openDemo();
    /// Shown while no database is open: create the cell's records or open the demo.
    bool isWelcomeShown() const;
    /// The date "overdue" and the year in focus are judged on (default: the computer's).
    void setToday(const QDate &today);
    void showPage(Page page);
    bool saveScreenshot(const QString &pngPath);
    /// Backup now: the records and the new evidence files to a file the user names, copied
    /// in the background.
    void backupNow();
    /// File → Kiểm tra toàn vẹn: integrity_check, foreign keys and every evidence hash, in a
    /// worker thread; the result is told.
    void verifyAll();
    /// File → Khôi phục từ bản sao lưu…: lists the backups, restores the chosen one.
    bool restoreFromBackup();
    /// Sửa → Lịch sử thay đổi…: the change log of the record selected on the current page.
    bool showHistory();
    /// Copies the records into the backups folder in a worker thread (automatic backups).
    void backupInBackground(storage::BackupReason reason);
    /// Sửa → Đính kèm minh chứng… (Ctrl+Shift+A): files picked by the user, attached to the
    /// record selected on the page in view (task, meeting, commitment, shortcoming).
    int attachToCurrentRecord();
    /// Attaches \a files to \a target (in the background, with progress), then refreshes.
    int attachTo(const storage::EvidenceTarget &target, const QStringList &files);
    /// Attaches what \a data holds (files, or an image saved as PNG) to \a target: a drop
    /// or a paste.
    int pasteEvidence(const storage::EvidenceTarget &target, const QMimeData *data);
    /// Waits for backups and other background work still running (closing, tests).
    void waitForBackups();
    /// Reads evidence files not inspected yet (attached by an import or an older version)
    /// in a worker thread, then records their text, thumbnail and photo date.
    void ingestPendingInBackground();
    /// True while the open cell can only be read (file locked elsewhere or read-only).
    bool isReadOnly() const;
    /// The band above the pages: read-only state or a permissions warning (empty: hidden).
    QString bannerText() const;
    /// The table and id of the record selected on the current page ({} when none).
    std::pair<QString, qint64> currentRecord() const;

    /// Edits the user makes; each is committed at once and can be undone in the session.
    QUndoStack *undoStack() const { return m_undo; }
    /// The open records (null on the welcome page).
    const storage::Database *database() const { return m_db.get(); }
    bool addMember();
    bool editCurrentMember();
    /// "Xuất Excel…": the table of the page shown as .xlsx — the cell's named tables
    /// (reportdata::tables: members with their events, tasks, the month, the ratings, the
    /// year's figures) or, on the other record pages, the table as shown.
    bool exportCurrentTable();
    /// Tệp ▸ Nhập danh sách đảng viên…: a spreadsheet read, previewed (MemberImportDialog),
    /// the book backed up, the members added with their events as one undoable step.
    bool importMembers();
    bool addTask();
    bool editCurrentTask();
    /// Opens the attendance and conclusions of the selected meeting.
    bool editCurrentMeeting();
    /// After a meeting was saved because the user turned one of its new conclusions into a
    /// task: the task form for that conclusion (row \a conclusionRow; none when negative).
    void continueWithTask(qint64 meetingId, int conclusionRow);
    /// Edit ▸ "Your name in the history…": the name the change history records for edits here.
    void changeUserName();
    /// "In biên bản…": the selected meeting's minutes saved as PDF (or Word) and opened.
    bool printMinutes();
    /// A new meeting: everyone in the cell on the day is listed as present to start with.
    bool addMeeting();
    /// A task pre-filled from a meeting conclusion, through the task dialog.
    bool addTaskFromConclusion(qint64 conclusionId);
    /// Attaches files the user picks to the selected task; returns how many.
    int attachToCurrentTask();
    QString lastError() const { return m_lastError; }

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
    QLineEdit *searchBox() const { return m_searchBox; }
    /// What typing \a query into the search box does, without waiting for the typing pause.
    void runSearch(const QString &query);
    /// Shows record \a id of \a kind (a search result) on its page, selected.
    bool openRecord(const QString &kind, qint64 id);
    /// True while the search results are in view.
    bool isSearchShown() const;

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void buildMenus();
    void chooseLanguage(const QString &code);
    void refresh();
    void openWithDialog();
    /// After a failed open: read-only for a locked or read-only file, the latest good backup
    /// for a damaged one (asked). nullptr when the user declined or nothing can be done.
    std::unique_ptr<storage::Database> recoverOpen(const QString &path,
                                                   const core::UserError &error);
    void updateBanner();
    /// False (and the user told why) while the cell is open read-only.
    bool writable();
    void chooseBackupFolder();
    void rememberRecent(const QString &path);
    /// Runs \a change now; on success records it with \a undo for Ctrl+Z. Failures are
    /// shown to the user and leave nothing changed.
    bool commit(const QString &text, std::function<void()> change, std::function<void()> undo);
    /// Who the change history names for edits made here: the name given in the settings,
    /// asked once before the first change; else this computer's account.
    QString userName();
    bool m_askedName = false;
    Committer committer();
    Prompts m_prompts;
    std::unique_ptr<storage::Database> m_db;
    QDate m_today = QDate::currentDate();
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
    QLabel *m_counts;
    QUndoStack *m_undo;
    QWidget *m_welcome;
    QString m_lastError;
    QString m_readOnlyReason;
    QWidget *m_bannerBox = nullptr;
    QLabel *m_banner = nullptr;
    QPushButton *m_fixPermissions = nullptr;
    QTimer *m_dailyBackup = nullptr;
    QLineEdit *m_searchBox = nullptr;
    SearchPage *m_search = nullptr;
    QTimer *m_searchDelay = nullptr;
    QWidget *m_beforeSearch = nullptr;  ///< the page to go back to when the search is cleared
    QList<QPointer<QThread>> m_backups; ///< workers still running or reporting
};

} // namespace sochibo::gui

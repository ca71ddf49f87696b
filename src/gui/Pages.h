#pragma once
#include "core/Reminders.h"
#include <QDate>
#include <QWidget>

#include "core/Enums.h"
#include "reports/ReportBuilder.h"
#include "reports/Spreadsheet.h"
#include "storage/Progress.h"
#include <functional>
#include <memory>

class QCheckBox;
class QComboBox;
class QFormLayout;
class QHBoxLayout;
class QProgressBar;
class QDialog;
class QDateEdit;
class QLabel;
class QLineEdit;
class QListWidget;
class QScrollArea;
class QSpinBox;
class QTableView;
class QPushButton;

namespace sochibo::storage {
class Database;
}

namespace sochibo::gui {

class RecordTableModel;
class VietFilterProxy;

/// What a page may ask the user; tests replace these so that nothing blocks.
struct Prompts
{
    std::function<bool(const QString &question)> confirm;
    std::function<void(const QString &message)> inform;
    std::function<QString(const QString &suggestedName)> saveFileName;
    /// Shows a dialog modally; true when the user accepted it.
    std::function<bool(QDialog &dialog)> runDialog;
    /// Files the user picks to attach (empty: cancelled).
    std::function<QStringList()> openFileNames;
    /// The spreadsheet (.xlsx, .ods, .csv) the user picks to import members from (empty:
    /// cancelled).
    std::function<QString()> openSpreadsheet;
    /// Opens a saved file with the system's program for it (Word, LibreOffice, a PDF viewer).
    std::function<bool(const QString &path)> openFile;
    /// A line of text the user types (\a current filled in); empty when cancelled.
    std::function<QString(const QString &question, const QString &current)> askText;
};

/// Asks storage::outputPathProblem whether \a path may be written while \a dbPath is open:
/// refused outright (the book itself, its evidence store, a folder) with a message, or —
/// an existing database or records export — only when the user confirms overwriting it.
bool acceptOutputPath(const Prompts &prompts, const QString &path, const QString &dbPath,
                      bool backupOfSameBook = false);

/// Asks where to save the document \a request (proposing its Vietnamese file name, a Word
/// one when \a word), checks the place (acceptOutputPath) and the extension, and writes it.
/// Returns the path written; empty when the user cancelled or it failed (the user was told).
QString saveDocumentAs(const Prompts &prompts, const storage::Database &db,
                       reports::ReportRequest request, bool word,
                       reports::RenderResult *result = nullptr);

/// Runs an edit now and keeps it for undo (MainWindow::commit).
using Committer = std::function<bool(const QString &text, std::function<void()> change,
                                     std::function<void()> undo)>;

/// Inserts \a record (id 0) now and keeps the step for undo: undo deletes the row, redo
/// inserts it again with the id it had, so later steps that refer to it still apply.
template <typename Record, typename Save, typename Remove>
bool commitInsert(const Committer &commit, const QString &text, const Record &record, Save save,
                  Remove remove)
{
    auto id = std::make_shared<qint64>(0);
    return commit(
        text,
        [record, id, save] {
            Record row = record;
            row.id = *id;
            *id = save(row);
        },
        [id, remove] { remove(*id); });
}

/// A page showing one kind of record in a table with a diacritic-insensitive filter box; the
/// frame (heading, tool bar, table) is ui/RecordsPage.ui.
class RecordsPage : public QWidget
{
    Q_OBJECT
public:
    RecordsPage(const QString &title, const QStringList &headers, QWidget *parent = nullptr);
    virtual void reload(const storage::Database &db, const QDate &today) = 0;
    void focusFilter();
    QLineEdit *filterBox() const { return m_filter; }
    QTableView *view() const { return m_view; }
    /// The table as it is shown (filtered, sorted): one sheet, dates as dates, counts as
    /// numbers (from the sort keys).
    reports::Sheet shownAsSheet(const QString &name) const;
    RecordTableModel *model() const { return m_model; }
    VietFilterProxy *proxy() const { return m_proxy; }
    /// The record id of the current row, 0 when none.
    qint64 currentId() const;
    /// Makes the row of record \a id current (after a reload).
    void selectId(qint64 id);
    /// Adds a button to the bar above the table, before the trailing ones.
    void addToolbarWidget(QWidget *w);
    /// A button that stays last on the bar (and in the Tab order) whatever is added later:
    /// the destructive one ("Xóa đảng viên…") after "Thêm", "Sửa".
    void addTrailingToolbarWidget(QWidget *w);

protected:
    /// Puts \a panel to the right of the table (a side panel of details or a preview).
    void placeBesideTable(QWidget *panel);
    /// After the first fill: the column widths and sort order the user left, or widths that
    /// fit the contents.
    void fitColumns();
    void saveColumns();
    QString columnsKey() const;
    RecordTableModel *m_model;
    VietFilterProxy *m_proxy;
    QTableView *m_view;
    QLineEdit *m_filter;
    QWidget *m_bar;
    QList<QWidget *> m_trailing;
    QHBoxLayout *m_tableRow; ///< the table and, when a page has one, its side panel
    bool m_columnsRestored = false;
};

class MembersPage : public RecordsPage
{
    Q_OBJECT
public:
    MembersPage(Prompts prompts, Committer commit, QWidget *parent = nullptr);
    void reload(const storage::Database &db, const QDate &today) override;
    /// Deletes the current member after confirmation; a member others depend on is explained,
    /// not deleted. Returns true when deleted.
    bool removeCurrent();
    /// Records a membership event for the selected member through the event dialog.
    bool addEvent();
    bool removeSelectedEvent();
    /// Sets the selected member's rating for \a year (undoable).
    bool setRating(int year, core::QualityRating level);
    QListWidget *eventList() const { return m_events; }
    QString details() const;

signals:
    void changed();

private:
    void showDetails();
    Prompts m_prompts;
    Committer m_commit;
    const storage::Database *m_db = nullptr;
    QDate m_today;
    QLabel *m_details;
    QListWidget *m_events;
    QComboBox *m_ratingPrev, *m_ratingThis;
    QLabel *m_ratingPrevLabel, *m_ratingThisLabel;
};

class TasksPage : public RecordsPage
{
    Q_OBJECT
public:
    explicit TasksPage(QWidget *parent = nullptr);
    void reload(const storage::Database &db, const QDate &today) override;
    enum Show { All, Overdue, DueThisMonth, MissingEvidence, Vague };
    void setShow(Show show);
    /// The tasks of one year (core::task_rules::belongsToYear), or of every year (0). A book
    /// opens on the current year.
    void setYear(int year);
    QComboBox *yearBox() const { return m_year; }

private:
    QComboBox *m_show, *m_year;
    const storage::Database *m_db = nullptr;
    QDate m_today;
};

class MeetingsPage : public RecordsPage
{
    Q_OBJECT
public:
    explicit MeetingsPage(QWidget *parent = nullptr);
    void reload(const storage::Database &db, const QDate &today) override;
};

/// Tổng quan: the year in figures, what is late, what lacks evidence.
/// Tasks done on time, late and still open for each month of a year, as stacked bars.
class MonthChart : public QWidget
{
    Q_OBJECT
public:
    explicit MonthChart(QWidget *parent = nullptr);
    void setBars(int year, const QList<storage::MonthBar> &bars);
    const QList<storage::MonthBar> &bars() const { return m_bars; }
    QSize sizeHint() const override { return {520, 220}; }

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    int m_year = 0;
    QList<storage::MonthBar> m_bars;
};

class OverviewPage : public QWidget
{
    Q_OBJECT
public:
    explicit OverviewPage(QWidget *parent = nullptr);
    void reload(const storage::Database &db, const QDate &today);
    QString text() const;
    MonthChart *chart() const { return m_chart; }
    /// One progress bar per shortcoming of last year's review: remedy tasks done with
    /// evidence out of all its remedy tasks.
    QList<QProgressBar *> remedyBars() const;
    /// "Việc cần làm" (core::reminders), without the ones dismissed for this book.
    QListWidget *todoList() const { return m_todo; }
    /// How many reminders the list shows (the dismissed ones left out).
    int pendingReminders() const;
    /// Hides the selected reminders for this book until their reason changes.
    void dismissSelected();
    /// Shows the dismissed reminders again.
    void showDismissed();

signals:
    /// A reminder was opened: the record it is about ("task", "member", "topic").
    void open(const QString &kind, qint64 id);
    /// A count was clicked: open the tasks filtered to it (a TasksPage::Show value).
    void showTasks(int show);
    /// A count of this month was clicked: the month page filtered (a MonthPage::Show value).
    void showMonth(int show);

private:
    void fillTodo();
    QLabel *m_text;
    MonthChart *m_chart;
    QWidget *m_remedies;
    QListWidget *m_todo;
    QList<core::Reminder> m_reminders;
    QString m_book; ///< the settings key of the open book's dismissed reminders
};

/// Báo cáo: choose a document, preview it (pages rendered by Poppler off the GUI thread),
/// save it, print it, issue it.
class ReportPage : public QWidget
{
    Q_OBJECT
public:
    ReportPage(Prompts prompts, Committer commit, QWidget *parent = nullptr);
    ~ReportPage() override;
    /// Another cell or another day: the choices start afresh (kind, year, date, number).
    void setDatabase(const storage::Database *db, const QDate &today);
    /// After an edit elsewhere: what "tự động" will take may have changed.
    void proposeNumber();
    void selectReport(const QString &kind, int year);
    /// A member's form (\a memberId 0: all members) of \a kind and \a year.
    void selectMemberReport(const QString &kind, int year, qint64 memberId);
    /// The monthly (or quarterly) summary of \a period ("2026-10", "2026-Q4").
    void selectPeriodReport(const QString &period, bool groupByMember);
    /// "tháng 10": the period field as shown; the member field; the signer field.
    QComboBox *periodField() const { return m_period; }
    QComboBox *memberField() const { return m_member; }
    QComboBox *signerField() const { return m_signer; }
    QDateEdit *fromField() const { return m_from; }
    QDateEdit *toField() const { return m_to; }
    /// Renders the chosen document and starts the page previews; false with a message shown
    /// when the records lack what the document needs.
    bool preview();
    int pageCount() const { return m_pages; }
    /// Number of page images ready so far.
    int renderedPages() const;
    QString status() const;
    /// What the number field shows ("tự động: 07-KH/CB").
    QString numberText() const;
    /// Saves the document; the file's extension (.pdf or .docx, the dialog offers both) says
    /// which. \a word: the dialog proposes a Word file.
    bool saveAs(bool word = false);
    /// Opens the file saved last with the system's program (Prompts::openFile).
    bool openSaved();
    QString lastSaved() const { return m_lastSaved; }
    bool issue();
    /// Edits the text sections of the chosen document for its year (undoable); the preview
    /// is redone.
    bool editProse();
    /// The register of documents received, this document's grounds and each kind's
    /// recipients (DocumentSettingsDialog); one undoable edit.
    bool editGroundsAndRecipients();
    void print();

signals:
    void pagesRendered(int count);
    /// Members' forms were marked printed: pages that show it are out of date.
    void recordsChanged();

private:
    void showPage(int index);
    void defaultYear();
    /// Shows the fields the chosen document needs.
    void kindChanged();
    struct Request;
    Request request() const;
    /// Notes the date a member's form (or all of them) was saved or printed.
    void markMemberFormsPrinted(const Request &r);
    Prompts m_prompts;
    Committer m_commit;
    const storage::Database *m_db = nullptr;
    QComboBox *m_kind;
    QSpinBox *m_year, *m_number;
    QCheckBox *m_newVersion;
    QDateEdit *m_date;
    QComboBox *m_period, *m_member, *m_signer, *m_group;
    QDateEdit *m_from, *m_to;
    QFormLayout *m_form;
    QComboBox *m_zoom;
    QLabel *m_status, *m_page;
    QListWidget *m_thumbs;
    QScrollArea *m_scroll;
    QPushButton *m_save, *m_print, *m_issue, *m_saveWord, *m_openSaved;
    QString m_lastSaved;
    QByteArray m_pdf;
    QList<QImage> m_images;
    int m_pages = 0;
    int m_generation = 0;
    QDate m_today = QDate::currentDate();
};

} // namespace sochibo::gui

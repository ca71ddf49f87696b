#include "MainWindow.h"

#include "core/Cell.h"
#include "core/Enums.h"
#include "core/Meeting.h"
#include "core/Member.h"
#include "core/Period.h"
#include "core/Task.h"
#include "reports/ReportBuilder.h"
#include "reports/Spreadsheet.h"
#include "sheets/SheetReader.h"
#include "storage/Progress.h"
#include "storage/StorageError.h"
#include <QAbstractItemView>
#include <QCoreApplication>
#include <QDialog>
#include <QFile>
#include <QImage>
#include <QWidget>

#include "demo/DemoData.h"
#include "evidence/Ingest.h"
#include "gui/app/CellDialog.h"
#include "gui/app/HistoryDialog.h"
#include "gui/app/Language.h"
#include "gui/app/RestoreDialog.h"
#include "gui/commitments/CommitmentsPage.h"
#include "gui/common/Committer.h"
#include "gui/common/FormParts.h"
#include "gui/common/Prompts.h"
#include "gui/common/RecordsPage.h"
#include "gui/common/SaveDocument.h"
#include "gui/evidence/AttachFiles.h"
#include "gui/evidence/CaptionDialog.h"
#include "gui/evidence/EvidencePage.h"
#include "gui/meetings/MeetingDialog.h"
#include "gui/meetings/MeetingsPage.h"
#include "gui/members/MemberDialog.h"
#include "gui/members/MemberImportDialog.h"
#include "gui/members/MembersPage.h"
#include "gui/month/MonthPage.h"
#include "gui/overview/OverviewPage.h"
#include "gui/reports/ReportPage.h"
#include "gui/review/ReviewPage.h"
#include "gui/search/SearchPage.h"
#include "gui/tasks/TaskDialog.h"
#include "gui/tasks/TasksPage.h"
#include "gui/topics/TopicsPage.h"
#include "reportdata/ReportService.h"
#include "reportdata/TableExport.h"
#include "sheets/MemberImport.h"
#include "storage/Backup.h"
#include "storage/CellRepository.h"
#include "storage/ChangeLog.h"
#include "storage/Database.h"
#include "storage/EvidenceStore.h"
#include "storage/Files.h"
#include "storage/MeetingRepository.h"
#include "storage/MemberRepository.h"
#include "storage/ReviewRepository.h"
#include "storage/TaskRepository.h"
#include "storage/Transaction.h"
#include "text/DocumentWording.h"
#include "text/Normalization.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QClipboard>
#include <QCloseEvent>
#include <QDateTime>
#include <QDesktopServices>
#include <QDir>
#include <QDropEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QKeySequence>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QProcess>
#include <QProgressDialog>
#include <QPushButton>
#include <QRegularExpression>
#include <QScreen>
#include <QSettings>
#include <QShortcut>
#include <QSignalBlocker>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTableView>
#include <QTableWidget>
#include <QThread>
#include <QTimer>
#include <QTreeWidget>
#include <QUndoCommand>
#include <QUndoStack>
#include <QUrl>
#include <QVBoxLayout>

namespace sochibo::gui {

using namespace sochibo::storage;

namespace {

Prompts withDefaults(Prompts p, QWidget *parent)
{
    if (!p.confirm)
        p.confirm = [parent](const QString &q) {
            return QMessageBox::question(parent, QObject::tr("Cell book"), q) == QMessageBox::Yes;
        };
    if (!p.inform)
        p.inform = [parent](const QString &m) {
            QMessageBox::information(parent, QObject::tr("Cell book"), m);
        };
    if (!p.saveFileName)
        p.saveFileName = [parent](const QString &suggested) {
            // The filters the suggested name's extension calls for, its own first; a name typed
            // without an extension takes the chosen filter's.
            const QString ext = suggested.section(QLatin1Char('.'), -1).toLower();
            const QString pdf = QObject::tr("PDF file (*.pdf)"),
                          word = QObject::tr("Word file (*.docx)");
            QString filters = ext == QLatin1String("db") ? QObject::tr("Cell book (*.db)")
                              : ext == QLatin1String("xlsx")
                                  ? QObject::tr("Excel workbook (*.xlsx)")
                              : ext == QLatin1String("docx") ? word + QStringLiteral(";;") + pdf
                                                             : pdf + QStringLiteral(";;") + word;
            QString chosen;
            QString path = QFileDialog::getSaveFileName(parent,
                                                        ext == QLatin1String("db")
                                                            ? QObject::tr("Create a cell book")
                                                            : QObject::tr("Save document"),
                                                        suggested, filters, &chosen);
            if (!path.isEmpty() && QFileInfo(path).suffix().isEmpty()) {
                const auto m = QRegularExpression(QStringLiteral("\\*(\\.[a-z]+)")).match(chosen);
                if (m.hasMatch())
                    path += m.captured(1);
            }
            return path;
        };
    if (!p.openFile)
        p.openFile = [](const QString &path) {
            return QDesktopServices::openUrl(QUrl::fromLocalFile(path));
        };
    if (!p.openFileNames)
        p.openFileNames = [parent] {
            return QFileDialog::getOpenFileNames(parent, QObject::tr("Choose evidence files"));
        };
    if (!p.openSpreadsheet)
        p.openSpreadsheet = [parent] {
            return QFileDialog::getOpenFileName(
                parent, QObject::tr("Import a member list"), QString(),
                QObject::tr("Spreadsheets (*.xlsx *.ods *.csv);;All files (*)"));
        };
    if (!p.askText)
        p.askText = [parent](const QString &question, const QString &current) {
            // Never a modal question where nobody can answer (offscreen: tests, screenshots).
            if (QGuiApplication::platformName() == QLatin1String("offscreen"))
                return QString();
            return QInputDialog::getText(parent, QObject::tr("Sổ chi bộ"), question,
                                         QLineEdit::Normal, current)
                .simplified();
        };
    if (!p.runDialog)
        p.runDialog = [](QDialog &d) {
            return d.exec() == QDialog::Accepted;
        };
    return p;
}

/// Lets a view's viewport take files dropped from the file manager: \a drop gets the point
/// and the data, and says whether it used them.
class FileDropFilter : public QObject
{
public:
    using Drop = std::function<bool(const QPoint &, const QMimeData *)>;
    FileDropFilter(QObject *parent, Drop drop) : QObject(parent), m_drop(std::move(drop)) {}

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        switch (event->type()) {
        case QEvent::DragEnter:
        case QEvent::DragMove: {
            auto *e = static_cast<QDropEvent *>(event);
            if (e->mimeData()->hasUrls() || e->mimeData()->hasImage()) {
                e->acceptProposedAction();
                return true;
            }
            return false;
        }
        case QEvent::Drop: {
            auto *e = static_cast<QDropEvent *>(event);
            if (m_drop(e->position().toPoint(), e->mimeData())) {
                e->acceptProposedAction();
                return true;
            }
            return false;
        }
        default:
            return QObject::eventFilter(watched, event);
        }
    }

private:
    Drop m_drop;
};

/// An edit already applied to the database: the first redo() does nothing.
class EditCommand : public QUndoCommand
{
public:
    EditCommand(const QString &text, std::function<void()> redo, std::function<void()> undo,
                std::function<void(const QString &)> fail)
        : QUndoCommand(text), m_redo(std::move(redo)), m_undo(std::move(undo)),
          m_fail(std::move(fail))
    {
    }
    void redo() override
    {
        if (m_applied)
            return;
        run(m_redo);
        m_applied = true;
    }
    void undo() override
    {
        run(m_undo);
        m_applied = false;
    }

private:
    void run(const std::function<void()> &f)
    {
        try {
            f();
        } catch (const StorageError &e) {
            setObsolete(true); // the records moved on: this step cannot be repeated
            m_fail(e.message());
        }
    }
    std::function<void()> m_redo, m_undo;
    std::function<void(const QString &)> m_fail;
    bool m_applied = true;
};

} // namespace

MainWindow::MainWindow(Prompts prompts, QWidget *parent)
    : QMainWindow(parent), m_prompts(withDefaults(std::move(prompts), this)),
      m_nav(new QListWidget(this)), m_stack(new QStackedWidget(this)),
      m_overview(new OverviewPage(this)), m_members(new MembersPage(m_prompts, committer(), this)),
      m_tasks(new TasksPage(this)), m_month(new MonthPage(m_prompts, committer(), this)),
      m_meetings(new MeetingsPage(this)), m_topics(new TopicsPage(m_prompts, committer(), this)),
      m_review(new ReviewPage(m_prompts, committer(), this)),
      m_commitments(new CommitmentsPage(m_prompts, committer(), this)),
      m_evidence(new EvidencePage(m_prompts, this)),
      m_reports(new ReportPage(m_prompts, committer(), this)), m_counts(new QLabel(this)),
      m_undo(new QUndoStack(this)), m_welcome(new QWidget(this))
{
    const QList<std::pair<QString, QWidget *>> pages = {{tr("Overview"), m_overview},
                                                        {tr("Members"), m_members},
                                                        {tr("Tasks"), m_tasks},
                                                        {tr("Monthly tracking"), m_month},
                                                        {tr("Meetings"), m_meetings},
                                                        {tr("Thematic topics"), m_topics},
                                                        {tr("Review & remedies"), m_review},
                                                        {tr("Commitments"), m_commitments},
                                                        {tr("Evidence"), m_evidence},
                                                        {tr("Reports"), m_reports}};
    m_nav->setObjectName(QStringLiteral("navigation"));
    for (const auto &[name, page] : pages) {
        m_nav->addItem(name);
        m_stack->addWidget(page);
    }
    {
        auto *layout = new QVBoxLayout(m_welcome);
        auto *title = new QLabel(tr("Welcome to Sổ chi bộ"), m_welcome);
        QFont f = title->font();
        f.setPointSizeF(f.pointSizeF() * 1.6);
        f.setBold(true);
        title->setFont(f);
        auto *text = new QLabel(tr("Sổ chi bộ keeps the records of members, tasks, meetings and "
                                   "reviews, and prints the cell's documents. To begin:"),
                                m_welcome);
        text->setWordWrap(true);
        auto *create = new QPushButton(tr("Create the cell's book…"), m_welcome);
        auto *demo = new QPushButton(tr("Open the demo cell (invented data)"), m_welcome);
        auto *open = new QPushButton(tr("Open an existing book…"), m_welcome);
        for (QPushButton *b : {create, demo, open})
            b->setMinimumHeight(40);
        create->setDefault(true);
        connect(create, &QPushButton::clicked, this, &MainWindow::createCell);
        connect(demo, &QPushButton::clicked, this, &MainWindow::openDemo);
        connect(open, &QPushButton::clicked, this, &MainWindow::openWithDialog);
        layout->addStretch();
        layout->addWidget(title);
        layout->addWidget(text);
        layout->addSpacing(12);
        for (QPushButton *b : {create, demo, open})
            layout->addWidget(b);
        layout->addStretch(2);
        m_stack->addWidget(m_welcome);
        m_stack->setCurrentWidget(m_welcome);
        m_nav->setEnabled(false);
    }
    QFont navFont = m_nav->font();
    navFont.setPointSizeF(navFont.pointSizeF() * 1.15);
    m_nav->setFont(navFont);
    m_nav->setFixedWidth(210);
    m_nav->setSpacing(3);
    auto *central = new QWidget(this);
    auto *outer = new QVBoxLayout(central);
    outer->setContentsMargins(4, 4, 4, 0);
    {
        // A band above the pages for what the user must not miss: read-only, permissions.
        m_bannerBox = new QWidget(central);
        m_bannerBox->setObjectName(QStringLiteral("banner"));
        m_bannerBox->setStyleSheet(QStringLiteral(
            "#banner { background: #fff3cd; border: 1px solid #e0c060; border-radius: 3px; }"));
        auto *band = new QHBoxLayout(m_bannerBox);
        band->setContentsMargins(8, 4, 8, 4);
        m_banner = new QLabel(m_bannerBox);
        m_banner->setWordWrap(true);
        m_fixPermissions = new QPushButton(tr("Make the book readable by me only"), m_bannerBox);
        connect(m_fixPermissions, &QPushButton::clicked, this, [this] {
            if (m_db && !Database::restrictPermissions(m_db->path()))
                m_prompts.inform(tr("Could not change the permissions of the book file."));
            updateBanner();
        });
        band->addWidget(m_banner, 1);
        band->addWidget(m_fixPermissions);
        m_bannerBox->hide();
        outer->addWidget(m_bannerBox);
    }
    // The search box over everything, above the navigation (Ctrl+F).
    m_searchBox = new QLineEdit(central);
    m_searchBox->setPlaceholderText(tr("Search the whole book… (Ctrl+F)"));
    m_searchBox->setClearButtonEnabled(true);
    m_searchBox->setFixedWidth(m_nav->width());
    m_searchBox->setToolTip(
        tr("Find members, tasks, monthly reports, minutes and conclusions, topics, shortcomings, "
           "commitments and the text of PDF evidence. Diacritics are optional."));
    m_search = new SearchPage(this);
    m_stack->addWidget(m_search);
    m_searchDelay = new QTimer(this);
    m_searchDelay->setSingleShot(true);
    m_searchDelay->setInterval(150); // search when the typing pauses
    connect(m_searchBox, &QLineEdit::textEdited, m_searchDelay, qOverload<>(&QTimer::start));
    connect(m_searchBox, &QLineEdit::textChanged, this, [this](const QString &t) {
        if (t.isEmpty()) // the clear button
            runSearch(QString());
    });
    connect(m_searchDelay, &QTimer::timeout, this, [this] { runSearch(m_searchBox->text()); });
    connect(m_searchBox, &QLineEdit::returnPressed, this, [this] {
        m_searchDelay->stop();
        runSearch(m_searchBox->text());
        m_search->tree()->setFocus();
    });
    connect(m_search, &SearchPage::open, this, &MainWindow::openRecord);
    auto *left = new QVBoxLayout;
    left->addWidget(m_searchBox);
    left->addWidget(m_nav, 1);
    auto *layout = new QHBoxLayout;
    layout->addLayout(left);
    layout->addWidget(m_stack, 1);
    outer->addLayout(layout, 1);
    setCentralWidget(central);
    // Once a day while the program is in use (the check is cheap: nothing is written when a
    // backup of today exists or nothing changed).
    m_dailyBackup = new QTimer(this);
    m_dailyBackup->setInterval(30 * 60 * 1000);
    connect(m_dailyBackup, &QTimer::timeout, this,
            [this] { backupInBackground(storage::BackupReason::Daily); });
    statusBar()->addPermanentWidget(m_counts);
    connect(m_nav, &QListWidget::currentRowChanged, m_stack, &QStackedWidget::setCurrentIndex);
    connect(m_members, &MembersPage::changed, this, &MainWindow::refresh);
    connect(m_evidence, &EvidencePage::changed, this, &MainWindow::refresh);
    connect(m_overview, &OverviewPage::open, this, &MainWindow::openRecord);
    connect(m_overview, &OverviewPage::showTasks, this, [this](int show) {
        showPage(Tasks);
        m_tasks->setShow(TasksPage::Show(show));
    });
    connect(m_overview, &OverviewPage::showMonth, this, [this](int show) {
        showPage(Month);
        m_month->setPeriod(m_today.toString(QStringLiteral("yyyy-MM")));
        m_month->setShow(MonthPage::Show(show));
    });
    connect(m_month, &MonthPage::editTask, this, [this](qint64 id) {
        showPage(Tasks);
        m_tasks->setShow(TasksPage::All);
        m_tasks->selectId(id);
        if (m_tasks->currentId() == id)
            editCurrentTask();
    });
    connect(m_month, &MonthPage::taskFromConclusion, this, &MainWindow::addTaskFromConclusion);
    connect(m_month, &MonthPage::printSummary, this, [this](const QString &period, bool byMember) {
        showPage(Reports);
        m_reports->selectPeriodReport(period, byMember);
        m_reports->preview();
    });
    connect(m_reports, &ReportPage::recordsChanged, this, &MainWindow::refresh);
    connect(m_review, &ReviewPage::printRequested, this,
            [this](const QString &kind, int year, qint64 memberId) {
                showPage(Reports);
                m_reports->selectMemberReport(kind, year, memberId);
                m_reports->preview();
            });
    buildMenus();
    // Tab: search, navigation, then the page in view in reading order (hidden pages skipped).
    orderTabsByLayout(centralWidget());
    setWindowTitle(QString()); // the platform shows the program's name
    QSettings settings;
    if (!restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray())) {
        // 1200×760, or what the screen has room for with its frame and status bar (a 1366×768
        // laptop's screen loses its panel's height)
        QSize size(1200, 760);
        if (const QScreen *screen = QGuiApplication::primaryScreen())
            size = size.boundedTo(screen->availableGeometry().size() - QSize(16, 48));
        resize(size);
    }
}

MainWindow::~MainWindow()
{
    waitForBackups();
}

void MainWindow::buildMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *open = file->addAction(tr("&Open a cell book…"), this, &MainWindow::openWithDialog);
    open->setShortcut(QKeySequence::Open);
    file->addAction(tr("&New book for a cell…"), this, &MainWindow::createCell);
    file->addAction(tr("Open the demo cell"), this, &MainWindow::openDemo);
    file->addAction(tr("Cell &details and document style…"), this, &MainWindow::editCell);
    file->addAction(tr("&Grounds and recipients of documents…"), this,
                    [this] { m_reports->editGroundsAndRecipients(); });
    QMenu *recent = file->addMenu(tr("Open &recent"));
    connect(recent, &QMenu::aboutToShow, this, [this, recent] {
        recent->clear();
        const QStringList files = QSettings().value(QStringLiteral("recentFiles")).toStringList();
        for (const QString &f : files)
            recent->addAction(f, this, [this, f] {
                if (!openDatabase(f))
                    m_prompts.inform(m_lastError);
            });
        if (files.isEmpty())
            recent->addAction(tr("(none yet)"))->setEnabled(false);
    });
    file->addSeparator();
    QAction *backup = file->addAction(tr("&Back up now…"), this, &MainWindow::backupNow);
    backup->setShortcut(QKeySequence(tr("Ctrl+B")));
    file->addAction(tr("&Restore from a backup…"), this, &MainWindow::restoreFromBackup);
    file->addAction(tr("Automatic backup folder…"), this, &MainWindow::chooseBackupFolder);
    file->addSeparator();
    file->addAction(tr("&Import a member list (Excel, LibreOffice, CSV)…"), this,
                    &MainWindow::importMembers);
    QAction *excel =
        file->addAction(tr("E&xport this table to Excel…"), this, &MainWindow::exportCurrentTable);
    excel->setShortcut(QKeySequence(tr("Ctrl+E")));
    file->addSeparator();
    file->addAction(tr("&Verify the book and its evidence"), this, &MainWindow::verifyAll);
    file->addAction(tr("Evidence file size limit…"), this, [this] {
        bool ok = false;
        const int mb =
            QInputDialog::getInt(this, tr("Evidence file size limit"),
                                 tr("Evidence files larger than this are refused (MB):"),
                                 int(evidenceSizeLimit() / (1024 * 1024)), 1, 2000, 10, &ok);
        if (ok)
            setEvidenceSizeLimitMegabytes(mb);
    });
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    QAction *undo = m_undo->createUndoAction(this, tr("&Undo"));
    undo->setShortcut(QKeySequence::Undo);
    QAction *redo = m_undo->createRedoAction(this, tr("&Redo"));
    redo->setShortcuts({QKeySequence::Redo, QKeySequence(Qt::CTRL | Qt::Key_Y)});
    edit->addAction(undo);
    edit->addAction(redo);
    edit->addSeparator();
    edit->addAction(tr("Your &name in the history…"), this, &MainWindow::changeUserName);
    edit->addSeparator();
    QAction *add = edit->addAction(tr("&Add…"), this, [this] {
        if (m_stack->currentWidget() == m_tasks)
            addTask();
        else if (m_stack->currentWidget() == m_meetings)
            addMeeting();
        else
            addMember();
    });
    add->setShortcut(QKeySequence::New);
    add->setToolTip(tr("Add a member (Members page) or assign a task (Tasks page)."));
    QAction *attach =
        edit->addAction(tr("Attach &evidence…"), this, &MainWindow::attachToCurrentRecord);
    attach->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_A));
    attach->setToolTip(
        tr("Attach files to the selected item: task, meeting, commitment or shortcoming (you can "
           "also drop files on a row or paste them with Ctrl+V)."));
    QAction *history = edit->addAction(tr("Change &history…"), this, &MainWindow::showHistory);
    history->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_H));
    history->setToolTip(tr("Who created, edited or deleted the selected item, and when."));

    QMenu *go = menuBar()->addMenu(tr("&View"));
    for (int i = 0; i < m_nav->count(); ++i) {
        QAction *a = go->addAction(m_nav->item(i)->text(), this, [this, i] { showPage(Page(i)); });
        // Ctrl+1 … Ctrl+9, then Ctrl+0 for the tenth page
        a->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(i < 9 ? Qt::Key_1 + i : Qt::Key_0)));
    }
    go->addSeparator();
    QAction *reload = go->addAction(tr("&Reload"), this, &MainWindow::refresh);
    reload->setShortcut(QKeySequence::Refresh);
    // The language menu names each language in itself, so either can find its way back.
    QMenu *languages = go->addMenu(tr("&Language / Ngôn ngữ"));
    auto *languageGroup = new QActionGroup(this);
    for (const QString &code : availableLanguages()) {
        QAction *a =
            languages->addAction(languageName(code), this, [this, code] { chooseLanguage(code); });
        a->setCheckable(true);
        a->setChecked(code == savedLanguage());
        a->setData(code);
        languageGroup->addAction(a);
    }

    // Ctrl+F: the search over the whole cell; Ctrl+L: the filter box of the page in view; Del:
    // delete the selected member.
    QMenu *help = menuBar()->addMenu(tr("&Help"));
    QAction *guide = help->addAction(tr("&Quick guide"), this, [this] {
        m_prompts.inform(
            tr("Sổ chi bộ — quick guide\n\n• Members: add (Ctrl+N), edit (Enter or double-click), "
               "record transfers, retirement and discipline in the right-hand panel; ratings per "
               "year.\n• Tasks: assign work with a clear owner, deadline and product; the ⚠ mark "
               "tells what is missing. Monthly reports are written in the task editor.\n• Monthly "
               "tracking: every task of the month (or quarter) with its reports, evidence, "
               "comments and the flags overdue, due soon, missing evidence, not reported; Enter "
               "records a monthly report from a member's paper; at the bottom, what carries over "
               "to the next period.\n• Meetings: attendance, conclusions, turning conclusions into "
               "tasks.\n• Review & remedies: self-assessment points, shortcomings, targets, "
               "inspections and supervisions, new members of the year.\n• Reports: choose the "
               "document and year, edit the text, preview, save as PDF, print, issue.\n\nEvery "
               "change is saved at once; Ctrl+Z undoes. Ctrl+F searches the whole book, including "
               "the text of PDF files; Ctrl+L filters the table in view (diacritics optional). "
               "Back up daily (File ▸ Back up now, Ctrl+B)."));
    });
    guide->setShortcut(QKeySequence::HelpContents);
    help->addAction(tr("&About"), this, [this] {
        m_prompts.inform(
            tr("Sổ chi bộ %1\nRecords and documents of a Party cell.\n\nLicence GPL-3.0-or-later. "
               "Font SoChiBo Serif (from Liberation Serif) under the SIL Open Font License 1.1.")
                .arg(QStringLiteral(SOCHIBO_VERSION)));
    });

    auto *find = new QShortcut(QKeySequence::Find, this);
    connect(find, &QShortcut::activated, this, [this] {
        m_searchBox->setFocus(Qt::ShortcutFocusReason);
        m_searchBox->selectAll();
    });
    auto *filter = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_L), this);
    connect(filter, &QShortcut::activated, this, [this] {
        if (auto *page = qobject_cast<RecordsPage *>(m_stack->currentWidget()))
            page->focusFilter();
    });
    auto *back = new QShortcut(QKeySequence(Qt::Key_Escape), m_search);
    back->setContext(Qt::WidgetWithChildrenShortcut);
    connect(back, &QShortcut::activated, this, [this] {
        m_searchBox->clear();
        runSearch(QString());
    });
    auto *del = new QShortcut(QKeySequence::Delete, m_members->view());
    del->setContext(Qt::WidgetShortcut);
    connect(del, &QShortcut::activated, m_members, &MembersPage::removeCurrent);
    const auto button = [this](RecordsPage *page, const QString &text, auto slot) {
        auto *b = new QPushButton(text, page);
        connect(b, &QPushButton::clicked, this, slot);
        page->addToolbarWidget(b);
    };
    button(m_members, tr("Add member… (Ctrl+N)"), &MainWindow::addMember);
    button(m_members, tr("Edit…"), &MainWindow::editCurrentMember);
    button(m_members, tr("Import a list…"), &MainWindow::importMembers);
    button(m_tasks, tr("Assign task… (Ctrl+N)"), &MainWindow::addTask);
    button(m_tasks, tr("Edit…"), &MainWindow::editCurrentTask);
    button(m_tasks, tr("Attach evidence…"), &MainWindow::attachToCurrentTask);
    button(m_meetings, tr("Add meeting…"), &MainWindow::addMeeting);
    button(m_meetings, tr("Attendance, conclusions…"), &MainWindow::editCurrentMeeting);
    button(m_meetings, tr("Print minutes…"), &MainWindow::printMinutes);
    // Every records page: its table as a spreadsheet (File ▸ Export this table, Ctrl+E).
    for (RecordsPage *page :
         {static_cast<RecordsPage *>(m_members), static_cast<RecordsPage *>(m_tasks),
          static_cast<RecordsPage *>(m_meetings), static_cast<RecordsPage *>(m_evidence)})
        button(page, tr("Export to Excel…"), &MainWindow::exportCurrentTable);
    connect(m_month, &MonthPage::exportRequested, this, &MainWindow::exportCurrentTable);
    connect(m_review, &ReviewPage::exportRequested, this, &MainWindow::exportCurrentTable);
    // Files dropped on a task or a meeting, or pasted (Ctrl+V: copied files, a screenshot, a
    // phone photo) become its evidence.
    const auto acceptFiles = [this](QTableView *view, auto targetFor) {
        view->viewport()->setAcceptDrops(true);
        view->viewport()->installEventFilter(new FileDropFilter(
            view->viewport(), [this, view, targetFor](const QPoint &at, const QMimeData *data) {
                const QModelIndex index = view->indexAt(at);
                if (!index.isValid())
                    return false;
                view->setCurrentIndex(index);
                pasteEvidence(targetFor(), data);
                return true;
            }));
        auto *paste = new QShortcut(QKeySequence::Paste, view);
        paste->setContext(Qt::WidgetShortcut);
        connect(paste, &QShortcut::activated, this, [this, view, targetFor] {
            if (!view->currentIndex().isValid()) {
                m_prompts.inform(tr("Select a row to paste the evidence into."));
                return;
            }
            pasteEvidence(targetFor(), QGuiApplication::clipboard()->mimeData());
        });
    };
    acceptFiles(m_tasks->view(), [this] {
        storage::EvidenceTarget t;
        t.taskId = m_tasks->currentId();
        return t;
    });
    acceptFiles(m_meetings->view(), [this] {
        storage::EvidenceTarget t;
        t.meetingId = m_meetings->currentId();
        return t;
    });
    acceptFiles(m_commitments->table(), [this] {
        storage::EvidenceTarget t;
        t.commitmentId = m_commitments->currentCommitmentId();
        return t;
    });
    acceptFiles(m_review->shortcomingsTable(), [this] {
        storage::EvidenceTarget t;
        t.shortcomingId = m_review->currentShortcomingId();
        return t;
    });
    // Enter or a double click opens the row for editing.
    connect(m_members->view(), &QAbstractItemView::activated, this, &MainWindow::editCurrentMember);
    connect(m_tasks->view(), &QAbstractItemView::activated, this, &MainWindow::editCurrentTask);
    connect(m_meetings->view(), &QAbstractItemView::activated, this,
            &MainWindow::editCurrentMeeting);
    auto *print = new QShortcut(QKeySequence::Print, this);
    connect(print, &QShortcut::activated, this, [this] {
        showPage(Reports);
        if (m_reports->pageCount() > 0 || m_reports->preview())
            m_reports->print();
    });
}

void MainWindow::showPage(Page page)
{
    if (!m_db)
        return; // the welcome page stays until a cell is open
    m_nav->setCurrentRow(page);
    m_stack->setCurrentIndex(page);
}

bool MainWindow::isWelcomeShown() const
{
    return m_stack->currentWidget() == m_welcome;
}

void MainWindow::rememberRecent(const QString &path)
{
    QSettings settings;
    QStringList files = settings.value(QStringLiteral("recentFiles")).toStringList();
    files.removeAll(path);
    files.prepend(path);
    settings.setValue(QStringLiteral("recentFiles"), QStringList(files.mid(0, 6)));
}

bool MainWindow::editCell()
{
    if (!m_db || !writable())
        return false;
    const core::Cell before = CellRepository(*m_db).cell();
    CellDialog dialog(before, this);
    if (!m_prompts.runDialog(dialog))
        return false;
    const core::Cell after = dialog.cell();
    if (after == before)
        return false;
    return commit(
        tr("Change the cell's details"), [this, after] { CellRepository(*m_db).saveCell(after); },
        [this, before] { CellRepository(*m_db).saveCell(before); });
}

bool MainWindow::createCell()
{
    const std::unique_ptr<CellDialog> form = CellDialog::forNewCell(m_today, this);
    CellDialog &dialog = *form;
    if (!m_prompts.runDialog(dialog))
        return false;
    const QString path = m_prompts.saveFileName(QStringLiteral("so-chi-bo.db"));
    if (path.isEmpty())
        return false;
    if (QFileInfo::exists(path)) {
        m_prompts.inform(tr("The file “%1” already exists. Choose a new name; an existing book is "
                            "never overwritten.")
                             .arg(path));
        return false;
    }
    try {
        const Database db = Database::open(path, Database::Mode::Create);
        db.setActor(dialog.secretary().isEmpty() ? tr("Secretary") : dialog.secretary());
        Transaction tx(db);
        CellRepository(db).saveCell(dialog.cell());
        // A new cell starts from a complete self-assessment form for this year.
        ReviewRepository(db).addDefaultCriteria(m_today.year());
        if (!dialog.secretary().isEmpty()) {
            core::Member secretary;
            secretary.fullName = dialog.secretary();
            secretary.role = core::Role::Secretary;
            MemberRepository(db).save(secretary);
        }
        tx.commit();
    } catch (const StorageError &e) {
        for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
            QFile::remove(path + suffix); // nothing half-made is left behind
        m_prompts.inform(e.message());
        return false;
    }
    return openDatabase(path);
}

bool MainWindow::openDemo()
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    QDir().mkpath(dir);
    const QString path = QDir(dir).filePath(QStringLiteral("demo.db"));
    if (!QFileInfo::exists(path)) {
        try {
            const Database db = Database::open(path, Database::Mode::Create);
            demo::writeDemo(db);
        } catch (const StorageError &e) {
            QFile::remove(path);
            m_prompts.inform(e.message());
            return false;
        }
    }
    if (!openDatabase(path)) {
        m_prompts.inform(m_lastError);
        return false;
    }
    return true;
}

void MainWindow::setToday(const QDate &today)
{
    m_today = today;
    if (m_db)
        m_reports->setDatabase(m_db.get(), m_today); // the document date follows the day
    refresh();
}

bool MainWindow::openDatabase(const QString &path)
{
    waitForBackups(); // a backup of the previous file finishes first
    m_readOnlyReason.clear();
    std::unique_ptr<Database> db;
    try {
        db = std::make_unique<Database>(Database::open(path, Database::Mode::OpenExisting));
    } catch (const StorageError &e) {
        m_lastError = e.message();
        try {
            db = recoverOpen(path, e);
        } catch (const StorageError &again) {
            m_lastError = again.message();
        }
        if (!db) {
            statusBar()->showMessage(m_lastError);
            return false;
        }
    }
    m_db = std::move(db);
    QSettings().setValue(QStringLiteral("lastDatabase"), QFileInfo(path).absoluteFilePath());
    rememberRecent(QFileInfo(path).absoluteFilePath());
    m_undo->clear(); // undo belongs to the file it was made in
    m_nav->setEnabled(true);
    const bool fromWelcome = m_stack->currentWidget() == m_welcome;
    // The platform adds the program's name (applicationDisplayName) after the file's.
    const QString file = QFileInfo(path).absoluteFilePath();
    setWindowTitle(m_db->isReadOnly() ? tr("%1 [read-only]").arg(file) : file);
    m_reports->setDatabase(m_db.get(), m_today);
    m_search->setDatabase(m_db.get());
    refresh();
    updateBanner();
    if (fromWelcome)
        showPage(Overview);
    // The notice on opening: what waits today, where to see it (dismissed reminders left out);
    // a message about the opening itself (a restore, a recovery) is not covered by it.
    if (const int waiting = m_overview->pendingReminders();
        waiting > 0 && statusBar()->currentMessage().isEmpty())
        statusBar()->showMessage(
            tr("%n thing(s) to see to today: see “To do” on the Overview page.", "", waiting),
            30000);
    if (!m_db->isReadOnly()) {
        backupInBackground(storage::BackupReason::Open);
        ingestPendingInBackground();
        m_dailyBackup->start();
    } else {
        m_dailyBackup->stop();
    }
    return true;
}

std::unique_ptr<Database> MainWindow::recoverOpen(const QString &path, const StorageError &e)
{
    using K = StorageError::Kind;
    const auto readOnly = [&path] {
        return std::make_unique<Database>(Database::open(path, Database::Mode::ReadOnly));
    };
    switch (e.kind()) {
    case K::Locked:
        if (!m_prompts.confirm(e.message() + QStringLiteral("\n\n") +
                               tr("Open the book read-only to view it?")))
            return nullptr;
        m_readOnlyReason = tr("the book is open for writing elsewhere");
        return readOnly();
    case K::ReadOnly:
        m_readOnlyReason = Database::writeBlocker(path);
        if (m_readOnlyReason.isEmpty())
            m_readOnlyReason = e.message();
        return readOnly();
    case K::Damaged:
    case K::NotDatabase:
    case K::NewerSchema: {
        const QList<storage::BackupInfo> backups =
            storage::listBackups(storage::backupsDirFor(path), QFileInfo(path).completeBaseName());
        const auto good = std::find_if(backups.begin(), backups.end(),
                                       [](const storage::BackupInfo &b) { return b.readable; });
        if (good == backups.end())
            return nullptr;
        if (!m_prompts.confirm(
                e.message() + QStringLiteral("\n\n") +
                tr("There is a backup from %1 (%2). Restore the book from this backup? The current "
                   "file is kept next to it, not deleted.")
                    .arg(good->at.toString(QStringLiteral("HH:mm dd/MM/yyyy")), good->summary())))
            return nullptr;
        const storage::RestoreResult r = storage::restoreBackup(path, good->path);
        statusBar()->showMessage(
            tr("The book was restored from a backup; the old file is kept as “%1”.")
                .arg(r.safetyCopy),
            20000);
        return std::make_unique<Database>(Database::open(path, Database::Mode::OpenExisting));
    }
    default:
        return nullptr;
    }
}

bool MainWindow::writable()
{
    if (!isReadOnly())
        return true;
    m_prompts.inform(tr("The book is open read-only (%1): changes are not saved.")
                         .arg(m_readOnlyReason.isEmpty() ? tr("read-only") : m_readOnlyReason));
    return false;
}

void MainWindow::runSearch(const QString &query)
{
    if (!m_db)
        return;
    if (query.trimmed().isEmpty()) {
        m_search->search(QString());
        if (m_stack->currentWidget() == m_search) {
            const int back = m_stack->indexOf(m_beforeSearch ? m_beforeSearch : m_overview);
            if (back >= 0 && back < m_nav->count())
                showPage(Page(back));
            else
                m_stack->setCurrentIndex(back);
        }
        return;
    }
    if (m_stack->currentWidget() != m_search)
        m_beforeSearch = m_stack->currentWidget();
    m_search->search(query);
    m_stack->setCurrentWidget(m_search);
    const QSignalBlocker quiet(m_nav); // no page of the list is in view now
    m_nav->setCurrentRow(-1);
}

bool MainWindow::isSearchShown() const
{
    return m_stack->currentWidget() == m_search;
}

bool MainWindow::openRecord(const QString &kind, qint64 id)
{
    if (!m_db)
        return false;
    const auto select = [this](Page page, RecordsPage *records, qint64 id) {
        showPage(page);
        records->selectId(id);
        return records->currentId() == id;
    };
    if (kind == QLatin1String("member"))
        return select(Members, m_members, id);
    if (kind == QLatin1String("task") || kind == QLatin1String("progress")) {
        m_tasks->setShow(TasksPage::All);
        return select(Tasks, m_tasks, id);
    }
    if (kind == QLatin1String("meeting"))
        return select(Meetings, m_meetings, id);
    if (kind == QLatin1String("evidence"))
        return select(Evidence, m_evidence, id);
    if (kind == QLatin1String("topic")) {
        showPage(Topics);
        return m_topics->selectTopic(id);
    }
    if (kind == QLatin1String("shortcoming")) {
        showPage(Review);
        return m_review->selectShortcoming(id);
    }
    if (kind == QLatin1String("commitment")) {
        showPage(Commitments);
        return m_commitments->selectCommitment(id);
    }
    return false;
}

bool MainWindow::isReadOnly() const
{
    return m_db && m_db->isReadOnly();
}

QString MainWindow::bannerText() const
{
    return m_bannerBox->isHidden() ? QString() : m_banner->text();
}

void MainWindow::updateBanner()
{
    QString text;
    bool permissions = false;
    if (isReadOnly()) {
        text =
            tr("The book is open READ-ONLY: %1. You can view and print; every change is refused.")
                .arg(m_readOnlyReason.isEmpty() ? tr("read-only") : m_readOnlyReason);
    } else if (m_db && Database::othersCanRead(m_db->path())) {
        text = tr("Other users of this computer can read the book file, which holds members' "
                  "personal records.");
        permissions = true;
    }
    m_banner->setText(text);
    m_fixPermissions->setVisible(permissions);
    m_bannerBox->setVisible(!text.isEmpty());
}

void MainWindow::refresh()
{
    if (!m_db)
        return;
    // The row the user was on stays selected after an edit (to print the meeting's minutes
    // just recorded, to attach to the task just changed).
    const QList<std::pair<RecordsPage *, qint64>> selected = {
        {m_members, m_members->currentId()},
        {m_tasks, m_tasks->currentId()},
        {m_meetings, m_meetings->currentId()}};
    try {
        m_overview->reload(*m_db, m_today);
        m_members->reload(*m_db, m_today);
        m_tasks->reload(*m_db, m_today);
        m_month->reload(*m_db, m_today);
        m_meetings->reload(*m_db, m_today);
        for (const auto &[page, id] : selected)
            if (id != 0 && page->currentId() != id)
                page->selectId(id);
        m_topics->reload(*m_db, m_today);
        m_review->reload(*m_db, m_today);
        m_commitments->reload(*m_db, m_today);
        m_evidence->reload(*m_db, m_today);
        m_reports->proposeNumber();
    } catch (const StorageError &e) {
        m_lastError = e.message();
        m_prompts.inform(e.message());
        return;
    }
    const MemberRepository members(*m_db);
    TaskFilter overdue;
    overdue.overdueOnly = true;
    overdue.today = m_today;
    m_counts->setText(tr("Year %1 · %2 members · %3 tasks overdue")
                          .arg(m_today.year())
                          .arg(members.membersOn(m_today).size())
                          .arg(TaskRepository(*m_db).list(overdue).size()));
}

void MainWindow::openWithDialog()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Open a cell book"), QString(),
                                                      tr("Cell book (*.db);;All files (*)"));
    if (!path.isEmpty() && !openDatabase(path))
        m_prompts.inform(m_lastError);
}

namespace {

/// Runs \a work on a connection of its own in a worker thread; \a done gets its message on
/// the GUI thread (\a failed when it threw).
QThread *startWorker(QObject *context, const QString &dbPath,
                     std::function<QString(const Database &)> work,
                     std::function<void(bool failed, const QString &message)> done)
{
    auto outcome = std::make_shared<QString>();
    auto failed = std::make_shared<bool>(false);
    QThread *worker = QThread::create([dbPath, work, outcome, failed] {
        try {
            const Database db = Database::open(dbPath, Database::Mode::ReadOnly);
            *outcome = work(db);
        } catch (const StorageError &e) {
            *failed = true;
            *outcome = e.message();
        }
    });
    QObject::connect(worker, &QThread::finished, context, [worker, outcome, failed, done] {
        worker->deleteLater();
        done(*failed, *outcome);
    });
    worker->start();
    return worker;
}

} // namespace

void MainWindow::backupNow()
{
    if (!m_db)
        return;
    const QString suggested = QFileInfo(m_db->path()).completeBaseName() +
                              m_today.toString(QStringLiteral("-yyyyMMdd")) + QStringLiteral(".db");
    const QString dest = m_prompts.saveFileName(suggested);
    if (dest.isEmpty() || !acceptOutputPath(m_prompts, dest, m_db->path(), true))
        return;
    // The copy runs in a worker thread on its own read-only connection (SQLite's online backup
    // is safe beside this window's connection); the window stays responsive meanwhile.
    auto *progress =
        new QProgressDialog(tr("Backing up the book and its evidence…"), QString(), 0, 0, this);
    progress->setWindowModality(Qt::WindowModal);
    progress->setMinimumDuration(300);
    m_backups << startWorker(
        this, m_db->path(),
        [dest](const Database &db) {
            const BackupResult r = backupDatabase(db, dest);
            return QObject::tr("Backed up to “%1” (%2 new evidence files).")
                .arg(r.path)
                .arg(r.evidenceCopied);
        },
        [this, progress](bool failed, const QString &message) {
            progress->deleteLater();
            if (failed)
                m_prompts.inform(message);
            else
                statusBar()->showMessage(message, 10000);
        });
}

void MainWindow::backupInBackground(storage::BackupReason reason)
{
    if (!m_db || m_db->isReadOnly())
        return;
    m_backups.removeAll(QPointer<QThread>());
    m_backups << startWorker(
        this, m_db->path(),
        [reason](const Database &db) { return storage::automaticBackup(db, reason); },
        [this](bool failed, const QString &message) {
            if (failed) // not modal: the user's work goes on, but is told
                statusBar()->showMessage(tr("Automatic backup failed: %1").arg(message), 30000);
            else if (!message.isEmpty())
                statusBar()->showMessage(tr("The book was backed up automatically (%1).")
                                             .arg(QFileInfo(message).fileName()),
                                         8000);
        });
}

void MainWindow::ingestPendingInBackground()
{
    if (!m_db || m_db->isReadOnly())
        return;
    using Facts = QList<std::pair<qint64, evidence::FileFacts>>;
    auto results = std::make_shared<Facts>();
    const QString path = m_db->path();
    m_backups << startWorker(
        this, path,
        [results](const Database &db) {
            const EvidenceStore store(db);
            const QList<std::pair<qint64, QString>> pending = store.uninspected();
            for (const auto &[id, sha] : pending)
                results->append({id, evidence::inspectBytes(store.read(sha))});
            return QString();
        },
        [this, results, path](bool failed, const QString &) {
            if (failed || results->isEmpty() || !m_db || m_db->path() != path || m_db->isReadOnly())
                return;
            try {
                Transaction tx(*m_db);
                for (const auto &[id, facts] : std::as_const(*results))
                    evidence::recordFacts(*m_db, id, facts);
                tx.commit();
            } catch (const StorageError &e) {
                statusBar()->showMessage(e.message(), 15000);
                return;
            }
            m_evidence->reload(*m_db, m_today);
        });
}

void MainWindow::waitForBackups()
{
    for (const QPointer<QThread> &t : std::as_const(m_backups)) {
        if (t && !t->isFinished())
            t->wait();
    }
    QCoreApplication::sendPostedEvents(this); // their "finished" reports, then forget them
    m_backups.clear();
}

void MainWindow::verifyAll()
{
    if (!m_db)
        return;
    auto *progress = new QProgressDialog(
        tr("Checking the book and recomputing the hash of every evidence file…"), QString(), 0, 0,
        this);
    progress->setWindowModality(Qt::WindowModal);
    progress->setMinimumDuration(300);
    m_backups << startWorker(
        this, m_db->path(),
        [](const Database &db) {
            const QStringList problems = checkBook(db);
            const qint64 files = EvidenceStore(db).distinctFiles();
            return problems.isEmpty()
                       ? QObject::tr("The book is intact; %1 evidence files match their hashes.")
                             .arg(files)
                       : QObject::tr("%1 problems found:\n%2")
                             .arg(problems.size())
                             .arg(problems.join(QLatin1Char('\n')));
        },
        [this, progress](bool, const QString &message) {
            progress->deleteLater();
            m_prompts.inform(message);
        });
}

void MainWindow::chooseBackupFolder()
{
    const QString current = m_db ? storage::backupsDirFor(m_db->path()) : QString();
    const QString folder = QFileDialog::getExistingDirectory(
        this, tr("Folder for automatic backups (for example a USB stick)"), current);
    if (folder.isEmpty())
        return;
    storage::setBackupFolderSetting(folder);
    statusBar()->showMessage(tr("Automatic backups now go to “%1”.").arg(folder), 10000);
}

bool MainWindow::restoreFromBackup()
{
    if (!m_db)
        return false;
    const QString path = m_db->path();
    const QString folder = storage::backupsDirFor(path);
    const QList<storage::BackupInfo> backups =
        storage::listBackups(folder, QFileInfo(path).completeBaseName());
    if (backups.isEmpty()) {
        m_prompts.inform(tr("There is no backup of this book in “%1” yet.").arg(folder));
        return false;
    }
    RestoreDialog dialog(backups, folder, this);
    if (!m_prompts.runDialog(dialog) || dialog.chosenPath().isEmpty())
        return false;
    const QString chosen = dialog.chosenPath();
    if (m_db->isReadOnly()) {
        m_prompts.inform(tr("The book is open read-only: cannot restore into this file."));
        return false;
    }
    waitForBackups();
    m_db.reset(); // the file is replaced: this window lets go of it first
    try {
        const storage::RestoreResult r = storage::restoreBackup(path, chosen);
        statusBar()->showMessage(
            tr("Restored from “%1”. The book as it was before is kept as “%2”.")
                .arg(QFileInfo(chosen).fileName(), r.safetyCopy),
            20000);
    } catch (const StorageError &e) {
        m_prompts.inform(e.message());
    }
    return openDatabase(path);
}

std::pair<QString, qint64> MainWindow::currentRecord() const
{
    QWidget *page = m_stack->currentWidget();
    if (page == m_members)
        return {QStringLiteral("member"), m_members->currentId()};
    if (page == m_tasks)
        return {QStringLiteral("task"), m_tasks->currentId()};
    if (page == m_month)
        return {QStringLiteral("task"), m_month->currentTaskId()};
    if (page == m_meetings)
        return {QStringLiteral("meeting"), m_meetings->currentId()};
    if (page == m_evidence)
        return {QStringLiteral("evidence"), m_evidence->currentId()};
    if (page == m_topics)
        return {QStringLiteral("topic"), m_topics->currentTopicId()};
    if (page == m_review)
        return {QStringLiteral("shortcoming"), m_review->currentShortcomingId()};
    return {};
}

bool MainWindow::showHistory()
{
    if (!m_db)
        return false;
    const auto [table, id] = currentRecord();
    if (table.isEmpty() || id <= 0) {
        m_prompts.inform(tr("Select an item (member, task, meeting, topic, shortcoming or "
                            "evidence) to see its history."));
        return false;
    }
    QList<storage::ChangeEntry> entries = storage::recordHistory(*m_db, table, id);
    for (storage::ChangeEntry &e : entries)
        e.fields = storage::readableFields(*m_db, table, e);
    HistoryDialog dialog(tr("%1 no. %2").arg(storage::searchKindLabel(table)).arg(id), entries,
                         this);
    m_prompts.runDialog(dialog);
    return true;
}

QString MainWindow::userName()
{
    QString name = QSettings().value(QStringLiteral("user/name")).toString();
    if (name.isEmpty() && !m_askedName) {
        // Asked once, before the first change is recorded: the history names who made it.
        m_askedName = true;
        name = text::nfc(m_prompts.askText(
            tr("Your name, recorded in the change history with every change made on this "
               "computer (Edit ▸ Your name in the history… changes it):"),
            QString()));
        if (!name.isEmpty())
            QSettings().setValue(QStringLiteral("user/name"), name);
    }
    if (name.isEmpty()) // not given: this computer's account, never "(không rõ)"
        name = qEnvironmentVariable("USER", qEnvironmentVariable("USERNAME"));
    return name;
}

void MainWindow::changeUserName()
{
    const QString current = QSettings().value(QStringLiteral("user/name")).toString();
    const QString name = text::nfc(
        m_prompts.askText(tr("Your name, recorded in the change history with every change made "
                             "on this computer:"),
                          current));
    if (name.isEmpty() || name == current)
        return;
    QSettings().setValue(QStringLiteral("user/name"), name);
    m_askedName = true;
    if (m_db && !m_db->isReadOnly())
        m_db->setActor(name);
}

bool MainWindow::commit(const QString &text, std::function<void()> change,
                        std::function<void()> undo)
{
    if (!writable())
        return false;
    try {
        m_db->setActor(userName());
    } catch (const StorageError &e) {
        m_prompts.inform(e.message());
        return false;
    }
    try {
        change();
    } catch (const StorageError &e) {
        m_prompts.inform(e.message());
        return false;
    }
    const auto fail = [this](const QString &message) {
        m_prompts.inform(message);
        refresh();
    };
    auto refreshing = [this](std::function<void()> f) {
        return [this, f] {
            f();
            refresh();
        };
    };
    m_undo->push(new EditCommand(text, refreshing(change), refreshing(undo), fail));
    refresh();
    return true;
}

Committer MainWindow::committer()
{
    return [this](const QString &text, std::function<void()> change, std::function<void()> undo) {
        return commit(text, std::move(change), std::move(undo));
    };
}

bool MainWindow::addMember()
{
    if (!m_db || !writable())
        return false;
    showPage(Members);
    core::Member fresh;
    fresh.admittedOn = m_today;
    MemberDialog dialog(fresh, this);
    if (!m_prompts.runDialog(dialog))
        return false;
    const core::Member m = dialog.member();
    // The member and their entry into the cell (admission or transfer) as one step: the
    // figures count the member from that event (core::MembershipTimeline).
    return commitInsert(
        committer(), tr("Add member %1").arg(m.fullName), m,
        [this, entry = dialog.entryEvent()](const core::Member &row) {
            MemberRepository members(*m_db);
            const qint64 id = members.save(row);
            if (entry) {
                core::MembershipEvent e = *entry;
                e.memberId = id;
                members.saveEvent(e);
            }
            return id;
        },
        [this](qint64 id) { MemberRepository(*m_db).remove(id); });
}

bool MainWindow::importMembers()
{
    if (!m_db || !writable())
        return false;
    const QString path = m_prompts.openSpreadsheet();
    if (path.isEmpty())
        return false;
    const QString name = QFileInfo(path).fileName();
    sheets::Workbook book;
    try {
        book = sheets::readWorkbook(files::readRegular(path, 64LL * 1024 * 1024, true), name);
    } catch (const core::UserError &e) {
        m_prompts.inform(e.message());
        return false;
    }
    showPage(Members);
    MemberImportDialog dialog(book, name, MemberRepository(*m_db).list(true), m_today, this);
    if (!m_prompts.runDialog(dialog))
        return false;
    const QList<core::Member> members = dialog.membersToImport();
    if (members.isEmpty())
        return false;
    waitForBackups(); // one backup at a time into the folder and its evidence store
    try {
        storage::automaticBackup(*m_db, storage::BackupReason::Import);
    } catch (const StorageError &e) {
        if (!m_prompts.confirm(
                tr("The book could not be backed up before the import: %1\nImport anyway?")
                    .arg(e.message())))
            return false;
    }
    auto ids = std::make_shared<QList<qint64>>();
    const bool done = commit(
        tr("Import %n member(s) from %1", "", int(members.size())).arg(name),
        [this, members, ids] { *ids = MemberRepository(*m_db).addWithEvents(members); },
        [this, ids] {
            Transaction tx(*m_db);
            for (qint64 id : std::as_const(*ids))
                MemberRepository(*m_db).remove(id);
            tx.commit();
        });
    if (done)
        statusBar()->showMessage(tr("%n member(s) imported from “%1”; Ctrl+Z removes them again.",
                                    "", int(members.size()))
                                     .arg(name),
                                 15000);
    return done;
}

bool MainWindow::exportCurrentTable()
{
    if (!m_db)
        return false;
    namespace tables = reportdata::tables;
    QList<reports::Sheet> sheets;
    QString name;
    try {
        switch (Page(m_stack->currentIndex())) {
        case Overview:
            sheets = tables::figures(*m_db, m_today.year(), m_today);
            name = QStringLiteral("so-lieu-%1").arg(m_today.year());
            break;
        case Members:
            sheets = tables::members(*m_db);
            name = QStringLiteral("dang-vien");
            break;
        case Tasks:
            sheets = tables::tasks(*m_db, 0, m_today);
            name = QStringLiteral("nhiem-vu");
            break;
        case Month:
            if (const auto period = core::Period::parse(m_month->periodCode())) {
                sheets = tables::month(*m_db, *period, m_today);
                name = QStringLiteral("theo-doi-") + period->code;
            }
            break;
        case Review:
            sheets = tables::ratings(*m_db, m_review->year());
            name = QStringLiteral("xep-loai-%1").arg(m_review->year());
            break;
        case Meetings:
            sheets = {m_meetings->shownAsSheet(tr("Meetings"))};
            name = QStringLiteral("sinh-hoat");
            break;
        case Evidence:
            sheets = {m_evidence->shownAsSheet(tr("Evidence"))};
            name = QStringLiteral("minh-chung");
            break;
        default:
            break;
        }
    } catch (const StorageError &e) {
        m_prompts.inform(e.message());
        return false;
    }
    if (sheets.isEmpty()) {
        m_prompts.inform(tr("This page has no table to export. The members, tasks, monthly "
                            "tracking, meetings, evidence, review (ratings) and overview "
                            "(figures) pages do."));
        return false;
    }
    QString path = m_prompts.saveFileName(name + QStringLiteral(".xlsx"));
    if (path.isEmpty())
        return false;
    if (!path.endsWith(QLatin1String(".xlsx"), Qt::CaseInsensitive))
        path += QStringLiteral(".xlsx");
    if (!acceptOutputPath(m_prompts, path, m_db->path()))
        return false;
    try {
        tables::save(*m_db, sheets, path);
    } catch (const StorageError &e) {
        m_prompts.inform(e.message());
        return false;
    }
    statusBar()->showMessage(tr("Saved the spreadsheet “%1”.").arg(path), 8000);
    return true;
}

bool MainWindow::editCurrentMember()
{
    const qint64 id = m_members->currentId();
    if (!m_db || id == 0)
        return false;
    const auto before = MemberRepository(*m_db).find(id);
    if (!before)
        return false;
    MemberDialog dialog(*before, this);
    if (!m_prompts.runDialog(dialog))
        return false;
    const core::Member after = dialog.member();
    return commit(
        tr("Edit member %1").arg(after.fullName),
        [this, after] { MemberRepository(*m_db).save(after); },
        [this, b = *before] { MemberRepository(*m_db).save(b); });
}

namespace {
bool runTaskDialog(const Prompts &prompts, TaskDialog &dialog)
{
    return prompts.runDialog(dialog);
}
} // namespace

bool MainWindow::addTask()
{
    if (!m_db || !writable())
        return false;
    core::Task fresh;
    fresh.startOn = m_today;
    TaskDialog dialog(fresh, *m_db, m_today, this);
    if (!runTaskDialog(m_prompts, dialog))
        return false;
    showPage(Tasks);
    const core::Task t = dialog.task();
    return commitInsert(
        committer(), tr("Assign task %1").arg(t.title), t,
        [this](const core::Task &row) { return TaskRepository(*m_db).save(row); },
        [this](qint64 id) { TaskRepository(*m_db).remove(id); });
}

bool MainWindow::addTaskFromConclusion(qint64 conclusionId)
{
    if (!m_db || !writable())
        return false;
    core::Task fresh = MeetingRepository(*m_db).taskFromConclusion(conclusionId);
    TaskDialog dialog(fresh, *m_db, m_today, this);
    if (!runTaskDialog(m_prompts, dialog))
        return false;
    const core::Task t = dialog.task();
    return commitInsert(
        committer(), tr("Assign a task from a conclusion: %1").arg(t.title), t,
        [this](const core::Task &row) { return TaskRepository(*m_db).save(row); },
        [this](qint64 id) { TaskRepository(*m_db).remove(id); });
}

int MainWindow::attachToCurrentTask()
{
    const qint64 id = m_tasks->currentId();
    if (!m_db || id == 0) {
        m_prompts.inform(tr("Select a task to attach evidence to."));
        return 0;
    }
    if (!writable())
        return 0;
    storage::EvidenceTarget target;
    target.taskId = id;
    return attachTo(target, m_prompts.openFileNames());
}

int MainWindow::attachToCurrentRecord()
{
    if (!m_db)
        return 0;
    storage::EvidenceTarget target;
    QWidget *page = m_stack->currentWidget();
    if (page == m_tasks)
        target.taskId = m_tasks->currentId();
    else if (page == m_meetings)
        target.meetingId = m_meetings->currentId();
    else if (page == m_commitments)
        target.commitmentId = m_commitments->currentCommitmentId();
    else if (page == m_review)
        target.shortcomingId = m_review->currentShortcomingId();
    if (target.count() != 1) {
        m_prompts.inform(tr(
            "Select a task, a meeting, a written commitment or a shortcoming, then attach "
            "evidence. Monthly reports: attach in the report box on the Monthly tracking page."));
        return 0;
    }
    if (!writable())
        return 0;
    return attachTo(target, m_prompts.openFileNames());
}

int MainWindow::attachTo(const storage::EvidenceTarget &target, const QStringList &files)
{
    if (!m_db || files.isEmpty() || !writable())
        return 0;
    const int n = attachFiles(*m_db, target, files, m_prompts, m_today);
    refresh();
    if (target.taskId)
        m_tasks->selectId(target.taskId);
    if (target.meetingId)
        m_meetings->selectId(target.meetingId);
    statusBar()->showMessage(tr("%1 files attached.").arg(n), 6000);
    return n;
}

int MainWindow::pasteEvidence(const storage::EvidenceTarget &target, const QMimeData *data)
{
    if (!data)
        return 0;
    QStringList files;
    for (const QUrl &url : data->urls())
        if (url.isLocalFile())
            files << url.toLocalFile();
    if (files.isEmpty() && data->hasImage()) {
        // A screenshot or a phone photo copied to the clipboard: kept as a PNG file.
        const QImage image = qvariant_cast<QImage>(data->imageData());
        const QString dir = QDir(QStandardPaths::writableLocation(QStandardPaths::TempLocation))
                                .filePath(QStringLiteral("sochibo-paste"));
        QDir().mkpath(dir);
        const QString file = QDir(dir).filePath(
            QStringLiteral("anh-dan-%1.png")
                .arg(QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss"))));
        if (image.isNull() || !image.save(file, "PNG")) {
            m_prompts.inform(tr("Could not save the picture from the clipboard."));
            return 0;
        }
        files << file;
        const int n = attachTo(target, files);
        QFile::remove(file); // the store has its own copy now
        return n;
    }
    if (files.isEmpty()) {
        m_prompts.inform(tr("The clipboard holds no file or picture to attach."));
        return 0;
    }
    return attachTo(target, files);
}

bool MainWindow::editCurrentTask()
{
    const qint64 id = m_tasks->currentId();
    if (!m_db || id == 0)
        return false;
    const auto before = TaskRepository(*m_db).find(id);
    if (!before)
        return false;
    TaskDialog dialog(*before, *m_db, m_today, this);
    if (!runTaskDialog(m_prompts, dialog))
        return false;
    const core::Task after = dialog.task();
    const std::optional<core::ProgressReport> report = dialog.newReport();
    auto reportId = std::make_shared<qint64>(0);
    return commit(
        tr("Edit task %1").arg(after.title),
        [this, after, report, reportId] {
            Transaction tx(*m_db);
            TaskRepository tasks(*m_db);
            tasks.save(after);
            if (report) {
                core::ProgressReport row = *report;
                row.id = *reportId; // on redo: the same id again
                *reportId = tasks.saveReport(row);
            }
            tx.commit();
        },
        [this, b = *before, report, reportId] {
            Transaction tx(*m_db);
            TaskRepository tasks(*m_db);
            if (report)
                tasks.removeReport(*reportId);
            tasks.save(b);
            tx.commit();
        });
}

bool MainWindow::addMeeting()
{
    if (!m_db || !writable())
        return false;
    core::Meeting fresh;
    fresh.heldOn = m_today;
    fresh.startTime = QStringLiteral("14:00");
    const MemberRepository members(*m_db);
    for (qint64 id : members.membersOn(m_today))
        fresh.attendance << core::Attendance{id, core::AttendanceStatus::Present};
    for (const core::Member &m : members.list()) {
        if (m.role == core::Role::Secretary)
            fresh.chairId = m.id;
        if (m.role == core::Role::DeputySecretary)
            fresh.secretaryId = m.id;
    }
    MeetingDialog dialog(fresh, *m_db, this);
    if (!m_prompts.runDialog(dialog))
        return false;
    showPage(Meetings);
    const core::Meeting made = dialog.meeting();
    auto id = std::make_shared<qint64>(0);
    if (!commitInsert(
            committer(), tr("Add meeting %1").arg(text::shortDate(made.heldOn)), made,
            [this, id](const core::Meeting &row) {
                return *id = MeetingRepository(*m_db).save(row);
            },
            [this](qint64 meetingId) { MeetingRepository(*m_db).remove(meetingId); }))
        return false;
    continueWithTask(*id, dialog.taskRequestedFor());
    return true;
}

void MainWindow::continueWithTask(qint64 meetingId, int conclusionRow)
{
    if (conclusionRow < 0)
        return;
    m_meetings->selectId(meetingId);
    const auto saved = MeetingRepository(*m_db).find(meetingId);
    if (saved && conclusionRow < saved->conclusions.size())
        addTaskFromConclusion(saved->conclusions.at(conclusionRow).id);
}

bool MainWindow::editCurrentMeeting()
{
    const qint64 id = m_meetings->currentId();
    if (!m_db || id == 0)
        return false;
    const auto before = MeetingRepository(*m_db).find(id);
    if (!before)
        return false;
    MeetingDialog dialog(*before, *m_db, this);
    connect(&dialog, &MeetingDialog::taskFromConclusion, this, &MainWindow::addTaskFromConclusion);
    if (!m_prompts.runDialog(dialog))
        return false;
    const core::Meeting after = dialog.meeting();
    if (!commit(
            tr("Record attendance %1").arg(text::shortDate(after.heldOn)),
            [this, after] { MeetingRepository(*m_db).save(after); },
            [this, b = *before] { MeetingRepository(*m_db).save(b); }))
        return false;
    continueWithTask(id, dialog.taskRequestedFor());
    return true;
}

bool MainWindow::printMinutes()
{
    const qint64 id = m_meetings->currentId();
    if (!m_db)
        return false;
    const auto meeting = id ? MeetingRepository(*m_db).find(id) : std::nullopt;
    if (!meeting) {
        m_prompts.inform(tr("Choose the meeting whose minutes to print in the list first."));
        return false;
    }
    reports::ReportRequest r;
    r.kind = QStringLiteral("minutes");
    r.meetingId = id;
    r.date = meeting->heldOn;
    const QString path = saveDocumentAs(m_prompts, *m_db, r, false);
    if (path.isEmpty())
        return false;
    statusBar()->showMessage(tr("The minutes are saved in “%1”; they open for printing.").arg(path),
                             15000);
    if (!m_prompts.openFile(path))
        m_prompts.inform(tr("This computer has no program that opens “%1”.").arg(path));
    return true;
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    waitForBackups();
    QSettings().setValue(QStringLiteral("window/geometry"), saveGeometry());
    event->accept();
}

bool MainWindow::saveScreenshot(const QString &pngPath)
{
    QApplication::processEvents();
    return grab().save(pngPath, "PNG");
}

void MainWindow::chooseLanguage(const QString &code)
{
    if (code == savedLanguage())
        return;
    saveLanguage(code);
    // Every label is built once, so the new language needs a new window: offer to restart now;
    // the records are already saved.
    if (!m_prompts.confirm(tr("The interface language changes when Sổ chi bộ starts again. "
                              "Restart now? Everything is already saved.")))
        return;
    QStringList args = QCoreApplication::arguments().mid(1);
    if (m_db && !args.contains(QStringLiteral("--db")))
        args << QStringLiteral("--db") << m_db->path();
    if (QProcess::startDetached(QCoreApplication::applicationFilePath(), args))
        close();
    else
        m_prompts.inform(tr("Could not restart Sổ chi bộ; open it again to see the new language."));
}

} // namespace sochibo::gui

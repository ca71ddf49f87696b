#include "MainWindow.h"

#include "gui/app/BookActions.h"
#include "gui/app/BookBanner.h"
#include "gui/app/EditHistory.h"
#include "gui/app/HistoryDialog.h"
#include "gui/app/Language.h"
#include "gui/app/MainMenus.h"
#include "gui/app/PageLinks.h"
#include "gui/app/WelcomePage.h"
#include "gui/commitments/CommitmentsPage.h"
#include "gui/common/BackgroundJob.h"
#include "gui/common/BookSession.h"
#include "gui/common/FileDropFilter.h"
#include "gui/common/FormParts.h"
#include "gui/common/SaveDocument.h"
#include "gui/evidence/AttachFiles.h"
#include "gui/evidence/EvidencePage.h"
#include "gui/meetings/MeetingsPage.h"
#include "gui/members/MembersPage.h"
#include "gui/month/MonthPage.h"
#include "gui/overview/OverviewPage.h"
#include "gui/reports/ReportPage.h"
#include "gui/review/ReviewPage.h"
#include "gui/search/SearchBox.h"
#include "gui/search/SearchPage.h"
#include "gui/tasks/TasksPage.h"
#include "gui/topics/TopicsPage.h"
#include "storage/ChangeLog.h"
#include "storage/Database.h"
#include "storage/StorageError.h"

#include <QApplication>
#include <QCloseEvent>
#include <QFile>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMimeData>
#include <QProcess>
#include <QScreen>
#include <QSettings>
#include <QSignalBlocker>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTableView>
#include <QTreeWidget>
#include <QUndoStack>
#include <QVBoxLayout>

namespace sochibo::gui {

using namespace sochibo::storage;

MainWindow::MainWindow(Prompts prompts, QWidget *parent)
    : QMainWindow(parent), m_prompts(withDefaults(std::move(prompts), this)),
      m_session(new BookSession(this)), m_edits(new EditHistory(*m_session, m_prompts, this)),
      m_book(new BookActions(*m_session, *m_edits, m_prompts, this)), m_nav(new QListWidget(this)),
      m_stack(new QStackedWidget(this)), m_overview(new OverviewPage(this)),
      m_members(new MembersPage(m_prompts, m_edits->committer(), this)),
      m_tasks(new TasksPage(m_prompts, m_edits->committer(), this)),
      m_month(new MonthPage(m_prompts, m_edits->committer(), this)),
      m_meetings(new MeetingsPage(m_prompts, m_edits->committer(), this)),
      m_topics(new TopicsPage(m_prompts, m_edits->committer(), this)),
      m_review(new ReviewPage(m_prompts, m_edits->committer(), this)),
      m_commitments(new CommitmentsPage(m_prompts, m_edits->committer(), this)),
      m_evidence(new EvidencePage(m_prompts, this)),
      m_reports(new ReportPage(m_prompts, m_edits->committer(), this)),
      m_search(new SearchPage(this)), m_welcome(new WelcomePage(this)),
      m_banner(new BookBanner(*m_session, m_prompts, this)), m_counts(new QLabel(this))
{
    buildFrame();
    buildMainMenus(*this);
    for (BookPage *page : pages())
        page->setSession(m_session);
    m_search->setSession(m_session);
    connect(m_session, &BookSession::opened, this, &MainWindow::bookOpened);
    connect(m_session, &BookSession::closed, this, &MainWindow::bookClosed);
    connect(m_session, &BookSession::todayChanged, this, [this] {
        if (m_session->isOpen())
            m_reports->bookOpened(); // the document date follows the day
        refresh();
    });
    connect(m_edits, &EditHistory::changed, this, &MainWindow::refresh);
    connect(m_book, &BookActions::statusMessage, statusBar(), &QStatusBar::showMessage);
    connect(m_book, &BookActions::evidenceInspected, this, [this] {
        m_evidence->setStale(true);
        reloadIfStale(m_stack->currentWidget());
    });
    // A page shown is read again when the records changed since it last was.
    connect(m_stack, &QStackedWidget::currentChanged, this,
            [this](int index) { reloadIfStale(m_stack->widget(index)); });
    // Tab: search, navigation, then the page in view in reading order (hidden pages skipped).
    orderTabsByLayout(centralWidget());
    setWindowTitle(QString()); // the platform shows the program's name
    if (!restoreGeometry(QSettings().value(QStringLiteral("window/geometry")).toByteArray())) {
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

QList<BookPage *> MainWindow::pages() const
{
    return {m_overview, m_members, m_tasks,       m_month,    m_meetings,
            m_topics,   m_review,  m_commitments, m_evidence, m_reports};
}

void MainWindow::buildFrame()
{
    const QStringList names = {tr("Overview"),
                               tr("Members"),
                               tr("Tasks"),
                               tr("Monthly tracking"),
                               tr("Meetings"),
                               tr("Thematic topics"),
                               tr("Review & remedies"),
                               tr("Commitments"),
                               tr("Evidence"),
                               tr("Reports")};
    const QList<QWidget *> widgets = {m_overview, m_members, m_tasks,       m_month,    m_meetings,
                                      m_topics,   m_review,  m_commitments, m_evidence, m_reports};
    m_nav->setObjectName(QStringLiteral("navigation"));
    for (int i = 0; i < names.size(); ++i) {
        m_nav->addItem(names[i]);
        m_stack->addWidget(widgets[i]);
    }
    m_stack->addWidget(m_search);
    m_stack->addWidget(m_welcome);
    m_stack->setCurrentWidget(m_welcome);
    m_nav->setEnabled(false);
    connect(m_welcome, &WelcomePage::createRequested, m_book, &BookActions::createCell);
    connect(m_welcome, &WelcomePage::demoRequested, m_book, &BookActions::openDemo);
    connect(m_welcome, &WelcomePage::openRequested, m_book, &BookActions::openWithDialog);
    QFont navFont = m_nav->font();
    navFont.setPointSizeF(navFont.pointSizeF() * 1.15);
    m_nav->setFont(navFont);
    m_nav->setFixedWidth(210);
    m_nav->setSpacing(3);
    auto *central = new QWidget(this);
    auto *outer = new QVBoxLayout(central);
    outer->setContentsMargins(4, 4, 4, 0);
    outer->addWidget(m_banner);
    // The search box over everything, above the navigation (Ctrl+F).
    m_searchBox = new SearchBox(central);
    m_searchBox->setFixedWidth(m_nav->width());
    connect(m_searchBox, &SearchBox::searchRequested, this, &MainWindow::runSearch);
    connect(m_searchBox, &QLineEdit::returnPressed, this, [this] { m_search->tree()->setFocus(); });
    connect(m_search, &SearchPage::open, this, &MainWindow::openRecord);
    auto *left = new QVBoxLayout;
    left->addWidget(m_searchBox);
    left->addWidget(m_nav, 1);
    auto *layout = new QHBoxLayout;
    layout->addLayout(left);
    layout->addWidget(m_stack, 1);
    outer->addLayout(layout, 1);
    setCentralWidget(central);
    statusBar()->addPermanentWidget(m_counts);
    connect(m_nav, &QListWidget::currentRowChanged, m_stack, &QStackedWidget::setCurrentIndex);

    linkPages(*this);
    // Files dropped on a task, a meeting, a commitment or a shortcoming, or pasted (Ctrl+V:
    // copied files, a screenshot, a phone photo) become its evidence.
    for (QAbstractItemView *view : std::initializer_list<QAbstractItemView *>{
             m_tasks->view(), m_meetings->view(), m_commitments->table(),
             m_review->shortcomingsTable()})
        acceptEvidence(view, m_prompts, [this](const QMimeData *data) { pasteEvidence(data); });
}

QStringList MainWindow::pageNames() const
{
    QStringList names;
    for (int i = 0; i < m_nav->count(); ++i)
        names << m_nav->item(i)->text();
    return names;
}

bool MainWindow::importMembers()
{
    if (!m_session->isOpen())
        return false;
    showPage(Members);
    return m_members->importList();
}

bool MainWindow::addRecordHere()
{
    if (!m_session->isOpen())
        return false;
    if (BookPage *page = pageInView(); page && page->addsRecords())
        return page->addRecord();
    showPage(Members);
    return m_members->add();
}

void MainWindow::focusFilter()
{
    if (auto *page = qobject_cast<RecordsPage *>(m_stack->currentWidget()))
        page->focusFilter();
}

void MainWindow::showPage(Page page)
{
    if (!m_session->isOpen())
        return; // the welcome page stays until a cell is open
    m_nav->setCurrentRow(page);
    m_stack->setCurrentIndex(page);
}

bool MainWindow::isWelcomeShown() const
{
    return m_stack->currentWidget() == m_welcome;
}

BookPage *MainWindow::pageInView() const
{
    return dynamic_cast<BookPage *>(m_stack->currentWidget());
}

void MainWindow::bookOpened()
{
    m_nav->setEnabled(true);
    const bool fromWelcome = isWelcomeShown();
    // The platform adds the program's name (applicationDisplayName) after the file's.
    const QString file = m_session->path();
    setWindowTitle(m_session->isReadOnly() ? tr("%1 [read-only]").arg(file) : file);
    m_reports->bookOpened();
    m_search->clear();
    refresh();
    if (fromWelcome)
        showPage(Overview);
    // The notice on opening: what waits today, where to see it (dismissed reminders left out);
    // a message about the opening itself (a restore, a recovery) is not covered by it.
    m_overview->setStale(true);
    reloadIfStale(m_overview);
    if (const int waiting = m_overview->pendingReminders();
        waiting > 0 && statusBar()->currentMessage().isEmpty())
        statusBar()->showMessage(
            tr("%n thing(s) to see to today: see “To do” on the Overview page.", "", waiting),
            30000);
}

void MainWindow::bookClosed()
{
    // Nothing on screen may read the closed file: the pages forget their rows and the
    // welcome page stands in until a book is open again.
    for (BookPage *page : pages()) {
        page->clear();
        page->setStale(true);
    }
    m_search->clear();
    m_nav->setEnabled(false);
    m_stack->setCurrentWidget(m_welcome);
    setWindowTitle(QString());
    m_counts->clear();
}

void MainWindow::setToday(const QDate &today)
{
    m_session->setToday(today);
}

void MainWindow::refresh()
{
    if (!m_session->isOpen())
        return;
    for (BookPage *page : pages())
        page->setStale(true);
    reloadIfStale(m_stack->currentWidget());
    if (isSearchShown())
        m_search->reload();
    updateCounts();
}

void MainWindow::reloadIfStale(QWidget *widget)
{
    auto *page = dynamic_cast<BookPage *>(widget);
    if (!page || !page->isStale() || !m_session->isOpen())
        return;
    try {
        page->reload();
        page->setStale(false);
    } catch (const StorageError &e) {
        m_prompts.inform(e.message());
    }
}

void MainWindow::updateCounts()
{
    try {
        m_counts->setText(OverviewPage::statusLine(*m_session->db(), m_session->today()));
    } catch (const StorageError &e) {
        m_counts->setText(e.message());
    }
}

void MainWindow::runSearch(const QString &query)
{
    if (!m_session->isOpen())
        return;
    if (query.trimmed().isEmpty()) {
        m_search->search(QString());
        if (isSearchShown()) {
            const int back = m_stack->indexOf(m_beforeSearch ? m_beforeSearch : m_overview);
            if (back >= 0 && back < m_nav->count())
                showPage(Page(back));
            else
                m_stack->setCurrentIndex(back);
        }
        return;
    }
    if (!isSearchShown())
        m_beforeSearch = m_stack->currentWidget();
    m_search->search(query);
    m_stack->setCurrentWidget(m_search);
    const QSignalBlocker quiet(m_nav); // no page of the list is in view now
    m_nav->setCurrentRow(-1);
}

QLineEdit *MainWindow::searchBox() const
{
    return m_searchBox;
}

bool MainWindow::isSearchShown() const
{
    return m_stack->currentWidget() == m_search;
}

bool MainWindow::openRecord(const QString &kind, qint64 id)
{
    if (!m_session->isOpen())
        return false;
    const QList<BookPage *> all = pages();
    for (int i = 0; i < all.size(); ++i)
        if (all[i]->recordKinds().contains(kind)) {
            showPage(Page(i));
            return all[i]->selectRecord(kind, id);
        }
    return false;
}

bool MainWindow::isReadOnly() const
{
    return m_session->isReadOnly();
}

QString MainWindow::bannerText() const
{
    return m_banner->text();
}

RecordRef MainWindow::currentRecord() const
{
    const BookPage *page = pageInView();
    return page ? page->currentRecord() : RecordRef();
}

bool MainWindow::showHistory()
{
    if (!m_session->isOpen())
        return false;
    const RecordRef record = currentRecord();
    if (!record.isValid()) {
        m_prompts.inform(tr("Select an item (member, task, meeting, topic, shortcoming or "
                            "evidence) to see its history."));
        return false;
    }
    const Database &db = *m_session->db();
    QList<ChangeEntry> entries = recordHistory(db, record.kind, record.id);
    for (ChangeEntry &e : entries)
        e.fields = readableFields(db, record.kind, e);
    HistoryDialog dialog(tr("%1 no. %2").arg(searchKindLabel(record.kind)).arg(record.id), entries,
                         this);
    m_prompts.runDialog(dialog);
    return true;
}

bool MainWindow::attachToCurrentRecord()
{
    return attachHere(nullptr);
}

bool MainWindow::pasteEvidence(const QMimeData *data)
{
    return data && attachHere(data);
}

bool MainWindow::attachHere(const QMimeData *data)
{
    const BookPage *page = pageInView();
    const EvidenceTarget target = page ? page->evidenceTarget() : EvidenceTarget();
    if (!m_session->isOpen())
        return false;
    if (target.count() != 1) {
        m_prompts.inform(tr(
            "Select a task, a meeting, a written commitment or a shortcoming, then attach "
            "evidence. Monthly reports: attach in the report box on the Monthly tracking page."));
        return false;
    }
    if (!ensureWritable(*m_session, m_prompts))
        return false;
    QString temporary; // a pasted picture, saved as a file for the store
    const QStringList files =
        data ? filesToAttach(data, m_prompts, &temporary) : m_prompts.openFileNames();
    if (files.isEmpty())
        return false;
    attachFiles(*m_session, target, files, m_prompts, this, [this, temporary](int n) {
        if (!temporary.isEmpty())
            QFile::remove(temporary); // the store has its own copy now
        refresh();
        statusBar()->showMessage(tr("%1 files attached.").arg(n), 6000);
        emit evidenceAttached(n);
    });
    return true;
}

bool MainWindow::exportCurrentTable()
{
    const BookPage *page = pageInView();
    if (!m_session->isOpen() || !page)
        return false;
    QString path;
    try {
        path = saveTableAs(m_prompts, *m_session->db(), page->exportTable());
    } catch (const StorageError &e) { // reading the page's table
        m_prompts.inform(e.message());
    }
    if (!path.isEmpty())
        statusBar()->showMessage(tr("Saved the spreadsheet “%1”.").arg(path), 8000);
    return !path.isEmpty();
}

const Database *MainWindow::database() const
{
    return m_session->db();
}

QUndoStack *MainWindow::undoStack() const
{
    return m_edits->stack();
}

void MainWindow::waitForBackups()
{
    jobs::waitForAll();
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
    if (m_session->isOpen() && !args.contains(QStringLiteral("--db")))
        args << QStringLiteral("--db") << m_session->path();
    if (QProcess::startDetached(QCoreApplication::applicationFilePath(), args))
        close();
    else
        m_prompts.inform(tr("Could not restart Sổ chi bộ; open it again to see the new language."));
}

} // namespace sochibo::gui

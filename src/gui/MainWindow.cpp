#include "MainWindow.h"

#include "RecordTable.h"
#include "storage/Backup.h"
#include "storage/CellRepository.h"
#include "storage/Database.h"
#include "storage/MemberRepository.h"
#include "storage/TaskRepository.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeySequence>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QSettings>
#include <QShortcut>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTableView>

namespace sochibo::gui {

using namespace sochibo::storage;

namespace {

Prompts withDefaults(Prompts p, QWidget *parent)
{
    if (!p.confirm)
        p.confirm = [parent](const QString &q) {
            return QMessageBox::question(parent, QObject::tr("Sổ chi bộ"), q) == QMessageBox::Yes;
        };
    if (!p.inform)
        p.inform = [parent](const QString &m) {
            QMessageBox::information(parent, QObject::tr("Sổ chi bộ"), m);
        };
    if (!p.saveFileName)
        p.saveFileName = [parent](const QString &suggested) {
            return QFileDialog::getSaveFileName(parent, QObject::tr("Lưu văn bản"), suggested,
                                                QObject::tr("Tệp PDF (*.pdf)"));
        };
    return p;
}

} // namespace

MainWindow::MainWindow(Prompts prompts, QWidget *parent)
    : QMainWindow(parent), m_prompts(withDefaults(std::move(prompts), this)),
      m_nav(new QListWidget(this)), m_stack(new QStackedWidget(this)),
      m_overview(new OverviewPage(this)), m_members(new MembersPage(m_prompts, this)),
      m_tasks(new TasksPage(this)), m_meetings(new MeetingsPage(this)),
      m_reports(new ReportPage(m_prompts, this)), m_counts(new QLabel(this))
{
    const QList<std::pair<QString, QWidget *>> pages = {{tr("Tổng quan"), m_overview},
                                                        {tr("Đảng viên"), m_members},
                                                        {tr("Nhiệm vụ"), m_tasks},
                                                        {tr("Sinh hoạt"), m_meetings},
                                                        {tr("Báo cáo"), m_reports}};
    for (const auto &[name, page] : pages) {
        m_nav->addItem(name);
        m_stack->addWidget(page);
    }
    QFont navFont = m_nav->font();
    navFont.setPointSizeF(navFont.pointSizeF() * 1.15);
    m_nav->setFont(navFont);
    m_nav->setFixedWidth(180);
    m_nav->setSpacing(3);
    auto *central = new QWidget(this);
    auto *layout = new QHBoxLayout(central);
    layout->setContentsMargins(4, 4, 4, 0);
    layout->addWidget(m_nav);
    layout->addWidget(m_stack, 1);
    setCentralWidget(central);
    statusBar()->addPermanentWidget(m_counts);
    connect(m_nav, &QListWidget::currentRowChanged, m_stack, &QStackedWidget::setCurrentIndex);
    connect(m_members, &MembersPage::changed, this, &MainWindow::refresh);
    m_nav->setCurrentRow(Overview);
    buildMenus();
    setWindowTitle(tr("Sổ chi bộ"));
    QSettings settings;
    if (!restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray()))
        resize(1200, 760);
}

MainWindow::~MainWindow() = default;

void MainWindow::buildMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&Tệp"));
    QAction *open = file->addAction(tr("&Mở sổ chi bộ…"), this, &MainWindow::openWithDialog);
    open->setShortcut(QKeySequence::Open);
    QAction *backup = file->addAction(tr("&Sao lưu ngay…"), this, &MainWindow::backupNow);
    backup->setShortcut(QKeySequence(tr("Ctrl+B")));
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Thoát"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);

    QMenu *go = menuBar()->addMenu(tr("&Xem"));
    for (int i = 0; i < m_nav->count(); ++i) {
        QAction *a = go->addAction(m_nav->item(i)->text(), this, [this, i] { showPage(Page(i)); });
        a->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + i)));
    }
    go->addSeparator();
    QAction *reload = go->addAction(tr("&Tải lại"), this, &MainWindow::refresh);
    reload->setShortcut(QKeySequence::Refresh);

    // Ctrl+F: the filter box of the page in view; Del: delete the selected member.
    auto *find = new QShortcut(QKeySequence::Find, this);
    connect(find, &QShortcut::activated, this, [this] {
        if (auto *page = qobject_cast<RecordsPage *>(m_stack->currentWidget()))
            page->focusFilter();
    });
    auto *del = new QShortcut(QKeySequence::Delete, m_members->view());
    del->setContext(Qt::WidgetShortcut);
    connect(del, &QShortcut::activated, m_members, &MembersPage::removeCurrent);
    auto *print = new QShortcut(QKeySequence::Print, this);
    connect(print, &QShortcut::activated, this, [this] {
        showPage(Reports);
        if (m_reports->pageCount() > 0 || m_reports->preview())
            m_reports->print();
    });
}

void MainWindow::showPage(Page page)
{
    m_nav->setCurrentRow(page);
}

void MainWindow::setToday(const QDate &today)
{
    m_today = today;
    refresh();
}

bool MainWindow::openDatabase(const QString &path)
{
    try {
        auto db = std::make_unique<Database>(Database::open(path, Database::Mode::OpenExisting));
        m_db = std::move(db);
    } catch (const StorageError &e) {
        m_lastError = e.message();
        statusBar()->showMessage(e.message());
        return false;
    }
    QSettings().setValue(QStringLiteral("lastDatabase"), QFileInfo(path).absoluteFilePath());
    setWindowTitle(tr("Sổ chi bộ — %1").arg(QFileInfo(path).absoluteFilePath()));
    m_reports->setDatabase(m_db.get(), m_today);
    refresh();
    return true;
}

void MainWindow::refresh()
{
    if (!m_db)
        return;
    try {
        m_overview->reload(*m_db, m_today);
        m_members->reload(*m_db, m_today);
        m_tasks->reload(*m_db, m_today);
        m_meetings->reload(*m_db, m_today);
        m_reports->setDatabase(m_db.get(), m_today);
    } catch (const StorageError &e) {
        m_lastError = e.message();
        m_prompts.inform(e.message());
        return;
    }
    const MemberRepository members(*m_db);
    TaskFilter overdue;
    overdue.overdueOnly = true;
    overdue.today = m_today;
    m_counts->setText(tr("Năm %1 · %2 đảng viên · %3 nhiệm vụ quá hạn")
                          .arg(m_today.year())
                          .arg(members.membersOn(m_today).size())
                          .arg(TaskRepository(*m_db).list(overdue).size()));
}

void MainWindow::openWithDialog()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Mở sổ chi bộ"), QString(),
                                                      tr("Sổ chi bộ (*.db);;Mọi tệp (*)"));
    if (!path.isEmpty() && !openDatabase(path))
        m_prompts.inform(m_lastError);
}

void MainWindow::backupNow()
{
    if (!m_db)
        return;
    const QString suggested = QFileInfo(m_db->path()).completeBaseName() +
                              m_today.toString(QStringLiteral("-yyyyMMdd")) + QStringLiteral(".db");
    const QString dest = QFileDialog::getSaveFileName(this, tr("Sao lưu sổ chi bộ"), suggested,
                                                      tr("Sổ chi bộ (*.db)"));
    if (dest.isEmpty())
        return;
    QApplication::setOverrideCursor(Qt::WaitCursor);
    try {
        backupDatabase(*m_db, dest);
        QApplication::restoreOverrideCursor();
        statusBar()->showMessage(tr("Đã sao lưu vào “%1”.").arg(dest), 8000);
    } catch (const StorageError &e) {
        QApplication::restoreOverrideCursor();
        m_prompts.inform(e.message());
    }
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    QSettings().setValue(QStringLiteral("window/geometry"), saveGeometry());
    event->accept();
}

bool MainWindow::saveScreenshot(const QString &pngPath)
{
    QApplication::processEvents();
    return grab().save(pngPath, "PNG");
}

} // namespace sochibo::gui

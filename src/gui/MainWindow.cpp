#include "MainWindow.h"

#include "storage/CellRepository.h"
#include "storage/Database.h"
#include "storage/MemberRepository.h"
#include "text/DocumentWording.h"

#include <QApplication>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QStatusBar>
#include <QTableWidget>
#include <QVBoxLayout>

namespace sochibo::gui {

using namespace sochibo::storage;

MainWindow::MainWindow(QWidget *parent) : QMainWindow(parent)
{
    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    m_banner =
        new QLabel(tr("Chưa mở tệp dữ liệu. Chạy với --db TỆP để mở sổ của chi bộ."), central);
    QFont f = m_banner->font();
    f.setPointSizeF(f.pointSizeF() * 1.3);
    f.setBold(true);
    m_banner->setFont(f);
    m_members = new QTableWidget(0, 6, central);
    m_members->setHorizontalHeaderLabels({tr("Họ và tên"), tr("Chức vụ"), tr("Loại đảng viên"),
                                          tr("Công việc"), tr("Ngày vào Đảng"), tr("Tình trạng")});
    m_members->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_members->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_members->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_members->verticalHeader()->setVisible(false);
    layout->addWidget(m_banner);
    layout->addWidget(m_members);
    setCentralWidget(central);
    setWindowTitle(tr("Sổ chi bộ"));
}

MainWindow::~MainWindow() = default;

bool MainWindow::openDatabase(const QString &path)
{
    try {
        m_db = std::make_unique<Database>(Database::open(path, Database::Mode::OpenExisting));
    } catch (const StorageError &e) {
        m_lastError = e.message();
        m_banner->setText(e.message());
        statusBar()->showMessage(e.message());
        return false;
    }
    setWindowTitle(tr("Sổ chi bộ — %1").arg(path));
    refresh();
    return true;
}

void MainWindow::refresh()
{
    if (!m_db)
        return;
    const core::Cell cell = CellRepository(*m_db).cell();
    m_banner->setText(cell.name.isEmpty() ? tr("(chưa có tên chi bộ)") : cell.name);
    const MemberRepository repo(*m_db);
    const QDate today = QDate::currentDate();
    const QList<core::Member> members = repo.list();
    const auto departed = repo.departedBy(today);
    m_members->setRowCount(int(members.size()));
    for (int r = 0; r < members.size(); ++r) {
        const core::Member &m = members[r];
        const QString status =
            departed.contains(m.id) ? departed.value(m.id).describe() : tr("Đang sinh hoạt");
        const QStringList cells = {
            m.fullName,         core::label(m.role),           core::label(m.kind),
            core::label(m.job), text::shortDate(m.admittedOn), status};
        for (int c = 0; c < cells.size(); ++c)
            m_members->setItem(r, c, new QTableWidgetItem(cells[c]));
    }
    QString counts = tr("Đang sinh hoạt: %1 đảng viên").arg(repo.membersOn(today).size());
    if (!departed.isEmpty())
        counts += tr("; đã rời chi bộ: %1").arg(departed.size());
    statusBar()->showMessage(counts);
}

bool MainWindow::saveScreenshot(const QString &pngPath)
{
    QApplication::processEvents();
    return grab().save(pngPath, "PNG");
}

} // namespace sochibo::gui

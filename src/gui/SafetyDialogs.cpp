#include "SafetyDialogs.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTableWidget>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace sochibo::gui {

using storage::BackupInfo;
using storage::ChangeEntry;

RestoreDialog::RestoreDialog(const QList<BackupInfo> &backups, const QString &folder,
                             QWidget *parent)
    : QDialog(parent), m_backups(backups), m_table(new QTableWidget(this))
{
    setWindowTitle(tr("Khôi phục từ bản sao lưu"));
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(
        tr("Chọn bản sao lưu để đưa sổ về đúng như lúc đó. Sổ hiện tại được sao lưu trước khi "
           "bị thay thế, nên có thể quay lại. Thư mục sao lưu: %1")
            .arg(folder),
        this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    m_table->setColumnCount(4);
    m_table->setHorizontalHeaderLabels(
        {tr("Thời điểm"), tr("Lý do"), tr("Nội dung"), tr("Dung lượng")});
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setRowCount(int(backups.size()));
    const QLocale vi(QLocale::Vietnamese, QLocale::Vietnam);
    for (int r = 0; r < backups.size(); ++r) {
        const BackupInfo &b = backups[r];
        const QStringList cells = {
            b.at.toString(QStringLiteral("dd/MM/yyyy HH:mm")),
            storage::backupReasonLabel(b.reasonCode), b.summary(),
            vi.formattedDataSize(b.bytes, 0, QLocale::DataSizeTraditionalFormat)};
        for (int c = 0; c < cells.size(); ++c) {
            auto *item = new QTableWidgetItem(cells[c]);
            if (!b.readable)
                item->setFlags(item->flags() & ~Qt::ItemIsSelectable & ~Qt::ItemIsEnabled);
            m_table->setItem(r, c, item);
        }
    }
    m_table->resizeColumnsToContents();
    layout->addWidget(m_table, 1);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    QPushButton *restore = buttons->addButton(tr("&Khôi phục"), QDialogButtonBox::AcceptRole);
    restore->setEnabled(false);
    connect(m_table, &QTableWidget::itemSelectionChanged, this,
            [this, restore] { restore->setEnabled(!chosenPath().isEmpty()); });
    connect(m_table, &QTableWidget::cellDoubleClicked, this, [this] {
        if (!chosenPath().isEmpty())
            accept();
    });
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    for (int r = 0; r < backups.size(); ++r)
        if (backups[r].readable) { // the newest readable one, ready for Enter
            m_table->selectRow(r);
            break;
        }
    resize(760, 420);
}

QString RestoreDialog::chosenPath() const
{
    const int r = m_table->currentRow();
    const bool selected = r >= 0 && m_table->item(r, 0) && m_table->item(r, 0)->isSelected();
    return selected && m_backups[r].readable ? m_backups[r].path : QString();
}

HistoryDialog::HistoryDialog(const QString &recordLabel, const QList<ChangeEntry> &entries,
                             QWidget *parent)
    : QDialog(parent), m_tree(new QTreeWidget(this))
{
    setWindowTitle(tr("Lịch sử thay đổi — %1").arg(recordLabel));
    auto *layout = new QVBoxLayout(this);
    m_tree->setColumnCount(3);
    m_tree->setHeaderLabels({tr("Nội dung"), tr("Trước"), tr("Sau")});
    QFont bold = m_tree->font();
    bold.setBold(true);
    for (const ChangeEntry &e : entries) {
        // "21/11/2026 09:15 · Nguyễn Thị Thanh Hương · sửa", then one line per field.
        auto *node = new QTreeWidgetItem(
            m_tree, {QStringLiteral("%1 · %2 · %3").arg(e.when(), e.actor, e.action)});
        node->setFirstColumnSpanned(true);
        node->setFont(0, bold);
        for (const storage::FieldChange &f : e.fields) {
            auto *line = new QTreeWidgetItem(node, {f.field, f.before, f.after});
            for (int c = 1; c < 3; ++c)
                line->setToolTip(c, line->text(c));
        }
    }
    if (entries.isEmpty())
        new QTreeWidgetItem(m_tree, {tr("Chưa có thay đổi nào được ghi cho mục này.")});
    m_tree->expandAll();
    m_tree->setColumnWidth(0, 200);
    m_tree->setColumnWidth(1, 240);
    layout->addWidget(m_tree, 1);
    auto *note = new QLabel(tr("Mỗi lần tạo, sửa hoặc xóa đều được ghi lại kèm tên người sửa. Một "
                               "mục đã xóa có thể lấy lại bằng Hoàn tác (Ctrl+Z) trong phiên làm "
                               "việc, hoặc từ một bản sao lưu (Tệp → Khôi phục)."),
                            this);
    note->setWordWrap(true);
    layout->addWidget(note);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    resize(720, 460);
}

} // namespace sochibo::gui

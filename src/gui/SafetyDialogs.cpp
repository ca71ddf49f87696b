#include "SafetyDialogs.h"

#include "FormParts.h"
#include "ui_HistoryDialog.h"
#include "ui_RestoreDialog.h"

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
    : QDialog(parent), m_backups(backups)
{
    Ui::RestoreDialog ui; // the form: ui/RestoreDialog.ui
    ui.setupUi(this);
    m_table = ui.table;
    ui.intro->setText(
        tr("Choose a backup to bring the book back to exactly that moment. The current book is "
           "backed up before it is replaced, so you can go back. Backup folder: %1")
            .arg(folder));
    m_table->setColumnCount(4);
    m_table->setHorizontalHeaderLabels({tr("Time"), tr("Reason"), tr("Agenda"), tr("Backup size")});
    readOnlyList(m_table);
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
    QPushButton *restore = ui.buttons->addButton(tr("&Restore"), QDialogButtonBox::AcceptRole);
    restore->setEnabled(false);
    connect(m_table, &QTableWidget::itemSelectionChanged, this,
            [this, restore] { restore->setEnabled(!chosenPath().isEmpty()); });
    connect(m_table, &QTableWidget::cellDoubleClicked, this, [this] {
        if (!chosenPath().isEmpty())
            accept();
    });
    for (int r = 0; r < backups.size(); ++r)
        if (backups[r].readable) { // the newest readable one, ready for Enter
            m_table->selectRow(r);
            break;
        }
}

QString RestoreDialog::chosenPath() const
{
    const int r = m_table->currentRow();
    const bool selected = r >= 0 && m_table->item(r, 0) && m_table->item(r, 0)->isSelected();
    return selected && m_backups[r].readable ? m_backups[r].path : QString();
}

HistoryDialog::HistoryDialog(const QString &recordLabel, const QList<ChangeEntry> &entries,
                             QWidget *parent)
    : QDialog(parent)
{
    Ui::HistoryDialog ui; // the form: ui/HistoryDialog.ui
    ui.setupUi(this);
    m_tree = ui.tree;
    setWindowTitle(tr("Change history — %1").arg(recordLabel));
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
    if (entries.isEmpty()) {
        auto *none =
            new QTreeWidgetItem(m_tree, {tr("No change has been recorded for this item.")});
        none->setFirstColumnSpanned(true);
    }
    m_tree->expandAll();
    m_tree->setColumnWidth(0, 200);
    m_tree->setColumnWidth(1, 240);
}

} // namespace sochibo::gui

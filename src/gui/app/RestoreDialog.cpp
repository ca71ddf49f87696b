#include "RestoreDialog.h"

#include "gui/common/FormParts.h"
#include "ui_RestoreDialog.h"

#include <QDialogButtonBox>
#include <QLocale>
#include <QPushButton>
#include <QStringList>
#include <QTableWidget>
#include <QWidget>

namespace sochibo::gui {

using storage::BackupInfo;

RestoreDialog::RestoreDialog(const QList<BackupInfo> &backups, const QString &folder,
                             QWidget *parent)
    : QDialog(parent), m_backups(backups)
{
    Ui::RestoreDialog ui; // the form: ui/app/RestoreDialog.ui
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

} // namespace sochibo::gui

#include "RestoreDialog.h"

#include "gui/app/BackupTableModel.h"
#include "gui/common/FormParts.h"
#include "ui_RestoreDialog.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QPushButton>
#include <QTableView>
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
    m_model = new BackupTableModel(this);
    m_model->setBackups(backups);
    m_table->setModel(m_model);
    readOnlyList(m_table);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->resizeColumnsToContents();
    QPushButton *restore = ui.buttons->addButton(tr("&Restore"), QDialogButtonBox::AcceptRole);
    restore->setEnabled(false);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            [this, restore] { restore->setEnabled(!chosenPath().isEmpty()); });
    connect(m_table, &QAbstractItemView::doubleClicked, this, [this] {
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
    const int r = m_table->currentIndex().row();
    const bool selected = r >= 0 && m_table->selectionModel()->isRowSelected(r, {});
    return selected && m_backups[r].readable ? m_backups[r].path : QString();
}

} // namespace sochibo::gui

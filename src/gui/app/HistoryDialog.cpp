#include "HistoryDialog.h"

#include "ui_HistoryDialog.h"

#include <QWidget>

namespace sochibo::gui {

using storage::ChangeEntry;

HistoryDialog::HistoryDialog(const QString &recordLabel, const QList<ChangeEntry> &entries,
                             QWidget *parent)
    : QDialog(parent)
{
    Ui::HistoryDialog ui; // the form: ui/app/HistoryDialog.ui
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

#include "SearchPage.h"

#include "gui/common/BookSession.h"
#include "gui/common/FormParts.h"
#include "ui_SearchPage.h"

#include <QHeaderView>
#include <QLabel>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace sochibo::gui {

namespace {
constexpr int KindRole = Qt::UserRole;
constexpr int IdRole = Qt::UserRole + 1;
} // namespace

SearchPage::SearchPage(QWidget *parent) : QWidget(parent)
{
    Ui::SearchPage ui; // the page's layout: ui/search/SearchPage.ui
    ui.setupUi(this);
    styleHeading(ui.heading);
    m_summary = ui.summary;
    m_tree = ui.tree;
    connect(m_tree, &QTreeWidget::itemActivated, this, [this] { openCurrent(); });
}

void SearchPage::reload()
{
    search(m_query);
}

void SearchPage::clear()
{
    m_query.clear();
    m_tree->clear();
    m_summary->clear();
}

void SearchPage::search(const QString &query)
{
    m_query = query;
    m_tree->clear();
    if (!m_session->db() || query.trimmed().isEmpty()) {
        m_summary->clear();
        return;
    }
    const QList<storage::SearchHit> hits = storage::searchRecords(*m_session->db(), query);
    QTreeWidgetItem *group = nullptr;
    QString groupKind;
    QFont bold = m_tree->font();
    bold.setBold(true);
    for (const storage::SearchHit &h : hits) {
        if (h.kind != groupKind) {
            group = new QTreeWidgetItem(m_tree);
            group->setFont(0, bold);
            group->setFirstColumnSpanned(true);
            group->setFlags(Qt::ItemIsEnabled);
            groupKind = h.kind;
        }
        auto *item = new QTreeWidgetItem(group, {h.title, h.markedSnippet()});
        item->setData(0, KindRole, h.kind);
        item->setData(0, IdRole, h.refId);
        item->setToolTip(1, h.snippet);
        group->setText(
            0, tr("%1 (%2)").arg(storage::searchKindLabel(h.kind)).arg(group->childCount()));
    }
    m_tree->expandAll();
    m_tree->resizeColumnToContents(0);
    if (m_tree->columnWidth(0) > 420)
        m_tree->setColumnWidth(0, 420);
    if (QTreeWidgetItem *first =
            m_tree->topLevelItemCount() ? m_tree->topLevelItem(0)->child(0) : nullptr)
        m_tree->setCurrentItem(first);
    m_summary->setText(hits.isEmpty()
                           ? tr("“%1” was not found in the book.").arg(query.trimmed())
                           : tr("%1 results for “%2”.").arg(hits.size()).arg(query.trimmed()));
}

QString SearchPage::summary() const
{
    return m_summary->text();
}

bool SearchPage::openCurrent()
{
    const QTreeWidgetItem *item = m_tree->currentItem();
    if (!item || item->data(0, KindRole).toString().isEmpty())
        return false;
    emit open(item->data(0, KindRole).toString(), item->data(0, IdRole).toLongLong());
    return true;
}

} // namespace sochibo::gui

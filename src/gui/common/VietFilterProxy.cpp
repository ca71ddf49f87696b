#include "VietFilterProxy.h"

#include "gui/common/RecordTableModel.h"
#include "text/SearchFold.h"
#include "text/VietCollator.h"

#include <QStringList>

namespace sochibo::gui {

VietFilterProxy::VietFilterProxy(QObject *parent) : QSortFilterProxyModel(parent)
{
    setSortRole(RecordTableModel::SortRole);
    setDynamicSortFilter(true);
}

void VietFilterProxy::setFilterWords(const QString &text)
{
    m_filter = text.trimmed();
    invalidateFilter();
}

bool VietFilterProxy::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    const QVariant a = left.data(sortRole()), b = right.data(sortRole());
    if (a.typeId() == QMetaType::QString && b.typeId() == QMetaType::QString) {
        const bool names = left.data(RecordTableModel::NameColumnRole).toBool();
        return names ? text::VietCollator::compareNames(a.toString(), b.toString()) < 0
                     : text::VietCollator::compare(a.toString(), b.toString()) < 0;
    }
    return QVariant::compare(a, b) == QPartialOrdering::Less;
}

bool VietFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (m_filter.isEmpty())
        return true;
    QStringList cells;
    for (int c = 0; c < sourceModel()->columnCount(sourceParent); ++c)
        cells << sourceModel()->index(sourceRow, c, sourceParent).data().toString();
    return text::foldedContainsAll(m_filter, cells.join(QLatin1Char(' ')));
}

} // namespace sochibo::gui

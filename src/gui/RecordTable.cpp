#include "RecordTable.h"

#include "text/SearchFold.h"
#include "text/VietCollator.h"

namespace sochibo::gui {

RecordTableModel::RecordTableModel(QStringList headers, QObject *parent)
    : QAbstractTableModel(parent), m_headers(std::move(headers))
{
}

void RecordTableModel::setRows(QList<RecordRow> rows)
{
    beginResetModel();
    m_rows = std::move(rows);
    endResetModel();
}

int RecordTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int RecordTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_headers.size());
}

QVariant RecordTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const RecordRow &r = m_rows.at(index.row());
    const int c = index.column();
    switch (role) {
    case Qt::DisplayRole:
        return r.cells.value(c);
    case Qt::ToolTipRole:
        return r.toolTips.value(c).isEmpty() ? QVariant() : QVariant(r.toolTips.value(c));
    case Qt::ForegroundRole:
        return r.foreground.isValid() ? QVariant(r.foreground) : QVariant();
    case IdRole:
        return r.id;
    case SortRole:
        return c < r.sortKeys.size() && r.sortKeys[c].isValid() ? r.sortKeys[c]
                                                                : QVariant(r.cells.value(c));
    case NameColumnRole:
        return m_nameColumns.contains(c);
    default:
        return {};
    }
}

QVariant RecordTableModel::headerData(int section, Qt::Orientation o, int role) const
{
    if (o == Qt::Horizontal && role == Qt::DisplayRole)
        return m_headers.value(section);
    return {};
}

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

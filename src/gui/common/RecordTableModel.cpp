#include "RecordTableModel.h"

namespace sochibo::gui {

QVariant dateKey(const QDate &d)
{
    return d.isValid() ? QVariant(d.toJulianDay()) : QVariant(0LL);
}

RecordRow emptyRow(qint64 id, int columns)
{
    RecordRow r;
    r.id = id;
    for (int i = 0; i < columns; ++i) {
        r.cells << QString();
        r.toolTips << QString();
        r.sortKeys << QVariant();
    }
    return r;
}

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

} // namespace sochibo::gui

#include "EditableTableModel.h"

namespace sochibo::gui {

EditableTableModel::EditableTableModel(QStringList headers, QList<int> editableColumns,
                                       QObject *parent)
    : QAbstractTableModel(parent), m_headers(std::move(headers)),
      m_editable(std::move(editableColumns))
{
}

int EditableTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_headers.size());
}

QVariant EditableTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    switch (role) {
    case Qt::DisplayRole:
    case Qt::EditRole:
        return cell(index.row(), index.column());
    case IdRole:
        return id(index.row());
    default:
        return {};
    }
}

QVariant EditableTableModel::headerData(int section, Qt::Orientation o, int role) const
{
    if (o == Qt::Horizontal && role == Qt::DisplayRole)
        return m_headers.value(section);
    return {};
}

Qt::ItemFlags EditableTableModel::flags(const QModelIndex &index) const
{
    if (!index.isValid()) // the table itself: no drops, no edits
        return Qt::NoItemFlags;
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return Qt::NoItemFlags;
    Qt::ItemFlags f = Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemNeverHasChildren;
    if (m_editable.contains(index.column()))
        f |= Qt::ItemIsEditable;
    return f;
}

bool EditableTableModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole || !(flags(index) & Qt::ItemIsEditable))
        return false;
    const QString text = value.toString();
    if (text == cell(index.row(), index.column()))
        return true; // nothing changed: nothing to save or undo
    return edit(index.row(), index.column(), text);
}

} // namespace sochibo::gui

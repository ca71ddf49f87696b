#include "ReceivedDocumentTableModel.h"

#include "gui/common/FormParts.h"
#include "text/DocumentWording.h"

namespace sochibo::gui {

ReceivedDocumentTableModel::ReceivedDocumentTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void ReceivedDocumentTableModel::setDocuments(const QList<core::ReceivedDocument> &documents)
{
    beginResetModel();
    m_rows.clear();
    for (const core::ReceivedDocument &d : documents)
        m_rows << Row{d, d.issuedOn.isValid() ? text::shortDate(d.issuedOn) : QString(), false};
    endResetModel();
}

core::ReceivedDocument ReceivedDocumentTableModel::document(int row) const
{
    core::ReceivedDocument d = m_rows.at(row).document;
    d.kind = d.kind.simplified();
    d.number = d.number.simplified();
    d.issuedOn = parseDate(m_rows.at(row).dateText.simplified());
    d.issuer = d.issuer.simplified();
    d.subject = d.subject.simplified();
    d.position = row + 1;
    return d;
}

QString ReceivedDocumentTableModel::dateText(int row) const
{
    return m_rows.at(row).dateText.simplified();
}

void ReceivedDocumentTableModel::setCitable(bool citable)
{
    m_citable = citable;
    if (!m_rows.isEmpty())
        emit dataChanged(index(0, Cited), index(rowCount() - 1, Cited));
}

void ReceivedDocumentTableModel::setCited(const QList<int> &rows)
{
    for (int r = 0; r < m_rows.size(); ++r)
        m_rows[r].cited = rows.contains(r);
    if (!m_rows.isEmpty())
        emit dataChanged(index(0, Cited), index(rowCount() - 1, Cited), {Qt::CheckStateRole});
}

QList<int> ReceivedDocumentTableModel::citedRows() const
{
    QList<int> rows;
    for (int r = 0; r < m_rows.size(); ++r)
        if (m_rows[r].cited)
            rows << r;
    return rows;
}

int ReceivedDocumentTableModel::appendDocument()
{
    const int row = int(m_rows.size());
    beginInsertRows({}, row, row);
    m_rows << Row{};
    endInsertRows();
    return row;
}

bool ReceivedDocumentTableModel::removeDocument(int row)
{
    if (row < 0 || row >= m_rows.size())
        return false;
    beginRemoveRows({}, row, row);
    m_rows.removeAt(row);
    endRemoveRows();
    return true;
}

bool ReceivedDocumentTableModel::moveUp(int row)
{
    if (row <= 0 || row >= m_rows.size())
        return false;
    beginMoveRows({}, row, row, {}, row - 1);
    m_rows.swapItemsAt(row - 1, row);
    endMoveRows();
    return true;
}

int ReceivedDocumentTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ReceivedDocumentTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString ReceivedDocumentTableModel::text(const Row &r, int column) const
{
    switch (Column(column)) {
    case Kind:
        return r.document.kind;
    case Number:
        return r.document.number;
    case Date:
        return r.dateText;
    case Issuer:
        return r.document.issuer;
    case Subject:
        return r.document.subject;
    default:
        return {};
    }
}

QVariant ReceivedDocumentTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &r = m_rows.at(index.row());
    if (index.column() == Cited)
        return role == Qt::CheckStateRole ? QVariant(r.cited ? Qt::Checked : Qt::Unchecked)
                                          : QVariant();
    if (role == Qt::DisplayRole || role == Qt::EditRole)
        return text(r, index.column());
    if (role == Qt::ToolTipRole && index.column() == Subject && !r.document.subject.isEmpty())
        return r.document.subject;
    return {};
}

QVariant ReceivedDocumentTableModel::headerData(int section, Qt::Orientation o, int role) const
{
    if (o != Qt::Horizontal)
        return {};
    if (role == Qt::ToolTipRole && section == Date)
        return tr("Typed as dd/mm/yyyy.");
    if (role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case Cited:
        return tr("Cited");
    case Kind:
        return tr("Kind");
    case Number:
        return tr("Number");
    case Date:
        return tr("Date issued");
    case Issuer:
        return tr("Issued by");
    case Subject:
        return tr("Subject");
    case ColumnCount:
        break;
    }
    return {};
}

Qt::ItemFlags ReceivedDocumentTableModel::flags(const QModelIndex &index) const
{
    if (!index.isValid()) // the table itself: no drops, no edits
        return Qt::NoItemFlags;
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return Qt::NoItemFlags;
    Qt::ItemFlags f = Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemNeverHasChildren;
    if (index.column() != Cited)
        f |= Qt::ItemIsEditable;
    else if (m_citable)
        f |= Qt::ItemIsUserCheckable;
    return f;
}

bool ReceivedDocumentTableModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return false;
    Row &r = m_rows[index.row()];
    if (index.column() == Cited) {
        if (role != Qt::CheckStateRole || !m_citable)
            return false;
        r.cited = value.toInt() == Qt::Checked;
    } else {
        if (role != Qt::EditRole)
            return false;
        const QString typed = value.toString();
        switch (Column(index.column())) {
        case Kind:
            r.document.kind = typed;
            break;
        case Number:
            r.document.number = typed;
            break;
        case Date:
            r.dateText = typed;
            break;
        case Issuer:
            r.document.issuer = typed;
            break;
        default:
            r.document.subject = typed;
            break;
        }
    }
    emit dataChanged(index, index);
    return true;
}

} // namespace sochibo::gui

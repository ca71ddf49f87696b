#include "AttendanceTableModel.h"

namespace sochibo::gui {

using core::AttendanceStatus;

namespace {

bool isStatus(int v)
{
    for (AttendanceStatus s : {AttendanceStatus::Present, AttendanceStatus::Excused,
                               AttendanceStatus::Unexcused, AttendanceStatus::Exempt})
        if (int(s) == v)
            return true;
    return false;
}

} // namespace

AttendanceTableModel::AttendanceTableModel(QObject *parent) : QAbstractTableModel(parent) {}

void AttendanceTableModel::setAttendance(const QList<core::Attendance> &attendance,
                                         const QMap<qint64, QString> &names)
{
    beginResetModel();
    m_rows = attendance;
    m_names.clear();
    for (const core::Attendance &a : attendance)
        m_names << names.value(a.memberId);
    endResetModel();
}

bool AttendanceTableModel::setStatus(qint64 memberId, AttendanceStatus status)
{
    for (int r = 0; r < m_rows.size(); ++r)
        if (m_rows[r].memberId == memberId)
            return setData(index(r, Status), int(status));
    return false;
}

int AttendanceTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int AttendanceTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AttendanceTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const core::Attendance &a = m_rows.at(index.row());
    if (role == MemberIdRole)
        return a.memberId;
    if (index.column() == Member)
        return role == Qt::DisplayRole ? QVariant(m_names.at(index.row())) : QVariant();
    switch (role) {
    case Qt::DisplayRole:
        return core::uiLabel(a.status);
    case Qt::EditRole:
        return int(a.status);
    default:
        return {};
    }
}

QVariant AttendanceTableModel::headerData(int section, Qt::Orientation o, int role) const
{
    if (o != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    return section == Member ? tr("Member") : section == Status ? tr("Attended") : QVariant();
}

Qt::ItemFlags AttendanceTableModel::flags(const QModelIndex &index) const
{
    if (!index.isValid()) // the table itself: no drops, no edits
        return Qt::NoItemFlags;
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return Qt::NoItemFlags;
    Qt::ItemFlags f = Qt::ItemIsEnabled | Qt::ItemNeverHasChildren;
    if (index.column() == Status)
        f |= Qt::ItemIsSelectable | Qt::ItemIsEditable;
    return f;
}

bool AttendanceTableModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole || index.column() != Status ||
        !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return false;
    bool ok = false;
    const int v = value.toInt(&ok);
    if (!ok || !isStatus(v))
        return false;
    if (m_rows[index.row()].status != AttendanceStatus(v)) {
        m_rows[index.row()].status = AttendanceStatus(v);
        emit dataChanged(index, index);
    }
    return true;
}

} // namespace sochibo::gui

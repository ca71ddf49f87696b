#include "MonthTaskModel.h"

#include "core/Enums.h"
#include "text/DocumentWording.h"

#include <QColor>
#include <QFont>

namespace sochibo::gui {

// A group row's internal id is 0; a task row's is its group's row + 1.

MonthTaskModel::MonthTaskModel(QObject *parent) : QAbstractItemModel(parent) {}

void MonthTaskModel::setGroups(const QList<core::TaskGroup> &groups)
{
    beginResetModel();
    m_groups.clear();
    for (const core::TaskGroup &g : groups) {
        Group group{g.title, {}};
        for (const core::PeriodTask *t : g.tasks)
            group.tasks << *t;
        m_groups << group;
    }
    endResetModel();
}

int MonthTaskModel::taskCount() const
{
    int n = 0;
    for (const Group &g : m_groups)
        n += int(g.tasks.size());
    return n;
}

QModelIndex MonthTaskModel::indexOfTask(qint64 taskId) const
{
    for (int g = 0; g < m_groups.size(); ++g)
        for (int r = 0; r < m_groups[g].tasks.size(); ++r)
            if (m_groups[g].tasks[r].task.id == taskId)
                return createIndex(r, 0, quintptr(g + 1));
    return {};
}

QModelIndex MonthTaskModel::index(int row, int column, const QModelIndex &parent) const
{
    if (!hasIndex(row, column, parent))
        return {};
    if (!parent.isValid())
        return createIndex(row, column, quintptr(0));
    return createIndex(row, column, quintptr(parent.row() + 1));
}

QModelIndex MonthTaskModel::parent(const QModelIndex &child) const
{
    if (!child.isValid() || child.internalId() == 0)
        return {};
    return createIndex(int(child.internalId() - 1), 0, quintptr(0));
}

int MonthTaskModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return int(m_groups.size());
    if (parent.internalId() == 0 && parent.column() == 0)
        return int(m_groups.value(parent.row()).tasks.size());
    return 0; // tasks have no rows under them
}

int MonthTaskModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

const core::PeriodTask *MonthTaskModel::task(const QModelIndex &index) const
{
    if (!index.isValid() || index.internalId() == 0)
        return nullptr;
    return &m_groups.at(int(index.internalId() - 1)).tasks.at(index.row());
}

QString MonthTaskModel::text(const core::PeriodTask &t, int column) const
{
    switch (Column(column)) {
    case Task:
        return t.task.title;
    case Owner:
        return t.ownerName.isEmpty() ? tr("(not assigned)") : t.ownerName;
    case Deadline:
        return t.task.dueOn.isValid() ? text::shortDate(t.task.dueOn) : tr("—");
    case Situation:
        return t.doneByEnd ? tr("Done %1").arg(text::shortDate(
                                 t.task.completedOn.isValid() ? t.task.completedOn : t.task.dueOn))
                           : uiLabel(t.task.status);
    case Report: {
        if (!t.report)
            return tr("not reported");
        const int month = t.report->period.mid(5).toInt();
        return QStringLiteral("%1: %2").arg(
            month ? tr("M%1").arg(month) : t.report->period,
            (t.report->result.isEmpty() ? t.report->doneText : t.report->result).simplified());
    }
    case Evidence:
        return QString::number(t.evidence) +
               (t.report && t.reportEvidence == 0 ? tr(" (report has no file)") : QString());
    case Comment:
        return t.report && !t.report->committeeComment.isEmpty() ? t.report->committeeComment
                                                                 : t.task.committeeComment;
    case Flags: {
        const QString flags = t.flagLabels().join(QStringLiteral(" · "));
        return flags.isEmpty() ? QString() : QStringLiteral("⚠ ") + flags;
    }
    case ColumnCount:
        break;
    }
    return {};
}

QVariant MonthTaskModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const core::PeriodTask *t = task(index);
    if (!t) { // a group: its title and count, in bold
        const Group &g = m_groups.at(index.row());
        if (role == Qt::DisplayRole && index.column() == Task)
            return QStringLiteral("%1 (%2)")
                .arg(g.title.isEmpty() ? tr("No owner assigned") : g.title)
                .arg(g.tasks.size());
        if (role == Qt::FontRole) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        return {};
    }
    switch (role) {
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        return text(*t, index.column());
    case Qt::ForegroundRole:
        if (index.column() == Deadline && t->overdue)
            return QColor(0xb0, 0x20, 0x20);
        if (index.column() == Report && !t->report && !t->doneByEnd)
            return QColor(0x90, 0x50, 0x00);
        return {};
    case TaskIdRole:
        return t->task.id;
    default:
        return {};
    }
}

QVariant MonthTaskModel::headerData(int section, Qt::Orientation o, int role) const
{
    if (o != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case Task:
        return tr("Task");
    case Owner:
        return tr("Owner");
    case Deadline:
        return tr("Deadline");
    case Situation:
        return tr("Situation");
    case Report:
        return tr("Reports in the period");
    case Evidence:
        return tr("Evidence");
    case Comment:
        return tr("Committee's comment");
    case Flags:
        return tr("Needs attention");
    case ColumnCount:
        break;
    }
    return {};
}

Qt::ItemFlags MonthTaskModel::flags(const QModelIndex &index) const
{
    if (!index.isValid()) // the table itself: no drops, no edits
        return Qt::NoItemFlags;
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return Qt::NoItemFlags;
    Qt::ItemFlags f = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    if (task(index))
        f |= Qt::ItemNeverHasChildren;
    return f;
}

} // namespace sochibo::gui

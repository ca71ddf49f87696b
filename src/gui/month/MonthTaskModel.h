#pragma once
#include "core/Period.h"

#include <QAbstractItemModel>

namespace sochibo::gui {

/// Theo dõi tháng: the tasks of a period in groups (by shortcoming or topic, or by member).
/// A group row names the group and its count; under it one row per task with its report for
/// the period, its evidence, the committee's comment and what needs attention. The columns
/// are the enum Column; the task of a row is under TaskIdRole (0 on a group row).
class MonthTaskModel : public QAbstractItemModel
{
    Q_OBJECT
public:
    enum Column { Task, Owner, Deadline, Situation, Report, Evidence, Comment, Flags, ColumnCount };
    static constexpr int TaskIdRole = Qt::UserRole + 1;

    explicit MonthTaskModel(QObject *parent = nullptr);
    /// Shows \a groups (core::groupTasks); the tasks are copied.
    void setGroups(const QList<core::TaskGroup> &groups);
    /// Task rows shown, groups not counted.
    int taskCount() const;
    /// The row of the task \a taskId (invalid when not shown).
    QModelIndex indexOfTask(qint64 taskId) const;

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation o, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

private:
    struct Group
    {
        QString title;
        QList<core::PeriodTask> tasks;
    };
    /// The text of a task's cell as the list shows it.
    QString text(const core::PeriodTask &t, int column) const;
    /// The task of a task row, nullptr for a group row.
    const core::PeriodTask *task(const QModelIndex &index) const;
    QList<Group> m_groups;
};

} // namespace sochibo::gui

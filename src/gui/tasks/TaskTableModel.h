#pragma once
#include "core/Task.h"
#include "core/TaskRules.h"
#include "gui/common/RecordTableModel.h"

namespace sochibo::gui {

/// What the task list shows of one task beyond the task itself.
struct TaskLine
{
    core::Task task;
    QString owner;           ///< the owner's name; empty when none is assigned
    int evidence = 0;        ///< evidence files attached to it
    core::TaskState state{}; ///< on the day shown (core::task_rules::state)
};

/// Nhiệm vụ: one row per task; an overdue or vague task in red, its gaps named in the last
/// column and its tooltip.
class TaskTableModel : public RecordTableModel
{
    Q_OBJECT
public:
    enum Column { Title, Owner, Due, Status, Products, Evidence, Unclear, ColumnCount };
    explicit TaskTableModel(QObject *parent = nullptr);
    void setTasks(const QList<TaskLine> &tasks);
};

} // namespace sochibo::gui

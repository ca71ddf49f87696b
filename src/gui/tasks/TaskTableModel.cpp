#include "TaskTableModel.h"

#include "core/Enums.h"
#include "text/DocumentWording.h"

namespace sochibo::gui {

using namespace sochibo::core;

TaskTableModel::TaskTableModel(QObject *parent)
    : RecordTableModel({tr("Task"), tr("Owner"), tr("Due"), tr("Status"), tr("Products"),
                        tr("Evidence"), tr("Unclear")},
                       parent)
{
    setNameColumns({Owner});
    setTextColumns({Title, Products, Unclear});
}

void TaskTableModel::setTasks(const QList<TaskLine> &tasks)
{
    QList<RecordRow> rows;
    for (const TaskLine &line : tasks) {
        const Task &t = line.task;
        RecordRow r = emptyRow(t.id, ColumnCount);
        const QList<ClarityGap> gaps = t.clarityGaps();
        QStringList missing;
        for (ClarityGap g : gaps)
            missing << uiLabel(g);
        QString status = uiLabel(t.status);
        if (line.state == TaskState::Overdue)
            status += tr(" · overdue");
        else if (line.state == TaskState::DoneLate)
            status += tr(" · late");
        r.cells[Title] = t.title;
        r.cells[Owner] = line.owner.isEmpty() ? tr("(not assigned)") : line.owner;
        r.cells[Due] = t.dueOn.isValid() ? text::shortDate(t.dueOn) : tr("(no deadline)");
        r.cells[Status] = status;
        r.cells[Products] = t.expectedOutput;
        r.cells[Evidence] = QString::number(line.evidence);
        if (!gaps.isEmpty()) {
            r.cells[Unclear] = QStringLiteral("⚠ ") + missing.join(QStringLiteral(", "));
            r.toolTips[Unclear] =
                tr("Vague task: missing %1.").arg(missing.join(QStringLiteral(", ")));
        }
        if (line.evidence == 0 && t.status == TaskStatus::Done)
            r.toolTips[Evidence] = tr("Done but has no evidence yet.");
        r.toolTips[Title] = t.title;
        r.sortKeys[Due] = dateKey(t.dueOn);
        r.sortKeys[Evidence] = line.evidence;
        r.sortKeys[Unclear] = int(gaps.size());
        if (line.state == TaskState::Overdue || !gaps.isEmpty())
            r.foreground = QColor(0xb0, 0x1e, 0x1e);
        rows << r;
    }
    setRows(rows);
}

} // namespace sochibo::gui

#include "CriterionTableModel.h"

#include "gui/review/Points.h"

namespace sochibo::gui {

CriterionTableModel::CriterionTableModel(Saver save, QObject *parent)
    : RecordGridModel(
          {tr("Group"), tr("Criterion"), tr("Maximum points"), tr("Self-assessed points")},
          {Title, MaxPoints, Points}, std::move(save), parent)
{
}

QString CriterionTableModel::cell(int row, int column) const
{
    const core::ReviewCriterion &c = records().at(row);
    switch (Column(column)) {
    case Group:
        return c.group ? QString::number(c.group) : c.code;
    case Title:
        return c.title;
    case MaxPoints:
        return showPoints(c.maxPoints);
    case Points:
        return showPoints(c.points);
    case ColumnCount:
        break;
    }
    return {};
}

bool CriterionTableModel::edit(int row, int column, const QString &text)
{
    core::ReviewCriterion after = records().at(row);
    if (column == Title) {
        after.title = text.simplified(); // the book refuses an empty one
    } else {
        const auto points = parsePoints(text);
        if (!points) {
            emit refused(tr("“%1” is not a number of points. For example: 4,5").arg(text));
            return false;
        }
        (column == MaxPoints ? after.maxPoints : after.points) = *points;
    }
    return save(row, after);
}

} // namespace sochibo::gui

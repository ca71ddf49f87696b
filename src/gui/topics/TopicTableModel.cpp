#include "TopicTableModel.h"

#include "text/DocumentWording.h"

namespace sochibo::gui {

TopicTableModel::TopicTableModel(QObject *parent)
    : RecordTableModel(
          {tr("Thematic topics"), tr("Timeframe"), tr("Drafted by"), tr("Products"), tr("Held")},
          parent)
{
    setNameColumns({DraftedBy});
    setTextColumns({Title, Products});
}

void TopicTableModel::setTopics(const QList<TopicLine> &topics)
{
    QList<RecordRow> rows;
    for (const TopicLine &line : topics) {
        const core::ThematicTopic &t = line.topic;
        RecordRow r = emptyRow(t.id, ColumnCount);
        r.cells[Title] = t.title;
        r.cells[Timeframe] = text::quarterOfYear(t.plannedQuarter, t.year);
        r.cells[DraftedBy] = line.drafter.isEmpty() ? tr("(no drafter yet)") : line.drafter;
        r.cells[Products] = t.expectedProducts;
        r.cells[Held] = text::shortDate(line.heldOn);
        r.toolTips[Title] = t.focusPoints;
        r.sortKeys[Timeframe] = t.plannedQuarter;
        r.sortKeys[Held] = dateKey(line.heldOn);
        rows << r;
    }
    setRows(rows);
}

} // namespace sochibo::gui

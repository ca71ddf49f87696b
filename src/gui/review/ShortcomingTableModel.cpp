#include "ShortcomingTableModel.h"

namespace sochibo::gui {

ShortcomingTableModel::ShortcomingTableModel(QObject *parent)
    : RecordTableModel({tr("Shortcomings"), tr("Timeframe"), tr("Remedy tasks"), tr("Completed")},
                       parent)
{
    setTextColumns({Title});
}

void ShortcomingTableModel::setShortcomings(const QList<ShortcomingLine> &lines)
{
    QList<RecordRow> rows;
    for (const ShortcomingLine &line : lines) {
        const core::Shortcoming &s = line.shortcoming;
        RecordRow r = emptyRow(s.id, ColumnCount);
        r.cells[Title] = s.title;
        r.cells[Timeframe] = s.timeframeText;
        r.cells[Remedies] = QString::number(line.remedies);
        r.cells[Completed] = QString::number(line.done);
        r.toolTips[Title] = s.title;
        r.sortKeys[Remedies] = line.remedies;
        r.sortKeys[Completed] = line.done;
        rows << r;
    }
    setRows(rows);
}

} // namespace sochibo::gui

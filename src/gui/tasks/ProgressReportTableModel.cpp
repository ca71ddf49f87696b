#include "ProgressReportTableModel.h"

#include "core/Period.h"
#include "text/DocumentWording.h"

namespace sochibo::gui {

ProgressReportTableModel::ProgressReportTableModel(QObject *parent)
    : RecordTableModel(
          {tr("Month"), tr("Reported by"), tr("Work done"), tr("Result"), tr("Comment")}, parent)
{
    setTextColumns({WorkDone, Result, Comment});
}

void ProgressReportTableModel::setReports(const QList<core::ProgressReport> &reports,
                                          const QMap<qint64, QString> &names)
{
    QList<RecordRow> rows;
    for (const core::ProgressReport &p : reports) {
        RecordRow r = emptyRow(p.id, ColumnCount);
        const auto month = core::Period::month(p.period);
        r.cells[Month] = month ? text::capitalizeFirst(month->label()) : p.period;
        r.sortKeys[Month] = p.period; // "2026-11" sorts as time does
        r.cells[ReportedBy] = names.value(p.memberId);
        r.cells[WorkDone] = p.doneText.simplified();
        r.cells[Result] = p.result.simplified();
        r.cells[Comment] = p.committeeComment.simplified();
        for (int c : {WorkDone, Result, Comment})
            r.toolTips[c] = r.cells[c];
        rows << r;
    }
    setRows(rows);
}

} // namespace sochibo::gui

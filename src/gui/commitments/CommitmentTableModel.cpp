#include "CommitmentTableModel.h"

#include "text/DocumentWording.h"

namespace sochibo::gui {

CommitmentTableModel::CommitmentTableModel(QObject *parent)
    : RecordTableModel({tr("Member"), tr("Signed on"), tr("Shortcomings"), tr("Action plan")},
                       parent)
{
    setNameColumns({Member});
    setTextColumns({Shortcomings});
}

void CommitmentTableModel::setCommitments(const QList<CommitmentLine> &lines)
{
    QList<RecordRow> rows;
    for (const CommitmentLine &line : lines) {
        RecordRow r = emptyRow(line.memberId, ColumnCount);
        r.cells[Member] = line.member;
        if (!line.commitment) {
            r.cells[SignedOn] = tr("none yet");
            r.foreground = QColor(0xb0, 0x1e, 0x1e);
            rows << r;
            continue;
        }
        const core::Commitment &c = *line.commitment;
        int plan = 0;
        for (const core::CommitmentItem &i : c.items)
            plan += i.plan ? 1 : 0;
        r.cells[SignedOn] = c.signedOn.isValid() ? text::shortDate(c.signedOn) : tr("not signed");
        r.cells[Shortcomings] = c.shortcomingsText;
        r.cells[ActionPlan] = tr("%1 items").arg(plan);
        r.toolTips[Shortcomings] = c.shortcomingsText;
        r.sortKeys[SignedOn] = dateKey(c.signedOn);
        r.sortKeys[ActionPlan] = plan;
        rows << r;
    }
    setRows(rows);
}

} // namespace sochibo::gui

#include "MemberReviewTableModel.h"

namespace sochibo::gui {

MemberReviewTableModel::MemberReviewTableModel(QObject *parent)
    : RecordTableModel({tr("Member"), tr("Form"), tr("Points"), tr("Proposes"), tr("Committee"),
                        tr("Votes"), tr("Cell's level"), tr("Status")},
                       parent)
{
    setNameColumns({Member});
    setTextColumns({Status});
}

void MemberReviewTableModel::setReviews(const QList<MemberReviewLine> &lines)
{
    QList<RecordRow> rows;
    for (const MemberReviewLine &line : lines) {
        RecordRow r = emptyRow(line.memberId, ColumnCount);
        r.cells[Member] = line.member;
        r.cells[Form] = line.form;
        r.cells[Points] = line.points;
        r.cells[Proposes] = line.proposes;
        r.cells[Committee] = line.committee;
        r.cells[Votes] = line.votes;
        r.cells[CellLevel] = line.cellLevel;
        r.cells[Status] = line.status;
        r.toolTips[Form] = line.formTip;
        r.toolTips[Status] = line.status;
        rows << r;
    }
    setRows(rows);
}

} // namespace sochibo::gui

#include "MemberTableModel.h"

#include "core/Enums.h"
#include "text/DocumentWording.h"

namespace sochibo::gui {

MemberTableModel::MemberTableModel(QObject *parent)
    : RecordTableModel({tr("Full name"), tr("Role"), tr("Kind"), tr("Job"),
                        tr("Party admission date"), tr("Situation")},
                       parent)
{
    setNameColumns({Name});
    setTextColumns({Situation});
}

void MemberTableModel::setMembers(const QList<core::Member> &members,
                                  const QMap<qint64, core::MembershipEvent> &departed)
{
    QList<RecordRow> rows;
    for (const core::Member &m : members) {
        RecordRow r = emptyRow(m.id, ColumnCount);
        const bool gone = departed.contains(m.id);
        r.cells[Name] = m.fullName;
        r.cells[Role] = core::uiLabel(m.role);
        r.cells[Kind] = core::uiLabel(m.kind);
        r.cells[Job] = core::uiLabel(m.job);
        r.cells[Admitted] = text::shortDate(m.admittedOn);
        r.cells[Situation] = gone ? departed.value(m.id).describe() : tr("Active");
        r.sortKeys[Role] = int(m.role);
        r.sortKeys[Admitted] = dateKey(m.admittedOn);
        if (gone)
            r.foreground = QColor(0x77, 0x77, 0x77);
        rows << r;
    }
    setRows(rows);
}

} // namespace sochibo::gui

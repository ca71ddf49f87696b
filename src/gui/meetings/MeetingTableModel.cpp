#include "MeetingTableModel.h"

#include "core/Enums.h"
#include "text/DocumentWording.h"

namespace sochibo::gui {

MeetingTableModel::MeetingTableModel(QObject *parent)
    : RecordTableModel({tr("Date"), tr("Kind"), tr("Attended"), tr("Chaired by"), tr("Agenda"),
                        tr("Conclusions")},
                       parent)
{
    setNameColumns({ChairedBy});
    setTextColumns({Agenda});
}

void MeetingTableModel::setMeetings(const QList<core::Meeting> &meetings,
                                    const QMap<qint64, QString> &names)
{
    QList<RecordRow> rows;
    for (const core::Meeting &m : meetings) {
        RecordRow r = emptyRow(m.id, ColumnCount);
        QStringList conclusions;
        for (const core::Conclusion &c : m.conclusions)
            conclusions << c.text;
        r.cells[Date] = text::shortDate(m.heldOn);
        r.cells[Kind] = core::uiLabel(m.kind);
        r.cells[Attended] = m.attendanceSummary();
        r.cells[ChairedBy] = names.value(m.chairId);
        r.cells[Agenda] = m.agenda;
        r.cells[Conclusions] = QString::number(conclusions.size());
        r.toolTips[Agenda] = m.agenda;
        r.toolTips[Conclusions] = conclusions.join(QLatin1Char('\n'));
        r.sortKeys[Date] = dateKey(m.heldOn);
        r.sortKeys[Attended] = m.presentCount();
        r.sortKeys[Conclusions] = int(conclusions.size());
        rows << r;
    }
    setRows(rows);
}

} // namespace sochibo::gui

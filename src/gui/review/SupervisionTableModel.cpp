#include "SupervisionTableModel.h"

#include "text/DocumentWording.h"

namespace sochibo::gui {

SupervisionTableModel::SupervisionTableModel(QObject *parent)
    : RecordTableModel({tr("Date"), tr("Form"), tr("Subject"), tr("Comment"), tr("Conclusions")},
                       parent)
{
    setTextColumns({Subject, Findings, Conclusions});
}

void SupervisionTableModel::setSupervisions(const QList<core::Supervision> &supervisions,
                                            const QMap<qint64, QString> &names)
{
    QList<RecordRow> rows;
    for (const core::Supervision &s : supervisions) {
        RecordRow r = emptyRow(s.id, ColumnCount);
        QString subject = s.subjectMemberId ? names.value(s.subjectMemberId) : QString();
        if (!s.subjectArea.isEmpty())
            subject += (subject.isEmpty() ? QString() : QStringLiteral(": ")) + s.subjectArea;
        r.cells[Date] = text::shortDate(s.heldOn);
        r.cells[Form] = s.inspection ? tr("Inspection") : tr("Supervision");
        r.cells[Subject] = subject;
        r.cells[Findings] = s.findings;
        r.cells[Conclusions] = s.conclusion;
        r.toolTips[Findings] = s.findings;
        r.toolTips[Conclusions] = s.conclusion;
        r.sortKeys[Date] = dateKey(s.heldOn);
        rows << r;
    }
    setRows(rows);
}

} // namespace sochibo::gui

#include "BackupTableModel.h"

#include <QLocale>

namespace sochibo::gui {

BackupTableModel::BackupTableModel(QObject *parent)
    : RecordTableModel({tr("Time"), tr("Reason"), tr("Agenda"), tr("Backup size")}, parent)
{
    setTextColumns({Contents});
}

void BackupTableModel::setBackups(const QList<storage::BackupInfo> &backups)
{
    const QLocale vi(QLocale::Vietnamese, QLocale::Vietnam);
    QList<RecordRow> rows;
    m_readable.clear();
    for (int i = 0; i < backups.size(); ++i) {
        const storage::BackupInfo &b = backups[i];
        RecordRow r = emptyRow(i, ColumnCount);
        r.cells[Time] = b.at.toString(QStringLiteral("dd/MM/yyyy HH:mm"));
        r.sortKeys[Time] = b.at;
        r.cells[Reason] = storage::backupReasonLabel(b.reasonCode);
        r.cells[Contents] = b.summary();
        r.toolTips[Contents] = b.path;
        r.cells[Size] = vi.formattedDataSize(b.bytes, 0, QLocale::DataSizeTraditionalFormat);
        r.sortKeys[Size] = b.bytes;
        rows << r;
        m_readable << b.readable;
    }
    setRows(rows);
}

Qt::ItemFlags BackupTableModel::flags(const QModelIndex &index) const
{
    if (!index.isValid()) // the table itself: no drops, no edits
        return Qt::NoItemFlags;
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return Qt::NoItemFlags;
    return m_readable.value(index.row()) ? RecordTableModel::flags(index) : Qt::NoItemFlags;
}

} // namespace sochibo::gui

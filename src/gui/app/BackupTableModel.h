#pragma once
#include "gui/common/RecordTableModel.h"
#include "storage/Backup.h"

namespace sochibo::gui {

/// The restore dialog's list: one row per backup of the open cell, newest first, with when
/// and why it was made, what it holds and its size. A backup that cannot be read is shown
/// greyed and cannot be chosen.
class BackupTableModel : public RecordTableModel
{
    Q_OBJECT
public:
    enum Column { Time, Reason, Contents, Size, ColumnCount };
    explicit BackupTableModel(QObject *parent = nullptr);
    void setBackups(const QList<storage::BackupInfo> &backups);
    Qt::ItemFlags flags(const QModelIndex &index) const override;

private:
    QList<bool> m_readable;
};

} // namespace sochibo::gui

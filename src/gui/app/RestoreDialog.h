#pragma once
#include "storage/Backup.h"

#include <QDialog>
#include <QString>

class QWidget;

class QTableView;

namespace sochibo::gui {

class BackupTableModel;

/// File → Khôi phục từ bản sao lưu…: the backups of the open cell, newest first, with what
/// each holds; the user picks one.
class RestoreDialog : public QDialog
{
    Q_OBJECT
public:
    RestoreDialog(const QList<storage::BackupInfo> &backups, const QString &folder,
                  QWidget *parent = nullptr);
    QTableView *table() const { return m_table; }
    BackupTableModel *model() const { return m_model; }
    /// The chosen backup ({} when none is selected).
    QString chosenPath() const;

private:
    QList<storage::BackupInfo> m_backups;
    QTableView *m_table;
    BackupTableModel *m_model;
};

} // namespace sochibo::gui

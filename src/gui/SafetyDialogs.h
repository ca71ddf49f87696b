#pragma once

#include "storage/Backup.h"
#include "storage/ChangeLog.h"

#include <QDialog>

class QLabel;
class QTableWidget;
class QTreeWidget;

namespace sochibo::gui {

/// File → Khôi phục từ bản sao lưu…: the backups of the open cell, newest first, with what
/// each holds; the user picks one.
class RestoreDialog : public QDialog
{
    Q_OBJECT
public:
    RestoreDialog(const QList<storage::BackupInfo> &backups, const QString &folder,
                  QWidget *parent = nullptr);
    QTableWidget *table() const { return m_table; }
    /// The chosen backup ({} when none is selected).
    QString chosenPath() const;

private:
    QList<storage::BackupInfo> m_backups;
    QTableWidget *m_table;
};

/// Sửa → Lịch sử thay đổi…: who changed a record and when, one change a node, what changed
/// under it.
class HistoryDialog : public QDialog
{
    Q_OBJECT
public:
    HistoryDialog(const QString &recordLabel, const QList<storage::ChangeEntry> &entries,
                  QWidget *parent = nullptr);
    QTreeWidget *tree() const { return m_tree; }

private:
    QTreeWidget *m_tree;
};

} // namespace sochibo::gui

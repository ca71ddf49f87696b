#pragma once
#include "storage/ChangeLog.h"

#include <QDialog>
#include <QString>

class QWidget;

class QTreeWidget;

namespace sochibo::gui {

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

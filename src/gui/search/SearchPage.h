#pragma once
#include "storage/Database.h"
#include <QString>

#include "storage/Search.h"

#include <QWidget>

class QLabel;
class QTreeWidget;
class QTreeWidgetItem;

namespace sochibo::gui {

/// The results of the search box above the navigation (Ctrl+F): every kind of record and the
/// text inside evidence PDFs, diacritics ignored, grouped by kind with a count, exact
/// matches first in each group. Enter or a double click opens the record on its page.
class SearchPage : public QWidget
{
    Q_OBJECT
public:
    explicit SearchPage(QWidget *parent = nullptr);
    void setDatabase(const storage::Database *db) { m_db = db; }
    /// Runs \a query and shows its results (an empty query clears them).
    void search(const QString &query);
    QTreeWidget *tree() const { return m_tree; }
    /// "12 kết quả cho “minh chung”"
    QString summary() const;
    /// Opens the current result (emits open()); false when none is selected.
    bool openCurrent();

signals:
    void open(const QString &kind, qint64 id);

private:
    const storage::Database *m_db = nullptr;
    QLabel *m_summary;
    QTreeWidget *m_tree;
};

} // namespace sochibo::gui

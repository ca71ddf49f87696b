#pragma once
#include "gui/common/BookPage.h"
#include "storage/Database.h"
#include "storage/Search.h"

#include <QString>
#include <QWidget>

class QLabel;
class QTreeWidget;
class QTreeWidgetItem;

namespace sochibo::gui {

/// The results of the search box above the navigation (Ctrl+F): every kind of record and the
/// text inside evidence PDFs, diacritics ignored, grouped by kind with a count, exact
/// matches first in each group. Enter or a double click opens the record on its page.
class SearchPage : public QWidget, public BookPage
{
    Q_OBJECT
public:
    explicit SearchPage(QWidget *parent = nullptr);
    /// The results of the last query again, from the records as they are now.
    void reload() override;
    void clear() override;
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
    QLabel *m_summary;
    QTreeWidget *m_tree;
    QString m_query;
};

} // namespace sochibo::gui

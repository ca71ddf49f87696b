#pragma once
#include "gui/common/RecordTableModel.h"
#include "gui/common/VietFilterProxy.h"
#include "reports/Spreadsheet.h"
#include "storage/Database.h"
#include <QString>
#include <QStringList>

#include <QDate>
#include <QWidget>

#include <functional>
#include <memory>

class QHBoxLayout;
class QLineEdit;
class QTableView;
namespace sochibo::storage {
class Database;
}

namespace sochibo::gui {

class RecordTableModel;
class VietFilterProxy;

/// A page showing one kind of record in a table with a diacritic-insensitive filter box; the
/// frame (heading, tool bar, table) is ui/common/RecordsPage.ui.
class RecordsPage : public QWidget
{
    Q_OBJECT
public:
    RecordsPage(const QString &title, const QStringList &headers, QWidget *parent = nullptr);
    virtual void reload(const storage::Database &db, const QDate &today) = 0;
    void focusFilter();
    QLineEdit *filterBox() const { return m_filter; }
    QTableView *view() const { return m_view; }
    /// The table as it is shown (filtered, sorted): one sheet, dates as dates, counts as
    /// numbers (from the sort keys).
    reports::Sheet shownAsSheet(const QString &name) const;
    RecordTableModel *model() const { return m_model; }
    VietFilterProxy *proxy() const { return m_proxy; }
    /// The record id of the current row, 0 when none.
    qint64 currentId() const;
    /// Makes the row of record \a id current (after a reload).
    void selectId(qint64 id);
    /// Adds a button to the bar above the table, before the trailing ones.
    void addToolbarWidget(QWidget *w);
    /// A button that stays last on the bar (and in the Tab order) whatever is added later:
    /// the destructive one ("Xóa đảng viên…") after "Thêm", "Sửa".
    void addTrailingToolbarWidget(QWidget *w);

protected:
    /// Puts \a panel to the right of the table (a side panel of details or a preview).
    void placeBesideTable(QWidget *panel);
    /// After the first fill: the column widths and sort order the user left, or widths that
    /// fit the contents.
    void fitColumns();
    void saveColumns();
    QString columnsKey() const;
    RecordTableModel *m_model;
    VietFilterProxy *m_proxy;
    QTableView *m_view;
    QLineEdit *m_filter;
    QWidget *m_bar;
    QList<QWidget *> m_trailing;
    QHBoxLayout *m_tableRow; ///< the table and, when a page has one, its side panel
    bool m_columnsRestored = false;
};

} // namespace sochibo::gui

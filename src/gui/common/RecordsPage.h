#pragma once
#include "gui/common/BookPage.h"
#include "gui/common/RecordTableModel.h"
#include "gui/common/VietFilterProxy.h"
#include "reports/Spreadsheet.h"

#include <QString>
#include <QStringList>
#include <QWidget>

class QHBoxLayout;
class QLineEdit;
class QTableView;

namespace sochibo::gui {

/// A page showing one kind of record in a table with a diacritic-insensitive filter box; the
/// frame (heading, tool bar, table) is ui/common/RecordsPage.ui.
class RecordsPage : public QWidget, public BookPage
{
    Q_OBJECT
public:
    /// \a kind: the kind of record the rows are (RecordRef::kind: "member", "task", …);
    /// \a model: the page's own table model (the page takes it).
    RecordsPage(const QString &kind, const QString &title, RecordTableModel *model,
                QWidget *parent = nullptr);
    void clear() override;
    QStringList recordKinds() const override { return {m_kind}; }
    RecordRef currentRecord() const override { return {m_kind, currentId()}; }
    bool selectRecord(const QString &kind, qint64 id) override;
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
    /// "Xuất Excel…" on the bar: asks the window to export the page's table (exportTable()).
    void addExportButton();

signals:
    /// A line for the status bar (\a timeout in ms).
    void statusMessage(const QString &text, int timeout);
    void exportRequested();

protected:
    /// Puts \a panel to the right of the table (a side panel of details or a preview).
    void placeBesideTable(QWidget *panel);
    /// After each fill: the column widths and sort order the user left; else dates, counts and
    /// codes as wide as their contents and the text columns sharing the rest of the width.
    void fitColumns();
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void fitToWidth();
    void saveColumns();
    void saveSortOrder();

protected:
    QString columnsKey() const;
    RecordTableModel *m_model;
    VietFilterProxy *m_proxy;
    QTableView *m_view;
    QLineEdit *m_filter;
    QWidget *m_bar;
    QList<QWidget *> m_trailing;
    QHBoxLayout *m_tableRow; ///< the table and, when a page has one, its side panel
    bool m_columnsRestored = false;
    bool m_userSized = false; ///< the user resized a column: widths are theirs
    bool m_fitting = false;
    QString m_kind;
    qint64 m_keptId = 0; ///< the row current before a reload, made current again after it
};

} // namespace sochibo::gui

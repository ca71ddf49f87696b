#pragma once
#include <QAbstractTableModel>
#include <QColor>
#include <QSortFilterProxyModel>
#include <QStringList>

namespace sochibo::gui {

/// One row of a records table as the user sees it.
struct RecordRow
{
    qint64 id = 0;
    QStringList cells;
    QStringList toolTips;     ///< per column, may be shorter than cells
    QColor foreground;        ///< invalid: the palette's
    QList<QVariant> sortKeys; ///< per column; a missing one sorts by the text (Vietnamese)
};

/// A read-only table of rows prepared by a page from the records: one model for members,
/// tasks, meetings. The id of a row is under Qt::UserRole.
class RecordTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    static constexpr int IdRole = Qt::UserRole;
    static constexpr int SortRole = Qt::UserRole + 1;
    static constexpr int NameColumnRole = Qt::UserRole + 2; ///< true on roster-name columns

    explicit RecordTableModel(QStringList headers, QObject *parent = nullptr);
    void setRows(QList<RecordRow> rows);
    /// Columns holding personal names: sorted in roster order (given name first).
    void setNameColumns(QList<int> columns) { m_nameColumns = std::move(columns); }
    const RecordRow &row(int r) const { return m_rows.at(r); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation o, int role = Qt::DisplayRole) const override;

private:
    QStringList m_headers;
    QList<RecordRow> m_rows;
    QList<int> m_nameColumns;
};

/// The one sort/filter proxy of the interface: sorts with Vietnamese collation (roster order
/// on name columns, numbers and dates by their keys) and filters ignoring diacritics and
/// tone placement ("dang" finds "Đặng", "thuy" finds "Thuỷ"), every word of the filter
/// anywhere in the row.
class VietFilterProxy : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    explicit VietFilterProxy(QObject *parent = nullptr);
    void setFilterWords(const QString &text);

protected:
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    QString m_filter;
};

} // namespace sochibo::gui

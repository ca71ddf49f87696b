#pragma once
#include <QAbstractTableModel>
#include <QColor>
#include <QDate>
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

/// The sort key of a date cell: its day (an empty date sorts first).
QVariant dateKey(const QDate &d);

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

} // namespace sochibo::gui

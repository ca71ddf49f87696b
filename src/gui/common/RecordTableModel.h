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

/// A read-only table of rows, the base of the one model each kind of record has
/// (MemberTableModel, TaskTableModel, MeetingTableModel, EvidenceTableModel: each names its
/// columns in an enum Column and turns its records into rows). The id of a row is under
/// IdRole, the sort key under SortRole.
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
    /// Columns of free text (a title, an agenda): they share the width the others leave;
    /// dates, counts and short codes are never cut (RecordsPage::fitColumns).
    void setTextColumns(QList<int> columns) { m_textColumns = std::move(columns); }
    const QList<int> &textColumns() const { return m_textColumns; }
    const RecordRow &row(int r) const { return m_rows.at(r); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation o, int role = Qt::DisplayRole) const override;

private:
    QStringList m_headers;
    QList<RecordRow> m_rows;
    QList<int> m_nameColumns;
    QList<int> m_textColumns;
};

/// A row of \a columns empty cells, for a model to fill by its Column enum.
RecordRow emptyRow(qint64 id, int columns);

} // namespace sochibo::gui

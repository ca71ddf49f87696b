#pragma once
#include <QAbstractTableModel>
#include <QStringList>

#include <functional>

namespace sochibo::gui {

/// A table typed into in place (the review's criteria, targets and candidates). Each entity
/// model names its columns in an enum Column, shows its records through cell() and turns a
/// typed cell into an edited record in edit(). A value that cannot be kept changes nothing
/// and says why (refused()); one that can goes to the book through the model's saver, with
/// undo. The id of a row is under IdRole.
class EditableTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    static constexpr int IdRole = Qt::UserRole;

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation o, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    /// Text typed into an editable cell: saved when it changes something and can be kept.
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    /// The record of \a row (0 outside the rows).
    virtual qint64 id(int row) const = 0;

signals:
    /// A typed value that cannot be kept (not a number, not a date): what to tell the user.
    void refused(const QString &message);

protected:
    EditableTableModel(QStringList headers, QList<int> editableColumns, QObject *parent);
    /// The text of a cell as shown and as the editor starts from.
    virtual QString cell(int row, int column) const = 0;
    /// Saves \a text typed into a cell; false when it is refused or the book says no.
    virtual bool edit(int row, int column, const QString &text) = 0;

private:
    QStringList m_headers;
    QList<int> m_editable;
};

/// The rows of one kind of record and the saver that stores an edit of one (before, after:
/// the page commits it with undo). An accepted edit shows at once; when saving reloads the
/// rows, the reload stands.
template <class Record> class RecordGridModel : public EditableTableModel
{
public:
    using Saver = std::function<bool(const Record &before, const Record &after)>;

    /// Shows \a records. The same rows again (a reload after an edit) change in place, so an
    /// editor, the selection and the scroll position stay; other rows reset the table.
    void setRecords(QList<Record> records)
    {
        ++m_generation;
        const auto sameRows = [&] {
            if (records.size() != m_records.size() || records.isEmpty())
                return false;
            for (int r = 0; r < records.size(); ++r)
                if (records[r].id != m_records[r].id)
                    return false;
            return true;
        };
        if (sameRows()) {
            m_records = std::move(records);
            emit dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1));
            return;
        }
        beginResetModel();
        m_records = std::move(records);
        endResetModel();
    }
    const QList<Record> &records() const { return m_records; }
    int rowCount(const QModelIndex &parent = {}) const override
    {
        return parent.isValid() ? 0 : int(m_records.size());
    }
    qint64 id(int row) const override
    {
        return row >= 0 && row < m_records.size() ? m_records[row].id : 0;
    }

protected:
    RecordGridModel(QStringList headers, QList<int> editableColumns, Saver save, QObject *parent)
        : EditableTableModel(std::move(headers), std::move(editableColumns), parent),
          m_save(std::move(save))
    {
    }
    /// Stores \a after in place of the record of \a row.
    bool save(int row, const Record &after)
    {
        const int generation = m_generation;
        const Record before = m_records[row]; // saving may reload the rows
        if (!m_save || !m_save(before, after))
            return false;
        if (generation == m_generation) { // not reloaded by the save: show the edit
            m_records[row] = after;
            emit dataChanged(index(row, 0), index(row, columnCount() - 1));
        }
        return true;
    }

private:
    Saver m_save;
    QList<Record> m_records;
    int m_generation = 0;
};

} // namespace sochibo::gui

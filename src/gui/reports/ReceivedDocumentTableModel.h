#pragma once
#include "core/Review.h"

#include <QAbstractTableModel>

namespace sochibo::gui {

/// The register of documents received (the grounds a plan cites), edited in the document
/// settings: every cell typed in place, the order that of the list, and a tick on the
/// documents the document shown cites. The date is kept as typed until the form is checked
/// (dateText); document() reads it.
class ReceivedDocumentTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Cited, Kind, Number, Date, Issuer, Subject, ColumnCount };

    explicit ReceivedDocumentTableModel(QObject *parent = nullptr);
    /// The register to edit, nothing ticked.
    void setDocuments(const QList<core::ReceivedDocument> &documents);
    /// The document of \a row as typed (text trimmed, the date read, its place in the list).
    core::ReceivedDocument document(int row) const;
    /// The date of \a row as typed.
    QString dateText(int row) const;
    /// Whether the ticks can be changed: the document shown has a grounds section.
    void setCitable(bool citable);
    /// Ticks exactly \a rows.
    void setCited(const QList<int> &rows);
    QList<int> citedRows() const;
    /// Adds an empty document at the end; its row.
    int appendDocument();
    bool removeDocument(int row);
    /// Swaps \a row with the one above it.
    bool moveUp(int row);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation o, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;

private:
    struct Row
    {
        core::ReceivedDocument document;
        QString dateText;
        bool cited = false;
    };
    QString text(const Row &r, int column) const;
    QList<Row> m_rows;
    bool m_citable = true;
};

} // namespace sochibo::gui

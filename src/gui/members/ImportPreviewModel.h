#pragma once
#include "sheets/MemberImport.h"

#include <QAbstractTableModel>

namespace sochibo::gui {

/// The import dialog's preview: one row per row of the sheet as it will be read, ticked when
/// it will be imported. A row with an error cannot be ticked and is tinted red; one with a
/// warning is tinted yellow, its problems written on the row.
class ImportPreviewModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        Take,
        SheetRow,
        FullName,
        Problems,
        Gender,
        Born,
        PartyPost,
        Job,
        Education,
        Kind,
        Admitted,
        FullMember,
        ColumnCount
    };

    explicit ImportPreviewModel(QObject *parent = nullptr);
    void setRows(const QList<sheets::ImportRow> &rows);
    const QList<sheets::ImportRow> &rows() const { return m_rows; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation o, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    /// Ticks a row on or off (Qt::CheckStateRole on Take); rows with errors stay off.
    bool setData(const QModelIndex &index, const QVariant &value, int role) override;

private:
    QString text(const sheets::ImportRow &r, int column) const;
    QString problems(const sheets::ImportRow &r) const;
    QList<sheets::ImportRow> m_rows;
};

} // namespace sochibo::gui

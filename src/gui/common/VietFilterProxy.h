#pragma once
#include <QSortFilterProxyModel>
#include <QString>

namespace sochibo::gui {

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

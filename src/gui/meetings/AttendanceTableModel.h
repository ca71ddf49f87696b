#pragma once
#include "core/Meeting.h"

#include <QAbstractTableModel>
#include <QMap>

namespace sochibo::gui {

/// The meeting form's attendance: one row per member expected, with whether they came
/// (present, excused, absent without leave, exempt). The status is chosen in place; its
/// value is under Qt::EditRole, the member under MemberIdRole.
class AttendanceTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Member, Status, ColumnCount };
    static constexpr int MemberIdRole = Qt::UserRole;

    explicit AttendanceTableModel(QObject *parent = nullptr);
    /// \a names: members' names by id.
    void setAttendance(const QList<core::Attendance> &attendance,
                       const QMap<qint64, QString> &names);
    const QList<core::Attendance> &attendance() const { return m_rows; }
    /// Marks \a memberId; false when the member is not on the list.
    bool setStatus(qint64 memberId, core::AttendanceStatus status);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation o, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;

private:
    QList<core::Attendance> m_rows;
    QStringList m_names;
};

} // namespace sochibo::gui

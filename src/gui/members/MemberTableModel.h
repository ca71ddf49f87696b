#pragma once
#include "core/Member.h"
#include "gui/common/RecordTableModel.h"

#include <QMap>

namespace sochibo::gui {

/// Đảng viên: one row per member, the departed in grey with how they left.
class MemberTableModel : public RecordTableModel
{
    Q_OBJECT
public:
    enum Column { Name, Role, Kind, Job, Admitted, Situation, ColumnCount };
    explicit MemberTableModel(QObject *parent = nullptr);
    /// \a departed: how each member who left the cell by the day shown left it.
    void setMembers(const QList<core::Member> &members,
                    const QMap<qint64, core::MembershipEvent> &departed);
};

} // namespace sochibo::gui

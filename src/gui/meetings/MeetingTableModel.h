#pragma once
#include "core/Meeting.h"
#include "gui/common/RecordTableModel.h"

#include <QMap>

namespace sochibo::gui {

/// Sinh hoạt: one row per meeting, newest first as the records give them.
class MeetingTableModel : public RecordTableModel
{
    Q_OBJECT
public:
    enum Column { Date, Kind, Attended, ChairedBy, Agenda, Conclusions, ColumnCount };
    explicit MeetingTableModel(QObject *parent = nullptr);
    /// \a names: members' names by id (the chair).
    void setMeetings(const QList<core::Meeting> &meetings, const QMap<qint64, QString> &names);
};

} // namespace sochibo::gui

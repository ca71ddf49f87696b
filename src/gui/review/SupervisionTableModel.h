#pragma once
#include "core/Meeting.h"
#include "gui/common/RecordTableModel.h"

#include <QMap>

namespace sochibo::gui {

/// Kiểm điểm ▸ Kiểm tra, giám sát: one row per inspection or supervision of the year.
class SupervisionTableModel : public RecordTableModel
{
    Q_OBJECT
public:
    enum Column { Date, Form, Subject, Findings, Conclusions, ColumnCount };
    explicit SupervisionTableModel(QObject *parent = nullptr);
    /// \a names: members' names by id (whom it was about).
    void setSupervisions(const QList<core::Supervision> &supervisions,
                         const QMap<qint64, QString> &names);
};

} // namespace sochibo::gui

#pragma once
#include "core/Review.h"
#include "gui/common/RecordTableModel.h"

namespace sochibo::gui {

/// One shortcoming of the year with how its remedy is going.
struct ShortcomingLine
{
    core::Shortcoming shortcoming;
    int remedies = 0; ///< tasks given to remedy it
    int done = 0;     ///< of which completed
};

/// Kiểm điểm ▸ Hạn chế, khuyết điểm: one row per shortcoming of the year, in the plan's order.
class ShortcomingTableModel : public RecordTableModel
{
    Q_OBJECT
public:
    enum Column { Title, Timeframe, Remedies, Completed, ColumnCount };
    explicit ShortcomingTableModel(QObject *parent = nullptr);
    void setShortcomings(const QList<ShortcomingLine> &lines);
};

} // namespace sochibo::gui

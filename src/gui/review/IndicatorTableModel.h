#pragma once
#include "core/Review.h"
#include "gui/common/EditableTableModel.h"

namespace sochibo::gui {

/// Kiểm điểm ▸ Chỉ tiêu: the year's targets as the self-review prints them, every cell typed
/// in place.
class IndicatorTableModel : public RecordGridModel<core::Indicator>
{
    Q_OBJECT
public:
    enum Column { Name, Unit, Planned, Achieved, ColumnCount };
    IndicatorTableModel(Saver save, QObject *parent = nullptr);

protected:
    QString cell(int row, int column) const override;
    bool edit(int row, int column, const QString &text) override;
};

} // namespace sochibo::gui

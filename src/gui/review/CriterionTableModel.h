#pragma once
#include "core/Review.h"
#include "gui/common/EditableTableModel.h"

namespace sochibo::gui {

/// Kiểm điểm ▸ Tự đánh giá: the year's criteria, their title and points typed in place
/// ("4,5" or "4.5"; empty for not yet scored). The group is the form's and stays.
class CriterionTableModel : public RecordGridModel<core::ReviewCriterion>
{
    Q_OBJECT
public:
    enum Column { Group, Title, MaxPoints, Points, ColumnCount };
    CriterionTableModel(Saver save, QObject *parent = nullptr);

protected:
    QString cell(int row, int column) const override;
    bool edit(int row, int column, const QString &text) override;
};

} // namespace sochibo::gui

#pragma once
#include "core/Member.h"
#include "gui/common/EditableTableModel.h"

namespace sochibo::gui {

/// Kiểm điểm ▸ Quần chúng ưu tú: the promising candidates, typed in place; the dates day/
/// month/year (12/09/2026, 12092026 or 12/9/26), empty for not yet.
class CandidateTableModel : public RecordGridModel<core::Candidate>
{
    Q_OBJECT
public:
    enum Column { FullName, ClassOn, AdmittedOn, Note, ColumnCount };
    CandidateTableModel(Saver save, QObject *parent = nullptr);

protected:
    QString cell(int row, int column) const override;
    bool edit(int row, int column, const QString &text) override;
};

} // namespace sochibo::gui

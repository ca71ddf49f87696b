#pragma once
#include "core/Review.h"
#include "gui/common/RecordTableModel.h"

#include <optional>

namespace sochibo::gui {

/// One member of the cell in the commitments list, with their commitment of the year if any.
struct CommitmentLine
{
    qint64 memberId = 0;
    QString member;
    std::optional<core::Commitment> commitment; ///< none: not written yet (the row in red)
};

/// Cam kết: one row per member in the cell that year, whether they have written their
/// commitment (signed when, the shortcomings, how many items in the action plan) or not.
/// The row's id is the member's.
class CommitmentTableModel : public RecordTableModel
{
    Q_OBJECT
public:
    enum Column { Member, SignedOn, Shortcomings, ActionPlan, ColumnCount };
    explicit CommitmentTableModel(QObject *parent = nullptr);
    void setCommitments(const QList<CommitmentLine> &lines);
};

} // namespace sochibo::gui

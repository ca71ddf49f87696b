#pragma once
#include "gui/common/RecordTableModel.h"

namespace sochibo::gui {

/// One member's year-end review as the members' reviews tab lists it: every value already
/// written as the form writes it (levels abbreviated, "16/17" votes).
struct MemberReviewLine
{
    qint64 memberId = 0;
    QString member;
    QString form;    ///< "2B" of "Mẫu 2B-HD KĐ.ĐG"
    QString formTip; ///< the form's full number and the member's category
    QString points, proposes, committee, votes, cellLevel;
    QString status; ///< draft, printed on …, rated, not rated (why)
};

/// Kiểm điểm ▸ Kiểm điểm đảng viên: one row per member reviewed that year.
class MemberReviewTableModel : public RecordTableModel
{
    Q_OBJECT
public:
    enum Column {
        Member,
        Form,
        Points,
        Proposes,
        Committee,
        Votes,
        CellLevel,
        Status,
        ColumnCount
    };
    explicit MemberReviewTableModel(QObject *parent = nullptr);
    void setReviews(const QList<MemberReviewLine> &lines);
};

} // namespace sochibo::gui

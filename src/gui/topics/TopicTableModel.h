#pragma once
#include "core/Meeting.h"
#include "gui/common/RecordTableModel.h"

namespace sochibo::gui {

/// What the topics list shows of one topic beyond the topic itself.
struct TopicLine
{
    core::ThematicTopic topic;
    QString drafter; ///< the drafter's name; empty when none is assigned yet
    QDate heldOn;    ///< the meeting it was held in; invalid when not yet
};

/// Chuyên đề: one row per topic of the year, in the plan's order; its focus in the tooltip.
class TopicTableModel : public RecordTableModel
{
    Q_OBJECT
public:
    enum Column { Title, Timeframe, DraftedBy, Products, Held, ColumnCount };
    explicit TopicTableModel(QObject *parent = nullptr);
    void setTopics(const QList<TopicLine> &topics);
};

} // namespace sochibo::gui

#pragma once
#include "core/Meeting.h"
#include "gui/common/BookPage.h"
#include "gui/common/Committer.h"
#include "gui/common/Prompts.h"
#include "storage/Database.h"

#include <QDate>
#include <QWidget>

class QSpinBox;
class QTableView;

namespace sochibo::gui {

class TopicTableModel;

/// Chuyên đề: the year's thematic topics, which the thematic-session plan prints.
class TopicsPage : public QWidget, public BookPage
{
    Q_OBJECT
public:
    TopicsPage(Prompts prompts, Committer commit, QWidget *parent = nullptr);
    void reload() override;
    void clear() override;
    QStringList recordKinds() const override { return {QStringLiteral("topic")}; }
    RecordRef currentRecord() const override { return {QStringLiteral("topic"), currentTopicId()}; }
    bool selectRecord(const QString &kind, qint64 id) override;
    bool addsRecords() const override { return true; }
    bool addRecord() override { return addTopic(); }
    void setYear(int year);
    QTableView *table() const { return m_table; }
    TopicTableModel *model() const { return m_model; }
    /// The topic of the current row (0: none).
    qint64 currentTopicId() const;
    /// Shows the topic's year and selects it; false when there is no such topic.
    bool selectTopic(qint64 id);
    bool addTopic();
    bool editTopic(int row);
    bool removeTopic(int row);

private:
    void fill();
    Prompts m_prompts;
    Committer m_commit;
    QSpinBox *m_year;
    QTableView *m_table;
    TopicTableModel *m_model;
    QList<core::ThematicTopic> m_topics;
};

} // namespace sochibo::gui

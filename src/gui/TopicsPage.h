#pragma once
#include "Pages.h"

#include "core/Meeting.h"

#include <QDialog>

class QPlainTextEdit;
class QTableWidget;

namespace sochibo::gui {

/// A thematic-session topic: title, focus points (one a line), planned quarter, the member
/// who drafts it, expected products.
class TopicDialog : public QDialog
{
    Q_OBJECT
public:
    TopicDialog(const core::ThematicTopic &topic, const storage::Database &db, const QDate &today,
                QWidget *parent = nullptr);
    core::ThematicTopic topic() const;
    QLineEdit *titleField() const { return m_title; }
    QComboBox *drafterField() const { return m_drafter; }
    QSpinBox *quarterField() const { return m_quarter; }
    QPlainTextEdit *focusField() const { return m_focus; }
    void accept() override;

private:
    core::ThematicTopic m_topic;
    QLineEdit *m_title;
    QPlainTextEdit *m_focus, *m_products;
    QSpinBox *m_quarter;
    QComboBox *m_drafter;
    QLabel *m_problems;
};

/// Chuyên đề: the year's thematic topics, which the thematic-session plan prints.
class TopicsPage : public QWidget
{
    Q_OBJECT
public:
    TopicsPage(Prompts prompts, Committer commit, QWidget *parent = nullptr);
    void reload(const storage::Database &db, const QDate &today);
    void setYear(int year);
    QTableWidget *table() const { return m_table; }
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
    const storage::Database *m_db = nullptr;
    QDate m_today;
    QSpinBox *m_year;
    QTableWidget *m_table;
    QList<core::ThematicTopic> m_topics;
};

} // namespace sochibo::gui

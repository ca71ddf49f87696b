#pragma once
#include "core/Meeting.h"
#include "storage/Database.h"

#include <QDate>
#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QSpinBox;
class QWidget;

class QPlainTextEdit;

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

} // namespace sochibo::gui

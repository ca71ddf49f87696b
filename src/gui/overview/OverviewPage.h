#pragma once
#include "core/Reminders.h"
#include "gui/common/BookPage.h"
#include "gui/overview/MonthChart.h"
#include "reports/ReportBuilder.h"
#include "storage/Database.h"
#include "storage/Progress.h"

#include <QDate>
#include <QString>
#include <QWidget>

#include <functional>
#include <memory>

class QProgressBar;
class QLabel;
class QListWidget;
namespace sochibo::storage {
class Database;
}

namespace sochibo::gui {

/// Tổng quan: the year in figures, what is late, what lacks evidence.
class OverviewPage : public QWidget, public BookPage
{
    Q_OBJECT
public:
    explicit OverviewPage(QWidget *parent = nullptr);
    void reload() override;
    void clear() override;
    /// The status bar's figures: "Năm 2026 · 18 đảng viên · 3 nhiệm vụ quá hạn".
    static QString statusLine(const storage::Database &db, const QDate &today);
    /// The year's figures.
    TableExport exportTable() const override;
    QString text() const;
    MonthChart *chart() const { return m_chart; }
    /// One progress bar per shortcoming of last year's review: remedy tasks done with
    /// evidence out of all its remedy tasks.
    QList<QProgressBar *> remedyBars() const;
    /// "Việc cần làm" (core::reminders), without the ones dismissed for this book.
    QListWidget *todoList() const { return m_todo; }
    /// How many reminders the list shows (the dismissed ones left out).
    int pendingReminders() const;
    /// Hides the selected reminders for this book until their reason changes.
    void dismissSelected();
    /// Shows the dismissed reminders again.
    void showDismissed();

signals:
    /// A reminder was opened: the record it is about ("task", "member", "topic").
    void open(const QString &kind, qint64 id);
    /// A count was clicked: open the tasks filtered to it (a TasksPage::Show value).
    void showTasks(int show);
    /// A count of this month was clicked: the month page filtered (a MonthPage::Show value).
    void showMonth(int show);

private:
    void fillTodo();
    QLabel *m_text;
    MonthChart *m_chart;
    QWidget *m_remedies;
    QListWidget *m_todo;
    QList<core::Reminder> m_reminders;
    QString m_book; ///< the settings key of the open book's dismissed reminders
};

} // namespace sochibo::gui

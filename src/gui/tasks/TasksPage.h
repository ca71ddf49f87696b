#pragma once
#include "gui/common/RecordsPage.h"
#include "storage/Database.h"

#include <QDate>
#include <QWidget>

#include <functional>
#include <memory>

class QComboBox;
namespace sochibo::storage {
class Database;
}

namespace sochibo::gui {

class TasksPage : public RecordsPage
{
    Q_OBJECT
public:
    explicit TasksPage(QWidget *parent = nullptr);
    void reload(const storage::Database &db, const QDate &today) override;
    enum Show { All, Overdue, DueThisMonth, MissingEvidence, Vague };
    void setShow(Show show);
    /// The tasks of one year (core::task_rules::belongsToYear), or of every year (0). A book
    /// opens on the current year.
    void setYear(int year);
    QComboBox *yearBox() const { return m_year; }

private:
    QComboBox *m_show, *m_year;
    const storage::Database *m_db = nullptr;
    QDate m_today;
};

} // namespace sochibo::gui

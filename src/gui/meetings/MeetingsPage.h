#pragma once
#include "gui/common/RecordsPage.h"
#include "storage/Database.h"

#include <QDate>
#include <QWidget>

#include <functional>
#include <memory>

namespace sochibo::storage {
class Database;
}

namespace sochibo::gui {

class MeetingsPage : public RecordsPage
{
    Q_OBJECT
public:
    explicit MeetingsPage(QWidget *parent = nullptr);
    void reload(const storage::Database &db, const QDate &today) override;
};

} // namespace sochibo::gui

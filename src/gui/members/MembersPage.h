#pragma once
#include "core/Enums.h"
#include "gui/common/Committer.h"
#include "gui/common/Prompts.h"
#include "gui/common/RecordsPage.h"
#include "storage/Database.h"
#include "storage/Progress.h"

#include <QDate>
#include <QString>
#include <QWidget>

#include <functional>
#include <memory>

class QComboBox;
class QLabel;
class QListWidget;
namespace sochibo::storage {
class Database;
}

namespace sochibo::gui {

class MembersPage : public RecordsPage
{
    Q_OBJECT
public:
    MembersPage(Prompts prompts, Committer commit, QWidget *parent = nullptr);
    void reload() override;
    /// "Thêm đảng viên…" (Ctrl+N): the member and how they joined, as one undoable step.
    bool add();
    bool addsRecords() const override { return true; }
    bool addRecord() override { return add(); }
    bool editCurrent();
    /// "Nhập danh sách…": a spreadsheet read, previewed (MemberImportDialog), the book backed
    /// up in the background, then the members added with their events as one undoable step.
    /// True when the import was started (it ends when the backup has; jobs::waitForAll()).
    bool importList();
    /// The members with their events, as import-members reads them back.
    TableExport exportTable() const override;
    /// Deletes the current member after confirmation; a member others depend on is explained,
    /// not deleted. Returns true when deleted.
    bool removeCurrent();
    /// Records a membership event for the selected member through the event dialog.
    bool addEvent();
    bool removeSelectedEvent();
    /// Sets the selected member's rating for \a year (undoable).
    bool setRating(int year, core::QualityRating level);
    QListWidget *eventList() const { return m_events; }
    QString details() const;

signals:
    void changed();

private:
    void showDetails();
    /// The members of an import added, as one undoable step.
    void addImported(const QList<core::Member> &members, const QString &fileName);
    Prompts m_prompts;
    Committer m_commit;
    QLabel *m_details;
    QListWidget *m_events;
    QComboBox *m_ratingPrev, *m_ratingThis;
    QLabel *m_ratingPrevLabel, *m_ratingThisLabel;
};

} // namespace sochibo::gui

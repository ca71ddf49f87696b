#pragma once
#include "gui/common/Committer.h"
#include "gui/common/Prompts.h"
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
    MeetingsPage(Prompts prompts, Committer commit, QWidget *parent = nullptr);
    void reload() override;
    storage::EvidenceTarget evidenceTarget() const override;
    TableExport exportTable() const override;
    /// A new meeting: everyone in the cell on the day is listed as present to start with.
    bool add();
    bool addsRecords() const override { return true; }
    bool addRecord() override { return add(); }
    /// The attendance and conclusions of the selected meeting.
    bool editCurrent();
    /// "In biên bản…": the selected meeting's minutes saved as PDF and opened.
    bool printMinutes();

signals:
    /// The user asked for a task from a conclusion (saved): the window opens the task form.
    void taskFromConclusion(qint64 conclusionId);

private:
    /// After a meeting was saved because the user turned one of its new conclusions into a
    /// task: asks for that conclusion's task (row \a conclusionRow; none when negative).
    void continueWithTask(qint64 meetingId, int conclusionRow);
    Prompts m_prompts;
    Committer m_commit;
};

} // namespace sochibo::gui

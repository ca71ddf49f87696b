#pragma once
#include "core/Task.h"
#include "gui/common/Committer.h"
#include "gui/common/Prompts.h"
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
    TasksPage(Prompts prompts, Committer commit, QWidget *parent = nullptr);
    void reload() override;
    QStringList recordKinds() const override
    {
        return {QStringLiteral("task"), QStringLiteral("progress")};
    }
    /// Shows every task (and every year when needed) so that the task found is in the list.
    bool selectRecord(const QString &kind, qint64 id) override;
    storage::EvidenceTarget evidenceTarget() const override;
    TableExport exportTable() const override;
    /// "Giao nhiệm vụ…" (Ctrl+N): a new task through the task form, undoable.
    bool add();
    bool addsRecords() const override { return true; }
    bool addRecord() override { return add(); }
    /// A task pre-filled from a meeting conclusion (owner and deadline it names), through the
    /// task form.
    bool addFromConclusion(qint64 conclusionId);
    /// The task form for the selected task, with its new monthly report.
    bool editCurrent();
    enum Show { All, Overdue, DueThisMonth, MissingEvidence, Vague };
    void setShow(Show show);
    /// The tasks of one year (core::task_rules::belongsToYear), or of every year (0). A book
    /// opens on the current year.
    void setYear(int year);
    QComboBox *yearBox() const { return m_year; }

signals:
    /// "Đính kèm minh chứng…": files for the selected task (the window attaches them).
    void attachRequested();

private:
    bool assign(const core::Task &fresh, const QString &undoText);
    Prompts m_prompts;
    Committer m_commit;
    QComboBox *m_show, *m_year;
};

} // namespace sochibo::gui

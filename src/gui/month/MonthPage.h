#pragma once
#include "gui/common/BookPage.h"
#include "gui/common/Committer.h"
#include "gui/common/Prompts.h"
#include "storage/Database.h"
#include "storage/Progress.h"

#include <QDate>
#include <QString>
#include <QWidget>

class QComboBox;
class QLabel;
class QSpinBox;
class QTreeView;
class QListWidget;
class QButtonGroup;

namespace sochibo::gui {

class MonthTaskModel;

/// Theo dõi tháng: the deputy secretary's month (or quarter). Every task active in it,
/// grouped by shortcoming/topic or by member, with its report for the period, evidence,
/// the committee's comment and the flags; monthly reports typed in place; what carries
/// over to the next meeting.
class MonthPage : public QWidget, public BookPage
{
    Q_OBJECT
public:
    /// Which tasks the list shows.
    enum Show { All, Overdue, DueSoon, DoneNoEvidence, Vague, NoReport };

    MonthPage(Prompts prompts, Committer commit, QWidget *parent = nullptr);
    void reload() override;
    void clear() override;
    RecordRef currentRecord() const override { return {QStringLiteral("task"), currentTaskId()}; }
    /// The month or quarter in view, every task with its report.
    TableExport exportTable() const override;
    /// "2026-10" or "2026-Q4".
    void setPeriod(const QString &code);
    QString periodCode() const;
    void setGroupByMember(bool byMember);
    void setShow(Show show);

    const storage::PeriodProgress &progress() const { return m_progress; }
    QTreeView *view() const { return m_view; }
    MonthTaskModel *model() const { return m_model; }
    QListWidget *carryOver() const { return m_carry; }
    /// The figures line above the list, as shown.
    QString figuresText() const;
    /// Task rows shown (groups not counted).
    int shownTasks() const;
    bool selectTask(qint64 taskId);
    qint64 currentTaskId() const;
    /// Opens the report of the selected task for the period (new or the one recorded).
    bool recordReport();
    /// Attaches files to the selected task's report of the period, or to the task.
    /// Files the user picks, attached to the selected task (its report of the period when
    /// there is one) in the background; false when nothing was started.
    bool attachEvidence();

signals:
    /// Files were attached (attachEvidence()): how many.
    void evidenceAttached(int count);
    void editTask(qint64 taskId);
    void taskFromConclusion(qint64 conclusionId);
    /// "In báo cáo": open the Reports page on this period's summary.
    void printSummary(const QString &period, bool groupByMember);
    /// "Xuất Excel…": the period's table as a spreadsheet.
    void exportRequested();

private:
    QString m_shownBook; ///< the book and the day the period was last chosen for
    QDate m_shownDay;
    void compute();
    void fill();
    /// The month a report typed now belongs to: the period's month, or for a quarter the
    /// month of the "as of" date.
    QString reportMonth() const;
    Prompts m_prompts;
    Committer m_commit;
    QComboBox *m_kind, *m_which, *m_group;
    QSpinBox *m_year;
    QLabel *m_figures;
    QButtonGroup *m_filters;
    QTreeView *m_view;
    MonthTaskModel *m_model;
    QListWidget *m_carry;
    storage::PeriodProgress m_progress;
    Show m_show = All;
    bool m_filling = false;
};

} // namespace sochibo::gui

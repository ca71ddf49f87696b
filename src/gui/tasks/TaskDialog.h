#pragma once
#include "core/Task.h"
#include "gui/common/DateField.h"
#include "storage/Database.h"

#include <QDate>
#include <QDialog>
#include <QLineEdit>
#include <QString>

#include <memory>
#include <optional>

class QWidget;

class QComboBox;
class QLabel;
class QPlainTextEdit;
class QTableView;
class QListWidget;
namespace sochibo::storage {
class Database;
}

namespace sochibo::gui {

class ProgressReportTableModel;

class WrappingLineEdit;

/// Add or edit a task: owner among the members in the cell, dates, expected output, status.
class TaskDialog : public QDialog
{
    Q_OBJECT
public:
    TaskDialog(const core::Task &task, const storage::Database &db, const QDate &today,
               QWidget *parent = nullptr);
    core::Task task() const;
    WrappingLineEdit *titleField() const { return m_title; }
    QComboBox *ownerField() const { return m_owner; }
    DateField *dueField() const { return m_due; }
    QLineEdit *outputField() const { return m_output; }
    QListWidget *collaboratorsField() const { return m_collaborators; }
    QLineEdit *reportPeriodField() const { return m_reportPeriod; }
    QPlainTextEdit *reportDoneField() const { return m_reportDone; }
    QTableView *reportsTable() const { return m_reports; }
    ProgressReportTableModel *reportsModel() const { return m_reportsModel; }
    /// The monthly report typed in the "Báo cáo tháng" tab, when its month is filled.
    std::optional<core::ProgressReport> newReport() const;
    QString problems() const;
    void accept() override;

private:
    core::Task m_task;
    WrappingLineEdit *m_title;
    QLineEdit *m_output, *m_reportPeriod, *m_reportResult;
    QComboBox *m_owner, *m_status;
    DateField *m_start, *m_due, *m_completed;
    QPlainTextEdit *m_comment, *m_reportDone, *m_reportDifficulties, *m_reportComment;
    QListWidget *m_collaborators;
    QTableView *m_reports;
    ProgressReportTableModel *m_reportsModel;
    QLabel *m_problems, *m_gaps;
};

} // namespace sochibo::gui

#pragma once
#include "core/Task.h"
#include "gui/common/DateField.h"
#include "gui/common/Prompts.h"
#include "storage/Database.h"
#include "storage/Progress.h"

#include <QDialog>
#include <QString>
#include <QStringList>

class QComboBox;
class QLabel;
class QLineEdit;
class QWidget;

class QPlainTextEdit;
class QListWidget;

namespace sochibo::gui {

class DateField;

/// One member's report on one task for one month, typed from a paper note; files to attach
/// to it can be picked in the same step.
class ProgressReportDialog : public QDialog
{
    Q_OBJECT
public:
    ProgressReportDialog(const core::Task &task, const core::ProgressReport &report,
                         const storage::Database &db, Prompts prompts, QWidget *parent = nullptr);
    core::ProgressReport report() const;
    /// Files picked with "Đính kèm tệp…", attached once the report is saved.
    QStringList files() const { return m_files; }
    QLineEdit *periodField() const { return m_period; }
    QPlainTextEdit *doneField() const { return m_done; }
    QLineEdit *resultField() const { return m_result; }
    QPlainTextEdit *commentField() const { return m_comment; }
    QString problems() const;
    void accept() override;

private:
    core::ProgressReport m_report;
    Prompts m_prompts;
    QComboBox *m_member;
    QLineEdit *m_period, *m_result;
    QPlainTextEdit *m_done, *m_difficulties, *m_proposal, *m_comment;
    DateField *m_reportedOn;
    QListWidget *m_fileList;
    QStringList m_files;
    QLabel *m_problems;
};

} // namespace sochibo::gui

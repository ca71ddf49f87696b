#pragma once
#include "FormParts.h"
#include "core/Cell.h"
#include "core/Meeting.h"
#include "core/Member.h"
#include "core/Task.h"
#include "reports/ReportTemplate.h"

#include <QMap>
#include <memory>
#include <optional>

#include <QDialog>
#include <QLineEdit>

class QCheckBox;
class QComboBox;
class QFormLayout;
class QDoubleSpinBox;
class QLabel;
class QPlainTextEdit;
class QTextEdit;
class QTableWidget;
class QListWidget;
class QSpinBox;

namespace sochibo::storage {
class Database;
}

namespace sochibo::gui {

/// A date typed as dd/MM/yyyy (d/M/yyyy accepted); empty means "no date".
class DateField : public QLineEdit
{
    Q_OBJECT
public:
    explicit DateField(QWidget *parent = nullptr);
    void setDate(const QDate &d);
    /// Invalid when empty; \a ok false when the text is not a date.
    QDate date(bool *ok = nullptr) const;
};

/// Add or edit a member. Accepting checks the rules (name required, dates as dd/MM/yyyy,
/// full-on not before admitted-on, admitted at 18 or older) and keeps the dialog open with
/// the problems listed when they fail.
class MemberDialog : public QDialog
{
    Q_OBJECT
public:
    explicit MemberDialog(const core::Member &member, QWidget *parent = nullptr);
    core::Member member() const;
    /// A new member's entry into the cell, to record as their first event: admitted here on
    /// the admission date, or transferred in on a date; none when the user says the member
    /// was already in the cell (the record's admission date then stands in) or when editing.
    std::optional<core::MembershipEvent> entryEvent() const;
    QLineEdit *nameField() const { return m_name; }
    QComboBox *entryField() const { return m_entry; }
    QComboBox *kindField() const { return m_kind; }
    DateField *entryDateField() const { return m_entryDate; }
    DateField *admittedField() const { return m_admitted; }
    DateField *fullField() const { return m_full; }
    QString problems() const;
    void accept() override;

private:
    core::Member m_member;
    QLineEdit *m_name, *m_phone;
    DateField *m_birth, *m_admitted, *m_full, *m_entryDate;
    QComboBox *m_gender, *m_job, *m_education, *m_kind, *m_role, *m_entry;
    QPlainTextEdit *m_notes;
    QLabel *m_problems;
};

/// A dated membership event: admitted, made full, transferred in or out, retired, died,
/// expelled, disciplined (with its form).
class EventDialog : public QDialog
{
    Q_OBJECT
public:
    EventDialog(const core::MembershipEvent &event, const QString &memberName,
                QWidget *parent = nullptr);
    core::MembershipEvent event() const;
    QComboBox *kindField() const { return m_kind; }
    QComboBox *disciplineField() const { return m_discipline; }
    DateField *dateField() const { return m_date; }
    QString problems() const;
    void accept() override;

private:
    core::MembershipEvent m_event;
    QComboBox *m_kind, *m_discipline;
    DateField *m_date;
    QLineEdit *m_note;
    QLabel *m_problems;
};

/// Add or edit a task: owner among the members in the cell, dates, expected output, status.
class TaskDialog : public QDialog
{
    Q_OBJECT
public:
    TaskDialog(const core::Task &task, const storage::Database &db, const QDate &today,
               QWidget *parent = nullptr);
    core::Task task() const;
    QLineEdit *titleField() const { return m_title; }
    QComboBox *ownerField() const { return m_owner; }
    DateField *dueField() const { return m_due; }
    QLineEdit *outputField() const { return m_output; }
    QListWidget *collaboratorsField() const { return m_collaborators; }
    QLineEdit *reportPeriodField() const { return m_reportPeriod; }
    QPlainTextEdit *reportDoneField() const { return m_reportDone; }
    QTableWidget *reportsTable() const { return m_reports; }
    /// The monthly report typed in the "Báo cáo tháng" tab, when its month is filled.
    std::optional<core::ProgressReport> newReport() const;
    QString problems() const;
    void accept() override;

private:
    core::Task m_task;
    QLineEdit *m_title, *m_output, *m_reportPeriod, *m_reportResult;
    QComboBox *m_owner, *m_status;
    DateField *m_start, *m_due, *m_completed;
    QPlainTextEdit *m_comment, *m_reportDone, *m_reportDifficulties, *m_reportComment;
    QListWidget *m_collaborators;
    QTableWidget *m_reports;
    QLabel *m_problems, *m_gaps;
};

/// A meeting's attendance grid (one row per member, totals "có mặt 16/18") and its
/// conclusions, each of which can become a task in one action.
class MeetingDialog : public QDialog
{
    Q_OBJECT
public:
    MeetingDialog(const core::Meeting &meeting, const storage::Database &db,
                  QWidget *parent = nullptr);
    core::Meeting meeting() const;
    QTableWidget *attendanceGrid() const { return m_grid; }
    void setStatus(qint64 memberId, core::AttendanceStatus status);
    QString summary() const;
    QListWidget *conclusions() const { return m_conclusions; }
    DateField *dateField() const { return m_date; }
    QLineEdit *agendaField() const { return m_agenda; }
    QComboBox *kindField() const { return m_kind; }
    QComboBox *chairField() const { return m_chair; }
    QComboBox *secretaryField() const { return m_secretary; }
    QLineEdit *guestsField() const { return m_guests; }
    QLineEdit *placeField() const { return m_place; }
    QLineEdit *startField() const { return m_start; }
    QLineEdit *endField() const { return m_end; }
    /// The vote on the selected conclusion: in favour, of how many ("—": none taken).
    QSpinBox *votesForField() const { return m_votesFor; }
    QSpinBox *votesTotalField() const { return m_votesTotal; }
    /// The conclusion (its row) the user asked to turn into a task before the meeting was
    /// saved: the caller saves the meeting, then opens the task form; -1 when none.
    int taskRequestedFor() const { return m_taskForRow; }
    /// Adds what a member said to the minutes ("Ý kiến phát biểu").
    void addSpeaker(qint64 memberId, const QString &point);
    QListWidget *speakersList() const { return m_speakers; }
    /// Adds a conclusion line (saved with the meeting).
    void addConclusion(const QString &text);
    QString problems() const;
    void accept() override;

signals:
    /// The user asked to turn a conclusion into a task.
    void taskFromConclusion(qint64 conclusionId);

private:
    void updateSummary();
    void showVote();
    core::Meeting m_meeting;
    QComboBox *m_kind, *m_chair, *m_secretary;
    DateField *m_date;
    QLineEdit *m_agenda, *m_newConclusion, *m_start, *m_end, *m_place, *m_guests;
    QSpinBox *m_votesFor, *m_votesTotal;
    QListWidget *m_speakers;
    QComboBox *m_speaker;
    QLineEdit *m_speakerPoint;
    QMap<qint64, QString> m_names;
    int m_taskForRow = -1;
    QPlainTextEdit *m_minutes;
    QTableWidget *m_grid;
    QListWidget *m_conclusions;
    QLabel *m_summary, *m_problems;
};

/// The cell's details and its document style (Tệp → Thông tin chi bộ và mẫu văn bản): name,
/// superior committee, place, term and issuer code, then the margins, the report font (the
/// bundled one or an installed family, with a note on what the choice means), the line
/// spacing and the older "Số:" and two-digit-month practices.
///
/// The same form starts a cell's records ("Tạo sổ cho chi bộ", forNewCell): it then asks
/// for the secretary who signs and leaves the document style at the rule's defaults.
class CellDialog : public QDialog
{
    Q_OBJECT
public:
    explicit CellDialog(const core::Cell &cell, QWidget *parent = nullptr);
    /// A new cell, its committee term the five years around \a today.
    static std::unique_ptr<CellDialog> forNewCell(const QDate &today, QWidget *parent = nullptr);
    core::Cell cell() const;
    /// The secretary's name (a new cell only).
    QString secretary() const;
    QLineEdit *nameField() const { return m_name; }
    QLineEdit *superiorField() const { return m_superior; }
    QLineEdit *placeField() const { return m_place; }
    QLineEdit *secretaryField() const { return m_secretary; }
    QComboBox *marginsBox() const { return m_margins; }
    QComboBox *fontBox() const { return m_font; }
    QString fontNote() const;
    QString problems() const;
    void accept() override;

private:
    void explainFont();
    core::Cell m_cell; ///< what the dialog does not show is kept as it was
    QLineEdit *m_name, *m_superior, *m_place, *m_issuer, *m_secretary;
    QSpinBox *m_termStart, *m_termEnd;
    QComboBox *m_margins, *m_font;
    QDoubleSpinBox *m_lineSpacing;
    QCheckBox *m_numberColon, *m_padMonths;
    QLabel *m_help, *m_fontNote, *m_problems;
    QWidget *m_styleGroup;
    QFormLayout *m_cellForm;
};

/// The text sections of a document for one year: each starts as the template's wording and
/// may be rewritten; "Dùng lại mẫu" goes back to the template's.
class ProseDialog : public QDialog
{
    Q_OBJECT
public:
    /// \a stored: key → the user's text, null where the template's is used.
    ProseDialog(const reports::ReportTemplate &form, const QMap<QString, QString> &stored,
                QWidget *parent = nullptr);
    /// key → text, null where it equals the template's.
    QMap<QString, QString> texts() const;
    QListWidget *sections() const { return m_list; }
    QTextEdit *editor() const { return m_editor; }

private:
    void keep();
    void show(const QString &templateText);
    QList<std::pair<QString, QString>> m_defaults; ///< key, template text
    QMap<QString, QString> m_texts;
    QListWidget *m_list;
    QTextEdit *m_editor;
    int m_current = -1;
    bool m_loading = false;
};

} // namespace sochibo::gui

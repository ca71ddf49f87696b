#pragma once
#include "core/Enums.h"
#include "core/Meeting.h"
#include "gui/common/DateField.h"
#include "storage/Database.h"

#include <QDialog>
#include <QLineEdit>
#include <QMap>
#include <QString>

#include <memory>
#include <optional>

class QWidget;

class QComboBox;
class QLabel;
class QPlainTextEdit;
class QTableView;
class QListWidget;
class QSpinBox;
namespace sochibo::storage {
class Database;
}

namespace sochibo::gui {

class AttendanceTableModel;

/// A meeting's attendance grid (one row per member, totals "có mặt 16/18") and its
/// conclusions, each of which can become a task in one action.
class MeetingDialog : public QDialog
{
    Q_OBJECT
public:
    MeetingDialog(const core::Meeting &meeting, const storage::Database &db,
                  QWidget *parent = nullptr);
    core::Meeting meeting() const;
    QTableView *attendanceGrid() const { return m_grid; }
    AttendanceTableModel *attendanceModel() const { return m_attendance; }
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
    QTableView *m_grid;
    AttendanceTableModel *m_attendance;
    QListWidget *m_conclusions;
    QLabel *m_summary, *m_problems;
};

} // namespace sochibo::gui

#include "MeetingDialog.h"

#include "core/Enums.h"
#include "core/Member.h"
#include "gui/common/ChoiceDelegate.h"
#include "gui/common/ComboChoices.h"
#include "gui/common/FormParts.h"
#include "gui/meetings/AttendanceTableModel.h"
#include "reports/ReportBuilder.h"
#include "storage/Database.h"
#include "storage/MemberRepository.h"
#include "storage/TaskRepository.h"
#include "text/DocumentWording.h"
#include "ui_MeetingDialog.h"

#include <QComboBox>
#include <QDate>
#include <QHeaderView>
#include <QListWidget>
#include <QPushButton>
#include <QRegularExpression>
#include <QSignalBlocker>
#include <QSpinBox>
#include <QStringList>
#include <QWidget>

namespace sochibo::gui {

using namespace sochibo::storage;
using namespace sochibo::core;

MeetingDialog::MeetingDialog(const Meeting &meeting, const storage::Database &db, QWidget *parent)
    : QDialog(parent), m_meeting(meeting)
{
    Ui::MeetingDialog ui; // the form: ui/meetings/MeetingDialog.ui
    ui.setupUi(this);
    setUpDesignedDialog(this, ui.problems, ui.buttons);
    m_kind = ui.kind;
    m_date = ui.date;
    m_agenda = ui.agenda;
    m_newConclusion = ui.newConclusion;
    m_minutes = ui.minutes;
    m_grid = ui.grid;
    m_conclusions = ui.conclusions;
    m_summary = ui.summary;
    m_problems = ui.problems;
    m_chair = ui.chair;
    m_secretary = ui.secretary;
    m_start = ui.startTime;
    m_end = ui.endTime;
    m_place = ui.place;
    m_guests = ui.guests;
    m_votesFor = ui.votesFor;
    m_votesTotal = ui.votesTotal;
    m_speakers = ui.speakers;
    m_speaker = ui.speaker;
    m_speakerPoint = ui.speakerPoint;
    if (meeting.id)
        setWindowTitle(tr("%1 on %2").arg(uiLabel(meeting.kind), text::shortDate(meeting.heldOn)));
    m_start->setText(meeting.startTime);
    m_end->setText(meeting.endTime);
    m_place->setText(meeting.place);
    m_guests->setText(
        meeting.guests.split(QLatin1Char('\n'), Qt::SkipEmptyParts).join(QStringLiteral("; ")));
    m_agenda->setText(meeting.agenda);
    m_minutes->setPlainText(meeting.minutes);
    fill(m_kind, {MeetingKind::Regular, MeetingKind::Thematic, MeetingKind::Committee},
         meeting.kind);
    m_date->setDate(meeting.heldOn);
    const storage::MemberRepository members(db);
    const QMap<qint64, QString> names = members.names();
    // Who chaired and who took the minutes: those on the attendance list (else every member).
    for (QComboBox *box : {m_chair, m_secretary}) {
        box->addItem(tr("(not recorded)"), 0LL);
        QList<qint64> ids;
        for (const Attendance &a : meeting.attendance)
            ids << a.memberId;
        if (ids.isEmpty())
            ids = names.keys();
        for (const core::Member &m : members.list())
            if (ids.contains(m.id))
                box->addItem(m.fullName, m.id);
    }
    const auto choose = [](QComboBox *box, qint64 id) {
        const int at = box->findData(id);
        box->setCurrentIndex(at >= 0 ? at : 0);
    };
    choose(m_chair, meeting.chairId);
    choose(m_secretary, meeting.secretaryId);
    // Who spoke: chosen among the same people, each with the point they made.
    m_names = names;
    for (int i = 1; i < m_chair->count(); ++i)
        m_speaker->addItem(m_chair->itemText(i), m_chair->itemData(i));
    for (const Speaker &sp : meeting.speakers)
        addSpeaker(sp.memberId, sp.summary);
    connect(ui.addSpeaker, &QPushButton::clicked, this, [this] {
        addSpeaker(m_speaker->currentData().toLongLong(), m_speakerPoint->text());
        m_speakerPoint->clear();
    });
    connect(m_speakerPoint, &QLineEdit::returnPressed, ui.addSpeaker, &QPushButton::click);
    connect(ui.removeSpeaker, &QPushButton::clicked, this,
            [this] { delete m_speakers->currentItem(); });
    // Attendance: a drop-down on every member's row; the summary follows each choice.
    m_attendance = new AttendanceTableModel(this);
    m_attendance->setAttendance(meeting.attendance, names);
    m_grid->setModel(m_attendance);
    m_grid->setItemDelegateForColumn(
        AttendanceTableModel::Status,
        ChoiceDelegate::of({AttendanceStatus::Present, AttendanceStatus::Excused,
                            AttendanceStatus::Unexcused, AttendanceStatus::Exempt},
                           m_grid));
    int widest = 0; // the drop-downs whole, the longest choice included
    for (int r = 0; r < m_attendance->rowCount(); ++r) {
        const QModelIndex status = m_attendance->index(r, AttendanceTableModel::Status);
        m_grid->openPersistentEditor(status);
        if (const QWidget *box = m_grid->indexWidget(status))
            widest = std::max(widest, box->sizeHint().width());
    }
    m_grid->verticalHeader()->setVisible(false);
    m_grid->horizontalHeader()->setSectionResizeMode(AttendanceTableModel::Member,
                                                     QHeaderView::Stretch);
    m_grid->horizontalHeader()->setSectionResizeMode(AttendanceTableModel::Status,
                                                     QHeaderView::ResizeToContents);
    if (widest > 0) {
        m_grid->horizontalHeader()->setSectionResizeMode(AttendanceTableModel::Status,
                                                         QHeaderView::Fixed);
        m_grid->setColumnWidth(AttendanceTableModel::Status, widest);
    }
    connect(m_attendance, &QAbstractItemModel::dataChanged, this, &MeetingDialog::updateSummary);
    // A conclusion already turned into a task says so (the text itself is kept apart).
    const QList<qint64> assigned =
        meeting.id ? storage::TaskRepository(db).conclusionsWithTasks(meeting.id) : QList<qint64>();
    for (const Conclusion &c : meeting.conclusions) {
        auto *item = new QListWidgetItem(m_conclusions);
        item->setData(Qt::UserRole, c.id);
        item->setData(Qt::UserRole + 1, c.hasVote() ? c.votesFor : -1);
        item->setData(Qt::UserRole + 2, c.hasVote() ? c.votesTotal : -1);
        item->setData(Qt::UserRole + 3, c.text);
        item->setText(assigned.contains(c.id) ? tr("%1  ✓ task assigned").arg(c.text) : c.text);
    }
    connect(m_conclusions, &QListWidget::currentItemChanged, this, &MeetingDialog::showVote);
    for (QSpinBox *box : {m_votesFor, m_votesTotal})
        connect(box, &QSpinBox::valueChanged, this, [this, box](int value) {
            if (QListWidgetItem *item = m_conclusions->currentItem())
                item->setData(box == m_votesFor ? Qt::UserRole + 1 : Qt::UserRole + 2, value);
        });
    showVote();
    connect(ui.addConclusion, &QPushButton::clicked, this, [this] {
        addConclusion(m_newConclusion->text());
        m_newConclusion->clear();
    });
    QPushButton *toTask = ui.toTask;
    connect(toTask, &QPushButton::clicked, this, [this] {
        QListWidgetItem *item = m_conclusions->currentItem();
        if (!item)
            return;
        const qint64 id = item->data(Qt::UserRole).toLongLong();
        if (id == 0) {
            // Not saved yet: save the meeting, then the task form opens (one step).
            m_taskForRow = m_conclusions->row(item);
            accept();
            if (result() != QDialog::Accepted)
                m_taskForRow = -1;
            return;
        }
        emit taskFromConclusion(id);
    });
    orderTabsByLayout(this);
    updateSummary();
}

void MeetingDialog::addConclusion(const QString &text)
{
    const QString t = text.simplified();
    if (t.isEmpty())
        return;
    auto *item = new QListWidgetItem(t, m_conclusions);
    item->setData(Qt::UserRole, 0LL);
    item->setData(Qt::UserRole + 1, -1);
    item->setData(Qt::UserRole + 2, -1);
    item->setData(Qt::UserRole + 3, t);
}

void MeetingDialog::addSpeaker(qint64 memberId, const QString &point)
{
    const QString p = point.simplified();
    if (memberId == 0 || p.isEmpty())
        return;
    auto *item =
        new QListWidgetItem(QStringLiteral("%1: %2").arg(m_names.value(memberId), p), m_speakers);
    item->setData(Qt::UserRole, memberId);
    item->setData(Qt::UserRole + 1, p);
}

void MeetingDialog::showVote()
{
    QListWidgetItem *item = m_conclusions->currentItem();
    for (QSpinBox *box : {m_votesFor, m_votesTotal}) {
        const QSignalBlocker quiet(box);
        box->setEnabled(item != nullptr);
        box->setValue(
            item ? item->data(box == m_votesFor ? Qt::UserRole + 1 : Qt::UserRole + 2).toInt()
                 : -1);
    }
}

QString MeetingDialog::problems() const
{
    return problemsOf(m_problems);
}

void MeetingDialog::accept()
{
    bool ok = false;
    const QDate d = m_date->date(&ok);
    QStringList problems;
    if (!ok || !d.isValid())
        problems << tr("The meeting date must be day/month/year, for example 05/12/2026.");
    static const QRegularExpression clock(QStringLiteral("^([01]?\\d|2[0-3])[:h]([0-5]\\d)$"));
    for (QLineEdit *time : {m_start, m_end})
        if (!time->text().trimmed().isEmpty() && !clock.match(time->text().trimmed()).hasMatch())
            problems << tr("A time is hours and minutes, for example 14:00.");
    for (int i = 0; i < m_conclusions->count(); ++i) {
        const int votesFor = m_conclusions->item(i)->data(Qt::UserRole + 1).toInt();
        const int total = m_conclusions->item(i)->data(Qt::UserRole + 2).toInt();
        if ((votesFor >= 0) != (total > 0) || votesFor > total)
            problems << tr("Conclusion %1: the votes in favour cannot be more than those who "
                           "voted, and both are needed.")
                            .arg(i + 1);
    }
    // Who spoke was there.
    const Meeting now = meeting();
    for (const Speaker &sp : now.speakers)
        for (const Attendance &a : now.attendance)
            if (a.memberId == sp.memberId && a.status != AttendanceStatus::Present)
                problems << tr("%1 is marked absent but has a point in the minutes.")
                                .arg(m_names.value(sp.memberId));
    problems.removeDuplicates();
    if (!problems.isEmpty()) {
        showProblems(m_problems, problems);
        return;
    }
    QDialog::accept();
}

void MeetingDialog::setStatus(qint64 memberId, AttendanceStatus status)
{
    m_attendance->setStatus(memberId, status);
}

Meeting MeetingDialog::meeting() const
{
    Meeting m = m_meeting;
    m.kind = valueOf<MeetingKind>(m_kind);
    m.heldOn = m_date->date();
    m.agenda = m_agenda->text().trimmed();
    m.minutes = m_minutes->toPlainText().trimmed();
    m.startTime = m_start->text().trimmed().replace(QLatin1Char('h'), QLatin1Char(':'));
    m.endTime = m_end->text().trimmed().replace(QLatin1Char('h'), QLatin1Char(':'));
    m.place = m_place->text().simplified();
    m.chairId = m_chair->currentData().toLongLong();
    m.secretaryId = m_secretary->currentData().toLongLong();
    QStringList guests;
    for (const QString &g : m_guests->text().split(QLatin1Char(';'), Qt::SkipEmptyParts))
        if (!g.simplified().isEmpty())
            guests << g.simplified();
    m.guests = guests.join(QLatin1Char('\n'));
    m.speakers.clear();
    for (int i = 0; i < m_speakers->count(); ++i)
        m.speakers << Speaker{0, m_speakers->item(i)->data(Qt::UserRole).toLongLong(),
                              m_speakers->item(i)->data(Qt::UserRole + 1).toString()};
    m.conclusions.clear();
    for (int i = 0; i < m_conclusions->count(); ++i) {
        const QListWidgetItem *item = m_conclusions->item(i);
        Conclusion c{item->data(Qt::UserRole).toLongLong(), m.id,
                     item->data(Qt::UserRole + 3).toString()};
        c.votesFor = item->data(Qt::UserRole + 1).toInt();
        c.votesTotal = item->data(Qt::UserRole + 2).toInt();
        if (!c.hasVote())
            c.votesFor = c.votesTotal = -1;
        m.conclusions << c;
    }
    m.attendance = m_attendance->attendance();
    return m;
}

QString MeetingDialog::summary() const
{
    return m_summary->text();
}

void MeetingDialog::updateSummary()
{
    m_summary->setText(meeting().attendanceSummary());
}

} // namespace sochibo::gui

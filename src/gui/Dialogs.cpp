#include "Dialogs.h"
#include "ui_CellDialog.h"
#include "ui_EventDialog.h"
#include "ui_MeetingDialog.h"
#include "ui_MemberDialog.h"
#include "ui_ProseDialog.h"
#include "ui_TaskDialog.h"

#include "FormParts.h"

#include "core/Enums.h"
#include "reports/Fonts.h"
#include "reports/ReportBuilder.h"
#include "storage/Database.h"
#include "storage/MemberRepository.h"
#include "storage/TaskRepository.h"
#include "text/DocumentWording.h"

#include <QAbstractButton>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFontDatabase>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonObject>
#include <QLabel>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QRegularExpressionValidator>
#include <QSignalBlocker>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableWidget>
#include <QTextBlock>
#include <QTextCharFormat>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextEdit>
#include <QVBoxLayout>

namespace sochibo::gui {

using namespace sochibo::core;

namespace {

template <typename E> void fill(QComboBox *box, std::initializer_list<E> values, E current)
{
    for (E v : values) {
        box->addItem(uiLabel(v), int(v));
        if (v == current)
            box->setCurrentIndex(box->count() - 1);
    }
}

template <typename E> E valueOf(const QComboBox *box)
{
    return E(box->currentData().toInt());
}

} // namespace

// --- DateField

DateField::DateField(QWidget *parent) : QLineEdit(parent)
{
    setPlaceholderText(tr("dd/mm/yyyy"));
    setValidator(
        new QRegularExpressionValidator(QRegularExpression(QStringLiteral("[0-9/]{0,10}")), this));
    setMaximumWidth(140);
}

void DateField::setDate(const QDate &d)
{
    setText(d.isValid() ? d.toString(QStringLiteral("dd/MM/yyyy")) : QString());
}

QDate DateField::date(bool *ok) const
{
    return parseDate(text(), ok);
}

// --- MemberDialog

namespace {
/// How a new member joined the cell (the dialog's "Joined this cell" choice).
enum class EntryKind { Admitted, TransferredIn, None };
} // namespace

MemberDialog::MemberDialog(const Member &member, QWidget *parent)
    : QDialog(parent), m_member(member)
{
    Ui::MemberDialog ui; // the form: ui/MemberDialog.ui
    ui.setupUi(this);
    setUpDesignedDialog(this, ui.problems, ui.buttons);
    m_name = ui.name;
    m_phone = ui.phone;
    m_birth = ui.birth;
    m_admitted = ui.admitted;
    m_full = ui.full;
    m_gender = ui.gender;
    m_job = ui.job;
    m_education = ui.education;
    m_kind = ui.kind;
    m_role = ui.role;
    m_notes = ui.notes;
    m_problems = ui.problems;
    m_entry = ui.entry;
    m_entryDate = ui.entryDate;
    m_entry->addItem(tr("Admitted in this cell, on the admission date"), int(EntryKind::Admitted));
    m_entry->addItem(tr("Transferred in, on"), int(EntryKind::TransferredIn));
    m_entry->addItem(tr("Already in the cell (record nothing)"), int(EntryKind::None));
    const auto entryChanged = [this] {
        m_entryDate->setEnabled(m_entry->currentData().toInt() == int(EntryKind::TransferredIn));
    };
    connect(m_entry, &QComboBox::currentIndexChanged, this, entryChanged);
    entryChanged();
    // Events of a member already recorded are kept on the member's page (Record event…).
    ui.entryLabel->setVisible(member.id == 0);
    m_entry->setVisible(member.id == 0);
    m_entryDate->setVisible(member.id == 0);
    if (member.id)
        setWindowTitle(tr("Edit member"));
    m_name->setText(member.fullName);
    m_notes->setPlainText(member.notes);
    m_birth->setDate(member.birthDate);
    m_admitted->setDate(member.admittedOn);
    m_full->setDate(member.fullOn);
    m_phone->setText(member.phone);
    fill(m_gender, {Gender::Female, Gender::Male}, member.gender);
    fill(m_job, {Job::Teacher, Job::Staff, Job::Manager}, member.job);
    fill(m_education,
         {Education::Master, Education::Bachelor, Education::College, Education::Other},
         member.education);
    fill(m_kind, {MembershipKind::Full, MembershipKind::Probationary}, member.kind);
    fill(m_role, {Role::None, Role::Secretary, Role::DeputySecretary, Role::CommitteeMember},
         member.role);
}

Member MemberDialog::member() const
{
    Member m = m_member;
    m.fullName = m_name->text().simplified();
    m.gender = valueOf<Gender>(m_gender);
    m.birthDate = m_birth->date();
    m.job = valueOf<Job>(m_job);
    m.education = valueOf<Education>(m_education);
    m.kind = valueOf<MembershipKind>(m_kind);
    m.admittedOn = m_admitted->date();
    m.fullOn = m_full->date();
    m.role = valueOf<Role>(m_role);
    m.phone = m_phone->text().trimmed();
    m.notes = m_notes->toPlainText().trimmed();
    return m;
}

std::optional<MembershipEvent> MemberDialog::entryEvent() const
{
    if (m_member.id != 0)
        return std::nullopt;
    MembershipEvent e;
    e.memberId = m_member.id;
    switch (EntryKind(m_entry->currentData().toInt())) {
    case EntryKind::Admitted:
        e.kind = EventKind::Admitted;
        e.date = m_admitted->date();
        break;
    case EntryKind::TransferredIn:
        e.kind = EventKind::TransferredIn;
        e.date = m_entryDate->date();
        break;
    case EntryKind::None:
        return std::nullopt;
    }
    return e;
}

QString MemberDialog::problems() const
{
    return problemsOf(m_problems);
}

void MemberDialog::accept()
{
    QStringList problems;
    const std::pair<DateField *, QString> dates[] = {{m_birth, tr("Date of birth")},
                                                     {m_admitted, tr("Party admission date")},
                                                     {m_full, tr("Full-membership date")}};
    for (const auto &[field, name] : dates) {
        bool ok = false;
        field->date(&ok);
        if (!ok)
            problems << tr("%1 must be day/month/year, for example 05/09/2012.").arg(name);
    }
    if (problems.isEmpty())
        problems = member().validate();
    if (const auto entry = entryEvent()) {
        const QDate admitted = m_admitted->date();
        if (entry->kind == EventKind::Admitted && !entry->date.isValid())
            problems << tr("To record the admission, enter the party admission date (or choose "
                           "\"Already in the cell\").");
        if (entry->kind == EventKind::TransferredIn) {
            bool ok = false;
            m_entryDate->date(&ok);
            if (!ok || !entry->date.isValid())
                problems << tr("Enter the day the member transferred into the cell, for example "
                               "01/09/2026.");
            else if (admitted.isValid() && entry->date < admitted)
                problems << tr("The transfer into the cell cannot be before the party admission "
                               "date.");
        }
    }
    showProblems(m_problems, problems);
    if (problems.isEmpty())
        QDialog::accept();
}

// --- EventDialog

EventDialog::EventDialog(const MembershipEvent &event, const QString &memberName, QWidget *parent)
    : QDialog(parent), m_event(event)
{
    Ui::EventDialog ui; // the form: ui/EventDialog.ui
    ui.setupUi(this);
    setUpDesignedDialog(this, ui.problems, ui.buttons);
    m_kind = ui.kind;
    m_discipline = ui.discipline;
    m_date = ui.date;
    m_note = ui.note;
    m_problems = ui.problems;
    m_note->setText(event.note);
    setWindowTitle(tr("Events of comrade %1").arg(memberName));
    fill(m_kind,
         {EventKind::Admitted, EventKind::MadeFull, EventKind::TransferredIn,
          EventKind::TransferredOut, EventKind::Retired, EventKind::Died, EventKind::Expelled,
          EventKind::Disciplined},
         event.kind);
    fill(m_discipline,
         {DisciplineForm::None, DisciplineForm::Reprimand, DisciplineForm::Warning,
          DisciplineForm::Dismissal},
         event.discipline);
    m_date->setDate(event.date);
    const auto update = [this] {
        m_discipline->setEnabled(valueOf<EventKind>(m_kind) == EventKind::Disciplined);
    };
    connect(m_kind, &QComboBox::currentIndexChanged, this, update);
    update();
}

MembershipEvent EventDialog::event() const
{
    MembershipEvent e = m_event;
    e.kind = valueOf<EventKind>(m_kind);
    e.date = m_date->date();
    e.discipline = e.kind == EventKind::Disciplined ? valueOf<DisciplineForm>(m_discipline)
                                                    : DisciplineForm::None;
    e.note = m_note->text().trimmed();
    return e;
}

QString EventDialog::problems() const
{
    return problemsOf(m_problems);
}

void EventDialog::accept()
{
    QStringList problems;
    bool ok = false;
    const QDate d = m_date->date(&ok);
    if (!ok || !d.isValid())
        problems << tr("The event date must be day/month/year, for example 30/06/2026.");
    const MembershipEvent e = event();
    if (e.kind == EventKind::Disciplined && e.discipline == DisciplineForm::None)
        problems << tr(
            "Choose the disciplinary measure: reprimand, warning or removal from office.");
    showProblems(m_problems, problems);
    if (problems.isEmpty())
        QDialog::accept();
}

// --- TaskDialog

TaskDialog::TaskDialog(const Task &task, const storage::Database &db, const QDate &today,
                       QWidget *parent)
    : QDialog(parent), m_task(task)
{
    Ui::TaskDialog ui; // the form: ui/TaskDialog.ui
    ui.setupUi(this);
    setUpDesignedDialog(this, ui.problems, ui.buttons);
    m_title = ui.title;
    m_output = ui.output;
    m_reportPeriod = ui.reportPeriod;
    m_reportResult = ui.reportResult;
    m_owner = ui.owner;
    m_status = ui.status;
    m_start = ui.start;
    m_due = ui.due;
    m_completed = ui.completed;
    m_comment = ui.comment;
    m_reportDone = ui.reportDone;
    m_reportDifficulties = ui.reportDifficulties;
    m_reportComment = ui.reportComment;
    m_collaborators = ui.collaborators;
    m_reports = ui.reports;
    m_problems = ui.problems;
    m_gaps = ui.gaps;
    if (task.id)
        setWindowTitle(tr("Edit task"));
    const storage::MemberRepository members(db);
    const QList<qint64> inCell = members.membersOn(today);
    m_owner->addItem(tr("(not assigned)"), 0LL);
    for (const Member &m : members.list()) {
        if (inCell.contains(m.id) || m.id == task.ownerId)
            m_owner->addItem(m.fullName, m.id);
        if (inCell.contains(m.id) || task.collaboratorIds.contains(m.id)) {
            auto *item = new QListWidgetItem(m.fullName, m_collaborators);
            item->setData(Qt::UserRole, m.id);
            item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
            item->setCheckState(task.collaboratorIds.contains(m.id) ? Qt::Checked : Qt::Unchecked);
        }
    }
    m_owner->setCurrentIndex(qMax(0, m_owner->findData(task.ownerId)));
    m_title->setText(task.title);
    m_output->setText(task.expectedOutput);
    m_comment->setPlainText(task.committeeComment);
    m_start->setDate(task.startOn);
    m_due->setDate(task.dueOn);
    m_completed->setDate(task.completedOn);
    fill(m_status,
         {TaskStatus::NotStarted, TaskStatus::InProgress, TaskStatus::Done, TaskStatus::Cancelled},
         task.status);
    QString source;
    switch (task.source) {
    case TaskSource::Conclusion:
        source = tr("Assigned from a meeting conclusion.");
        break;
    case TaskSource::Shortcoming:
        source = tr("Task to remedy a shortcoming.");
        break;
    case TaskSource::Topic:
        source = tr("Assigned from a thematic topic.");
        break;
    case TaskSource::Supervision:
        source = tr("Assigned from a recommendation after inspection or supervision.");
        break;
    case TaskSource::Free:
        break;
    }
    ui.source->setText(source);
    ui.form->setRowVisible(ui.source, !source.isEmpty());

    // Monthly reports: those recorded, and one to add (a member brings a paper note).
    const QMap<qint64, QString> names = members.names();
    const QList<ProgressReport> reports =
        task.id ? storage::TaskRepository(db).reports(task.id) : QList<ProgressReport>{};
    m_reports->setColumnCount(5);
    m_reports->setHorizontalHeaderLabels(
        {tr("Month"), tr("Reported by"), tr("Work done"), tr("Result"), tr("Comment")});
    m_reports->horizontalHeader()->setSectionResizeMode(2, QHeaderView::Stretch);
    m_reports->verticalHeader()->setVisible(false);
    readOnlyList(m_reports);
    m_reports->setRowCount(int(reports.size()));
    for (int r = 0; r < reports.size(); ++r) {
        const ProgressReport &p = reports[r];
        const QStringList cells = {p.period, names.value(p.memberId), p.doneText, p.result,
                                   p.committeeComment};
        for (int c = 0; c < cells.size(); ++c)
            m_reports->setItem(r, c, new QTableWidgetItem(cells[c]));
    }
    m_reportPeriod->setPlaceholderText(
        tr("year-month, for example %1").arg(today.toString(QStringLiteral("yyyy-MM"))));
    const int reportsTab = ui.tabs->indexOf(ui.reportsTab);
    if (task.id) // a task gets monthly reports once it has been given
        ui.tabs->setTabText(reportsTab, tr("Monthly reports (%1)").arg(reports.size()));
    else
        ui.tabs->removeTab(reportsTab);
    orderTabsByLayout(this);
    const auto updateGaps = [this] {
        QStringList missing;
        for (ClarityGap g : this->task().clarityGaps())
            missing << uiLabel(g);
        m_gaps->setText(missing.isEmpty()
                            ? QString()
                            : tr("⚠ This task is vague (%1): fill it in before assigning.")
                                  .arg(missing.join(QStringLiteral(", "))));
    };
    connect(m_owner, &QComboBox::currentIndexChanged, this, updateGaps);
    connect(m_due, &QLineEdit::textChanged, this, updateGaps);
    connect(m_output, &QLineEdit::textChanged, this, updateGaps);
    updateGaps();
}

std::optional<ProgressReport> TaskDialog::newReport() const
{
    const QString period = m_reportPeriod->text().trimmed();
    if (period.isEmpty())
        return std::nullopt;
    ProgressReport r;
    r.taskId = m_task.id;
    r.memberId = m_owner->currentData().toLongLong();
    r.period = period;
    r.doneText = m_reportDone->toPlainText().trimmed();
    r.result = m_reportResult->text().trimmed();
    r.difficulties = m_reportDifficulties->toPlainText().trimmed();
    r.committeeComment = m_reportComment->toPlainText().trimmed();
    r.reportedOn = QDate::currentDate();
    return r;
}

Task TaskDialog::task() const
{
    Task t = m_task;
    t.title = m_title->text().simplified();
    t.ownerId = m_owner->currentData().toLongLong();
    t.startOn = m_start->date();
    t.dueOn = m_due->date();
    t.expectedOutput = m_output->text().trimmed();
    t.status = valueOf<TaskStatus>(m_status);
    t.completedOn = m_completed->date();
    t.committeeComment = m_comment->toPlainText().trimmed();
    t.collaboratorIds.clear();
    for (int i = 0; i < m_collaborators->count(); ++i)
        if (m_collaborators->item(i)->checkState() == Qt::Checked)
            t.collaboratorIds << m_collaborators->item(i)->data(Qt::UserRole).toLongLong();
    return t;
}

QString TaskDialog::problems() const
{
    return problemsOf(m_problems);
}

void TaskDialog::accept()
{
    QStringList problems;
    const std::pair<DateField *, QString> dates[] = {
        {m_start, tr("Start date")}, {m_due, tr("Deadline")}, {m_completed, tr("Completion date")}};
    for (const auto &[field, name] : dates) {
        bool ok = false;
        field->date(&ok);
        if (!ok)
            problems << tr("%1 must be day/month/year, for example 30/11/2026.").arg(name);
    }
    if (problems.isEmpty())
        problems = task().validate();
    if (const auto r = newReport()) {
        static const QRegularExpression period(QStringLiteral("^\\d{4}-(0[1-9]|1[0-2])$"));
        if (!period.match(r->period).hasMatch())
            problems << tr("The report month must be year-month, for example 2026-11.");
        if (r->memberId == 0)
            problems << tr("A monthly report needs the task's owner.");
        if (r->doneText.isEmpty())
            problems << tr("The monthly report does not say what was done.");
    }
    showProblems(m_problems, problems);
    if (problems.isEmpty())
        QDialog::accept();
}

// --- MeetingDialog

MeetingDialog::MeetingDialog(const Meeting &meeting, const storage::Database &db, QWidget *parent)
    : QDialog(parent), m_meeting(meeting)
{
    Ui::MeetingDialog ui; // the form: ui/MeetingDialog.ui
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
    m_grid->setColumnCount(2);
    m_grid->setHorizontalHeaderLabels({tr("Member"), tr("Attended")});
    m_grid->setRowCount(int(meeting.attendance.size()));
    m_grid->verticalHeader()->setVisible(false);
    m_grid->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_grid->horizontalHeader()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    for (int r = 0; r < meeting.attendance.size(); ++r) {
        const Attendance &a = meeting.attendance[r];
        auto *name = new QTableWidgetItem(names.value(a.memberId));
        name->setFlags(Qt::ItemIsEnabled);
        name->setData(Qt::UserRole, a.memberId);
        m_grid->setItem(r, 0, name);
        auto *status = new QComboBox(m_grid);
        fill(status,
             {AttendanceStatus::Present, AttendanceStatus::Excused, AttendanceStatus::Unexcused,
              AttendanceStatus::Exempt},
             a.status);
        connect(status, &QComboBox::currentIndexChanged, this, &MeetingDialog::updateSummary);
        m_grid->setCellWidget(r, 1, status);
    }
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
    for (int r = 0; r < m_grid->rowCount(); ++r) {
        if (m_grid->item(r, 0)->data(Qt::UserRole).toLongLong() == memberId) {
            auto *box = static_cast<QComboBox *>(m_grid->cellWidget(r, 1));
            box->setCurrentIndex(box->findData(int(status)));
        }
    }
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
    for (int r = 0; r < m_grid->rowCount() && r < m.attendance.size(); ++r)
        m.attendance[r].status =
            valueOf<AttendanceStatus>(static_cast<QComboBox *>(m_grid->cellWidget(r, 1)));
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

// --- CellDialog

CellDialog::CellDialog(const core::Cell &cell, QWidget *parent) : QDialog(parent), m_cell(cell)
{
    Ui::CellDialog ui; // the form: ui/CellDialog.ui
    ui.setupUi(this);
    setUpDesignedDialog(this, ui.problems, ui.buttons);
    m_name = ui.name;
    m_superior = ui.superior;
    m_place = ui.place;
    m_issuer = ui.issuer;
    m_termStart = ui.termStart;
    m_termEnd = ui.termEnd;
    m_margins = ui.margins;
    m_font = ui.font;
    m_lineSpacing = ui.lineSpacing;
    m_numberColon = ui.numberColon;
    m_padMonths = ui.padMonths;
    m_fontNote = ui.fontNote;
    m_problems = ui.problems;
    m_secretary = ui.secretary;
    m_help = ui.help;
    m_styleGroup = ui.styleGroup;
    m_cellForm = ui.cellForm;
    m_cellForm->setRowVisible(m_secretary, false); // a new cell's only

    m_name->setText(cell.name);
    m_superior->setText(cell.superiorBody);
    m_place->setText(cell.place);
    m_issuer->setText(cell.issuerCode);
    m_termStart->setValue(cell.termStart);
    m_termEnd->setValue(cell.termEnd);
    m_margins->addItem(tr("As the rule says: top 20, bottom 20, left 30, right 15 mm"),
                       int(core::MarginVariant::Rule));
    m_margins->addItem(tr("Older practice: top 25, bottom 25, left 35, right 20 mm"),
                       int(core::MarginVariant::Older));
    m_margins->addItem(tr("Provincial handbook: top 25, bottom 25, left 35, right 15 mm"),
                       int(core::MarginVariant::Provincial));
    m_margins->setCurrentIndex(m_margins->findData(int(cell.margins)));

    // The bundled font first (empty: documents look the same everywhere), then the installed
    // families that write Vietnamese.
    const QString bundled = reports::reportFontFamily();
    m_font->addItem(tr("%1 (comes with the program)").arg(bundled), QString());
    for (const QString &family : QFontDatabase::families(QFontDatabase::Vietnamese)) {
        if (family != bundled && !QFontDatabase::isPrivateFamily(family))
            m_font->addItem(family, family);
    }
    if (!cell.fontFamily.isEmpty() && m_font->findData(cell.fontFamily) < 0)
        m_font->addItem(tr("%1 (not installed on this computer)").arg(cell.fontFamily),
                        cell.fontFamily);
    m_font->setCurrentIndex(std::max(0, m_font->findData(cell.fontFamily)));
    connect(m_font, &QComboBox::currentIndexChanged, this, &CellDialog::explainFont);
    explainFont();

    m_lineSpacing->setValue(cell.lineSpacingPt);
    m_numberColon->setChecked(cell.numberColon);
    m_padMonths->setChecked(cell.padAllMonths);
}

void CellDialog::explainFont()
{
    const QString family = m_font->currentData().toString();
    QString note;
    if (family.isEmpty()) {
        note = tr("Documents look the same on every computer.");
    } else {
        const auto fonts = reports::reportFonts(family);
        if (fonts->family().compare(family, Qt::CaseInsensitive) != 0)
            note = tr("This font is not installed here: documents use the bundled font.");
        else if (!fonts->face(false, false)->embedding())
            note = tr("This font has CFF outlines: documents print from this window, but "
                      "sochibo-cli cannot write them. A TrueType font (.ttf), such as Times New "
                      "Roman, is better.");
        else
            note = tr("Installed on this computer; a computer without it prints with the "
                      "bundled font.");
    }
    m_fontNote->setText(note);
}

QString CellDialog::fontNote() const
{
    return m_fontNote->text();
}

core::Cell CellDialog::cell() const
{
    core::Cell c = m_cell;
    c.name = m_name->text().simplified();
    c.superiorBody = m_superior->text().simplified();
    c.place = m_place->text().simplified();
    c.issuerCode = m_issuer->text().simplified();
    c.termStart = m_termStart->value();
    c.termEnd = m_termEnd->value();
    c.margins = core::MarginVariant(m_margins->currentData().toInt());
    c.fontFamily = m_font->currentData().toString();
    c.lineSpacingPt = m_lineSpacing->value();
    c.numberColon = m_numberColon->isChecked();
    c.padAllMonths = m_padMonths->isChecked();
    return c;
}

std::unique_ptr<CellDialog> CellDialog::forNewCell(const QDate &today, QWidget *parent)
{
    core::Cell cell;
    // Party committees at this level serve five-year terms (2025–2030, 2020–2025…).
    cell.termStart = today.year() - ((today.year() - 2025) % 5 + 5) % 5;
    cell.termEnd = cell.termStart + 5;
    auto dialog = std::make_unique<CellDialog>(cell, parent);
    dialog->setWindowTitle(tr("Create the cell's book"));
    dialog->m_help->setText(tr("These details are printed in the header and signature of every "
                               "document; File ▸ Cell details and document style changes them "
                               "later."));
    dialog->m_cellForm->setRowVisible(dialog->m_secretary, true);
    dialog->m_styleGroup->hide(); // the rule's defaults; File ▸ Cell details changes them
    dialog->resize(dialog->width(), dialog->sizeHint().height());
    return dialog;
}

QString CellDialog::secretary() const
{
    return m_secretary->text().simplified();
}

QString CellDialog::problems() const
{
    return problemsOf(m_problems);
}

void CellDialog::accept()
{
    const QStringList problems = cell().validate();
    showProblems(m_problems, problems);
    if (problems.isEmpty())
        QDialog::accept();
}

// --- ProseDialog

namespace {

// The editor shows a placeholder as a grey label; these properties of its characters keep
// the placeholder's text and which one it is (two labels side by side stay two).
constexpr int kPlaceholder = QTextFormat::UserProperty + 1;
constexpr int kPlaceholderId = QTextFormat::UserProperty + 2;

/// \a raw (template markup: **bold**, *italic*, __underline__, {{placeholders}}) into \a edit:
/// the markup as formatting, each placeholder a grey "[label]".
void showTemplateText(QTextEdit *edit, const QString &raw)
{
    edit->clear();
    QTextCursor c(edit->document());
    QTextCharFormat plain;
    bool bold = false, italic = false, underline = false;
    int id = 0;
    const auto format = [&] {
        QTextCharFormat f = plain;
        f.setFontWeight(bold ? QFont::Bold : QFont::Normal);
        f.setFontItalic(italic);
        f.setFontUnderline(underline);
        return f;
    };
    QString run;
    const auto flush = [&] {
        if (!run.isEmpty())
            c.insertText(run, format());
        run.clear();
    };
    for (qsizetype i = 0; i < raw.size();) {
        if (raw.mid(i, 2) == QLatin1String("{{")) {
            const qsizetype end = raw.indexOf(QLatin1String("}}"), i);
            if (end > i) {
                flush();
                const QString token = raw.mid(i, end + 2 - i);
                const QString key = token.mid(2, token.size() - 4).section(QLatin1Char('|'), 0, 0);
                const QString label = reports::ReportBuilder::placeholderLabel(key);
                QTextCharFormat f = format();
                f.setForeground(QColor(0x70, 0x70, 0x70));
                f.setProperty(kPlaceholder, token);
                f.setProperty(kPlaceholderId, ++id);
                f.setToolTip(token);
                c.insertText(QLatin1Char('[') + (label.isEmpty() ? key : label) + QLatin1Char(']'),
                             f);
                i = end + 2;
                continue;
            }
        }
        const QChar ch = raw.at(i);
        const bool two = i + 1 < raw.size() && raw.at(i + 1) == ch;
        if (ch == QLatin1Char('*') && two) {
            flush();
            bold = !bold;
            i += 2;
        } else if (ch == QLatin1Char('_') && two) {
            flush();
            underline = !underline;
            i += 2;
        } else if (ch == QLatin1Char('*')) {
            flush();
            italic = !italic;
            ++i;
        } else if (ch == QLatin1Char('\n')) {
            flush();
            c.insertBlock();
            ++i;
        } else {
            run += ch;
            ++i;
        }
    }
    flush();
    edit->setCurrentCharFormat(plain);
    edit->moveCursor(QTextCursor::Start);
}

/// What \a edit holds, as template markup again: a label is its placeholder (once, however it
/// was split; gone when deleted whole), bold and italic text marked up.
QString templateText(const QTextEdit *edit)
{
    QStringList lines;
    for (QTextBlock b = edit->document()->begin(); b.isValid(); b = b.next()) {
        QString line;
        int last = 0;
        for (auto it = b.begin(); !it.atEnd(); ++it) {
            const QTextFragment f = it.fragment();
            const QTextCharFormat fmt = f.charFormat();
            if (fmt.hasProperty(kPlaceholder)) {
                const int id = fmt.intProperty(kPlaceholderId);
                if (id != last)
                    line += fmt.stringProperty(kPlaceholder);
                last = id;
                continue;
            }
            last = 0;
            QString t = f.text();
            if (fmt.fontUnderline())
                t = QStringLiteral("__%1__").arg(t);
            if (fmt.fontItalic())
                t = QStringLiteral("*%1*").arg(t);
            if (fmt.fontWeight() >= QFont::Bold)
                t = QStringLiteral("**%1**").arg(t);
            line += t;
        }
        lines << line;
    }
    return lines.join(QLatin1Char('\n'));
}

} // namespace

ProseDialog::ProseDialog(const reports::ReportTemplate &form, const QMap<QString, QString> &stored,
                         QWidget *parent)
    : QDialog(parent), m_defaults(form.proseSections())
{
    Ui::ProseDialog ui; // the form: ui/ProseDialog.ui
    ui.setupUi(this);
    setUpDesignedDialog(this, nullptr, ui.buttons);
    m_list = ui.sections;
    m_editor = ui.editor;
    // Each section is named by the heading it follows in the template, whole (the list wraps).
    QMap<QString, QString> headingOf;
    QString heading = tr("Opening");
    for (const QJsonValue &v : form.body) {
        const QJsonObject o = v.toObject();
        for (const char *k : {"part", "item", "sub", "center"})
            if (o.contains(QLatin1String(k)))
                heading = o.value(QLatin1String(k)).toString();
        if (o.contains(QStringLiteral("prose")))
            headingOf.insert(o.value(QStringLiteral("prose")).toString(), heading);
    }
    for (const auto &[key, text] : m_defaults) {
        const QString s = stored.value(key);
        m_texts.insert(key, s.isNull() ? text : s);
        // the heading as printed, without its placeholders' braces
        QString name = headingOf.value(key, key);
        static const QRegularExpression field(QStringLiteral("\\{\\{([^}|]*)[^}]*\\}\\}"));
        for (auto m = field.match(name); m.hasMatch(); m = field.match(name)) {
            const QString label = reports::ReportBuilder::placeholderLabel(m.captured(1));
            name.replace(m.capturedStart(), m.capturedLength(),
                         QLatin1Char('[') + (label.isEmpty() ? m.captured(1) : label) +
                             QLatin1Char(']'));
        }
        auto *item = new QListWidgetItem(name, m_list);
        item->setToolTip(name);
    }
    connect(ui.reset, &QPushButton::clicked, this, [this] {
        if (m_current >= 0)
            show(m_defaults[m_current].second);
        keep();
    });
    connect(m_editor, &QTextEdit::textChanged, this, &ProseDialog::keep);
    // Typing next to a label is plain text, never part of the label.
    connect(m_editor, &QTextEdit::currentCharFormatChanged, this, [this](const QTextCharFormat &f) {
        if (f.hasProperty(kPlaceholder))
            m_editor->setCurrentCharFormat(QTextCharFormat());
    });
    connect(m_list, &QListWidget::currentRowChanged, this, [this](int row) {
        m_current = row;
        show(row >= 0 ? m_texts.value(m_defaults[row].first) : QString());
    });
    m_list->setCurrentRow(0);
    orderTabsByLayout(this);
}

void ProseDialog::show(const QString &text)
{
    m_loading = true;
    showTemplateText(m_editor, text);
    m_loading = false;
}

void ProseDialog::keep()
{
    if (!m_loading && m_current >= 0 && m_current < m_defaults.size())
        m_texts[m_defaults[m_current].first] = templateText(m_editor);
}

QMap<QString, QString> ProseDialog::texts() const
{
    QMap<QString, QString> out;
    for (const auto &[key, text] : m_defaults) {
        const QString t = m_texts.value(key).trimmed();
        out.insert(key, t == text.trimmed() ? QString() : t);
    }
    return out;
}

} // namespace sochibo::gui

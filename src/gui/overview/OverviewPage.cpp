#include "OverviewPage.h"

#include "core/Cell.h"
#include "core/Enums.h"
#include "core/Figures.h"
#include "core/MembershipTimeline.h"
#include "core/Period.h"
#include "core/TaskRules.h"
#include "gui/common/BookSession.h"
#include "gui/month/MonthPage.h"
#include "gui/tasks/TasksPage.h"
#include "reportdata/ReportService.h"
#include "reportdata/TableExport.h"
#include "storage/Backup.h"
#include "storage/CellRepository.h"
#include "storage/Database.h"
#include "storage/MeetingRepository.h"
#include "storage/MemberRepository.h"
#include "storage/ReminderInputs.h"
#include "storage/ReviewRepository.h"
#include "storage/Statistics.h"
#include "storage/TaskRepository.h"
#include "text/DocumentWording.h"
#include "ui_OverviewPage.h"

#include <QColor>
#include <QCryptographicHash>
#include <QFileInfo>
#include <QLabel>
#include <QListWidget>
#include <QProgressBar>
#include <QPushButton>
#include <QSettings>
#include <QStringList>

namespace sochibo::gui {

using namespace sochibo::core;
using namespace sochibo::storage;

OverviewPage::OverviewPage(QWidget *parent) : QWidget(parent)
{
    Ui::OverviewPage ui; // the page's layout: ui/overview/OverviewPage.ui
    ui.setupUi(this);
    m_text = ui.text;
    m_chart = ui.chart;
    m_remedies = ui.remedies;
    m_todo = ui.todo;
    connect(ui.dismiss, &QPushButton::clicked, this, &OverviewPage::dismissSelected);
    connect(ui.showDismissed, &QPushButton::clicked, this, &OverviewPage::showDismissed);
    const auto openItem = [this](QListWidgetItem *item) {
        if (item)
            emit open(item->data(Qt::UserRole).toString(),
                      item->data(Qt::UserRole + 1).toLongLong());
    };
    connect(m_todo, &QListWidget::itemActivated, this, openItem);
    connect(m_text, &QLabel::linkActivated, this, [this](const QString &href) {
        if (href.startsWith(QLatin1String("tasks:")))
            emit showTasks(href.mid(6).toInt());
        else if (href.startsWith(QLatin1String("month:")))
            emit showMonth(href.mid(6).toInt());
    });
}

void OverviewPage::fillTodo()
{
    const QStringList dismissed = QSettings().value(m_book, QStringList()).toStringList();
    m_todo->clear();
    for (const core::Reminder &r : std::as_const(m_reminders)) {
        if (dismissed.contains(r.key))
            continue;
        auto *item = new QListWidgetItem(r.text, m_todo);
        item->setData(Qt::UserRole, r.taskId     ? QStringLiteral("task")
                                    : r.memberId ? QStringLiteral("member")
                                    : r.topicId  ? QStringLiteral("topic")
                                                 : QString());
        item->setData(Qt::UserRole + 1, r.taskId ? r.taskId : r.memberId ? r.memberId : r.topicId);
        item->setData(Qt::UserRole + 2, r.key);
        if (r.kind == core::ReminderKind::TaskOverdue ||
            r.kind == core::ReminderKind::ProbationPast)
            item->setForeground(QColor(0xb0, 0x10, 0x10));
    }
    if (m_todo->count() == 0)
        new QListWidgetItem(tr("Nothing to see to today."), m_todo);
}

int OverviewPage::pendingReminders() const
{
    int n = 0;
    for (int i = 0; i < m_todo->count(); ++i)
        n += !m_todo->item(i)->data(Qt::UserRole + 2).toString().isEmpty();
    return n;
}

void OverviewPage::dismissSelected()
{
    QStringList dismissed = QSettings().value(m_book, QStringList()).toStringList();
    for (const QListWidgetItem *item : m_todo->selectedItems()) {
        const QString key = item->data(Qt::UserRole + 2).toString();
        if (!key.isEmpty() && !dismissed.contains(key))
            dismissed << key;
    }
    // only the keys that still stand: a reminder whose reason changed has a new key
    QStringList standing;
    for (const core::Reminder &r : std::as_const(m_reminders))
        if (dismissed.contains(r.key))
            standing << r.key;
    QSettings().setValue(m_book, standing);
    fillTodo();
}

void OverviewPage::showDismissed()
{
    QSettings().remove(m_book);
    fillTodo();
}

QList<QProgressBar *> OverviewPage::remedyBars() const
{
    return m_remedies->findChildren<QProgressBar *>();
}

QString OverviewPage::text() const
{
    return m_text->text();
}

void OverviewPage::reload()
{
    const Database &db = *m_session->db();
    const QDate today = m_session->today();
    m_book = QStringLiteral("reminders/dismissed/") +
             QString::fromLatin1(
                 QCryptographicHash::hash(QFileInfo(db.path()).absoluteFilePath().toUtf8(),
                                          QCryptographicHash::Sha1)
                     .toHex()
                     .left(16));
    m_reminders = core::reminders(storage::loadReminderInputs(db, today));
    fillTodo();
    const Cell cell = CellRepository(db).cell();
    const YearFigures f = Statistics(db).year(today.year(), today);
    const TaskRepository tasks(db);
    TaskFilter overdue;
    overdue.overdueOnly = true;
    overdue.today = today;
    TaskFilter vague;
    vague.vagueOnly = true;
    TaskFilter noEvidence;
    noEvidence.missingEvidenceOnly = true;
    // One line of figures; \a label is HTML (it may be a link).
    const auto row = [](const QString &label, const QString &value) {
        return QStringLiteral(
                   "<tr><td style='padding:3px 18px 3px 0'>%1</td><td><b>%2</b></td></tr>")
            .arg(label, value.toHtmlEscaped());
    };
    const auto plain = [](const QString &s) {
        return s.toHtmlEscaped();
    };
    QString html =
        QStringLiteral("<h2>%1</h2><p>%2 · %3</p><h3>%4</h3><table>")
            .arg(cell.name.toHtmlEscaped(), cell.superiorBody.toHtmlEscaped(),
                 text::datePhrase(today).toHtmlEscaped(), tr("Year %1 to date").arg(today.year()));
    html += row(plain(tr("Active members")), QString::number(f.membersEnd));
    html += row(plain(tr("Admitted this year")), QString::number(f.admitted));
    html += row(plain(tr("Regular / thematic meetings")),
                QStringLiteral("%1 / %2").arg(f.regularMeetings).arg(f.thematicMeetings));
    html += row(plain(tr("Tasks assigned")), QString::number(f.tasks));
    html +=
        row(plain(tr("Done (on time / late)")),
            QStringLiteral("%1 (%2 / %3)").arg(f.tasksDone).arg(f.tasksOnTime).arg(f.tasksLate));
    html += QStringLiteral("</table><h3>%1</h3><table>").arg(tr("Needs attention"));
    // Each signal opens the task list filtered to it.
    const auto link = [](TasksPage::Show show, const QString &label) {
        return QStringLiteral("<a href=\"tasks:%1\">%2</a>")
            .arg(int(show))
            .arg(label.toHtmlEscaped());
    };
    const auto count = [&](const TaskFilter &f) {
        return QString::number(tasks.list(f).size());
    };
    html += row(link(TasksPage::Overdue, tr("Overdue tasks")), count(overdue));
    html += row(link(TasksPage::Vague, tr("Tasks with no clear owner, deadline or product")),
                count(vague));
    html += row(link(TasksPage::MissingEvidence, tr("Done, no evidence yet")), count(noEvidence));
    // Probation is twelve months (core::MembershipTimeline): past it, the cell has to decide.
    QStringList probation;
    for (const MembershipTimeline &t : MemberRepository(db).timelines())
        if (t.probationOverdueOn(today))
            probation << tr("%1 (12 months ended %2)")
                             .arg(t.member().fullName, text::shortDate(t.probationEnds()));
    html +=
        row(plain(tr("Probationary members past 12 months")), QString::number(probation.size()));
    html += QStringLiteral("</table>");
    // A few names are read; a long list is a count (the page behind it has the names).
    const auto someNames = [](const QStringList &names) {
        constexpr int kShown = 6;
        if (names.size() <= kShown)
            return names.join(QStringLiteral(", "));
        return tr("%1 and %n other(s)", "", int(names.size()) - kShown)
            .arg(names.first(kShown).join(QStringLiteral(", ")));
    };
    if (!probation.isEmpty())
        html +=
            QStringLiteral("<p>%1</p>")
                .arg(tr("Full membership to decide: %1").arg(someNames(probation)).toHtmlEscaped());

    // This month at a glance; each count opens the month page filtered to it.
    const PeriodProgress month = Progress(db).compute(Period::ofMonth(today), today);
    const auto monthLink = [](int show, const QString &label) {
        return QStringLiteral("<a href=\"month:%1\">%2</a>").arg(show).arg(label.toHtmlEscaped());
    };
    html += QStringLiteral("<h3>%1</h3><table>")
                .arg(tr("Month %1/%2").arg(today.month()).arg(today.year()).toHtmlEscaped());
    html += row(monthLink(MonthPage::All, tr("Tasks of the month")),
                QString::number(month.figures.active));
    html +=
        row(monthLink(MonthPage::Overdue, tr("Overdue")), QString::number(month.figures.overdue));
    html += row(monthLink(MonthPage::DueSoon, tr("Due within 7 days")),
                QString::number(month.figures.dueSoon));
    html += row(monthLink(MonthPage::DoneNoEvidence, tr("Done, without evidence")),
                QString::number(month.figures.withoutEvidence));
    html += row(monthLink(MonthPage::Vague, tr("Unclear owner, deadline or product")),
                QString::number(month.figures.vague));
    html += row(monthLink(MonthPage::NoReport, tr("Not reported this month")),
                QString::number(month.figures.noReport));
    html += row(plain(tr("Members who reported")), QStringLiteral("%1/%2")
                                                       .arg(month.figures.membersReported)
                                                       .arg(month.figures.membersWithTasks));
    html += row(plain(tr("Members without evidence this month")),
                QString::number(month.membersWithoutEvidence.size()));
    html += QStringLiteral("</table>");
    if (!month.membersWithoutEvidence.isEmpty())
        html += QStringLiteral("<p>%1</p>")
                    .arg(tr("No evidence yet: %1")
                             .arg(someNames(month.membersWithoutEvidence))
                             .toHtmlEscaped());
    m_text->setText(html);

    m_chart->setBars(today.year(), Progress(db).yearChart(today.year(), today));
    // One bar per shortcoming of last year's review: its remedy tasks done with evidence.
    QLayout *bars = m_remedies->layout();
    while (QLayoutItem *item = bars->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    auto *title =
        new QLabel(tr("<b>Remedying the shortcomings of %1</b> (tasks done with evidence)")
                       .arg(today.year() - 1),
                   m_remedies);
    title->setWordWrap(true);
    bars->addWidget(title);
    if (f.remedies.isEmpty())
        bars->addWidget(
            new QLabel(tr("No shortcoming recorded for %1.").arg(today.year() - 1), m_remedies));
    for (const RemedyFigures &r : f.remedies) {
        auto *name = new QLabel(r.title, m_remedies);
        name->setWordWrap(true);
        auto *bar = new QProgressBar(m_remedies);
        bar->setRange(0, std::max(1, r.tasks));
        bar->setValue(r.doneWithEvidence);
        bar->setFormat(r.tasks ? tr("%1/%2 tasks").arg(r.doneWithEvidence).arg(r.tasks)
                               : tr("no task assigned"));
        bar->setAccessibleName(r.title);
        bars->addWidget(name);
        bars->addWidget(bar);
    }
}

void OverviewPage::clear()
{
    m_todo->clear();
}

TableExport OverviewPage::exportTable() const
{
    const QDate today = m_session->today();
    return {reportdata::tables::figures(*m_session->db(), today.year(), today),
            QStringLiteral("so-lieu-%1").arg(today.year())};
}

QString OverviewPage::statusLine(const Database &db, const QDate &today)
{
    TaskFilter overdue;
    overdue.overdueOnly = true;
    overdue.today = today;
    return tr("Year %1 · %2 members · %3 tasks overdue")
        .arg(today.year())
        .arg(MemberRepository(db).membersOn(today).size())
        .arg(TaskRepository(db).list(overdue).size());
}

} // namespace sochibo::gui

#include "MembersPage.h"

#include "core/Member.h"
#include "core/Task.h"
#include "storage/StorageError.h"
#include <QColor>
#include <QTableView>

#include "core/Enums.h"
#include "core/TaskRules.h"
#include "gui/common/Committer.h"
#include "gui/common/Prompts.h"
#include "gui/common/RecordTableModel.h"
#include "gui/common/RecordsPage.h"
#include "gui/members/EventDialog.h"
#include "reportdata/ReportService.h"
#include "storage/Backup.h"
#include "storage/Database.h"
#include "storage/MeetingRepository.h"
#include "storage/MemberRepository.h"
#include "storage/ReviewRepository.h"
#include "storage/Statistics.h"
#include "storage/TaskRepository.h"
#include "text/DocumentWording.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QItemSelectionModel>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace sochibo::gui {

using namespace sochibo::core;
using namespace sochibo::storage;

MembersPage::MembersPage(Prompts prompts, Committer commit, QWidget *parent)
    : RecordsPage(tr("Members"),
                  {tr("Full name"), tr("Role"), tr("Kind"), tr("Job"), tr("Party admission date"),
                   tr("Situation")},
                  parent),
      m_prompts(std::move(prompts)), m_commit(std::move(commit)), m_details(new QLabel(this)),
      m_events(new QListWidget(this)), m_ratingPrev(new QComboBox(this)),
      m_ratingThis(new QComboBox(this)), m_ratingPrevLabel(new QLabel(this)),
      m_ratingThisLabel(new QLabel(this))
{
    m_model->setNameColumns({0});
    auto *remove = new QPushButton(tr("Delete member…"), this);
    remove->setToolTip(tr("Delete the selected member (Del). A member with tasks, minutes or "
                          "evidence cannot be deleted: record a transfer or retirement instead."));
    addTrailingToolbarWidget(remove);
    connect(remove, &QPushButton::clicked, this, &MembersPage::removeCurrent);

    // The side panel: the selected member's history, ratings and work.
    auto *panel = new QWidget(this);
    panel->setMaximumWidth(340);
    auto *side = new QVBoxLayout(panel);
    side->setContentsMargins(0, 0, 0, 0);
    m_details->setWordWrap(true);
    m_details->setTextFormat(Qt::RichText);
    side->addWidget(m_details);
    side->addWidget(new QLabel(tr("<b>Membership history</b>"), panel));
    side->addWidget(m_events, 1);
    auto *eventButtons = new QHBoxLayout;
    auto *addEventButton = new QPushButton(tr("Record event…"), panel);
    addEventButton->setToolTip(
        tr("Admission, full membership, transfer in, transfer out, retirement, discipline…"));
    auto *removeEventButton = new QPushButton(tr("Delete event"), panel);
    eventButtons->addWidget(addEventButton);
    eventButtons->addWidget(removeEventButton);
    side->addLayout(eventButtons);
    side->addWidget(new QLabel(tr("<b>Quality ratings</b>"), panel));
    auto *ratings = new QFormLayout;
    for (QComboBox *box : {m_ratingPrev, m_ratingThis})
        for (QualityRating r : {QualityRating::None, QualityRating::Excellent, QualityRating::Good,
                                QualityRating::Completed, QualityRating::NotCompleted})
            box->addItem(r == QualityRating::None ? tr("(not rated)") : uiLabel(r), int(r));
    ratings->addRow(m_ratingPrevLabel, m_ratingPrev);
    ratings->addRow(m_ratingThisLabel, m_ratingThis);
    side->addLayout(ratings);
    placeBesideTable(panel);

    connect(addEventButton, &QPushButton::clicked, this, &MembersPage::addEvent);
    connect(removeEventButton, &QPushButton::clicked, this, &MembersPage::removeSelectedEvent);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &MembersPage::showDetails);
    connect(m_ratingPrev, &QComboBox::activated, this, [this] {
        setRating(m_today.year() - 1, QualityRating(m_ratingPrev->currentData().toInt()));
    });
    connect(m_ratingThis, &QComboBox::activated, this, [this] {
        setRating(m_today.year(), QualityRating(m_ratingThis->currentData().toInt()));
    });
}

void MembersPage::reload(const Database &db, const QDate &today)
{
    const qint64 selected = currentId();
    m_db = &db;
    m_today = today;
    const MemberRepository repo(db);
    const auto departed = repo.departedBy(today);
    QList<RecordRow> rows;
    for (const Member &m : repo.list()) {
        RecordRow r;
        r.id = m.id;
        const bool gone = departed.contains(m.id);
        r.cells = {m.fullName,
                   uiLabel(m.role),
                   uiLabel(m.kind),
                   uiLabel(m.job),
                   text::shortDate(m.admittedOn),
                   gone ? departed.value(m.id).describe() : tr("Active")};
        r.sortKeys = {QVariant(), QVariant(int(m.role)), QVariant(), QVariant(),
                      dateKey(m.admittedOn)};
        if (gone)
            r.foreground = QColor(0x77, 0x77, 0x77);
        rows << r;
    }
    m_model->setRows(rows);
    fitColumns();
    m_ratingPrevLabel->setText(tr("Year %1:").arg(today.year() - 1));
    m_ratingThisLabel->setText(tr("Year %1:").arg(today.year()));
    selectId(selected);
    if (!m_view->currentIndex().isValid() && m_proxy->rowCount() > 0)
        m_view->setCurrentIndex(m_proxy->index(0, 0)); // the panel is never empty for nothing
    showDetails();
}

QString MembersPage::details() const
{
    return m_details->text();
}

void MembersPage::showDetails()
{
    m_events->clear();
    const qint64 id = currentId();
    const bool any = m_db && id != 0;
    for (QComboBox *b : {m_ratingPrev, m_ratingThis})
        b->setEnabled(any);
    if (!any) {
        m_details->setText(tr("Select a member to see their history, ratings and tasks."));
        return;
    }
    const MemberRepository repo(*m_db);
    const auto m = repo.find(id);
    if (!m)
        return;
    for (const MembershipEvent &e : repo.events(id)) {
        QString line = e.describe();
        if (e.kind == EventKind::Disciplined)
            line += QStringLiteral(" (%1)").arg(uiLabel(e.discipline));
        if (!e.note.isEmpty())
            line += QStringLiteral(" — ") + e.note;
        auto *item = new QListWidgetItem(line, m_events);
        item->setData(Qt::UserRole, e.id);
    }
    m_ratingPrev->setCurrentIndex(m_ratingPrev->findData(int(repo.rating(id, m_today.year() - 1))));
    m_ratingThis->setCurrentIndex(m_ratingThis->findData(int(repo.rating(id, m_today.year()))));
    TaskFilter mine;
    mine.ownerId = id;
    int open = 0, overdue = 0;
    for (const Task &t : TaskRepository(*m_db).list(mine)) {
        const TaskState state = task_rules::state(t, AsOf::during(m_today));
        open += state == TaskState::NotStarted || state == TaskState::InProgress ||
                state == TaskState::Overdue;
        overdue += state == TaskState::Overdue;
    }
    const auto commitment = ReviewRepository(*m_db).commitment(id, m_today.year());
    m_details->setText(
        QStringLiteral("<h3>%1</h3>").arg(m->fullName.toHtmlEscaped()) +
        tr("Tasks in progress: <b>%1</b>, overdue: <b>%2</b><br>").arg(open).arg(overdue) +
        (commitment ? tr("Commitment for %1: signed on %2")
                          .arg(m_today.year())
                          .arg(text::shortDate(commitment->signedOn))
                    : tr("No commitment for %1 yet").arg(m_today.year())));
}

bool MembersPage::addEvent()
{
    const qint64 id = currentId();
    if (!m_db || id == 0) {
        m_prompts.inform(tr("Select a member in the list."));
        return false;
    }
    const auto member = MemberRepository(*m_db).find(id);
    MembershipEvent fresh;
    fresh.memberId = id;
    fresh.kind = EventKind::TransferredOut;
    fresh.date = m_today;
    EventDialog dialog(fresh, member ? member->fullName : QString(), this);
    if (!m_prompts.runDialog(dialog))
        return false;
    const MembershipEvent e = dialog.event();
    return commitInsert(
        m_commit, tr("Record event: %1").arg(e.describe()), e,
        [this](const MembershipEvent &row) { return MemberRepository(*m_db).saveEvent(row); },
        [this](qint64 id) { MemberRepository(*m_db).removeEvent(id); });
}

bool MembersPage::removeSelectedEvent()
{
    QListWidgetItem *item = m_events->currentItem();
    if (!m_db || !item)
        return false;
    const qint64 eventId = item->data(Qt::UserRole).toLongLong();
    const qint64 member = currentId();
    std::optional<MembershipEvent> before;
    for (const MembershipEvent &e : MemberRepository(*m_db).events(member))
        if (e.id == eventId)
            before = e;
    if (!before || !m_prompts.confirm(tr("Delete the event “%1”?").arg(before->describe())))
        return false;
    return m_commit(
        tr("Delete event: %1").arg(before->describe()),
        [this, eventId] { MemberRepository(*m_db).removeEvent(eventId); },
        [this, e = *before] { MemberRepository(*m_db).saveEvent(e); });
}

bool MembersPage::setRating(int year, QualityRating level)
{
    const qint64 id = currentId();
    if (!m_db || id == 0)
        return false;
    const QualityRating before = MemberRepository(*m_db).rating(id, year);
    if (before == level)
        return false;
    return m_commit(
        tr("Rating for %1").arg(year),
        [this, id, year, level] { MemberRepository(*m_db).setRating(id, year, level); },
        [this, id, year, before] { MemberRepository(*m_db).setRating(id, year, before); });
}

bool MembersPage::removeCurrent()
{
    const qint64 id = currentId();
    if (!m_db || id == 0) {
        m_prompts.inform(tr("Select a member in the list."));
        return false;
    }
    MemberRepository repo(*m_db);
    const auto member = repo.find(id);
    if (!member)
        return false;
    const QString blockers = repo.dependents(id);
    if (!blockers.isEmpty()) {
        m_prompts.inform(tr("Comrade %1 cannot be deleted: %2\nIf the comrade has moved away or "
                            "retired, record that event; the old records are kept.")
                             .arg(member->fullName, blockers));
        return false;
    }
    if (!m_prompts.confirm(tr("Delete comrade %1 from the book for good?").arg(member->fullName)))
        return false;
    try {
        repo.remove(id);
    } catch (const StorageError &e) {
        m_prompts.inform(e.message());
        return false;
    }
    emit changed();
    return true;
}

} // namespace sochibo::gui

#include "MembersPage.h"

#include "core/Enums.h"
#include "core/Member.h"
#include "core/Task.h"
#include "core/TaskRules.h"
#include "gui/common/BackgroundJob.h"
#include "gui/common/BookJobs.h"
#include "gui/common/BookSession.h"
#include "gui/common/Committer.h"
#include "gui/common/Prompts.h"
#include "gui/common/RecordTableModel.h"
#include "gui/common/RecordsPage.h"
#include "gui/members/EventDialog.h"
#include "gui/members/MemberDialog.h"
#include "gui/members/MemberImportDialog.h"
#include "gui/members/MemberTableModel.h"
#include "reportdata/ReportService.h"
#include "reportdata/TableExport.h"
#include "sheets/MemberImport.h"
#include "storage/Backup.h"
#include "storage/Database.h"
#include "storage/Files.h"
#include "storage/MeetingRepository.h"
#include "storage/MemberRepository.h"
#include "storage/ReviewRepository.h"
#include "storage/Statistics.h"
#include "storage/StorageError.h"
#include "storage/TaskRepository.h"
#include "storage/Transaction.h"
#include "text/DocumentWording.h"

#include <QComboBox>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QItemSelectionModel>
#include <QKeySequence>
#include <QLabel>
#include <QListWidget>
#include <QProgressDialog>
#include <QPushButton>
#include <QShortcut>
#include <QTableView>
#include <QVBoxLayout>

namespace sochibo::gui {

using namespace sochibo::core;
using namespace sochibo::storage;

MembersPage::MembersPage(Prompts prompts, Committer commit, QWidget *parent)
    : RecordsPage(QStringLiteral("member"), tr("Members"), new MemberTableModel, parent),
      m_prompts(std::move(prompts)), m_commit(std::move(commit)), m_details(new QLabel(this)),
      m_events(new QListWidget(this)), m_ratingPrev(new QComboBox(this)),
      m_ratingThis(new QComboBox(this)), m_ratingPrevLabel(new QLabel(this)),
      m_ratingThisLabel(new QLabel(this))
{
    auto *remove = new QPushButton(tr("Delete member…"), this);
    remove->setToolTip(tr("Delete the selected member (Del). A member with tasks, minutes or "
                          "evidence cannot be deleted: record a transfer or retirement instead."));
    addTrailingToolbarWidget(remove);
    connect(remove, &QPushButton::clicked, this, &MembersPage::removeCurrent);
    const auto button = [this](const QString &text, auto slot) {
        auto *b = new QPushButton(text, this);
        connect(b, &QPushButton::clicked, this, slot);
        addToolbarWidget(b);
    };
    button(tr("Add member… (Ctrl+N)"), &MembersPage::add);
    button(tr("Edit…"), &MembersPage::editCurrent);
    button(tr("Import a list…"), &MembersPage::importList);
    addExportButton();
    // Enter or a double click opens the member; Del deletes (after asking).
    connect(m_view, &QAbstractItemView::activated, this, &MembersPage::editCurrent);
    auto *del = new QShortcut(QKeySequence::Delete, m_view);
    del->setContext(Qt::WidgetShortcut);
    connect(del, &QShortcut::activated, this, &MembersPage::removeCurrent);

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
        setRating(m_session->today().year() - 1,
                  QualityRating(m_ratingPrev->currentData().toInt()));
    });
    connect(m_ratingThis, &QComboBox::activated, this, [this] {
        setRating(m_session->today().year(), QualityRating(m_ratingThis->currentData().toInt()));
    });
}

void MembersPage::reload()
{
    const Database &db = *m_session->db();
    const QDate today = m_session->today();
    const MemberRepository repo(db);
    static_cast<MemberTableModel *>(m_model)->setMembers(repo.list(), repo.departedBy(today));
    fitColumns();
    m_ratingPrevLabel->setText(tr("Year %1:").arg(today.year() - 1));
    m_ratingThisLabel->setText(tr("Year %1:").arg(today.year()));
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
    const bool any = m_session->db() && id != 0;
    for (QComboBox *b : {m_ratingPrev, m_ratingThis})
        b->setEnabled(any);
    if (!any) {
        m_details->setText(tr("Select a member to see their history, ratings and tasks."));
        return;
    }
    const MemberRepository repo(*m_session->db());
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
    m_ratingPrev->setCurrentIndex(
        m_ratingPrev->findData(int(repo.rating(id, m_session->today().year() - 1))));
    m_ratingThis->setCurrentIndex(
        m_ratingThis->findData(int(repo.rating(id, m_session->today().year()))));
    TaskFilter mine;
    mine.ownerId = id;
    int open = 0, overdue = 0;
    for (const Task &t : TaskRepository(*m_session->db()).list(mine)) {
        const TaskState state = task_rules::state(t, AsOf::during(m_session->today()));
        open += state == TaskState::NotStarted || state == TaskState::InProgress ||
                state == TaskState::Overdue;
        overdue += state == TaskState::Overdue;
    }
    const auto commitment =
        ReviewRepository(*m_session->db()).commitment(id, m_session->today().year());
    m_details->setText(
        QStringLiteral("<h3>%1</h3>").arg(m->fullName.toHtmlEscaped()) +
        tr("Tasks in progress: <b>%1</b>, overdue: <b>%2</b><br>").arg(open).arg(overdue) +
        (commitment ? tr("Commitment for %1: signed on %2")
                          .arg(m_session->today().year())
                          .arg(text::shortDate(commitment->signedOn))
                    : tr("No commitment for %1 yet").arg(m_session->today().year())));
}

bool MembersPage::addEvent()
{
    const qint64 id = currentId();
    if (!m_session->db() || id == 0) {
        m_prompts.inform(tr("Select a member in the list."));
        return false;
    }
    const auto member = MemberRepository(*m_session->db()).find(id);
    MembershipEvent fresh;
    fresh.memberId = id;
    fresh.kind = EventKind::TransferredOut;
    fresh.date = m_session->today();
    EventDialog dialog(fresh, member ? member->fullName : QString(), this);
    if (!m_prompts.runDialog(dialog))
        return false;
    const MembershipEvent e = dialog.event();
    return commitInsert(
        m_commit, tr("Record event: %1").arg(e.describe()), e,
        [this](const MembershipEvent &row) {
            return MemberRepository(*m_session->db()).saveEvent(row);
        },
        [this](qint64 id) { MemberRepository(*m_session->db()).removeEvent(id); });
}

bool MembersPage::removeSelectedEvent()
{
    QListWidgetItem *item = m_events->currentItem();
    if (!m_session->db() || !item)
        return false;
    const qint64 eventId = item->data(Qt::UserRole).toLongLong();
    const qint64 member = currentId();
    std::optional<MembershipEvent> before;
    for (const MembershipEvent &e : MemberRepository(*m_session->db()).events(member))
        if (e.id == eventId)
            before = e;
    if (!before || !m_prompts.confirm(tr("Delete the event “%1”?").arg(before->describe())))
        return false;
    return m_commit(
        tr("Delete event: %1").arg(before->describe()),
        [this, eventId] { MemberRepository(*m_session->db()).removeEvent(eventId); },
        [this, e = *before] { MemberRepository(*m_session->db()).saveEvent(e); });
}

bool MembersPage::setRating(int year, QualityRating level)
{
    const qint64 id = currentId();
    if (!m_session->db() || id == 0)
        return false;
    const QualityRating before = MemberRepository(*m_session->db()).rating(id, year);
    if (before == level)
        return false;
    return m_commit(
        tr("Rating for %1").arg(year),
        [this, id, year, level] { MemberRepository(*m_session->db()).setRating(id, year, level); },
        [this, id, year, before] {
            MemberRepository(*m_session->db()).setRating(id, year, before);
        });
}

bool MembersPage::removeCurrent()
{
    const qint64 id = currentId();
    if (!m_session->db() || id == 0) {
        m_prompts.inform(tr("Select a member in the list."));
        return false;
    }
    MemberRepository repo(*m_session->db());
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

bool MembersPage::add()
{
    if (!ensureWritable(*m_session, m_prompts))
        return false;
    core::Member fresh;
    fresh.admittedOn = m_session->today();
    MemberDialog dialog(fresh, this);
    if (!m_prompts.runDialog(dialog))
        return false;
    const core::Member m = dialog.member();
    const BookSession *session = m_session;
    // The member and their entry into the cell (admission or transfer) as one step: the
    // figures count the member from that event (core::MembershipTimeline).
    return commitInsert(
        m_commit, tr("Add member %1").arg(m.fullName), m,
        [session, entry = dialog.entryEvent()](const core::Member &row) {
            MemberRepository members(*session->db());
            const qint64 id = members.save(row);
            if (entry) {
                core::MembershipEvent e = *entry;
                e.memberId = id;
                members.saveEvent(e);
            }
            return id;
        },
        [session](qint64 id) { MemberRepository(*session->db()).remove(id); });
}

bool MembersPage::editCurrent()
{
    const qint64 id = currentId();
    if (!m_session->db() || id == 0)
        return false;
    const auto before = MemberRepository(*m_session->db()).find(id);
    if (!before)
        return false;
    MemberDialog dialog(*before, this);
    if (!m_prompts.runDialog(dialog))
        return false;
    const core::Member after = dialog.member();
    const BookSession *session = m_session;
    return m_commit(
        tr("Edit member %1").arg(after.fullName),
        [session, after] { MemberRepository(*session->db()).save(after); },
        [session, b = *before] { MemberRepository(*session->db()).save(b); });
}

bool MembersPage::importList()
{
    if (!ensureWritable(*m_session, m_prompts))
        return false;
    const QString path = m_prompts.openSpreadsheet();
    if (path.isEmpty())
        return false;
    const QString name = QFileInfo(path).fileName();
    sheets::Workbook sheet;
    try {
        sheet = sheets::readWorkbook(files::readRegular(path, 64LL * 1024 * 1024, true), name);
    } catch (const core::UserError &e) {
        m_prompts.inform(e.message());
        return false;
    }
    const Database &db = *m_session->db();
    MemberImportDialog dialog(sheet, name, MemberRepository(db).list(true), m_session->today(),
                              this);
    if (!m_prompts.runDialog(dialog))
        return false;
    const QList<core::Member> members = dialog.membersToImport();
    if (members.isEmpty())
        return false;
    // The book is backed up first, in the background and in its turn after any backup still
    // running; the window shows that it is busy and stays responsive. Then the import.
    const QString book = m_session->path();
    QProgressDialog *progress = busy(window(), tr("Backing up the book before the import…"));
    jobs::run(this, automaticBackupJob(book, BackupReason::Import),
              [this, progress, book, members, name](const Outcome &o) {
                  progress->deleteLater();
                  if (!m_session->db() || m_session->path() != book || m_session->isReadOnly())
                      return; // another book meanwhile: nothing is imported into it
                  if (o.failed &&
                      !m_prompts.confirm(
                          tr("The book could not be backed up before the import: %1\nImport "
                             "anyway?")
                              .arg(o.message)))
                      return;
                  addImported(members, name);
              });
    return true;
}

void MembersPage::addImported(const QList<core::Member> &members, const QString &fileName)
{
    auto ids = std::make_shared<QList<qint64>>();
    const BookSession *session = m_session;
    const bool done = m_commit(
        tr("Import %n member(s) from %1", "", int(members.size())).arg(fileName),
        [session, members, ids] { *ids = MemberRepository(*session->db()).addWithEvents(members); },
        [session, ids] {
            Transaction tx(*session->db());
            for (qint64 id : std::as_const(*ids))
                MemberRepository(*session->db()).remove(id);
            tx.commit();
        });
    if (done)
        emit statusMessage(tr("%n member(s) imported from “%1”; Ctrl+Z removes them again.", "",
                              int(members.size()))
                               .arg(fileName),
                           15000);
}

TableExport MembersPage::exportTable() const
{
    return {reportdata::tables::members(*m_session->db()), QStringLiteral("dang-vien")};
}

} // namespace sochibo::gui

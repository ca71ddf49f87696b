#include "MeetingsPage.h"

#include "core/Enums.h"
#include "core/Meeting.h"
#include "gui/common/BookSession.h"
#include "gui/common/RecordTableModel.h"
#include "gui/common/RecordsPage.h"
#include "gui/common/SaveDocument.h"
#include "gui/meetings/MeetingDialog.h"
#include "gui/meetings/MeetingTableModel.h"
#include "reportdata/ReportService.h"
#include "storage/Database.h"
#include "storage/MeetingRepository.h"
#include "storage/MemberRepository.h"
#include "storage/TaskRepository.h"
#include "text/DocumentWording.h"

#include <QMap>
#include <QPushButton>
#include <QString>
#include <QStringList>
#include <QTableView>

namespace sochibo::gui {

using namespace sochibo::core;
using namespace sochibo::storage;

MeetingsPage::MeetingsPage(Prompts prompts, Committer commit, QWidget *parent)
    : RecordsPage(QStringLiteral("meeting"), tr("Meetings"), new MeetingTableModel, parent),
      m_prompts(std::move(prompts)), m_commit(std::move(commit))
{
    const auto button = [this](const QString &text, auto slot) {
        auto *b = new QPushButton(text, this);
        connect(b, &QPushButton::clicked, this, slot);
        addToolbarWidget(b);
    };
    button(tr("Add meeting…"), &MeetingsPage::add);
    button(tr("Attendance, conclusions…"), &MeetingsPage::editCurrent);
    button(tr("Print minutes…"), &MeetingsPage::printMinutes);
    addExportButton();
    connect(m_view, &QAbstractItemView::activated, this, &MeetingsPage::editCurrent);
}

void MeetingsPage::reload()
{
    const Database &db = *m_session->db();
    static_cast<MeetingTableModel *>(m_model)->setMeetings(MeetingRepository(db).list(),
                                                           MemberRepository(db).names());
    fitColumns();
}

EvidenceTarget MeetingsPage::evidenceTarget() const
{
    EvidenceTarget t;
    t.meetingId = currentId();
    return t;
}

TableExport MeetingsPage::exportTable() const
{
    return {{shownAsSheet(tr("Meetings"))}, QStringLiteral("sinh-hoat")};
}

bool MeetingsPage::add()
{
    if (!ensureWritable(*m_session, m_prompts))
        return false;
    const QDate today = m_session->today();
    core::Meeting fresh;
    fresh.heldOn = today;
    fresh.startTime = QStringLiteral("14:00");
    const MemberRepository members(*m_session->db());
    for (qint64 id : members.membersOn(today))
        fresh.attendance << core::Attendance{id, core::AttendanceStatus::Present};
    for (const core::Member &m : members.list()) {
        if (m.role == core::Role::Secretary)
            fresh.chairId = m.id;
        if (m.role == core::Role::DeputySecretary)
            fresh.secretaryId = m.id;
    }
    MeetingDialog dialog(fresh, *m_session->db(), this);
    if (!m_prompts.runDialog(dialog))
        return false;
    const core::Meeting made = dialog.meeting();
    auto id = std::make_shared<qint64>(0);
    const BookSession *session = m_session;
    if (!commitInsert(
            m_commit, tr("Add meeting %1").arg(text::shortDate(made.heldOn)), made,
            [session, id](const core::Meeting &row) {
                return *id = MeetingRepository(*session->db()).save(row);
            },
            [session](qint64 meetingId) { MeetingRepository(*session->db()).remove(meetingId); }))
        return false;
    continueWithTask(*id, dialog.taskRequestedFor());
    return true;
}

void MeetingsPage::continueWithTask(qint64 meetingId, int conclusionRow)
{
    if (conclusionRow < 0)
        return;
    selectId(meetingId);
    const auto saved = MeetingRepository(*m_session->db()).find(meetingId);
    if (saved && conclusionRow < saved->conclusions.size())
        emit taskFromConclusion(saved->conclusions.at(conclusionRow).id);
}

bool MeetingsPage::editCurrent()
{
    const qint64 id = currentId();
    if (!m_session->db() || id == 0)
        return false;
    const auto before = MeetingRepository(*m_session->db()).find(id);
    if (!before)
        return false;
    MeetingDialog dialog(*before, *m_session->db(), this);
    connect(&dialog, &MeetingDialog::taskFromConclusion, this, &MeetingsPage::taskFromConclusion);
    if (!m_prompts.runDialog(dialog))
        return false;
    const core::Meeting after = dialog.meeting();
    const BookSession *session = m_session;
    if (!m_commit(
            tr("Record attendance %1").arg(text::shortDate(after.heldOn)),
            [session, after] { MeetingRepository(*session->db()).save(after); },
            [session, b = *before] { MeetingRepository(*session->db()).save(b); }))
        return false;
    continueWithTask(id, dialog.taskRequestedFor());
    return true;
}

bool MeetingsPage::printMinutes()
{
    const qint64 id = currentId();
    if (!m_session->db())
        return false;
    const auto meeting = id ? MeetingRepository(*m_session->db()).find(id) : std::nullopt;
    if (!meeting) {
        m_prompts.inform(tr("Choose the meeting whose minutes to print in the list first."));
        return false;
    }
    reports::ReportRequest r;
    r.kind = QStringLiteral("minutes");
    r.meetingId = id;
    r.date = meeting->heldOn;
    const QString path = saveDocumentAs(m_prompts, *m_session->db(), r, false);
    if (path.isEmpty())
        return false;
    emit statusMessage(tr("The minutes are saved in “%1”; they open for printing.").arg(path),
                       15000);
    if (!m_prompts.openFile(path))
        m_prompts.inform(tr("This computer has no program that opens “%1”.").arg(path));
    return true;
}

} // namespace sochibo::gui

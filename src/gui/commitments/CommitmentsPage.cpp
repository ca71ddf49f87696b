#include "CommitmentsPage.h"

#include "core/Member.h"
#include "core/Review.h"
#include "gui/commitments/CommitmentDialog.h"
#include "gui/commitments/CommitmentTableModel.h"
#include "gui/common/BookSession.h"
#include "gui/common/ComboChoices.h"
#include "gui/common/Committer.h"
#include "gui/common/FormParts.h"
#include "gui/common/Prompts.h"
#include "storage/Database.h"
#include "storage/MemberRepository.h"
#include "storage/ReviewRepository.h"
#include "text/DocumentWording.h"
#include "ui_CommitmentsPage.h"

#include <QColor>
#include <QHeaderView>
#include <QMap>
#include <QPushButton>
#include <QSpinBox>
#include <QStringList>
#include <QTableView>

namespace sochibo::gui {

using namespace sochibo::core;
using namespace sochibo::storage;

CommitmentsPage::CommitmentsPage(Prompts prompts, Committer commit, QWidget *parent)
    : QWidget(parent), m_prompts(std::move(prompts)), m_commit(std::move(commit))
{
    Ui::CommitmentsPage ui; // the page's layout: ui/commitments/CommitmentsPage.ui
    ui.setupUi(this);
    styleHeading(ui.heading);
    m_year = ui.year;
    m_summary = ui.summary;
    m_table = ui.table;
    m_model = new CommitmentTableModel(this);
    m_table->setModel(m_model);
    using C = CommitmentTableModel::Column;
    for (int c : {C::Member, C::SignedOn, C::ActionPlan})
        m_table->horizontalHeader()->setSectionResizeMode(c, QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(C::Shortcomings, QHeaderView::Stretch);
    readOnlyList(m_table);
    connect(m_year, &QSpinBox::valueChanged, this, &CommitmentsPage::fill);
    connect(ui.open, &QPushButton::clicked, this, [this] { edit(m_table->currentIndex().row()); });
    connect(m_table, &QAbstractItemView::activated, this,
            [this](const QModelIndex &index) { edit(index.row()); });
}

void CommitmentsPage::reload()
{
    startOnThisYear(m_year);
    fill();
}

void CommitmentsPage::setYear(int year)
{
    m_year->setValue(year);
}

QString CommitmentsPage::summary() const
{
    return m_summary->text();
}

void CommitmentsPage::fill()
{
    if (!m_session->db())
        return;
    const int year = m_year->value();
    const MemberRepository members(*m_session->db());
    const ReviewRepository reviews(*m_session->db());
    // Everyone in the cell during the year: on 31 December, or today for the current year.
    const QDate on = year == m_session->today().year() ? m_session->today() : QDate(year, 12, 31);
    const QList<qint64> inCell = members.membersOn(on);
    QMap<qint64, Commitment> byMember;
    for (const Commitment &c : reviews.commitments(year))
        byMember.insert(c.memberId, c);
    m_memberIds.clear();
    int written = 0;
    QList<CommitmentLine> lines;
    for (const Member &m : members.list()) {
        if (!inCell.contains(m.id) && !byMember.contains(m.id))
            continue;
        m_memberIds << m.id;
        CommitmentLine line{m.id, m.fullName, std::nullopt};
        if (const auto c = byMember.constFind(m.id); c != byMember.constEnd()) {
            line.commitment = *c;
            ++written;
        }
        lines << line;
    }
    m_model->setCommitments(lines);
    m_summary->setText(tr("Commitments written: %1/%2 members").arg(written).arg(lines.size()));
}

bool CommitmentsPage::edit(int row)
{
    if (!m_session->db() || row < 0 || row >= m_memberIds.size())
        return false;
    const qint64 memberId = m_memberIds[row];
    const int year = m_year->value();
    const auto existing = ReviewRepository(*m_session->db()).commitment(memberId, year);
    Commitment start;
    if (existing) {
        start = *existing;
    } else {
        start.memberId = memberId;
        start.year = year;
        start.signedOn = m_session->today();
    }
    const auto member = MemberRepository(*m_session->db()).find(memberId);
    CommitmentDialog dialog(start, member ? member->fullName : QString(), this);
    if (!m_prompts.runDialog(dialog))
        return false;
    const Commitment after = dialog.commitment();
    const QString text = tr("Commitment of comrade %1").arg(member ? member->fullName : QString());
    if (!existing)
        return commitInsert(
            m_commit, text, after,
            [this](const Commitment &c) {
                return ReviewRepository(*m_session->db()).saveCommitment(c);
            },
            [this](qint64 id) { ReviewRepository(*m_session->db()).removeCommitment(id); });
    return m_commit(
        text, [this, after] { ReviewRepository(*m_session->db()).saveCommitment(after); },
        [this, before = *existing] { ReviewRepository(*m_session->db()).saveCommitment(before); });
}

bool CommitmentsPage::selectCommitment(qint64 id)
{
    if (!m_session->db())
        return false;
    const auto owner = storage::ReviewRepository(*m_session->db()).commitmentOwner(id);
    if (!owner)
        return false;
    const qint64 member = owner->second;
    setYear(owner->first);
    const qsizetype row = m_memberIds.indexOf(member);
    if (row < 0)
        return false;
    m_table->selectRow(int(row));
    return true;
}

qint64 CommitmentsPage::currentCommitmentId() const
{
    const int row = m_table->currentIndex().row();
    if (!m_session->db() || row < 0 || row >= m_memberIds.size())
        return 0;
    const auto c =
        storage::ReviewRepository(*m_session->db()).commitment(m_memberIds[row], m_year->value());
    return c ? c->id : 0;
}

void CommitmentsPage::clear()
{
    m_memberIds.clear();
    m_model->setRows({});
}

bool CommitmentsPage::selectRecord(const QString &kind, qint64 id)
{
    return kind == QLatin1String("commitment") && selectCommitment(id);
}

EvidenceTarget CommitmentsPage::evidenceTarget() const
{
    EvidenceTarget t;
    t.commitmentId = currentCommitmentId();
    return t;
}

} // namespace sochibo::gui

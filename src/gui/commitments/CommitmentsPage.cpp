#include "CommitmentsPage.h"

#include "core/Member.h"
#include "core/Review.h"
#include "gui/commitments/CommitmentDialog.h"
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
#include <QTableWidget>

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
    m_table->setColumnCount(4);
    m_table->setHorizontalHeaderLabels(
        {tr("Member"), tr("Signed on"), tr("Shortcomings"), tr("Action plan")});
    m_table->horizontalHeader()->setSectionResizeMode(2, QHeaderView::Stretch);
    readOnlyList(m_table);
    connect(m_year, &QSpinBox::valueChanged, this, &CommitmentsPage::fill);
    connect(ui.open, &QPushButton::clicked, this, [this] { edit(m_table->currentRow()); });
    connect(m_table, &QTableWidget::cellDoubleClicked, this, [this](int row) { edit(row); });
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
    QList<QStringList> rows;
    QList<bool> missing; // per row: no commitment yet (shown in red)
    for (const Member &m : members.list()) {
        if (!inCell.contains(m.id) && !byMember.contains(m.id))
            continue;
        m_memberIds << m.id;
        const auto c = byMember.constFind(m.id);
        if (c == byMember.constEnd()) {
            rows << QStringList{m.fullName, tr("none yet"), QString(), QString()};
            missing << true;
            continue;
        }
        ++written;
        int plan = 0;
        for (const CommitmentItem &i : c->items)
            plan += i.plan ? 1 : 0;
        rows << QStringList{m.fullName,
                            c->signedOn.isValid() ? text::shortDate(c->signedOn) : tr("not signed"),
                            c->shortcomingsText, tr("%1 items").arg(plan)};
        missing << false;
    }
    m_table->setRowCount(int(rows.size()));
    for (int r = 0; r < rows.size(); ++r) {
        for (int c = 0; c < rows[r].size(); ++c) {
            auto *item = new QTableWidgetItem(rows[r][c]);
            if (missing[r])
                item->setForeground(QColor(0xb0, 0x1e, 0x1e));
            m_table->setItem(r, c, item);
        }
    }
    m_table->resizeColumnToContents(0);
    m_table->resizeColumnToContents(1);
    m_table->resizeColumnToContents(3);
    m_summary->setText(tr("Commitments written: %1/%2 members").arg(written).arg(rows.size()));
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
    const int row = m_table->currentRow();
    if (!m_session->db() || row < 0 || row >= m_memberIds.size())
        return 0;
    const auto c =
        storage::ReviewRepository(*m_session->db()).commitment(m_memberIds[row], m_year->value());
    return c ? c->id : 0;
}

void CommitmentsPage::clear()
{
    m_table->setRowCount(0);
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

#include "CommitmentsPage.h"
#include "ui_CommitmentDialog.h"
#include "ui_CommitmentsPage.h"

#include "Dialogs.h"
#include "FormParts.h"
#include "storage/Database.h"
#include "storage/MemberRepository.h"
#include "storage/ReviewRepository.h"
#include "text/DocumentWording.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>

namespace sochibo::gui {

using namespace sochibo::core;
using namespace sochibo::storage;

CommitmentDialog::CommitmentDialog(const Commitment &c, const QString &memberName, QWidget *parent)
    : QDialog(parent), m_c(c)
{
    Ui::CommitmentDialog ui; // the form: ui/CommitmentDialog.ui
    ui.setupUi(this);
    setUpDesignedDialog(this, ui.problems, ui.buttons);
    m_shortcomings = ui.shortcomings;
    m_measures = ui.measures;
    m_plan = ui.plan;
    m_timeframe = ui.timeframe;
    m_target = ui.target;
    m_signed = ui.signedOn;
    m_problems = ui.problems;
    m_shortcomings->setPlainText(c.shortcomingsText);
    m_measures->setPlainText(c.measures);
    m_timeframe->setText(c.timeframe);
    m_target->setText(c.targetResult);
    setWindowTitle(tr("Commitment for %1 — comrade %2").arg(c.year).arg(memberName));
    QStringList plan;
    for (const CommitmentItem &i : c.items)
        if (i.plan)
            plan << i.text;
    m_plan->setPlainText(plan.join(QLatin1Char('\n')));
    m_signed->setDate(c.signedOn);
}

Commitment CommitmentDialog::commitment() const
{
    Commitment c = m_c;
    c.shortcomingsText = m_shortcomings->toPlainText().trimmed();
    c.measures = m_measures->toPlainText().trimmed();
    c.timeframe = m_timeframe->text().trimmed();
    c.targetResult = m_target->text().trimmed();
    c.signedOn = m_signed->date();
    // The shortcoming line follows the text; plan lines keep their task link and due date when
    // their wording is unchanged.
    const QDate yearEnd(c.year, 12, 31);
    QList<CommitmentItem> items;
    if (!c.shortcomingsText.isEmpty())
        items << CommitmentItem{0, false, c.shortcomingsText, yearEnd, 0};
    for (const QString &raw : m_plan->toPlainText().split(QLatin1Char('\n'))) {
        const QString line = raw.simplified();
        if (line.isEmpty())
            continue;
        CommitmentItem item{0, true, line, yearEnd, 0};
        for (const CommitmentItem &old : m_c.items)
            if (old.plan && old.text == line)
                item = CommitmentItem{0, true, line, old.dueOn, old.taskId};
        items << item;
    }
    c.items = items;
    return c;
}

QString CommitmentDialog::problems() const
{
    return problemsOf(m_problems);
}

void CommitmentDialog::accept()
{
    QStringList problems;
    bool ok = false;
    m_signed->date(&ok);
    if (!ok)
        problems << tr("The signing date must be day/month/year, for example 25/05/2026.");
    const Commitment c = commitment();
    if (c.shortcomingsText.isEmpty() && c.measures.isEmpty())
        problems << tr(
            "A commitment needs at least the member's own shortcomings or the remedies.");
    showProblems(m_problems, problems);
    if (problems.isEmpty())
        QDialog::accept();
}

CommitmentsPage::CommitmentsPage(Prompts prompts, Committer commit, QWidget *parent)
    : QWidget(parent), m_prompts(std::move(prompts)), m_commit(std::move(commit))
{
    Ui::CommitmentsPage ui; // the page's layout: ui/CommitmentsPage.ui
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

void CommitmentsPage::reload(const Database &db, const QDate &today)
{
    const bool first = m_db == nullptr;
    m_db = &db;
    m_today = today;
    if (first)
        m_year->setValue(today.year());
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
    if (!m_db)
        return;
    const int year = m_year->value();
    const MemberRepository members(*m_db);
    const ReviewRepository reviews(*m_db);
    // Everyone in the cell during the year: on 31 December, or today for the current year.
    const QDate on = year == m_today.year() ? m_today : QDate(year, 12, 31);
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
    if (!m_db || row < 0 || row >= m_memberIds.size())
        return false;
    const qint64 memberId = m_memberIds[row];
    const int year = m_year->value();
    const auto existing = ReviewRepository(*m_db).commitment(memberId, year);
    Commitment start;
    if (existing) {
        start = *existing;
    } else {
        start.memberId = memberId;
        start.year = year;
        start.signedOn = m_today;
    }
    const auto member = MemberRepository(*m_db).find(memberId);
    CommitmentDialog dialog(start, member ? member->fullName : QString(), this);
    if (!m_prompts.runDialog(dialog))
        return false;
    const Commitment after = dialog.commitment();
    const QString text = tr("Commitment of comrade %1").arg(member ? member->fullName : QString());
    if (!existing)
        return commitInsert(
            m_commit, text, after,
            [this](const Commitment &c) { return ReviewRepository(*m_db).saveCommitment(c); },
            [this](qint64 id) { ReviewRepository(*m_db).removeCommitment(id); });
    return m_commit(
        text, [this, after] { ReviewRepository(*m_db).saveCommitment(after); },
        [this, before = *existing] { ReviewRepository(*m_db).saveCommitment(before); });
}

bool CommitmentsPage::selectCommitment(qint64 id)
{
    if (!m_db)
        return false;
    const auto owner = storage::ReviewRepository(*m_db).commitmentOwner(id);
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
    if (!m_db || row < 0 || row >= m_memberIds.size())
        return 0;
    const auto c = storage::ReviewRepository(*m_db).commitment(m_memberIds[row], m_year->value());
    return c ? c->id : 0;
}

} // namespace sochibo::gui

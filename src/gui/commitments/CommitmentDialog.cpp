#include "CommitmentDialog.h"

#include "gui/common/FormParts.h"
#include "storage/ReviewRepository.h"
#include "ui_CommitmentDialog.h"

#include <QDate>
#include <QStringList>
#include <QWidget>

namespace sochibo::gui {

using namespace sochibo::core;
using namespace sochibo::storage;

CommitmentDialog::CommitmentDialog(const Commitment &c, const QString &memberName, QWidget *parent)
    : QDialog(parent), m_c(c)
{
    Ui::CommitmentDialog ui; // the form: ui/commitments/CommitmentDialog.ui
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

} // namespace sochibo::gui

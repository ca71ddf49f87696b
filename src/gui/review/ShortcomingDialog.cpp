#include "ShortcomingDialog.h"

#include "gui/common/FormParts.h"
#include "storage/ReviewRepository.h"
#include "ui_ShortcomingDialog.h"

#include <QStringList>
#include <QWidget>

namespace sochibo::gui {

using namespace sochibo::core;
using namespace sochibo::storage;

ShortcomingDialog::ShortcomingDialog(const Shortcoming &s, QWidget *parent)
    : QDialog(parent), m_s(s)
{
    Ui::ShortcomingDialog ui; // the form: ui/review/ShortcomingDialog.ui (a) … e) as in the plan)
    ui.setupUi(this);
    setUpDesignedDialog(this, ui.problems, ui.buttons);
    m_title = ui.title;
    m_timeframe = ui.timeframe;
    m_description = ui.description;
    m_causes = ui.causes;
    m_remedies = ui.remedies;
    m_products = ui.products;
    m_responsibility = ui.responsibility;
    m_start = ui.start;
    m_end = ui.end;
    m_problems = ui.problems;
    if (s.id)
        setWindowTitle(tr("Edit shortcoming"));
    m_title->setText(s.title);
    m_timeframe->setText(s.timeframeText);
    m_description->setPlainText(s.description);
    m_causes->setPlainText(s.causes);
    m_remedies->setPlainText(s.remedies);
    m_products->setPlainText(s.products);
    m_responsibility->setPlainText(s.responsibilityText);
    m_start->setDate(s.startOn);
    m_end->setDate(s.endOn);
}

Shortcoming ShortcomingDialog::shortcoming() const
{
    Shortcoming s = m_s;
    s.title = m_title->text().simplified();
    s.description = m_description->toPlainText().trimmed();
    s.causes = m_causes->toPlainText().trimmed();
    s.remedies = m_remedies->toPlainText().trimmed();
    s.products = m_products->toPlainText().trimmed();
    s.timeframeText = m_timeframe->text().trimmed();
    s.startOn = m_start->date();
    s.endOn = m_end->date();
    s.responsibilityText = m_responsibility->toPlainText().trimmed();
    return s;
}

void ShortcomingDialog::accept()
{
    QStringList problems;
    bool ok1 = false, ok2 = false;
    m_start->date(&ok1);
    m_end->date(&ok2);
    if (!ok1 || !ok2)
        problems << tr("Dates must be day/month/year, for example 01/05/2026.");
    const Shortcoming s = shortcoming();
    if (s.title.isEmpty())
        problems << tr("The shortcoming has no name.");
    if (s.startOn.isValid() && s.endOn.isValid() && s.endOn < s.startOn)
        problems << tr("The end date cannot be before the start date.");
    showProblems(m_problems, problems);
    if (problems.isEmpty())
        QDialog::accept();
}

} // namespace sochibo::gui

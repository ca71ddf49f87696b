#include "CellDialog.h"

#include "gui/common/FormParts.h"
#include "reports/Fonts.h"
#include "storage/TaskRepository.h"
#include "ui_CellDialog.h"

#include <QComboBox>
#include <QFontDatabase>
#include <QStringList>
#include <QWidget>

namespace sochibo::gui {

using namespace sochibo::storage;
using namespace sochibo::core;

CellDialog::CellDialog(const core::Cell &cell, QWidget *parent) : QDialog(parent), m_cell(cell)
{
    Ui::CellDialog ui; // the form: ui/app/CellDialog.ui
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

} // namespace sochibo::gui

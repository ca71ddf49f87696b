#include "MemberImportDialog.h"

#include "gui/members/ImportPreviewModel.h"

#include <QAbstractItemView>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QSplitter>
#include <QStringList>
#include <QTableView>
#include <QVBoxLayout>
#include <QWidget>

namespace sochibo::gui {

using sheets::ImportRow;
using sheets::MemberField;

MemberImportDialog::MemberImportDialog(sheets::Workbook book, const QString &fileName,
                                       QList<core::Member> existing, const QDate &today,
                                       QWidget *parent)
    : QDialog(parent), m_book(std::move(book)), m_fileName(fileName),
      m_existing(std::move(existing)), m_today(today)
{
    setWindowTitle(tr("Import a member list"));
    auto *layout = new QVBoxLayout(this);
    auto *help = new QLabel(
        tr("Check what will be imported. Nothing is written until you press Import; the book is "
           "backed up first, and Edit ▸ Undo (Ctrl+Z) removes the imported members again. Rows "
           "with an error are left out: correct them in the spreadsheet and import those rows "
           "later. Rows that probably repeat a member already in the book start unticked."),
        this);
    help->setWordWrap(true);
    layout->addWidget(help);

    auto *top = new QFormLayout;
    m_sheet = new QComboBox(this);
    for (const sheets::ReadSheet &s : std::as_const(m_book.sheets))
        m_sheet->addItem(s.name);
    top->addRow(tr("&Sheet:"), m_sheet);
    m_source = new QLabel(this);
    m_source->setWordWrap(true);
    top->addRow(tr("File:"), m_source);
    layout->addLayout(top);

    m_errors = new QLabel(this);
    m_errors->setWordWrap(true);
    m_errors->setStyleSheet(QStringLiteral("color: #a40000; font-weight: bold"));
    layout->addWidget(m_errors);

    auto *split = new QSplitter(Qt::Horizontal, this);
    m_mappingArea = new QScrollArea(split);
    m_mappingArea->setWidgetResizable(true);
    m_mappingArea->setFocusPolicy(Qt::NoFocus); // Tab goes to its boxes, not to the frame
    m_mappingArea->setToolTip(
        tr("The field each column of the spreadsheet is read as, guessed from "
           "its heading. Choose another field to correct a guess, or "
           "“(bỏ qua)” to leave the column out."));
    m_preview = new QTableView(split);
    m_previewModel = new ImportPreviewModel(this);
    m_preview->setModel(m_previewModel);
    // What the user must read first stays in view: the name and the row's problems, wrapped.
    m_preview->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_preview->horizontalHeader()->setSectionResizeMode(ImportPreviewModel::Problems,
                                                        QHeaderView::Interactive);
    m_preview->setColumnWidth(ImportPreviewModel::Problems, 300);
    m_preview->verticalHeader()->hide();
    m_preview->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_preview->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_preview->setWordWrap(true);
    m_preview->setTabKeyNavigation(false); // Tab leaves the table; arrows move in it
    split->addWidget(m_mappingArea);
    split->addWidget(m_preview);
    split->setStretchFactor(0, 1);
    split->setStretchFactor(1, 3);
    layout->addWidget(split, 1);

    m_summary = new QLabel(this);
    m_summary->setWordWrap(true);
    layout->addWidget(m_summary);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_import = buttons->addButton(tr("Import"), QDialogButtonBox::AcceptRole);
    m_import->setDefault(true);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);

    connect(m_sheet, &QComboBox::currentIndexChanged, this, [this] {
        m_overrides.clear(); // another sheet has other columns
        replan();
    });
    // A row ticked on or off: the plan takes the user's choice.
    connect(m_previewModel, &QAbstractItemModel::dataChanged, this,
            [this](const QModelIndex &from, const QModelIndex &to) {
                for (int r = from.row(); r <= to.row() && r < m_plan.rows.size(); ++r)
                    m_plan.rows[r].skip = m_previewModel->rows().at(r).skip;
                updateSummary();
            });
    resize(1100, 620);
    replan();
}

QList<core::Member> MemberImportDialog::membersToImport() const
{
    QList<core::Member> out;
    if (!m_plan.canImport())
        return out;
    for (const ImportRow &r : m_plan.rows)
        if (!r.skip)
            out << r.member;
    return out;
}

void MemberImportDialog::setField(int column, MemberField field)
{
    m_overrides.insert(column, field);
    replan();
}

void MemberImportDialog::replan()
{
    m_plan = sheets::planMemberImport(m_book, m_fileName, std::max(0, m_sheet->currentIndex()),
                                      m_existing, m_today, m_overrides);
    QStringList source{m_fileName};
    if (!m_plan.encoding.isEmpty())
        source << tr("text read as %1").arg(m_plan.encoding);
    if (m_plan.headerRow > 0)
        source << tr("headings on row %1").arg(m_plan.headerRow);
    for (const sheets::ImportColumn &c : std::as_const(m_plan.columns))
        if (!c.convertedFrom.isEmpty())
            source << tr("column %1 typed in the %2 font, converted to Unicode")
                          .arg(sheets::columnName(c.index), c.convertedFrom);
    m_source->setText(source.join(QStringLiteral("; ")));
    m_errors->setText(m_plan.errors.join(QLatin1Char('\n')));
    m_errors->setVisible(!m_plan.errors.isEmpty());
    fillMapping();
    fillPreview();
    updateSummary();
}

QComboBox *MemberImportDialog::fieldBox(int column) const
{
    for (const auto &[index, box] : m_fieldBoxes)
        if (index == column)
            return box;
    return nullptr;
}

void MemberImportDialog::fillMapping()
{
    // Rebuilt whole: another sheet has other columns. Keyboard focus stays on the box the
    // user changed.
    const int focused = [this] {
        for (const auto &[index, box] : m_fieldBoxes)
            if (box->hasFocus())
                return index;
        return -1;
    }();
    m_fieldBoxes.clear();
    m_mapping = new QWidget;
    auto *form = new QFormLayout(m_mapping);
    form->addRow(new QLabel(tr("<b>Column in the file</b>"), m_mapping),
                 new QLabel(tr("<b>Read as</b>"), m_mapping));
    for (const sheets::ImportColumn &c : std::as_const(m_plan.columns)) {
        auto *box = new QComboBox(m_mapping);
        for (MemberField f : sheets::allMemberFields())
            box->addItem(sheets::fieldLabel(f), int(f));
        box->setCurrentIndex(box->findData(int(c.field)));
        box->setAccessibleName(tr("Field of column %1").arg(sheets::columnName(c.index)));
        auto *label = new QLabel(
            QStringLiteral("%1 — %2").arg(sheets::columnName(c.index), c.heading), m_mapping);
        label->setWordWrap(true);
        label->setBuddy(box);
        form->addRow(label, box);
        const int column = c.index;
        connect(box, &QComboBox::activated, this, [this, box, column] {
            // Queued: the boxes are rebuilt when the plan is made again.
            const auto field = MemberField(box->currentData().toInt());
            QMetaObject::invokeMethod(
                this, [this, column, field] { setField(column, field); }, Qt::QueuedConnection);
        });
        m_fieldBoxes.append({c.index, box});
    }
    m_mappingArea->setWidget(m_mapping); // deletes the previous form
    setTabOrder(m_sheet, m_fieldBoxes.isEmpty() ? static_cast<QWidget *>(m_preview)
                                                : m_fieldBoxes.first().second);
    for (qsizetype i = 1; i < m_fieldBoxes.size(); ++i)
        setTabOrder(m_fieldBoxes.at(i - 1).second, m_fieldBoxes.at(i).second);
    if (!m_fieldBoxes.isEmpty())
        setTabOrder(m_fieldBoxes.last().second, m_preview);
    if (QComboBox *box = fieldBox(focused))
        box->setFocus();
}

void MemberImportDialog::fillPreview()
{
    m_previewModel->setRows(m_plan.rows);
    m_preview->resizeRowsToContents();
}

void MemberImportDialog::updateSummary()
{
    const int take = m_plan.importCount();
    const int errors = m_plan.errorRowCount();
    const int skipped = int(m_plan.rows.size()) - take - errors;
    QStringList parts{tr("%n member(s) will be imported", "", take)};
    if (errors > 0)
        parts << tr("%n row(s) with errors left out", "", errors);
    if (skipped > 0)
        parts << tr("%n row(s) unticked", "", skipped);
    const QStringList unmapped = m_plan.unmappedHeadings();
    if (!unmapped.isEmpty())
        parts << tr("columns not read: %1").arg(unmapped.join(QStringLiteral(", ")));
    m_summary->setText(parts.join(QStringLiteral("; ")) + QLatin1Char('.'));
    m_import->setText(take > 0 ? tr("&Import %n member(s)", "", take) : tr("&Import"));
    m_import->setEnabled(m_plan.canImport());
}

} // namespace sochibo::gui

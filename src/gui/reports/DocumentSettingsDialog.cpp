#include "DocumentSettingsDialog.h"

#include "gui/reports/ReceivedDocumentTableModel.h"

#include "gui/common/FormParts.h"
#include "reports/ReportBuilder.h"
#include "reports/ReportTemplate.h"
#include "storage/CellRepository.h"
#include "text/DocumentWording.h"

#include <QAbstractItemView>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonObject>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>
#include <QWidget>

namespace sochibo::gui {

namespace {

/// Whether documents of \a kind have a grounds section ("Căn cứ …") in their form of \a year.
bool citesGrounds(const QString &kind, int year)
{
    for (const QJsonValue &v : reports::ReportTemplate::forYear(kind, year).body) {
        if (v.toObject().value(QStringLiteral("insert")).toString() == QLatin1String("grounds"))
            return true;
    }
    return false;
}

} // namespace

DocumentSettingsDialog::DocumentSettingsDialog(const State &state, const QString &kind, int year,
                                               QWidget *parent)
    : QDialog(parent), m_year(year)
{
    setWindowTitle(tr("Grounds and recipients of documents"));
    auto *layout = new QVBoxLayout(this);
    auto *top = new QFormLayout;
    m_kind = new QComboBox(this);
    for (const QString &k : reports::ReportBuilder::kinds()) {
        if (reports::ReportBuilder::needsMeeting(k))
            continue; // the minutes cite nothing and are sent nowhere
        m_kind->addItem(reports::ReportBuilder::displayName(k), k);
        m_defaultRecipients.insert(k, reports::ReportTemplate::forYear(k, year).recipients);
    }
    top->addRow(tr("&Document:"), m_kind);
    layout->addLayout(top);

    auto *tabs = new QTabWidget(this);
    // the register, and the ticks of the chosen document
    auto *groundsPage = new QWidget(tabs);
    auto *g = new QVBoxLayout(groundsPage);
    m_groundsNote = new QLabel(groundsPage);
    m_groundsNote->setWordWrap(true);
    g->addWidget(m_groundsNote);
    m_table = new QTableView(groundsPage);
    m_model = new ReceivedDocumentTableModel(this);
    m_table->setModel(m_model);
    using Column = ReceivedDocumentTableModel::Column;
    m_table->horizontalHeader()->setSectionResizeMode(Column::Subject, QHeaderView::Stretch);
    for (auto [column, width] : {std::pair{Column::Cited, 48}, std::pair{Column::Kind, 170},
                                 std::pair{Column::Date, 110}, std::pair{Column::Issuer, 200}})
        m_table->setColumnWidth(column, width);
    m_table->verticalHeader()->setVisible(false);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setTabKeyNavigation(false);
    m_table->setMinimumSize(900, 260);
    g->addWidget(m_table);
    auto *rowButtons = new QHBoxLayout;
    auto *add = new QPushButton(tr("&Add a document"), groundsPage);
    auto *remove = new QPushButton(tr("Re&move the selected"), groundsPage);
    auto *up = new QPushButton(tr("Move &up"), groundsPage);
    rowButtons->addWidget(add);
    rowButtons->addWidget(remove);
    rowButtons->addWidget(up);
    rowButtons->addStretch();
    g->addLayout(rowButtons);
    tabs->addTab(groundsPage, tr("&Grounds (documents received)"));

    auto *recipientsPage = new QWidget(tabs);
    auto *r = new QVBoxLayout(recipientsPage);
    auto *help = new QLabel(tr("The “Nơi nhận” lines of this kind of document, one a line "
                               "(“- Đảng ủy xã … (b/c);”), for every year. Empty: the form's own "
                               "lines."),
                            recipientsPage);
    help->setWordWrap(true);
    r->addWidget(help);
    m_recipients = new QPlainTextEdit(recipientsPage);
    m_recipients->setTabChangesFocus(true);
    r->addWidget(m_recipients);
    auto *reset = new QPushButton(tr("Use the &form's lines"), recipientsPage);
    r->addWidget(reset, 0, Qt::AlignLeft);
    tabs->addTab(recipientsPage, tr("&Recipients"));
    layout->addWidget(tabs);

    m_problems = problemLabel(this);
    layout->addWidget(m_problems);
    layout->addWidget(okCancel(this));

    // A register never filled starts with the built-in grounds, for the user to correct.
    const bool fresh = state.documents.isEmpty();
    QList<core::ReceivedDocument> docs = fresh ? core::builtInGrounds() : state.documents;
    if (fresh)
        for (core::ReceivedDocument &d : docs)
            d.id = 0; // new rows of the register
    m_model->setDocuments(docs);
    m_picks = state.picks;
    m_lines = state.recipients;

    connect(add, &QPushButton::clicked, this, &DocumentSettingsDialog::addRow);
    connect(remove, &QPushButton::clicked, this, [this] {
        const int row = m_table->currentIndex().row();
        if (row < 0)
            return;
        keepKind();
        m_model->removeDocument(row);
        for (auto &rows : m_picks) {
            rows.removeAll(row);
            for (int &i : rows)
                i -= i > row;
        }
        showKind();
    });
    connect(up, &QPushButton::clicked, this, [this] {
        const int row = m_table->currentIndex().row();
        if (row <= 0)
            return;
        keepKind();
        m_model->moveUp(row);
        for (auto &rows : m_picks) {
            for (int &i : rows)
                i = i == row ? row - 1 : i == row - 1 ? row : i;
        }
        showKind();
        m_table->setCurrentIndex(m_model->index(row - 1, ReceivedDocumentTableModel::Kind));
    });
    connect(reset, &QPushButton::clicked, this, [this] {
        m_recipients->setPlainText(m_defaultRecipients.value(m_current).join(u'\n'));
    });
    connect(m_kind, &QComboBox::currentIndexChanged, this, [this] {
        keepKind();
        showKind();
    });
    const int at = m_kind->findData(kind);
    m_kind->setCurrentIndex(at >= 0 ? at : 0);
    showKind();
    orderTabsByLayout(this);
}

QList<int> DocumentSettingsDialog::citedRows(const QString &kind) const
{
    if (m_picks.contains(kind))
        return m_picks.value(kind);
    QList<int> rows;
    for (int r = 0; r < m_model->rowCount(); ++r) {
        if (m_model->document(r).groundsFor.contains(kind))
            rows << r;
    }
    return rows;
}

void DocumentSettingsDialog::keepKind()
{
    if (m_current.isEmpty())
        return;
    const QList<int> now = m_model->citedRows();
    if (now != citedRows(m_current))
        m_picks.insert(m_current, now);
    const QString text = m_recipients->toPlainText().trimmed();
    const QString form = m_defaultRecipients.value(m_current).join(u'\n');
    m_lines.insert(m_current, text.isEmpty() || text == form ? QString() : text);
}

void DocumentSettingsDialog::showKind()
{
    m_current = m_kind->currentData().toString();
    const bool cites = citesGrounds(m_current, m_year);
    const QList<int> cited = citedRows(m_current);
    m_model->setCitable(cites);
    m_model->setCited(cites ? cited : QList<int>{});
    m_groundsNote->setText(
        cites ? tr("Tick the documents that “%1” of %2 cites as its grounds (“Căn cứ …”), in "
                   "the order of the list. Without ticks it cites those the program suggests "
                   "for it.")
                    .arg(m_kind->currentText())
                    .arg(m_year)
              : tr("“%1” has no grounds section; the register is kept for the plans and the "
                   "self-review.")
                    .arg(m_kind->currentText()));
    const QString lines = m_lines.value(m_current);
    m_recipients->setPlainText(lines.isNull() ? m_defaultRecipients.value(m_current).join(u'\n')
                                              : lines);
}

void DocumentSettingsDialog::addRow()
{
    keepKind();
    const int row = m_model->appendDocument();
    showKind();
    const QModelIndex kind = m_model->index(row, ReceivedDocumentTableModel::Kind);
    m_table->setCurrentIndex(kind);
    m_table->edit(kind);
}

QString DocumentSettingsDialog::problems() const
{
    QStringList out;
    for (int r = 0; r < m_model->rowCount(); ++r) {
        const core::ReceivedDocument d = m_model->document(r);
        bool ok = true;
        parseDate(m_model->dateText(r), &ok);
        if (!ok)
            out << tr("Row %1: the date “%2” is not dd/mm/yyyy.")
                       .arg(r + 1)
                       .arg(m_model->dateText(r));
        for (const QString &p : d.validate())
            out << tr("Row %1: %2").arg(r + 1).arg(p);
    }
    return out.join(u'\n');
}

void DocumentSettingsDialog::accept()
{
    keepKind();
    const QString p = problems();
    showProblems(m_problems, p.isEmpty() ? QStringList{} : p.split(u'\n'));
    if (!p.isEmpty())
        return;
    QDialog::accept();
}

DocumentSettingsDialog::State DocumentSettingsDialog::state() const
{
    State s;
    for (int r = 0; r < m_model->rowCount(); ++r)
        s.documents << m_model->document(r);
    s.picks = m_picks;
    s.recipients = m_lines;
    return s;
}

DocumentSettingsDialog::State DocumentSettingsDialog::load(const storage::Database &db, int year)
{
    const storage::CellRepository cells(db);
    State s;
    s.documents = cells.receivedDocuments();
    for (const QString &kind : reports::ReportBuilder::kinds()) {
        QList<int> rows;
        for (qint64 id : cells.pickedGrounds(kind, year)) {
            for (int i = 0; i < s.documents.size(); ++i) {
                if (s.documents[i].id == id)
                    rows << i;
            }
        }
        if (!rows.isEmpty())
            s.picks.insert(kind, rows);
        s.recipients.insert(kind, cells.prose(kind, 0, QStringLiteral("recipients")));
    }
    return s;
}

void DocumentSettingsDialog::apply(const storage::Database &db, int year, const State &state)
{
    storage::CellRepository cells(db);
    QList<qint64> ids;
    for (const core::ReceivedDocument &d : state.documents)
        ids << cells.saveReceived(d);
    for (const core::ReceivedDocument &d : cells.receivedDocuments()) {
        if (!ids.contains(d.id))
            cells.removeReceived(d.id);
    }
    for (const QString &kind : reports::ReportBuilder::kinds()) {
        QList<qint64> picked;
        for (int row : state.picks.value(kind))
            picked << ids.value(row);
        cells.setPickedGrounds(kind, year, picked);
        cells.setProse(kind, 0, QStringLiteral("recipients"), state.recipients.value(kind));
    }
}

} // namespace sochibo::gui

#include "DocumentSettingsDialog.h"

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
#include <QTableWidget>
#include <QVBoxLayout>
#include <QWidget>

namespace sochibo::gui {

namespace {

enum Column { Picked, Kind, Number, Date, Issuer, Subject, Columns };

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
    m_table = new QTableWidget(0, Columns, groundsPage);
    m_table->setHorizontalHeaderLabels(
        {tr("Cited"), tr("Kind"), tr("Number"), tr("Date issued"), tr("Issued by"), tr("Subject")});
    m_table->horizontalHeader()->setSectionResizeMode(Subject, QHeaderView::Stretch);
    m_table->horizontalHeaderItem(Date)->setToolTip(tr("Typed as dd/mm/yyyy."));
    m_table->setColumnWidth(Picked, 48);
    m_table->setColumnWidth(Kind, 170);
    m_table->setColumnWidth(Date, 110);
    m_table->setColumnWidth(Issuer, 200);
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
    const QList<core::ReceivedDocument> docs = fresh ? core::builtInGrounds() : state.documents;
    m_table->setRowCount(int(docs.size()));
    for (int i = 0; i < docs.size(); ++i) {
        m_ids << (fresh ? 0 : docs[i].id);
        fillRow(i, docs[i], false);
    }
    m_picks = state.picks;
    m_lines = state.recipients;

    connect(add, &QPushButton::clicked, this, &DocumentSettingsDialog::addRow);
    connect(remove, &QPushButton::clicked, this, [this] {
        const int row = m_table->currentRow();
        if (row < 0)
            return;
        keepKind();
        m_table->removeRow(row);
        m_ids.removeAt(row);
        for (auto &rows : m_picks) {
            rows.removeAll(row);
            for (int &i : rows)
                i -= i > row;
        }
        showKind();
    });
    connect(up, &QPushButton::clicked, this, [this] {
        const int row = m_table->currentRow();
        if (row <= 0)
            return;
        keepKind();
        const core::ReceivedDocument a = rowDocument(row - 1), b = rowDocument(row);
        fillRow(row - 1, b, false);
        fillRow(row, a, false);
        m_ids.swapItemsAt(row - 1, row);
        for (auto &rows : m_picks) {
            for (int &i : rows)
                i = i == row ? row - 1 : i == row - 1 ? row : i;
        }
        showKind();
        m_table->setCurrentCell(row - 1, Kind);
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

void DocumentSettingsDialog::fillRow(int row, const core::ReceivedDocument &d, bool picked)
{
    auto *tick = new QTableWidgetItem;
    tick->setFlags(Qt::ItemIsUserCheckable | Qt::ItemIsEnabled | Qt::ItemIsSelectable);
    tick->setCheckState(picked ? Qt::Checked : Qt::Unchecked);
    tick->setData(Qt::UserRole, d.groundsFor);
    m_table->setItem(row, Picked, tick);
    m_table->setItem(row, Kind, new QTableWidgetItem(d.kind));
    m_table->setItem(row, Number, new QTableWidgetItem(d.number));
    m_table->setItem(
        row, Date,
        new QTableWidgetItem(d.issuedOn.isValid() ? text::shortDate(d.issuedOn) : QString()));
    m_table->setItem(row, Issuer, new QTableWidgetItem(d.issuer));
    m_table->setItem(row, Subject, new QTableWidgetItem(d.subject));
}

core::ReceivedDocument DocumentSettingsDialog::rowDocument(int row) const
{
    const auto cell = [&](int c) {
        const QTableWidgetItem *i = m_table->item(row, c);
        return i ? i->text().simplified() : QString();
    };
    core::ReceivedDocument d;
    d.id = m_ids.value(row);
    d.kind = cell(Kind);
    d.number = cell(Number);
    d.issuedOn = parseDate(cell(Date));
    d.issuer = cell(Issuer);
    d.subject = cell(Subject);
    if (const QTableWidgetItem *t = m_table->item(row, Picked))
        d.groundsFor = t->data(Qt::UserRole).toStringList();
    d.position = row + 1;
    return d;
}

QList<int> DocumentSettingsDialog::checkedRows() const
{
    QList<int> rows;
    for (int r = 0; r < m_table->rowCount(); ++r) {
        if (m_table->item(r, Picked) && m_table->item(r, Picked)->checkState() == Qt::Checked)
            rows << r;
    }
    return rows;
}

QList<int> DocumentSettingsDialog::citedRows(const QString &kind) const
{
    if (m_picks.contains(kind))
        return m_picks.value(kind);
    QList<int> rows;
    for (int r = 0; r < m_table->rowCount(); ++r) {
        if (rowDocument(r).groundsFor.contains(kind))
            rows << r;
    }
    return rows;
}

void DocumentSettingsDialog::keepKind()
{
    if (m_current.isEmpty())
        return;
    const QList<int> now = checkedRows();
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
    for (int r = 0; r < m_table->rowCount(); ++r) {
        QTableWidgetItem *t = m_table->item(r, Picked);
        t->setCheckState(cites && cited.contains(r) ? Qt::Checked : Qt::Unchecked);
        t->setFlags(cites ? (Qt::ItemIsUserCheckable | Qt::ItemIsEnabled | Qt::ItemIsSelectable)
                          : (Qt::ItemIsEnabled | Qt::ItemIsSelectable));
    }
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
    const int row = m_table->rowCount();
    m_table->insertRow(row);
    m_ids << 0;
    core::ReceivedDocument d;
    fillRow(row, d, false);
    showKind();
    m_table->setCurrentCell(row, Kind);
    m_table->editItem(m_table->item(row, Kind));
}

QString DocumentSettingsDialog::problems() const
{
    QStringList out;
    for (int r = 0; r < m_table->rowCount(); ++r) {
        const core::ReceivedDocument d = rowDocument(r);
        bool ok = true;
        const QTableWidgetItem *date = m_table->item(r, Date);
        parseDate(date ? date->text().simplified() : QString(), &ok);
        if (!ok)
            out << tr("Row %1: the date “%2” is not dd/mm/yyyy.").arg(r + 1).arg(date->text());
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
    for (int r = 0; r < m_table->rowCount(); ++r)
        s.documents << rowDocument(r);
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

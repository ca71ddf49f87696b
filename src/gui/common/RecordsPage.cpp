#include "RecordsPage.h"

#include "gui/common/FormParts.h"
#include "gui/common/RecordTableModel.h"
#include "gui/common/VietFilterProxy.h"
#include "ui_RecordsPage.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>

#include <algorithm>

namespace sochibo::gui {

using namespace sochibo::core;
using namespace sochibo::storage;

reports::Sheet RecordsPage::shownAsSheet(const QString &name) const
{
    reports::Sheet sheet;
    sheet.name = name;
    const QAbstractItemModel *m = m_proxy;
    for (int c = 0; c < m->columnCount(); ++c)
        sheet.headings << m->headerData(c, Qt::Horizontal).toString();
    for (int r = 0; r < m->rowCount(); ++r) {
        QVariantList row;
        for (int c = 0; c < m->columnCount(); ++c) {
            const QModelIndex i = m->index(r, c);
            const QString text = i.data().toString();
            const QVariant key = i.data(RecordTableModel::SortRole);
            // A date column sorts by its day (dateKey), a count by its number: write them as
            // such, the rest as the text shown.
            bool isNumber = false;
            const double number = text.toDouble(&isNumber);
            const QDate date = QDate::fromString(text, QStringLiteral("dd/MM/yyyy"));
            if (date.isValid())
                row << date;
            else if (text.isEmpty())
                row << QVariant();
            else if (isNumber && key.isValid())
                row << number;
            else
                row << text;
        }
        sheet.rows << row;
    }
    return sheet;
}

RecordsPage::RecordsPage(const QString &kind, const QString &title, RecordTableModel *model,
                         QWidget *parent)
    : QWidget(parent), m_model(model), m_proxy(new VietFilterProxy(this)), m_kind(kind)
{
    Ui::RecordsPage ui; // the frame every record page shares: ui/common/RecordsPage.ui
    ui.setupUi(this);
    m_model->setParent(this);
    styleHeading(ui.heading);
    ui.heading->setText(title);
    m_view = ui.view;
    m_filter = ui.filter;
    m_bar = ui.bar;
    m_tableRow = ui.tableRow;
    m_proxy->setSourceModel(m_model);
    m_view->setModel(m_proxy);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(-1, Qt::AscendingOrder); // keep the records' order until asked
    readOnlyList(m_view);
    connect(m_filter, &QLineEdit::textChanged, m_proxy, &VietFilterProxy::setFilterWords);
    // Column widths and sort order are remembered per table.
    connect(m_view->horizontalHeader(), &QHeaderView::sectionResized, this,
            &RecordsPage::saveColumns);
    connect(m_view->horizontalHeader(), &QHeaderView::sortIndicatorChanged, this,
            &RecordsPage::saveSortOrder);
    m_view->viewport()->installEventFilter(this); // the text columns follow the page's width
    // The row the user was on stays current through a reload (after an edit: to print the
    // meeting's minutes just recorded, to attach to the task just changed).
    connect(m_model, &QAbstractItemModel::modelAboutToBeReset, this,
            [this] { m_keptId = currentId(); });
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        if (m_keptId != 0)
            selectId(m_keptId);
    });
}

void RecordsPage::clear()
{
    m_model->setRows({});
}

bool RecordsPage::selectRecord(const QString &kind, qint64 id)
{
    if (kind != m_kind)
        return false;
    selectId(id);
    return currentId() == id;
}

void RecordsPage::addExportButton()
{
    auto *b = new QPushButton(tr("Export to Excel…"), this);
    connect(b, &QPushButton::clicked, this, &RecordsPage::exportRequested);
    addToolbarWidget(b);
}

QString RecordsPage::columnsKey() const
{
    // The page's class, not its translated headers: widths survive a change of language.
    return QStringLiteral("tables/%1").arg(QString::fromLatin1(metaObject()->className()));
}

void RecordsPage::saveColumns()
{
    if (m_fitting || !m_columnsRestored)
        return;         // the program sizing the columns, not the user
    m_userSized = true; // from now on the widths are the user's: kept, and remembered
    QSettings().setValue(columnsKey(), m_view->horizontalHeader()->saveState());
}

void RecordsPage::saveSortOrder()
{
    const QHeaderView *header = m_view->horizontalHeader();
    if (!m_columnsRestored)
        return;
    QSettings().setValue(
        columnsKey() + QStringLiteral("Sort"),
        QVariantList{header->sortIndicatorSection(), int(header->sortIndicatorOrder())});
}

void RecordsPage::fitColumns()
{
    if (!m_columnsRestored) {
        m_columnsRestored = true;
        QHeaderView *header = m_view->horizontalHeader();
        const QByteArray state = QSettings().value(columnsKey()).toByteArray();
        m_fitting = true;
        header->setStretchLastSection(false); // no column takes the spare width by itself
        m_userSized = !state.isEmpty() && header->restoreState(state);
        m_fitting = false;
        const QVariantList sort = QSettings().value(columnsKey() + QStringLiteral("Sort")).toList();
        if (sort.size() == 2 && sort[0].toInt() >= 0 && sort[0].toInt() < m_model->columnCount())
            m_view->sortByColumn(sort[0].toInt(), Qt::SortOrder(sort[1].toInt()));
    }
    if (!m_userSized)
        fitToWidth();
}

void RecordsPage::fitToWidth()
{
    if (m_model->rowCount() == 0 || m_view->viewport()->width() < 100)
        return;
    m_fitting = true;
    // Dates, counts and short codes as wide as their contents: never cut ("31/0…").
    m_view->resizeColumnsToContents();
    const QList<int> &text = m_model->textColumns();
    int fixed = 0, wanted = 0;
    for (int c = 0; c < m_model->columnCount(); ++c)
        (text.contains(c) ? wanted : fixed) += m_view->columnWidth(c);
    // The text columns share what is left, in proportion to their contents (none narrower
    // than 80 px): the table fits the page without a horizontal scroll bar when it can.
    const int room = m_view->viewport()->width() - fixed - 2;
    if (!text.isEmpty() && wanted > 0 && room > 0) {
        int used = 0;
        for (int c : text) {
            m_view->setColumnWidth(c, qMax(80, m_view->columnWidth(c) * room / wanted));
            used += m_view->columnWidth(c);
        }
        // what the minimum added comes off the widest text column
        const int widest = *std::max_element(text.begin(), text.end(), [this](int a, int b) {
            return m_view->columnWidth(a) < m_view->columnWidth(b);
        });
        if (used > room)
            m_view->setColumnWidth(widest, qMax(80, m_view->columnWidth(widest) - (used - room)));
    }
    m_fitting = false;
}

bool RecordsPage::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_view->viewport() && event->type() == QEvent::Resize && m_columnsRestored &&
        !m_userSized)
        fitToWidth();
    return QWidget::eventFilter(watched, event);
}

void RecordsPage::placeBesideTable(QWidget *panel)
{
    m_tableRow->addWidget(panel);
}

void RecordsPage::focusFilter()
{
    m_filter->setFocus();
    m_filter->selectAll();
}

qint64 RecordsPage::currentId() const
{
    const QModelIndex i = m_view->currentIndex();
    return i.isValid() ? i.data(RecordTableModel::IdRole).toLongLong() : 0;
}

void RecordsPage::selectId(qint64 id)
{
    for (int r = 0; r < m_proxy->rowCount(); ++r) {
        const QModelIndex i = m_proxy->index(r, 0);
        if (i.data(RecordTableModel::IdRole).toLongLong() == id) {
            m_view->setCurrentIndex(i);
            return;
        }
    }
}

void RecordsPage::addToolbarWidget(QWidget *w)
{
    auto *bar = static_cast<QHBoxLayout *>(m_bar->layout());
    if (m_trailing.isEmpty()) {
        bar->addWidget(w);
        return;
    }
    bar->insertWidget(bar->indexOf(m_trailing.first()), w);
    QWidget::setTabOrder(w, m_trailing.first()); // Tab follows the bar left to right
}

void RecordsPage::addTrailingToolbarWidget(QWidget *w)
{
    static_cast<QHBoxLayout *>(m_bar->layout())->addWidget(w);
    m_trailing << w;
}

} // namespace sochibo::gui

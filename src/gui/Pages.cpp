#include "Pages.h"
#include "core/TaskRules.h"

#include "storage/Backup.h"

#include "Dialogs.h"
#include "DocumentSettingsDialog.h"
#include "FormParts.h"
#include "MonthPage.h"
#include "RecordTable.h"
#include "core/Enums.h"
#include "reportdata/ReportService.h"
#include "storage/CellRepository.h"
#include "storage/Database.h"
#include "storage/MeetingRepository.h"
#include "storage/MemberRepository.h"
#include "storage/ReminderInputs.h"
#include "storage/ReviewRepository.h"
#include "storage/Statistics.h"
#include "storage/TaskRepository.h"
#include "text/DocumentWording.h"
#include "ui_OverviewPage.h"
#include "ui_RecordsPage.h"
#include "ui_ReportPage.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDateEdit>
#include <QFile>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPainter>
#include <QPointer>
#include <QPrintDialog>
#include <QPrinter>
#include <QProgressBar>
#include <QPushButton>
#include <QSaveFile>
#include <QScrollArea>
#include <QSettings>
#include <QSignalBlocker>
#include <QSpinBox>
#include <QTableView>
#include <QThread>
#include <QVBoxLayout>
#include <poppler-qt6.h>

namespace sochibo::gui {

bool acceptOutputPath(const Prompts &prompts, const QString &path, const QString &dbPath,
                      bool backupOfSameBook)
{
    const storage::OutputProblem problem =
        storage::outputPathProblem(path, dbPath, backupOfSameBook);
    if (problem.isEmpty())
        return true;
    if (!problem.forceable) {
        prompts.inform(problem.message);
        return false;
    }
    return prompts.confirm(problem.message + QStringLiteral("\n\nVẫn ghi đè lên “%1”?").arg(path));
}

using namespace sochibo::core;
using namespace sochibo::storage;

namespace {

QColor warningColour()
{
    return QColor(0xb0, 0x1e, 0x1e);
}

QVariant dateKey(const QDate &d)
{
    return d.isValid() ? QVariant(d.toJulianDay()) : QVariant(0LL);
}

} // namespace

// --- RecordsPage

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

RecordsPage::RecordsPage(const QString &title, const QStringList &headers, QWidget *parent)
    : QWidget(parent), m_model(new RecordTableModel(headers, this)),
      m_proxy(new VietFilterProxy(this))
{
    Ui::RecordsPage ui; // the frame every record page shares: ui/RecordsPage.ui
    ui.setupUi(this);
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
            &RecordsPage::saveColumns);
}

QString RecordsPage::columnsKey() const
{
    // The page's class, not its translated headers: widths survive a change of language.
    return QStringLiteral("tables/%1").arg(QString::fromLatin1(metaObject()->className()));
}

void RecordsPage::saveColumns()
{
    if (m_columnsRestored) // not while the first fill sizes the columns
        QSettings().setValue(columnsKey(), m_view->horizontalHeader()->saveState());
}

void RecordsPage::fitColumns()
{
    if (m_columnsRestored)
        return; // later reloads keep what the user set
    QHeaderView *header = m_view->horizontalHeader();
    const QByteArray state = QSettings().value(columnsKey()).toByteArray();
    if (!state.isEmpty() && header->restoreState(state)) {
        if (header->sortIndicatorSection() >= 0 &&
            header->sortIndicatorSection() < m_model->columnCount())
            m_view->sortByColumn(header->sortIndicatorSection(), header->sortIndicatorOrder());
    } else {
        m_view->resizeColumnsToContents();
        // A long title must not push the other columns out of sight.
        for (int c = 0; c + 1 < m_model->columnCount(); ++c)
            if (m_view->columnWidth(c) > 360)
                m_view->setColumnWidth(c, 360);
    }
    m_columnsRestored = true;
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

// --- Members

MembersPage::MembersPage(Prompts prompts, Committer commit, QWidget *parent)
    : RecordsPage(tr("Members"),
                  {tr("Full name"), tr("Role"), tr("Kind"), tr("Job"), tr("Party admission date"),
                   tr("Situation")},
                  parent),
      m_prompts(std::move(prompts)), m_commit(std::move(commit)), m_details(new QLabel(this)),
      m_events(new QListWidget(this)), m_ratingPrev(new QComboBox(this)),
      m_ratingThis(new QComboBox(this)), m_ratingPrevLabel(new QLabel(this)),
      m_ratingThisLabel(new QLabel(this))
{
    m_model->setNameColumns({0});
    auto *remove = new QPushButton(tr("Delete member…"), this);
    remove->setToolTip(tr("Delete the selected member (Del). A member with tasks, minutes or "
                          "evidence cannot be deleted: record a transfer or retirement instead."));
    addTrailingToolbarWidget(remove);
    connect(remove, &QPushButton::clicked, this, &MembersPage::removeCurrent);

    // The side panel: the selected member's history, ratings and work.
    auto *panel = new QWidget(this);
    panel->setMaximumWidth(340);
    auto *side = new QVBoxLayout(panel);
    side->setContentsMargins(0, 0, 0, 0);
    m_details->setWordWrap(true);
    m_details->setTextFormat(Qt::RichText);
    side->addWidget(m_details);
    side->addWidget(new QLabel(tr("<b>Membership history</b>"), panel));
    side->addWidget(m_events, 1);
    auto *eventButtons = new QHBoxLayout;
    auto *addEventButton = new QPushButton(tr("Record event…"), panel);
    addEventButton->setToolTip(
        tr("Admission, full membership, transfer in, transfer out, retirement, discipline…"));
    auto *removeEventButton = new QPushButton(tr("Delete event"), panel);
    eventButtons->addWidget(addEventButton);
    eventButtons->addWidget(removeEventButton);
    side->addLayout(eventButtons);
    side->addWidget(new QLabel(tr("<b>Quality ratings</b>"), panel));
    auto *ratings = new QFormLayout;
    for (QComboBox *box : {m_ratingPrev, m_ratingThis})
        for (QualityRating r : {QualityRating::None, QualityRating::Excellent, QualityRating::Good,
                                QualityRating::Completed, QualityRating::NotCompleted})
            box->addItem(r == QualityRating::None ? tr("(not rated)") : uiLabel(r), int(r));
    ratings->addRow(m_ratingPrevLabel, m_ratingPrev);
    ratings->addRow(m_ratingThisLabel, m_ratingThis);
    side->addLayout(ratings);
    placeBesideTable(panel);

    connect(addEventButton, &QPushButton::clicked, this, &MembersPage::addEvent);
    connect(removeEventButton, &QPushButton::clicked, this, &MembersPage::removeSelectedEvent);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &MembersPage::showDetails);
    connect(m_ratingPrev, &QComboBox::activated, this, [this] {
        setRating(m_today.year() - 1, QualityRating(m_ratingPrev->currentData().toInt()));
    });
    connect(m_ratingThis, &QComboBox::activated, this, [this] {
        setRating(m_today.year(), QualityRating(m_ratingThis->currentData().toInt()));
    });
}

void MembersPage::reload(const Database &db, const QDate &today)
{
    const qint64 selected = currentId();
    m_db = &db;
    m_today = today;
    const MemberRepository repo(db);
    const auto departed = repo.departedBy(today);
    QList<RecordRow> rows;
    for (const Member &m : repo.list()) {
        RecordRow r;
        r.id = m.id;
        const bool gone = departed.contains(m.id);
        r.cells = {m.fullName,
                   uiLabel(m.role),
                   uiLabel(m.kind),
                   uiLabel(m.job),
                   text::shortDate(m.admittedOn),
                   gone ? departed.value(m.id).describe() : tr("Active")};
        r.sortKeys = {QVariant(), QVariant(int(m.role)), QVariant(), QVariant(),
                      dateKey(m.admittedOn)};
        if (gone)
            r.foreground = QColor(0x77, 0x77, 0x77);
        rows << r;
    }
    m_model->setRows(rows);
    fitColumns();
    m_ratingPrevLabel->setText(tr("Year %1:").arg(today.year() - 1));
    m_ratingThisLabel->setText(tr("Year %1:").arg(today.year()));
    selectId(selected);
    if (!m_view->currentIndex().isValid() && m_proxy->rowCount() > 0)
        m_view->setCurrentIndex(m_proxy->index(0, 0)); // the panel is never empty for nothing
    showDetails();
}

QString MembersPage::details() const
{
    return m_details->text();
}

void MembersPage::showDetails()
{
    m_events->clear();
    const qint64 id = currentId();
    const bool any = m_db && id != 0;
    for (QComboBox *b : {m_ratingPrev, m_ratingThis})
        b->setEnabled(any);
    if (!any) {
        m_details->setText(tr("Select a member to see their history, ratings and tasks."));
        return;
    }
    const MemberRepository repo(*m_db);
    const auto m = repo.find(id);
    if (!m)
        return;
    for (const MembershipEvent &e : repo.events(id)) {
        QString line = e.describe();
        if (e.kind == EventKind::Disciplined)
            line += QStringLiteral(" (%1)").arg(uiLabel(e.discipline));
        if (!e.note.isEmpty())
            line += QStringLiteral(" — ") + e.note;
        auto *item = new QListWidgetItem(line, m_events);
        item->setData(Qt::UserRole, e.id);
    }
    m_ratingPrev->setCurrentIndex(m_ratingPrev->findData(int(repo.rating(id, m_today.year() - 1))));
    m_ratingThis->setCurrentIndex(m_ratingThis->findData(int(repo.rating(id, m_today.year()))));
    TaskFilter mine;
    mine.ownerId = id;
    int open = 0, overdue = 0;
    for (const Task &t : TaskRepository(*m_db).list(mine)) {
        const TaskState state = task_rules::state(t, AsOf::during(m_today));
        open += state == TaskState::NotStarted || state == TaskState::InProgress ||
                state == TaskState::Overdue;
        overdue += state == TaskState::Overdue;
    }
    const auto commitment = ReviewRepository(*m_db).commitment(id, m_today.year());
    m_details->setText(
        QStringLiteral("<h3>%1</h3>").arg(m->fullName.toHtmlEscaped()) +
        tr("Tasks in progress: <b>%1</b>, overdue: <b>%2</b><br>").arg(open).arg(overdue) +
        (commitment ? tr("Commitment for %1: signed on %2")
                          .arg(m_today.year())
                          .arg(text::shortDate(commitment->signedOn))
                    : tr("No commitment for %1 yet").arg(m_today.year())));
}

bool MembersPage::addEvent()
{
    const qint64 id = currentId();
    if (!m_db || id == 0) {
        m_prompts.inform(tr("Select a member in the list."));
        return false;
    }
    const auto member = MemberRepository(*m_db).find(id);
    MembershipEvent fresh;
    fresh.memberId = id;
    fresh.kind = EventKind::TransferredOut;
    fresh.date = m_today;
    EventDialog dialog(fresh, member ? member->fullName : QString(), this);
    if (!m_prompts.runDialog(dialog))
        return false;
    const MembershipEvent e = dialog.event();
    return commitInsert(
        m_commit, tr("Record event: %1").arg(e.describe()), e,
        [this](const MembershipEvent &row) { return MemberRepository(*m_db).saveEvent(row); },
        [this](qint64 id) { MemberRepository(*m_db).removeEvent(id); });
}

bool MembersPage::removeSelectedEvent()
{
    QListWidgetItem *item = m_events->currentItem();
    if (!m_db || !item)
        return false;
    const qint64 eventId = item->data(Qt::UserRole).toLongLong();
    const qint64 member = currentId();
    std::optional<MembershipEvent> before;
    for (const MembershipEvent &e : MemberRepository(*m_db).events(member))
        if (e.id == eventId)
            before = e;
    if (!before || !m_prompts.confirm(tr("Delete the event “%1”?").arg(before->describe())))
        return false;
    return m_commit(
        tr("Delete event: %1").arg(before->describe()),
        [this, eventId] { MemberRepository(*m_db).removeEvent(eventId); },
        [this, e = *before] { MemberRepository(*m_db).saveEvent(e); });
}

bool MembersPage::setRating(int year, QualityRating level)
{
    const qint64 id = currentId();
    if (!m_db || id == 0)
        return false;
    const QualityRating before = MemberRepository(*m_db).rating(id, year);
    if (before == level)
        return false;
    return m_commit(
        tr("Rating for %1").arg(year),
        [this, id, year, level] { MemberRepository(*m_db).setRating(id, year, level); },
        [this, id, year, before] { MemberRepository(*m_db).setRating(id, year, before); });
}

bool MembersPage::removeCurrent()
{
    const qint64 id = currentId();
    if (!m_db || id == 0) {
        m_prompts.inform(tr("Select a member in the list."));
        return false;
    }
    MemberRepository repo(*m_db);
    const auto member = repo.find(id);
    if (!member)
        return false;
    const QString blockers = repo.dependents(id);
    if (!blockers.isEmpty()) {
        m_prompts.inform(tr("Comrade %1 cannot be deleted: %2\nIf the comrade has moved away or "
                            "retired, record that event; the old records are kept.")
                             .arg(member->fullName, blockers));
        return false;
    }
    if (!m_prompts.confirm(tr("Delete comrade %1 from the book for good?").arg(member->fullName)))
        return false;
    try {
        repo.remove(id);
    } catch (const StorageError &e) {
        m_prompts.inform(e.message());
        return false;
    }
    emit changed();
    return true;
}

// --- Tasks

TasksPage::TasksPage(QWidget *parent)
    : RecordsPage(tr("Tasks"),
                  {tr("Task"), tr("Owner"), tr("Due"), tr("Status"), tr("Products"), tr("Evidence"),
                   tr("Unclear")},
                  parent),
      m_show(new QComboBox(this)), m_year(new QComboBox(this))
{
    m_model->setNameColumns({1});
    m_year->setAccessibleName(tr("Year"));
    m_year->setToolTip(tr("The tasks of one year (given, due or done in it), or of every year."));
    addToolbarWidget(m_year);
    connect(m_year, &QComboBox::activated, this, [this] {
        if (m_db)
            reload(*m_db, m_today);
    });
    m_show->addItem(tr("All tasks"), All);
    m_show->addItem(tr("Overdue"), Overdue);
    m_show->addItem(tr("Due this month"), DueThisMonth);
    m_show->addItem(tr("Done but missing evidence"), MissingEvidence);
    m_show->addItem(tr("Unclear owner, deadline or product"), Vague);
    addToolbarWidget(m_show);
    connect(m_show, &QComboBox::currentIndexChanged, this, [this] {
        if (m_db)
            reload(*m_db, m_today);
    });
}

void TasksPage::setShow(Show show)
{
    m_show->setCurrentIndex(m_show->findData(show));
}

void TasksPage::setYear(int year)
{
    const int at = m_year->findData(year);
    if (at < 0)
        m_year->addItem(QString::number(year), year);
    m_year->setCurrentIndex(m_year->findData(year));
    if (m_db)
        reload(*m_db, m_today);
}

void TasksPage::reload(const Database &db, const QDate &today)
{
    m_db = &db;
    m_today = today;
    const TaskRepository repo(db);
    // The years that have tasks, newest first; a book opens on this year.
    {
        QList<int> years = repo.years();
        if (!years.contains(today.year()))
            years << today.year();
        const QVariant chosen = m_year->count() ? m_year->currentData() : QVariant(today.year());
        if (chosen.toInt() > 0 && !years.contains(chosen.toInt()))
            years << chosen.toInt(); // a year chosen stays, even without tasks
        std::sort(years.begin(), years.end(), std::greater<int>());
        const QSignalBlocker quiet(m_year);
        m_year->clear();
        m_year->addItem(tr("Every year"), 0);
        for (int y : years)
            m_year->addItem(QString::number(y), y);
        const int at = m_year->findData(chosen);
        m_year->setCurrentIndex(at >= 0 ? at : m_year->findData(today.year()));
    }
    TaskFilter filter;
    filter.today = today;
    filter.year = m_year->currentData().toInt();
    switch (Show(m_show->currentData().toInt())) {
    case Overdue:
        filter.overdueOnly = true;
        break;
    case DueThisMonth:
        filter.month = today.toString(QStringLiteral("yyyy-MM"));
        break;
    case MissingEvidence:
        filter.missingEvidenceOnly = true;
        break;
    case Vague:
        filter.vagueOnly = true;
        break;
    case All:
        break;
    }
    const QMap<qint64, QString> names = MemberRepository(db).names();
    QList<RecordRow> rows;
    for (const Task &t : repo.list(filter)) {
        RecordRow r;
        r.id = t.id;
        const QList<ClarityGap> gaps = t.clarityGaps();
        QStringList missing;
        for (ClarityGap g : gaps)
            missing << uiLabel(g);
        const int evidence = repo.evidenceCount(t.id);
        const TaskState state = task_rules::state(t, AsOf::during(today));
        QString status = uiLabel(t.status);
        if (state == TaskState::Overdue)
            status += tr(" · overdue");
        else if (state == TaskState::DoneLate)
            status += tr(" · late");
        r.cells = {t.title,
                   t.ownerId ? names.value(t.ownerId) : tr("(not assigned)"),
                   t.dueOn.isValid() ? text::shortDate(t.dueOn) : tr("(no deadline)"),
                   status,
                   t.expectedOutput,
                   QString::number(evidence),
                   gaps.isEmpty() ? QString()
                                  : QStringLiteral("⚠ ") + missing.join(QStringLiteral(", "))};
        r.toolTips = {
            QString(),
            QString(),
            QString(),
            QString(),
            QString(),
            evidence == 0 && t.status == TaskStatus::Done ? tr("Done but has no evidence yet.")
                                                          : QString(),
            gaps.isEmpty() ? QString()
                           : tr("Vague task: missing %1.").arg(missing.join(QStringLiteral(", ")))};
        r.sortKeys = {QVariant(), QVariant(),         dateKey(t.dueOn),          QVariant(),
                      QVariant(), QVariant(evidence), QVariant(int(gaps.size()))};
        if (state == TaskState::Overdue || !gaps.isEmpty())
            r.foreground = warningColour();
        rows << r;
    }
    m_model->setRows(rows);
    fitColumns();
    m_view->setColumnWidth(0, qMin(m_view->columnWidth(0), 420));
    m_view->setColumnWidth(4, qMin(m_view->columnWidth(4), 260));
}

// --- Meetings

MeetingsPage::MeetingsPage(QWidget *parent)
    : RecordsPage(tr("Meetings"),
                  {tr("Date"), tr("Kind"), tr("Attended"), tr("Chaired by"), tr("Agenda"),
                   tr("Conclusions")},
                  parent)
{
    m_model->setNameColumns({3});
}

void MeetingsPage::reload(const Database &db, const QDate &)
{
    const QMap<qint64, QString> names = MemberRepository(db).names();
    QList<RecordRow> rows;
    for (const Meeting &m : MeetingRepository(db).list()) {
        RecordRow r;
        r.id = m.id;
        QStringList conclusions;
        for (const Conclusion &c : m.conclusions)
            conclusions << c.text;
        r.cells = {text::shortDate(m.heldOn), uiLabel(m.kind), m.attendanceSummary(),
                   names.value(m.chairId),    m.agenda,        QString::number(conclusions.size())};
        r.toolTips = {QString(), QString(), QString(),
                      QString(), m.agenda,  conclusions.join(QLatin1Char('\n'))};
        r.sortKeys = {dateKey(m.heldOn), QVariant(), QVariant(m.presentCount())};
        rows << r;
    }
    m_model->setRows(rows);
    fitColumns();
    m_view->setColumnWidth(4, qMin(m_view->columnWidth(4), 520));
}

// --- Overview

MonthChart::MonthChart(QWidget *parent) : QWidget(parent)
{
    setMinimumHeight(200);
    setToolTip(tr("Each month: tasks done on time (green), late (orange) and tasks due that month "
                  "still not done (grey)."));
}

void MonthChart::setBars(int year, const QList<MonthBar> &bars)
{
    m_year = year;
    m_bars = bars;
    update();
}

void MonthChart::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    const QFontMetrics fm(font());
    const int legend = fm.height() + 6;
    const QRectF area(fm.horizontalAdvance(QStringLiteral("000")) + 8, legend + 4,
                      width() - fm.horizontalAdvance(QStringLiteral("000")) - 16,
                      height() - legend - fm.height() - 14);
    int top = 1;
    for (const MonthBar &b : m_bars)
        top = std::max(top, b.onTime + b.late + b.open);
    const QColor colors[] = {QColor(0x3a, 0x8a, 0x4a), QColor(0xe0, 0x8a, 0x20),
                             QColor(0xa0, 0xa0, 0xa0)};
    const QString names[] = {tr("On time"), tr("Late"), tr("Not done")};
    double x = area.left();
    for (int i = 0; i < 3; ++i) { // the legend
        p.fillRect(QRectF(x, 2, 12, 12), colors[i]);
        p.setPen(palette().color(QPalette::WindowText));
        p.drawText(QPointF(x + 16, 2 + fm.ascent()), names[i]);
        x += 16 + fm.horizontalAdvance(names[i]) + 18;
    }
    p.setPen(palette().color(QPalette::Mid));
    p.drawLine(area.bottomLeft(), area.bottomRight());
    p.setPen(palette().color(QPalette::WindowText));
    p.drawText(QRectF(0, area.top() - fm.height() / 2.0, area.left() - 4, fm.height()),
               Qt::AlignRight | Qt::AlignVCenter, QString::number(top));
    p.drawText(QRectF(0, area.bottom() - fm.height() / 2.0, area.left() - 4, fm.height()),
               Qt::AlignRight | Qt::AlignVCenter, QStringLiteral("0"));
    const double slot = area.width() / 12.0;
    for (const MonthBar &b : m_bars) {
        const double bx = area.left() + (b.month - 1) * slot + slot * 0.2;
        double y = area.bottom();
        const int values[] = {b.onTime, b.late, b.open};
        for (int i = 0; i < 3; ++i) {
            const double h = area.height() * values[i] / top;
            p.fillRect(QRectF(bx, y - h, slot * 0.6, h), colors[i]);
            y -= h;
        }
        p.setPen(palette().color(QPalette::WindowText));
        p.drawText(QRectF(area.left() + (b.month - 1) * slot, area.bottom() + 4, slot, fm.height()),
                   Qt::AlignHCenter, tr("M%1").arg(b.month));
    }
}

OverviewPage::OverviewPage(QWidget *parent) : QWidget(parent)
{
    Ui::OverviewPage ui; // the page's layout: ui/OverviewPage.ui
    ui.setupUi(this);
    m_text = ui.text;
    m_chart = ui.chart;
    m_remedies = ui.remedies;
    m_todo = ui.todo;
    connect(ui.dismiss, &QPushButton::clicked, this, &OverviewPage::dismissSelected);
    connect(ui.showDismissed, &QPushButton::clicked, this, &OverviewPage::showDismissed);
    const auto openItem = [this](QListWidgetItem *item) {
        if (item)
            emit open(item->data(Qt::UserRole).toString(),
                      item->data(Qt::UserRole + 1).toLongLong());
    };
    connect(m_todo, &QListWidget::itemActivated, this, openItem);
    connect(m_text, &QLabel::linkActivated, this, [this](const QString &href) {
        if (href.startsWith(QLatin1String("tasks:")))
            emit showTasks(href.mid(6).toInt());
        else if (href.startsWith(QLatin1String("month:")))
            emit showMonth(href.mid(6).toInt());
    });
}

void OverviewPage::fillTodo()
{
    const QStringList dismissed = QSettings().value(m_book, QStringList()).toStringList();
    m_todo->clear();
    for (const core::Reminder &r : std::as_const(m_reminders)) {
        if (dismissed.contains(r.key))
            continue;
        auto *item = new QListWidgetItem(r.text, m_todo);
        item->setData(Qt::UserRole, r.taskId     ? QStringLiteral("task")
                                    : r.memberId ? QStringLiteral("member")
                                    : r.topicId  ? QStringLiteral("topic")
                                                 : QString());
        item->setData(Qt::UserRole + 1, r.taskId ? r.taskId : r.memberId ? r.memberId : r.topicId);
        item->setData(Qt::UserRole + 2, r.key);
        if (r.kind == core::ReminderKind::TaskOverdue ||
            r.kind == core::ReminderKind::ProbationPast)
            item->setForeground(QColor(0xb0, 0x10, 0x10));
    }
    if (m_todo->count() == 0)
        new QListWidgetItem(tr("Nothing to see to today."), m_todo);
}

int OverviewPage::pendingReminders() const
{
    int n = 0;
    for (int i = 0; i < m_todo->count(); ++i)
        n += !m_todo->item(i)->data(Qt::UserRole + 2).toString().isEmpty();
    return n;
}

void OverviewPage::dismissSelected()
{
    QStringList dismissed = QSettings().value(m_book, QStringList()).toStringList();
    for (const QListWidgetItem *item : m_todo->selectedItems()) {
        const QString key = item->data(Qt::UserRole + 2).toString();
        if (!key.isEmpty() && !dismissed.contains(key))
            dismissed << key;
    }
    // only the keys that still stand: a reminder whose reason changed has a new key
    QStringList standing;
    for (const core::Reminder &r : std::as_const(m_reminders))
        if (dismissed.contains(r.key))
            standing << r.key;
    QSettings().setValue(m_book, standing);
    fillTodo();
}

void OverviewPage::showDismissed()
{
    QSettings().remove(m_book);
    fillTodo();
}

QList<QProgressBar *> OverviewPage::remedyBars() const
{
    return m_remedies->findChildren<QProgressBar *>();
}

QString OverviewPage::text() const
{
    return m_text->text();
}

void OverviewPage::reload(const Database &db, const QDate &today)
{
    m_book = QStringLiteral("reminders/dismissed/") +
             QString::fromLatin1(
                 QCryptographicHash::hash(QFileInfo(db.path()).absoluteFilePath().toUtf8(),
                                          QCryptographicHash::Sha1)
                     .toHex()
                     .left(16));
    m_reminders = core::reminders(storage::loadReminderInputs(db, today));
    fillTodo();
    const Cell cell = CellRepository(db).cell();
    const YearFigures f = Statistics(db).year(today.year(), today);
    const TaskRepository tasks(db);
    TaskFilter overdue;
    overdue.overdueOnly = true;
    overdue.today = today;
    TaskFilter vague;
    vague.vagueOnly = true;
    TaskFilter noEvidence;
    noEvidence.missingEvidenceOnly = true;
    // One line of figures; \a label is HTML (it may be a link).
    const auto row = [](const QString &label, const QString &value) {
        return QStringLiteral(
                   "<tr><td style='padding:3px 18px 3px 0'>%1</td><td><b>%2</b></td></tr>")
            .arg(label, value.toHtmlEscaped());
    };
    const auto plain = [](const QString &s) {
        return s.toHtmlEscaped();
    };
    QString html =
        QStringLiteral("<h2>%1</h2><p>%2 · %3</p><h3>%4</h3><table>")
            .arg(cell.name.toHtmlEscaped(), cell.superiorBody.toHtmlEscaped(),
                 text::datePhrase(today).toHtmlEscaped(), tr("Year %1 to date").arg(today.year()));
    html += row(plain(tr("Active members")), QString::number(f.membersEnd));
    html += row(plain(tr("Admitted this year")), QString::number(f.admitted));
    html += row(plain(tr("Regular / thematic meetings")),
                QStringLiteral("%1 / %2").arg(f.regularMeetings).arg(f.thematicMeetings));
    html += row(plain(tr("Tasks assigned")), QString::number(f.tasks));
    html +=
        row(plain(tr("Done (on time / late)")),
            QStringLiteral("%1 (%2 / %3)").arg(f.tasksDone).arg(f.tasksOnTime).arg(f.tasksLate));
    html += QStringLiteral("</table><h3>%1</h3><table>").arg(tr("Needs attention"));
    // Each signal opens the task list filtered to it.
    const auto link = [](TasksPage::Show show, const QString &label) {
        return QStringLiteral("<a href=\"tasks:%1\">%2</a>")
            .arg(int(show))
            .arg(label.toHtmlEscaped());
    };
    const auto count = [&](const TaskFilter &f) {
        return QString::number(tasks.list(f).size());
    };
    html += row(link(TasksPage::Overdue, tr("Overdue tasks")), count(overdue));
    html += row(link(TasksPage::Vague, tr("Tasks with no clear owner, deadline or product")),
                count(vague));
    html += row(link(TasksPage::MissingEvidence, tr("Done, no evidence yet")), count(noEvidence));
    // Probation is twelve months (core::MembershipTimeline): past it, the cell has to decide.
    QStringList probation;
    for (const MembershipTimeline &t : MemberRepository(db).timelines())
        if (t.probationOverdueOn(today))
            probation << tr("%1 (12 months ended %2)")
                             .arg(t.member().fullName, text::shortDate(t.probationEnds()));
    html +=
        row(plain(tr("Probationary members past 12 months")), QString::number(probation.size()));
    html += QStringLiteral("</table>");
    // A few names are read; a long list is a count (the page behind it has the names).
    const auto someNames = [](const QStringList &names) {
        constexpr int kShown = 6;
        if (names.size() <= kShown)
            return names.join(QStringLiteral(", "));
        return tr("%1 and %n other(s)", "", int(names.size()) - kShown)
            .arg(names.first(kShown).join(QStringLiteral(", ")));
    };
    if (!probation.isEmpty())
        html +=
            QStringLiteral("<p>%1</p>")
                .arg(tr("Full membership to decide: %1").arg(someNames(probation)).toHtmlEscaped());

    // This month at a glance; each count opens the month page filtered to it.
    const PeriodProgress month = Progress(db).compute(Period::ofMonth(today), today);
    const auto monthLink = [](int show, const QString &label) {
        return QStringLiteral("<a href=\"month:%1\">%2</a>").arg(show).arg(label.toHtmlEscaped());
    };
    html += QStringLiteral("<h3>%1</h3><table>")
                .arg(tr("Month %1/%2").arg(today.month()).arg(today.year()).toHtmlEscaped());
    html += row(monthLink(MonthPage::All, tr("Tasks of the month")),
                QString::number(month.figures.active));
    html +=
        row(monthLink(MonthPage::Overdue, tr("Overdue")), QString::number(month.figures.overdue));
    html += row(monthLink(MonthPage::DueSoon, tr("Due within 7 days")),
                QString::number(month.figures.dueSoon));
    html += row(monthLink(MonthPage::DoneNoEvidence, tr("Done, without evidence")),
                QString::number(month.figures.withoutEvidence));
    html += row(monthLink(MonthPage::Vague, tr("Unclear owner, deadline or product")),
                QString::number(month.figures.vague));
    html += row(monthLink(MonthPage::NoReport, tr("Not reported this month")),
                QString::number(month.figures.noReport));
    html += row(plain(tr("Members who reported")), QStringLiteral("%1/%2")
                                                       .arg(month.figures.membersReported)
                                                       .arg(month.figures.membersWithTasks));
    html += row(plain(tr("Members without evidence this month")),
                QString::number(month.membersWithoutEvidence.size()));
    html += QStringLiteral("</table>");
    if (!month.membersWithoutEvidence.isEmpty())
        html += QStringLiteral("<p>%1</p>")
                    .arg(tr("No evidence yet: %1")
                             .arg(someNames(month.membersWithoutEvidence))
                             .toHtmlEscaped());
    m_text->setText(html);

    m_chart->setBars(today.year(), Progress(db).yearChart(today.year(), today));
    // One bar per shortcoming of last year's review: its remedy tasks done with evidence.
    QLayout *bars = m_remedies->layout();
    while (QLayoutItem *item = bars->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    auto *title =
        new QLabel(tr("<b>Remedying the shortcomings of %1</b> (tasks done with evidence)")
                       .arg(today.year() - 1),
                   m_remedies);
    title->setWordWrap(true);
    bars->addWidget(title);
    if (f.remedies.isEmpty())
        bars->addWidget(
            new QLabel(tr("No shortcoming recorded for %1.").arg(today.year() - 1), m_remedies));
    for (const RemedyFigures &r : f.remedies) {
        auto *name = new QLabel(r.title, m_remedies);
        name->setWordWrap(true);
        auto *bar = new QProgressBar(m_remedies);
        bar->setRange(0, std::max(1, r.tasks));
        bar->setValue(r.doneWithEvidence);
        bar->setFormat(r.tasks ? tr("%1/%2 tasks").arg(r.doneWithEvidence).arg(r.tasks)
                               : tr("no task assigned"));
        bar->setAccessibleName(r.title);
        bars->addWidget(name);
        bars->addWidget(bar);
    }
}

// --- Reports

struct ReportPage::Request : reports::ReportRequest
{
};

ReportPage::ReportPage(Prompts prompts, Committer commit, QWidget *parent)
    : QWidget(parent), m_prompts(std::move(prompts)), m_commit(std::move(commit))
{
    Ui::ReportPage ui; // the page's layout: ui/ReportPage.ui
    ui.setupUi(this);
    styleHeading(ui.heading);
    m_kind = ui.kind;
    m_year = ui.year;
    m_number = ui.number;
    m_newVersion = ui.newVersion;
    m_date = ui.date;
    m_period = ui.period;
    m_member = ui.member;
    m_signer = ui.signer;
    m_group = ui.group;
    m_from = ui.from;
    m_to = ui.to;
    m_form = ui.form;
    m_zoom = ui.zoom;
    m_status = ui.status;
    m_page = ui.page;
    m_thumbs = ui.thumbs;
    m_scroll = ui.scroll;
    m_save = ui.save;
    m_print = ui.print;
    m_issue = ui.issue;
    for (const QString &k : reports::ReportBuilder::kinds())
        if (!reports::ReportBuilder::needsMeeting(k)) // the minutes: from the meeting's page
            m_kind->addItem(reports::ReportBuilder::displayName(k), k);
    for (int m = 1; m <= 12; ++m)
        m_period->addItem(tr("Month %1").arg(m),
                          QStringLiteral("%1").arg(m, 2, 10, QLatin1Char('0')));
    for (int q = 1; q <= 4; ++q)
        m_period->addItem(tr("Quarter %1").arg(text::romanNumeral(q)),
                          QStringLiteral("Q%1").arg(q));
    m_signer->addItem(tr("as the template says"), QString());
    m_signer->addItem(tr("Secretary"), QStringLiteral("secretary"));
    m_signer->addItem(tr("Deputy secretary"), QStringLiteral("deputy"));
    m_group->addItem(tr("by shortcoming, topic"), QStringLiteral("source"));
    m_group->addItem(tr("by member"), QStringLiteral("member"));
    m_zoom->addItem(tr("Fit width"), 0.0);
    for (int percent : {75, 100, 125, 150})
        m_zoom->addItem(QStringLiteral("%1%").arg(percent), percent / 100.0);
    connect(m_zoom, &QComboBox::currentIndexChanged, this,
            [this] { showPage(m_thumbs->currentRow()); });
    connect(ui.prose, &QPushButton::clicked, this, &ReportPage::editProse);
    connect(ui.grounds, &QPushButton::clicked, this, &ReportPage::editGroundsAndRecipients);
    connect(ui.previewButton, &QPushButton::clicked, this, &ReportPage::preview);
    connect(m_save, &QPushButton::clicked, this, [this] { saveAs(false); });
    m_saveWord = ui.saveWord;
    m_openSaved = ui.openSaved;
    connect(m_saveWord, &QPushButton::clicked, this, [this] { saveAs(true); });
    connect(m_openSaved, &QPushButton::clicked, this, &ReportPage::openSaved);
    connect(m_print, &QPushButton::clicked, this, &ReportPage::print);
    connect(m_issue, &QPushButton::clicked, this, &ReportPage::issue);
    connect(m_thumbs, &QListWidget::currentRowChanged, this, &ReportPage::showPage);
    connect(m_kind, &QComboBox::currentIndexChanged, this, &ReportPage::kindChanged);
    connect(m_year, &QSpinBox::valueChanged, this, &ReportPage::proposeNumber);
    connect(m_date, &QDateEdit::dateChanged, this, &ReportPage::proposeNumber);
    connect(m_newVersion, &QCheckBox::toggled, this, &ReportPage::proposeNumber);
}

ReportPage::~ReportPage()
{
    ++m_generation;
}

void ReportPage::setDatabase(const Database *db, const QDate &today)
{
    m_db = db;
    m_today = today;
    m_date->setDate(today);
    m_member->clear();
    m_member->addItem(tr("All members (one form each)"), 0);
    if (db)
        for (const Member &m : MemberRepository(*db).list())
            m_member->addItem(m.fullName, m.id);
    // The tracking table: from the start of the year to the end of this month.
    m_from->setDate(QDate(today.year(), 1, 1));
    m_to->setDate(QDate(today.year(), today.month(), today.daysInMonth()));
    kindChanged();
}

void ReportPage::kindChanged()
{
    const QString kind = m_kind->currentData().toString();
    const bool period = kind == QLatin1String("monthly-progress");
    const bool range = kind == QLatin1String("task-table");
    // One member's form, or all of them: the commitment and the year-end review.
    const bool perMember =
        kind == QLatin1String("commitment") || kind == QLatin1String("member-review");
    m_form->setRowVisible(m_year, !range);
    m_form->setRowVisible(m_period, period);
    m_form->setRowVisible(m_group, period);
    m_form->setRowVisible(m_from, range);
    m_form->setRowVisible(m_to, range);
    m_form->setRowVisible(m_member, perMember);
    m_form->setRowVisible(m_signer, !perMember);
    // members' forms, the ratings summary and the tracking table carry no register number
    m_form->setRowVisible(m_number,
                          !range && !perMember && kind != QLatin1String("ratings-summary"));
    defaultYear();
}

void ReportPage::defaultYear()
{
    // The remediation plan answers last year's review; the others are about this year. The
    // monthly summary starts on last month: the one the meeting reviews.
    const QString kind = m_kind->currentData().toString();
    const bool plan = kind == QLatin1String("remediation-plan");
    if (kind == QLatin1String("monthly-progress")) {
        const QDate last = m_today.addMonths(-1);
        m_year->setValue(last.year());
        m_period->setCurrentIndex(last.month() - 1);
    } else {
        m_year->setValue(m_today.year() - (plan ? 1 : 0));
    }
    proposeNumber();
}

void ReportPage::selectPeriodReport(const QString &period, bool groupByMember)
{
    const auto p = Period::parse(period);
    if (!p)
        return;
    m_kind->setCurrentIndex(m_kind->findData(QStringLiteral("monthly-progress")));
    m_year->setValue(p->from.year());
    m_period->setCurrentIndex(p->isQuarter() ? 12 + (p->from.month() - 1) / 3
                                             : p->from.month() - 1);
    m_group->setCurrentIndex(groupByMember ? 1 : 0);
}

void ReportPage::selectReport(const QString &kind, int year)
{
    m_kind->setCurrentIndex(m_kind->findData(kind));
    m_year->setValue(year);
}

void ReportPage::selectMemberReport(const QString &kind, int year, qint64 memberId)
{
    selectReport(kind, year);
    m_member->setCurrentIndex(qMax(0, m_member->findData(memberId)));
}

ReportPage::Request ReportPage::request() const
{
    Request r;
    r.kind = m_kind->currentData().toString();
    r.year = m_year->value();
    r.date = m_date->date();
    r.number = m_number->value();
    r.newVersion = m_newVersion->isChecked();
    r.today = m_today;
    const QString kind = r.kind;
    if (kind == QLatin1String("monthly-progress")) {
        r.period = QStringLiteral("%1-%2").arg(r.year).arg(m_period->currentData().toString());
        r.groupBy = m_group->currentData().toString();
    } else if (kind == QLatin1String("task-table")) {
        r.from = m_from->date();
        r.to = m_to->date();
        r.year = r.from.year();
    } else if (kind == QLatin1String("commitment") || kind == QLatin1String("member-review")) {
        r.memberId = m_member->currentData().toLongLong();
        r.allMembers = r.memberId == 0;
    } else {
        r.signer = m_signer->currentData().toString();
    }
    return r;
}

void ReportPage::proposeNumber()
{
    // "tự động": the register's own number and date for a document issued before (a reprint),
    // else the next free number — as the document will print it (ReportBuilder::numbering),
    // read from the register and the template only: nothing is built for it.
    QString text = tr("automatic");
    if (m_db) {
        try {
            const auto n = reportdata::ReportService(*m_db).numbering(request());
            if (n.reprintOf)
                text =
                    tr("reprint: %1 of %2").arg(n.symbol, text::shortDate(n.reprintOf->issuedOn));
            else if (!n.symbol.isEmpty())
                text = tr("automatic: %1").arg(n.symbol);
        } catch (const StorageError &) {
            // no template for the year: Preview says so
        }
    }
    m_number->setSpecialValueText(text);
}

int ReportPage::renderedPages() const
{
    int n = 0;
    for (const QImage &i : m_images)
        n += i.isNull() ? 0 : 1;
    return n;
}

QString ReportPage::status() const
{
    return m_status->text();
}

QString ReportPage::numberText() const
{
    return m_number->text();
}

bool ReportPage::preview()
{
    if (!m_db)
        return false;
    const int generation = ++m_generation;
    m_thumbs->clear();
    m_images.clear();
    m_page->clear();
    reports::RenderResult result;
    try {
        m_pdf = reportdata::ReportService(*m_db).renderPdf(request(), &result);
    } catch (const StorageError &e) {
        m_pdf.clear();
        m_pages = 0;
        m_status->setText(e.message());
        for (QPushButton *b : {m_save, m_print, m_issue, m_saveWord})
            b->setEnabled(false);
        return false;
    }
    m_pages = result.pages;
    QString status = result.symbol.isEmpty()
                         ? tr("%1 pages (unnumbered document).").arg(result.pages)
                         : tr("%1 pages, number %2.").arg(result.pages).arg(result.symbol);
    for (const QString &w : result.warnings)
        status += QStringLiteral("\n") + tr("Note: %1").arg(w);
    m_status->setText(status);
    for (QPushButton *b : {m_save, m_print, m_issue, m_saveWord})
        b->setEnabled(true);
    m_issue->setEnabled(!result.symbol.isEmpty());
    m_images = QList<QImage>(m_pages);
    for (int i = 0; i < m_pages; ++i)
        m_thumbs->addItem(tr("Page %1").arg(i + 1));

    // Pages are rasterised by Poppler in a worker thread from its own copy of the bytes; the
    // images come back through the event loop. A newer preview makes older results void.
    const QByteArray bytes = m_pdf;
    QPointer<ReportPage> self(this);
    QThread *worker = QThread::create([bytes, generation, self] {
        std::unique_ptr<Poppler::Document> doc = Poppler::Document::loadFromData(bytes);
        if (!doc)
            return;
        doc->setRenderHint(Poppler::Document::Antialiasing);
        doc->setRenderHint(Poppler::Document::TextAntialiasing);
        for (int i = 0; i < doc->numPages(); ++i) {
            const std::unique_ptr<Poppler::Page> page = doc->page(i);
            const QImage image = page ? page->renderToImage(144, 144) : QImage();
            QMetaObject::invokeMethod(
                qApp,
                [self, generation, i, image] {
                    if (!self || self->m_generation != generation || i >= self->m_images.size())
                        return;
                    self->m_images[i] = image;
                    if (QListWidgetItem *item = self->m_thumbs->item(i))
                        item->setIcon(QIcon(QPixmap::fromImage(
                            image.scaled(96, 136, Qt::KeepAspectRatio, Qt::SmoothTransformation))));
                    if (i == 0)
                        self->m_thumbs->setCurrentRow(0);
                    emit self->pagesRendered(self->renderedPages());
                },
                Qt::QueuedConnection);
        }
    });
    connect(worker, &QThread::finished, worker, &QObject::deleteLater);
    worker->start();
    return true;
}

void ReportPage::showPage(int index)
{
    if (index < 0 || index >= m_images.size() || m_images[index].isNull())
        return;
    // Images are rendered at 144 dpi; 100 % shows the page at 96 dpi, the screen's nominal size.
    const double zoom = m_zoom->currentData().toDouble();
    const QImage &image = m_images[index];
    const int width = zoom > 0 ? int(image.width() * zoom * 96.0 / 144.0)
                               : qMax(200, m_scroll->viewport()->width() - 24);
    m_page->setPixmap(QPixmap::fromImage(image.scaledToWidth(width, Qt::SmoothTransformation)));
}

QString saveDocumentAs(const Prompts &prompts, const Database &db, reports::ReportRequest r,
                       bool word, reports::RenderResult *result)
{
    const QString path = prompts.saveFileName(reports::ReportBuilder::suggestedFileName(r, word));
    if (path.isEmpty() || !acceptOutputPath(prompts, path, db.path()))
        return {};
    const auto format = reports::ReportBuilder::formatFor(path);
    if (!format) {
        prompts.inform(QCoreApplication::translate(
            "sochibo::gui::ReportPage", "A document is saved as PDF (.pdf) or as a Word file "
                                        "(.docx): give the file one of these extensions."));
        return {};
    }
    r.format = *format;
    try {
        const reports::RenderResult written = reportdata::ReportService(db).renderToFile(r, path);
        if (result)
            *result = written;
    } catch (const StorageError &e) {
        prompts.inform(e.message());
        return {};
    }
    return path;
}

bool ReportPage::saveAs(bool word)
{
    if (!m_db)
        return false;
    const Request r = request();
    reports::RenderResult result;
    const QString path = saveDocumentAs(m_prompts, *m_db, r, word, &result);
    if (path.isEmpty())
        return false;
    m_status->setText(reports::ReportBuilder::formatFor(path) == reports::OutputFormat::Docx
                          ? tr("Saved the Word file “%1”.").arg(path)
                          : tr("Saved “%1” (%2 pages).").arg(path).arg(result.pages));
    m_lastSaved = path;
    m_openSaved->setEnabled(true);
    markMemberFormsPrinted(r);
    return true;
}

bool ReportPage::openSaved()
{
    if (m_lastSaved.isEmpty() || !QFile::exists(m_lastSaved))
        return false;
    if (m_prompts.openFile(m_lastSaved))
        return true;
    m_prompts.inform(tr("This computer has no program that opens “%1” (for a .docx file: Word or "
                        "LibreOffice Writer).")
                         .arg(m_lastSaved));
    return false;
}

bool ReportPage::issue()
{
    if (!m_db)
        return false;
    const Request r = request();
    try {
        const reportdata::ReportService service(*m_db);
        const reports::BuiltReport built = service.build(r);
        if (built.reprintOf) {
            m_prompts.inform(tr("This document is in the register already: number %1 of %2. A "
                                "reprint keeps that number and date; tick “Issue a new version” "
                                "to issue it again with a new number.")
                                 .arg(built.symbol, text::shortDate(built.reprintOf->issuedOn)));
            return false;
        }
        if (!m_prompts.confirm(tr("Issue document number %1 dated %2? The number will be recorded "
                                  "in the outgoing register.")
                                   .arg(built.symbol, text::shortDate(r.date))))
            return false;
        service.issue(built, r.date);
        m_status->setText(tr("Recorded in the register: %1.").arg(built.symbol));
        m_number->setValue(0);
        proposeNumber(); // the next one
    } catch (const StorageError &e) {
        m_prompts.inform(e.message());
        return false;
    }
    return true;
}

bool ReportPage::editProse()
{
    if (!m_db)
        return false;
    const Request r = request();
    QString preferred;
    if (r.kind == QLatin1String("self-review"))
        if (const auto y = ReviewRepository(*m_db).year(r.year))
            preferred = y->form;
    const reports::ReportTemplate form =
        reports::ReportTemplate::forYear(r.kind, r.year, preferred);
    const CellRepository cells(*m_db);
    const int year = reports::ReportBuilder::effectiveYear(r);
    QMap<QString, QString> before; // key -> stored text (null: the template's)
    for (const auto &[key, text] : form.proseSections())
        before.insert(key,
                      cells.prose(form.report, year, reports::ReportBuilder::proseKey(r, key)));
    ProseDialog dialog(form, before, this);
    dialog.setWindowTitle(tr("Text of %1 for %2").arg(m_kind->currentText()).arg(r.year));
    if (!m_prompts.runDialog(dialog))
        return false;
    const QMap<QString, QString> after = dialog.texts();
    if (after == before)
        return false;
    const auto apply = [this, report = form.report, year, r](const QMap<QString, QString> &m) {
        CellRepository cells(*m_db);
        for (auto it = m.constBegin(); it != m.constEnd(); ++it)
            cells.setProse(report, year, reports::ReportBuilder::proseKey(r, it.key()), it.value());
    };
    const bool done = m_commit(
        tr("Edit text of %1 for %2").arg(m_kind->currentText()).arg(r.year),
        [apply, after] { apply(after); }, [apply, before] { apply(before); });
    if (done && m_pages > 0)
        preview();
    return done;
}

bool ReportPage::editGroundsAndRecipients()
{
    if (!m_db)
        return false;
    const Request r = request();
    const int year = reports::ReportBuilder::effectiveYear(r);
    const DocumentSettingsDialog::State before = DocumentSettingsDialog::load(*m_db, year);
    DocumentSettingsDialog dialog(before, r.kind, year, this);
    if (!m_prompts.runDialog(dialog))
        return false;
    const DocumentSettingsDialog::State after = dialog.state();
    const storage::Database *db = m_db;
    const bool done = m_commit(
        tr("Edit grounds and recipients"),
        [db, year, after] { DocumentSettingsDialog::apply(*db, year, after); },
        [db, year, before] { DocumentSettingsDialog::apply(*db, year, before); });
    if (done && m_pages > 0)
        preview();
    return done;
}

void ReportPage::print()
{
    if (m_pdf.isEmpty())
        return;
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageSize(QPageSize(QPageSize::A4));
    printer.setFullPage(true); // the document has its own margins: print at actual size
    QPrintDialog dialog(&printer, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    std::unique_ptr<Poppler::Document> doc = Poppler::Document::loadFromData(m_pdf);
    if (!doc)
        return;
    QPainter painter(&printer);
    const int dpi = qMin(printer.resolution(), 600);
    for (int i = 0; i < doc->numPages(); ++i) {
        if (i > 0)
            printer.newPage();
        const QImage image = doc->page(i)->renderToImage(dpi, dpi);
        painter.drawImage(printer.paperRect(QPrinter::DevicePixel), image);
    }
    markMemberFormsPrinted(request());
}

void ReportPage::markMemberFormsPrinted(const Request &r)
{
    // The members' review tab shows which forms have gone out on paper.
    if (r.kind != QLatin1String("member-review") || !m_db || m_db->isReadOnly())
        return;
    QList<qint64> ids{r.memberId};
    if (r.allMembers)
        ids = MemberRepository(*m_db).membersOn(QDate(r.year, 12, 31));
    try {
        ReviewRepository(*m_db).markPrinted(ids, r.year, m_today);
        emit recordsChanged();
    } catch (const StorageError &) {
        // the file is saved; the mark is only a convenience
    }
}

} // namespace sochibo::gui

#include "ReviewPage.h"
#include "ui_ReviewPage.h"
#include "ui_ShortcomingDialog.h"
#include "ui_SupervisionDialog.h"

#include "Dialogs.h"
#include "FormParts.h"
#include "core/Enums.h"
#include "core/LevelRules.h"
#include "storage/CellRepository.h"
#include "storage/Database.h"
#include "storage/MeetingRepository.h"
#include "storage/MemberRepository.h"
#include "storage/ReviewRepository.h"
#include "storage/Statistics.h"
#include "storage/TaskRepository.h"
#include "text/DocumentWording.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableWidget>
#include <QVBoxLayout>

namespace sochibo::gui {

using namespace sochibo::core;
using namespace sochibo::storage;

namespace {

/// "4,5" or "4.5"; -1 for empty; nullopt when not a number.
std::optional<double> parsePoints(const QString &s)
{
    QString t = s.trimmed();
    if (t.isEmpty())
        return -1.0;
    t.replace(QLatin1Char(','), QLatin1Char('.'));
    bool ok = false;
    const double v = t.toDouble(&ok);
    if (!ok || v < 0)
        return std::nullopt;
    return v;
}

QString showPoints(double v)
{
    return v < 0 ? QString() : text::formatDecimal(v, v == int(v) ? 0 : 1);
}

} // namespace

// --- ShortcomingDialog

ShortcomingDialog::ShortcomingDialog(const Shortcoming &s, QWidget *parent)
    : QDialog(parent), m_s(s)
{
    Ui::ShortcomingDialog ui; // the form: ui/ShortcomingDialog.ui (a) … e) as in the plan)
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

// --- ReviewPage

ReviewPage::ReviewPage(Prompts prompts, Committer commit, QWidget *parent)
    : QWidget(parent), m_prompts(std::move(prompts)), m_commit(std::move(commit))
{
    Ui::ReviewPage ui; // the page's layout: ui/ReviewPage.ui (one tab per part of the review)
    ui.setupUi(this);
    styleHeading(ui.heading);
    m_year = ui.year;
    m_form = ui.form;
    m_total = ui.total;
    m_level = ui.level;
    m_levelWarnings = ui.levelWarnings;
    m_criteria = ui.criteria;
    m_shortcomings = ui.shortcomings;
    m_indicators = ui.indicators;
    m_supervisions = ui.supervisions;
    m_candidates = ui.candidates;
    m_tabs = ui.tabs;
    for (QualityRating r : {QualityRating::None, QualityRating::Excellent, QualityRating::Good,
                            QualityRating::Completed, QualityRating::NotCompleted})
        m_level->addItem(r == QualityRating::None ? tr("(not proposed)") : uiLabel(r), int(r));

    // Tab leaves the editable grids; arrows, Enter and F2 edit (set in the form).
    m_criteria->setColumnCount(4);
    m_criteria->setHorizontalHeaderLabels(
        {tr("Group"), tr("Criterion"), tr("Maximum points"), tr("Self-assessed points")});
    m_criteria->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);

    m_shortcomings->setColumnCount(4);
    m_shortcomings->setHorizontalHeaderLabels(
        {tr("Shortcomings"), tr("Timeframe"), tr("Remedy tasks"), tr("Completed")});
    m_shortcomings->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    for (int c = 1; c < 4; ++c)
        m_shortcomings->horizontalHeader()->setSectionResizeMode(c, QHeaderView::ResizeToContents);
    readOnlyList(m_shortcomings);

    m_indicators->setColumnCount(4);
    m_indicators->setHorizontalHeaderLabels(
        {tr("Target"), tr("Unit"), tr("Planned"), tr("Achieved")});
    m_indicators->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    connect(ui.addI, &QPushButton::clicked, this, [this] { addIndicator(tr("New target")); });
    connect(ui.removeI, &QPushButton::clicked, this, [this] {
        const int r = m_indicators->currentRow();
        if (!m_db || r < 0 || r >= m_indicatorRows.size())
            return;
        const Indicator i = m_indicatorRows[r];
        m_commit(
            tr("Delete target %1").arg(i.name),
            [this, i] { CellRepository(*m_db).removeIndicator(i.id); },
            [this, i] { CellRepository(*m_db).saveIndicator(i); });
    });
    connect(m_indicators, &QTableWidget::cellChanged, this, &ReviewPage::indicatorEdited);

    m_supervisions->setColumnCount(5);
    m_supervisions->setHorizontalHeaderLabels(
        {tr("Date"), tr("Form"), tr("Subject"), tr("Comment"), tr("Conclusions")});
    m_supervisions->horizontalHeader()->setSectionResizeMode(3, QHeaderView::Stretch);
    m_supervisions->horizontalHeader()->setSectionResizeMode(4, QHeaderView::Stretch);
    readOnlyList(m_supervisions);
    connect(ui.addV, &QPushButton::clicked, this, &ReviewPage::addSupervision);
    connect(ui.editV, &QPushButton::clicked, this,
            [this] { editSupervision(m_supervisions->currentRow()); });
    connect(m_supervisions, &QTableWidget::cellDoubleClicked, this,
            [this](int row) { editSupervision(row); });
    connect(ui.removeV, &QPushButton::clicked, this, [this] {
        const int r = m_supervisions->currentRow();
        if (!m_db || r < 0 || r >= m_supervisionRows.size())
            return;
        const Supervision s = m_supervisionRows[r];
        if (!m_prompts.confirm(
                tr("Delete the inspection or supervision of %1?").arg(text::shortDate(s.heldOn))))
            return;
        m_commit(
            tr("Delete inspection/supervision %1").arg(text::shortDate(s.heldOn)),
            [this, id = s.id] { MeetingRepository(*m_db).removeSupervision(id); },
            [this, s] { MeetingRepository(*m_db).saveSupervision(s); });
    });

    m_candidates->setColumnCount(4);
    m_candidates->setHorizontalHeaderLabels({tr("Full name"),
                                             tr("Attended the Party introduction class"),
                                             tr("Admission date"), tr("Note")});
    m_candidates->horizontalHeader()->setSectionResizeMode(3, QHeaderView::Stretch);
    connect(ui.addC, &QPushButton::clicked, this, [this] { addCandidate(tr("New candidate")); });
    connect(ui.removeC, &QPushButton::clicked, this, [this] {
        const int r = m_candidates->currentRow();
        if (!m_db || r < 0 || r >= m_candidateRows.size())
            return;
        const Candidate c = m_candidateRows[r];
        m_commit(
            tr("Delete candidate %1").arg(c.fullName),
            [this, id = c.id] { CellRepository(*m_db).removeCandidate(id); },
            [this, c] { CellRepository(*m_db).saveCandidate(c); });
    });
    connect(m_candidates, &QTableWidget::cellChanged, this, &ReviewPage::candidateEdited);

    connect(m_year, &QSpinBox::valueChanged, this, &ReviewPage::fill);
    connect(m_criteria, &QTableWidget::cellChanged, this, &ReviewPage::criterionEdited);
    connect(ui.add1, &QPushButton::clicked, this,
            [this] { addCriterion(1, tr("New criterion"), 5); });
    connect(ui.add2, &QPushButton::clicked, this,
            [this] { addCriterion(2, tr("New criterion"), 10); });
    connect(ui.remove, &QPushButton::clicked, this, [this] {
        const int r = m_criteria->currentRow();
        if (!m_db || r < 0 || r >= m_rows.size())
            return;
        const ReviewCriterion c = m_rows[r];
        m_commit(
            tr("Delete criterion %1").arg(c.title),
            [this, c] { ReviewRepository(*m_db).removeCriterion(c.id); },
            [this, c] { ReviewRepository(*m_db).saveCriterion(c); });
    });
    connect(m_level, &QComboBox::activated, this, [this] {
        if (!m_db)
            return;
        const ReviewRepository repo(*m_db);
        const ReviewYear before =
            repo.year(year()).value_or(ReviewYear{year(), {}, QualityRating::None, {}});
        ReviewYear after = before;
        after.proposedLevel = QualityRating(m_level->currentData().toInt());
        m_commit(
            tr("Proposed rating for %1").arg(year()),
            [this, after] { ReviewRepository(*m_db).saveYear(after); },
            [this, before] { ReviewRepository(*m_db).saveYear(before); });
    });
    connect(ui.addS, &QPushButton::clicked, this, &ReviewPage::addShortcoming);
    connect(ui.editS, &QPushButton::clicked, this,
            [this] { editShortcoming(m_shortcomings->currentRow()); });
    connect(m_shortcomings, &QTableWidget::cellDoubleClicked, this,
            [this](int row) { editShortcoming(row); });
}

int ReviewPage::year() const
{
    return m_year->value();
}

void ReviewPage::setYear(int year)
{
    m_year->setValue(year);
}

QString ReviewPage::levelWarningsText() const
{
    return m_levelWarnings->text();
}

void ReviewPage::showLevelWarnings()
{
    const SelfAssessment assessment = SelfAssessment::of(m_rows);
    const auto y = ReviewRepository(*m_db).year(year());
    const QualityRating level =
        core::proposedLevel(y ? y->proposedLevel : QualityRating::None, assessment);
    // Judged as the self-review dated today would be (Statistics as of today).
    const QStringList warnings = levelWarnings(level, Statistics(*m_db).year(year(), m_today));
    QStringList lines;
    for (const QString &w : warnings)
        lines << QStringLiteral("⚠ ") + w.toHtmlEscaped();
    m_levelWarnings->setText(lines.join(QStringLiteral("<br>")));
    m_levelWarnings->setVisible(!lines.isEmpty());
}

QString ReviewPage::totalText() const
{
    return m_total->text();
}

void ReviewPage::reload(const Database &db, const QDate &today)
{
    const bool first = m_db == nullptr;
    m_db = &db;
    m_today = today;
    if (first)
        m_year->setValue(today.year());
    fill();
}

void ReviewPage::fill()
{
    if (!m_db)
        return;
    const ReviewRepository repo(*m_db);
    const auto y = repo.year(year());
    m_form->setText(y && y->form == QLatin1String("self-review-2023") ? tr("2023 form")
                                                                      : tr("2025 form"));
    m_level->setCurrentIndex(m_level->findData(int(y ? y->proposedLevel : QualityRating::None)));
    m_rows = repo.criteria(year());
    m_filling = true;
    m_criteria->setRowCount(int(m_rows.size()));
    for (int r = 0; r < m_rows.size(); ++r) {
        const ReviewCriterion &c = m_rows[r];
        auto *group = new QTableWidgetItem(c.group ? QString::number(c.group) : c.code);
        group->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
        m_criteria->setItem(r, 0, group);
        m_criteria->setItem(r, 1, new QTableWidgetItem(c.title));
        m_criteria->setItem(r, 2, new QTableWidgetItem(showPoints(c.maxPoints)));
        m_criteria->setItem(r, 3, new QTableWidgetItem(showPoints(c.points)));
    }
    m_filling = false;
    m_criteria->resizeColumnToContents(0);
    // The total and the level are the core's (SelfAssessment, LevelRules), as in the report.
    const SelfAssessment assessment = SelfAssessment::of(m_rows);
    if (assessment.empty)
        m_total->setText(tr("No self-assessment criteria for this year yet."));
    else if (!assessment.complete)
        m_total->setText(tr("Scored so far: %1 + %2 points. The total and the level by the scale "
                            "come when every criterion has its points.")
                             .arg(showPoints(assessment.general), showPoints(assessment.results)));
    else
        m_total->setText(tr("Total: %1/%2 — by the scale: %3")
                             .arg(showPoints(assessment.total()), showPoints(assessment.max()),
                                  uiLabel(levelForScore(assessment.total()))));
    showLevelWarnings();

    m_indicatorRows = CellRepository(*m_db).indicators(year());
    m_filling = true;
    m_indicators->setRowCount(int(m_indicatorRows.size()));
    for (int r = 0; r < m_indicatorRows.size(); ++r) {
        const Indicator &i = m_indicatorRows[r];
        const QStringList cells = {i.name, i.unit, i.target, i.actual};
        for (int c = 0; c < cells.size(); ++c)
            m_indicators->setItem(r, c, new QTableWidgetItem(cells[c]));
    }
    m_filling = false;

    {
        const MeetingRepository meetings(*m_db);
        m_supervisionRows = meetings.supervisions(QDate(year(), 1, 1), QDate(year(), 12, 31));
        const QMap<qint64, QString> names = MemberRepository(*m_db).names();
        m_supervisions->setRowCount(int(m_supervisionRows.size()));
        for (int r = 0; r < m_supervisionRows.size(); ++r) {
            const Supervision &s = m_supervisionRows[r];
            QString subject = s.subjectMemberId ? names.value(s.subjectMemberId) : QString();
            if (!s.subjectArea.isEmpty())
                subject += (subject.isEmpty() ? QString() : QStringLiteral(": ")) + s.subjectArea;
            const QStringList cells = {text::shortDate(s.heldOn),
                                       s.inspection ? tr("Inspection") : tr("Supervision"), subject,
                                       s.findings, s.conclusion};
            for (int c = 0; c < cells.size(); ++c)
                m_supervisions->setItem(r, c, new QTableWidgetItem(cells[c]));
        }
        m_supervisions->resizeColumnToContents(0);
        m_supervisions->resizeColumnToContents(1);
        m_supervisions->resizeColumnToContents(2);
    }

    m_candidateRows = CellRepository(*m_db).candidates();
    m_filling = true;
    m_candidates->setRowCount(int(m_candidateRows.size()));
    for (int r = 0; r < m_candidateRows.size(); ++r) {
        const Candidate &c = m_candidateRows[r];
        const QStringList cells = {c.fullName, text::shortDate(c.classOn),
                                   text::shortDate(c.admittedOn), c.note};
        for (int col = 0; col < cells.size(); ++col)
            m_candidates->setItem(r, col, new QTableWidgetItem(cells[col]));
    }
    m_filling = false;
    m_candidates->resizeColumnToContents(0);

    m_items = repo.shortcomings(year());
    const TaskRepository tasks(*m_db);
    m_shortcomings->setRowCount(int(m_items.size()));
    for (int r = 0; r < m_items.size(); ++r) {
        const Shortcoming &s = m_items[r];
        TaskFilter filter;
        filter.shortcomingId = s.id;
        const QList<Task> remedies = tasks.list(filter);
        int done = 0;
        for (const Task &t : remedies)
            done += t.status == TaskStatus::Done ? 1 : 0;
        const QStringList cells = {s.title, s.timeframeText, QString::number(remedies.size()),
                                   QString::number(done)};
        for (int c = 0; c < cells.size(); ++c)
            m_shortcomings->setItem(r, c, new QTableWidgetItem(cells[c]));
    }
}

void ReviewPage::criterionEdited(int row, int column)
{
    if (m_filling || !m_db || row < 0 || row >= m_rows.size())
        return;
    const ReviewCriterion before = m_rows[row];
    ReviewCriterion after = before;
    const QString text = m_criteria->item(row, column)->text();
    if (column == 1) {
        after.title = text.simplified();
    } else {
        const auto v = parsePoints(text);
        if (!v) {
            m_prompts.inform(tr("“%1” is not a number of points. For example: 4,5").arg(text));
            fill();
            return;
        }
        (column == 2 ? after.maxPoints : after.points) = *v;
    }
    if (!m_commit(
            tr("Edit criterion %1").arg(after.title),
            [this, after] { ReviewRepository(*m_db).saveCriterion(after); },
            [this, before] { ReviewRepository(*m_db).saveCriterion(before); }))
        fill(); // refused: show what is stored
}

bool ReviewPage::addCriterion(int group, const QString &title, double maxPoints)
{
    if (!m_db)
        return false;
    ReviewCriterion c;
    c.year = year();
    c.group = group;
    c.title = title;
    c.maxPoints = maxPoints;
    for (const ReviewCriterion &r : m_rows)
        c.position = qMax(c.position, r.position);
    ++c.position;
    return commitInsert(
        m_commit, tr("Add criterion %1").arg(title), c,
        [this](const ReviewCriterion &row) { return ReviewRepository(*m_db).saveCriterion(row); },
        [this](qint64 id) { ReviewRepository(*m_db).removeCriterion(id); });
}

bool ReviewPage::addShortcoming()
{
    if (!m_db)
        return false;
    Shortcoming s;
    s.reviewYear = year();
    s.position = int(m_items.size()) + 1;
    ShortcomingDialog dialog(s, this);
    if (!m_prompts.runDialog(dialog))
        return false;
    const Shortcoming made = dialog.shortcoming();
    return commitInsert(
        m_commit, tr("Add shortcoming %1").arg(made.title), made,
        [this](const Shortcoming &row) { return ReviewRepository(*m_db).saveShortcoming(row); },
        [this](qint64 id) { ReviewRepository(*m_db).removeShortcoming(id); });
}

bool ReviewPage::editShortcoming(int row)
{
    if (!m_db || row < 0 || row >= m_items.size())
        return false;
    const Shortcoming before = m_items[row];
    ShortcomingDialog dialog(before, this);
    if (!m_prompts.runDialog(dialog))
        return false;
    const Shortcoming after = dialog.shortcoming();
    return m_commit(
        tr("Edit shortcoming %1").arg(after.title),
        [this, after] { ReviewRepository(*m_db).saveShortcoming(after); },
        [this, before] { ReviewRepository(*m_db).saveShortcoming(before); });
}

void ReviewPage::indicatorEdited(int row, int column)
{
    if (m_filling || !m_db || row < 0 || row >= m_indicatorRows.size())
        return;
    const Indicator before = m_indicatorRows[row];
    Indicator after = before;
    const QString text = m_indicators->item(row, column)->text().simplified();
    QString *fields[] = {&after.name, &after.unit, &after.target, &after.actual};
    *fields[column] = text;
    if (!m_commit(
            tr("Edit target %1").arg(after.name),
            [this, after] { CellRepository(*m_db).saveIndicator(after); },
            [this, before] { CellRepository(*m_db).saveIndicator(before); }))
        fill();
}

bool ReviewPage::addIndicator(const QString &name)
{
    if (!m_db)
        return false;
    Indicator i;
    i.year = year();
    i.name = name;
    return commitInsert(
        m_commit, tr("Add target %1").arg(name), i,
        [this](const Indicator &row) { return CellRepository(*m_db).saveIndicator(row); },
        [this](qint64 id) { CellRepository(*m_db).removeIndicator(id); });
}

bool ReviewPage::addSupervision()
{
    if (!m_db)
        return false;
    Supervision s;
    s.heldOn = year() == m_today.year() ? m_today : QDate(year(), 12, 1);
    s.carriedOutBy = tr("Cell committee");
    SupervisionDialog dialog(s, *m_db, this);
    if (!m_prompts.runDialog(dialog))
        return false;
    const Supervision made = dialog.supervision();
    return commitInsert(
        m_commit, tr("Add inspection/supervision %1").arg(text::shortDate(made.heldOn)), made,
        [this](const Supervision &row) { return MeetingRepository(*m_db).saveSupervision(row); },
        [this](qint64 id) { MeetingRepository(*m_db).removeSupervision(id); });
}

bool ReviewPage::editSupervision(int row)
{
    if (!m_db || row < 0 || row >= m_supervisionRows.size())
        return false;
    const Supervision before = m_supervisionRows[row];
    SupervisionDialog dialog(before, *m_db, this);
    if (!m_prompts.runDialog(dialog))
        return false;
    const Supervision after = dialog.supervision();
    return m_commit(
        tr("Edit inspection/supervision %1").arg(text::shortDate(after.heldOn)),
        [this, after] { MeetingRepository(*m_db).saveSupervision(after); },
        [this, before] { MeetingRepository(*m_db).saveSupervision(before); });
}

// --- SupervisionDialog

SupervisionDialog::SupervisionDialog(const Supervision &s, const Database &db, QWidget *parent)
    : QDialog(parent), m_s(s)
{
    Ui::SupervisionDialog ui; // the form: ui/SupervisionDialog.ui
    ui.setupUi(this);
    setUpDesignedDialog(this, ui.problems, ui.buttons);
    m_date = ui.date;
    m_kind = ui.kind;
    m_member = ui.member;
    m_area = ui.area;
    m_by = ui.by;
    m_findings = ui.findings;
    m_conclusion = ui.conclusion;
    m_problems = ui.problems;
    if (s.id)
        setWindowTitle(tr("Edit inspection or supervision"));
    m_date->setDate(s.heldOn);
    m_kind->addItem(tr("Supervision"), false);
    m_kind->addItem(tr("Inspection"), true);
    m_kind->setCurrentIndex(s.inspection ? 1 : 0);
    m_member->addItem(tr("(none: inspection of an area)"), 0LL);
    for (const Member &m : MemberRepository(db).list(true))
        m_member->addItem(m.fullName, m.id);
    m_member->setCurrentIndex(qMax(0, m_member->findData(s.subjectMemberId)));
    m_area->setText(s.subjectArea);
    m_by->setText(s.carriedOutBy);
    m_findings->setPlainText(s.findings);
    m_conclusion->setPlainText(s.conclusion);
}

Supervision SupervisionDialog::supervision() const
{
    Supervision s = m_s;
    s.heldOn = m_date->date();
    s.inspection = m_kind->currentData().toBool();
    s.subjectMemberId = m_member->currentData().toLongLong();
    s.subjectArea = m_area->text().trimmed();
    s.carriedOutBy = m_by->text().trimmed();
    s.findings = m_findings->toPlainText().trimmed();
    s.conclusion = m_conclusion->toPlainText().trimmed();
    return s;
}

QString SupervisionDialog::problems() const
{
    return problemsOf(m_problems);
}

void SupervisionDialog::accept()
{
    QStringList problems;
    bool ok = false;
    const QDate d = m_date->date(&ok);
    if (!ok || !d.isValid())
        problems << tr("Dates must be day/month/year, for example 14/05/2026.");
    const Supervision s = supervision();
    if (s.subjectMemberId == 0 && s.subjectArea.isEmpty())
        problems << tr("Choose the member supervised or write what was inspected.");
    showProblems(m_problems, problems);
    if (problems.isEmpty())
        QDialog::accept();
}

void ReviewPage::candidateEdited(int row, int column)
{
    if (m_filling || !m_db || row < 0 || row >= m_candidateRows.size())
        return;
    const Candidate before = m_candidateRows[row];
    Candidate after = before;
    const QString text = m_candidates->item(row, column)->text().simplified();
    if (column == 1 || column == 2) {
        bool ok = false;
        const QDate d = parseDate(text, &ok);
        if (!ok) {
            m_prompts.inform(
                tr("“%1” is not a date: write day/month/year, for example 12/09/2026.").arg(text));
            fill();
            return;
        }
        (column == 1 ? after.classOn : after.admittedOn) = d;
    } else {
        (column == 0 ? after.fullName : after.note) = text;
    }
    if (!m_commit(
            tr("Edit candidate %1").arg(after.fullName),
            [this, after] { CellRepository(*m_db).saveCandidate(after); },
            [this, before] { CellRepository(*m_db).saveCandidate(before); }))
        fill();
}

bool ReviewPage::addCandidate(const QString &name)
{
    if (!m_db)
        return false;
    Candidate c;
    c.fullName = name;
    return commitInsert(
        m_commit, tr("Add candidate %1").arg(name), c,
        [this](const Candidate &row) { return CellRepository(*m_db).saveCandidate(row); },
        [this](qint64 id) { CellRepository(*m_db).removeCandidate(id); });
}

qint64 ReviewPage::currentShortcomingId() const
{
    const int r = m_shortcomings->currentRow();
    return r >= 0 && r < m_items.size() ? m_items[r].id : 0;
}

bool ReviewPage::selectShortcoming(qint64 id)
{
    if (!m_db)
        return false;
    storage::Statement st =
        m_db->prepare(QStringLiteral("SELECT review_year FROM shortcoming WHERE id = ?1"));
    st.bind(1, id);
    if (!st.step())
        return false;
    setYear(int(st.integer(0)));
    for (int r = 0; r < m_items.size(); ++r)
        if (m_items[r].id == id) {
            for (int i = 0; i < m_tabs->count(); ++i)
                if (m_tabs->widget(i)->isAncestorOf(m_shortcomings))
                    m_tabs->setCurrentIndex(i);
            m_shortcomings->selectRow(r);
            return true;
        }
    return false;
}

} // namespace sochibo::gui

#include "ReviewPage.h"
#include "ui_MemberReviewDialog.h"
#include "ui_ReviewPage.h"
#include "ui_ShortcomingDialog.h"
#include "ui_SupervisionDialog.h"

#include "Dialogs.h"
#include "FormParts.h"
#include "core/Enums.h"
#include "core/LevelRules.h"
#include "reportdata/ReportService.h"
#include "reports/ReportTemplate.h"
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
#include <QHash>
#include <QHeaderView>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QSplitter>
#include <QTabWidget>
#include <QTableWidget>
#include <QTextBrowser>
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

// --- MemberReviewDialog

namespace {

void fillLevels(QComboBox *box, QualityRating current, const QString &none)
{
    box->addItem(none, int(QualityRating::None));
    for (QualityRating r : {QualityRating::Excellent, QualityRating::Good, QualityRating::Completed,
                            QualityRating::NotCompleted})
        box->addItem(uiLabel(r), int(r));
    box->setCurrentIndex(qMax(0, box->findData(int(current))));
}

QualityRating levelOf(const QComboBox *box)
{
    return QualityRating(box->currentData().toInt());
}

} // namespace

MemberReviewDialog::MemberReviewDialog(const MemberReview &review, const Member &member,
                                       const MemberYear &year, QualityRating cellLevel,
                                       QWidget *parent)
    : QDialog(parent), m_review(review), m_year(year)
{
    Ui::MemberReviewDialog ui; // the form: ui/MemberReviewDialog.ui
    ui.setupUi(this);
    setUpDesignedDialog(this, ui.problems, ui.buttons);
    setWindowTitle(tr("Review of %1, %2").arg(member.fullName).arg(review.year));
    m_category = ui.category;
    m_general = ui.general;
    m_results = ui.results;
    m_self = ui.self;
    m_committee = ui.committee;
    m_votes = ui.votes;
    m_cell = ui.cell;
    m_superior = ui.superior;
    m_notRated = ui.notRated;
    m_comment = ui.comment;
    m_problems = ui.problems;
    m_warnings = ui.warnings;
    // What the records say of the year: the form is drafted from the same facts.
    const int given = year.tasks - year.cancelled;
    ui.facts->setText(
        tr("<b>%1</b> — tasks of the year: %2, done %3 (late %4), overdue %5; meetings attended "
           "%6/%7; monthly reports %8.")
            .arg(member.fullName.toHtmlEscaped())
            .arg(given)
            .arg(year.done)
            .arg(year.late)
            .arg(year.overdue)
            .arg(year.present)
            .arg(year.present + year.excused + year.unexcused)
            .arg(year.monthlyReports));
    MemberReview automatic = review;
    automatic.category = ReviewCategory::Auto;
    m_category->addItem(tr("From the record (%1)").arg(uiLabel(categoryOf(member, automatic))),
                        int(ReviewCategory::Auto));
    for (ReviewCategory c :
         {ReviewCategory::Leader, ReviewCategory::Member, ReviewCategory::Outside})
        m_category->addItem(uiLabel(c), int(c));
    m_category->setCurrentIndex(qMax(0, m_category->findData(int(review.category))));
    m_general->setText(showPoints(review.generalPoints));
    m_results->setText(showPoints(review.resultsPoints));
    fillLevels(m_self, review.selfLevel, tr("(by the points)"));
    fillLevels(m_committee, review.committeeLevel, tr("(not yet)"));
    fillLevels(m_cell, cellLevel, tr("(not yet)"));
    fillLevels(m_superior, review.superiorLevel, tr("(not yet)"));
    if (review.votesFor >= 0 && review.votesTotal >= 0)
        m_votes->setText(QStringLiteral("%1/%2").arg(review.votesFor).arg(review.votesTotal));
    m_notRated->setText(review.notRatedReason);
    m_comment->setPlainText(review.committeeComment);
    for (QLineEdit *e : {m_general, m_results})
        connect(e, &QLineEdit::textChanged, this, &MemberReviewDialog::showWarnings);
    connect(m_self, &QComboBox::currentIndexChanged, this, &MemberReviewDialog::showWarnings);
    showWarnings();
}

MemberReview MemberReviewDialog::review() const
{
    MemberReview r = m_review;
    r.category = ReviewCategory(m_category->currentData().toInt());
    r.generalPoints = parsePoints(m_general->text()).value_or(-1);
    r.resultsPoints = parsePoints(m_results->text()).value_or(-1);
    r.selfLevel = levelOf(m_self);
    r.committeeLevel = levelOf(m_committee);
    r.superiorLevel = levelOf(m_superior);
    r.votesFor = r.votesTotal = -1;
    const QStringList votes = m_votes->text().split(QLatin1Char('/'));
    if (votes.size() == 2) {
        bool ok1 = false, ok2 = false;
        const int a = votes[0].trimmed().toInt(&ok1), b = votes[1].trimmed().toInt(&ok2);
        if (ok1 && ok2 && a >= 0 && b >= 0) {
            r.votesFor = a;
            r.votesTotal = b;
        }
    }
    r.notRatedReason = m_notRated->text().trimmed();
    r.committeeComment = m_comment->toPlainText().trimmed();
    return r;
}

QualityRating MemberReviewDialog::cellLevel() const
{
    return m_notRated->text().trimmed().isEmpty() ? levelOf(m_cell) : QualityRating::None;
}

QString MemberReviewDialog::problems() const
{
    return m_problems->text();
}

QString MemberReviewDialog::warnings() const
{
    return m_warnings->text();
}

void MemberReviewDialog::showWarnings()
{
    const QStringList w = memberLevelWarnings(proposedMemberLevel(review()), m_year);
    QStringList lines;
    for (const QString &line : w)
        lines << QStringLiteral("⚠ ") + line;
    m_warnings->setText(lines.join(QLatin1Char('\n')));
    m_warnings->setVisible(!lines.isEmpty());
}

void MemberReviewDialog::accept()
{
    QStringList problems;
    for (QLineEdit *e : {m_general, m_results})
        if (!parsePoints(e->text()))
            problems << tr("Points must be a number, for example 27 or 27,5.");
    const QString votes = m_votes->text().trimmed();
    const MemberReview r = review();
    if (!votes.isEmpty() && r.votesFor < 0)
        problems << tr("Write the votes as “for/members voting”, for example 16/17.");
    problems << r.validate();
    problems.removeDuplicates();
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
    m_useDefaults = ui.useDefaults;
    connect(m_useDefaults, &QPushButton::clicked, this, &ReviewPage::useDefaultCriteria);
    m_memberReviews = ui.memberReviews;
    m_ratingsNote = ui.ratingsNote;
    m_memberDraft = ui.memberDraft;
    ui.membersSplit->setStretchFactor(0, 3);
    ui.membersSplit->setStretchFactor(1, 2);
    connect(m_memberReviews, &QTableWidget::itemSelectionChanged, this,
            &ReviewPage::showMemberDraft);
    m_memberReviews->setColumnCount(8);
    m_memberReviews->setHorizontalHeaderLabels({tr("Member"), tr("Form"), tr("Points"),
                                                tr("Proposes"), tr("Committee"), tr("Votes"),
                                                tr("Cell's level"), tr("Status")});
    m_memberReviews->horizontalHeader()->setSectionResizeMode(7, QHeaderView::Stretch);
    connect(ui.editR, &QPushButton::clicked, this,
            [this] { editMemberReview(m_memberReviews->currentRow()); });
    connect(m_memberReviews, &QTableWidget::cellDoubleClicked, this,
            [this](int row) { editMemberReview(row); });
    const auto currentMember = [this]() -> qint64 {
        const int row = m_memberReviews->currentRow();
        return row >= 0 && row < m_reviewMembers.size() ? m_reviewMembers[row].id : 0;
    };
    connect(ui.printR, &QPushButton::clicked, this, [this, currentMember] {
        if (const qint64 id = currentMember())
            emit printRequested(QStringLiteral("member-review"), year(), id);
    });
    connect(ui.printAllR, &QPushButton::clicked, this,
            [this] { emit printRequested(QStringLiteral("member-review"), year(), 0); });
    connect(ui.printSummaryR, &QPushButton::clicked, this,
            [this] { emit printRequested(QStringLiteral("ratings-summary"), year(), 0); });
    connect(ui.exportR, &QPushButton::clicked, this, &ReviewPage::exportRequested);
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

void ReviewPage::showMembersTab()
{
    for (int i = 0; i < m_tabs->count(); ++i)
        if (m_tabs->widget(i)->isAncestorOf(m_memberReviews))
            m_tabs->setCurrentIndex(i);
}

bool ReviewPage::useDefaultCriteria()
{
    if (!m_db || !ReviewRepository(*m_db).criteria(year()).isEmpty())
        return false;
    const int y = year();
    return m_commit(
        tr("Use the 2025 form's criteria for %1").arg(y),
        [this, y] { ReviewRepository(*m_db).addDefaultCriteria(y); },
        [this, y] {
            ReviewRepository repo(*m_db);
            for (const ReviewCriterion &c : repo.criteria(y))
                repo.removeCriterion(c.id);
        });
}

QString ReviewPage::ratingsNoteText() const
{
    return m_ratingsNote->text();
}

void ReviewPage::fillMemberReviews()
{
    const int y = year();
    MemberRepository members(*m_db);
    const QList<qint64> inCell = members.membersOn(QDate(y, 12, 31));
    QHash<qint64, MemberReview> reviews;
    for (const MemberReview &r : ReviewRepository(*m_db).memberReviews(y))
        reviews.insert(r.memberId, r);
    m_reviewMembers.clear();
    for (const Member &m : members.list(true))
        if (inCell.contains(m.id))
            m_reviewMembers << m;
    // The printed form number of each category is the template's (Mẫu 2A/2B/2C).
    QMap<QString, QString> forms;
    try {
        forms = reports::ReportTemplate::forYear(QStringLiteral("member-review"), y).forms;
    } catch (const StorageError &) {
    }
    const int current = m_memberReviews->currentRow();
    m_memberReviews->setRowCount(int(m_reviewMembers.size()));
    QList<QualityRating> levels;
    int notRated = 0;
    for (int row = 0; row < m_reviewMembers.size(); ++row) {
        const Member &m = m_reviewMembers[row];
        MemberReview r = reviews.value(m.id);
        r.memberId = m.id;
        const QualityRating decided = members.rating(m.id, y);
        const auto abbr = [](QualityRating l) {
            return l == QualityRating::None ? QString() : abbreviation(l);
        };
        QString status;
        if (!r.notRatedReason.isEmpty()) {
            status = tr("not rated: %1").arg(r.notRatedReason);
            ++notRated;
        } else if (decided != QualityRating::None) {
            status = tr("rated");
            levels << decided;
        } else if (r.printedOn.isValid()) {
            status = tr("printed %1").arg(text::shortDate(r.printedOn));
        } else {
            status = tr("draft");
        }
        const ReviewCategory category = categoryOf(m, r);
        const QStringList cells = {
            m.fullName,
            // "2B" of "Mẫu 2B-HD KĐ.ĐG": the full number and the category are the tooltip
            forms.contains(code(category)) ? forms.value(code(category))
                                                 .section(QLatin1Char('-'), 0, 0)
                                                 .section(QLatin1Char(' '), -1)
                                           : uiLabel(category),
            r.total() >= 0 ? showPoints(r.total()) : QString(), abbr(proposedMemberLevel(r)),
            abbr(r.committeeLevel),
            r.votesFor >= 0 ? QStringLiteral("%1/%2").arg(r.votesFor).arg(r.votesTotal) : QString(),
            abbr(decided), status};
        for (int c = 0; c < cells.size(); ++c)
            m_memberReviews->setItem(row, c, new QTableWidgetItem(cells[c]));
        m_memberReviews->item(row, 1)->setToolTip(
            QStringLiteral("%1 — %2").arg(forms.value(code(category)), uiLabel(category)));
        m_memberReviews->item(row, 7)->setToolTip(status);
    }
    for (int c = 0; c + 1 < m_memberReviews->columnCount(); ++c)
        m_memberReviews->resizeColumnToContents(c);
    if (m_memberReviews->rowCount() > 0)
        m_memberReviews->selectRow(current >= 0 && current < m_memberReviews->rowCount() ? current
                                                                                         : 0);
    const RatingsSummary summary = summarise(levels, notRated);
    QStringList note{tr("Rated: %1 of %2 members; excellent %3, good %4, completed %5, not "
                        "completed %6; not rated %7.")
                         .arg(summary.rated)
                         .arg(m_reviewMembers.size())
                         .arg(summary.perLevel.value(QualityRating::Excellent))
                         .arg(summary.perLevel.value(QualityRating::Good))
                         .arg(summary.perLevel.value(QualityRating::Completed))
                         .arg(summary.perLevel.value(QualityRating::NotCompleted))
                         .arg(notRated)};
    for (const QString &w : summary.warnings())
        note << QStringLiteral("⚠ ") + w;
    m_ratingsNote->setText(note.join(QLatin1Char('\n')));
}

QString ReviewPage::memberDraftText() const
{
    return m_memberDraft->toPlainText();
}

void ReviewPage::showMemberDraft()
{
    const int row = m_memberReviews->currentRow();
    if (!m_db || row < 0 || row >= m_reviewMembers.size()) {
        m_memberDraft->clear();
        return;
    }
    reports::ReportRequest req;
    req.kind = QStringLiteral("member-review");
    req.year = year();
    req.memberId = m_reviewMembers[row].id;
    req.date = m_today;
    try {
        const reports::BuiltReport built = reportdata::ReportService(*m_db).build(req);
        QString html = documentHtml(built.document);
        for (const QString &w : built.warnings)
            html.prepend(QStringLiteral("<p style='color:#a33'>⚠ %1</p>").arg(w.toHtmlEscaped()));
        m_memberDraft->setHtml(html);
    } catch (const StorageError &e) {
        m_memberDraft->setPlainText(e.message());
    }
}

bool ReviewPage::editMemberReview(int row)
{
    if (!m_db || row < 0 || row >= m_reviewMembers.size())
        return false;
    const Member member = m_reviewMembers[row];
    const int y = year();
    const MemberReview before = ReviewRepository(*m_db).memberReview(member.id, y);
    const QualityRating levelBefore = MemberRepository(*m_db).rating(member.id, y);
    const MemberYear facts = Statistics(*m_db).memberYear(member.id, y, m_today);
    MemberReviewDialog dialog(before, member, facts, levelBefore, this);
    if (!m_prompts.runDialog(dialog))
        return false;
    const MemberReview after = dialog.review();
    const QualityRating levelAfter = dialog.cellLevel();
    return m_commit(
        tr("Review of %1").arg(member.fullName),
        [this, after, levelAfter] {
            ReviewRepository(*m_db).saveMemberReview(after);
            MemberRepository(*m_db).setRating(after.memberId, after.year, levelAfter);
        },
        [this, before, levelBefore] {
            ReviewRepository(*m_db).saveMemberReview(before);
            MemberRepository(*m_db).setRating(before.memberId, before.year, levelBefore);
        });
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
    m_useDefaults->setVisible(m_rows.isEmpty());
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
    fillMemberReviews();

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
    const auto shortcoming = ReviewRepository(*m_db).shortcoming(id);
    if (!shortcoming)
        return false;
    setYear(shortcoming->reviewYear);
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

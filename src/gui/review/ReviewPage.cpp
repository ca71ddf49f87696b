#include "ReviewPage.h"

#include "core/Enums.h"
#include "core/LevelRules.h"
#include "core/MemberReview.h"
#include "core/Task.h"
#include "gui/common/BookSession.h"
#include "gui/common/ComboChoices.h"
#include "gui/common/Committer.h"
#include "gui/common/FormParts.h"
#include "gui/common/Prompts.h"
#include "gui/review/CandidateTableModel.h"
#include "gui/review/CriterionTableModel.h"
#include "gui/review/IndicatorTableModel.h"
#include "gui/review/MemberReviewDialog.h"
#include "gui/review/MemberReviewTableModel.h"
#include "gui/review/Points.h"
#include "gui/review/ShortcomingDialog.h"
#include "gui/review/ShortcomingTableModel.h"
#include "gui/review/SupervisionDialog.h"
#include "gui/review/SupervisionTableModel.h"
#include "reportdata/ReportService.h"
#include "reportdata/TableExport.h"
#include "reports/ReportBuilder.h"
#include "reports/ReportTemplate.h"
#include "storage/CellRepository.h"
#include "storage/Database.h"
#include "storage/MeetingRepository.h"
#include "storage/MemberRepository.h"
#include "storage/ReviewRepository.h"
#include "storage/Statistics.h"
#include "storage/StorageError.h"
#include "storage/TaskRepository.h"
#include "text/DocumentWording.h"
#include "ui_ReviewPage.h"

#include <QComboBox>
#include <QHash>
#include <QHeaderView>
#include <QMap>
#include <QPushButton>
#include <QSpinBox>
#include <QStringList>
#include <QTableView>

namespace sochibo::gui {

using namespace sochibo::core;
using namespace sochibo::storage;

ReviewPage::ReviewPage(Prompts prompts, Committer commit, QWidget *parent)
    : QWidget(parent), m_prompts(std::move(prompts)), m_commit(std::move(commit))
{
    Ui::ReviewPage
        ui; // the page's layout: ui/review/ReviewPage.ui (one tab per part of the review)
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

    // Tab leaves the editable grids; arrows, Enter and F2 edit (set in the form). What is
    // typed is saved with undo, and a value that cannot be kept is explained.
    const auto typedInto = [this](QTableView *view, EditableTableModel *model, int widest) {
        view->setModel(model);
        connect(model, &EditableTableModel::refused, this,
                [this](const QString &message) { m_prompts.inform(message); });
        view->horizontalHeader()->setSectionResizeMode(widest, QHeaderView::Stretch);
    };
    m_criteriaModel = new CriterionTableModel(
        [this](const ReviewCriterion &before, const ReviewCriterion &after) {
            return commitEdit(
                m_commit, tr("Edit criterion %1").arg(after.title), before, after,
                [this](const auto &row) { ReviewRepository(*m_session->db()).saveCriterion(row); });
        },
        this);
    typedInto(m_criteria, m_criteriaModel, CriterionTableModel::Title);

    m_shortcomingsModel = new ShortcomingTableModel(this);
    m_shortcomings->setModel(m_shortcomingsModel);
    m_shortcomings->horizontalHeader()->setSectionResizeMode(ShortcomingTableModel::Title,
                                                             QHeaderView::Stretch);
    for (int c : {ShortcomingTableModel::Timeframe, ShortcomingTableModel::Remedies,
                  ShortcomingTableModel::Completed})
        m_shortcomings->horizontalHeader()->setSectionResizeMode(c, QHeaderView::ResizeToContents);
    readOnlyList(m_shortcomings);

    m_indicatorsModel = new IndicatorTableModel(
        [this](const Indicator &before, const Indicator &after) {
            return commitEdit(
                m_commit, tr("Edit target %1").arg(after.name), before, after,
                [this](const auto &row) { CellRepository(*m_session->db()).saveIndicator(row); });
        },
        this);
    typedInto(m_indicators, m_indicatorsModel, IndicatorTableModel::Name);
    connect(ui.addI, &QPushButton::clicked, this, [this] { addIndicator(tr("New target")); });
    connect(ui.removeI, &QPushButton::clicked, this, [this] {
        const int r = m_indicators->currentIndex().row();
        if (!m_session->db() || r < 0 || r >= m_indicatorsModel->rowCount())
            return;
        const Indicator i = m_indicatorsModel->records().at(r);
        m_commit(
            tr("Delete target %1").arg(i.name),
            [this, i] { CellRepository(*m_session->db()).removeIndicator(i.id); },
            [this, i] { CellRepository(*m_session->db()).saveIndicator(i); });
    });

    m_supervisionsModel = new SupervisionTableModel(this);
    m_supervisions->setModel(m_supervisionsModel);
    for (int c :
         {SupervisionTableModel::Date, SupervisionTableModel::Form, SupervisionTableModel::Subject})
        m_supervisions->horizontalHeader()->setSectionResizeMode(c, QHeaderView::ResizeToContents);
    for (int c : {SupervisionTableModel::Findings, SupervisionTableModel::Conclusions})
        m_supervisions->horizontalHeader()->setSectionResizeMode(c, QHeaderView::Stretch);
    readOnlyList(m_supervisions);
    connect(ui.addV, &QPushButton::clicked, this, &ReviewPage::addSupervision);
    connect(ui.editV, &QPushButton::clicked, this,
            [this] { editSupervision(m_supervisions->currentIndex().row()); });
    connect(m_supervisions, &QAbstractItemView::activated, this,
            [this](const QModelIndex &index) { editSupervision(index.row()); });
    connect(ui.removeV, &QPushButton::clicked, this, [this] {
        const int r = m_supervisions->currentIndex().row();
        if (!m_session->db() || r < 0 || r >= m_supervisionRows.size())
            return;
        const Supervision s = m_supervisionRows[r];
        if (!m_prompts.confirm(
                tr("Delete the inspection or supervision of %1?").arg(text::shortDate(s.heldOn))))
            return;
        m_commit(
            tr("Delete inspection/supervision %1").arg(text::shortDate(s.heldOn)),
            [this, id = s.id] { MeetingRepository(*m_session->db()).removeSupervision(id); },
            [this, s] { MeetingRepository(*m_session->db()).saveSupervision(s); });
    });

    m_candidatesModel = new CandidateTableModel(
        [this](const Candidate &before, const Candidate &after) {
            return commitEdit(
                m_commit, tr("Edit candidate %1").arg(after.fullName), before, after,
                [this](const auto &row) { CellRepository(*m_session->db()).saveCandidate(row); });
        },
        this);
    typedInto(m_candidates, m_candidatesModel, CandidateTableModel::Note);
    connect(ui.addC, &QPushButton::clicked, this, [this] { addCandidate(tr("New candidate")); });
    connect(ui.removeC, &QPushButton::clicked, this, [this] {
        const int r = m_candidates->currentIndex().row();
        if (!m_session->db() || r < 0 || r >= m_candidatesModel->rowCount())
            return;
        const Candidate c = m_candidatesModel->records().at(r);
        m_commit(
            tr("Delete candidate %1").arg(c.fullName),
            [this, id = c.id] { CellRepository(*m_session->db()).removeCandidate(id); },
            [this, c] { CellRepository(*m_session->db()).saveCandidate(c); });
    });

    connect(m_year, &QSpinBox::valueChanged, this, &ReviewPage::fill);
    connect(ui.add1, &QPushButton::clicked, this,
            [this] { addCriterion(1, tr("New criterion"), 5); });
    connect(ui.add2, &QPushButton::clicked, this,
            [this] { addCriterion(2, tr("New criterion"), 10); });
    connect(ui.remove, &QPushButton::clicked, this, [this] {
        const int r = m_criteria->currentIndex().row();
        if (!m_session->db() || r < 0 || r >= m_criteriaModel->rowCount())
            return;
        const ReviewCriterion c = m_criteriaModel->records().at(r);
        m_commit(
            tr("Delete criterion %1").arg(c.title),
            [this, c] { ReviewRepository(*m_session->db()).removeCriterion(c.id); },
            [this, c] { ReviewRepository(*m_session->db()).saveCriterion(c); });
    });
    connect(m_level, &QComboBox::activated, this, [this] {
        if (!m_session->db())
            return;
        const ReviewRepository repo(*m_session->db());
        const ReviewYear before =
            repo.year(year()).value_or(ReviewYear{year(), {}, QualityRating::None, {}});
        ReviewYear after = before;
        after.proposedLevel = QualityRating(m_level->currentData().toInt());
        commitEdit(m_commit, tr("Proposed rating for %1").arg(year()), before, after,
                   [this](const auto &row) { ReviewRepository(*m_session->db()).saveYear(row); });
    });
    m_useDefaults = ui.useDefaults;
    connect(m_useDefaults, &QPushButton::clicked, this, &ReviewPage::useDefaultCriteria);
    m_memberReviews = ui.memberReviews;
    m_ratingsNote = ui.ratingsNote;
    m_memberDraft = ui.memberDraft;
    ui.membersSplit->setStretchFactor(0, 3);
    ui.membersSplit->setStretchFactor(1, 2);
    m_memberReviewsModel = new MemberReviewTableModel(this);
    m_memberReviews->setModel(m_memberReviewsModel);
    connect(m_memberReviews->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &ReviewPage::showMemberDraft);
    m_memberReviews->horizontalHeader()->setSectionResizeMode(MemberReviewTableModel::Status,
                                                              QHeaderView::Stretch);
    connect(ui.editR, &QPushButton::clicked, this,
            [this] { editMemberReview(m_memberReviews->currentIndex().row()); });
    connect(m_memberReviews, &QAbstractItemView::activated, this,
            [this](const QModelIndex &index) { editMemberReview(index.row()); });
    const auto currentMember = [this]() -> qint64 {
        const int row = m_memberReviews->currentIndex().row();
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
            [this] { editShortcoming(m_shortcomings->currentIndex().row()); });
    connect(m_shortcomings, &QAbstractItemView::activated, this,
            [this](const QModelIndex &index) { editShortcoming(index.row()); });
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
    const SelfAssessment assessment = SelfAssessment::of(m_criteriaModel->records());
    const auto y = ReviewRepository(*m_session->db()).year(year());
    const QualityRating level =
        core::proposedLevel(y ? y->proposedLevel : QualityRating::None, assessment);
    // Judged as the self-review dated today would be (Statistics as of today).
    const QStringList warnings =
        levelWarnings(level, Statistics(*m_session->db()).year(year(), m_session->today()));
    QStringList lines;
    for (const QString &w : warnings)
        lines << QStringLiteral("⚠ ") + w.toHtmlEscaped();
    m_levelWarnings->setText(lines.join(QStringLiteral("<br>")));
    m_levelWarnings->setVisible(!lines.isEmpty());
}

void ReviewPage::showMembersTab()
{
    showTabOf(m_memberReviews);
}

void ReviewPage::showTabOf(const QWidget *view)
{
    for (int i = 0; i < m_tabs->count(); ++i)
        if (m_tabs->widget(i)->isAncestorOf(view))
            m_tabs->setCurrentIndex(i);
}

bool ReviewPage::useDefaultCriteria()
{
    if (!m_session->db() || !ReviewRepository(*m_session->db()).criteria(year()).isEmpty())
        return false;
    const int y = year();
    return m_commit(
        tr("Use the 2025 form's criteria for %1").arg(y),
        [this, y] { ReviewRepository(*m_session->db()).addDefaultCriteria(y); },
        [this, y] {
            ReviewRepository repo(*m_session->db());
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
    MemberRepository members(*m_session->db());
    const QList<qint64> inCell = members.membersOn(QDate(y, 12, 31));
    QHash<qint64, MemberReview> reviews;
    for (const MemberReview &r : ReviewRepository(*m_session->db()).memberReviews(y))
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
    const int current = m_memberReviews->currentIndex().row();
    QList<MemberReviewLine> lines;
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
        const QString form = forms.value(code(category));
        lines << MemberReviewLine{
            m.id, m.fullName,
            // "2B" of "Mẫu 2B-HD KĐ.ĐG": the full number and the category are the tooltip
            form.isEmpty() ? uiLabel(category)
                           : form.section(QLatin1Char('-'), 0, 0).section(QLatin1Char(' '), -1),
            QStringLiteral("%1 — %2").arg(form, uiLabel(category)),
            r.total() >= 0 ? showPoints(r.total()) : QString(), abbr(proposedMemberLevel(r)),
            abbr(r.committeeLevel),
            r.votesFor >= 0 ? QStringLiteral("%1/%2").arg(r.votesFor).arg(r.votesTotal) : QString(),
            abbr(decided), status};
    }
    m_memberReviewsModel->setReviews(lines);
    for (int c = 0; c < MemberReviewTableModel::Status; ++c)
        m_memberReviews->resizeColumnToContents(c);
    if (!lines.isEmpty())
        m_memberReviews->selectRow(current >= 0 && current < lines.size() ? current : 0);
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
    const int row = m_memberReviews->currentIndex().row();
    if (!m_session->db() || row < 0 || row >= m_reviewMembers.size()) {
        m_memberDraft->clear();
        return;
    }
    reports::ReportRequest req;
    req.kind = QStringLiteral("member-review");
    req.year = year();
    req.memberId = m_reviewMembers[row].id;
    req.date = m_session->today();
    try {
        const reports::BuiltReport built = reportdata::ReportService(*m_session->db()).build(req);
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
    if (!m_session->db() || row < 0 || row >= m_reviewMembers.size())
        return false;
    const Member member = m_reviewMembers[row];
    const int y = year();
    const MemberReview before = ReviewRepository(*m_session->db()).memberReview(member.id, y);
    const QualityRating levelBefore = MemberRepository(*m_session->db()).rating(member.id, y);
    const MemberYear facts =
        Statistics(*m_session->db()).memberYear(member.id, y, m_session->today());
    MemberReviewDialog dialog(before, member, facts, levelBefore, this);
    if (!m_prompts.runDialog(dialog))
        return false;
    const MemberReview after = dialog.review();
    const QualityRating levelAfter = dialog.cellLevel();
    return m_commit(
        tr("Review of %1").arg(member.fullName),
        [this, after, levelAfter] {
            ReviewRepository(*m_session->db()).saveMemberReview(after);
            MemberRepository(*m_session->db()).setRating(after.memberId, after.year, levelAfter);
        },
        [this, before, levelBefore] {
            ReviewRepository(*m_session->db()).saveMemberReview(before);
            MemberRepository(*m_session->db()).setRating(before.memberId, before.year, levelBefore);
        });
}

QString ReviewPage::totalText() const
{
    return m_total->text();
}

void ReviewPage::reload()
{
    startOnThisYear(m_year);
    fill();
}

void ReviewPage::fill()
{
    if (!m_session->db())
        return;
    const ReviewRepository repo(*m_session->db());
    const auto y = repo.year(year());
    m_form->setText(y && y->form == QLatin1String("self-review-2023") ? tr("2023 form")
                                                                      : tr("2025 form"));
    m_level->setCurrentIndex(m_level->findData(int(y ? y->proposedLevel : QualityRating::None)));
    const QList<ReviewCriterion> criteria = repo.criteria(year());
    m_criteriaModel->setRecords(criteria);
    for (int c :
         {CriterionTableModel::Group, CriterionTableModel::MaxPoints, CriterionTableModel::Points})
        m_criteria->resizeColumnToContents(c);
    // The total and the level are the core's (SelfAssessment, LevelRules), as in the report.
    const SelfAssessment assessment = SelfAssessment::of(criteria);
    m_useDefaults->setVisible(criteria.isEmpty());
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

    m_indicatorsModel->setRecords(CellRepository(*m_session->db()).indicators(year()));

    {
        const MeetingRepository meetings(*m_session->db());
        m_supervisionRows = meetings.supervisions(QDate(year(), 1, 1), QDate(year(), 12, 31));
        const QMap<qint64, QString> names = MemberRepository(*m_session->db()).names();
        m_supervisionsModel->setSupervisions(m_supervisionRows, names);
    }

    m_candidatesModel->setRecords(CellRepository(*m_session->db()).candidates());
    m_candidates->resizeColumnToContents(CandidateTableModel::FullName);

    m_items = repo.shortcomings(year());
    const TaskRepository tasks(*m_session->db());
    QList<ShortcomingLine> lines;
    for (const Shortcoming &s : std::as_const(m_items)) {
        TaskFilter filter;
        filter.shortcomingId = s.id;
        const QList<Task> remedies = tasks.list(filter);
        int done = 0;
        for (const Task &t : remedies)
            done += t.status == TaskStatus::Done ? 1 : 0;
        lines << ShortcomingLine{s, int(remedies.size()), done};
    }
    m_shortcomingsModel->setShortcomings(lines);
}

bool ReviewPage::addCriterion(int group, const QString &title, double maxPoints)
{
    if (!m_session->db())
        return false;
    ReviewCriterion c;
    c.year = year();
    c.group = group;
    c.title = title;
    c.maxPoints = maxPoints;
    for (const ReviewCriterion &r : m_criteriaModel->records())
        c.position = qMax(c.position, r.position);
    ++c.position;
    return commitInsert(
        m_commit, tr("Add criterion %1").arg(title), c,
        [this](const ReviewCriterion &row) {
            return ReviewRepository(*m_session->db()).saveCriterion(row);
        },
        [this](qint64 id) { ReviewRepository(*m_session->db()).removeCriterion(id); });
}

bool ReviewPage::addShortcoming()
{
    if (!m_session->db())
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
        [this](const Shortcoming &row) {
            return ReviewRepository(*m_session->db()).saveShortcoming(row);
        },
        [this](qint64 id) { ReviewRepository(*m_session->db()).removeShortcoming(id); });
}

bool ReviewPage::editShortcoming(int row)
{
    if (!m_session->db() || row < 0 || row >= m_items.size())
        return false;
    const Shortcoming before = m_items[row];
    ShortcomingDialog dialog(before, this);
    if (!m_prompts.runDialog(dialog))
        return false;
    const Shortcoming after = dialog.shortcoming();
    return commitEdit(
        m_commit, tr("Edit shortcoming %1").arg(after.title), before, after,
        [this](const auto &row) { ReviewRepository(*m_session->db()).saveShortcoming(row); });
}

bool ReviewPage::addIndicator(const QString &name)
{
    if (!m_session->db())
        return false;
    Indicator i;
    i.year = year();
    i.name = name;
    return commitInsert(
        m_commit, tr("Add target %1").arg(name), i,
        [this](const Indicator &row) {
            return CellRepository(*m_session->db()).saveIndicator(row);
        },
        [this](qint64 id) { CellRepository(*m_session->db()).removeIndicator(id); });
}

bool ReviewPage::addSupervision()
{
    if (!m_session->db())
        return false;
    Supervision s;
    s.heldOn = year() == m_session->today().year() ? m_session->today() : QDate(year(), 12, 1);
    s.carriedOutBy = tr("Cell committee");
    SupervisionDialog dialog(s, *m_session->db(), this);
    if (!m_prompts.runDialog(dialog))
        return false;
    const Supervision made = dialog.supervision();
    return commitInsert(
        m_commit, tr("Add inspection/supervision %1").arg(text::shortDate(made.heldOn)), made,
        [this](const Supervision &row) {
            return MeetingRepository(*m_session->db()).saveSupervision(row);
        },
        [this](qint64 id) { MeetingRepository(*m_session->db()).removeSupervision(id); });
}

bool ReviewPage::editSupervision(int row)
{
    if (!m_session->db() || row < 0 || row >= m_supervisionRows.size())
        return false;
    const Supervision before = m_supervisionRows[row];
    SupervisionDialog dialog(before, *m_session->db(), this);
    if (!m_prompts.runDialog(dialog))
        return false;
    const Supervision after = dialog.supervision();
    return commitEdit(
        m_commit, tr("Edit inspection/supervision %1").arg(text::shortDate(after.heldOn)), before,
        after,
        [this](const auto &row) { MeetingRepository(*m_session->db()).saveSupervision(row); });
}

bool ReviewPage::addCandidate(const QString &name)
{
    if (!m_session->db())
        return false;
    Candidate c;
    c.fullName = name;
    return commitInsert(
        m_commit, tr("Add candidate %1").arg(name), c,
        [this](const Candidate &row) {
            return CellRepository(*m_session->db()).saveCandidate(row);
        },
        [this](qint64 id) { CellRepository(*m_session->db()).removeCandidate(id); });
}

qint64 ReviewPage::currentShortcomingId() const
{
    const int r = m_shortcomings->currentIndex().row();
    return r >= 0 && r < m_items.size() ? m_items[r].id : 0;
}

bool ReviewPage::selectShortcoming(qint64 id)
{
    if (!m_session->db())
        return false;
    const auto shortcoming = ReviewRepository(*m_session->db()).shortcoming(id);
    if (!shortcoming)
        return false;
    setYear(shortcoming->reviewYear);
    for (int r = 0; r < m_items.size(); ++r)
        if (m_items[r].id == id) {
            showTabOf(m_shortcomings);
            m_shortcomings->selectRow(r);
            return true;
        }
    return false;
}

void ReviewPage::clear()
{
    m_criteriaModel->setRecords({});
    m_indicatorsModel->setRecords({});
    m_candidatesModel->setRecords({});
    m_items.clear();
    m_supervisionRows.clear();
    m_shortcomingsModel->setRows({});
    m_supervisionsModel->setRows({});
}

bool ReviewPage::selectRecord(const QString &kind, qint64 id)
{
    return kind == QLatin1String("shortcoming") && selectShortcoming(id);
}

EvidenceTarget ReviewPage::evidenceTarget() const
{
    EvidenceTarget t;
    t.shortcomingId = currentShortcomingId();
    return t;
}

TableExport ReviewPage::exportTable() const
{
    return {reportdata::tables::ratings(*m_session->db(), year()),
            QStringLiteral("xep-loai-%1").arg(year())};
}

} // namespace sochibo::gui

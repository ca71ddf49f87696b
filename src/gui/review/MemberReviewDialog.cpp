#include "MemberReviewDialog.h"

#include "core/Enums.h"
#include "gui/common/FormParts.h"
#include "gui/review/Points.h"
#include "storage/CellRepository.h"
#include "storage/ReviewRepository.h"
#include "storage/Statistics.h"
#include "ui_MemberReviewDialog.h"

#include <QComboBox>
#include <QLineEdit>
#include <QStringList>
#include <QWidget>

namespace sochibo::gui {

using namespace sochibo::core;
using namespace sochibo::storage;

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
    Ui::MemberReviewDialog ui; // the form: ui/review/MemberReviewDialog.ui
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

} // namespace sochibo::gui

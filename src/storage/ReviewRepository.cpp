#include "ReviewRepository.h"

#include "Transaction.h"
#include "core/LevelRules.h"

namespace sochibo::storage {

using namespace sochibo::core;

std::optional<ReviewYear> ReviewRepository::year(int y) const
{
    Statement st = m_db.prepare(QStringLiteral(
        "SELECT year, form, proposed_level, notes FROM review_year WHERE year = ?1"));
    st.bind(1, y);
    if (!st.step())
        return std::nullopt;
    return ReviewYear{int(st.integer(0)), st.text(1), fromQualityRatingCode(st.text(2)),
                      st.text(3)};
}

QList<int> ReviewRepository::years() const
{
    Statement st = m_db.prepare(QStringLiteral("SELECT year FROM review_year ORDER BY year DESC"));
    QList<int> out;
    while (st.step())
        out << int(st.integer(0));
    return out;
}

void ReviewRepository::saveYear(const ReviewYear &y)
{
    Statement st = m_db.prepare(QStringLiteral(
        "INSERT INTO review_year(year, form, proposed_level, notes) VALUES(?1,?2,?3,?4) "
        "ON CONFLICT(year) DO UPDATE SET form=excluded.form, "
        "proposed_level=excluded.proposed_level, "
        "notes=excluded.notes"));
    st.bind(1, y.year)
        .bind(2, y.form.isEmpty() ? QStringLiteral("self-review-2025") : y.form)
        .bind(4, y.notes);
    if (y.proposedLevel == QualityRating::None)
        st.bindNull(3);
    else
        st.bind(3, code(y.proposedLevel));
    st.exec();
}

namespace {
const char *const kShortcomingColumns =
    "id, review_year, position, title, description, causes, remedies, products, timeframe_text, "
    "start_on, end_on, responsibility_text";

Shortcoming readShortcoming(const Statement &st)
{
    Shortcoming s;
    s.id = st.integer(0);
    s.reviewYear = int(st.integer(1));
    s.position = int(st.integer(2));
    s.title = st.text(3);
    s.description = st.text(4);
    s.causes = st.text(5);
    s.remedies = st.text(6);
    s.products = st.text(7);
    s.timeframeText = st.text(8);
    s.startOn = st.date(9);
    s.endOn = st.date(10);
    s.responsibilityText = st.text(11);
    return s;
}
} // namespace

QList<Shortcoming> ReviewRepository::shortcomings(int reviewYear) const
{
    Statement st = m_db.prepare(QStringLiteral("SELECT %1 FROM shortcoming WHERE review_year = ?1 "
                                               "ORDER BY position, id")
                                    .arg(QLatin1String(kShortcomingColumns)));
    st.bind(1, reviewYear);
    QList<Shortcoming> out;
    while (st.step())
        out << readShortcoming(st);
    Statement m = m_db.prepare(
        QStringLiteral("SELECT member_id FROM shortcoming_member WHERE shortcoming_id = ?1"));
    for (Shortcoming &s : out) {
        m.reset();
        m.bind(1, s.id);
        while (m.step())
            s.responsibleMemberIds << m.integer(0);
    }
    return out;
}

std::optional<Shortcoming> ReviewRepository::shortcoming(qint64 id) const
{
    Statement st = m_db.prepare(QStringLiteral("SELECT %1 FROM shortcoming WHERE id = ?1")
                                    .arg(QLatin1String(kShortcomingColumns)));
    st.bind(1, id);
    if (!st.step())
        return std::nullopt;
    Shortcoming s = readShortcoming(st);
    Statement m = m_db.prepare(
        QStringLiteral("SELECT member_id FROM shortcoming_member WHERE shortcoming_id = ?1"));
    m.bind(1, id);
    while (m.step())
        s.responsibleMemberIds << m.integer(0);
    return s;
}

qint64 ReviewRepository::saveShortcoming(const Shortcoming &s)
{
    if (s.title.trimmed().isEmpty())
        throw StorageError(StorageError::Kind::Input,
                           QStringLiteral("Chưa nhập tên hạn chế, khuyết điểm."));
    Transaction tx(m_db);
    if (!year(s.reviewYear))
        saveYear(ReviewYear{s.reviewYear, {}, QualityRating::None, {}});
    // An id that no longer exists is inserted again with that id: undo of a deletion.
    Statement st = m_db.prepare(QStringLiteral(
        "INSERT INTO shortcoming(id, review_year, position, title, description, causes, remedies, "
        "products, timeframe_text, start_on, end_on, responsibility_text) "
        "VALUES(?1,?2,?3,?4,?5,?6,?7,?8,?9,?10,?11,?12) ON CONFLICT(id) DO UPDATE SET "
        "review_year=excluded.review_year, position=excluded.position, title=excluded.title, "
        "description=excluded.description, causes=excluded.causes, remedies=excluded.remedies, "
        "products=excluded.products, timeframe_text=excluded.timeframe_text, "
        "start_on=excluded.start_on, end_on=excluded.end_on, "
        "responsibility_text=excluded.responsibility_text"));
    st.bindId(1, s.id)
        .bind(2, s.reviewYear)
        .bind(3, s.position)
        .bind(4, s.title)
        .bind(5, s.description)
        .bind(6, s.causes)
        .bind(7, s.remedies)
        .bind(8, s.products)
        .bind(9, s.timeframeText)
        .bind(10, s.startOn)
        .bind(11, s.endOn)
        .bind(12, s.responsibilityText);
    st.exec();
    const qint64 id = s.id > 0 ? s.id : m_db.lastInsertId();
    m_db.prepare(QStringLiteral("DELETE FROM shortcoming_member WHERE shortcoming_id = ?1"))
        .bind(1, id)
        .exec();
    Statement ins = m_db.prepare(QStringLiteral(
        "INSERT OR IGNORE INTO shortcoming_member(shortcoming_id, member_id) VALUES(?1, ?2)"));
    for (qint64 m : s.responsibleMemberIds) {
        ins.reset();
        ins.bind(1, id).bind(2, m).exec();
    }
    tx.commit();
    return id;
}

void ReviewRepository::removeShortcoming(qint64 id)
{
    Statement st =
        m_db.prepare(QStringLiteral("SELECT (SELECT count(*) FROM task WHERE shortcoming_id = ?1), "
                                    "(SELECT count(*) FROM evidence WHERE shortcoming_id = ?1)"));
    st.bind(1, id);
    st.step();
    if (st.integer(0) || st.integer(1))
        throw StorageError(
            StorageError::Kind::Constraint,
            QStringLiteral("Không thể xóa hạn chế này: có %1 nhiệm vụ khắc phục và %2 "
                           "minh chứng gắn với nó.")
                .arg(st.integer(0))
                .arg(st.integer(1)));
    Transaction tx(m_db);
    m_db.prepare(QStringLiteral("DELETE FROM shortcoming WHERE id = ?1")).bind(1, id).exec();
    tx.commit();
}

QList<ReviewCriterion> ReviewRepository::criteria(int y) const
{
    Statement st = m_db.prepare(QStringLiteral(
        "SELECT id, year, grp, position, code, title, max_points, points, self_rating "
        "FROM review_criterion WHERE year = ?1 ORDER BY grp, position, id"));
    st.bind(1, y);
    QList<ReviewCriterion> out;
    while (st.step()) {
        ReviewCriterion c;
        c.id = st.integer(0);
        c.year = int(st.integer(1));
        c.group = int(st.integer(2));
        c.position = int(st.integer(3));
        c.code = st.text(4);
        c.title = st.text(5);
        c.maxPoints = st.isNull(6) ? -1 : st.real(6);
        c.points = st.isNull(7) ? -1 : st.real(7);
        c.selfRating = fromSelfRatingCode(st.text(8));
        out << c;
    }
    return out;
}

void ReviewRepository::removeCriterion(qint64 id)
{
    m_db.prepare(QStringLiteral("DELETE FROM review_criterion WHERE id = ?1")).bind(1, id).exec();
}

qint64 ReviewRepository::saveCriterion(const ReviewCriterion &c)
{
    if (c.title.trimmed().isEmpty())
        throw StorageError(StorageError::Kind::Input, QStringLiteral("Chưa nhập tên tiêu chí."));
    if (c.maxPoints >= 0 && c.points > c.maxPoints)
        throw StorageError(
            StorageError::Kind::Input,
            QStringLiteral("Điểm tự chấm (%1) vượt quá điểm tối đa của tiêu chí (%2).")
                .arg(c.points)
                .arg(c.maxPoints));
    if (!year(c.year))
        saveYear(ReviewYear{c.year, {}, QualityRating::None, {}});
    // An id that no longer exists is inserted again with that id: undo of a deletion.
    Statement st = m_db.prepare(QStringLiteral(
        "INSERT INTO review_criterion(id, year, grp, position, code, title, max_points, points, "
        "self_rating) VALUES(?1,?2,?3,?4,?5,?6,?7,?8,?9) ON CONFLICT(id) DO UPDATE SET "
        "year=excluded.year, grp=excluded.grp, position=excluded.position, code=excluded.code, "
        "title=excluded.title, max_points=excluded.max_points, points=excluded.points, "
        "self_rating=excluded.self_rating"));
    st.bindId(1, c.id)
        .bind(2, c.year)
        .bind(3, c.group)
        .bind(4, c.position)
        .bind(5, c.code)
        .bind(6, c.title);
    if (c.maxPoints >= 0)
        st.bind(7, c.maxPoints);
    else
        st.bindNull(7);
    if (c.points >= 0)
        st.bind(8, c.points);
    else
        st.bindNull(8);
    if (c.selfRating == SelfRating::None)
        st.bindNull(9);
    else
        st.bind(9, code(c.selfRating));
    st.exec();
    return c.id > 0 ? c.id : m_db.lastInsertId();
}

namespace {
Commitment readCommitment(const Statement &st)
{
    Commitment c;
    c.id = st.integer(0);
    c.memberId = st.integer(1);
    c.year = int(st.integer(2));
    c.shortcomingsText = st.text(3);
    c.measures = st.text(4);
    c.timeframe = st.text(5);
    c.targetResult = st.text(6);
    c.signedOn = st.date(7);
    return c;
}
} // namespace

QList<Commitment> ReviewRepository::commitments(int y) const
{
    Statement st = m_db.prepare(QStringLiteral(
        "SELECT c.id, c.member_id, c.year, c.shortcomings_text, c.measures, c.timeframe, "
        "c.target_result, c.signed_on FROM commitment c JOIN member m ON m.id = c.member_id "
        "WHERE c.year = ?1 ORDER BY m.full_name COLLATE VI_NAME"));
    st.bind(1, y);
    QList<Commitment> out;
    while (st.step())
        out << readCommitment(st);
    Statement items =
        m_db.prepare(QStringLiteral("SELECT id, kind, text, due_on, task_id FROM commitment_item "
                                    "WHERE commitment_id = ?1 ORDER BY kind, position, id"));
    for (Commitment &c : out) {
        items.reset();
        items.bind(1, c.id);
        while (items.step())
            c.items << CommitmentItem{items.integer(0), items.text(1) == QLatin1String("plan"),
                                      items.text(2), items.date(3), items.id(4)};
    }
    return out;
}

std::optional<Commitment> ReviewRepository::commitment(qint64 memberId, int y) const
{
    for (const Commitment &c : commitments(y)) {
        if (c.memberId == memberId)
            return c;
    }
    return std::nullopt;
}

std::optional<std::pair<int, qint64>> ReviewRepository::commitmentOwner(qint64 id) const
{
    Statement st =
        m_db.prepare(QStringLiteral("SELECT year, member_id FROM commitment WHERE id = ?1"));
    st.bind(1, id);
    if (!st.step())
        return std::nullopt;
    return std::make_pair(int(st.integer(0)), st.integer(1));
}

void ReviewRepository::removeCommitment(qint64 id)
{
    Transaction tx(m_db);
    m_db.prepare(QStringLiteral("DELETE FROM commitment_item WHERE commitment_id = ?1"))
        .bind(1, id)
        .exec();
    m_db.prepare(QStringLiteral("DELETE FROM commitment WHERE id = ?1")).bind(1, id).exec();
    tx.commit();
}

qint64 ReviewRepository::saveCommitment(const Commitment &c)
{
    Transaction tx(m_db);
    // An id that no longer exists is inserted again with that id: undo of a deletion.
    Statement st = m_db.prepare(QStringLiteral(
        "INSERT INTO commitment(id, member_id, year, shortcomings_text, measures, timeframe, "
        "target_result, signed_on) VALUES(?1,?2,?3,?4,?5,?6,?7,?8) ON CONFLICT(id) DO UPDATE "
        "SET member_id=excluded.member_id, year=excluded.year, "
        "shortcomings_text=excluded.shortcomings_text, measures=excluded.measures, "
        "timeframe=excluded.timeframe, target_result=excluded.target_result, "
        "signed_on=excluded.signed_on"));
    st.bindId(1, c.id)
        .bind(2, c.memberId)
        .bind(3, c.year)
        .bind(4, c.shortcomingsText)
        .bind(5, c.measures)
        .bind(6, c.timeframe)
        .bind(7, c.targetResult)
        .bind(8, c.signedOn);
    st.exec();
    const qint64 id = c.id > 0 ? c.id : m_db.lastInsertId();
    m_db.prepare(QStringLiteral("DELETE FROM commitment_item WHERE commitment_id = ?1"))
        .bind(1, id)
        .exec();
    Statement ins =
        m_db.prepare(QStringLiteral("INSERT INTO commitment_item(commitment_id, kind, position, "
                                    "text, due_on, task_id) VALUES(?1,?2,?3,?4,?5,?6)"));
    for (int i = 0; i < c.items.size(); ++i) {
        const CommitmentItem &it = c.items[i];
        ins.reset();
        ins.bind(1, id)
            .bind(2, it.plan ? QStringLiteral("plan") : QStringLiteral("item"))
            .bind(3, i + 1)
            .bind(4, it.text)
            .bind(5, it.dueOn)
            .bindId(6, it.taskId)
            .exec();
    }
    tx.commit();
    return id;
}

} // namespace sochibo::storage

namespace sochibo::storage {

namespace {

const char *const kReviewColumns =
    "member_id, year, category, general_points, results_points, self_level, committee_level, "
    "votes_for, votes_total, superior_level, not_rated_reason, committee_comment, printed_on";

MemberReview readMemberReview(const Statement &st)
{
    MemberReview r;
    r.memberId = st.integer(0);
    r.year = int(st.integer(1));
    r.category = fromReviewCategoryCode(st.text(2));
    r.generalPoints = st.isNull(3) ? -1 : st.real(3);
    r.resultsPoints = st.isNull(4) ? -1 : st.real(4);
    r.selfLevel = st.isNull(5) ? QualityRating::None : fromQualityRatingCode(st.text(5));
    r.committeeLevel = st.isNull(6) ? QualityRating::None : fromQualityRatingCode(st.text(6));
    r.votesFor = st.isNull(7) ? -1 : int(st.integer(7));
    r.votesTotal = st.isNull(8) ? -1 : int(st.integer(8));
    r.superiorLevel = st.isNull(9) ? QualityRating::None : fromQualityRatingCode(st.text(9));
    r.notRatedReason = st.text(10);
    r.committeeComment = st.text(11);
    r.printedOn = st.date(12);
    return r;
}

void bindLevel(Statement &st, int index, QualityRating level)
{
    if (level == QualityRating::None)
        st.bindNull(index);
    else
        st.bind(index, code(level));
}

void bindCount(Statement &st, int index, double value)
{
    if (value < 0)
        st.bindNull(index);
    else
        st.bind(index, value);
}

} // namespace

int ReviewRepository::addDefaultCriteria(int year)
{
    if (!criteria(year).isEmpty())
        return 0;
    Transaction tx(m_db);
    const QList<ReviewCriterion> defaults = defaultCriteria2025(year);
    for (const ReviewCriterion &c : defaults)
        saveCriterion(c);
    tx.commit();
    return int(defaults.size());
}

QList<MemberReview> ReviewRepository::memberReviews(int year) const
{
    Statement st = m_db.prepare(
        QStringLiteral("SELECT %1 FROM member_review WHERE year = ?1 ORDER BY member_id")
            .arg(QLatin1String(kReviewColumns)));
    st.bind(1, year);
    QList<MemberReview> out;
    while (st.step())
        out << readMemberReview(st);
    return out;
}

MemberReview ReviewRepository::memberReview(qint64 memberId, int year) const
{
    Statement st = m_db.prepare(
        QStringLiteral("SELECT %1 FROM member_review WHERE member_id = ?1 AND year = ?2")
            .arg(QLatin1String(kReviewColumns)));
    st.bind(1, memberId).bind(2, year);
    if (st.step())
        return readMemberReview(st);
    MemberReview r;
    r.memberId = memberId;
    r.year = year;
    return r;
}

void ReviewRepository::saveMemberReview(const MemberReview &r)
{
    const QStringList problems = r.validate();
    if (!problems.isEmpty())
        throw StorageError(StorageError::Kind::Input, problems.join(QLatin1Char(' ')));
    Statement st = m_db.prepare(
        QStringLiteral(
            "INSERT INTO member_review(%1) VALUES(?1,?2,?3,?4,?5,?6,?7,?8,?9,?10,?11,?12,?13) "
            "ON CONFLICT(member_id, year) DO UPDATE SET category=excluded.category, "
            "general_points=excluded.general_points, results_points=excluded.results_points, "
            "self_level=excluded.self_level, committee_level=excluded.committee_level, "
            "votes_for=excluded.votes_for, votes_total=excluded.votes_total, "
            "superior_level=excluded.superior_level, not_rated_reason=excluded.not_rated_reason, "
            "committee_comment=excluded.committee_comment, printed_on=excluded.printed_on")
            .arg(QLatin1String(kReviewColumns)));
    st.bind(1, r.memberId).bind(2, r.year).bind(3, code(r.category));
    bindCount(st, 4, r.generalPoints);
    bindCount(st, 5, r.resultsPoints);
    bindLevel(st, 6, r.selfLevel);
    bindLevel(st, 7, r.committeeLevel);
    if (r.votesFor < 0)
        st.bindNull(8);
    else
        st.bind(8, r.votesFor);
    if (r.votesTotal < 0)
        st.bindNull(9);
    else
        st.bind(9, r.votesTotal);
    bindLevel(st, 10, r.superiorLevel);
    st.bind(11, r.notRatedReason).bind(12, r.committeeComment);
    if (r.printedOn.isValid())
        st.bind(13, r.printedOn);
    else
        st.bindNull(13);
    st.exec();
}

void ReviewRepository::markPrinted(const QList<qint64> &memberIds, int year, const QDate &on)
{
    Transaction tx(m_db);
    for (qint64 id : memberIds) {
        MemberReview r = memberReview(id, year);
        r.printedOn = on;
        saveMemberReview(r);
    }
    tx.commit();
}

} // namespace sochibo::storage

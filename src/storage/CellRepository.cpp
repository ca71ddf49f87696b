#include "CellRepository.h"

namespace sochibo::storage {

using namespace sochibo::core;

bool CellRepository::hasCell() const
{
    return m_db.scalar(QStringLiteral("SELECT count(*) FROM cell")).toLongLong() > 0;
}

Cell CellRepository::cell() const
{
    Statement st = m_db.prepare(QStringLiteral(
        "SELECT name, superior_body, place, term_start, term_end, issuer_code, number_colon, "
        "pad_all_months, margin_variant, font_family, line_spacing_pt FROM cell WHERE id = 1"));
    Cell c;
    if (!st.step())
        return c;
    c.name = st.text(0);
    c.superiorBody = st.text(1);
    c.place = st.text(2);
    c.termStart = int(st.integer(3));
    c.termEnd = int(st.integer(4));
    c.issuerCode = st.text(5);
    c.numberColon = st.integer(6) != 0;
    c.padAllMonths = st.integer(7) != 0;
    const QString mv = st.text(8);
    c.margins = mv == QLatin1String("older")        ? MarginVariant::Older
                : mv == QLatin1String("provincial") ? MarginVariant::Provincial
                                                    : MarginVariant::Rule;
    c.fontFamily = st.text(9);
    c.lineSpacingPt = st.real(10);
    return c;
}

void CellRepository::saveCell(const Cell &c)
{
    if (c.name.trimmed().isEmpty())
        throw StorageError(StorageError::Kind::Input, QStringLiteral("Chưa nhập tên chi bộ."));
    if (c.termStart && c.termEnd && c.termEnd < c.termStart)
        throw StorageError(StorageError::Kind::Input,
                           QStringLiteral("Năm kết thúc nhiệm kỳ không được trước năm bắt đầu."));
    const QString margins = c.margins == MarginVariant::Older        ? QStringLiteral("older")
                            : c.margins == MarginVariant::Provincial ? QStringLiteral("provincial")
                                                                     : QStringLiteral("rule");
    m_db
        .prepare(QStringLiteral(
            "INSERT INTO cell(id, name, superior_body, place, term_start, term_end, "
            "issuer_code, number_colon, pad_all_months, margin_variant, font_family, "
            "line_spacing_pt) VALUES(1,?1,?2,?3,?4,?5,?6,?7,?8,?9,?10,?11) "
            "ON CONFLICT(id) DO UPDATE SET name=excluded.name, "
            "superior_body=excluded.superior_body, place=excluded.place, "
            "term_start=excluded.term_start, term_end=excluded.term_end, "
            "issuer_code=excluded.issuer_code, number_colon=excluded.number_colon, "
            "pad_all_months=excluded.pad_all_months, margin_variant=excluded.margin_variant, "
            "font_family=excluded.font_family, line_spacing_pt=excluded.line_spacing_pt"))
        .bind(1, c.name.simplified())
        .bind(2, c.superiorBody.simplified())
        .bind(3, c.place.simplified())
        .bindId(4, c.termStart)
        .bindId(5, c.termEnd)
        .bind(6, c.issuerCode.isEmpty() ? QStringLiteral("CB") : c.issuerCode)
        .bind(7, c.numberColon)
        .bind(8, c.padAllMonths)
        .bind(9, margins)
        .bind(10, c.fontFamily)
        .bind(11, c.lineSpacingPt)
        .exec();
}

int CellRepository::termStartFor(const QDate &date) const
{
    const Cell c = cell();
    if (c.termStart && (!c.termEnd || date.year() <= c.termEnd) && date.year() >= c.termStart)
        return c.termStart;
    return c.termStart && date.year() > c.termStart ? c.termStart : date.year();
}

int CellRepository::nextNumber(const QString &kind, const QDate &date) const
{
    Statement st =
        m_db.prepare(QStringLiteral("SELECT coalesce(max(number), 0) + 1 FROM issued_document "
                                    "WHERE kind = ?1 AND term_start = ?2"));
    st.bind(1, kind).bind(2, termStartFor(date));
    st.step();
    return int(st.integer(0));
}

qint64 CellRepository::issue(const IssuedDocument &d)
{
    const int term = d.termStart ? d.termStart : termStartFor(d.issuedOn);
    Statement check =
        m_db.prepare(QStringLiteral("SELECT issued_on, subject FROM issued_document WHERE kind = "
                                    "?1 AND number = ?2 AND term_start = ?3"));
    check.bind(1, d.kind).bind(2, d.number).bind(3, term);
    if (check.step())
        throw StorageError(
            StorageError::Kind::Constraint,
            QStringLiteral("Số %1-%2 đã được dùng trong nhiệm kỳ này (ngày %3: %4). "
                           "Hãy chọn số khác.")
                .arg(d.number, 2, 10, QLatin1Char('0'))
                .arg(d.kind, check.date(0).toString(QStringLiteral("dd/MM/yyyy")), check.text(1)));
    m_db.prepare(QStringLiteral("INSERT INTO issued_document(kind, number, term_start, issued_on, "
                                "subject, report) VALUES(?1,?2,?3,?4,?5,?6)"))
        .bind(1, d.kind)
        .bind(2, d.number)
        .bind(3, term)
        .bind(4, d.issuedOn)
        .bind(5, d.subject)
        .bind(6, d.report)
        .exec();
    return m_db.lastInsertId();
}

QList<IssuedDocument> CellRepository::issued() const
{
    Statement st = m_db.prepare(QStringLiteral(
        "SELECT id, kind, number, term_start, issued_on, subject, report FROM issued_document "
        "ORDER BY issued_on DESC, id DESC"));
    QList<IssuedDocument> out;
    while (st.step())
        out << IssuedDocument{st.integer(0), st.text(1), int(st.integer(2)), int(st.integer(3)),
                              st.date(4),    st.text(5), st.text(6)};
    return out;
}

QString CellRepository::prose(const QString &report, int year, const QString &key) const
{
    Statement st = m_db.prepare(QStringLiteral(
        "SELECT text FROM report_prose WHERE report = ?1 AND year = ?2 AND key = ?3"));
    st.bind(1, report).bind(2, year).bind(3, key);
    return st.step() ? st.text(0) : QString();
}

QHash<QString, QString> CellRepository::proseOf(const QString &report, int year) const
{
    Statement st = m_db.prepare(
        QStringLiteral("SELECT key, text FROM report_prose WHERE report = ?1 AND year = ?2"));
    st.bind(1, report).bind(2, year);
    QHash<QString, QString> out;
    while (st.step())
        out.insert(st.text(0), st.text(1));
    return out;
}

void CellRepository::setProse(const QString &report, int year, const QString &key,
                              const QString &text)
{
    if (text.isNull()) {
        m_db.prepare(
                QStringLiteral("DELETE FROM report_prose WHERE report=?1 AND year=?2 AND key=?3"))
            .bind(1, report)
            .bind(2, year)
            .bind(3, key)
            .exec();
        return;
    }
    m_db.prepare(
            QStringLiteral("INSERT INTO report_prose(report, year, key, text) VALUES(?1,?2,?3,?4) "
                           "ON CONFLICT(report, year, key) DO UPDATE SET text = excluded.text"))
        .bind(1, report)
        .bind(2, year)
        .bind(3, key)
        .bind(4, text)
        .exec();
}

QList<Indicator> CellRepository::indicators(int year) const
{
    Statement st = m_db.prepare(QStringLiteral("SELECT id, year, name, unit, target, actual FROM "
                                               "indicator WHERE year = ?1 ORDER BY position, id"));
    st.bind(1, year);
    QList<Indicator> out;
    while (st.step())
        out << Indicator{st.integer(0), int(st.integer(1)), st.text(2),
                         st.text(3),    st.text(4),         st.text(5)};
    return out;
}

QList<ReceivedDocument> CellRepository::receivedDocuments() const
{
    Statement st = m_db.prepare(
        QStringLiteral("SELECT id, kind, number, issued_on, issuer, subject, grounds_for, position "
                       "FROM received_document ORDER BY position, id"));
    QList<ReceivedDocument> out;
    while (st.step()) {
        ReceivedDocument d;
        d.id = st.integer(0);
        d.kind = st.text(1);
        d.number = st.text(2);
        d.issuedOn = st.date(3);
        d.issuer = st.text(4);
        d.subject = st.text(5);
        d.groundsFor = st.text(6).split(QLatin1Char(','), Qt::SkipEmptyParts);
        d.position = int(st.integer(7));
        out << d;
    }
    return out;
}

qint64 CellRepository::saveReceived(const ReceivedDocument &d)
{
    const QStringList problems = d.validate();
    if (!problems.isEmpty())
        throw StorageError(StorageError::Kind::Input, problems.join(QLatin1Char(' ')));
    m_db.prepare(QStringLiteral(
                     "INSERT INTO received_document(id, kind, number, issued_on, issuer, subject, "
                     "grounds_for, position) VALUES(?1,?2,?3,?4,?5,?6,?7,?8) ON CONFLICT(id) DO "
                     "UPDATE SET kind=excluded.kind, number=excluded.number, "
                     "issued_on=excluded.issued_on, issuer=excluded.issuer, "
                     "subject=excluded.subject, grounds_for=excluded.grounds_for, "
                     "position=excluded.position"))
        .bindId(1, d.id)
        .bind(2, d.kind.simplified())
        .bind(3, d.number.simplified())
        .bind(4, d.issuedOn)
        .bind(5, d.issuer.simplified())
        .bind(6, d.subject.simplified())
        .bind(7, d.groundsFor.join(QLatin1Char(',')))
        .bind(8, d.position)
        .exec();
    return d.id > 0 ? d.id : m_db.lastInsertId();
}

void CellRepository::removeReceived(qint64 id)
{
    m_db.prepare(QStringLiteral("DELETE FROM received_document WHERE id = ?1")).bind(1, id).exec();
}

QList<qint64> CellRepository::pickedGrounds(const QString &report, int year) const
{
    QList<qint64> ids;
    for (const QString &s :
         prose(report, year, QStringLiteral("grounds.picked")).split(u',', Qt::SkipEmptyParts)) {
        bool ok = false;
        const qint64 id = s.trimmed().toLongLong(&ok);
        if (ok && id > 0)
            ids << id;
    }
    return ids;
}

void CellRepository::setPickedGrounds(const QString &report, int year, const QList<qint64> &ids)
{
    QStringList s;
    for (qint64 id : ids)
        s << QString::number(id);
    setProse(report, year, QStringLiteral("grounds.picked"),
             s.isEmpty() ? QString() : s.join(QLatin1Char(',')));
}

void CellRepository::removeIndicator(qint64 id)
{
    m_db.prepare(QStringLiteral("DELETE FROM indicator WHERE id = ?1")).bind(1, id).exec();
}

qint64 CellRepository::saveIndicator(const Indicator &i)
{
    if (i.name.trimmed().isEmpty())
        throw StorageError(StorageError::Kind::Input, QStringLiteral("Chưa nhập tên chỉ tiêu."));
    // An id that no longer exists is inserted again with that id: undo of a deletion.
    m_db.prepare(QStringLiteral(
                     "INSERT INTO indicator(id, year, name, unit, target, actual) "
                     "VALUES(?1,?2,?3,?4,?5,?6) ON CONFLICT(id) DO UPDATE SET year=excluded.year, "
                     "name=excluded.name, unit=excluded.unit, target=excluded.target, "
                     "actual=excluded.actual"))
        .bindId(1, i.id)
        .bind(2, i.year)
        .bind(3, i.name)
        .bind(4, i.unit)
        .bind(5, i.target)
        .bind(6, i.actual)
        .exec();
    return i.id > 0 ? i.id : m_db.lastInsertId();
}

QList<Candidate> CellRepository::candidates() const
{
    Statement st =
        m_db.prepare(QStringLiteral("SELECT id, full_name, class_on, admitted_on, note FROM "
                                    "candidate ORDER BY full_name COLLATE VI_NAME"));
    QList<Candidate> out;
    while (st.step())
        out << Candidate{st.integer(0), st.text(1), st.date(2), st.date(3), st.text(4)};
    return out;
}

void CellRepository::removeCandidate(qint64 id)
{
    m_db.prepare(QStringLiteral("DELETE FROM candidate WHERE id = ?1")).bind(1, id).exec();
}

qint64 CellRepository::saveCandidate(const Candidate &c)
{
    if (c.fullName.trimmed().isEmpty())
        throw StorageError(StorageError::Kind::Input, QStringLiteral("Chưa nhập họ và tên."));
    // An id that no longer exists is inserted again with that id: undo of a deletion.
    m_db.prepare(QStringLiteral("INSERT INTO candidate(id, full_name, class_on, admitted_on, note) "
                                "VALUES(?1,?2,?3,?4,?5) ON CONFLICT(id) DO UPDATE SET "
                                "full_name=excluded.full_name, class_on=excluded.class_on, "
                                "admitted_on=excluded.admitted_on, note=excluded.note"))
        .bindId(1, c.id)
        .bind(2, c.fullName)
        .bind(3, c.classOn)
        .bind(4, c.admittedOn)
        .bind(5, c.note)
        .exec();
    return c.id > 0 ? c.id : m_db.lastInsertId();
}

QualityRating CellRepository::cellRating(int year) const
{
    Statement st = m_db.prepare(QStringLiteral("SELECT level FROM cell_rating WHERE year = ?1"));
    st.bind(1, year);
    return st.step() ? fromQualityRatingCode(st.text(0)) : QualityRating::None;
}

void CellRepository::setCellRating(int year, QualityRating level)
{
    m_db.prepare(QStringLiteral("INSERT INTO cell_rating(year, level) VALUES(?1, ?2) "
                                "ON CONFLICT(year) DO UPDATE SET level = excluded.level"))
        .bind(1, year)
        .bind(2, code(level))
        .exec();
}

} // namespace sochibo::storage

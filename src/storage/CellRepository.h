#pragma once
#include "Database.h"
#include "core/Cell.h"
#include "core/Member.h"
#include "core/Review.h"
#include <QHash>

namespace sochibo::storage {

/// The cell's profile, its issued-document register, report prose, indicators, candidates.
class CellRepository
{
public:
    explicit CellRepository(const Database &db) : m_db(db) {}

    bool hasCell() const;
    core::Cell cell() const;
    void saveCell(const core::Cell &c);

    /// The term (nhiệm kỳ) that \a date falls in; the cell's term when set, else the year.
    int termStartFor(const QDate &date) const;
    /// Next free number for \a kind in the term of \a date.
    int nextNumber(const QString &kind, const QDate &date) const;
    /// Records an issued document; refused if the number is taken in that term.
    qint64 issue(const core::IssuedDocument &d);
    QList<core::IssuedDocument> issued() const;

    /// The user's prose for a report section, or a null string for the template default.
    QString prose(const QString &report, int year, const QString &key) const;
    /// Every prose section the user wrote for a report of a year, by key.
    QHash<QString, QString> proseOf(const QString &report, int year) const;
    void setProse(const QString &report, int year, const QString &key, const QString &text);

    /// The register of documents received (sổ văn bản đến), in its order.
    QList<core::ReceivedDocument> receivedDocuments() const;
    /// Saves a register entry (an id that no longer exists is inserted with it: undo);
    /// refused with the reason when core::ReceivedDocument::validate finds a problem.
    qint64 saveReceived(const core::ReceivedDocument &d);
    void removeReceived(qint64 id);
    /// The register entries picked as one report's grounds for a year (report_prose key
    /// "grounds.picked"); empty: none picked, the defaults apply (core::groundsOf).
    QList<qint64> pickedGrounds(const QString &report, int year) const;
    void setPickedGrounds(const QString &report, int year, const QList<qint64> &ids);

    QList<core::Indicator> indicators(int year) const;
    qint64 saveIndicator(const core::Indicator &i);
    void removeIndicator(qint64 id);

    QList<core::Candidate> candidates() const;
    qint64 saveCandidate(const core::Candidate &c);
    void removeCandidate(qint64 id);

    core::QualityRating cellRating(int year) const;
    void setCellRating(int year, core::QualityRating level);

private:
    const Database &m_db;
};

} // namespace sochibo::storage

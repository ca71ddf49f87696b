#pragma once
#include "DocumentModel.h"
#include "DocumentStyle.h"
#include "ReportTemplate.h"

#include <QDate>
#include <QMap>

namespace sochibo::storage {
class Database;
} // namespace sochibo::storage
namespace sochibo::core {
struct YearFigures;
} // namespace sochibo::core

namespace sochibo::reports {

struct ReportRequest
{
    /// "remediation-plan", "thematic-plan", "self-review", "monthly-progress", "task-table",
    /// "commitment"
    QString kind;
    /// Review year (plan, self-review), year of the sessions (thematic), year of the
    /// commitments; for the period documents, set from the period.
    int year = 0;
    QDate date;     ///< date of the document
    int number = 0; ///< 0: the next free number of the register
    bool pdfA = false;
    bool qtWriter = false;   ///< render with QPdfWriter instead of our writer (tests, bench)
    QString period;          ///< monthly-progress: "2026-04" or "2026-Q2"
    QDate from, to;          ///< task-table
    qint64 memberId = 0;     ///< commitment of one member…
    bool allMembers = false; ///< …or every commitment of the year, one per page
    QString signer;          ///< "secretary" or "deputy"; empty: the document's usual signer
    QString groupBy;         ///< monthly-progress tables: "source" (default) or "member"
    QDate today;             ///< judges "overdue" in the period documents (default: the date)
};

struct BuiltReport
{
    Document document;
    QList<Document> more; ///< further documents of the same PDF (commitment forms of --all)
    ReportTemplate form;
    int number = 0;
    QString symbol;       ///< "06-KH/CB"
    QStringList warnings; ///< records that contradict what the document proposes
};

struct RenderResult
{
    int pages = 0;
    QStringList warnings;
    QString symbol;
};

/// Builds the cell's documents from its records and a template, and renders them.
class ReportService
{
public:
    explicit ReportService(const storage::Database &db) : m_db(db) {}

    static QStringList kinds();
    /// Kinds that compile a period (a month, a quarter, a range of days).
    static bool isPeriodKind(const QString &kind);
    /// Where a prose section of \a request is kept: per year, and per period for the period
    /// documents ("proposals@2026-04").
    static QString proseKey(const ReportRequest &request, const QString &key);
    /// The year the period, the range or the year field of \a request stands for.
    static int effectiveYear(const ReportRequest &request);
    /// Vietnamese name of a report kind for menus.
    static QString displayName(const QString &kind);

    BuiltReport build(const ReportRequest &request) const;
    DocumentStyle style() const;
    QByteArray renderPdf(const ReportRequest &request, RenderResult *result = nullptr) const;
    /// Writes atomically (QSaveFile).
    RenderResult renderToFile(const ReportRequest &request, const QString &path) const;
    /// Records the document in the register (the "Issue" action).
    void issue(const BuiltReport &report, const QDate &date) const;

    /// The figures placeholders ({{fig.name}}) of a year, formatted; blank ("……") where the
    /// records cannot give the figure.
    QMap<QString, QString> figures(int year) const;
    static QMap<QString, QString> formatFigures(const core::YearFigures &f);

private:
    const storage::Database &m_db;
};

} // namespace sochibo::reports

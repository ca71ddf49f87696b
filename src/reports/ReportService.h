#pragma once
#include "DocumentModel.h"
#include "DocumentStyle.h"
#include "ReportTemplate.h"

#include <QDate>
#include <QMap>

namespace sochibo::storage {
class Database;
struct YearFigures;
} // namespace sochibo::storage

namespace sochibo::reports {

struct ReportRequest
{
    QString kind;   ///< "remediation-plan", "thematic-plan", "self-review"
    int year = 0;   ///< review year (plan, self-review) or year of the sessions (thematic)
    QDate date;     ///< date of the document
    int number = 0; ///< 0: the next free number of the register
    bool pdfA = false;
};

struct BuiltReport
{
    Document document;
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
    static QMap<QString, QString> formatFigures(const storage::YearFigures &f);

private:
    const storage::Database &m_db;
};

} // namespace sochibo::reports

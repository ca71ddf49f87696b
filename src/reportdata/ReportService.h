#pragma once
#include "reports/ReportBuilder.h"

namespace sochibo::storage {
class Database;
} // namespace sochibo::storage

namespace sochibo::reportdata {

/// The cell's documents from its book: loads what a document reads (reports::ReportInputs),
/// has reports::ReportBuilder lay it out, writes the PDF and records issued documents. The
/// only place where documents meet storage.
class ReportService
{
public:
    explicit ReportService(const storage::Database &db) : m_db(db) {}

    /// What \a request reads from the book; nothing is checked here (the builder says what is
    /// missing).
    reports::ReportInputs load(const reports::ReportRequest &request) const;
    /// The number \a request would print and whether it is a reprint, from only what that
    /// needs (the register, the template, a period's compilation for its subject): what the
    /// report page says before anything is built.
    reports::ReportBuilder::Numbering numbering(const reports::ReportRequest &request) const;
    reports::BuiltReport build(const reports::ReportRequest &request) const;
    reports::DocumentStyle style() const;
    QByteArray renderPdf(const reports::ReportRequest &request,
                         reports::RenderResult *result = nullptr) const;
    /// The Word file of \a request (reports::DocxWriter).
    QByteArray renderDocx(const reports::ReportRequest &request,
                          reports::RenderResult *result = nullptr) const;
    /// Writes the request's format (PDF or Word) atomically and owner-only
    /// (storage::files::writeAtomically).
    reports::RenderResult renderToFile(const reports::ReportRequest &request,
                                       const QString &path) const;
    /// The same for a document already built from \a request (not built a second time).
    reports::RenderResult renderToFile(const reports::BuiltReport &built,
                                       const reports::ReportRequest &request,
                                       const QString &path) const;
    /// Records the document in the register (the "Issue" action).
    void issue(const reports::BuiltReport &report, const QDate &date) const;

private:
    /// \a numberingOnly: stop once the number is known.
    reports::ReportInputs load(const reports::ReportRequest &request, bool numberingOnly) const;
    const storage::Database &m_db;
};

} // namespace sochibo::reportdata

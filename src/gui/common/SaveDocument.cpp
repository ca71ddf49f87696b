#include "SaveDocument.h"

#include "gui/common/Prompts.h"
#include "reportdata/ReportService.h"
#include "reportdata/TableExport.h"
#include "storage/Backup.h"
#include "storage/Database.h"
#include "storage/Statistics.h"
#include "storage/StorageError.h"
#include "storage/TaskRepository.h"

#include <QCoreApplication>

namespace sochibo::gui {

using namespace sochibo::core;
using namespace sochibo::storage;

bool acceptOutputPath(const Prompts &prompts, const QString &path, const QString &dbPath,
                      bool backupOfSameBook)
{
    const storage::OutputProblem problem =
        storage::outputPathProblem(path, dbPath, backupOfSameBook);
    if (problem.isEmpty())
        return true;
    if (!problem.forceable) {
        prompts.inform(problem.message);
        return false;
    }
    return prompts.confirm(problem.message + QStringLiteral("\n\nVẫn ghi đè lên “%1”?").arg(path));
}

QString saveDocumentAs(const Prompts &prompts, const Database &db, reports::ReportRequest r,
                       bool word, reports::RenderResult *result)
{
    const QString path = prompts.saveFileName(reports::ReportBuilder::suggestedFileName(r, word));
    if (path.isEmpty() || !acceptOutputPath(prompts, path, db.path()))
        return {};
    const auto format = reports::ReportBuilder::formatFor(path);
    if (!format) {
        prompts.inform(QCoreApplication::translate(
            "sochibo::gui::ReportPage", "A document is saved as PDF (.pdf) or as a Word file "
                                        "(.docx): give the file one of these extensions."));
        return {};
    }
    r.format = *format;
    try {
        const reports::RenderResult written = reportdata::ReportService(db).renderToFile(r, path);
        if (result)
            *result = written;
    } catch (const StorageError &e) {
        prompts.inform(e.message());
        return {};
    }
    return path;
}

QString saveTableAs(const Prompts &prompts, const Database &db, const TableExport &table)
{
    if (table.sheets.isEmpty()) {
        prompts.inform(QObject::tr("This page has no table to export. The members, tasks, monthly "
                                   "tracking, meetings, evidence, review (ratings) and overview "
                                   "(figures) pages do."));
        return {};
    }
    QString path = prompts.saveFileName(table.fileName + QStringLiteral(".xlsx"));
    if (path.isEmpty())
        return {};
    if (!path.endsWith(QLatin1String(".xlsx"), Qt::CaseInsensitive))
        path += QStringLiteral(".xlsx");
    if (!acceptOutputPath(prompts, path, db.path()))
        return {};
    try {
        reportdata::tables::save(db, table.sheets, path);
    } catch (const StorageError &e) {
        prompts.inform(e.message());
        return {};
    }
    return path;
}

} // namespace sochibo::gui

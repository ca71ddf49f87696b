#pragma once
#include "gui/common/BookPage.h"
#include "gui/common/Prompts.h"
#include "reports/ReportBuilder.h"

#include <QString>

namespace sochibo::storage {
class Database;
}

namespace sochibo::gui {

/// Asks storage::outputPathProblem whether \a path may be written while \a dbPath is open:
/// refused outright (the book itself, its evidence store, a folder) with a message, or —
/// an existing database or records export — only when the user confirms overwriting it.
bool acceptOutputPath(const Prompts &prompts, const QString &path, const QString &dbPath,
                      bool backupOfSameBook = false);

/// Asks where to save the document \a request (proposing its Vietnamese file name, a Word
/// one when \a word), checks the place (acceptOutputPath) and the extension, and writes it.
/// Returns the path written; empty when the user cancelled or it failed (the user was told).
QString saveDocumentAs(const Prompts &prompts, const storage::Database &db,
                       reports::ReportRequest request, bool word,
                       reports::RenderResult *result = nullptr);

/// "Xuất Excel…": asks where to save \a table (proposing its file name), checks the place and
/// writes the workbook. Returns the path written; empty when the page has no table (the user
/// told which pages have), the user cancelled or it failed (the user was told).
QString saveTableAs(const Prompts &prompts, const storage::Database &db, const TableExport &table);

} // namespace sochibo::gui

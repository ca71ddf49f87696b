#pragma once
#include <QString>
#include <QStringList>
#include <functional>
#include <memory>

class QDialog;

namespace sochibo::gui {

/// What a page may ask the user; tests replace these so that nothing blocks.
struct Prompts
{
    std::function<bool(const QString &question)> confirm;
    std::function<void(const QString &message)> inform;
    std::function<QString(const QString &suggestedName)> saveFileName;
    /// Shows a dialog modally; true when the user accepted it.
    std::function<bool(QDialog &dialog)> runDialog;
    /// Files the user picks to attach (empty: cancelled).
    std::function<QStringList()> openFileNames;
    /// The spreadsheet (.xlsx, .ods, .csv) the user picks to import members from (empty:
    /// cancelled).
    std::function<QString()> openSpreadsheet;
    /// Opens a saved file with the system's program for it (Word, LibreOffice, a PDF viewer).
    std::function<bool(const QString &path)> openFile;
    /// A line of text the user types (\a current filled in); empty when cancelled.
    std::function<QString(const QString &question, const QString &current)> askText;
};

} // namespace sochibo::gui

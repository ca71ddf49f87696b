#pragma once
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>

class QDialog;
class QWidget;

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
    /// A whole number the user types between \a min and \a max (\a value filled in);
    /// nullopt when cancelled.
    std::function<std::optional<int>(const QString &question, int value, int min, int max)>
        askNumber;
    /// The cell book (.db) the user picks to open (empty: cancelled).
    std::function<QString()> openBook;
    /// A folder the user picks (\a current shown first); empty when cancelled.
    std::function<QString(const QString &title, const QString &current)> chooseFolder;
};

/// \a prompts with every question it leaves unset asked the usual way: message boxes, the
/// file dialogs, an input line; a dialog run with exec(). Offscreen (tests, screenshots)
/// nothing is asked that nobody could answer.
Prompts withDefaults(Prompts prompts, QWidget *parent);

} // namespace sochibo::gui

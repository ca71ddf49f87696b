#include "MainMenus.h"

#include "MainWindow.h"
#include "gui/app/BookActions.h"
#include "gui/app/EditHistory.h"
#include "gui/app/Language.h"
#include "gui/common/Prompts.h"
#include "gui/reports/ReportPage.h"
#include "gui/search/SearchPage.h"

#include <QAction>
#include <QActionGroup>
#include <QKeySequence>
#include <QLineEdit>
#include <QMenuBar>
#include <QSettings>
#include <QShortcut>
#include <QUndoStack>

namespace sochibo::gui {

void buildMainMenus(MainWindow &w)
{
    BookActions *book = w.book();
    QMenu *file = w.menuBar()->addMenu(MainWindow::tr("&File"));
    file->addAction(MainWindow::tr("&Open a cell book…"), book, &BookActions::openWithDialog)
        ->setShortcut(QKeySequence::Open);
    file->addAction(MainWindow::tr("&New book for a cell…"), book, &BookActions::createCell);
    file->addAction(MainWindow::tr("Open the demo cell"), book, &BookActions::openDemo);
    file->addAction(MainWindow::tr("Cell &details and document style…"), book,
                    &BookActions::editCell);
    file->addAction(MainWindow::tr("&Grounds and recipients of documents…"), w.reportPage(),
                    &ReportPage::editGroundsAndRecipients);
    QMenu *recent = file->addMenu(MainWindow::tr("Open &recent"));
    QObject::connect(recent, &QMenu::aboutToShow, &w, [&w, book, recent] {
        recent->clear();
        const QStringList files = QSettings().value(QStringLiteral("recentFiles")).toStringList();
        for (const QString &f : files)
            recent->addAction(f, &w, [&w, book, f] {
                if (!book->openDatabase(f))
                    w.prompts().inform(book->lastError());
            });
        if (files.isEmpty())
            recent->addAction(MainWindow::tr("(none yet)"))->setEnabled(false);
    });
    file->addSeparator();
    file->addAction(MainWindow::tr("&Back up now…"), book, &BookActions::backupNow)
        ->setShortcut(QKeySequence(MainWindow::tr("Ctrl+B")));
    file->addAction(MainWindow::tr("&Restore from a backup…"), book,
                    &BookActions::restoreFromBackup);
    file->addAction(MainWindow::tr("Automatic backup folder…"), book,
                    &BookActions::chooseBackupFolder);
    file->addSeparator();
    file->addAction(MainWindow::tr("&Import a member list (Excel, LibreOffice, CSV)…"), &w,
                    &MainWindow::importMembers);
    file->addAction(MainWindow::tr("E&xport this table to Excel…"), &w,
                    &MainWindow::exportCurrentTable)
        ->setShortcut(QKeySequence(MainWindow::tr("Ctrl+E")));
    file->addSeparator();
    file->addAction(MainWindow::tr("&Verify the book and its evidence"), book,
                    &BookActions::verifyAll);
    file->addAction(MainWindow::tr("Evidence file size limit…"), book,
                    &BookActions::chooseEvidenceSizeLimit);
    file->addSeparator();
    file->addAction(MainWindow::tr("&Quit"), &w, &QWidget::close)->setShortcut(QKeySequence::Quit);

    QMenu *edit = w.menuBar()->addMenu(MainWindow::tr("&Edit"));
    QAction *undo = w.undoStack()->createUndoAction(&w, MainWindow::tr("&Undo"));
    undo->setShortcut(QKeySequence::Undo);
    QAction *redo = w.undoStack()->createRedoAction(&w, MainWindow::tr("&Redo"));
    redo->setShortcuts({QKeySequence::Redo, QKeySequence(Qt::CTRL | Qt::Key_Y)});
    edit->addAction(undo);
    edit->addAction(redo);
    edit->addSeparator();
    edit->addAction(MainWindow::tr("Your &name in the history…"), w.edits(),
                    &EditHistory::changeUserName);
    edit->addSeparator();
    QAction *add = edit->addAction(MainWindow::tr("&Add…"), &w, &MainWindow::addRecordHere);
    add->setShortcut(QKeySequence::New);
    add->setToolTip(MainWindow::tr("Adds what the page in view lists: a member, a task, a meeting "
                                   "or a topic; on the other pages, a member."));
    QAction *attach = edit->addAction(MainWindow::tr("Attach &evidence…"), &w,
                                      &MainWindow::attachToCurrentRecord);
    attach->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_A));
    attach->setToolTip(MainWindow::tr(
        "Attach files to the selected item: task, meeting, commitment or shortcoming (you can "
        "also drop files on a row or paste them with Ctrl+V)."));
    QAction *history =
        edit->addAction(MainWindow::tr("Change &history…"), &w, &MainWindow::showHistory);
    history->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_H));
    history->setToolTip(
        MainWindow::tr("Who created, edited or deleted the selected item, and when."));

    QMenu *go = w.menuBar()->addMenu(MainWindow::tr("&View"));
    const QStringList names = w.pageNames();
    for (int i = 0; i < names.size(); ++i) {
        QAction *a = go->addAction(names[i], &w, [&w, i] { w.showPage(MainWindow::Page(i)); });
        // Ctrl+1 … Ctrl+9, then Ctrl+0 for the tenth page
        a->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(i < 9 ? Qt::Key_1 + i : Qt::Key_0)));
    }
    go->addSeparator();
    go->addAction(MainWindow::tr("&Reload"), &w, &MainWindow::refresh)
        ->setShortcut(QKeySequence::Refresh);
    // The language menu names each language in itself, so either can find its way back.
    QMenu *languages = go->addMenu(MainWindow::tr("&Language / Ngôn ngữ"));
    auto *languageGroup = new QActionGroup(&w);
    for (const QString &code : availableLanguages()) {
        QAction *a =
            languages->addAction(languageName(code), &w, [&w, code] { w.chooseLanguage(code); });
        a->setCheckable(true);
        a->setChecked(code == savedLanguage());
        a->setData(code);
        languageGroup->addAction(a);
    }

    QMenu *help = w.menuBar()->addMenu(MainWindow::tr("&Help"));
    help->addAction(
            MainWindow::tr("&Quick guide"), &w,
            [&w] {
                w.prompts().inform(MainWindow::tr(
                    "Sổ chi bộ — quick guide\n\n• Members: add (Ctrl+N), edit (Enter or "
                    "double-click), "
                    "record transfers, retirement and discipline in the right-hand panel; ratings "
                    "per "
                    "year.\n• Tasks: assign work with a clear owner, deadline and product; the ⚠ "
                    "mark "
                    "tells what is missing. Monthly reports are written in the task editor.\n• "
                    "Monthly "
                    "tracking: every task of the month (or quarter) with its reports, evidence, "
                    "comments and the flags overdue, due soon, missing evidence, not reported; "
                    "Enter "
                    "records a monthly report from a member's paper; at the bottom, what carries "
                    "over "
                    "to the next period.\n• Meetings: attendance, conclusions, turning conclusions "
                    "into "
                    "tasks.\n• Review & remedies: self-assessment points, shortcomings, targets, "
                    "inspections and supervisions, new members of the year.\n• Reports: choose the "
                    "document and year, edit the text, preview, save as PDF, print, "
                    "issue.\n\nEvery "
                    "change is saved at once; Ctrl+Z undoes. Ctrl+F searches the whole book, "
                    "including "
                    "the text of PDF files; Ctrl+L filters the table in view (diacritics "
                    "optional). "
                    "Back up daily (File ▸ Back up now, Ctrl+B)."));
            })
        ->setShortcut(QKeySequence::HelpContents);
    help->addAction(MainWindow::tr("&About"), &w, [&w] {
        w.prompts().inform(
            MainWindow::tr(
                "Sổ chi bộ %1\nRecords and documents of a Party cell.\n\nLicence "
                "GPL-3.0-or-later. Font SoChiBo Serif (from Liberation Serif) under the SIL Open "
                "Font License 1.1.")
                .arg(QStringLiteral(SOCHIBO_VERSION)));
    });

    // Ctrl+F: the search over the whole cell; Ctrl+L: the filter box of the page in view;
    // Esc on the results: back to the page before; Ctrl+P: print the document in view.
    QObject::connect(new QShortcut(QKeySequence::Find, &w), &QShortcut::activated, &w, [&w] {
        w.searchBox()->setFocus(Qt::ShortcutFocusReason);
        w.searchBox()->selectAll();
    });
    QObject::connect(new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_L), &w), &QShortcut::activated,
                     &w, &MainWindow::focusFilter);
    auto *back = new QShortcut(QKeySequence(Qt::Key_Escape), w.searchPage());
    back->setContext(Qt::WidgetWithChildrenShortcut);
    QObject::connect(back, &QShortcut::activated, &w, [&w] {
        w.searchBox()->clear();
        w.runSearch(QString());
    });
    QObject::connect(new QShortcut(QKeySequence::Print, &w), &QShortcut::activated, &w, [&w] {
        w.showPage(MainWindow::Reports);
        if (w.reportPage()->pageCount() > 0 || w.reportPage()->preview())
            w.reportPage()->print();
    });
}

} // namespace sochibo::gui

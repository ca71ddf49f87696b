// How quickly the window answers on a large cell (docs/performance.md):
//   QT_QPA_PLATFORM=offscreen sochibo-window-bench [--runs 21] [--members 200] [--years 10]
// Drives the real MainWindow offscreen on a synthetic cell (200 members, 10 years by default):
// the time from asking to open the book to a window showing the Overview, and the time from an
// edit on a page to that page's updated row and the status bar's counts being on screen
// (EditHistory::commit returns once both are) — for an edit of a member on the Members page
// and of a task on the Tasks page. For comparison it also times reading every page again,
// which is what an edit cost before only the page in view was reloaded.
#include "demo/SyntheticData.h"
#include "gui/app/BookActions.h"
#include "gui/app/EditHistory.h"
#include "gui/app/MainWindow.h"
#include "gui/commitments/CommitmentsPage.h"
#include "gui/common/BookPage.h"
#include "gui/common/BookSession.h"
#include "gui/evidence/EvidencePage.h"
#include "gui/meetings/MeetingsPage.h"
#include "gui/members/MembersPage.h"
#include "gui/month/MonthPage.h"
#include "gui/overview/OverviewPage.h"
#include "gui/reports/ReportPage.h"
#include "gui/review/ReviewPage.h"
#include "gui/tasks/TasksPage.h"
#include "gui/topics/TopicsPage.h"
#include "storage/Database.h"
#include "storage/MemberRepository.h"
#include "storage/TaskRepository.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QSettings>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <algorithm>
#include <cstdio>

using namespace sochibo;
using namespace sochibo::gui;

namespace {

double median(QList<double> v)
{
    std::sort(v.begin(), v.end());
    return v.isEmpty() ? 0 : v[v.size() / 2];
}

double maximum(const QList<double> &v)
{
    return v.isEmpty() ? 0 : *std::max_element(v.begin(), v.end());
}

double ms(const QElapsedTimer &t)
{
    return double(t.nsecsElapsed()) / 1e6;
}

void row(const char *what, const QList<double> &times)
{
    std::printf("| %s | %.1f ms | %.1f ms |\n", what, median(times), maximum(times));
}

/// Changes the notes of record \a id through the window's edit path and returns how long the
/// window took to show it.
template <typename Save> double timedEdit(MainWindow &w, const QString &text, Save save)
{
    QElapsedTimer t;
    t.start();
    w.edits()->commit(text, save, save);
    QApplication::processEvents(); // what the edit queued for the screen
    return ms(t);
}

} // namespace

int main(int argc, char **argv)
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("sochibo-bench"));
    QStandardPaths::setTestModeEnabled(true); // settings of its own, not the user's
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption runsOption(QStringLiteral("runs"), QStringLiteral("Runs."),
                                        QStringLiteral("n"), QStringLiteral("21"));
    const QCommandLineOption membersOption(QStringLiteral("members"), QStringLiteral("Members."),
                                           QStringLiteral("n"), QStringLiteral("200"));
    const QCommandLineOption yearsOption(QStringLiteral("years"), QStringLiteral("Years."),
                                         QStringLiteral("n"), QStringLiteral("10"));
    parser.addOptions({runsOption, membersOption, yearsOption});
    parser.process(app);
    const int runs = std::max(1, parser.value(runsOption).toInt());

    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("cell.db"));
    {
        const auto db = storage::Database::open(path, storage::Database::Mode::Create);
        demo::SyntheticSize size;
        size.members = parser.value(membersOption).toInt();
        size.years = parser.value(yearsOption).toInt();
        demo::writeSynthetic(db, size);
    }
    QSettings().setValue(QStringLiteral("user/name"), QStringLiteral("Bench"));
    const QDate today(2026, 11, 21);

    QList<double> opening;
    for (int i = 0; i < runs; ++i) {
        MainWindow w;
        w.setToday(today);
        w.resize(1280, 800);
        w.show();
        QApplication::processEvents();
        QElapsedTimer t;
        t.start();
        if (!w.book()->openDatabase(path)) {
            std::fprintf(stderr, "cannot open: %s\n", qPrintable(w.book()->lastError()));
            return 1;
        }
        QApplication::processEvents();
        opening << ms(t);
        w.waitForBackups(); // the backup made on opening, before the next run
    }

    MainWindow w;
    w.setToday(today);
    w.resize(1280, 800);
    w.show();
    w.book()->openDatabase(path);
    w.waitForBackups();
    const storage::Database &db = *w.database();

    QList<double> memberEdit, taskEdit, everyPage;
    w.showPage(MainWindow::Members);
    MembersPage *members = w.membersPage();
    members->view()->setCurrentIndex(members->proxy()->index(5, 0));
    const qint64 memberId = members->currentId();
    core::Member member = *storage::MemberRepository(db).find(memberId);
    for (int i = 0; i < runs; ++i) {
        member.notes = QStringLiteral("Ghi chú %1").arg(i);
        memberEdit << timedEdit(w, QStringLiteral("Edit member"),
                                [&db, member] { storage::MemberRepository(db).save(member); });
    }
    w.showPage(MainWindow::Tasks);
    TasksPage *tasks = w.tasksPage();
    tasks->view()->setCurrentIndex(tasks->proxy()->index(3, 0));
    core::Task task = *storage::TaskRepository(db).find(tasks->currentId());
    for (int i = 0; i < runs; ++i) {
        task.committeeComment = QStringLiteral("Nhận xét %1").arg(i);
        taskEdit << timedEdit(w, QStringLiteral("Edit task"),
                              [&db, task] { storage::TaskRepository(db).save(task); });
    }
    const QList<BookPage *> pages = {
        w.overviewPage(), w.membersPage(), w.tasksPage(),       w.monthPage(),    w.meetingsPage(),
        w.topicsPage(),   w.reviewPage(),  w.commitmentsPage(), w.evidencePage(), w.reportPage()};
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer t;
        t.start();
        for (BookPage *page : pages)
            page->reload();
        QApplication::processEvents();
        everyPage << ms(t);
    }

    std::printf("Cell: %s members at the end, %s years; %d runs; median and slowest.\n\n",
                qPrintable(parser.value(membersOption)), qPrintable(parser.value(yearsOption)),
                runs);
    std::printf("| What | Median | Slowest |\n|---|---:|---:|\n");
    row("Open the book to the Overview", opening);
    row("Edit a member: the row and the counts on screen", memberEdit);
    row("Edit a task: the row and the counts on screen", taskEdit);
    row("Every page read again (what an edit cost before)", everyPage);
    return 0;
}

#include "PageLinks.h"

#include "MainWindow.h"
#include "gui/common/BookSession.h"
#include "gui/evidence/EvidencePage.h"
#include "gui/meetings/MeetingsPage.h"
#include "gui/members/MembersPage.h"
#include "gui/month/MonthPage.h"
#include "gui/overview/OverviewPage.h"
#include "gui/reports/ReportPage.h"
#include "gui/review/ReviewPage.h"
#include "gui/tasks/TasksPage.h"

#include <QStatusBar>

namespace sochibo::gui {

void linkPages(MainWindow &w)
{
    QObject::connect(w.membersPage(), &MembersPage::changed, &w, &MainWindow::refresh);
    QObject::connect(w.evidencePage(), &EvidencePage::changed, &w, &MainWindow::refresh);
    QObject::connect(w.reportPage(), &ReportPage::recordsChanged, &w, &MainWindow::refresh);
    QObject::connect(w.overviewPage(), &OverviewPage::open, &w, &MainWindow::openRecord);
    QObject::connect(w.overviewPage(), &OverviewPage::showTasks, &w, [&w](int show) {
        w.showPage(MainWindow::Tasks);
        w.tasksPage()->setShow(TasksPage::Show(show));
    });
    QObject::connect(w.overviewPage(), &OverviewPage::showMonth, &w, [&w](int show) {
        w.showPage(MainWindow::Month);
        w.monthPage()->setPeriod(w.session()->today().toString(QStringLiteral("yyyy-MM")));
        w.monthPage()->setShow(MonthPage::Show(show));
    });
    QObject::connect(w.monthPage(), &MonthPage::editTask, &w, [&w](qint64 id) {
        if (w.openRecord(QStringLiteral("task"), id))
            w.tasksPage()->editCurrent();
    });
    const auto taskFromConclusion = [&w](qint64 conclusionId) {
        w.tasksPage()->addFromConclusion(conclusionId);
    };
    QObject::connect(w.monthPage(), &MonthPage::taskFromConclusion, &w, taskFromConclusion);
    QObject::connect(w.meetingsPage(), &MeetingsPage::taskFromConclusion, &w, taskFromConclusion);
    QObject::connect(w.monthPage(), &MonthPage::printSummary, &w,
                     [&w](const QString &period, bool byMember) {
                         w.showPage(MainWindow::Reports);
                         w.reportPage()->selectPeriodReport(period, byMember);
                         w.reportPage()->preview();
                     });
    QObject::connect(w.reviewPage(), &ReviewPage::printRequested, &w,
                     [&w](const QString &kind, int year, qint64 memberId) {
                         w.showPage(MainWindow::Reports);
                         w.reportPage()->selectMemberReport(kind, year, memberId);
                         w.reportPage()->preview();
                     });
    QObject::connect(w.monthPage(), &MonthPage::evidenceAttached, &w,
                     &MainWindow::evidenceAttached);
    QObject::connect(w.tasksPage(), &TasksPage::attachRequested, &w,
                     &MainWindow::attachToCurrentRecord);
    for (RecordsPage *page :
         {static_cast<RecordsPage *>(w.membersPage()), static_cast<RecordsPage *>(w.tasksPage()),
          static_cast<RecordsPage *>(w.meetingsPage()),
          static_cast<RecordsPage *>(w.evidencePage())}) {
        QObject::connect(page, &RecordsPage::exportRequested, &w, &MainWindow::exportCurrentTable);
        QObject::connect(page, &RecordsPage::statusMessage, w.statusBar(),
                         &QStatusBar::showMessage);
    }
    QObject::connect(w.monthPage(), &MonthPage::exportRequested, &w,
                     &MainWindow::exportCurrentTable);
    QObject::connect(w.reviewPage(), &ReviewPage::exportRequested, &w,
                     &MainWindow::exportCurrentTable);
}

} // namespace sochibo::gui

// Drives the real main window offscreen with the demo cell, as a user would.
#include "demo/DemoData.h"
#include "gui/MainWindow.h"
#include "gui/RecordTable.h"
#include "storage/Database.h"

#include <QAbstractItemModelTester>
#include <QLineEdit>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace sochibo;
using namespace sochibo::gui;

class TestMainWindow : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_path;
    QStringList m_messages;  ///< what the window told the user
    QStringList m_questions; ///< what it asked
    bool m_answer = true;    ///< the next answer to a question
    QString m_saveAs;        ///< the next file name chosen

    std::unique_ptr<MainWindow> makeWindow()
    {
        Prompts p;
        p.inform = [this](const QString &m) {
            m_messages << m;
        };
        p.confirm = [this](const QString &q) {
            m_questions << q;
            return m_answer;
        };
        p.saveFileName = [this](const QString &) {
            return m_saveAs;
        };
        auto w = std::make_unique<MainWindow>(p);
        w->setToday(demo::demoToday());
        if (!w->openDatabase(m_path))
            qWarning("%s", qPrintable(w->lastError()));
        return w;
    }

    static QStringList column(const QAbstractItemModel *m, int c)
    {
        QStringList out;
        for (int r = 0; r < m->rowCount(); ++r)
            out << m->index(r, c).data().toString();
        return out;
    }

    static int rowOf(const QAbstractItemModel *m, int c, const QString &text)
    {
        for (int r = 0; r < m->rowCount(); ++r)
            if (m->index(r, c).data().toString() == text)
                return r;
        return -1;
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true); // settings go to a test location
        m_path = m_dir.filePath(QStringLiteral("demo.db"));
        const auto db = storage::Database::open(m_path, storage::Database::Mode::Create);
        demo::writeDemo(db);
    }

    void init()
    {
        m_messages.clear();
        m_questions.clear();
        m_answer = true;
    }

    void membersInRosterOrderAndFilterIgnoresDiacritics()
    {
        auto w = makeWindow();
        MembersPage *page = w->membersPage();
        QAbstractItemModelTester modelTester(page->model());
        QAbstractItemModelTester proxyTester(page->proxy());
        QCOMPARE(page->model()->rowCount(), 19);
        const QStringList names = column(page->proxy(), 0);
        QCOMPARE(names.first(), QStringLiteral("Võ Thị Ngọc Ánh")); // given name "Ánh" first
        QVERIFY(names.indexOf(QStringLiteral("Phạm Quốc Bảo")) <
                names.indexOf(QStringLiteral("Huỳnh Thị Kim Chi")));
        // The retired member is listed as such.
        const int nam = rowOf(page->proxy(), 0, QStringLiteral("Trương Văn Nam"));
        QVERIFY(nam >= 0);
        QVERIFY(
            page->proxy()->index(nam, 5).data().toString().startsWith(QStringLiteral("Nghỉ hưu")));

        // Typing without marks finds the marked name (typed with ASCII: keyClicks cannot
        // send non-ASCII text, see toolchain-notes).
        w->show();
        QTest::keyClicks(page->filterBox(), QStringLiteral("dang"));
        QVERIFY(page->proxy()->rowCount() >= 1);
        QVERIFY(column(page->proxy(), 0).contains(QStringLiteral("Đặng Văn Dũng")));
        page->filterBox()->clear();
        page->filterBox()->setText(QStringLiteral("ĐẶNG"));
        QVERIFY(column(page->proxy(), 0).contains(QStringLiteral("Đặng Văn Dũng")));
        page->filterBox()->setText(QStringLiteral("khong co ai ten nay"));
        QCOMPARE(page->proxy()->rowCount(), 0);
    }

    void sortingByNameColumnUsesRosterOrder()
    {
        auto w = makeWindow();
        MembersPage *page = w->membersPage();
        page->view()->sortByColumn(0, Qt::DescendingOrder);
        const QStringList names = column(page->proxy(), 0);
        QCOMPARE(names.last(), QStringLiteral("Võ Thị Ngọc Ánh"));
        page->view()->sortByColumn(4, Qt::AscendingOrder); // admission date, by date not text
        const QStringList dates = column(page->proxy(), 4);
        QCOMPARE(dates.first(), QStringLiteral("03/02/1995"));
    }

    void deletingAMemberWhoOwnsTasksIsExplained()
    {
        auto w = makeWindow();
        MembersPage *page = w->membersPage();
        const int row = rowOf(page->proxy(), 0, QStringLiteral("Trần Văn Khải"));
        QVERIFY(row >= 0);
        page->view()->setCurrentIndex(page->proxy()->index(row, 0));
        QVERIFY(!page->removeCurrent());
        QCOMPARE(m_messages.size(), 1);
        QVERIFY2(m_messages[0].contains(QStringLiteral("Không xóa được đồng chí Trần Văn Khải")),
                 qPrintable(m_messages[0]));
        QVERIFY2(m_messages[0].contains(QStringLiteral("Lập sổ theo dõi nhiệm vụ")),
                 qPrintable(m_messages[0])); // names one of his tasks
        QVERIFY(m_questions.isEmpty());      // refused before asking
        QCOMPARE(page->model()->rowCount(), 19);
    }

    void vagueTasksCarryAMarkerAndATooltip()
    {
        auto w = makeWindow();
        TasksPage *page = w->tasksPage();
        QAbstractItemModelTester tester(page->model());
        page->setShow(TasksPage::Vague);
        QVERIFY(page->proxy()->rowCount() >= 2);
        const int row = rowOf(page->proxy(), 0, QStringLiteral("Tăng cường công tác dân vận"));
        QVERIFY(row >= 0);
        QCOMPARE(page->proxy()->index(row, 1).data().toString(), QStringLiteral("(chưa giao)"));
        const QString marker = page->proxy()->index(row, 6).data().toString();
        QVERIFY2(marker.startsWith(QStringLiteral("⚠")) &&
                     marker.contains(QStringLiteral("người")) &&
                     marker.contains(QStringLiteral("thời hạn")),
                 qPrintable(marker));
        QVERIFY(page->proxy()
                    ->index(row, 6)
                    .data(Qt::ToolTipRole)
                    .toString()
                    .contains(QStringLiteral("thiếu người")));
        page->setShow(TasksPage::Overdue);
        QCOMPARE(page->proxy()->rowCount(), 3);
        for (const QString &s : column(page->proxy(), 3))
            QVERIFY(s.contains(QStringLiteral("quá hạn")));
    }

    void meetingsShowAttendance()
    {
        auto w = makeWindow();
        MeetingsPage *page = w->meetingsPage();
        QCOMPARE(page->model()->rowCount(), 15);
        const int row = rowOf(page->proxy(), 0, QStringLiteral("05/11/2026"));
        QVERIFY(row >= 0);
        QCOMPARE(page->proxy()->index(row, 2).data().toString(), QStringLiteral("có mặt 16/18"));
    }

    void overviewCountsTheYear()
    {
        auto w = makeWindow();
        const QString text = w->overviewPage()->text();
        QVERIFY(text.contains(QStringLiteral("Chi bộ Trường Tiểu học Vĩnh Phong 4")));
        QVERIFY(text.contains(QStringLiteral("Đảng viên đang sinh hoạt</td><td><b>18")));
        QVERIFY(text.contains(QStringLiteral("Nhiệm vụ quá hạn</td><td><b>3")));
    }

    void reportPreviewSaveAndIssue()
    {
        auto w = makeWindow();
        w->showPage(MainWindow::Reports);
        ReportPage *page = w->reportPage();
        page->selectReport(QStringLiteral("remediation-plan"), 2025);
        QVERIFY(page->preview());
        QCOMPARE(page->pageCount(), 5);
        QTRY_COMPARE_WITH_TIMEOUT(page->renderedPages(), 5, 20000); // rendered in the background
        QVERIFY2(page->status().contains(QStringLiteral("số 07-KH/CB")),
                 qPrintable(page->status()));

        m_saveAs = m_dir.filePath(QStringLiteral("plan.pdf"));
        QVERIFY(page->saveAs());
        QFile f(m_saveAs);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QVERIFY(f.read(5) == "%PDF-");

        m_answer = false; // "not now": nothing recorded
        QVERIFY(!page->issue());
        QVERIFY(page->preview());
        QVERIFY(page->status().contains(QStringLiteral("số 07-KH/CB")));
        m_answer = true;
        QVERIFY(page->issue());
        QVERIFY(m_questions.last().contains(QStringLiteral("07-KH/CB")));
        QVERIFY(page->preview());
        QVERIFY2(page->status().contains(QStringLiteral("số 08-KH/CB")),
                 qPrintable(page->status()));
    }

    void missingYearIsExplainedNotRendered()
    {
        auto w = makeWindow();
        ReportPage *page = w->reportPage();
        page->selectReport(QStringLiteral("remediation-plan"), 2026);
        QVERIFY(!page->preview());
        QCOMPARE(page->pageCount(), 0);
        QVERIFY(page->status().contains(QStringLiteral("Chưa có hạn chế")));
    }

    void badFileIsRefusedWithAMessage()
    {
        const QString junk = m_dir.filePath(QStringLiteral("junk.db"));
        QFile f(junk);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("not a database");
        f.close();
        MainWindow w;
        QVERIFY(!w.openDatabase(junk));
        QVERIFY(!w.lastError().isEmpty());
    }
};

QTEST_MAIN(TestMainWindow)
#include "TestMainWindow.moc"

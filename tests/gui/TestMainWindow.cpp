// Drives the real main window offscreen with the demo cell, as a user would.
#include "TestPaths.h"
#include "core/UserError.h"
#include "demo/DemoData.h"
#include "demo/SyntheticData.h"
#include "gui/app/BookActions.h"
#include "gui/app/CellDialog.h"
#include "gui/app/EditHistory.h"
#include "gui/app/HistoryDialog.h"
#include "gui/app/Language.h"
#include "gui/app/MainWindow.h"
#include "gui/app/RestoreDialog.h"
#include "gui/commitments/CommitmentDialog.h"
#include "gui/commitments/CommitmentsPage.h"
#include "gui/common/BackgroundJob.h"
#include "gui/common/Prompts.h"
#include "gui/evidence/AttachFiles.h"
#include "gui/evidence/CaptionDialog.h"
#include "gui/evidence/EvidencePage.h"
#include "gui/meetings/MeetingDialog.h"
#include "gui/meetings/MeetingsPage.h"
#include "gui/members/EventDialog.h"
#include "gui/members/MemberDialog.h"
#include "gui/members/MemberImportDialog.h"
#include "gui/members/MembersPage.h"
#include "gui/month/MonthPage.h"
#include "gui/month/ProgressReportDialog.h"
#include "gui/overview/OverviewPage.h"
#include "gui/reports/DocumentSettingsDialog.h"
#include "gui/reports/ProseDialog.h"
#include "gui/reports/ReportPage.h"
#include "gui/review/MemberReviewDialog.h"
#include "gui/review/ReviewPage.h"
#include "gui/review/ShortcomingDialog.h"
#include "gui/review/SupervisionDialog.h"
#include "gui/search/SearchPage.h"
#include "gui/tasks/TaskDialog.h"
#include "gui/tasks/TasksPage.h"
#include "gui/topics/TopicDialog.h"
#include "gui/topics/TopicsPage.h"
#include "reportdata/ReportService.h"
#include "reports/ReportTemplate.h"
#include "storage/Backup.h"
#include "storage/CellRepository.h"
#include "storage/ChangeLog.h"
#include "storage/Database.h"
#include "storage/EvidenceStore.h"
#include "storage/MeetingRepository.h"
#include "storage/MemberRepository.h"
#include "storage/ReviewRepository.h"
#include "storage/Search.h"
#include "storage/Statistics.h"
#include "storage/TaskRepository.h"
#include "support/FaultyVfs.h"
#include "support/SettingsIsolation.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QDir>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenuBar>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QProcess>
#include <QProgressBar>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardItemModel>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTextCursor>
#include <QTextEdit>
#include <QTimer>
#include <QTranslator>
#include <QTreeView>
#include <QTreeWidget>
#include <QUndoStack>
#include <QUrl>
#include <QXmlStreamReader>
#include <poppler-qt6.h>
#include <sqlite3.h>

using namespace sochibo;
using namespace sochibo::gui;
using sochibo::storage::Statement;

class TestMainWindow : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_path;
    QStringList m_messages;                  ///< what the window told the user
    QStringList m_questions;                 ///< what it asked
    bool m_answer = true;                    ///< the next answer to a question
    QString m_saveAs;                        ///< the next file name chosen
    std::function<bool(QDialog &)> m_dialog; ///< plays the user in the next dialog
    QString m_suggested;                     ///< the file name the window proposed last
    QStringList m_opened;                    ///< files handed to the system to open
    QStringList m_pick;                      ///< the files the user picks next
    QStringList m_askedText;                 ///< the questions asked for a line of text
    QString m_typed;                         ///< what the user types when asked

    std::unique_ptr<MainWindow> makeWindow(const QString &path = {})
    {
        Prompts p;
        p.inform = [this](const QString &m) {
            m_messages << m;
        };
        p.confirm = [this](const QString &q) {
            m_questions << q;
            return m_answer;
        };
        p.saveFileName = [this](const QString &suggested) {
            m_suggested = suggested;
            return m_saveAs;
        };
        p.openFile = [this](const QString &path) {
            m_opened << path;
            return true;
        };
        // Never a modal dialog in a test: the test plays the user, or the dialog is cancelled.
        p.openFileNames = [this] {
            return m_pick;
        };
        p.openSpreadsheet = [this] {
            return m_pick.value(0);
        };
        p.askText = [this](const QString &question, const QString &) {
            m_askedText << question;
            return m_typed;
        };
        p.runDialog = [this](QDialog &d) {
            return m_dialog && m_dialog(d);
        };
        auto w = std::make_unique<MainWindow>(p);
        w->setToday(demo::demoToday());
        if (!w->openDatabase(path.isEmpty() ? m_path : path))
            qWarning("%s", qPrintable(w->lastError()));
        return w;
    }

    /// A demo cell of its own in its own folder (with its own backups folder).
    QString freshCell(const QString &name)
    {
        const QString folder = m_dir.filePath(name);
        QDir().mkpath(folder);
        const QString path = folder + QStringLiteral("/cell.db");
        const auto db = storage::Database::open(path, storage::Database::Mode::Create);
        demo::writeDemo(db);
        return path;
    }

    /// A member added through the dialog as a user would.
    bool addMemberNamed(MainWindow &w, const QString &name)
    {
        m_dialog = [name](QDialog &d) {
            auto &dialog = dynamic_cast<MemberDialog &>(d);
            dialog.nameField()->setText(name);
            dialog.admittedField()->setText(QStringLiteral("05/09/2012"));
            dialog.fullField()->setText(QStringLiteral("05/09/2013"));
            dialog.accept();
            return dialog.result() == QDialog::Accepted;
        };
        const bool added = shown(w, MainWindow::Members).membersPage()->add();
        m_dialog = {};
        return added;
    }

    /// The 2026 self-review as the records now give it, read through a second connection.
    reports::BuiltReport selfReview2026() const
    {
        const auto db = storage::Database::open(m_path, storage::Database::Mode::ReadOnly);
        reports::ReportRequest r;
        r.kind = QStringLiteral("self-review");
        r.year = 2026;
        r.date = demo::demoToday();
        return reportdata::ReportService(db).build(r);
    }

    /// \a w with \a page in view, as the user sees it before using it (a page is read again
    /// only when it is shown).
    static MainWindow &shown(MainWindow &w, MainWindow::Page page)
    {
        w.showPage(page);
        return w;
    }

    /// Ctrl+Shift+A on the page in view, the files attached in the background: how many were
    /// (0 when nothing was started, -1 when the attaching never reported).
    static int attachAndWait(MainWindow *w)
    {
        QSignalSpy attached(w, &MainWindow::evidenceAttached);
        if (!w->attachToCurrentRecord())
            return 0;
        w->waitForBackups();
        return attached.isEmpty() ? -1 : attached.first().first().toInt();
    }

    /// The task selected on the Tasks page, given the files the prompts pick.
    static int attachToTask(MainWindow *w)
    {
        w->showPage(MainWindow::Tasks);
        return attachAndWait(w);
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

    /// A keyboard user's walk through \a d: Tab from the widget that has focus when the dialog
    /// opens, one key at a time, until focus comes back. Returns the widgets in the order they
    /// got focus (repeats inside one widget, such as cells of a table, collapsed); an empty
    /// list and \a problem when Tab got stuck.
    static QList<QWidget *> tabWalk(QWidget &d, QString *problem)
    {
        d.show();
        QApplication::setActiveWindow(&d);
        if (!QTest::qWaitForWindowActive(&d)) {
            *problem = QStringLiteral("window never active");
            return {};
        }
        const auto focused = [] {
            QWidget *w = QApplication::focusWidget();
            while (w && w->focusProxy())
                w = w->focusProxy();
            return w;
        };
        QWidget *start = focused();
        if (!start) {
            *problem = QStringLiteral("nothing has focus when the dialog opens");
            return {};
        }
        QList<QWidget *> walk{start};
        for (int press = 0; press < 400; ++press) {
            QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
            QWidget *now = focused();
            if (now == start && walk.size() > 1)
                return walk;
            if (now != walk.last())
                walk << now;
        }
        *problem = QStringLiteral("Tab never came back to %1; stuck in %2")
                       .arg(QString::fromLatin1(start->metaObject()->className()),
                            QString::fromLatin1(walk.last()->metaObject()->className()));
        return {};
    }

    /// What a keyboard user can reach in \a d: visible, enabled widgets that take Tab focus.
    static QList<QWidget *> tabbable(QWidget &d)
    {
        QList<QWidget *> out;
        for (QWidget *w : d.findChildren<QWidget *>())
            if (w->isVisibleTo(&d) && w->isEnabled() && (w->focusPolicy() & Qt::TabFocus) &&
                !w->focusProxy())
                out << w;
        return out;
    }

    static QString describe(QWidget *w, QWidget *top)
    {
        const QRect r(w->mapTo(top, QPoint(0, 0)), w->size());
        QString text;
        if (auto *b = qobject_cast<QAbstractButton *>(w))
            text = b->text();
        return QStringLiteral("%1 \"%2\" at %3,%4")
            .arg(QString::fromLatin1(w->metaObject()->className()), text)
            .arg(r.x())
            .arg(r.y());
    }

    /// Where \a walk (a Tab cycle through \a top) breaks reading order. The top opens on the
    /// field to type in; the cycle is read from the widget nearest the top left (a tab bar
    /// above the fields comes before them), and each step goes down, right within a row, or
    /// to the next column on the right.
    /// The buttons of one box may come in the platform's order. \a walk ends rotated.
    static QStringList readingOrderProblems(QList<QWidget *> &walk, QWidget *top,
                                            const QString &name)
    {
        QStringList failures;
        const auto topLeft = [top](QWidget *w) {
            const QPoint p = w->mapTo(top, QPoint(0, 0));
            return std::pair(p.y(), p.x());
        };
        const auto first = std::min_element(walk.begin(), walk.end(), [&](QWidget *a, QWidget *b) {
            return topLeft(a) < topLeft(b);
        });
        std::rotate(walk.begin(), first, walk.end());
        for (qsizetype i = 1; i < walk.size(); ++i) {
            QWidget *p = walk[i - 1];
            QWidget *n = walk[i];
            if (qobject_cast<QDialogButtonBox *>(p->parentWidget()) &&
                p->parentWidget() == n->parentWidget())
                continue;
            const QRect a(p->mapTo(top, QPoint(0, 0)), p->size());
            const QRect b(n->mapTo(top, QPoint(0, 0)), n->size());
            const int overlap = std::min(a.bottom(), b.bottom()) - std::max(a.top(), b.top());
            const bool sameRow = overlap > std::min(a.height(), b.height()) / 2;
            // Down the column, right along a row, or on to the top of the next column to the
            // right (the page after the navigation list).
            const bool nextColumn = b.left() > a.right();
            if (!(sameRow ? b.left() > a.left() : b.center().y() > a.center().y() || nextColumn))
                failures << QStringLiteral("%1: Tab goes from %2 back to %3")
                                .arg(name, describe(p, top), describe(n, top));
        }
        return failures;
    }

private slots:
    void initTestCase()
    {
        testing::isolateSettings(); // no column order or recent file from an earlier run
        QVERIFY(installLanguage(QStringLiteral("vi"))); // as the program starts
        testing::FaultyVfs::install(); // passes everything through until a test arms it
        m_path = m_dir.filePath(QStringLiteral("demo.db"));
        const auto db = storage::Database::open(m_path, storage::Database::Mode::Create);
        demo::writeDemo(db);
    }

    void cleanupTestCase() { testing::dropSettings(); }

    void init()
    {
        QSettings().clear(); // each test starts from the defaults (no remembered sort order)
        m_messages.clear();
        m_questions.clear();
        m_answer = true;
    }

    // --- Interface language

    /// Every tr() string of the interface, as lupdate finds it in the sources now, has a
    /// Vietnamese translation in the compiled-in catalogue with the same %1 … %n placeholders.
    /// Runs the real lupdate over \a dirs and returns every (context, source) pair the
    /// compiled catalogue \a qm leaves untranslated or translates with other placeholders.
    static QStringList untranslated(const QStringList &dirs, const QString &qm, int *strings)
    {
        QTemporaryDir tmp;
        const QString ts = tmp.filePath(QStringLiteral("now.ts"));
        QProcess lupdate;
        QStringList args = {QStringLiteral("-silent"), QStringLiteral("-locations"),
                            QStringLiteral("none")};
        for (const QString &d : dirs)
            args << QStringLiteral(SOCHIBO_SOURCE_DIR) + QLatin1Char('/') + d;
        lupdate.start(QStringLiteral(SOCHIBO_LUPDATE), args << QStringLiteral("-ts") << ts);
        if (!lupdate.waitForFinished(60000) || lupdate.exitCode() != 0)
            return {QStringLiteral("lupdate failed")};
        QFile file(ts);
        QTranslator catalogue;
        if (!file.open(QIODevice::ReadOnly) || !catalogue.load(qm))
            return {QStringLiteral("cannot read ") + qm};
        static const QRegularExpression placeholder(QStringLiteral("%\\d+"));
        const auto placeholders = [](const QString &text) {
            QStringList out;
            for (auto it = placeholder.globalMatch(text); it.hasNext();)
                out << it.next().captured();
            out.sort();
            return out;
        };
        QXmlStreamReader xml(&file);
        QString context;
        QStringList problems;
        *strings = 0;
        while (!xml.atEnd()) {
            xml.readNext();
            if (!xml.isStartElement())
                continue;
            if (xml.name() == QLatin1String("name")) {
                context = xml.readElementText();
            } else if (xml.name() == QLatin1String("source")) {
                const QString source = xml.readElementText();
                ++*strings;
                const QString translated =
                    catalogue.translate(context.toUtf8().constData(), source.toUtf8().constData());
                if (translated.isEmpty())
                    problems << context + QStringLiteral(": ") + source;
                else if (placeholders(translated) != placeholders(source))
                    problems << QStringLiteral("placeholders differ: ") + source + " → " +
                                    translated;
            }
        }
        if (xml.hasError())
            problems << xml.errorString();
        return problems;
    }

    /// Every string of the interface has its Vietnamese, and every label and message of
    /// src/core (Vietnamese, as documents print them) has its English.
    void everyInterfaceStringIsTranslated()
    {
        int strings = 0;
        QStringList missing = untranslated({QStringLiteral("src/gui"), QStringLiteral("ui")},
                                           QStringLiteral(":/i18n/sochibo_vi.qm"), &strings);
        QVERIFY2(strings > 600, qPrintable(QString::number(strings)));
        QVERIFY2(missing.isEmpty(), qPrintable(missing.join(QLatin1Char('\n'))));
        missing = untranslated({QStringLiteral("src/core")}, QStringLiteral(":/i18n/sochibo_en.qm"),
                               &strings);
        QVERIFY2(strings > 60, qPrintable(QString::number(strings)));
        QVERIFY2(missing.isEmpty(), qPrintable(missing.join(QLatin1Char('\n'))));
    }

    /// Vietnamese is what the program starts in; English is a setting, chosen in the View menu.
    void vietnameseByDefaultEnglishAsASetting()
    {
        QCOMPARE(savedLanguage(), QStringLiteral("vi"));
        {
            auto w = makeWindow();
            auto *nav = w->findChild<QListWidget *>(QStringLiteral("navigation"));
            QVERIFY(nav);
            QCOMPARE(nav->item(1)->text(), QStringLiteral("Đảng viên"));
            QCOMPARE(w->menuBar()->actions().first()->text(), QStringLiteral("&Tệp"));
            // Qt's own buttons speak Vietnamese too.
            QDialogButtonBox box(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
            QCOMPARE(box.button(QDialogButtonBox::Cancel)->text(), QStringLiteral("Hủy"));

            // The user picks English; declining the restart keeps this window as it is.
            QAction *english = nullptr;
            for (QAction *a : w->findChildren<QAction *>())
                if (a->data().toString() == QLatin1String("en"))
                    english = a;
            QVERIFY(english);
            QCOMPARE(english->text(), QStringLiteral("English"));
            m_answer = false;
            english->trigger();
            QCOMPARE(m_questions.size(), 1);
            QVERIFY2(m_questions.first().contains(QStringLiteral("Khởi động lại ngay?")),
                     qPrintable(m_questions.first()));
            QCOMPARE(savedLanguage(), QStringLiteral("en"));
            QCOMPARE(nav->item(1)->text(), QStringLiteral("Đảng viên"));
        }
        // The next start reads the setting.
        QVERIFY(installLanguage(savedLanguage()));
        {
            auto w = makeWindow();
            auto *nav = w->findChild<QListWidget *>(QStringLiteral("navigation"));
            QCOMPARE(nav->item(1)->text(), QStringLiteral("Members"));
            QCOMPARE(nav->item(2)->text(), QStringLiteral("Tasks"));
            QCOMPARE(w->menuBar()->actions().first()->text(), QStringLiteral("&File"));
            QDialogButtonBox box(QDialogButtonBox::Cancel);
            QCOMPARE(box.button(QDialogButtonBox::Cancel)->text(), QStringLiteral("Cancel"));
            // The records' labels too: role, membership, events, task status, meeting kind.
            MembersPage *members = shown(*w, MainWindow::Members).membersPage();
            const int huong = rowOf(members->proxy(), 0, QStringLiteral("Nguyễn Thị Thanh Hương"));
            QVERIFY(huong >= 0);
            QCOMPARE(members->proxy()->index(huong, 1).data().toString(),
                     QStringLiteral("Secretary"));
            QCOMPARE(members->proxy()->index(huong, 2).data().toString(),
                     QStringLiteral("Full member"));
            const int nam = rowOf(members->proxy(), 0, QStringLiteral("Trương Văn Nam"));
            QVERIFY(members->proxy()->index(nam, 5).data().toString().startsWith(
                QStringLiteral("Retired ")));
            const QStringList statuses =
                column(shown(*w, MainWindow::Tasks).tasksPage()->proxy(), 3);
            QVERIFY2(
                std::any_of(statuses.begin(), statuses.end(),
                            [](const QString &s) { return s.startsWith(QLatin1String("Done")); }),
                qPrintable(statuses.join(QLatin1String(" | "))));
            for (const QString &s : statuses)
                QVERIFY2(!s.contains(QStringLiteral("hoàn thành")), qPrintable(s));
            // … while the documents stay Vietnamese: they are the party's, not the interface's.
            const auto db = storage::Database::open(m_path, storage::Database::Mode::ReadOnly);
            reports::ReportRequest req;
            req.kind = QStringLiteral("self-review");
            req.year = 2026;
            const QString text = reportdata::ReportService(db).build(req).document.toText();
            QVERIFY(text.contains(QStringLiteral("Hoàn thành tốt nhiệm vụ")));
            QVERIFY(!text.contains(QStringLiteral("Well completed")));
        }
        saveLanguage(QStringLiteral("vi"));
        QVERIFY(installLanguage(savedLanguage()));
        auto w = makeWindow();
        QCOMPARE(w->findChild<QListWidget *>(QStringLiteral("navigation"))->item(1)->text(),
                 QStringLiteral("Đảng viên"));
    }

    void membersInRosterOrderAndFilterIgnoresDiacritics()
    {
        auto w = makeWindow();
        MembersPage *page = shown(*w, MainWindow::Members).membersPage();
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
        MembersPage *page = shown(*w, MainWindow::Members).membersPage();
        page->view()->sortByColumn(0, Qt::DescendingOrder);
        const QStringList names = column(page->proxy(), 0);
        QCOMPARE(names.last(), QStringLiteral("Võ Thị Ngọc Ánh"));
        page->view()->sortByColumn(4, Qt::AscendingOrder); // admission date, by date not text
        const QStringList dates = column(page->proxy(), 4);
        QCOMPARE(dates.first(), QStringLiteral("03/02/1995"));
    }

    void sortOrderIsRememberedForTheNextWindow()
    {
        {
            auto w = makeWindow();
            shown(*w, MainWindow::Members)
                .membersPage()
                ->view()
                ->sortByColumn(4, Qt::DescendingOrder);
        }
        auto w = makeWindow();
        const QAbstractItemModel *proxy = shown(*w, MainWindow::Members).membersPage()->proxy();
        QCOMPARE(proxy->index(0, 0).data().toString(),
                 QStringLiteral("Ngô Minh Hiếu")); // 15/03/2026
        QCOMPARE(shown(*w, MainWindow::Members)
                     .membersPage()
                     ->view()
                     ->horizontalHeader()
                     ->sortIndicatorSection(),
                 4);
    }

    void deletingAMemberWhoOwnsTasksIsExplained()
    {
        auto w = makeWindow();
        MembersPage *page = shown(*w, MainWindow::Members).membersPage();
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
        TasksPage *page = shown(*w, MainWindow::Tasks).tasksPage();
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
        MeetingsPage *page = shown(*w, MainWindow::Meetings).meetingsPage();
        // 2026: 11 regular, 2 thematic, 2 committee; 2024 and 2025: 24 regular, 7 thematic
        QCOMPARE(page->model()->rowCount(), 46);
        const int row = rowOf(page->proxy(), 0, QStringLiteral("05/11/2026"));
        QVERIFY(row >= 0);
        QCOMPARE(page->proxy()->index(row, 2).data().toString(), QStringLiteral("có mặt 16/18"));
    }

    void overviewCountsTheYear()
    {
        auto w = makeWindow();
        const QString text = shown(*w, MainWindow::Overview).overviewPage()->text();
        QVERIFY(text.contains(QStringLiteral("Chi bộ Trường Tiểu học Vĩnh Phong 4")));
        QVERIFY(text.contains(QStringLiteral("Đảng viên đang sinh hoạt</td><td><b>18")));
        QVERIFY(text.contains(QStringLiteral("Nhiệm vụ quá hạn</a></td><td><b>3")));
        // Mai Thị Thảo, admitted 10/11/2025: her twelve months of probation have ended.
        QVERIFY2(text.contains(QStringLiteral("Đảng viên dự bị đã hết 12 tháng</td><td><b>1")),
                 qPrintable(text));
        QVERIFY(text.contains(QStringLiteral("Mai Thị Thảo (hết 12 tháng ngày 10/11/2026)")));
        // Clicking a count opens the tasks filtered to it.
        auto *label = shown(*w, MainWindow::Overview).overviewPage()->findChild<QLabel *>();
        QVERIFY(label);
        emit label->linkActivated(QStringLiteral("tasks:%1").arg(int(TasksPage::Overdue)));
        QCOMPARE(shown(*w, MainWindow::Tasks).tasksPage()->proxy()->rowCount(), 3);
        QVERIFY(shown(*w, MainWindow::Tasks).tasksPage()->isVisibleTo(w.get()));
    }

    void reportPreviewSaveAndIssue()
    {
        auto w = makeWindow();
        w->showPage(MainWindow::Reports);
        ReportPage *page = shown(*w, MainWindow::Reports).reportPage();
        page->selectReport(QStringLiteral("remediation-plan"), 2025);
        // Issued on 24/04/2026 as 06-KH/CB: a reprint keeps them, and issuing it again is
        // refused until a new version is asked for.
        QCOMPARE(page->numberText(), QStringLiteral("in lại: 06-KH/CB ngày 24/04/2026"));
        QVERIFY(!page->issue());
        QVERIFY(m_messages.last().contains(QStringLiteral("Ban hành bản mới")));
        m_messages.clear();
        page->findChild<QCheckBox *>(QStringLiteral("newVersion"))->setChecked(true);
        QCOMPARE(page->numberText(), QStringLiteral("tự động: 07-KH/CB")); // said before printing
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
        QCOMPARE(page->numberText(), QStringLiteral("tự động: 08-KH/CB"));
        QVERIFY(page->preview());
        QVERIFY2(page->status().contains(QStringLiteral("số 08-KH/CB")),
                 qPrintable(page->status()));
    }

    void reportPageSavesAWordFileAndOpensIt()
    {
        auto w = makeWindow();
        w->showPage(MainWindow::Reports);
        ReportPage *page = shown(*w, MainWindow::Reports).reportPage();
        page->selectReport(QStringLiteral("remediation-plan"), 2025);
        QVERIFY(page->preview());
        // "Save as Word…" proposes a .docx; the file is a Word package.
        m_saveAs = m_dir.filePath(QStringLiteral("plan-word.docx"));
        QVERIFY(page->saveAs(true));
        QCOMPARE(m_suggested, QStringLiteral("ke-hoach-khac-phuc-2025.docx"));
        QFile f(m_saveAs);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QVERIFY(f.read(2) == "PK");
        QCOMPARE(page->status(), QStringLiteral("Đã lưu tệp Word “%1”.").arg(m_saveAs));
        // "Open the saved file" hands it to the system's program.
        QVERIFY(page->openSaved());
        QCOMPARE(m_opened, QStringList{m_saveAs});
        // The PDF dialog's name with another extension: told, nothing written.
        m_saveAs = m_dir.filePath(QStringLiteral("plan.txt"));
        QVERIFY(!page->saveAs());
        QVERIFY(!QFile::exists(m_saveAs));
        QVERIFY(m_messages.last().contains(QStringLiteral(".docx")));
        m_messages.clear();
    }

    void everyTablePageExportsToExcel()
    {
        auto w = makeWindow();
        const struct
        {
            MainWindow::Page page;
            const char *suggested;
        } pages[] = {
            {MainWindow::Overview, "so-lieu-2026.xlsx"}, {MainWindow::Members, "dang-vien.xlsx"},
            {MainWindow::Tasks, "nhiem-vu.xlsx"},        {MainWindow::Month, nullptr},
            {MainWindow::Meetings, "sinh-hoat.xlsx"},    {MainWindow::Review, nullptr},
            {MainWindow::Evidence, "minh-chung.xlsx"}};
        int n = 0;
        for (const auto &p : pages) {
            w->showPage(p.page);
            m_saveAs = m_dir.filePath(QStringLiteral("table-%1.xlsx").arg(++n));
            QVERIFY2(w->exportCurrentTable(), qPrintable(m_messages.join(QLatin1Char('\n'))));
            if (p.suggested)
                QCOMPARE(m_suggested, QString::fromUtf8(p.suggested));
            QFile f(m_saveAs);
            QVERIFY(f.open(QIODevice::ReadOnly));
            QVERIFY(f.read(2) == "PK");
        }
        // The meetings as shown: read back as Excel sees them, one row per meeting shown,
        // the dates as dates.
        QProcess read;
        read.start(QStringLiteral("/usr/bin/python3"),
                   {QStringLiteral(SOCHIBO_SOURCE_DIR "/tests/reports/read_xlsx.py"),
                    m_dir.filePath(QStringLiteral("table-5.xlsx"))});
        QVERIFY(read.waitForFinished(60000));
        const QJsonObject sheet = QJsonDocument::fromJson(read.readAllStandardOutput())
                                      .object()[QStringLiteral("sheets")]
                                      .toArray()[0]
                                      .toObject();
        QCOMPARE(sheet[QStringLiteral("title")].toString(), QStringLiteral("Sinh hoạt"));
        QCOMPARE(sheet[QStringLiteral("rows")].toArray().size(),
                 shown(*w, MainWindow::Meetings).meetingsPage()->proxy()->rowCount());
        QCOMPARE(sheet[QStringLiteral("kinds")].toArray()[0].toArray()[0].toString(),
                 QStringLiteral("date"));
        // A page without a table says which pages have one.
        w->showPage(MainWindow::Topics);
        QVERIFY(!w->exportCurrentTable());
        QVERIFY(m_messages.last().contains(QStringLiteral("không có bảng")));
        m_messages.clear();
    }

    void missingYearIsExplainedNotRendered()
    {
        auto w = makeWindow();
        ReportPage *page = shown(*w, MainWindow::Reports).reportPage();
        page->selectReport(QStringLiteral("remediation-plan"), 2026);
        QVERIFY(!page->preview());
        QCOMPARE(page->pageCount(), 0);
        QVERIFY(page->status().contains(QStringLiteral("Chưa có hạn chế")));
    }

    void addMemberThroughTheDialogThenUndo()
    {
        auto w = makeWindow();
        QStringList seen;
        m_dialog = [&](QDialog &d) {
            auto &dialog = dynamic_cast<MemberDialog &>(d);
            dialog.nameField()->setText(QStringLiteral("Đoàn Thị Ngọc Yến"));
            dialog.admittedField()->setText(QStringLiteral("31/02/2012")); // no such day
            dialog.accept();
            seen << dialog.problems();
            if (dialog.result() == QDialog::Accepted)
                return false;
            dialog.admittedField()->setText(QStringLiteral("05/09/2012"));
            dialog.fullField()->setText(QStringLiteral("05/09/2011")); // before admission
            dialog.accept();
            seen << dialog.problems();
            dialog.fullField()->setText(QStringLiteral("5/9/2013"));
            dialog.accept();
            return dialog.result() == QDialog::Accepted;
        };
        QVERIFY(shown(*w, MainWindow::Members).membersPage()->add());
        QCOMPARE(seen.size(), 2);
        QVERIFY2(seen[0].contains(QStringLiteral("Ngày vào Đảng phải có dạng ngày/tháng/năm")),
                 qPrintable(seen[0]));
        QVERIFY2(seen[1].contains(QStringLiteral("Ngày chính thức không được trước ngày vào Đảng")),
                 qPrintable(seen[1]));
        MembersPage *page = shown(*w, MainWindow::Members).membersPage();
        QCOMPARE(page->model()->rowCount(), 20);
        const QStringList names = column(page->proxy(), 0);
        // roster order: "Yến" after "Vinh", the last given name before it
        QCOMPARE(names.last(), QStringLiteral("Đoàn Thị Ngọc Yến"));
        QCOMPARE(page->proxy()->index(names.size() - 1, 4).data().toString(),
                 QStringLiteral("05/09/2012"));

        QVERIFY(w->undoStack()->canUndo());
        QCOMPARE(w->undoStack()->undoText(), QStringLiteral("Thêm đảng viên Đoàn Thị Ngọc Yến"));
        w->undoStack()->undo();
        QCOMPARE(page->model()->rowCount(), 19);
        QVERIFY(!column(page->proxy(), 0).contains(QStringLiteral("Đoàn Thị Ngọc Yến")));
        w->undoStack()->redo();
        QCOMPARE(page->model()->rowCount(), 20);
        QVERIFY(column(page->proxy(), 0).contains(QStringLiteral("Đoàn Thị Ngọc Yến")));
        w->undoStack()->undo(); // leave the demo as it was for the next tests
        QVERIFY(m_messages.isEmpty());
    }

    void aNewMembersEntryIsRecordedAsAnEvent()
    {
        auto w = makeWindow();
        const storage::Database &db = *w->database();
        const auto idOf = [&](const QString &name) {
            for (const core::Member &m : storage::MemberRepository(db).list())
                if (m.fullName == name)
                    return m.id;
            return qint64(0);
        };
        const int transfersBefore = storage::Statistics(db).year(2026).transferredIn;
        const int admittedBefore = storage::Statistics(db).year(2025).admitted;

        // Transferred in on 01/03/2026, admitted elsewhere in 2012: the figures count the
        // member from the transfer, not from 2012.
        QStringList seen;
        m_dialog = [&](QDialog &d) {
            auto &dialog = dynamic_cast<MemberDialog &>(d);
            dialog.nameField()->setText(QStringLiteral("Lý Thị Chuyển Đến"));
            dialog.admittedField()->setText(QStringLiteral("05/09/2012"));
            dialog.fullField()->setText(QStringLiteral("05/09/2013"));
            dialog.entryField()->setCurrentIndex(1);
            dialog.entryDateField()->setText(QStringLiteral("01/03/2011"));
            dialog.accept();
            seen << dialog.problems();
            dialog.entryDateField()->setText(QStringLiteral("01/03/2026"));
            dialog.accept();
            return dialog.result() == QDialog::Accepted;
        };
        QVERIFY(shown(*w, MainWindow::Members).membersPage()->add());
        QVERIFY2(seen.first().contains(QStringLiteral("không thể trước ngày vào Đảng")),
                 qPrintable(seen.first()));
        const qint64 moved = idOf(QStringLiteral("Lý Thị Chuyển Đến"));
        QVERIFY(moved > 0);
        const QList<core::MembershipEvent> events = storage::MemberRepository(db).events(moved);
        QCOMPARE(events.size(), 1);
        QCOMPARE(events.first().kind, core::EventKind::TransferredIn);
        QCOMPARE(events.first().date, QDate(2026, 3, 1));
        storage::MemberRepository members(db);
        QVERIFY(!members.membersOn(QDate(2026, 1, 1)).contains(moved));
        QVERIFY(members.membersOn(QDate(2026, 6, 1)).contains(moved));
        QCOMPARE(storage::Statistics(db).year(2026).transferredIn, transfersBefore + 1);

        // The usual case: admitted in this cell on the admission date.
        m_dialog = [&](QDialog &d) {
            auto &dialog = dynamic_cast<MemberDialog &>(d);
            dialog.nameField()->setText(QStringLiteral("Lý Văn Kết Nạp"));
            dialog.kindField()->setCurrentIndex(1); // probationary
            dialog.admittedField()->setText(QStringLiteral("02/09/2025"));
            dialog.fullField()->clear();
            dialog.accept();
            return dialog.result() == QDialog::Accepted;
        };
        QVERIFY(shown(*w, MainWindow::Members).membersPage()->add());
        const qint64 admitted = idOf(QStringLiteral("Lý Văn Kết Nạp"));
        QCOMPARE(storage::MemberRepository(db).events(admitted).size(), 1);
        QCOMPARE(storage::MemberRepository(db).events(admitted).first().kind,
                 core::EventKind::Admitted);
        QCOMPARE(storage::Statistics(db).year(2025).admitted, admittedBefore + 1);

        // Correcting the admission date moves the event with it (one fact, one date); saving
        // the old record again (what undo does) moves it back.
        const core::Member original = *storage::MemberRepository(db).find(admitted);
        core::Member corrected = original;
        corrected.admittedOn = QDate(2025, 9, 3);
        storage::MemberRepository(db).save(corrected);
        QCOMPARE(storage::MemberRepository(db).events(admitted).first().date, QDate(2025, 9, 3));
        storage::MemberRepository(db).save(original);
        QCOMPARE(storage::MemberRepository(db).events(admitted).first().date, QDate(2025, 9, 2));

        // Undo of the addition removes the member and the event together.
        w->undoStack()->undo(); // "Lý Văn Kết Nạp"
        QCOMPARE(idOf(QStringLiteral("Lý Văn Kết Nạp")), qint64(0));
        QCOMPARE(storage::Statistics(db).year(2025).admitted, admittedBefore);
        w->undoStack()->undo(); // "Lý Thị Chuyển Đến"
        QCOMPARE(storage::Statistics(db).year(2026).transferredIn, transfersBefore);
        QVERIFY(m_messages.isEmpty());
    }

    void taskWithoutDeadlineIsMarkedVague()
    {
        auto w = makeWindow();
        m_dialog = [&](QDialog &d) {
            auto &dialog = dynamic_cast<TaskDialog &>(d);
            dialog.titleField()->setText(
                QStringLiteral("Vận động đảng viên đóng góp quỹ khuyến học"));
            dialog.ownerField()->setCurrentIndex(
                dialog.ownerField()->findText(QStringLiteral("Lê Thị Mỹ Duyên")));
            dialog.outputField()->setText(QStringLiteral("Danh sách đóng góp"));
            dialog.dueField()->clear(); // no deadline
            dialog.accept();
            return dialog.result() == QDialog::Accepted;
        };
        QVERIFY(shown(*w, MainWindow::Tasks).tasksPage()->add());
        TasksPage *page = shown(*w, MainWindow::Tasks).tasksPage();
        const int row =
            rowOf(page->proxy(), 0, QStringLiteral("Vận động đảng viên đóng góp quỹ khuyến học"));
        QVERIFY(row >= 0);
        QCOMPARE(page->proxy()->index(row, 1).data().toString(), QStringLiteral("Lê Thị Mỹ Duyên"));
        QCOMPARE(page->proxy()->index(row, 2).data().toString(), QStringLiteral("(chưa có hạn)"));
        QCOMPARE(page->proxy()->index(row, 6).data().toString(), QStringLiteral("⚠ thời hạn"));
        w->undoStack()->undo();
        QCOMPARE(
            rowOf(page->proxy(), 0, QStringLiteral("Vận động đảng viên đóng góp quỹ khuyến học")),
            -1);
    }

    void attendanceAndConclusionToTask()
    {
        auto w = makeWindow();
        MeetingsPage *meetings = shown(*w, MainWindow::Meetings).meetingsPage();
        const int row = rowOf(meetings->proxy(), 0, QStringLiteral("05/11/2026"));
        QVERIFY(row >= 0);
        meetings->view()->setCurrentIndex(meetings->proxy()->index(row, 0));
        const qsizetype before =
            column(shown(*w, MainWindow::Tasks).tasksPage()->proxy(), 0)
                .count(QStringLiteral("Xây dựng dự thảo báo cáo kiểm điểm tập thể năm 2026"));
        qint64 someone = 0;
        QString summaryAfter;
        bool taskDialogSeen = false;
        m_dialog = [&](QDialog &d) {
            if (auto *task = dynamic_cast<TaskDialog *>(&d)) {
                // pre-filled from the conclusion
                taskDialogSeen = true;
                [&] {
                    QVERIFY(task->titleField()->text().contains(
                        QStringLiteral("dự thảo báo cáo kiểm điểm tập thể")));
                }();
                task->ownerField()->setCurrentIndex(
                    task->ownerField()->findText(QStringLiteral("Trần Văn Khải")));
                task->dueField()->setText(QStringLiteral("05/12/2026"));
                task->outputField()->setText(QStringLiteral("Dự thảo báo cáo"));
                task->accept();
                return task->result() == QDialog::Accepted;
            }
            auto &dialog = dynamic_cast<MeetingDialog &>(d);
            someone = dialog.attendanceGrid()->item(0, 0)->data(Qt::UserRole).toLongLong();
            dialog.setStatus(someone, core::AttendanceStatus::Unexcused);
            summaryAfter = dialog.summary();
            dialog.conclusions()->setCurrentRow(0);
            const auto buttons = dialog.findChildren<QPushButton *>();
            for (QPushButton *b : buttons)
                if (b->text() == QStringLiteral("Giao thành nhiệm vụ…"))
                    b->click();
            return true;
        };
        QVERIFY(shown(*w, MainWindow::Meetings).meetingsPage()->editCurrent());
        QVERIFY(taskDialogSeen);
        QCOMPARE(summaryAfter, QStringLiteral("có mặt 15/18"));
        const int again = rowOf(meetings->proxy(), 0, QStringLiteral("05/11/2026"));
        QCOMPARE(meetings->proxy()->index(again, 2).data().toString(),
                 QStringLiteral("có mặt 15/18"));
        TasksPage *tasks = shown(*w, MainWindow::Tasks).tasksPage();
        const QString title = QStringLiteral("Xây dựng dự thảo báo cáo kiểm điểm tập thể năm 2026");
        QCOMPARE(column(tasks->proxy(), 0).count(title), before + 1);
        QCOMPARE(w->undoStack()->count(), 2); // the task, then the attendance
        w->undoStack()->undo();               // attendance back
        w->showPage(MainWindow::Meetings);
        const int m = rowOf(meetings->proxy(), 0, QStringLiteral("05/11/2026"));
        QCOMPARE(meetings->proxy()->index(m, 2).data().toString(), QStringLiteral("có mặt 16/18"));
        w->undoStack()->undo(); // the new task gone, the demo's own one kept
        w->showPage(MainWindow::Tasks);
        QCOMPARE(column(tasks->proxy(), 0).count(title), before);
        QVERIFY(m_messages.isEmpty());
    }

    void selfAssessmentPointsAddUpAndUndo()
    {
        auto w = makeWindow();
        ReviewPage *page = shown(*w, MainWindow::Review).reviewPage();
        page->setYear(2026);
        QCOMPARE(page->criteriaTable()->rowCount(), 10);
        QCOMPARE(page->totalText(),
                 QStringLiteral("Tổng điểm: 88,5/100 — theo thang điểm: Hoàn thành tốt nhiệm vụ"));
        // What the records say against that level stands beside it, as the report page and
        // the CLI say it (core::levelWarnings): the demo has late and overdue tasks.
        QVERIFY2(page->levelWarningsText().contains(QStringLiteral("cần 100% nhiệm vụ hoàn thành "
                                                                   "đúng hạn")),
                 qPrintable(page->levelWarningsText()));
        // A criterion without points: no total and no level yet (the report leaves it blank).
        page->criteriaTable()->item(3, 3)->setText(QString());
        QVERIFY2(page->totalText().startsWith(QStringLiteral("Đã chấm: ")) &&
                     !page->totalText().contains(QStringLiteral("theo thang điểm:")),
                 qPrintable(page->totalText()));
        w->undoStack()->undo();
        QCOMPARE(page->totalText(),
                 QStringLiteral("Tổng điểm: 88,5/100 — theo thang điểm: Hoàn thành tốt nhiệm vụ"));
        // Row 2: "Công tác kiểm tra, giám sát…" 4 of 5; the secretary types 5.
        page->criteriaTable()->item(2, 3)->setText(QStringLiteral("5"));
        QCOMPARE(page->totalText(),
                 QStringLiteral("Tổng điểm: 89,5/100 — theo thang điểm: Hoàn thành tốt nhiệm vụ"));
        page->criteriaTable()->item(1, 3)->setText(QStringLiteral("5,0"));
        QCOMPARE(
            page->totalText(),
            QStringLiteral("Tổng điểm: 90/100 — theo thang điểm: Hoàn thành xuất sắc nhiệm vụ"));
        page->criteriaTable()->item(1, 3)->setText(QStringLiteral("năm"));
        QCOMPARE(m_messages.size(), 1);
        QVERIFY(m_messages[0].contains(QStringLiteral("không phải là số điểm")));
        page->criteriaTable()->item(1, 3)->setText(QStringLiteral("9")); // above its 5 points
        QCOMPARE(m_messages.size(), 2);
        QVERIFY(m_messages[1].contains(QStringLiteral("vượt quá điểm tối đa")));
        QCOMPARE(page->criteriaTable()->item(1, 3)->text(), QStringLiteral("5"));
        w->undoStack()->undo();
        w->undoStack()->undo();
        QCOMPARE(page->totalText(),
                 QStringLiteral("Tổng điểm: 88,5/100 — theo thang điểm: Hoàn thành tốt nhiệm vụ"));
    }

    /// The members' reviews tab: every member in the cell at the end of the year, the review
    /// recorded through its dialog (with undo), and the forms printed from there.
    void membersReviewsTabRecordsAndPrints()
    {
        auto w = makeWindow(freshCell(QStringLiteral("reviews")));
        ReviewPage *page = shown(*w, MainWindow::Review).reviewPage();
        page->setYear(2026);
        QTableWidget *table = page->memberReviewsTable();
        QCOMPARE(table->rowCount(), 18); // Trương Văn Nam retired in June
        QVERIFY2(page->ratingsNoteText().startsWith(QStringLiteral("Đã xếp loại 17/18 đảng viên")),
                 qPrintable(page->ratingsNoteText()));
        const auto rowOfName = [&](const QString &name) {
            for (int r = 0; r < table->rowCount(); ++r)
                if (table->item(r, 0)->text() == name)
                    return r;
            return -1;
        };
        const int bao = rowOfName(QStringLiteral("Phạm Quốc Bảo"));
        QVERIFY(bao >= 0);
        QCOMPARE(table->item(bao, 1)->text(), QStringLiteral("2B"));
        QCOMPARE(table->item(bao, 1)->toolTip(),
                 QStringLiteral("Mẫu 2B-HD KĐ.ĐG — Đảng viên không giữ chức vụ lãnh đạo, quản lý"));
        QCOMPARE(table->item(rowOfName(QStringLiteral("Trần Văn Khải")), 1)->text(),
                 QStringLiteral("2A"));
        QCOMPARE(table->item(bao, 6)->text(), QStringLiteral("HTTNV"));
        const int lan = rowOfName(QStringLiteral("Dương Thị Lan"));
        QVERIFY(table->item(lan, 7)->text().startsWith(QStringLiteral("không xếp loại")));
        // The side panel shows the selected member's form as drafted, with what the records
        // say against the level above it.
        table->selectRow(bao);
        QVERIFY2(page->memberDraftText().contains(
                     QStringLiteral("bản thân được Chi bộ giao 04 nhiệm vụ")),
                 qPrintable(page->memberDraftText().left(600)));
        QVERIFY(page->memberDraftText().contains(QStringLiteral("Mẫu 2B-HD KĐ.ĐG")));
        QVERIFY(page->memberDraftText().contains(QStringLiteral("⚠ Phạm Quốc Bảo:")));

        // Bảo proposes himself excellent: the dialog says what the records hold against it.
        QString warnings;
        m_dialog = [&warnings](QDialog &d) {
            auto &dialog = dynamic_cast<MemberReviewDialog &>(d);
            dialog.votesField()->setText(QStringLiteral("mười sáu"));
            dialog.accept(); // refused: the votes are not "for/voting"
            if (dialog.result() == QDialog::Accepted ||
                !dialog.problems().contains(QStringLiteral("16/17")))
                return false;
            dialog.votesField()->setText(QStringLiteral("15/17"));
            dialog.generalField()->setText(QStringLiteral("29"));
            dialog.resultsField()->setText(QStringLiteral("63,5"));
            warnings = dialog.warnings();
            dialog.cellField()->setCurrentIndex(
                dialog.cellField()->findData(int(core::QualityRating::Excellent)));
            dialog.accept();
            return dialog.result() == QDialog::Accepted;
        };
        QVERIFY(page->editMemberReview(bao));
        m_dialog = nullptr;
        QVERIFY2(warnings.contains(QStringLiteral("quá hạn")), qPrintable(warnings));
        QCOMPARE(table->item(bao, 2)->text(), QStringLiteral("92,5"));
        QCOMPARE(table->item(bao, 3)->text(), QStringLiteral("HTXSNV"));
        QCOMPARE(table->item(bao, 5)->text(), QStringLiteral("15/17"));
        QCOMPARE(table->item(bao, 6)->text(), QStringLiteral("HTXSNV"));
        // Four excellent of seventeen good or better: over the 20 %.
        QVERIFY2(page->ratingsNoteText().contains(QStringLiteral("vượt 20%")),
                 qPrintable(page->ratingsNoteText()));
        w->undoStack()->undo();
        QCOMPARE(table->item(bao, 6)->text(), QStringLiteral("HTTNV"));
        QCOMPARE(table->item(bao, 5)->text(), QStringLiteral("16/17"));
        QVERIFY(!page->ratingsNoteText().contains(QStringLiteral("vượt 20%")));

        // "Print all forms" opens the Reports page on every member's form.
        for (QPushButton *b : page->findChildren<QPushButton *>())
            if (b->text() == QStringLiteral("In bản kiểm điểm của tất cả"))
                b->click();
        ReportPage *reports = shown(*w, MainWindow::Reports).reportPage();
        QVERIFY(reports->isVisibleTo(w.get()));
        QVERIFY2(reports->pageCount() > 36, qPrintable(reports->status()));

        // Saving the forms marks them printed: a member not yet rated shows it in the tab.
        w->showPage(MainWindow::Review);
        m_dialog = [](QDialog &d) {
            auto &dialog = dynamic_cast<MemberReviewDialog &>(d);
            dialog.cellField()->setCurrentIndex(0); // the cell has not decided yet
            dialog.accept();
            return dialog.result() == QDialog::Accepted;
        };
        QVERIFY(page->editMemberReview(bao));
        m_dialog = nullptr;
        QCOMPARE(table->item(bao, 7)->text(), QStringLiteral("bản nháp"));
        w->showPage(MainWindow::Reports);
        m_saveAs = m_dir.filePath(QStringLiteral("ban-kiem-diem.pdf"));
        QVERIFY(reports->saveAs());
        w->showPage(MainWindow::Review);
        QCOMPARE(table->item(bao, 7)->text(), QStringLiteral("đã in ngày 21/11/2026"));
    }

    /// A year without criteria offers the 2025 form's, as an undoable edit.
    void emptyYearStartsFromTheDefaultCriteria()
    {
        auto w = makeWindow();
        ReviewPage *page = shown(*w, MainWindow::Review).reviewPage();
        page->setYear(2027);
        QCOMPARE(page->criteriaTable()->rowCount(), 0);
        QCOMPARE(page->totalText(), QStringLiteral("Chưa có tiêu chí tự đánh giá cho năm này."));
        QVERIFY(page->useDefaultCriteria());
        QCOMPARE(page->criteriaTable()->rowCount(), 10);
        QVERIFY2(page->totalText().startsWith(QStringLiteral("Đã chấm: 0 + 0 điểm")),
                 qPrintable(page->totalText()));
        QVERIFY(!page->useDefaultCriteria()); // only for an empty year
        w->undoStack()->undo();
        QCOMPARE(page->criteriaTable()->rowCount(), 0);
    }

    void shortcomingEnteredInTheInterfaceReachesThePlan()
    {
        auto w = makeWindow();
        ReviewPage *page = shown(*w, MainWindow::Review).reviewPage();
        page->setYear(2026);
        QCOMPARE(page->shortcomingsTable()->rowCount(), 0);
        m_dialog = [](QDialog &d) {
            auto &dialog = dynamic_cast<ShortcomingDialog &>(d);
            dialog.titleField()->setText(QStringLiteral("Hạn chế trong việc lưu minh chứng"));
            dialog.remediesField()->setPlainText(
                QStringLiteral("Lưu minh chứng ngay khi hoàn thành.\nRà soát hằng tháng."));
            dialog.accept();
            return dialog.result() == QDialog::Accepted;
        };
        QVERIFY(page->addShortcoming());
        QCOMPARE(page->shortcomingsTable()->rowCount(), 1);
        QCOMPARE(page->shortcomingsTable()->item(0, 0)->text(),
                 QStringLiteral("Hạn chế trong việc lưu minh chứng"));
        ReportPage *report = shown(*w, MainWindow::Reports).reportPage();
        report->selectReport(QStringLiteral("remediation-plan"), 2026);
        QVERIFY2(report->preview(), qPrintable(report->status()));
        QVERIFY(report->pageCount() >= 2);
        w->undoStack()->undo();
        w->showPage(MainWindow::Review);
        QCOMPARE(page->shortcomingsTable()->rowCount(), 0);
        QVERIFY(!report->preview()); // nothing to remedy again: explained, not rendered
    }

    void reportTextEditedForTheYear()
    {
        auto w = makeWindow();
        ReportPage *page = shown(*w, MainWindow::Reports).reportPage();
        page->selectReport(QStringLiteral("self-review"), 2026);
        QVERIFY(page->preview());
        const auto documentText = [this] {
            return selfReview2026().document.toText();
        };
        QVERIFY(documentText().contains(QStringLiteral("Chi bộ duy trì sinh hoạt đúng quy định")));
        m_dialog = [](QDialog &d) {
            auto &dialog = dynamic_cast<ProseDialog &>(d);
            for (int i = 0; i < dialog.sections()->count(); ++i) {
                dialog.sections()->setCurrentRow(i);
                if (dialog.editor()->toPlainText().startsWith(QStringLiteral("Chi bộ duy trì")))
                    break;
            }
            dialog.editor()->setPlainText(QStringLiteral(
                "Chi bộ giữ nền nếp sinh hoạt đều đặn: {{fig.regularMeetings}} kỳ thường kỳ."));
            dialog.sections()->setCurrentRow(0); // moving on keeps what was typed
            dialog.accept();
            return true;
        };
        QVERIFY(page->editProse());
        const QString edited = documentText();
        QVERIFY(edited.contains(
            QStringLiteral("Chi bộ giữ nền nếp sinh hoạt đều đặn: 11 kỳ thường kỳ.")));
        QVERIFY(!edited.contains(QStringLiteral("Chi bộ duy trì sinh hoạt đúng quy định")));
        QCOMPARE(page->pageCount() > 0, true); // the preview was redone
        w->undoStack()->undo();
        QVERIFY(documentText().contains(QStringLiteral("Chi bộ duy trì sinh hoạt đúng quy định")));
    }

    /// Tổng quan ▸ Việc cần làm: the day's reminders, the most urgent first; one dismissed
    /// stays hidden in the next window of the same book; "show again" brings it back; Enter
    /// opens the record it is about.
    void remindersOnTheOverview()
    {
        auto w = makeWindow();
        QListWidget *todo = shown(*w, MainWindow::Overview).overviewPage()->todoList();
        QVERIFY(todo->count() >= 5);
        QVERIFY2(todo->item(0)->text().startsWith(QStringLiteral("Quá hạn từ 31/10/2026: Triển "
                                                                 "khai sổ điểm điện tử")),
                 qPrintable(todo->item(0)->text()));
        const int before = todo->count();
        // the notice on opening says how many wait, and where
        QCOMPARE(w->statusBar()->currentMessage(),
                 QStringLiteral("Có %1 việc cần làm hôm nay: xem mục “Việc cần làm” ở trang Tổng "
                                "quan.")
                     .arg(before));
        const QString first = todo->item(0)->text();
        todo->setCurrentRow(0);
        todo->item(0)->setSelected(true);
        shown(*w, MainWindow::Overview).overviewPage()->dismissSelected();
        QCOMPARE(todo->count(), before - 1);
        auto again = makeWindow();
        QListWidget *todo2 = shown(*again, MainWindow::Overview).overviewPage()->todoList();
        QCOMPARE(todo2->count(), before - 1);
        QVERIFY(todo2->item(0)->text() != first);
        shown(*again, MainWindow::Overview).overviewPage()->showDismissed();
        QCOMPARE(todo2->count(), before);
        // Enter on the overdue task opens it in the task list
        todo2->setCurrentRow(0);
        emit todo2->itemActivated(todo2->item(0));
        QCOMPARE(todo2->item(0)->text(), first);
        const qint64 id = todo2->item(0)->data(Qt::UserRole + 1).toLongLong();
        QVERIFY(id > 0);
        QCOMPARE(shown(*again, MainWindow::Tasks).tasksPage()->currentId(), id);
        QVERIFY(shown(*again, MainWindow::Tasks).tasksPage()->isVisible() ||
                shown(*again, MainWindow::Tasks).tasksPage()->isVisibleTo(again.get()));
    }

    /// Sửa nội dung…: a figure's placeholder shows as a grey label ("[số kỳ sinh hoạt thường
    /// kỳ]"), bold as bold, never "{{fig.…}}" or "**…**"; what is not edited comes back exactly
    /// as the template's (every section of every form); a label deleted whole is gone, text
    /// typed beside one is plain text; the section list shows whole headings.
    void proseEditorShowsFieldsAsLabels()
    {
        int forms = 0;
        for (const QString &kind : reports::ReportBuilder::kinds()) {
            for (const int year : {2024, 2026}) {
                reports::ReportTemplate form;
                try {
                    form = reports::ReportTemplate::forYear(kind, year);
                } catch (const core::UserError &) {
                    continue; // no form of this kind for that year (the members' 2025 forms)
                }
                ++forms;
                QMap<QString, QString> stored;
                for (const auto &[key, text] : form.proseSections())
                    stored.insert(key, QString());
                ProseDialog dialog(form, stored);
                for (int i = 0; i < dialog.sections()->count(); ++i) {
                    dialog.sections()->setCurrentRow(i);
                    const QString shown = dialog.editor()->toPlainText();
                    QVERIFY2(!shown.contains(QStringLiteral("{{")) &&
                                 !shown.contains(QStringLiteral("**")),
                             qPrintable(form.id + QLatin1Char(' ') + shown));
                    QVERIFY(!dialog.sections()->item(i)->text().endsWith(QChar(0x2026)) ||
                            dialog.sections()->item(i)->text().endsWith(QStringLiteral("(…)")));
                    // type a letter and take it back: the section is stored from the editor
                    QTextCursor c(dialog.editor()->document());
                    c.movePosition(QTextCursor::End);
                    c.insertText(QStringLiteral("x"));
                    c.deletePreviousChar();
                }
                const QMap<QString, QString> texts = dialog.texts();
                for (auto it = texts.cbegin(); it != texts.cend(); ++it)
                    QVERIFY2(it.value().isNull(), qPrintable(form.id + QLatin1Char(' ') + it.key() +
                                                             QStringLiteral(": ") + it.value()));
            }
        }
        QVERIFY(forms >= 15); // eight kinds in two years, the members' forms from 2025 only
        const reports::ReportTemplate form =
            reports::ReportTemplate::forYear(QStringLiteral("self-review"), 2026);
        ProseDialog dialog(form, {});
        int row = -1;
        for (int i = 0; i < dialog.sections()->count(); ++i) {
            dialog.sections()->setCurrentRow(i);
            if (dialog.editor()->toPlainText().startsWith(QStringLiteral("Chi bộ duy trì")))
                row = i;
        }
        QVERIFY(row >= 0);
        dialog.sections()->setCurrentRow(row);
        QTextEdit *e = dialog.editor();
        const QString shown = e->toPlainText();
        QVERIFY2(shown.contains(QStringLiteral("tổ chức [số kỳ sinh hoạt thường kỳ] kỳ sinh hoạt")),
                 qPrintable(shown));
        // delete the label of the committee meetings whole, type after the attendance rate
        QTextCursor c(e->document());
        const QString committee = QStringLiteral("[số cuộc họp Chi ủy]");
        c.setPosition(int(shown.indexOf(committee)));
        c.setPosition(int(shown.indexOf(committee) + committee.size()), QTextCursor::KeepAnchor);
        c.removeSelectedText();
        const QString rate = QStringLiteral("[tỷ lệ dự sinh hoạt]");
        e->setTextCursor(c);
        QTextCursor after(e->document());
        after.setPosition(int(e->toPlainText().indexOf(rate) + rate.size()));
        e->setTextCursor(after);
        e->insertPlainText(QStringLiteral(" trở lên"));
        const QString text = dialog.texts().value(QStringLiteral("a1_principles"));
        QVERIFY2(text.contains(QStringLiteral("{{fig.regularMeetings}} kỳ sinh hoạt thường kỳ")),
                 qPrintable(text));
        QVERIFY2(!text.contains(QStringLiteral("{{fig.committeeMeetings}}")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("{{fig.attendanceRate}} trở lên")), qPrintable(text));
    }

    /// Báo cáo ▸ Căn cứ và nơi nhận: the register of documents received gives a plan its
    /// "Căn cứ …" lines, picked with ticks; each kind of document gets its own "Nơi nhận"; a
    /// numbered entry without a date keeps the dialog open with the reason; undo puts it all back.
    /// Tệp ▸ Nhập danh sách đảng viên…: the preview shows every row with its problems, an
    /// error row cannot be ticked, the user unticks one more, and the rest are added as one
    /// step that Undo removes; the book is backed up first.
    void importMembersFromASpreadsheet()
    {
        const QString path = freshCell(QStringLiteral("import"));
        auto w = makeWindow(path);
        const auto names = [&] {
            const auto db = storage::Database::open(path, storage::Database::Mode::ReadOnly);
            QStringList out;
            for (const core::Member &m : storage::MemberRepository(db).list(true))
                out << m.fullName;
            return out;
        };
        const QStringList before = names();
        m_pick = {QStringLiteral(SOCHIBO_TEST_DATA_DIR "/import/members-titled.xlsx")};
        QStringList seen;
        m_dialog = [&](QDialog &d) -> bool {
            auto *dialog = qobject_cast<MemberImportDialog *>(&d);
            if (!dialog)
                return false;
            QTableWidget *t = dialog->previewTable();
            for (int r = 0; r < t->rowCount(); ++r)
                seen << QStringLiteral("%1|%2|%3|%4")
                            .arg(t->item(r, 1)->text(), t->item(r, 2)->text(),
                                 t->item(r, 0)->checkState() == Qt::Checked ? QStringLiteral("x")
                                                                            : QString(),
                                 t->item(r, 0)->flags() & Qt::ItemIsUserCheckable
                                     ? QString()
                                     : QStringLiteral("locked"));
            seen << dialog->importButton()->text() << dialog->summaryLabel()->text();
            // Âu Văn Toàn (row 9) is not imported this time
            for (int r = 0; r < t->rowCount(); ++r)
                if (t->item(r, 1)->text() == QLatin1String("9"))
                    t->item(r, 0)->setCheckState(Qt::Unchecked);
            seen << dialog->importButton()->text();
            return dialog->importButton()->isEnabled();
        };
        QVERIFY(w->importMembers());
        m_dialog = {};
        QVERIFY2(seen.contains(QStringLiteral("8|Mạc Thị Ngọc Ánh||locked")),
                 qPrintable(seen.join('\n')));
        QVERIFY(seen.contains(QStringLiteral("5|Lương Minh Khoa|x|")));
        QVERIFY(seen.contains(QStringLiteral("12|Người lập biểu||")));
        QVERIFY(seen.contains(QStringLiteral("&Nhập 4 đảng viên")));
        QVERIFY(seen.contains(QStringLiteral("&Nhập 3 đảng viên")));
        QVERIFY(
            seen.join('\n').contains(QStringLiteral("4 đảng viên sẽ được nhập; 1 dòng có lỗi bị "
                                                    "bỏ qua; 1 dòng không đánh dấu")));
        QStringList after = names();
        QCOMPARE(after.size(), before.size() + 3);
        QVERIFY(after.contains(QStringLiteral("Phùng Thị Thu Hiền")));
        QVERIFY(!after.contains(QStringLiteral("Âu Văn Toàn")));
        QCOMPARE(w->undoStack()->undoText(),
                 QStringLiteral("Nhập 3 đảng viên từ members-titled.xlsx"));
        QStringList reasons;
        for (const auto &b :
             storage::listBackups(storage::backupsDirFor(path), QStringLiteral("cell")))
            reasons << b.reasonCode;
        QVERIFY2(reasons.contains(QStringLiteral("import")), qPrintable(reasons.join(' ')));
        w->undoStack()->undo();
        QCOMPARE(names(), before);
        w->undoStack()->redo();
        QCOMPARE(names().size(), before.size() + 3);

        // a damaged file is refused with a message; nothing opens, nothing changes
        const QString broken = m_dir.filePath(QStringLiteral("broken.xlsx"));
        QFile f(broken);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QByteArray("PK\x03\x04", 4) + QByteArray(200, 'x'));
        f.close();
        m_pick = {broken};
        m_messages.clear();
        m_dialog = [](QDialog &) {
            return true;
        };
        QVERIFY(!w->importMembers());
        m_dialog = {};
        m_pick.clear();
        QCOMPARE(m_messages.value(0),
                 QStringLiteral("Không đọc được bảng tính “broken.xlsx”: tệp bị hỏng hoặc không "
                                "phải bảng tính Excel/LibreOffice."));
        QCOMPARE(names().size(), before.size() + 3);
    }

    void groundsAndRecipientsAreEditable()
    {
        auto w = makeWindow();
        ReportPage *page = shown(*w, MainWindow::Reports).reportPage();
        page->selectReport(QStringLiteral("remediation-plan"), 2025);
        const auto plan = [this](const QString &kind, int year, const QString &period = {}) {
            const auto db = storage::Database::open(m_path, storage::Database::Mode::ReadOnly);
            reports::ReportRequest r;
            r.kind = kind;
            r.year = year;
            r.period = period;
            r.date = demo::demoToday();
            return reportdata::ReportService(db).build(r).document.toText();
        };
        const QString before = plan(QStringLiteral("remediation-plan"), 2025);
        QVERIFY(before.contains(QStringLiteral("[p] Căn cứ Kế hoạch số 29-KH/ĐU ngày 02/12/2025")));
        QStringList problems;
        m_dialog = [&](QDialog &d) -> bool {
            auto &dialog = dynamic_cast<DocumentSettingsDialog &>(d);
            if (dialog.kindBox()->currentData().toString() != QLatin1String("remediation-plan"))
                return false;
            QTableWidget *t = dialog.register_();
            // untick the commune's plan (row 7), add a new document and tick it
            int planRow = -1;
            for (int r = 0; r < t->rowCount(); ++r)
                if (t->item(r, 2)->text() == QStringLiteral("29-KH/ĐU"))
                    planRow = r;
            if (planRow < 0)
                return false;
            t->item(planRow, 0)->setCheckState(Qt::Unchecked);
            dialog.addRow();
            const int row = t->rowCount() - 1;
            t->item(row, 1)->setText(QStringLiteral("Công văn"));
            t->item(row, 2)->setText(QStringLiteral("412-CV/ĐU"));
            t->item(row, 4)->setText(QStringLiteral("Ban Thường vụ Đảng ủy xã Vĩnh Phong"));
            t->item(row, 5)->setText(QStringLiteral("về việc xây dựng kế hoạch khắc phục"));
            t->item(row, 0)->setCheckState(Qt::Checked);
            dialog.accept(); // no date: refused, the reason shown
            problems << dialog.problems();
            if (dialog.result() == QDialog::Accepted)
                return false;
            t->item(row, 3)->setText(QStringLiteral("15/12/2025"));
            dialog.recipientsBox()->setPlainText(
                QStringLiteral("- Ban Thường vụ Đảng ủy xã (b/c);\n- Lưu Chi bộ."));
            dialog.accept();
            return dialog.result() == QDialog::Accepted;
        };
        QVERIFY(page->editGroundsAndRecipients());
        m_dialog = {};
        QVERIFY2(problems.join(u' ').contains(QStringLiteral("chưa có ngày ban hành")),
                 qPrintable(problems.join(u' ')));
        const QString after = plan(QStringLiteral("remediation-plan"), 2025);
        QVERIFY(after.contains(QStringLiteral("[p] Căn cứ Công văn số 412-CV/ĐU ngày 15/12/2025 "
                                              "của Ban Thường vụ Đảng ủy xã Vĩnh Phong về việc "
                                              "xây dựng kế hoạch khắc phục;")));
        QVERIFY(!after.contains(QStringLiteral("29-KH/ĐU")));
        QVERIFY(after.contains(QStringLiteral("[p] Căn cứ Điều lệ Đảng Cộng sản Việt Nam;")));
        QVERIFY(after.contains(
            QStringLiteral("[recipients] - Ban Thường vụ Đảng ủy xã (b/c); - Lưu Chi bộ.")));
        // the thematic plan keeps its own grounds and recipients
        const QString thematic = plan(QStringLiteral("thematic-plan"), 2026);
        QVERIFY(thematic.contains(QStringLiteral("Căn cứ Chỉ thị số 50-CT/TW")));
        QVERIFY(thematic.contains(QStringLiteral("[recipients] - Đảng bộ xã Vĩnh Phong (b/c);")));
        w->undoStack()->undo();
        QCOMPARE(plan(QStringLiteral("remediation-plan"), 2025), before);
        w->undoStack()->redo();
        QCOMPARE(plan(QStringLiteral("remediation-plan"), 2025), after);
    }

    /// Tệp → Thông tin chi bộ và mẫu văn bản: the older practice and the font chosen there
    /// reach the documents, the note under the font says what the choice means, a missing
    /// name keeps the dialog open, and undo puts everything back.
    void cellDetailsAndDocumentStyleAreEditable()
    {
        auto w = makeWindow();
        const core::Cell before = selfReview2026Style().first;
        QStringList notes, problems, fonts;
        m_dialog = [&](QDialog &d) {
            auto &dialog = dynamic_cast<CellDialog &>(d);
            fonts << dialog.fontBox()->itemText(0);
            notes << dialog.fontNote();
            const auto choose = [&](const QString &family) {
                dialog.fontBox()->setCurrentIndex(dialog.fontBox()->findData(family));
                notes << dialog.fontNote();
            };
            choose(QStringLiteral("Cantarell")); // fonts-cantarell: CFF outlines
            choose(QStringLiteral("Liberation Serif"));
            dialog.marginsBox()->setCurrentIndex(1); // older practice
            dialog.findChild<QCheckBox *>(QStringLiteral("numberColon"))->setChecked(true);
            dialog.findChild<QCheckBox *>(QStringLiteral("padMonths"))->setChecked(true);
            const QString name = dialog.nameField()->text();
            dialog.nameField()->clear();
            auto *issuer = dialog.findChild<QLineEdit *>(QStringLiteral("issuer"));
            issuer->setText(QStringLiteral("KH/CB"));
            dialog.accept();
            problems << dialog.problems();
            dialog.nameField()->setText(name);
            issuer->setText(QStringLiteral("CB"));
            dialog.accept();
            return dialog.result() == QDialog::Accepted;
        };
        QVERIFY(w->editCell());
        QVERIFY(fonts.value(0).contains(QStringLiteral("SoChiBo Serif"))); // the bundled first
        QCOMPARE(notes.size(), 3);
        QVERIFY2(notes[0].contains(QStringLiteral("giống nhau trên mọi máy")),
                 qPrintable(notes[0]));
        QVERIFY2(notes[1].contains(QStringLiteral("CFF")), qPrintable(notes[1]));
        QVERIFY2(notes[2].contains(QStringLiteral("đã cài")), qPrintable(notes[2]));
        QVERIFY(problems.value(0).contains(QStringLiteral("Chưa nhập tên chi bộ")));
        QVERIFY(problems.value(0).contains(QStringLiteral("không có “/”")));

        const auto [after, style] = selfReview2026Style();
        QCOMPARE(after.name, before.name);
        QCOMPARE(style.marginLeft, 35.0);
        QCOMPARE(style.fontFamily, QStringLiteral("Liberation Serif"));
        const reports::BuiltReport built = selfReview2026();
        QVERIFY2(built.document.header.numberLine.startsWith(QStringLiteral("Số: ")),
                 qPrintable(built.document.header.numberLine));
        QVERIFY2(built.document.header.dateLine.endsWith(QStringLiteral("tháng 11 năm 2026")),
                 qPrintable(built.document.header.dateLine)); // November has two digits anyway
        {
            const auto db = storage::Database::open(m_path, storage::Database::Mode::ReadOnly);
            reports::ReportRequest r;
            r.kind = QStringLiteral("self-review");
            r.year = 2026;
            r.date = QDate(2026, 4, 5);
            QVERIFY(reportdata::ReportService(db).build(r).document.header.dateLine.endsWith(
                QStringLiteral("ngày 05 tháng 04 năm 2026")));
            const QByteArray pdf = reportdata::ReportService(db).renderPdf(r);
            QVERIFY(pdf.contains("+LiberationSerif"));
            QVERIFY(!pdf.contains("+SoChiBoSerif"));
        }

        w->undoStack()->undo();
        QVERIFY(selfReview2026Style().first == before);
        QCOMPARE(selfReview2026Style().second.marginLeft, 30.0);
        m_dialog = {};
    }

    std::pair<core::Cell, reports::DocumentStyle> selfReview2026Style() const
    {
        const auto db = storage::Database::open(m_path, storage::Database::Mode::ReadOnly);
        return {storage::CellRepository(db).cell(), reportdata::ReportService(db).style()};
    }

    void firstRunCreatesTheCellsRecords()
    {
        Prompts p;
        p.inform = [this](const QString &m) {
            m_messages << m;
        };
        p.saveFileName = [this](const QString &suggested) {
            [&] {
                QCOMPARE(suggested, QStringLiteral("so-chi-bo.db"));
            }();
            return m_saveAs;
        };
        QStringList problems;
        p.runDialog = [&](QDialog &d) {
            auto &dialog = dynamic_cast<CellDialog &>(d);
            dialog.nameField()->setText(QStringLiteral("Chi bộ Trường Tiểu học Hòa Bình 2"));
            dialog.accept(); // superior body and place missing
            problems << dialog.problems();
            dialog.superiorField()->setText(QStringLiteral("Đảng bộ xã Hòa Bình"));
            dialog.placeField()->setText(QStringLiteral("Hòa Bình"));
            dialog.secretaryField()->setText(QStringLiteral("Lê Thị Thu Thủy"));
            dialog.accept();
            return dialog.result() == QDialog::Accepted;
        };
        MainWindow w(p);
        w.setToday(demo::demoToday());
        QVERIFY(w.isWelcomeShown()); // nothing open yet: create or open the demo
        m_saveAs = m_dir.filePath(QStringLiteral("hoa-binh.db"));
        QVERIFY(w.createCell());
        QVERIFY(problems.value(0).contains(QStringLiteral("Chưa nhập cấp ủy cấp trên")));
        QVERIFY(problems.value(0).contains(QStringLiteral("Chưa nhập địa danh")));
        QVERIFY(!w.isWelcomeShown());
        QVERIFY(w.windowTitle().contains(QStringLiteral("hoa-binh.db")));
        QVERIFY(shown(w, MainWindow::Overview)
                    .overviewPage()
                    ->text()
                    .contains(QStringLiteral("Chi bộ Trường Tiểu học Hòa Bình 2")));
        QCOMPARE(shown(w, MainWindow::Members).membersPage()->model()->rowCount(), 1);
        QCOMPARE(
            shown(w, MainWindow::Members).membersPage()->proxy()->index(0, 0).data().toString(),
            QStringLiteral("Lê Thị Thu Thủy"));
        QCOMPARE(
            shown(w, MainWindow::Members).membersPage()->proxy()->index(0, 1).data().toString(),
            QStringLiteral("Bí thư"));
        // The same file again is refused: an existing cell is never overwritten.
        QVERIFY(!w.createCell());
        QVERIFY(m_messages.last().contains(QStringLiteral("đã có")));
    }

    void disciplineRecordedOnAMemberReachesTheSelfReview()
    {
        auto w = makeWindow();
        MembersPage *page = shown(*w, MainWindow::Members).membersPage();
        const int row = rowOf(page->proxy(), 0, QStringLiteral("Cao Văn Sơn"));
        QVERIFY(row >= 0);
        page->view()->setCurrentIndex(page->proxy()->index(row, 0));
        QVERIFY(page->details().contains(QStringLiteral("Cao Văn Sơn")));
        const int eventsBefore = page->eventList()->count();
        QStringList problems;
        m_dialog = [&](QDialog &d) {
            auto &dialog = dynamic_cast<EventDialog &>(d);
            dialog.kindField()->setCurrentIndex(
                dialog.kindField()->findText(QStringLiteral("Kỷ luật")));
            dialog.dateField()->setText(QStringLiteral("12/10/2026"));
            dialog.accept(); // no form chosen yet
            problems << dialog.problems();
            dialog.disciplineField()->setCurrentIndex(
                dialog.disciplineField()->findText(QStringLiteral("Khiển trách")));
            dialog.accept();
            return dialog.result() == QDialog::Accepted;
        };
        QVERIFY(page->addEvent());
        QVERIFY(problems.value(0).contains(QStringLiteral("hình thức kỷ luật")));
        QCOMPARE(page->eventList()->count(), eventsBefore + 1); // the same member still selected
        QVERIFY(page->eventList()
                    ->item(eventsBefore)
                    ->text()
                    .startsWith(QStringLiteral("Kỷ luật 12/10/2026 (Khiển trách)")));

        const auto warnings = [this] {
            return selfReview2026().warnings.join(QLatin1Char('\n'));
        };
        QVERIFY2(warnings().contains(QStringLiteral("bị kỷ luật")), qPrintable(warnings()));

        QVERIFY(page->setRating(2025, core::QualityRating::Excellent));
        QCOMPARE(w->undoStack()->count(), 2);
        w->undoStack()->undo(); // rating
        w->undoStack()->undo(); // the event
        QCOMPARE(page->eventList()->count(), eventsBefore);
        QVERIFY(!warnings().contains(QStringLiteral("bị kỷ luật")));
    }

    /// The meeting's form records who chaired, who took the minutes, the times, the place,
    /// the guests and each conclusion's vote; "In biên bản…" prints them as the minutes.
    void meetingMinutesFromTheMeetingsPage()
    {
        const QString path = freshCell(QStringLiteral("minutes"));
        auto w = makeWindow(path);
        MeetingsPage *page = shown(*w, MainWindow::Meetings).meetingsPage();
        w->showPage(MainWindow::Meetings);
        page->selectId(15); // the committee's meeting of 28/10/2026: nothing but attendance
        QStringList problems;
        m_dialog = [&](QDialog &d) -> bool {
            auto &dialog = dynamic_cast<MeetingDialog &>(d);
            dialog.startField()->setText(QStringLiteral("7h30"));
            dialog.endField()->setText(QStringLiteral("25:00"));
            dialog.placeField()->setText(QStringLiteral("Văn phòng Chi bộ"));
            dialog.chairField()->setCurrentIndex(
                dialog.chairField()->findText(QStringLiteral("Nguyễn Thị Thanh Hương")));
            dialog.secretaryField()->setCurrentIndex(
                dialog.secretaryField()->findText(QStringLiteral("Trần Văn Khải")));
            dialog.guestsField()->setText(QStringLiteral(
                "Đồng chí Hồ Văn Tâm, Đảng ủy viên; Bà Lê Thị Na, Chủ tịch Công đoàn"));
            dialog.addConclusion(QStringLiteral("Chuẩn bị hồ sơ kiểm điểm cuối năm"));
            dialog.conclusions()->setCurrentRow(0);
            dialog.votesForField()->setValue(3);
            dialog.accept(); // 25:00 is no time; a vote of 3 of nobody
            problems << dialog.problems();
            dialog.endField()->setText(QStringLiteral("09:00"));
            dialog.votesTotalField()->setValue(3);
            // a point made by someone marked absent is refused, then the attendance corrected
            const qint64 duyen =
                dialog.secretaryField()
                    ->itemData(dialog.secretaryField()->findText(QStringLiteral("Lê Thị Mỹ Duyên")))
                    .toLongLong();
            dialog.addSpeaker(duyen, QStringLiteral("Đề nghị hoàn thành hồ sơ trước 10/12."));
            dialog.setStatus(duyen, core::AttendanceStatus::Excused);
            dialog.accept();
            problems << dialog.problems();
            dialog.setStatus(duyen, core::AttendanceStatus::Present);
            dialog.accept();
            return dialog.result() == QDialog::Accepted;
        };
        QVERIFY(shown(*w, MainWindow::Meetings).meetingsPage()->editCurrent());
        m_dialog = {};
        QVERIFY2(problems.join(u' ').contains(QStringLiteral("Giờ ghi theo giờ và phút")),
                 qPrintable(problems.join(u' ')));
        QVERIFY(problems.join(u' ').contains(QStringLiteral("Kết luận 1: số tán thành")));
        QVERIFY(problems.join(u' ').contains(
            QStringLiteral("Lê Thị Mỹ Duyên được ghi vắng mặt nhưng có ý kiến trong biên bản.")));
        {
            const auto db = storage::Database::open(path, storage::Database::Mode::ReadOnly);
            const core::Meeting m = *storage::MeetingRepository(db).find(15);
            QCOMPARE(m.startTime, QStringLiteral("7:30"));
            QCOMPARE(m.guests, QStringLiteral("Đồng chí Hồ Văn Tâm, Đảng ủy viên\nBà Lê Thị Na, "
                                              "Chủ tịch Công đoàn"));
            QCOMPARE(m.conclusions.value(0).votesFor, 3);
            QCOMPARE(m.conclusions.value(0).votesTotal, 3);
        }
        const QString pdf = m_dir.filePath(QStringLiteral("bien-ban.pdf"));
        m_saveAs = pdf;
        m_opened.clear();
        QVERIFY2(shown(*w, MainWindow::Meetings).meetingsPage()->printMinutes(),
                 qPrintable(m_messages.join(u' ')));
        QCOMPARE(m_suggested, QStringLiteral("bien-ban-hop-28-10-2026.pdf"));
        QCOMPARE(m_opened, QStringList{pdf});
        const auto doc = Poppler::Document::load(pdf);
        QVERIFY(doc);
        QString text;
        for (int i = 0; i < doc->numPages(); ++i)
            text += doc->page(i)->text(QRectF()) + u' ';
        text = text.simplified();
        for (const QString &want :
             {QStringLiteral("Họp Chi ủy tháng 10 năm 2026"),
              QStringLiteral("Vào hồi 07 giờ 30 phút, ngày 28 tháng 10 năm 2026, tại Văn phòng "
                             "Chi bộ"),
              QStringLiteral("+ đồng chí Hồ Văn Tâm, Đảng ủy viên;"),
              QStringLiteral("+ Bà Lê Thị Na, Chủ tịch Công đoàn."),
              QStringLiteral("Biểu quyết: 03/03 đồng chí tán thành (100%)."),
              QStringLiteral("- Đồng chí Lê Thị Mỹ Duyên: Đề nghị hoàn thành hồ sơ trước 10/12."),
              QStringLiteral("kết thúc vào hồi 09 giờ 00 phút"), QStringLiteral("THƯ KÝ"),
              QStringLiteral("CHỦ TRÌ")})
            QVERIFY2(text.contains(want), qPrintable(want + QStringLiteral("\n") + text));
        m_saveAs.clear();
    }

    /// A new meeting's conclusion turned into a task: the meeting is saved, then the task
    /// form opens with the owner and deadline the conclusion names; the conclusion then shows
    /// it has its task.
    void conclusionBecomesATaskInOneStep()
    {
        const QString path = freshCell(QStringLiteral("conclusion-task"));
        auto w = makeWindow(path);
        core::Task proposed;
        m_dialog = [&](QDialog &d) -> bool {
            if (auto *meeting = qobject_cast<MeetingDialog *>(&d)) {
                meeting->dateField()->setText(QStringLiteral("21/11/2026"));
                meeting->addConclusion(
                    QStringLiteral("Đ/c Bảo cập nhật sổ điểm điện tử trước 15/12/2026"));
                meeting->conclusions()->setCurrentRow(0);
                meeting->findChild<QPushButton *>(QStringLiteral("toTask"))->click();
                return meeting->result() == QDialog::Accepted;
            }
            auto &task = dynamic_cast<TaskDialog &>(d);
            proposed = task.task();
            task.accept();
            return task.result() == QDialog::Accepted;
        };
        QVERIFY(shown(*w, MainWindow::Meetings).meetingsPage()->add());
        m_dialog = {};
        QCOMPARE(proposed.title,
                 QStringLiteral("Đ/c Bảo cập nhật sổ điểm điện tử trước 15/12/2026"));
        QCOMPARE(proposed.dueOn, QDate(2026, 12, 15));
        QVERIFY(proposed.conclusionId > 0);
        {
            const auto db = storage::Database::open(path, storage::Database::Mode::ReadOnly);
            QCOMPARE(storage::MemberRepository(db).find(proposed.ownerId)->fullName,
                     QStringLiteral("Phạm Quốc Bảo"));
            bool saved = false;
            for (const core::Task &t : storage::TaskRepository(db).list())
                saved = saved || t.conclusionId == proposed.conclusionId;
            QVERIFY(saved);
        }
        QCOMPARE(w->undoStack()->count(), 2); // the meeting, then the task
        // opened again, the conclusion says it has its task
        QString text;
        m_dialog = [&](QDialog &d) -> bool {
            auto &meeting = dynamic_cast<MeetingDialog &>(d);
            text = meeting.conclusions()->item(0)->text();
            return false;
        };
        shown(*w, MainWindow::Meetings)
            .meetingsPage()
            ->selectId(shown(*w, MainWindow::Meetings).meetingsPage()->currentId());
        QVERIFY(!shown(*w, MainWindow::Meetings).meetingsPage()->editCurrent());
        m_dialog = {};
        QCOMPARE(text, QStringLiteral("Đ/c Bảo cập nhật sổ điểm điện tử trước 15/12/2026  ✓ đã "
                                      "giao nhiệm vụ"));
    }

    void newMeetingWithConclusionThenUndo()
    {
        auto w = makeWindow();
        MeetingsPage *page = shown(*w, MainWindow::Meetings).meetingsPage();
        QCOMPARE(page->model()->rowCount(), 46);
        QString summary;
        m_dialog = [&](QDialog &d) {
            auto &dialog = dynamic_cast<MeetingDialog &>(d);
            dialog.agendaField()->setText(QStringLiteral("Đánh giá tháng 11; kiểm điểm cuối năm"));
            dialog.dateField()->setText(QStringLiteral("32/11/2026"));
            dialog.accept();
            if (!dialog.problems().contains(QStringLiteral("Ngày họp phải có dạng")))
                return false;
            dialog.dateField()->setText(QStringLiteral("21/11/2026"));
            dialog.addConclusion(QStringLiteral("Hoàn thành hồ sơ kiểm điểm trước 05/12/2026"));
            summary = dialog.summary();
            dialog.accept();
            return dialog.result() == QDialog::Accepted;
        };
        QVERIFY(shown(*w, MainWindow::Meetings).meetingsPage()->add());
        QCOMPARE(summary, QStringLiteral("có mặt 18/18")); // everyone in the cell that day
        QCOMPARE(page->model()->rowCount(), 47);
        const int row = rowOf(page->proxy(), 0, QStringLiteral("21/11/2026"));
        QVERIFY(row >= 0);
        QCOMPARE(page->proxy()->index(row, 4).data().toString(),
                 QStringLiteral("Đánh giá tháng 11; kiểm điểm cuối năm"));
        QCOMPARE(page->proxy()->index(row, 5).data().toString(), QStringLiteral("1"));
        QVERIFY(shown(*w, MainWindow::Overview)
                    .overviewPage()
                    ->text()
                    .contains(QStringLiteral("12 / 2")));
        w->undoStack()->undo();
        w->showPage(MainWindow::Meetings);
        QCOMPARE(page->model()->rowCount(), 46);
        QVERIFY(shown(*w, MainWindow::Overview)
                    .overviewPage()
                    ->text()
                    .contains(QStringLiteral("11 / 2")));
    }

    void indicatorsEditedReachTheSelfReview()
    {
        auto w = makeWindow();
        ReviewPage *page = shown(*w, MainWindow::Review).reviewPage();
        page->setYear(2026);
        QTableWidget *table = page->indicatorsTable();
        QCOMPARE(table->rowCount(), 5);
        int row = -1;
        for (int r = 0; r < table->rowCount(); ++r)
            if (table->item(r, 0)->text().startsWith(QStringLiteral("Học sinh hoàn thành")))
                row = r;
        QVERIFY(row >= 0);
        QCOMPARE(table->item(row, 3)->text(), QStringLiteral("99,3"));
        const auto text = [this] {
            return selfReview2026().document.toText();
        };
        QVERIFY(text().contains(QStringLiteral("99,3")));
        table->item(row, 3)->setText(QStringLiteral("99,6"));
        QVERIFY(text().contains(QStringLiteral("99,6")));
        QVERIFY(!text().contains(QStringLiteral("99,3")));
        QVERIFY(page->addIndicator(QStringLiteral("Chi đoàn vững mạnh")));
        QCOMPARE(page->indicatorsTable()->rowCount(), 6);
        QVERIFY(text().contains(QStringLiteral("Chi đoàn vững mạnh")));
        w->undoStack()->undo();
        w->undoStack()->undo();
        QCOMPARE(page->indicatorsTable()->rowCount(), 5);
        QVERIFY(text().contains(QStringLiteral("99,3")));
    }

    void nextYearsTopicsMakeTheThematicPlan()
    {
        auto w = makeWindow();
        TopicsPage *page = shown(*w, MainWindow::Topics).topicsPage();
        QCOMPARE(page->table()->rowCount(), 2); // 2026
        QCOMPARE(page->table()->item(0, 1)->text(), QStringLiteral("Quý II năm 2026"));
        // A topic that tasks came from cannot be deleted: said, not done.
        QVERIFY(!page->removeTopic(0));
        QVERIFY(m_messages.value(0).contains(QStringLiteral("nhiệm vụ giao từ chuyên đề")));
        QCOMPARE(page->table()->rowCount(), 2);

        page->setYear(2027);
        QCOMPARE(page->table()->rowCount(), 0);
        m_dialog = [](QDialog &d) {
            auto &dialog = dynamic_cast<TopicDialog &>(d);
            dialog.titleField()->setText(QStringLiteral("Học tập và làm theo tư tưởng, đạo đức, "
                                                        "phong cách Hồ Chí Minh trong nhà trường"));
            dialog.focusField()->setPlainText(QStringLiteral("Nêu gương\nTrách nhiệm"));
            dialog.quarterField()->setValue(2);
            dialog.drafterField()->setCurrentIndex(
                dialog.drafterField()->findText(QStringLiteral("Lê Thị Mỹ Duyên")));
            dialog.accept();
            return dialog.result() == QDialog::Accepted;
        };
        QVERIFY(page->addTopic());
        QCOMPARE(page->table()->rowCount(), 1);
        QCOMPARE(page->table()->item(0, 2)->text(), QStringLiteral("Lê Thị Mỹ Duyên"));
        ReportPage *report = shown(*w, MainWindow::Reports).reportPage();
        report->selectReport(QStringLiteral("thematic-plan"), 2027);
        QVERIFY2(report->preview(), qPrintable(report->status()));
        w->undoStack()->undo();
        w->showPage(MainWindow::Topics);
        QCOMPARE(page->table()->rowCount(), 0);
        QVERIFY(!report->preview());
    }

    void commitmentWrittenForTheMemberWhoHadNone()
    {
        auto w = makeWindow();
        CommitmentsPage *page = shown(*w, MainWindow::Commitments).commitmentsPage();
        QCOMPARE(page->summary(), QStringLiteral("Đã có bản cam kết: 18/19 đảng viên"));
        int row = -1;
        for (int r = 0; r < page->table()->rowCount(); ++r)
            if (page->table()->item(r, 0)->text() == QStringLiteral("Phan Thị Mai"))
                row = r;
        QVERIFY(row >= 0); // transferred in after the others signed
        QCOMPARE(page->table()->item(row, 1)->text(), QStringLiteral("chưa có"));
        QStringList problems;
        m_dialog = [&](QDialog &d) {
            auto &dialog = dynamic_cast<CommitmentDialog &>(d);
            dialog.accept(); // empty
            problems << dialog.problems();
            dialog.shortcomingsField()->setPlainText(
                QStringLiteral("Chưa quen nề nếp báo cáo của Chi bộ mới."));
            dialog.planField()->setPlainText(
                QStringLiteral("Tháng 12: báo cáo kết quả công việc\nLưu minh chứng hằng tháng"));
            dialog.signedField()->setText(QStringLiteral("25/11/2026"));
            dialog.accept();
            return dialog.result() == QDialog::Accepted;
        };
        QVERIFY(page->edit(row));
        QVERIFY(problems.value(0).contains(QStringLiteral("cần ít nhất")));
        QCOMPARE(page->summary(), QStringLiteral("Đã có bản cam kết: 19/19 đảng viên"));
        QCOMPARE(page->table()->item(row, 1)->text(), QStringLiteral("25/11/2026"));
        QCOMPARE(page->table()->item(row, 3)->text(), QStringLiteral("2 việc"));
        w->undoStack()->undo();
        QCOMPARE(page->summary(), QStringLiteral("Đã có bản cam kết: 18/19 đảng viên"));
    }

    void inspectionRecordedIsCountedInTheSelfReview()
    {
        auto w = makeWindow();
        ReviewPage *page = shown(*w, MainWindow::Review).reviewPage();
        page->setYear(2026);
        QCOMPARE(page->supervisionsTable()->rowCount(), 4);
        const auto text = [this] {
            return selfReview2026().document.toText();
        };
        QVERIFY(text().contains(QStringLiteral("thực hiện 01 cuộc kiểm tra, 03 cuộc giám sát")));
        QStringList problems;
        m_dialog = [&](QDialog &d) {
            auto &dialog = dynamic_cast<SupervisionDialog &>(d);
            dialog.accept(); // neither a member nor an area
            problems << dialog.problems();
            dialog.areaField()->setText(QStringLiteral("Việc lưu minh chứng thực hiện nhiệm vụ"));
            dialog.dateField()->setText(QStringLiteral("18/11/2026"));
            dialog.accept();
            return dialog.result() == QDialog::Accepted;
        };
        QVERIFY(page->addSupervision());
        QVERIFY(problems.value(0).contains(QStringLiteral("Hãy chọn đảng viên được giám sát")));
        QCOMPARE(page->supervisionsTable()->rowCount(), 5);
        QVERIFY2(text().contains(QStringLiteral("thực hiện 01 cuộc kiểm tra, 04 cuộc giám sát")),
                 qPrintable(text()));
        w->undoStack()->undo();
        QCOMPARE(page->supervisionsTable()->rowCount(), 4);
    }

    void backupRunsInTheBackground()
    {
        auto w = makeWindow();
        m_saveAs = m_dir.filePath(QStringLiteral("backup.db"));
        // Every message the status bar shows: the automatic backup made on opening may finish
        // just after this one and replace it before a poll sees it.
        QStringList shown;
        connect(w->statusBar(), &QStatusBar::messageChanged, this,
                [&](const QString &m) { shown << m; });
        w->backupNow();
        const auto backedUp = [&] {
            return std::any_of(shown.begin(), shown.end(), [](const QString &m) {
                return m.startsWith(QStringLiteral("Đã sao lưu vào"));
            });
        };
        QTRY_VERIFY_WITH_TIMEOUT(backedUp(), 20000);
        QVERIFY(m_messages.isEmpty());
        const auto copy = storage::Database::open(m_saveAs, storage::Database::Mode::ReadOnly);
        QCOMPARE(copy.scalar(QStringLiteral("SELECT count(*) FROM member")).toInt(), 19);
        QVERIFY(QFileInfo::exists(m_dir.filePath(QStringLiteral("backup.evidence"))));
    }

    /// The save dialogs ask the same guard as the CLI: the open book, its -wal and its
    /// evidence store are refused outright; another cell's book only when the user confirms.
    void saveDialogsNeverOverwriteTheBook()
    {
        const QString path = freshCell(QStringLiteral("guard"));
        const QString other = freshCell(QStringLiteral("guard-other"));
        auto w = makeWindow(path);
        const auto members = [](const QString &db) {
            const auto d = storage::Database::open(db, storage::Database::Mode::ReadOnly);
            return d.scalar(QStringLiteral("SELECT count(*) FROM member")).toInt();
        };
        const auto bytesOf = [](const QString &file) {
            QFile f(file);
            return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
        };
        w->showPage(MainWindow::Reports);
        ReportPage *page = shown(*w, MainWindow::Reports).reportPage();
        page->selectReport(QStringLiteral("remediation-plan"), 2025);
        for (const QString &target :
             {path, path + QStringLiteral("-wal"),
              storage::EvidenceStore::storeDirFor(path) + QStringLiteral("/plan.pdf")}) {
            m_messages.clear();
            m_questions.clear();
            m_saveAs = target;
            QVERIFY(!page->saveAs());
            QVERIFY2(m_messages.value(0).contains(QStringLiteral("là chính tệp sổ đang mở")) ||
                         m_messages.value(0).contains(QStringLiteral("kho minh chứng")),
                     qPrintable(m_messages.join(QLatin1Char('|'))));
            QVERIFY(m_questions.isEmpty()); // not even offered
        }
        QCOMPARE(members(path), 19);
        // Another cell's book: the user is asked, and "no" keeps it whole.
        const QByteArray otherBefore = bytesOf(other);
        m_answer = false;
        m_questions.clear();
        m_saveAs = other;
        QVERIFY(!page->saveAs());
        QVERIFY2(m_questions.value(0).contains(QStringLiteral("là một cơ sở dữ liệu")),
                 qPrintable(m_questions.join(QLatin1Char('|'))));
        QCOMPARE(bytesOf(other), otherBefore);
        m_messages.clear();
        w->backupNow(); // the same question before a backup over it
        QCOMPARE(m_questions.size(), 2);
        QCOMPARE(bytesOf(other), otherBefore);
        m_answer = true;
        QCOMPARE(members(other), 19);
    }

    void monthlyReportAndCollaboratorsThroughTheTaskDialog()
    {
        auto w = makeWindow();
        TasksPage *page = shown(*w, MainWindow::Tasks).tasksPage();
        const QString title = QStringLiteral("Ghi phân công cụ thể vào biên bản mỗi kỳ sinh hoạt");
        const int row = rowOf(page->proxy(), 0, title);
        QVERIFY(row >= 0);
        page->view()->setCurrentIndex(page->proxy()->index(row, 0));
        const qint64 taskId = page->currentId();
        const auto stored = [&] {
            const auto db = storage::Database::open(m_path, storage::Database::Mode::ReadOnly);
            const storage::TaskRepository tasks(db);
            return std::make_pair(tasks.reports(taskId), tasks.find(taskId)->collaboratorIds);
        };
        const auto [reportsBefore, collaboratorsBefore] = stored();
        QStringList problems;
        int shownReports = -1;
        m_dialog = [&](QDialog &d) {
            auto &dialog = dynamic_cast<TaskDialog &>(d);
            shownReports = dialog.reportsTable()->rowCount();
            for (int i = 0; i < dialog.collaboratorsField()->count(); ++i)
                if (dialog.collaboratorsField()->item(i)->text() == QStringLiteral("Dương Thị Lan"))
                    dialog.collaboratorsField()->item(i)->setCheckState(Qt::Checked);
            dialog.reportPeriodField()->setText(QStringLiteral("2026-13"));
            dialog.reportDoneField()->setPlainText(
                QStringLiteral("Biên bản tháng 11 ghi đủ người, việc, thời hạn."));
            dialog.accept();
            problems << dialog.problems();
            dialog.reportPeriodField()->setText(QStringLiteral("2026-11"));
            dialog.accept();
            return dialog.result() == QDialog::Accepted;
        };
        QVERIFY(shown(*w, MainWindow::Tasks).tasksPage()->editCurrent());
        QCOMPARE(shownReports, int(reportsBefore.size()));
        QVERIFY(problems.value(0).contains(QStringLiteral("Tháng báo cáo phải có dạng")));
        const auto [reportsAfter, collaboratorsAfter] = stored();
        QCOMPARE(reportsAfter.size(), reportsBefore.size() + 1);
        QCOMPARE(reportsAfter.last().period, QStringLiteral("2026-11"));
        QCOMPARE(collaboratorsAfter.size(), collaboratorsBefore.size() + 1);
        w->undoStack()->undo();
        const auto [reportsUndone, collaboratorsUndone] = stored();
        QCOMPARE(reportsUndone.size(), reportsBefore.size());
        QCOMPARE(collaboratorsUndone, collaboratorsBefore);
    }

    void candidateSentToTheClassIsCounted()
    {
        auto w = makeWindow();
        ReviewPage *page = shown(*w, MainWindow::Review).reviewPage();
        QTableWidget *table = page->candidatesTable();
        QCOMPARE(table->rowCount(), 3);
        const auto text = [this] {
            return selfReview2026().document.toText();
        };
        QVERIFY(text().contains(QStringLiteral("giới thiệu 01 quần chúng ưu tú")));
        int row = -1;
        for (int r = 0; r < table->rowCount(); ++r)
            if (table->item(r, 0)->text() == QStringLiteral("Kiều Văn Phát"))
                row = r;
        QVERIFY(row >= 0);
        table->item(row, 1)->setText(QStringLiteral("31/13/2026"));
        QVERIFY(m_messages.value(0).contains(QStringLiteral("không phải là ngày")));
        QCOMPARE(table->item(row, 1)->text(), QString()); // unchanged
        table->item(row, 1)->setText(QStringLiteral("10/10/2026"));
        QVERIFY2(text().contains(QStringLiteral("giới thiệu 02 quần chúng ưu tú")),
                 qPrintable(text()));
        w->undoStack()->undo();
        QVERIFY(text().contains(QStringLiteral("giới thiệu 01 quần chúng ưu tú")));
    }

    void evidenceAttachedSavedVerifiedAndDetached()
    {
        auto w = makeWindow();
        EvidencePage *page = shown(*w, MainWindow::Evidence).evidencePage();
        const int before = page->model()->rowCount();
        QVERIFY(before > 0);
        TasksPage *tasks = shown(*w, MainWindow::Tasks).tasksPage();
        const QString title = QStringLiteral("Ghi phân công cụ thể vào biên bản mỗi kỳ sinh hoạt");
        const int row = rowOf(tasks->proxy(), 0, title);
        tasks->view()->setCurrentIndex(tasks->proxy()->index(row, 0));
        QCOMPARE(tasks->proxy()->index(row, 5).data().toString(), QStringLiteral("0"));

        const QString file = m_dir.filePath(QStringLiteral("biên bản tháng 11.txt"));
        QFile f(file);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QStringLiteral("Biên bản sinh hoạt tháng 11/2026: phân công rõ người, rõ việc.")
                    .toUtf8());
        f.close();
        m_pick = {file, m_dir.filePath(QStringLiteral("không có tệp này.pdf"))};
        QCOMPARE(attachToTask(w.get()), 1);
        QVERIFY(
            m_messages.value(0).contains(QStringLiteral("không có tệp này.pdf"))); // refused, named
        const int again = rowOf(tasks->proxy(), 0, title);
        QCOMPARE(tasks->proxy()->index(again, 5).data().toString(), QStringLiteral("1"));
        w->showPage(MainWindow::Evidence);
        QCOMPARE(page->model()->rowCount(), before + 1);

        const int er = rowOf(page->proxy(), 0, QStringLiteral("biên bản tháng 11.txt"));
        QVERIFY(er >= 0);
        QCOMPARE(page->proxy()->index(er, 1).data().toString(),
                 QStringLiteral("Nhiệm vụ: ") + title);
        page->view()->setCurrentIndex(page->proxy()->index(er, 0));
        m_saveAs = m_dir.filePath(QStringLiteral("copy.txt"));
        QVERIFY(page->saveCopy());
        QFile copy(m_saveAs);
        QVERIFY(copy.open(QIODevice::ReadOnly));
        QVERIFY(QString::fromUtf8(copy.readAll()).contains(QStringLiteral("rõ người, rõ việc")));

        QCOMPARE(page->verify(), 0);
        QVERIFY(m_messages.last().contains(QStringLiteral("còn nguyên vẹn")));

        QVERIFY(page->detachCurrent());
        QVERIFY(m_questions.last().contains(QStringLiteral("biên bản tháng 11.txt")));
        QCOMPARE(page->model()->rowCount(), before);
    }

    /// The task rows of the month page: (title, column) for every shown task.
    static QStringList monthColumn(const MonthPage *page, int column)
    {
        QStringList out;
        const QStandardItemModel *m = page->model();
        for (int r = 0; r < m->rowCount(); ++r)
            for (int c = 0; c < m->item(r)->rowCount(); ++c)
                out << m->item(r)->child(c, column)->text();
        return out;
    }

    void monthViewFlagsAndPeriods()
    {
        auto w = makeWindow();
        w->showPage(MainWindow::Month);
        MonthPage *page = shown(*w, MainWindow::Month).monthPage();
        QCOMPARE(page->periodCode(), QStringLiteral("2026-11"));
        const storage::PeriodFigures f = page->progress().figures;
        QVERIFY(f.active > 10);
        QCOMPARE(page->shownTasks(), f.active);
        QVERIFY2(
            page->figuresText().startsWith(QStringLiteral("Tháng 11/2026, tính đến 21/11/2026: "
                                                          "%1 nhiệm vụ")
                                               .arg(f.active)),
            qPrintable(page->figuresText()));
        // the overdue filter: only tasks marked overdue, as many as counted
        page->setShow(MonthPage::Overdue);
        QCOMPARE(page->shownTasks(), f.overdue);
        QVERIFY(f.overdue > 0);
        for (const QString &flags : monthColumn(page, 7))
            QVERIFY2(flags.contains(QStringLiteral("quá hạn")), qPrintable(flags));
        page->setShow(MonthPage::All);
        // tasks nobody reported on say so in the report column
        QVERIFY(monthColumn(page, 4).contains(QStringLiteral("chưa báo cáo")));
        // a quarter gathers its months; the previous period button steps back
        page->setPeriod(QStringLiteral("2026-Q3"));
        QVERIFY(
            page->figuresText().startsWith(QStringLiteral("Quý III/2026, tính đến 30/09/2026")));
        QVERIFY(page->progress().figures.membersReported > 0);
        // grouped by member: one group a person, in roster order
        page->setGroupByMember(true);
        QStringList groups;
        for (int r = 0; r < page->model()->rowCount(); ++r)
            groups << page->model()->item(r)->text();
        QVERIFY(groups.first().startsWith(QStringLiteral("Võ Thị Ngọc Ánh")) ||
                groups.first().startsWith(QStringLiteral("Phạm Quốc Bảo")));
        page->setGroupByMember(false);
        // what carries over: every open task at the end of the period is listed
        int open = 0;
        for (const storage::PeriodTask &t : page->progress().tasks)
            open += !t.doneByEnd;
        QVERIFY(page->carryOver()->count() >= open);
    }

    void monthlyReportTypedInTheMonthViewWithEvidence()
    {
        auto w = makeWindow();
        w->showPage(MainWindow::Month);
        MonthPage *page = shown(*w, MainWindow::Month).monthPage();
        page->setPeriod(QStringLiteral("2026-11"));
        const QString title = QStringLiteral("Nhận xét báo cáo tháng của đảng viên");
        qint64 taskId = 0;
        for (const storage::PeriodTask &t : page->progress().tasks)
            if (t.task.title == title)
                taskId = t.task.id;
        QVERIFY(taskId);
        QVERIFY(page->selectTask(taskId));
        const int reportedBefore = page->progress().figures.membersReported;

        const QString photo = m_dir.filePath(QStringLiteral("ảnh nhận xét.png"));
        QFile f(photo);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("PNG? not really, but bytes to keep");
        f.close();
        m_pick = {photo};
        m_dialog = [](QDialog &d) {
            auto *dialog = qobject_cast<ProgressReportDialog *>(&d);
            if (!dialog)
                return false;
            if (dialog->periodField()->text() != QStringLiteral("2026-11"))
                return false;
            dialog->accept(); // empty: refused, the dialog stays
            if (dialog->result() == QDialog::Accepted ||
                !dialog->problems().contains(QStringLiteral("việc đã làm")))
                return false;
            dialog->doneField()->setPlainText(QStringLiteral("Đã nhận xét 9 báo cáo tháng 11."));
            dialog->resultField()->setText(QStringLiteral("Xong 9/18 báo cáo"));
            for (QPushButton *b : dialog->findChildren<QPushButton *>())
                if (b->text() == QStringLiteral("Đính kèm tệp…"))
                    b->click();
            dialog->accept();
            return dialog->result() == QDialog::Accepted;
        };
        QVERIFY(page->recordReport());
        w->waitForBackups(); // the photo is stored in the background
        m_dialog = nullptr;
        QCOMPARE(page->currentTaskId(), taskId);
        const int row = monthColumn(page, 0).indexOf(title);
        QCOMPARE(monthColumn(page, 4).value(row), QStringLiteral("T11: Xong 9/18 báo cáo"));
        QCOMPARE(monthColumn(page, 5).value(row), QStringLiteral("1"));
        QCOMPARE(page->progress().figures.membersReported, reportedBefore + 1);
        // the file went to the report, in the evidence store
        const auto db = storage::Database::open(m_path, storage::Database::Mode::ReadOnly);
        const QList<core::ProgressReport> reports = storage::TaskRepository(db).reports(taskId);
        QVERIFY(!reports.isEmpty());
        storage::EvidenceTarget target;
        target.progressId = reports.last().id;
        QCOMPARE(storage::EvidenceStore(db).list(target).size(), 1);
        QCOMPARE(storage::EvidenceStore(db).list(target).first().fileName,
                 QStringLiteral("ảnh nhận xét.png"));

        // a second report without files, then undone: the task is back to "chưa báo cáo"
        const QString other = QStringLiteral("Gửi dự thảo nội dung sinh hoạt trước hai ngày");
        for (const storage::PeriodTask &t : page->progress().tasks)
            if (t.task.title == other)
                QVERIFY(page->selectTask(t.task.id));
        m_dialog = [](QDialog &d) {
            auto *dialog = qobject_cast<ProgressReportDialog *>(&d);
            dialog->doneField()->setPlainText(QStringLiteral("Gửi dự thảo ngày 03/11."));
            dialog->accept();
            return dialog->result() == QDialog::Accepted;
        };
        QVERIFY(page->recordReport());
        m_dialog = nullptr;
        const int otherRow = monthColumn(page, 0).indexOf(other);
        QVERIFY(monthColumn(page, 4).value(otherRow).startsWith(QStringLiteral("T11: ")));
        w->undoStack()->undo();
        QCOMPARE(monthColumn(page, 4).value(monthColumn(page, 0).indexOf(other)),
                 QStringLiteral("chưa báo cáo"));
    }

    void overviewShowsTheMonthChartAndRemedies()
    {
        auto w = makeWindow();
        OverviewPage *overview = shown(*w, MainWindow::Overview).overviewPage();
        QVERIFY(overview->text().contains(QStringLiteral("Tháng 11/2026")));
        const QList<storage::MonthBar> bars = overview->chart()->bars();
        QCOMPARE(bars.size(), 12);
        int done = 0;
        for (const storage::MonthBar &b : bars)
            done += b.onTime + b.late;
        QVERIFY(done > 10);
        const QList<QProgressBar *> remedies = overview->remedyBars();
        QCOMPARE(remedies.size(),
                 int(storage::ReviewRepository(*w->database()).shortcomings(2025).size()));
        QVERIFY(remedies.first()->text().contains(QStringLiteral("nhiệm vụ")));
        // a count of the month opens the month page filtered to it
        auto *label = overview->findChild<QLabel *>();
        emit label->linkActivated(QStringLiteral("month:%1").arg(int(MonthPage::Overdue)));
        QVERIFY(shown(*w, MainWindow::Month).monthPage()->isVisibleTo(w.get()));
        QCOMPARE(shown(*w, MainWindow::Month).monthPage()->shownTasks(),
                 shown(*w, MainWindow::Month).monthPage()->progress().figures.overdue);
    }

    void trackingDocumentsFromTheReportPage()
    {
        auto w = makeWindow();
        w->showPage(MainWindow::Reports);
        ReportPage *page = shown(*w, MainWindow::Reports).reportPage();
        page->selectReport(QStringLiteral("commitment"), 2026);
        QCOMPARE(page->memberField()->currentData().toLongLong(), 0); // everyone
        QVERIFY(page->preview());
        const int commitments =
            int(storage::ReviewRepository(*w->database()).commitments(2026).size());
        QCOMPARE(page->pageCount(), commitments);
        QVERIFY2(page->status().contains(QStringLiteral("không đánh số")),
                 qPrintable(page->status()));
        QVERIFY(page->status().contains(QStringLiteral("chưa có bản cam kết")));

        page->selectPeriodReport(QStringLiteral("2026-10"), false);
        QCOMPARE(page->periodField()->currentText(), QStringLiteral("Tháng 10"));
        QVERIFY(page->preview());
        QVERIFY2(page->status().contains(QStringLiteral("-BC/CB")), qPrintable(page->status()));
        m_saveAs = m_dir.filePath(QStringLiteral("thang10.pdf"));
        QVERIFY(page->saveAs());
        QVERIFY(QFileInfo(m_saveAs).size() > 10000);

        page->selectReport(QStringLiteral("task-table"), 2026);
        QCOMPARE(page->fromField()->date(), QDate(2026, 1, 1));
        QCOMPARE(page->toField()->date(), QDate(2026, 11, 30));
        QVERIFY(page->preview());
        QVERIFY(page->pageCount() >= 2);
    }

    /// Key by key, every dialog: Tab reaches every field once, in reading order (down the
    /// form; left to right within a row), ends on the buttons and comes back to the start.
    void tabWalksEveryDialogInReadingOrder()
    {
        const auto db = storage::Database::open(m_path, storage::Database::Mode::ReadOnly);
        const storage::TaskRepository tasks(db);
        const auto task = tasks.find(1);
        QVERIFY(task);
        const reports::ReportTemplate form =
            reports::ReportTemplate::forYear(QStringLiteral("self-review"), 2026);
        QMap<QString, QString> prose;
        for (const auto &[key, text] : form.proseSections())
            prose.insert(key, QString());
        std::vector<std::pair<QString, std::unique_ptr<QDialog>>> dialogs;
        dialogs.emplace_back(QStringLiteral("member"), new MemberDialog(core::Member{}));
        dialogs.emplace_back(QStringLiteral("event"),
                             new EventDialog(core::MembershipEvent{}, QStringLiteral("A")));
        dialogs.emplace_back(QStringLiteral("task"), new TaskDialog(*task, db, demo::demoToday()));
        dialogs.emplace_back(QStringLiteral("meeting"), new MeetingDialog(core::Meeting{}, db));
        dialogs.emplace_back(QStringLiteral("new cell"),
                             CellDialog::forNewCell(demo::demoToday()).release());
        dialogs.emplace_back(QStringLiteral("cell details"), new CellDialog(core::Cell{}));
        dialogs.emplace_back(QStringLiteral("prose"), new ProseDialog(form, prose));
        dialogs.emplace_back(QStringLiteral("grounds and recipients"),
                             new DocumentSettingsDialog(DocumentSettingsDialog::State{},
                                                        QStringLiteral("thematic-plan"), 2026));
        dialogs.emplace_back(QStringLiteral("commitment"),
                             new CommitmentDialog(core::Commitment{}, QStringLiteral("A")));
        dialogs.emplace_back(
            QStringLiteral("monthly report"),
            new ProgressReportDialog(*task, core::ProgressReport{}, db, Prompts{}));
        dialogs.emplace_back(QStringLiteral("shortcoming"),
                             new ShortcomingDialog(core::Shortcoming{}));
        dialogs.emplace_back(QStringLiteral("supervision"),
                             new SupervisionDialog(core::Supervision{}, db));
        dialogs.emplace_back(QStringLiteral("topic"),
                             new TopicDialog(core::ThematicTopic{}, db, demo::demoToday()));
        dialogs.emplace_back(QStringLiteral("member review"),
                             new MemberReviewDialog(core::MemberReview{}, core::Member{},
                                                    core::MemberYear{}, core::QualityRating::None));
        dialogs.emplace_back(QStringLiteral("caption"),
                             new CaptionDialog(QStringLiteral("a.pdf"), QString()));
        {
            QFile list(QStringLiteral(SOCHIBO_TEST_DATA_DIR "/import/members-titled.xlsx"));
            QVERIFY(list.open(QIODevice::ReadOnly));
            dialogs.emplace_back(
                QStringLiteral("member import"),
                new MemberImportDialog(
                    sheets::readWorkbook(list.readAll(), QStringLiteral("ds.xlsx")),
                    QStringLiteral("ds.xlsx"), {}, demo::demoToday()));
        }
        QStringList failures;
        // The main window, page by page, is walked the same way.
        auto w = makeWindow();
        w->resize(1280, 800);
        for (int page = 0; page < 10; ++page) {
            w->showPage(MainWindow::Page(page));
            QString problem;
            QList<QWidget *> walk = tabWalk(*w, &problem);
            if (walk.isEmpty()) {
                failures << QStringLiteral("page %1: %2").arg(page).arg(problem);
                continue;
            }
            failures << readingOrderProblems(walk, w.get(), QStringLiteral("page %1").arg(page));
            for (QWidget *x : tabbable(*w))
                if (walk.count(x) != 1)
                    failures << QStringLiteral("page %1: %2 reached %3 times")
                                    .arg(page)
                                    .arg(describe(x, w.get()))
                                    .arg(walk.count(x));
        }
        w.reset();
        for (auto &[name, dialog] : dialogs) {
            QString problem;
            QList<QWidget *> walk = tabWalk(*dialog, &problem);
            if (walk.isEmpty()) {
                failures << name + QStringLiteral(": ") + problem;
                continue;
            }
            failures << readingOrderProblems(walk, dialog.get(), name);
            // The last stop is a button of the box at the bottom.
            if (!qobject_cast<QDialogButtonBox *>(walk.last()->parentWidget()))
                failures << QStringLiteral("%1: the last stop is %2, not a button")
                                .arg(name, describe(walk.last(), dialog.get()));
            // SOCHIBO_DIALOG_SHOTS=folder: each dialog's picture, to look at a form by eye.
            if (const QString shots = qEnvironmentVariable("SOCHIBO_DIALOG_SHOTS");
                !shots.isEmpty())
                dialog->grab().save(QStringLiteral("%1/dialog-%2.png").arg(shots, name));
            dialog->close();
        }
        QVERIFY2(failures.isEmpty(), qPrintable(failures.join(QLatin1Char('\n'))));
    }

    /// On a large cell the overview names a few members and counts the rest, instead of a
    /// paragraph of eighty names.
    void overviewCountsLongListsOfNames()
    {
        const QString folder = m_dir.filePath(QStringLiteral("large"));
        QDir().mkpath(folder);
        const QString path = folder + QStringLiteral("/cell.db");
        {
            const auto db = storage::Database::open(path, storage::Database::Mode::Create);
            demo::SyntheticSize size;
            size.years = 2;
            demo::writeSynthetic(db, size);
        }
        auto w = makeWindow(path);
        const QString text = shown(*w, MainWindow::Overview).overviewPage()->text();
        static const QRegularExpression list(QStringLiteral("Chưa nộp minh chứng: ([^<]*)"));
        const QRegularExpressionMatch m = list.match(text);
        QVERIFY2(m.hasMatch(), qPrintable(text));
        const QString names = m.captured(1);
        QVERIFY2(names.count(QStringLiteral(", ")) <= 5, qPrintable(names));
        QVERIFY2(names.contains(QRegularExpression(QStringLiteral(" và \\d+ đồng chí khác$"))),
                 qPrintable(names));
    }

    /// The task list opens on this year's tasks; the year box shows another year's, or every
    /// year's, as the core's rule of a year says.
    void tasksOfAYear()
    {
        auto w = makeWindow();
        TasksPage *page = shown(*w, MainWindow::Tasks).tasksPage();
        QCOMPARE(page->yearBox()->currentText(), QStringLiteral("2026"));
        QCOMPARE(page->yearBox()->itemText(0), QStringLiteral("Mọi năm"));
        const auto db = storage::Database::open(m_path, storage::Database::Mode::ReadOnly);
        const auto count = [&](int year) {
            storage::TaskFilter f;
            f.year = year;
            return int(storage::TaskRepository(db).list(f).size());
        };
        QCOMPARE(page->model()->rowCount(), count(2026));
        page->setYear(0);
        QCOMPARE(page->model()->rowCount(), count(0));
        page->setYear(2025);
        QCOMPARE(page->model()->rowCount(), count(2025));
        QVERIFY(count(2026) > count(2025)); // the demo gave tasks in 2026 only
    }

    /// The change history names who made each change: the user's name, asked once before
    /// the first change (Edit ▸ "Your name in the history…" changes it); never "(không rõ)".
    void historyNamesWhoMadeTheChange()
    {
        QSettings().remove(QStringLiteral("user/name"));
        const QString path = freshCell(QStringLiteral("who"));
        auto w = makeWindow(path);
        m_askedText.clear();
        m_typed = QStringLiteral("Lê Thị Thu Thủy");
        QVERIFY(addMemberNamed(*w, QStringLiteral("Đàm Văn Một")));
        QVERIFY(addMemberNamed(*w, QStringLiteral("Đàm Văn Hai")));
        QCOMPARE(m_askedText.size(), 1); // once
        const auto actorOf = [&](const QString &name) {
            const auto db = storage::Database::open(path, storage::Database::Mode::ReadOnly);
            for (const core::Member &m : storage::MemberRepository(db).list())
                if (m.fullName == name)
                    return storage::recordHistory(db, QStringLiteral("member"), m.id)
                        .value(0)
                        .actor;
            return QString();
        };
        QCOMPARE(actorOf(QStringLiteral("Đàm Văn Một")), QStringLiteral("Lê Thị Thu Thủy"));
        // the program opened again (another day) does not ask again
        w.reset();
        auto again = makeWindow(path);
        QVERIFY(addMemberNamed(*again, QStringLiteral("Đàm Văn Ba")));
        QCOMPARE(m_askedText.size(), 1);
        m_typed = QStringLiteral("Phan Văn Tú");
        again->edits()->changeUserName();
        QVERIFY(addMemberNamed(*again, QStringLiteral("Đàm Văn Bốn")));
        QCOMPARE(actorOf(QStringLiteral("Đàm Văn Bốn")), QStringLiteral("Phan Văn Tú"));
        m_typed.clear();
        QSettings().remove(QStringLiteral("user/name"));
    }

    /// The red text under a form goes once the user types in a field, and comes back on Save
    /// while the problem stands.
    void problemsGoWhenTheFieldIsCorrected()
    {
        core::Member m;
        MemberDialog dialog(m);
        dialog.show();
        dialog.accept();
        QVERIFY(dialog.problems().contains(QStringLiteral("Chưa nhập họ và tên.")));
        dialog.nameField()->setFocus();
        QTest::keyClicks(dialog.nameField(), QStringLiteral("Hoa"));
        QCOMPARE(dialog.problems(), QString());
        dialog.nameField()->clear();
        dialog.accept();
        QVERIFY(dialog.problems().contains(QStringLiteral("Chưa nhập họ và tên.")));
        QVERIFY(dialog.result() != QDialog::Accepted);
    }

    /// On the members' bar, adding comes first and deleting last.
    void membersBarPutsDeleteLast()
    {
        auto w = makeWindow();
        w->resize(1280, 800);
        w->show();
        w->showPage(MainWindow::Members);
        QVERIFY(QTest::qWaitForWindowExposed(w.get()));
        QList<QPushButton *> buttons;
        for (QPushButton *b :
             shown(*w, MainWindow::Members).membersPage()->findChildren<QPushButton *>())
            if (b->isVisible() && b->parentWidget() &&
                b->y() == shown(*w, MainWindow::Members)
                              .membersPage()
                              ->findChildren<QPushButton *>()
                              .first()
                              ->y())
                buttons << b;
        std::sort(buttons.begin(), buttons.end(),
                  [](QPushButton *a, QPushButton *b) { return a->x() < b->x(); });
        QStringList texts;
        for (QPushButton *b : buttons)
            texts << b->text();
        QVERIFY2(texts.value(0).startsWith(QStringLiteral("Thêm đảng viên")),
                 qPrintable(texts.join(u'|')));
        QCOMPARE(texts.last(), QStringLiteral("Xóa đảng viên…"));
    }

    void tabFollowsTheFormTopToBottom()
    {
        core::Member m;
        MemberDialog dialog(m);
        // The next widget Tab reaches from a field.
        const auto next = [](QWidget *w) {
            QWidget *n = w->nextInFocusChain();
            while (n != w && !(n->focusPolicy() & Qt::TabFocus))
                n = n->nextInFocusChain();
            return n;
        };
        // Name → gender (a combo box), although the phone field was created second.
        QVERIFY(qobject_cast<QComboBox *>(next(dialog.nameField())));
        // Admission date → how the member joined the cell (its date) → full-membership date.
        QCOMPARE(next(dialog.admittedField()), static_cast<QWidget *>(dialog.entryField()));
        QCOMPARE(next(dialog.entryField()), static_cast<QWidget *>(dialog.entryDateField()));
        QCOMPARE(next(dialog.entryDateField()), static_cast<QWidget *>(dialog.fullField()));
    }

    void demoCellFromTheWelcomePage()
    {
        Prompts p;
        p.inform = [this](const QString &m) {
            m_messages << m;
        };
        QString folder;
        QStringList asked;
        {
            MainWindow w(p);
            QVERIFY(w.isWelcomeShown());
            QVERIFY(w.openDemo()); // written on first use, in this process's test data folder
            QVERIFY(!w.isWelcomeShown());
            QCOMPARE(shown(w, MainWindow::Members).membersPage()->model()->rowCount(), 19);
            folder = QFileInfo(w.windowTitle()).absolutePath();
            p.confirm = [&asked](const QString &q) {
                asked << q;
                return true;
            };
            // A second window on the same file while the first still writes it: explained,
            // and only read-only.
            MainWindow second(p);
            QVERIFY(second.openDemo());
            QCOMPARE(asked.size(), 1);
            QVERIFY2(asked[0].contains(QStringLiteral("đang được mở để ghi")),
                     qPrintable(asked[0]));
            QVERIFY(second.isReadOnly());
            QVERIFY(second.windowTitle().endsWith(QStringLiteral("[chỉ đọc]")));
            QVERIFY(second.bannerText().contains(QStringLiteral("CHỈ ĐỌC")));
            QCOMPARE(shown(second, MainWindow::Members).membersPage()->model()->rowCount(), 19);
            QVERIFY(!shown(second, MainWindow::Members)
                         .membersPage()
                         ->add()); // refused before any dialog
            QVERIFY(m_messages.last().contains(QStringLiteral("chỉ đọc")));
            m_messages.clear();
        }
        MainWindow again(p);       // the first window closed: writable again, nothing asked
        QVERIFY(again.openDemo()); // the second time it is only opened
        QVERIFY(!again.isReadOnly());
        QCOMPARE(asked.size(), 1);
        QCOMPARE(shown(again, MainWindow::Members).membersPage()->model()->rowCount(), 19);
        QVERIFY(m_messages.isEmpty());
        again.waitForBackups();
        // Leave no demo behind: the app's data folder and the per-process folder above it.
        QDir(folder).removeRecursively();
        QDir().rmdir(QFileInfo(folder).absolutePath());
    }

    void damagedFileOffersTheLatestBackup()
    {
        const QString path = freshCell(QStringLiteral("rescue"));
        {
            auto w = makeWindow(path); // opening makes the first automatic backup
            w->waitForBackups();
        }
        const QList<storage::BackupInfo> backups =
            storage::listBackups(storage::backupsDirFor(path), QStringLiteral("cell"));
        QCOMPARE(backups.size(), 1);
        QCOMPARE(backups[0].reasonCode, QStringLiteral("open"));
        QCOMPARE(backups[0].members, 19);
        // A bad sector later: the file is damaged.
        QFile::remove(path);
        QVERIFY(QFile::copy(QStringLiteral(SOCHIBO_TEST_DATA_DIR "/damaged/zeroed-page.db"), path));
        QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        m_questions.clear();
        m_answer = true;
        auto w = makeWindow(path);
        QCOMPARE(m_questions.size(), 1);
        QVERIFY2(m_questions[0].contains(QStringLiteral("bị hỏng")), qPrintable(m_questions[0]));
        QVERIFY(m_questions[0].contains(QStringLiteral("Khôi phục sổ từ bản sao lưu này?")));
        QVERIFY(m_questions[0].contains(QStringLiteral("19 đảng viên")));
        QVERIFY(!w->isWelcomeShown());
        QCOMPARE(shown(*w, MainWindow::Members).membersPage()->model()->rowCount(), 19);
        QVERIFY(w->statusBar()->currentMessage().contains(QStringLiteral("Đã khôi phục")));
        const QStringList aside = QDir(QFileInfo(path).absolutePath())
                                      .entryList({QStringLiteral("cell.db.hong-*")}, QDir::Files);
        QCOMPARE(aside.size(), 1); // the damaged file kept, not deleted
        w->waitForBackups();
    }

    void declinedRestoreLeavesTheDamagedFileAlone()
    {
        const QString path = freshCell(QStringLiteral("declined"));
        makeWindow(path)->waitForBackups();
        QFile::remove(path);
        QVERIFY(QFile::copy(QStringLiteral(SOCHIBO_TEST_DATA_DIR "/damaged/truncated.db"), path));
        m_questions.clear();
        m_answer = false;
        auto w = makeWindow(path);
        m_answer = true;
        QCOMPARE(m_questions.size(), 1);
        QVERIFY(w->isWelcomeShown());
        QVERIFY(w->lastError().contains(QStringLiteral("bị hỏng")));
        QVERIFY(QDir(QFileInfo(path).absolutePath())
                    .entryList({QStringLiteral("cell.db.hong-*")}, QDir::Files)
                    .isEmpty());
    }

    void restoreFromTheFileMenu()
    {
        const QString path = freshCell(QStringLiteral("menu-restore"));
        auto w = makeWindow(path);
        w->waitForBackups();
        QVERIFY(addMemberNamed(*w, QStringLiteral("Vũ Thị Nhầm Lẫn")));
        QCOMPARE(shown(*w, MainWindow::Members).membersPage()->model()->rowCount(), 20);
        int listed = 0;
        m_dialog = [&listed](QDialog &d) {
            auto &dialog = dynamic_cast<RestoreDialog &>(d);
            listed = dialog.table()->rowCount();
            // The newest readable backup is offered first: the one made on opening.
            return dialog.table()->item(0, 1)->text() == QStringLiteral("khi mở sổ") &&
                   dialog.table()->item(0, 2)->text().startsWith(QStringLiteral("19 đảng viên"));
        };
        QVERIFY(w->restoreFromBackup());
        m_dialog = {};
        QCOMPARE(listed, 1);
        QCOMPARE(shown(*w, MainWindow::Members).membersPage()->model()->rowCount(), 19);
        QVERIFY(!w->isReadOnly());
        w->waitForBackups();
        // The replaced state is itself a backup: the mistake can be brought back too.
        const QList<storage::BackupInfo> backups =
            storage::listBackups(storage::backupsDirFor(path), QStringLiteral("cell"));
        QVERIFY(std::any_of(backups.begin(), backups.end(), [](const storage::BackupInfo &b) {
            return b.reasonCode == QLatin1String("restore") && b.members == 20;
        }));
    }

    void historyOfTheSelectedRecord()
    {
        const QString path = freshCell(QStringLiteral("history"));
        auto w = makeWindow(path);
        QVERIFY(addMemberNamed(*w, QStringLiteral("Hà Thị Lịch Sử")));
        w->showPage(MainWindow::Members);
        MembersPage *page = shown(*w, MainWindow::Members).membersPage();
        const int row = rowOf(page->proxy(), 0, QStringLiteral("Hà Thị Lịch Sử"));
        QVERIFY(row >= 0);
        page->view()->setCurrentIndex(page->proxy()->index(row, 0));
        QStringList nodes, fields;
        QString title;
        m_dialog = [&](QDialog &d) {
            auto &dialog = dynamic_cast<HistoryDialog &>(d);
            title = dialog.windowTitle();
            for (int i = 0; i < dialog.tree()->topLevelItemCount(); ++i) {
                QTreeWidgetItem *node = dialog.tree()->topLevelItem(i);
                nodes << node->text(0);
                for (int c = 0; c < node->childCount(); ++c)
                    fields << node->child(c)->text(0) + QStringLiteral(": ") +
                                  node->child(c)->text(2);
            }
            return true;
        };
        QVERIFY(w->showHistory());
        m_dialog = {};
        QCOMPARE(nodes.size(), 1);
        QVERIFY2(nodes[0].endsWith(QStringLiteral(" · tạo")), qPrintable(nodes[0]));
        QVERIFY2(title.contains(QStringLiteral("Đảng viên số")), qPrintable(title));
        // In words a secretary reads: field names, dates, labels; no empty fields, no row id.
        QVERIFY2(fields.contains(QStringLiteral("Họ và tên: Hà Thị Lịch Sử")),
                 qPrintable(fields.join(QLatin1Char('|'))));
        QVERIFY(fields.contains(QStringLiteral("Ngày vào Đảng: 05/09/2012")));
        QVERIFY(fields.contains(QStringLiteral("Loại đảng viên: ") +
                                core::label(core::MembershipKind::Full)));
        QVERIFY(!fields.join(QLatin1Char('|')).contains(QStringLiteral("phone")));
        // Nothing selected on a page without records: told, no dialog.
        w->showPage(MainWindow::Overview);
        m_messages.clear();
        QVERIFY(!w->showHistory());
        QVERIFY(m_messages.value(0).contains(QStringLiteral("Hãy chọn một mục")));
        w->waitForBackups();
    }

    void readOnlyFileShowsABannerAndRefusesEdits()
    {
        const QString path = freshCell(QStringLiteral("readonly"));
        QVERIFY(QFile::setPermissions(path, QFileDevice::ReadOwner));
        m_questions.clear();
        auto w = makeWindow(path);
        QVERIFY(m_questions.isEmpty()); // nothing to ask: it can only be read
        QVERIFY(w->isReadOnly());
        QVERIFY2(w->bannerText().contains(QStringLiteral("CHỈ ĐỌC")), qPrintable(w->bannerText()));
        QVERIFY(w->bannerText().contains(QStringLiteral("chỉ cho phép đọc")));
        QCOMPARE(shown(*w, MainWindow::Members).membersPage()->model()->rowCount(), 19);
        m_messages.clear();
        QVERIFY(!shown(*w, MainWindow::Tasks).tasksPage()->add());
        QVERIFY(m_messages.value(0).contains(QStringLiteral("chỉ đọc")));
        QVERIFY(!QFileInfo::exists(storage::backupsDirFor(path))); // nothing written anywhere
        QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    }

    void othersCanReadWarningAndFix()
    {
        const QString path = freshCell(QStringLiteral("shared"));
        QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                        QFileDevice::ReadGroup | QFileDevice::ReadOther);
        auto w = makeWindow(path);
        QVERIFY(w->bannerText().contains(QStringLiteral("Người dùng khác")));
        QPushButton *fix = nullptr;
        const auto buttons = w->findChildren<QPushButton *>();
        for (QPushButton *b : buttons)
            if (b->text() == QStringLiteral("Chỉ cho tôi đọc tệp sổ") && b->isVisibleTo(w.get()))
                fix = b;
        QVERIFY(fix);
        fix->click();
        QVERIFY(w->bannerText().isEmpty());
        QVERIFY(!storage::Database::othersCanRead(path));
        w->waitForBackups();
    }

    void failedWriteKeepsScreenAndFileTogether()
    {
        const QString path = freshCell(QStringLiteral("diskfull"));
        auto w = makeWindow(path);
        w->waitForBackups();
        const int before = shown(*w, MainWindow::Members).membersPage()->model()->rowCount();
        const int steps = w->undoStack()->count();
        m_messages.clear();
        testing::FaultyVfs::failWrite(1, SQLITE_FULL); // the disk is full from now on
        const bool added = addMemberNamed(*w, QStringLiteral("Không Lưu Được"));
        testing::FaultyVfs::disarm();
        QVERIFY(!added);
        QVERIFY2(m_messages.value(0).contains(QStringLiteral("Ổ đĩa đã đầy")),
                 qPrintable(m_messages.join(QLatin1Char('|'))));
        QCOMPARE(shown(*w, MainWindow::Members).membersPage()->model()->rowCount(), before);
        QCOMPARE(w->undoStack()->count(), steps); // nothing to undo: nothing happened
        const auto db = storage::Database::open(path, storage::Database::Mode::ReadOnly);
        QCOMPARE(db.scalar(QStringLiteral("SELECT count(*) FROM member")).toInt(), before);
        // The disk has room again: the same edit goes through.
        QVERIFY(addMemberNamed(*w, QStringLiteral("Lưu Được Rồi")));
        QCOMPARE(shown(*w, MainWindow::Members).membersPage()->model()->rowCount(), before + 1);
    }

    void largeScanIsStoredWithoutFreezingTheWindow()
    {
        // A 60 MB "scanned" PDF: one page, with 60 MB of image data in an unreferenced stream.
        const QString big = m_dir.filePath(QStringLiteral("scan-60mb.pdf"));
        {
            QByteArray pdf("%PDF-1.4\n");
            QList<qsizetype> offsets;
            const QByteArray text = "BT /F1 18 Tf 72 760 Td (Bien ban quet 60 MB) Tj ET";
            const QByteArray filler(60 * 1024 * 1024, '\x5a');
            const QList<QByteArray> objects = {
                "<< /Type /Catalog /Pages 2 0 R >>",
                "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
                "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R "
                "/Resources << /Font << /F1 5 0 R >> >> >>",
                "<< /Length " + QByteArray::number(text.size()) + " >>\nstream\n" + text +
                    "\nendstream",
                "<< /Type /Font /Subtype /Type1 /BaseFont /Times-Roman >>",
                "<< /Length " + QByteArray::number(filler.size()) + " >>\nstream\n" + filler +
                    "\nendstream"};
            for (int i = 0; i < objects.size(); ++i) {
                offsets << pdf.size();
                pdf += QByteArray::number(i + 1) + " 0 obj\n" + objects[i] + "\nendobj\n";
            }
            const qsizetype xref = pdf.size();
            pdf += "xref\n0 7\n0000000000 65535 f \n";
            for (qsizetype o : offsets)
                pdf += QByteArray::number(o).rightJustified(10, '0') + " 00000 n \n";
            pdf += "trailer\n<< /Size 7 /Root 1 0 R >>\nstartxref\n" + QByteArray::number(xref) +
                   "\n%%EOF\n";
            QFile f(big);
            QVERIFY(f.open(QIODevice::WriteOnly));
            QCOMPARE(f.write(pdf), pdf.size());
        }
        const QString path = freshCell(QStringLiteral("bigscan"));
        auto w = makeWindow(path);
        w->waitForBackups();
        w->showPage(MainWindow::Tasks);
        TasksPage *tasks = shown(*w, MainWindow::Tasks).tasksPage();
        tasks->view()->setCurrentIndex(tasks->proxy()->index(0, 0));
        const qint64 taskId = tasks->currentId();
        // The probe: a 10 ms timer on the GUI thread; the longest gap between its ticks is how
        // long the window could not answer.
        QElapsedTimer clock;
        qint64 last = 0, longest = 0;
        int ticks = 0;
        QTimer probe;
        probe.setInterval(10);
        connect(&probe, &QTimer::timeout, [&] {
            const qint64 now = clock.elapsed();
            longest = std::max(longest, now - last);
            last = now;
            ++ticks;
        });
        m_pick = {big};
        m_messages.clear();
        QSignalSpy attached(w.get(), &MainWindow::evidenceAttached);
        clock.start();
        probe.start();
        QVERIFY(w->attachToCurrentRecord()); // started; the window goes on answering
        QVERIFY(attached.wait(120000));
        probe.stop();
        QCOMPARE(attached.first().first().toInt(), 1);
        qInfo("60 MB attach: %lld ms in all, longest GUI-thread gap %lld ms over %d ticks",
              clock.elapsed(), longest, ticks);
        QVERIFY2(m_messages.isEmpty(), qPrintable(m_messages.join(QLatin1Char('|'))));
        QVERIFY2(ticks >= 5, "the event loop ran while the file was stored");
        QVERIFY2(longest < 250, qPrintable(QStringLiteral("longest gap %1 ms").arg(longest)));
        const auto db = storage::Database::open(path, storage::Database::Mode::ReadOnly);
        Statement st = db.prepare(
            QStringLiteral("SELECT size, pages, preview IS NOT NULL, content_text FROM evidence "
                           "WHERE task_id = ?1 AND file_name = 'scan-60mb.pdf'"));
        st.bind(1, taskId);
        QVERIFY(st.step());
        QCOMPARE(st.integer(0), QFileInfo(big).size());
        QCOMPARE(st.integer(1), 1);
        QCOMPARE(st.integer(2), 1); // a thumbnail of the first page
        QVERIFY(st.text(3).contains(QStringLiteral("Bien ban quet 60 MB")));
        QFile::remove(big);
    }

    void filesOverTheSizeLimitAreRefused()
    {
        const QString path = freshCell(QStringLiteral("limit"));
        auto w = makeWindow(path);
        w->waitForBackups();
        w->showPage(MainWindow::Tasks);
        shown(*w, MainWindow::Tasks)
            .tasksPage()
            ->view()
            ->setCurrentIndex(shown(*w, MainWindow::Tasks).tasksPage()->proxy()->index(0, 0));
        const QString file = m_dir.filePath(QStringLiteral("hai-mb.bin"));
        QFile f(file);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QByteArray(2 * 1024 * 1024, 'x'));
        f.close();
        setEvidenceSizeLimitMegabytes(1);
        m_pick = {file};
        m_messages.clear();
        const int attached = attachToTask(w.get());
        setEvidenceSizeLimitMegabytes(100);
        QCOMPARE(attached, 0);
        QVERIFY2(m_messages.value(0).contains(QStringLiteral("lớn hơn giới hạn 1 MB")),
                 qPrintable(m_messages.join(QLatin1Char('|'))));
        const auto db = storage::Database::open(path, storage::Database::Mode::ReadOnly);
        QCOMPARE(db.scalar(QStringLiteral("SELECT count(*) FROM evidence WHERE file_name = "
                                          "'hai-mb.bin'"))
                     .toInt(),
                 0);
    }

    void searchEverythingAndOpenTheResult()
    {
        const QString path = freshCell(QStringLiteral("search"));
        auto w = makeWindow(path);
        w->show();
        QVERIFY(QTest::qWaitForWindowActive(w.get()));
        w->showPage(MainWindow::Tasks);
        QTest::keyClick(w.get(), Qt::Key_F, Qt::ControlModifier);
        QCOMPARE(QApplication::focusWidget(), static_cast<QWidget *>(w->searchBox()));

        w->searchBox()->setText(QStringLiteral("dang"));
        w->runSearch(w->searchBox()->text());
        QVERIFY(w->isSearchShown());
        QTreeWidget *tree = w->searchPage()->tree();
        QVERIFY(tree->topLevelItemCount() >= 2);
        QVERIFY2(tree->topLevelItem(0)->text(0).startsWith(QStringLiteral("Đảng viên (")),
                 qPrintable(tree->topLevelItem(0)->text(0)));
        QTreeWidgetItem *dung = nullptr;
        for (int i = 0; i < tree->topLevelItem(0)->childCount(); ++i)
            if (tree->topLevelItem(0)->child(i)->text(0) == QStringLiteral("Đặng Văn Dũng"))
                dung = tree->topLevelItem(0)->child(i);
        QVERIFY(dung);
        tree->setCurrentItem(dung);
        QVERIFY(w->searchPage()->openCurrent());
        QCOMPARE(shown(*w, MainWindow::Members).membersPage()->view()->isVisibleTo(w.get()), true);
        const int row = shown(*w, MainWindow::Members).membersPage()->view()->currentIndex().row();
        QCOMPARE(
            shown(*w, MainWindow::Members).membersPage()->proxy()->index(row, 0).data().toString(),
            QStringLiteral("Đặng Văn Dũng"));

        // Text inside a PDF attached as evidence is found and opens the evidence.
        w->showPage(MainWindow::Tasks);
        shown(*w, MainWindow::Tasks)
            .tasksPage()
            ->view()
            ->setCurrentIndex(shown(*w, MainWindow::Tasks).tasksPage()->proxy()->index(0, 0));
        m_pick = {QStringLiteral(SOCHIBO_TEST_DATA_DIR "/pdf/valid.pdf")};
        QCOMPARE(attachToTask(w.get()), 1);
        w->runSearch(QStringLiteral("hoàn thành nhiệm vụ"));
        QTreeWidgetItem *evidence = nullptr;
        for (int g = 0; g < tree->topLevelItemCount(); ++g)
            if (tree->topLevelItem(g)->text(0).startsWith(QStringLiteral("Minh chứng")))
                evidence = tree->topLevelItem(g)->child(0);
        QVERIFY(evidence);
        QCOMPARE(evidence->text(0), QStringLiteral("valid.pdf"));
        QVERIFY(evidence->text(1).contains(QStringLiteral("[hoan thanh nhiem vu]")));
        tree->setCurrentItem(evidence);
        QVERIFY(w->searchPage()->openCurrent());
        QVERIFY(shown(*w, MainWindow::Evidence).evidencePage()->isVisibleTo(w.get()));
        QVERIFY(shown(*w, MainWindow::Evidence).evidencePage()->currentId() > 0);

        // Nothing found says so; clearing the box goes back to the page before.
        w->showPage(MainWindow::Meetings);
        w->runSearch(QStringLiteral("xyzzy"));
        QVERIFY(w->searchPage()->summary().contains(QStringLiteral("Không tìm thấy")));
        w->runSearch(QString());
        QVERIFY(shown(*w, MainWindow::Meetings).meetingsPage()->isVisibleTo(w.get()));
        w->waitForBackups();
    }

    void evidencePreviewWithPagesAndPendingIngestion()
    {
        const QString path = freshCell(QStringLiteral("preview"));
        {
            const auto db = storage::Database::open(path, storage::Database::Mode::ReadOnly);
            QVERIFY(db.scalar(QStringLiteral("SELECT count(*) FROM evidence WHERE inspected = 0"))
                        .toInt() > 0); // the demo's files, never inspected
        }
        auto w = makeWindow(path);
        w->waitForBackups(); // the pending files were read in the background and recorded
        {
            const auto db = storage::Database::open(path, storage::Database::Mode::ReadOnly);
            QCOMPARE(db.scalar(QStringLiteral("SELECT count(*) FROM evidence WHERE inspected = 0"))
                         .toInt(),
                     0);
        }
        w->showPage(MainWindow::Tasks);
        shown(*w, MainWindow::Tasks)
            .tasksPage()
            ->view()
            ->setCurrentIndex(shown(*w, MainWindow::Tasks).tasksPage()->proxy()->index(0, 0));
        m_pick = {QStringLiteral(SOCHIBO_TEST_DATA_DIR "/pdf/two-pages.pdf")};
        QCOMPARE(attachToTask(w.get()), 1);
        w->showPage(MainWindow::Evidence);
        EvidencePage *page = shown(*w, MainWindow::Evidence).evidencePage();
        const int row = rowOf(page->proxy(), 0, QStringLiteral("two-pages.pdf"));
        QVERIFY(row >= 0);
        page->view()->setCurrentIndex(page->proxy()->index(row, 0));
        QVERIFY(!page->previewImage().isNull()); // the cached first page
        QVERIFY2(page->previewInfo().contains(QStringLiteral("2 trang")),
                 qPrintable(page->previewInfo()));
        QSignalSpy rendered(page, &EvidencePage::previewRendered);
        page->showPreviewPage(1);
        QVERIFY(rendered.wait(10000));
        QCOMPARE(page->previewPage(), 1);
        QVERIFY(!page->previewImage().isNull());
        QVERIFY(page->previewImage().width() <= 320);
        // A locked PDF shows why there is no preview.
        w->showPage(MainWindow::Tasks);
        m_pick = {QStringLiteral(SOCHIBO_TEST_DATA_DIR "/pdf/encrypted.pdf")};
        QCOMPARE(attachToTask(w.get()), 1);
        w->showPage(MainWindow::Evidence);
        page->view()->setCurrentIndex(
            page->proxy()->index(rowOf(page->proxy(), 0, QStringLiteral("encrypted.pdf")), 0));
        QVERIFY(page->previewImage().isNull());
        QVERIFY2(page->previewPlaceholder().contains(QStringLiteral("mật khẩu")),
                 qPrintable(page->previewPlaceholder()));
        w->waitForBackups();
    }

    void dropAndPasteEvidence()
    {
        const QString path = freshCell(QStringLiteral("drop"));
        auto w = makeWindow(path);
        w->show();
        QVERIFY(QTest::qWaitForWindowActive(w.get()));
        w->showPage(MainWindow::Tasks);
        TasksPage *tasks = shown(*w, MainWindow::Tasks).tasksPage();
        const auto evidenceOf = [&path](qint64 task) {
            const auto db = storage::Database::open(path, storage::Database::Mode::ReadOnly);
            QStringList names;
            Statement st = db.prepare(
                QStringLiteral("SELECT file_name FROM evidence WHERE task_id = ?1 ORDER BY id"));
            st.bind(1, task);
            while (st.step())
                names << st.text(0);
            return names;
        };
        // A file dropped from the file manager on the second row.
        QWidget *viewport = tasks->view()->viewport();
        const QRect second = tasks->view()->visualRect(tasks->proxy()->index(1, 0));
        QMimeData data;
        data.setUrls({QUrl::fromLocalFile(QStringLiteral(SOCHIBO_TEST_DATA_DIR "/pdf/valid.pdf"))});
        QDragEnterEvent enter(second.center(), Qt::CopyAction, &data, Qt::LeftButton,
                              Qt::NoModifier);
        QApplication::sendEvent(viewport, &enter);
        QVERIFY(enter.isAccepted());
        QDropEvent drop(QPointF(second.center()), Qt::CopyAction, &data, Qt::LeftButton,
                        Qt::NoModifier);
        QApplication::sendEvent(viewport, &drop);
        QVERIFY(drop.isAccepted());
        const qint64 dropped = tasks->currentId();
        QCOMPARE(tasks->view()->currentIndex().row(), 1);
        w->waitForBackups(); // the file is stored in the background
        QCOMPARE(evidenceOf(dropped), QStringList{QStringLiteral("valid.pdf")});

        // A screenshot on the clipboard, pasted with Ctrl+V on the selected task.
        QImage shot(120, 80, QImage::Format_RGB32);
        shot.fill(QColor(200, 30, 30));
        QGuiApplication::clipboard()->setImage(shot);
        tasks->view()->setFocus();
        tasks->view()->setCurrentIndex(tasks->proxy()->index(2, 0));
        const qint64 pastedTo = tasks->currentId();
        QTest::keyClick(tasks->view(), Qt::Key_V, Qt::ControlModifier);
        w->waitForBackups();
        const QStringList pasted = evidenceOf(pastedTo);
        QVERIFY2(!pasted.isEmpty() && pasted.last().startsWith(QStringLiteral("anh-dan-")) &&
                     pasted.last().endsWith(QStringLiteral(".png")),
                 qPrintable(pasted.join(QLatin1Char('|'))));
        w->waitForBackups();
    }

    void verifyFindsAnAlteredEvidenceFile()
    {
        const QString path = freshCell(QStringLiteral("verify"));
        auto w = makeWindow(path);
        w->waitForBackups();
        m_messages.clear();
        w->verifyAll();
        QTRY_COMPARE_WITH_TIMEOUT(m_messages.size(), 1, 20000);
        QVERIFY2(m_messages[0].startsWith(QStringLiteral("Sổ toàn vẹn;")),
                 qPrintable(m_messages[0]));
        // One byte of one stored file changes behind the program's back.
        const QString store = storage::EvidenceStore::storeDirFor(path);
        QDirIterator it(store, QDir::Files, QDirIterator::Subdirectories);
        QVERIFY(it.hasNext());
        const QString victim = it.next();
        QFile::setPermissions(victim, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        QFile f(victim);
        QVERIFY(f.open(QIODevice::ReadWrite));
        f.seek(3);
        f.write("!");
        f.close();
        m_messages.clear();
        w->verifyAll();
        QTRY_COMPARE_WITH_TIMEOUT(m_messages.size(), 1, 20000);
        QVERIFY2(m_messages[0].contains(QStringLiteral("đã bị thay đổi")),
                 qPrintable(m_messages[0]));
    }

    void attachToCommitmentsAndShortcomings()
    {
        const QString path = freshCell(QStringLiteral("attach-any"));
        auto w = makeWindow(path);
        const QString pdf = QStringLiteral(SOCHIBO_TEST_DATA_DIR "/pdf/valid.pdf");
        const auto linkedTo = [&path](const char *column, qint64 id) {
            const auto db = storage::Database::open(path, storage::Database::Mode::ReadOnly);
            Statement st = db.prepare(QStringLiteral("SELECT count(*) FROM evidence WHERE %1 = ?1 "
                                                     "AND file_name = 'valid.pdf'")
                                          .arg(QLatin1String(column)));
            st.bind(1, id);
            st.step();
            return st.integer(0);
        };
        m_pick = {pdf};
        w->showPage(MainWindow::Overview);
        m_messages.clear();
        QCOMPARE(attachAndWait(w.get()), 0); // nothing to attach to on the overview
        QVERIFY(m_messages.value(0).contains(QStringLiteral("Hãy chọn")));

        w->showPage(MainWindow::Commitments);
        CommitmentsPage *commitments = shown(*w, MainWindow::Commitments).commitmentsPage();
        commitments->setYear(2026);
        commitments->table()->selectRow(0);
        const qint64 commitment = commitments->currentCommitmentId();
        QVERIFY(commitment > 0);
        QCOMPARE(attachAndWait(w.get()), 1);
        QCOMPARE(linkedTo("commitment_id", commitment), 1);

        w->showPage(MainWindow::Review);
        ReviewPage *review = shown(*w, MainWindow::Review).reviewPage();
        review->setYear(2025);
        review->shortcomingsTable()->selectRow(0);
        const qint64 shortcoming = review->currentShortcomingId();
        QVERIFY(shortcoming > 0);
        QCOMPARE(attachAndWait(w.get()), 1);
        QCOMPARE(linkedTo("shortcoming_id", shortcoming), 1);
        w->waitForBackups();
    }

    void captionOfAnEvidenceFile()
    {
        const QString path = freshCell(QStringLiteral("caption"));
        auto w = makeWindow(path);
        w->showPage(MainWindow::Evidence);
        EvidencePage *page = shown(*w, MainWindow::Evidence).evidencePage();
        page->view()->setCurrentIndex(page->proxy()->index(0, 0));
        const qint64 id = page->currentId();
        m_dialog = [](QDialog &d) {
            auto &dialog = dynamic_cast<CaptionDialog &>(d);
            dialog.field()->setText(QStringLiteral("  Ảnh buổi tập huấn ngày 12/10  "));
            dialog.accept();
            return true;
        };
        QVERIFY(page->editCaption());
        m_dialog = {};
        QCOMPARE(page->proxy()->index(page->view()->currentIndex().row(), 6).data().toString(),
                 QStringLiteral("Ảnh buổi tập huấn ngày 12/10"));
        const auto db = storage::Database::open(path, storage::Database::Mode::ReadOnly);
        QCOMPARE(storage::EvidenceStore(db).find(id)->description,
                 QStringLiteral("Ảnh buổi tập huấn ngày 12/10"));
        // Searchable at once: the index follows the caption.
        QVERIFY(!storage::searchRecords(db, QStringLiteral("tap huan 12/10")).isEmpty());
        w->waitForBackups();
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

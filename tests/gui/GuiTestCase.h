#pragma once
// What every test of the window starts from: the demo cell copied afresh for each test, the
// window driven offscreen through its Prompts (the user's answers are played by the fields
// below), and the helpers that read a table or walk the Tab order as a user would.
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
#include "gui/common/WrappingLineEdit.h"
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
#include "gui/month/MonthTaskModel.h"
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

class GuiTestCase : public QObject
{
    Q_OBJECT

protected:
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
        if (!w->book()->openDatabase(path.isEmpty() ? m_path : path))
            qWarning("%s", qPrintable(w->book()->lastError()));
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

    QString m_template; ///< the demo cell every test copies
    int m_tests = 0;

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

    std::pair<core::Cell, reports::DocumentStyle> selfReview2026Style() const
    {
        const auto db = storage::Database::open(m_path, storage::Database::Mode::ReadOnly);
        return {storage::CellRepository(db).cell(), reportdata::ReportService(db).style()};
    }

    /// Types \a text into a cell of an editable table as the user does: selects it, opens
    /// its editor with F2, replaces what is there and presses Enter. False when no editor
    /// opened (a cell that cannot be typed into).
    static bool typeInCell(QAbstractItemView *view, int row, int column, const QString &text)
    {
        const QModelIndex index = view->model()->index(row, column);
        if (!index.isValid())
            return false;
        view->setCurrentIndex(index);
        QTest::keyClick(view, Qt::Key_F2);
        QLineEdit *editor = nullptr;
        for (QLineEdit *e : view->viewport()->findChildren<QLineEdit *>())
            if (!e->isHidden())
                editor = e;
        if (!editor)
            return false;
        editor->selectAll();
        editor->setText(text);
        QTest::keyClick(editor, Qt::Key_Return);
        QCoreApplication::processEvents(); // the delegate commits and closes on the next turn
        return true;
    }

    /// The text of a cell of a table model.
    static QString cellText(const QAbstractItemModel *model, int row, int column)
    {
        return model->index(row, column).data().toString();
    }

    /// The task rows of the month page: (title, column) for every shown task.
    static QStringList monthColumn(const MonthPage *page, int column)
    {
        QStringList out;
        const QAbstractItemModel *m = page->model();
        for (int r = 0; r < m->rowCount(); ++r) {
            const QModelIndex group = m->index(r, 0);
            for (int c = 0; c < m->rowCount(group); ++c)
                out << m->index(c, column, group).data().toString();
        }
        return out;
    }

private slots:
    void initTestCase()
    {
        testing::isolateSettings(); // no column order or recent file from an earlier run
        QVERIFY(installLanguage(QStringLiteral("vi"))); // as the program starts
        testing::FaultyVfs::install(); // passes everything through until a test arms it
        QDir().mkpath(m_dir.filePath(QStringLiteral("template")));
        m_template = m_dir.filePath(QStringLiteral("template/demo.db"));
        const auto db = storage::Database::open(m_template, storage::Database::Mode::Create);
        demo::writeDemo(db);
    }

    void cleanupTestCase() { testing::dropSettings(); }

    /// Every test starts from the defaults and from a copy of the demo cell of its own (with its
    /// evidence files): what one test changes or leaves broken, the next never sees.
    void init()
    {
        QSettings().clear(); // no remembered sort order
        m_messages.clear();
        m_questions.clear();
        m_answer = true;
        const QString folder = m_dir.filePath(QStringLiteral("test-%1").arg(++m_tests));
        QVERIFY(QDir().mkpath(folder));
        m_path = folder + QStringLiteral("/demo.db");
        QVERIFY(QFile::copy(m_template, m_path));
        const QString store = storage::EvidenceStore::storeDirFor(m_template);
        for (QDirIterator it(store, QDir::Files, QDirIterator::Subdirectories); it.hasNext();) {
            const QString file = it.next();
            const QString copy = QDir(storage::EvidenceStore::storeDirFor(m_path))
                                     .filePath(QDir(store).relativeFilePath(file));
            QDir().mkpath(QFileInfo(copy).path());
            QVERIFY(QFile::copy(file, copy));
        }
    }
};

// The window as a whole: language, opening, creating, backing up and restoring a book, read-only
// books, history, search, the Tab order, exports.
#include "GuiTestCase.h"
#include "gui/app/BackupTableModel.h"
#include "gui/commitments/CommitmentTableModel.h"
#include "gui/common/BookSession.h"
#include "gui/common/FileDialogs.h"
#include "gui/meetings/MeetingTableModel.h"
#include "gui/review/CandidateTableModel.h"
#include "gui/review/CriterionTableModel.h"
#include "gui/review/IndicatorTableModel.h"
#include "gui/review/MemberReviewTableModel.h"
#include "gui/review/ShortcomingTableModel.h"
#include "gui/review/SupervisionTableModel.h"
#include "gui/tasks/TaskTableModel.h"
#include "gui/topics/TopicTableModel.h"

#include <QCalendarWidget>
#include <QFileSystemModel>
#include <QScrollBar>

class TestApp : public GuiTestCase
{
    Q_OBJECT

private slots:
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
            // the print dialog and the file dialog too, and their dates in Vietnamese
            QCOMPARE(QCoreApplication::translate("QPrintDialog", "&Print"), QStringLiteral("&In"));
            QCOMPARE(QCoreApplication::translate("QPrintSettingsOutput", "Copies:"),
                     QStringLiteral("Số bản:"));
            QCOMPARE(QCoreApplication::translate("QPrintSettingsOutput", "Duplex Printing"),
                     QStringLiteral("In hai mặt"));
            QCOMPARE(QCoreApplication::translate("QPageSetupWidget", "Portrait"),
                     QStringLiteral("Dọc"));
            QCOMPARE(QCoreApplication::translate("QFileDialog", "Create a New Folder"),
                     QStringLiteral("Tạo thư mục mới"));
            QVERIFY2(QLocale()
                         .toString(QDate(2026, 12, 5), QLocale::LongFormat)
                         .contains(QStringLiteral("tháng 12")),
                     qPrintable(QLocale().toString(QDate(2026, 12, 5), QLocale::LongFormat)));

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
        QVERIFY(w->book()->editCell());
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
        QVERIFY(w.book()->createCell());
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
        QVERIFY(!w.book()->createCell());
        QVERIFY(m_messages.last().contains(QStringLiteral("đã có")));
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
        w->book()->backupNow();
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
        w->book()->backupNow(); // the same question before a backup over it
        QCOMPARE(m_questions.size(), 2);
        QCOMPARE(bytesOf(other), otherBefore);
        m_answer = true;
        QCOMPARE(members(other), 19);
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
            QVERIFY(
                w.book()->openDemo()); // written on first use, in this process's test data folder
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
            QVERIFY(second.book()->openDemo());
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
        MainWindow again(p);               // the first window closed: writable again, nothing asked
        QVERIFY(again.book()->openDemo()); // the second time it is only opened
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
        QVERIFY(w->book()->lastError().contains(QStringLiteral("bị hỏng")));
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
            listed = dialog.model()->rowCount();
            // The newest readable backup is offered first: the one made on opening.
            return cellText(dialog.model(), 0, BackupTableModel::Reason) ==
                       QStringLiteral("khi mở sổ") &&
                   cellText(dialog.model(), 0, BackupTableModel::Contents)
                       .startsWith(QStringLiteral("19 đảng viên")) &&
                   !dialog.chosenPath().isEmpty();
        };
        QVERIFY(w->book()->restoreFromBackup());
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

    void badFileIsRefusedWithAMessage()
    {
        const QString junk = m_dir.filePath(QStringLiteral("junk.db"));
        QFile f(junk);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("not a database");
        f.close();
        MainWindow w;
        QVERIFY(!w.book()->openDatabase(junk));
        QVERIFY(!w.book()->lastError().isEmpty());
    }

    /// After an edit only the page in view is read again; the others are marked and read when
    /// they are shown, so what they show is never older than the records.
    void onlyThePageInViewReloadsAfterAnEdit()
    {
        auto w = makeWindow();
        TasksPage *tasks = shown(*w, MainWindow::Tasks).tasksPage();
        QVERIFY(!tasks->isStale());
        MembersPage *members = shown(*w, MainWindow::Members).membersPage();
        const int before = members->model()->rowCount();
        QVERIFY(addMemberNamed(*w, QStringLiteral("Hà Văn Mới")));
        QVERIFY(!members->isStale());
        QCOMPARE(members->model()->rowCount(), before + 1); // the page in view: at once
        QVERIFY(tasks->isStale());                          // the others: when shown
        QVERIFY(w->overviewPage()->isStale());
        // the status bar's counts are the window's, updated at once
        QVERIFY2(w->statusBar()->findChildren<QLabel *>().size() > 0, "no counts");
        w->showPage(MainWindow::Tasks);
        QVERIFY(!tasks->isStale());
        // the new member is in the task form's owner list as soon as the page is shown
        w->undoStack()->undo();
        QVERIFY(tasks->isStale() == false); // the Tasks page is in view now: read again
        w->showPage(MainWindow::Members);
        QCOMPARE(members->model()->rowCount(), before);
    }

    /// When the book is closed (a restore replacing the file) and reopening does not succeed,
    /// no page keeps reading the closed file: the welcome page stands in, every page is
    /// empty, and what the menus do is refused quietly instead of crashing.
    void closedBookLeavesNoPageOnTheOldFile()
    {
        auto w = makeWindow();
        MembersPage *members = shown(*w, MainWindow::Members).membersPage();
        QVERIFY(members->model()->rowCount() > 0);
        shown(*w, MainWindow::Tasks);
        w->session()->close();
        QVERIFY(!w->book()->openDatabase(m_dir.filePath(QStringLiteral("no-such-book.db"))));
        QVERIFY(w->isWelcomeShown());
        QVERIFY(w->database() == nullptr);
        QCOMPARE(members->model()->rowCount(), 0);
        QCOMPARE(w->tasksPage()->model()->rowCount(), 0);
        m_messages.clear();
        w->refresh();
        w->showPage(MainWindow::Members); // stays on the welcome page
        QVERIFY(w->isWelcomeShown());
        QVERIFY(!w->exportCurrentTable());
        QVERIFY(!w->attachToCurrentRecord());
        QVERIFY(!w->showHistory());
        QVERIFY(!w->addRecordHere());
        w->runSearch(QStringLiteral("bao"));
        QVERIFY(!w->isSearchShown());
        QVERIFY(m_messages.isEmpty());
        // and the book opens again as before
        QVERIFY(w->book()->openDatabase(m_path));
        QVERIFY(!w->isWelcomeShown());
        QVERIFY(shown(*w, MainWindow::Members).membersPage()->model()->rowCount() > 0);
    }

    /// Every records table is one model per kind of record, checked by Qt's model tester
    /// through a reload, a sort and a filter.
    void everyRecordsModelPassesTheModelTester()
    {
        auto w = makeWindow();
        const QList<std::pair<MainWindow::Page, RecordsPage *>> pages = {
            {MainWindow::Members, w->membersPage()},
            {MainWindow::Tasks, w->tasksPage()},
            {MainWindow::Meetings, w->meetingsPage()},
            {MainWindow::Evidence, w->evidencePage()}};
        for (const auto &[which, page] : pages) {
            QAbstractItemModelTester tester(page->model(),
                                            QAbstractItemModelTester::FailureReportingMode::QtTest);
            QAbstractItemModelTester proxy(page->proxy(),
                                           QAbstractItemModelTester::FailureReportingMode::QtTest);
            w->showPage(which);
            QVERIFY(page->model()->rowCount() > 0);
            page->view()->sortByColumn(1, Qt::DescendingOrder);
            page->filterBox()->setText(QStringLiteral("a"));
            page->filterBox()->clear();
            page->setStale(true);
            w->showPage(MainWindow::Overview);
            w->showPage(which);
        }
        // the topics and the commitments: a year with rows, one without, and back
        for (auto [which, model] : {std::pair<MainWindow::Page, QAbstractItemModel *>{
                                        MainWindow::Topics, w->topicsPage()->model()},
                                    {MainWindow::Commitments, w->commitmentsPage()->model()}}) {
            QAbstractItemModelTester tester(model,
                                            QAbstractItemModelTester::FailureReportingMode::QtTest);
            w->showPage(which);
            QVERIFY(model->rowCount() > 0);
        }
        // the review's shortcomings and inspections, through years with and without them
        {
            ReviewPage *review = shown(*w, MainWindow::Review).reviewPage();
            QAbstractItemModelTester shortcomings(
                review->shortcomingsModel(),
                QAbstractItemModelTester::FailureReportingMode::QtTest);
            QAbstractItemModelTester supervisions(
                review->supervisionsModel(),
                QAbstractItemModelTester::FailureReportingMode::QtTest);
            QAbstractItemModelTester memberReviews(
                review->memberReviewsModel(),
                QAbstractItemModelTester::FailureReportingMode::QtTest);
            // the grids typed into: the criteria, the targets and the candidates
            QAbstractItemModelTester criteria(
                review->criteriaModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
            QAbstractItemModelTester indicators(
                review->indicatorsModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
            QAbstractItemModelTester candidates(
                review->candidatesModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
            review->showMembersTab();
            int rows = 0, typedInto = 0;
            for (int year : {2024, 2025, 2026, 2030}) {
                review->setYear(year);
                rows += review->shortcomingsModel()->rowCount() +
                        review->supervisionsModel()->rowCount();
                typedInto +=
                    review->criteriaModel()->rowCount() + review->indicatorsModel()->rowCount();
            }
            QVERIFY(rows > 0);
            QVERIFY(typedInto > 0);
            QVERIFY(review->candidatesModel()->rowCount() > 0);
            review->setYear(2026);
            QVERIFY(typeInCell(review->criteriaTable(), 0, CriterionTableModel::Points,
                               QStringLiteral("4,5")));
            review->clear();
            QCOMPARE(review->criteriaModel()->rowCount(), 0);
        }
        // the month's tasks in groups: by source, by member, filtered, another period
        {
            MonthPage *month = shown(*w, MainWindow::Month).monthPage();
            QAbstractItemModelTester tester(month->model(),
                                            QAbstractItemModelTester::FailureReportingMode::QtTest);
            QVERIFY(month->model()->rowCount() > 0);
            QCOMPARE(month->shownTasks(), month->progress().figures.active);
            month->setGroupByMember(true);
            month->setShow(MonthPage::Overdue);
            month->setPeriod(QStringLiteral("2026-Q3"));
            month->setShow(MonthPage::All);
            month->setGroupByMember(false);
            QCOMPARE(month->model()->headerData(MonthTaskModel::Flags, Qt::Horizontal).toString(),
                     QStringLiteral("Cần chú ý"));
        }
        shown(*w, MainWindow::Topics).topicsPage()->setYear(2030);
        QCOMPARE(w->topicsPage()->model()->rowCount(), 0);
        w->topicsPage()->setYear(2026);
        QCOMPARE(w->topicsPage()
                     ->model()
                     ->headerData(TopicTableModel::DraftedBy, Qt::Horizontal)
                     .toString(),
                 QStringLiteral("Đồng chí dự thảo"));
        QCOMPARE(
            w->tasksPage()->model()->headerData(TaskTableModel::Due, Qt::Horizontal).toString(),
            QStringLiteral("Hạn"));
        QCOMPARE(w->meetingsPage()
                     ->model()
                     ->headerData(MeetingTableModel::Agenda, Qt::Horizontal)
                     .toString(),
                 QStringLiteral("Nội dung"));
    }

    /// On a 1366×768 screen the task list fits the page: every date whole ("31/12/2026", never
    /// "31/0…"), the task names taking the width that is left, no horizontal scroll bar.
    void columnsFitThePageAndDatesAreNeverCut()
    {
        auto w = makeWindow();
        w->resize(1366 - 16, 768 - 48);
        w->show();
        QVERIFY(QTest::qWaitForWindowExposed(w.get()));
        TasksPage *tasks = shown(*w, MainWindow::Tasks).tasksPage();
        QApplication::processEvents();
        QTableView *view = tasks->view();

        const QFontMetrics fm(view->font());
        QVERIFY2(view->columnWidth(TaskTableModel::Due) >=
                     fm.horizontalAdvance(QStringLiteral("31/12/2026")),
                 qPrintable(QString::number(view->columnWidth(TaskTableModel::Due))));
        int total = 0;
        for (int c = 0; c < tasks->model()->columnCount(); ++c)
            total += view->columnWidth(c);
        QVERIFY2(total <= view->viewport()->width(),
                 qPrintable(QStringLiteral("%1 > %2").arg(total).arg(view->viewport()->width())));
        QCOMPARE(view->horizontalScrollBar()->maximum(), 0);
        QVERIFY(view->columnWidth(TaskTableModel::Title) >
                view->columnWidth(TaskTableModel::Status)); // the text takes the room
        // A column the user widens stays as they left it, in this window and the next.
        view->horizontalHeader()->resizeSection(TaskTableModel::Status, 300);
        w->refresh();
        QCOMPARE(view->columnWidth(TaskTableModel::Status), 300);
    }

    /// Every date field has a calendar: its button (or Alt+↓) opens the month of the date
    /// typed, and the day picked is written as the field is typed, dd/mm/yyyy.
    void dateFieldsHaveACalendar()
    {
        DateField field;
        field.setDate(QDate(2026, 11, 21));
        field.show();
        QVERIFY(QTest::qWaitForWindowExposed(&field));
        QVERIFY(!field.actions().isEmpty());
        QVERIFY(!field.actions().first()->toolTip().isEmpty());
        field.setFocus();
        QTest::keyClick(&field, Qt::Key_Down, Qt::AltModifier);
        QCalendarWidget *calendar = field.calendar();
        QVERIFY(calendar);
        QCOMPARE(calendar->selectedDate(), QDate(2026, 11, 21));
        QCOMPARE(calendar->firstDayOfWeek(), Qt::Monday);
        if (const QString shots = qEnvironmentVariable("SOCHIBO_DIALOG_SHOTS"); !shots.isEmpty())
            calendar->grab().save(shots + QStringLiteral("/dialog-calendar.png"));
        emit calendar->activated(QDate(2026, 12, 3));
        QCOMPARE(field.text(), QStringLiteral("03/12/2026"));
        QTRY_VERIFY(field.calendar() == nullptr);
        field.actions().first()->trigger(); // the button
        QVERIFY(field.calendar());
        field.calendar()->close();
        QTRY_VERIFY(field.calendar() == nullptr);
        QCOMPARE(field.text(), QStringLiteral("03/12/2026")); // closed without a pick: unchanged
    }

    /// The file dialogs list sizes and dates as the rest of the program writes them ("2 KB",
    /// "05/12/2026 14:30"), not Qt's "2.00 KiB" and "Dec 5 2026".
    void fileDialogsWriteSizesAndDatesOurWay()
    {
        const QString folder = m_dir.filePath(QStringLiteral("files"));
        QDir().mkpath(folder);
        QFile f(folder + QStringLiteral("/bien-ban.pdf"));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QByteArray(2048, 'x'));
        f.close();
        const QDateTime when(QDate(2026, 12, 5), QTime(14, 30));
        QVERIFY(f.open(QIODevice::ReadWrite));
        QVERIFY(f.setFileTime(when, QFileDevice::FileModificationTime));
        f.close();
        QFileSystemModel files;
        FileListProxy list;
        list.setSourceModel(&files);
        const QModelIndex root = files.setRootPath(folder);
        QTRY_COMPARE(files.rowCount(root), 1);
        const QModelIndex file = list.mapFromSource(files.index(0, 0, root));
        QCOMPARE(list.index(file.row(), 1, file.parent()).data().toString(),
                 QStringLiteral("2 KB"));
        QCOMPARE(list.index(file.row(), 3, file.parent()).data().toString(),
                 QStringLiteral("05/12/2026 14:30"));
        QCOMPARE(list.index(file.row(), 0, file.parent()).data().toString(),
                 QStringLiteral("bien-ban.pdf"));
    }

    /// Ctrl+N adds what the page in view lists (a topic on the Topics page), and a member on a
    /// page that adds nothing of its own.
    void ctrlNAddsWhatThePageLists()
    {
        auto w = makeWindow();
        QStringList opened;
        m_dialog = [&opened](QDialog &d) {
            opened << QString::fromLatin1(d.metaObject()->className());
            return false; // cancelled: nothing added
        };
        shown(*w, MainWindow::Topics);
        QVERIFY(!w->addRecordHere());
        shown(*w, MainWindow::Evidence);
        QVERIFY(!w->addRecordHere());
        m_dialog = {};
        QCOMPARE(opened, (QStringList{QStringLiteral("sochibo::gui::TopicDialog"),
                                      QStringLiteral("sochibo::gui::MemberDialog")}));
    }
};

QTEST_MAIN(TestApp)
#include "TestApp.moc"

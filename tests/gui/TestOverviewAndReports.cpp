// The Overview and Reports pages: the year in figures, reminders, previews and documents.
#include "GuiTestCase.h"
#include "gui/reports/ReceivedDocumentTableModel.h"

class TestOverviewAndReports : public GuiTestCase
{
    Q_OBJECT

private slots:
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

    void missingYearIsExplainedNotRendered()
    {
        auto w = makeWindow();
        w->resize(1350, 720);
        w->show();
        QVERIFY(QTest::qWaitForWindowExposed(w.get()));
        ReportPage *page = shown(*w, MainWindow::Reports).reportPage();
        QWidget *left = page->findChild<QWidget *>(QStringLiteral("leftBox"));
        QVERIFY(left);
        QTest::qWait(100); // laid out
        const int width = left->width();
        page->selectReport(QStringLiteral("remediation-plan"), 2026);
        QVERIFY(!page->preview());
        QCOMPARE(page->pageCount(), 0);
        QVERIFY(page->status().contains(QStringLiteral("Chưa có hạn chế")));
        QApplication::processEvents();
        QCOMPARE(left->width(), width); // the explanation wraps; the panel keeps its width
        // so does a long note under a preview (a character the font lacks, say)
        auto *status = page->findChild<QLabel *>(QStringLiteral("status"));
        status->setText(
            QStringLiteral("Ghi chú: ") +
            QString(QStringLiteral("ký tự không có trong phông chữ của văn bản, ")).repeated(6));
        QApplication::processEvents();
        QCOMPARE(left->width(), width);
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
        // the notice on opening says how many wait, and where
        QCOMPARE(w->statusBar()->currentMessage(),
                 QStringLiteral("Có %1 việc cần làm hôm nay: xem mục “Việc cần làm” ở trang Tổng "
                                "quan.")
                     .arg(todo->count()));
        // the book is backed up on opening: once done, "no backup yet" is no longer waiting
        w->waitForBackups();
        w->refresh();
        const int before = todo->count();
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
            ReceivedDocumentTableModel *t = dialog.registerModel();
            QAbstractItemModelTester tester(t,
                                            QAbstractItemModelTester::FailureReportingMode::QtTest);
            using Column = ReceivedDocumentTableModel::Column;
            // untick the commune's plan (row 7), add a new document and tick it
            int planRow = -1;
            for (int r = 0; r < t->rowCount(); ++r)
                if (cellText(t, r, Column::Number) == QStringLiteral("29-KH/ĐU"))
                    planRow = r;
            if (planRow < 0)
                return false;
            t->setData(t->index(planRow, Column::Cited), Qt::Unchecked, Qt::CheckStateRole);
            dialog.addRow();
            const int row = t->rowCount() - 1;
            QAbstractItemView *view = dialog.register_();
            // the new row's kind is being typed already: the secretary types it in place
            if (!view->indexWidget(t->index(row, Column::Kind)) ||
                view->currentIndex() != t->index(row, Column::Kind))
                return false;
            if (!typeInCell(view, row, Column::Kind, QStringLiteral("Công văn")))
                return false;
            if (!typeInCell(view, row, Column::Number, QStringLiteral("412-CV/ĐU")))
                return false;
            if (!typeInCell(view, row, Column::Issuer,
                            QStringLiteral("Ban Thường vụ Đảng ủy xã Vĩnh Phong")))
                return false;
            if (!typeInCell(view, row, Column::Subject,
                            QStringLiteral("về việc xây dựng kế hoạch khắc phục")))
                return false;
            t->setData(t->index(row, Column::Cited), Qt::Checked, Qt::CheckStateRole);
            dialog.accept(); // no date: refused, the reason shown
            problems << dialog.problems();
            if (dialog.result() == QDialog::Accepted)
                return false;
            if (!typeInCell(view, row, Column::Date, QStringLiteral("15/12/2025")))
                return false;
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
};

QTEST_MAIN(TestOverviewAndReports)
#include "TestOverviewAndReports.moc"

// The Tasks and Monthly tracking pages: tasks, their markers, the task form, the month view.
#include "GuiTestCase.h"
#include "gui/tasks/ProgressReportTableModel.h"

class TestTasksPages : public GuiTestCase
{
    Q_OBJECT

private slots:
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
        QStringList shownMonths;
        m_dialog = [&](QDialog &d) {
            auto &dialog = dynamic_cast<TaskDialog &>(d);
            shownReports = dialog.reportsModel()->rowCount();
            QAbstractItemModelTester tester(dialog.reportsModel(),
                                            QAbstractItemModelTester::FailureReportingMode::QtTest);
            // months as the cell says them, not "2026-10"
            for (int r = 0; r < shownReports; ++r)
                shownMonths << cellText(dialog.reportsModel(), r, ProgressReportTableModel::Month);
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
        QVERIFY(!reportsBefore.isEmpty());
        QStringList expectedMonths;
        for (const core::ProgressReport &p : reportsBefore)
            expectedMonths
                << QStringLiteral("Tháng %1/%2").arg(p.period.mid(5).toInt()).arg(p.period.left(4));
        QCOMPARE(shownMonths, expectedMonths);
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
        for (const QString &flags : monthColumn(page, MonthTaskModel::Flags))
            QVERIFY2(flags.contains(QStringLiteral("quá hạn")), qPrintable(flags));
        page->setShow(MonthPage::All);
        // tasks nobody reported on say so in the report column
        QVERIFY(monthColumn(page, MonthTaskModel::Report).contains(QStringLiteral("chưa báo cáo")));
        // a quarter gathers its months; the previous period button steps back
        page->setPeriod(QStringLiteral("2026-Q3"));
        QVERIFY(
            page->figuresText().startsWith(QStringLiteral("Quý III/2026, tính đến 30/09/2026")));
        QVERIFY(page->progress().figures.membersReported > 0);
        // grouped by member: one group a person, in roster order
        page->setGroupByMember(true);
        QStringList groups;
        for (int r = 0; r < page->model()->rowCount(); ++r)
            groups << page->model()->index(r, MonthTaskModel::Task).data().toString();
        QVERIFY(groups.first().startsWith(QStringLiteral("Võ Thị Ngọc Ánh")) ||
                groups.first().startsWith(QStringLiteral("Phạm Quốc Bảo")));
        // a group's title is read whole, across the row
        for (int r = 0; r < page->model()->rowCount(); ++r)
            QVERIFY(page->view()->isFirstColumnSpanned(r, {}));
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
        const int row = monthColumn(page, MonthTaskModel::Task).indexOf(title);
        QCOMPARE(monthColumn(page, MonthTaskModel::Report).value(row),
                 QStringLiteral("T11: Xong 9/18 báo cáo"));
        QCOMPARE(monthColumn(page, MonthTaskModel::Evidence).value(row), QStringLiteral("1"));
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
        const int otherRow = monthColumn(page, MonthTaskModel::Task).indexOf(other);
        QVERIFY(monthColumn(page, MonthTaskModel::Report)
                    .value(otherRow)
                    .startsWith(QStringLiteral("T11: ")));
        w->undoStack()->undo();
        QCOMPARE(monthColumn(page, MonthTaskModel::Report)
                     .value(monthColumn(page, MonthTaskModel::Task).indexOf(other)),
                 QStringLiteral("chưa báo cáo"));
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

    /// A task's name wraps onto a second line instead of scrolling out of sight, and stays one
    /// line of text: a pasted line break is a space, Enter saves the form.
    void taskNameWrapsAndEnterSaves()
    {
        const auto db = storage::Database::open(m_path, storage::Database::Mode::ReadOnly);
        core::Task fresh;
        fresh.startOn = demo::demoToday();
        TaskDialog dialog(fresh, db, demo::demoToday());
        dialog.resize(520, dialog.sizeHint().height());
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        WrappingLineEdit *name = dialog.titleField();
        QVERIFY(name->height() >= 2 * name->fontMetrics().lineSpacing());
        name->setText(QStringLiteral("Xây dựng dự thảo báo cáo kiểm điểm tập thể\nnăm 2026"));
        QCOMPARE(name->text(),
                 QStringLiteral("Xây dựng dự thảo báo cáo kiểm điểm tập thể năm 2026"));
        name->setFocus();
        QTest::keyClick(name, Qt::Key_Return);
        QCOMPARE(name->toPlainText().count(QLatin1Char('\n')), 1); // Enter typed nothing
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QCOMPARE(dialog.task().title, name->text());
    }
};

QTEST_MAIN(TestTasksPages)
#include "TestTasksPages.moc"

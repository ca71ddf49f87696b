// The Meetings page: attendance, conclusions, conclusions turned into tasks, the minutes.
#include "GuiTestCase.h"
#include "gui/meetings/AttendanceTableModel.h"

class TestMeetingsPage : public GuiTestCase
{
    Q_OBJECT

private slots:
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
            QAbstractItemModelTester tester(dialog.attendanceModel(),
                                            QAbstractItemModelTester::FailureReportingMode::QtTest);
            someone = dialog.attendanceModel()->attendance().at(0).memberId;
            // chosen in the row's drop-down, as the secretary does
            auto *box = qobject_cast<QComboBox *>(dialog.attendanceGrid()->indexWidget(
                dialog.attendanceModel()->index(0, AttendanceTableModel::Status)));
            if (!box)
                return false;
            box->setCurrentIndex(box->findText(QStringLiteral("Vắng không lý do")));
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
};

QTEST_MAIN(TestMeetingsPage)
#include "TestMeetingsPage.moc"

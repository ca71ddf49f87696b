// The Members page: the roster, sorting and filtering, adding, editing, deleting and importing
// members.
#include "GuiTestCase.h"
#include "gui/members/ImportPreviewModel.h"

class TestMembersPage : public GuiTestCase
{
    Q_OBJECT

private slots:
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
            ImportPreviewModel *t = dialog->previewModel();
            QAbstractItemModelTester tester(t,
                                            QAbstractItemModelTester::FailureReportingMode::QtTest);
            const auto cell = [t](int r, int c, int role = Qt::DisplayRole) {
                return t->index(r, c).data(role);
            };
            for (int r = 0; r < t->rowCount(); ++r)
                seen << QStringLiteral("%1|%2|%3|%4")
                            .arg(cell(r, ImportPreviewModel::SheetRow).toString(),
                                 cell(r, ImportPreviewModel::FullName).toString(),
                                 cell(r, ImportPreviewModel::Take, Qt::CheckStateRole) ==
                                         Qt::Checked
                                     ? QStringLiteral("x")
                                     : QString(),
                                 t->flags(t->index(r, ImportPreviewModel::Take)) &
                                         Qt::ItemIsUserCheckable
                                     ? QString()
                                     : QStringLiteral("locked"));
            seen << dialog->importButton()->text() << dialog->summaryLabel()->text();
            // Âu Văn Toàn (row 9) is not imported this time: unticked with the space bar
            for (int r = 0; r < t->rowCount(); ++r)
                if (cell(r, ImportPreviewModel::SheetRow).toString() == QLatin1String("9")) {
                    dialog->previewTable()->setCurrentIndex(t->index(r, ImportPreviewModel::Take));
                    QTest::keyClick(dialog->previewTable(), Qt::Key_Space);
                }
            seen << dialog->importButton()->text();
            return dialog->importButton()->isEnabled();
        };
        QVERIFY(w->importMembers());
        m_dialog = {};
        // the book is backed up first, off the GUI thread; nothing is imported until it is
        QCOMPARE(names(), before);
        w->waitForBackups();
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

        // no backup can be made (the backup folder is a file): asked; "no" imports nothing
        const QString notAFolder = m_dir.filePath(QStringLiteral("not-a-folder"));
        QFile block(notAFolder);
        QVERIFY(block.open(QIODevice::WriteOnly));
        block.close();
        storage::setBackupFolderSetting(notAFolder);
        m_pick = {QStringLiteral(SOCHIBO_TEST_DATA_DIR "/import/members-titled.xlsx")};
        m_dialog = [](QDialog &d) {
            return qobject_cast<MemberImportDialog *>(&d) != nullptr;
        };
        m_answer = false;
        m_questions.clear();
        QVERIFY(w->importMembers());
        w->waitForBackups();
        storage::setBackupFolderSetting(QString());
        m_answer = true;
        QVERIFY2(m_questions.value(0).startsWith(
                     QStringLiteral("Chưa sao lưu được sổ trước khi nhập: ")),
                 qPrintable(m_questions.join('\n')));
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
};

QTEST_MAIN(TestMembersPage)
#include "TestMembersPage.moc"

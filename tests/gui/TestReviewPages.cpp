// The Review & remedies, Thematic topics and Commitments pages.
#include "GuiTestCase.h"
#include "gui/commitments/CommitmentTableModel.h"
#include "gui/review/CandidateTableModel.h"
#include "gui/review/CriterionTableModel.h"
#include "gui/review/IndicatorTableModel.h"
#include "gui/review/MemberReviewTableModel.h"
#include "gui/review/ShortcomingTableModel.h"
#include "gui/review/SupervisionTableModel.h"
#include "gui/topics/TopicTableModel.h"

class TestReviewPages : public GuiTestCase
{
    Q_OBJECT

private slots:
    void selfAssessmentPointsAddUpAndUndo()
    {
        auto w = makeWindow();
        ReviewPage *page = shown(*w, MainWindow::Review).reviewPage();
        page->setYear(2026);
        QCOMPARE(page->criteriaModel()->rowCount(), 10);
        QCOMPARE(page->totalText(),
                 QStringLiteral("Tổng điểm: 88,5/100 — theo thang điểm: Hoàn thành tốt nhiệm vụ"));
        // What the records say against that level stands beside it, as the report page and
        // the CLI say it (core::levelWarnings): the demo has late and overdue tasks.
        QVERIFY2(page->levelWarningsText().contains(QStringLiteral("cần 100% nhiệm vụ hoàn thành "
                                                                   "đúng hạn")),
                 qPrintable(page->levelWarningsText()));
        // A criterion without points: no total and no level yet (the report leaves it blank).
        QVERIFY(typeInCell(page->criteriaTable(), 3, CriterionTableModel::Points, QString()));
        QVERIFY2(page->totalText().startsWith(QStringLiteral("Đã chấm: ")) &&
                     !page->totalText().contains(QStringLiteral("theo thang điểm:")),
                 qPrintable(page->totalText()));
        w->undoStack()->undo();
        QCOMPARE(page->totalText(),
                 QStringLiteral("Tổng điểm: 88,5/100 — theo thang điểm: Hoàn thành tốt nhiệm vụ"));
        // Row 2: "Công tác kiểm tra, giám sát…" 4 of 5; the secretary types 5.
        QVERIFY(
            typeInCell(page->criteriaTable(), 2, CriterionTableModel::Points, QStringLiteral("5")));
        QCOMPARE(page->totalText(),
                 QStringLiteral("Tổng điểm: 89,5/100 — theo thang điểm: Hoàn thành tốt nhiệm vụ"));
        QVERIFY(typeInCell(page->criteriaTable(), 1, CriterionTableModel::Points,
                           QStringLiteral("5,0")));
        QCOMPARE(
            page->totalText(),
            QStringLiteral("Tổng điểm: 90/100 — theo thang điểm: Hoàn thành xuất sắc nhiệm vụ"));
        QVERIFY(typeInCell(page->criteriaTable(), 1, CriterionTableModel::Points,
                           QStringLiteral("năm")));
        QCOMPARE(m_messages.size(), 1);
        QVERIFY(m_messages[0].contains(QStringLiteral("không phải là số điểm")));
        QVERIFY(typeInCell(page->criteriaTable(), 1, CriterionTableModel::Points,
                           QStringLiteral("9"))); // above its 5 points
        QCOMPARE(m_messages.size(), 2);
        QVERIFY(m_messages[1].contains(QStringLiteral("vượt quá điểm tối đa")));
        QCOMPARE(cellText(page->criteriaModel(), 1, CriterionTableModel::Points),
                 QStringLiteral("5"));
        w->undoStack()->undo();
        w->undoStack()->undo();
        QCOMPARE(page->totalText(),
                 QStringLiteral("Tổng điểm: 88,5/100 — theo thang điểm: Hoàn thành tốt nhiệm vụ"));
        // The name is typed in place too, but never emptied; the group is the form's.
        const QString name = cellText(page->criteriaModel(), 1, CriterionTableModel::Title);
        QVERIFY(typeInCell(page->criteriaTable(), 1, CriterionTableModel::Title,
                           QStringLiteral("   ")));
        QCOMPARE(m_messages.size(), 3);
        QVERIFY2(m_messages[2].contains(QStringLiteral("Chưa nhập tên tiêu chí")),
                 qPrintable(m_messages[2]));
        QCOMPARE(cellText(page->criteriaModel(), 1, CriterionTableModel::Title), name);
        QVERIFY(typeInCell(page->criteriaTable(), 1, CriterionTableModel::Title,
                           QStringLiteral("  Công tác  phát triển đảng viên ")));
        QCOMPARE(cellText(page->criteriaModel(), 1, CriterionTableModel::Title),
                 QStringLiteral("Công tác phát triển đảng viên"));
        QCOMPARE(w->undoStack()->undoText(), QStringLiteral("Sửa tiêu chí Công tác phát triển "
                                                            "đảng viên"));
        QVERIFY(
            !typeInCell(page->criteriaTable(), 1, CriterionTableModel::Group, QStringLiteral("2")));
        w->undoStack()->undo();
        QCOMPARE(cellText(page->criteriaModel(), 1, CriterionTableModel::Title), name);
    }

    /// The members' reviews tab: every member in the cell at the end of the year, the review
    /// recorded through its dialog (with undo), and the forms printed from there.
    void membersReviewsTabRecordsAndPrints()
    {
        auto w = makeWindow(freshCell(QStringLiteral("reviews")));
        ReviewPage *page = shown(*w, MainWindow::Review).reviewPage();
        page->setYear(2026);
        QAbstractItemModel *table = page->memberReviewsModel();
        QCOMPARE(table->rowCount(), 18); // Trương Văn Nam retired in June
        QVERIFY2(page->ratingsNoteText().startsWith(QStringLiteral("Đã xếp loại 17/18 đảng viên")),
                 qPrintable(page->ratingsNoteText()));
        const auto rowOfName = [&](const QString &name) {
            for (int r = 0; r < table->rowCount(); ++r)
                if (table->index(r, 0).data().toString() == name)
                    return r;
            return -1;
        };
        const int bao = rowOfName(QStringLiteral("Phạm Quốc Bảo"));
        QVERIFY(bao >= 0);
        QCOMPARE(table->index(bao, 1).data().toString(), QStringLiteral("2B"));
        QCOMPARE(table->index(bao, 1).data(Qt::ToolTipRole).toString(),
                 QStringLiteral("Mẫu 2B-HD KĐ.ĐG — Đảng viên không giữ chức vụ lãnh đạo, quản lý"));
        QCOMPARE(table->index(rowOfName(QStringLiteral("Trần Văn Khải")), 1).data().toString(),
                 QStringLiteral("2A"));
        QCOMPARE(table->index(bao, 6).data().toString(), QStringLiteral("HTTNV"));
        const int lan = rowOfName(QStringLiteral("Dương Thị Lan"));
        QVERIFY(
            table->index(lan, 7).data().toString().startsWith(QStringLiteral("không xếp loại")));
        // The side panel shows the selected member's form as drafted, with what the records
        // say against the level above it.
        page->memberReviewsTable()->selectRow(bao);
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
        QCOMPARE(table->index(bao, 2).data().toString(), QStringLiteral("92,5"));
        QCOMPARE(table->index(bao, 3).data().toString(), QStringLiteral("HTXSNV"));
        QCOMPARE(table->index(bao, 5).data().toString(), QStringLiteral("15/17"));
        QCOMPARE(table->index(bao, 6).data().toString(), QStringLiteral("HTXSNV"));
        // Four excellent of seventeen good or better: over the 20 %.
        QVERIFY2(page->ratingsNoteText().contains(QStringLiteral("vượt 20%")),
                 qPrintable(page->ratingsNoteText()));
        w->undoStack()->undo();
        QCOMPARE(table->index(bao, 6).data().toString(), QStringLiteral("HTTNV"));
        QCOMPARE(table->index(bao, 5).data().toString(), QStringLiteral("16/17"));
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
        QCOMPARE(table->index(bao, 7).data().toString(), QStringLiteral("bản nháp"));
        w->showPage(MainWindow::Reports);
        m_saveAs = m_dir.filePath(QStringLiteral("ban-kiem-diem.pdf"));
        QVERIFY(reports->saveAs());
        w->showPage(MainWindow::Review);
        QCOMPARE(table->index(bao, 7).data().toString(), QStringLiteral("đã in ngày 21/11/2026"));
    }

    /// A year without criteria offers the 2025 form's, as an undoable edit.
    void emptyYearStartsFromTheDefaultCriteria()
    {
        auto w = makeWindow();
        ReviewPage *page = shown(*w, MainWindow::Review).reviewPage();
        page->setYear(2027);
        QCOMPARE(page->criteriaModel()->rowCount(), 0);
        QCOMPARE(page->totalText(), QStringLiteral("Chưa có tiêu chí tự đánh giá cho năm này."));
        QVERIFY(page->useDefaultCriteria());
        QCOMPARE(page->criteriaModel()->rowCount(), 10);
        QVERIFY2(page->totalText().startsWith(QStringLiteral("Đã chấm: 0 + 0 điểm")),
                 qPrintable(page->totalText()));
        QVERIFY(!page->useDefaultCriteria()); // only for an empty year
        w->undoStack()->undo();
        QCOMPARE(page->criteriaModel()->rowCount(), 0);
    }

    void shortcomingEnteredInTheInterfaceReachesThePlan()
    {
        auto w = makeWindow();
        ReviewPage *page = shown(*w, MainWindow::Review).reviewPage();
        page->setYear(2026);
        QCOMPARE(page->shortcomingsModel()->rowCount(), 0);
        m_dialog = [](QDialog &d) {
            auto &dialog = dynamic_cast<ShortcomingDialog &>(d);
            dialog.titleField()->setText(QStringLiteral("Hạn chế trong việc lưu minh chứng"));
            dialog.remediesField()->setPlainText(
                QStringLiteral("Lưu minh chứng ngay khi hoàn thành.\nRà soát hằng tháng."));
            dialog.accept();
            return dialog.result() == QDialog::Accepted;
        };
        QVERIFY(page->addShortcoming());
        QCOMPARE(page->shortcomingsModel()->rowCount(), 1);
        QCOMPARE(page->shortcomingsModel()->index(0, 0).data().toString(),
                 QStringLiteral("Hạn chế trong việc lưu minh chứng"));
        ReportPage *report = shown(*w, MainWindow::Reports).reportPage();
        report->selectReport(QStringLiteral("remediation-plan"), 2026);
        QVERIFY2(report->preview(), qPrintable(report->status()));
        QVERIFY(report->pageCount() >= 2);
        w->undoStack()->undo();
        w->showPage(MainWindow::Review);
        QCOMPARE(page->shortcomingsModel()->rowCount(), 0);
        QVERIFY(!report->preview()); // nothing to remedy again: explained, not rendered
    }

    void indicatorsEditedReachTheSelfReview()
    {
        auto w = makeWindow();
        ReviewPage *page = shown(*w, MainWindow::Review).reviewPage();
        page->setYear(2026);
        const IndicatorTableModel *model = page->indicatorsModel();
        QCOMPARE(model->rowCount(), 5);
        int row = -1;
        for (int r = 0; r < model->rowCount(); ++r)
            if (cellText(model, r, IndicatorTableModel::Name)
                    .startsWith(QStringLiteral("Học sinh hoàn thành")))
                row = r;
        QVERIFY(row >= 0);
        QCOMPARE(cellText(model, row, IndicatorTableModel::Achieved), QStringLiteral("99,3"));
        const auto text = [this] {
            return selfReview2026().document.toText();
        };
        QVERIFY(text().contains(QStringLiteral("99,3")));
        page->showTabOf(page->indicatorsTable());
        QVERIFY(typeInCell(page->indicatorsTable(), row, IndicatorTableModel::Achieved,
                           QStringLiteral("99,6")));
        QCOMPARE(cellText(model, row, IndicatorTableModel::Achieved), QStringLiteral("99,6"));
        QVERIFY(text().contains(QStringLiteral("99,6")));
        QVERIFY(!text().contains(QStringLiteral("99,3")));
        // a target keeps its name
        QVERIFY(typeInCell(page->indicatorsTable(), row, IndicatorTableModel::Name, QString()));
        QVERIFY2(m_messages.value(0).contains(QStringLiteral("Chưa nhập tên chỉ tiêu")),
                 qPrintable(m_messages.value(0)));
        QVERIFY(cellText(model, row, IndicatorTableModel::Name)
                    .startsWith(QStringLiteral("Học sinh hoàn thành")));
        QVERIFY(page->addIndicator(QStringLiteral("Chi đoàn vững mạnh")));
        QCOMPARE(page->indicatorsModel()->rowCount(), 6);
        QVERIFY(text().contains(QStringLiteral("Chi đoàn vững mạnh")));
        w->undoStack()->undo();
        w->undoStack()->undo();
        QCOMPARE(page->indicatorsModel()->rowCount(), 5);
        QVERIFY(text().contains(QStringLiteral("99,3")));
    }

    void nextYearsTopicsMakeTheThematicPlan()
    {
        auto w = makeWindow();
        TopicsPage *page = shown(*w, MainWindow::Topics).topicsPage();
        QCOMPARE(page->model()->rowCount(), 2); // 2026
        QCOMPARE(page->model()->index(0, 1).data().toString(), QStringLiteral("Quý II năm 2026"));
        // A topic that tasks came from cannot be deleted: said, not done.
        QVERIFY(!page->removeTopic(0));
        QVERIFY(m_messages.value(0).contains(QStringLiteral("nhiệm vụ giao từ chuyên đề")));
        QCOMPARE(page->model()->rowCount(), 2);

        page->setYear(2027);
        QCOMPARE(page->model()->rowCount(), 0);
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
        QCOMPARE(page->model()->rowCount(), 1);
        QCOMPARE(page->model()->index(0, 2).data().toString(), QStringLiteral("Lê Thị Mỹ Duyên"));
        ReportPage *report = shown(*w, MainWindow::Reports).reportPage();
        report->selectReport(QStringLiteral("thematic-plan"), 2027);
        QVERIFY2(report->preview(), qPrintable(report->status()));
        w->undoStack()->undo();
        w->showPage(MainWindow::Topics);
        QCOMPARE(page->model()->rowCount(), 0);
        QVERIFY(!report->preview());
    }

    void commitmentWrittenForTheMemberWhoHadNone()
    {
        auto w = makeWindow();
        CommitmentsPage *page = shown(*w, MainWindow::Commitments).commitmentsPage();
        QCOMPARE(page->summary(), QStringLiteral("Đã có bản cam kết: 18/19 đảng viên"));
        int row = -1;
        for (int r = 0; r < page->model()->rowCount(); ++r)
            if (page->model()->index(r, 0).data().toString() == QStringLiteral("Phan Thị Mai"))
                row = r;
        QVERIFY(row >= 0); // transferred in after the others signed
        QCOMPARE(page->model()->index(row, 1).data().toString(), QStringLiteral("chưa có"));
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
        QCOMPARE(page->model()->index(row, 1).data().toString(), QStringLiteral("25/11/2026"));
        QCOMPARE(page->model()->index(row, 3).data().toString(), QStringLiteral("2 việc"));
        w->undoStack()->undo();
        QCOMPARE(page->summary(), QStringLiteral("Đã có bản cam kết: 18/19 đảng viên"));
    }

    void inspectionRecordedIsCountedInTheSelfReview()
    {
        auto w = makeWindow();
        ReviewPage *page = shown(*w, MainWindow::Review).reviewPage();
        page->setYear(2026);
        QCOMPARE(page->supervisionsModel()->rowCount(), 4);
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
        QCOMPARE(page->supervisionsModel()->rowCount(), 5);
        QVERIFY2(text().contains(QStringLiteral("thực hiện 01 cuộc kiểm tra, 04 cuộc giám sát")),
                 qPrintable(text()));
        w->undoStack()->undo();
        QCOMPARE(page->supervisionsModel()->rowCount(), 4);
    }

    void candidateSentToTheClassIsCounted()
    {
        auto w = makeWindow();
        ReviewPage *page = shown(*w, MainWindow::Review).reviewPage();
        const CandidateTableModel *model = page->candidatesModel();
        QCOMPARE(model->rowCount(), 3);
        const auto text = [this] {
            return selfReview2026().document.toText();
        };
        QVERIFY(text().contains(QStringLiteral("giới thiệu 01 quần chúng ưu tú")));
        int row = -1;
        for (int r = 0; r < model->rowCount(); ++r)
            if (cellText(model, r, CandidateTableModel::FullName) ==
                QStringLiteral("Kiều Văn Phát"))
                row = r;
        QVERIFY(row >= 0);
        page->showTabOf(page->candidatesTable());
        QVERIFY(typeInCell(page->candidatesTable(), row, CandidateTableModel::ClassOn,
                           QStringLiteral("31/13/2026")));
        QVERIFY(m_messages.value(0).contains(QStringLiteral("không phải là ngày")));
        QCOMPARE(cellText(model, row, CandidateTableModel::ClassOn), QString()); // unchanged
        QVERIFY(typeInCell(page->candidatesTable(), row, CandidateTableModel::ClassOn,
                           QStringLiteral("10102026")));
        QCOMPARE(cellText(model, row, CandidateTableModel::ClassOn), QStringLiteral("10/10/2026"));
        QVERIFY2(text().contains(QStringLiteral("giới thiệu 02 quần chúng ưu tú")),
                 qPrintable(text()));
        w->undoStack()->undo();
        QVERIFY(text().contains(QStringLiteral("giới thiệu 01 quần chúng ưu tú")));
    }
};

QTEST_MAIN(TestReviewPages)
#include "TestReviewPages.moc"

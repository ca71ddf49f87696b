// Evidence: attaching (dialog, drop, paste), the size limit, previews, verification, captions.
#include "GuiTestCase.h"

class TestEvidencePage : public GuiTestCase
{
    Q_OBJECT

private slots:
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
        // what the file is, in words: not its media type
        QVERIFY2(page->previewInfo().contains(QStringLiteral("Tệp PDF")) &&
                     !page->previewInfo().contains(QStringLiteral("application/pdf")),
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
        w->book()->verifyAll();
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
        w->book()->verifyAll();
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
};

QTEST_MAIN(TestEvidencePage)
#include "TestEvidencePage.moc"

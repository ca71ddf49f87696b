#include "EvidencePage.h"

#include "RecordTable.h"
#include "evidence/Ingest.h"
#include "storage/Database.h"
#include "storage/EvidenceStore.h"
#include "storage/MeetingRepository.h"
#include "storage/ReviewRepository.h"
#include "storage/TaskRepository.h"
#include "storage/Transaction.h"
#include "text/DocumentWording.h"

#include <QApplication>
#include <QDesktopServices>
#include <QDir>
#include <QEventLoop>
#include <QFileInfo>
#include <QProgressDialog>
#include <QPushButton>
#include <QSaveFile>
#include <QSettings>
#include <QStandardPaths>
#include <QTableView>
#include <QThread>
#include <QUrl>
#include <atomic>

namespace sochibo::gui {

using namespace sochibo::core;
using namespace sochibo::storage;

namespace {

QString sizeText(qint64 bytes)
{
    if (bytes < 1024)
        return QObject::tr("%1 B").arg(bytes);
    if (bytes < 1024 * 1024)
        return QObject::tr("%1 KB").arg(text::formatDecimal(bytes / 1024.0, 0));
    return QObject::tr("%1 MB").arg(text::formatDecimal(bytes / (1024.0 * 1024.0), 1));
}

/// A file name safe to write in a folder: no path, no characters Windows refuses.
QString safeFileName(const QString &name)
{
    QString base = QFileInfo(name).fileName();
    static const QString bad = QStringLiteral("\\\\/:*?\"<>|");
    for (QChar &c : base)
        if (bad.contains(c) || c.unicode() < 32)
            c = QLatin1Char('_');
    base = base.trimmed();
    while (base.startsWith(QLatin1Char('.')))
        base.remove(0, 1);
    return base.isEmpty() ? QStringLiteral("minh-chung") : base;
}

} // namespace

EvidencePage::EvidencePage(Prompts prompts, QWidget *parent)
    : RecordsPage(
          tr("Minh chứng"),
          {tr("Tệp"), tr("Gắn với"), tr("Cỡ"), tr("Ngày thêm"), tr("Người thêm"), tr("Mô tả")},
          parent),
      m_prompts(std::move(prompts))
{
    const auto button = [this](const QString &text, auto slot) {
        auto *b = new QPushButton(text, this);
        connect(b, &QPushButton::clicked, this, slot);
        addToolbarWidget(b);
    };
    button(tr("Mở"), &EvidencePage::openCurrent);
    button(tr("Lưu bản sao…"), &EvidencePage::saveCopy);
    button(tr("Gỡ…"), &EvidencePage::detachCurrent);
    button(tr("Kiểm tra toàn vẹn"), &EvidencePage::verify);
    connect(m_view, &QAbstractItemView::activated, this, &EvidencePage::openCurrent);
}

void EvidencePage::reload(const Database &db, const QDate &)
{
    m_db = &db;
    const EvidenceStore store(db);
    QMap<qint64, QString> tasks;
    for (const Task &t : TaskRepository(db).list())
        tasks.insert(t.id, t.title);
    QMap<qint64, QString> meetings;
    for (const Meeting &m : MeetingRepository(db).list())
        meetings.insert(m.id, text::shortDate(m.heldOn));
    QList<RecordRow> rows;
    for (const Evidence &e : store.list()) {
        QString target;
        if (e.taskId)
            target = tr("Nhiệm vụ: %1").arg(tasks.value(e.taskId));
        else if (e.progressId)
            target = tr("Báo cáo tháng");
        else if (e.meetingId)
            target = tr("Sinh hoạt %1").arg(meetings.value(e.meetingId));
        else if (e.commitmentId)
            target = tr("Bản cam kết");
        else if (e.shortcomingId)
            target = tr("Hạn chế, khuyết điểm");
        const QDateTime added = QDateTime::fromString(e.addedOn, Qt::ISODate);
        RecordRow r;
        r.id = e.id;
        r.cells = {e.fileName, target,       sizeText(e.size), text::shortDate(added.date()),
                   e.addedBy,  e.description};
        r.toolTips = {tr("SHA-256: %1").arg(e.sha256)};
        r.sortKeys = {QVariant(), QVariant(), QVariant(e.size), QVariant(e.addedOn)};
        rows << r;
    }
    m_model->setRows(rows);
    fitColumns();
}

int EvidencePage::verify()
{
    if (!m_db)
        return 0;
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const QList<EvidenceProblem> problems = EvidenceStore(*m_db).verify();
    QApplication::restoreOverrideCursor();
    if (problems.isEmpty()) {
        m_prompts.inform(
            tr("Mọi tệp minh chứng đều còn nguyên vẹn (%1 tệp).").arg(m_model->rowCount()));
        return 0;
    }
    QStringList lines;
    for (const EvidenceProblem &p : problems)
        lines << (p.missing ? tr("Thiếu tệp: %1") : tr("Tệp đã bị thay đổi: %1")).arg(p.fileName);
    m_prompts.inform(
        tr("Phát hiện %1 vấn đề:\n%2").arg(problems.size()).arg(lines.join(QLatin1Char('\n'))));
    return int(problems.size());
}

bool EvidencePage::saveCopy()
{
    if (!m_db)
        return false;
    const auto e = EvidenceStore(*m_db).find(currentId());
    if (!e) {
        m_prompts.inform(tr("Hãy chọn một tệp minh chứng."));
        return false;
    }
    const QString path = m_prompts.saveFileName(safeFileName(e->fileName));
    if (path.isEmpty())
        return false;
    const QByteArray bytes = EvidenceStore(*m_db).read(e->sha256);
    QSaveFile out(path);
    if (bytes.size() != e->size || !out.open(QIODevice::WriteOnly) ||
        out.write(bytes) != bytes.size() || !out.commit()) {
        m_prompts.inform(tr("Không ghi được “%1”.").arg(path));
        return false;
    }
    return true;
}

bool EvidencePage::detachCurrent()
{
    if (!m_db)
        return false;
    const auto e = EvidenceStore(*m_db).find(currentId());
    if (!e || !m_prompts.confirm(tr("Gỡ tệp “%1” khỏi sổ? Việc này không hoàn tác được; tệp chỉ bị "
                                    "xóa khi không còn gắn với mục nào khác.")
                                     .arg(e->fileName)))
        return false;
    try {
        EvidenceStore(*m_db).detach(e->id);
    } catch (const StorageError &err) {
        m_prompts.inform(err.message());
        return false;
    }
    emit changed();
    return true;
}

bool EvidencePage::openCurrent()
{
    if (!m_db)
        return false;
    const auto e = EvidenceStore(*m_db).find(currentId());
    if (!e)
        return false;
    // A private copy: the store's files are never handed to other programs to modify.
    const QString dir = QDir(QStandardPaths::writableLocation(QStandardPaths::TempLocation))
                            .filePath(QStringLiteral("sochibo-open"));
    QDir().mkpath(dir);
    const QString path = QDir(dir).filePath(safeFileName(e->fileName));
    QSaveFile out(path);
    const QByteArray bytes = EvidenceStore(*m_db).read(e->sha256);
    if (!out.open(QIODevice::WriteOnly) || out.write(bytes) != bytes.size() || !out.commit()) {
        m_prompts.inform(tr("Không mở được tệp “%1”.").arg(e->fileName));
        return false;
    }
    return QDesktopServices::openUrl(QUrl::fromLocalFile(path));
}

qint64 evidenceSizeLimit()
{
    return QSettings().value(QStringLiteral("evidence/maxMegabytes"), 100).toLongLong() * 1024 *
           1024;
}

void setEvidenceSizeLimitMegabytes(int megabytes)
{
    QSettings().setValue(QStringLiteral("evidence/maxMegabytes"), megabytes);
}

int attachFiles(const Database &db, const EvidenceTarget &target, const QStringList &files,
                const Prompts &prompts)
{
    if (files.isEmpty())
        return 0;
    struct Prepared
    {
        StoredFile file;
        qint64 size = 0;
        evidence::FileFacts facts;
        QString error;
    };
    // Reading, hashing, writing into the store and making the thumbnail happen in a worker
    // thread (no database there); only the rows are written here, in one transaction.
    auto results = std::make_shared<QList<Prepared>>();
    auto cancelled = std::make_shared<std::atomic<bool>>(false);
    const QString storeDir = EvidenceStore(db).storeDir();
    const qint64 limit = evidenceSizeLimit();
    QWidget *window = QApplication::activeWindow();
    QProgressDialog progress(QObject::tr("Đang lưu minh chứng…"), QObject::tr("Hủy"), 0,
                             int(files.size()), window);
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(400);
    progress.setValue(0);
    QThread *worker = QThread::create([files, storeDir, limit, results, cancelled, &progress] {
        for (int i = 0; i < files.size() && !*cancelled; ++i) {
            QMetaObject::invokeMethod(
                &progress,
                [&progress, i, name = QFileInfo(files[i]).fileName()] {
                    progress.setLabelText(QObject::tr("Đang lưu “%1”…").arg(name));
                    progress.setValue(i);
                },
                Qt::QueuedConnection);
            Prepared p;
            try {
                p.file = EvidenceStore::storeFile(storeDir, files[i], limit);
                p.size = p.file.bytes.size();
                p.facts = evidence::inspectBytes(p.file.bytes);
            } catch (const StorageError &e) {
                p.error = QStringLiteral("%1: %2").arg(QFileInfo(files[i]).fileName(), e.message());
            }
            p.file.bytes.clear(); // only the row is left to write: free the memory now
            results->append(p);
        }
    });
    QEventLoop loop;
    QObject::connect(worker, &QThread::finished, &loop, &QEventLoop::quit);
    QObject::connect(&progress, &QProgressDialog::canceled, &progress,
                     [cancelled] { *cancelled = true; });
    worker->start();
    loop.exec(); // the window keeps drawing and answering while the worker runs
    worker->wait();
    delete worker;
    progress.setValue(int(files.size()));

    int attached = 0;
    QStringList refused;
    EvidenceStore store(db);
    try {
        Transaction tx(db);
        for (const Prepared &p : std::as_const(*results)) {
            if (!p.error.isEmpty()) {
                refused << p.error;
                continue;
            }
            const qint64 id = store.addStored(p.file.sha256, p.file.fileName, p.file.mediaType,
                                              p.size, target, QString(), db.actor());
            evidence::recordFacts(db, id, p.facts);
            ++attached;
        }
        tx.commit();
    } catch (const StorageError &e) {
        prompts.inform(e.message()); // nothing of this batch was recorded
        return 0;
    }
    if (*cancelled)
        refused << QObject::tr("(đã hủy: các tệp còn lại không được đính kèm)");
    if (!refused.isEmpty())
        prompts.inform(
            QObject::tr("Không đính kèm được:\n%1").arg(refused.join(QLatin1Char('\n'))));
    return attached;
}

} // namespace sochibo::gui

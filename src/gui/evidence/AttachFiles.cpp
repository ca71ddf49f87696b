#include "AttachFiles.h"

#include "storage/StorageError.h"
#include <QDateTime>
#include <QString>
#include <QWidget>

#include "evidence/Ingest.h"
#include "gui/common/Prompts.h"
#include "gui/evidence/CaptionDialog.h"
#include "storage/Database.h"
#include "storage/EvidenceStore.h"
#include "storage/Transaction.h"

#include <QApplication>
#include <QEventLoop>
#include <QFileInfo>
#include <QProgressDialog>
#include <QSettings>
#include <QThread>

#include <atomic>

namespace sochibo::gui {

using namespace sochibo::core;
using namespace sochibo::storage;

void setEvidenceSizeLimitMegabytes(int megabytes)
{
    QSettings().setValue(QStringLiteral("evidence/maxMegabytes"), megabytes);
}

int attachFiles(const Database &db, const EvidenceTarget &target, const QStringList &files,
                const Prompts &prompts, const QDate &today)
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
    QProgressDialog progress(QObject::tr("Saving evidence…"), QObject::tr("Cancel"), 0,
                             int(files.size()), window);
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(400);
    progress.setValue(0);
    QThread *worker = QThread::create([files, storeDir, limit, results, cancelled, &progress] {
        for (int i = 0; i < files.size() && !*cancelled; ++i) {
            QMetaObject::invokeMethod(
                &progress,
                [&progress, i, name = QFileInfo(files[i]).fileName()] {
                    progress.setLabelText(QObject::tr("Saving “%1”…").arg(name));
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
            const QDateTime now = today.isValid() ? QDateTime(today, QTime::currentTime())
                                                  : QDateTime::currentDateTime();
            const qint64 id = store.addStored(p.file.sha256, p.file.fileName, p.file.mediaType,
                                              p.size, target, QString(), db.actor(), now);
            evidence::recordFacts(db, id, p.facts);
            ++attached;
        }
        tx.commit();
    } catch (const StorageError &e) {
        prompts.inform(e.message()); // nothing of this batch was recorded
        return 0;
    }
    if (*cancelled)
        refused << QObject::tr("(cancelled: the remaining files were not attached)");
    if (!refused.isEmpty())
        prompts.inform(QObject::tr("Could not attach:\n%1").arg(refused.join(QLatin1Char('\n'))));
    return attached;
}

} // namespace sochibo::gui

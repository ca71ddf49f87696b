#include "AttachFiles.h"

#include "evidence/Ingest.h"
#include "gui/common/BackgroundJob.h"
#include "gui/common/BookSession.h"
#include "gui/common/Prompts.h"
#include "storage/Database.h"
#include "storage/StorageError.h"
#include "storage/Transaction.h"

#include <QApplication>
#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QImage>
#include <QMimeData>
#include <QPointer>
#include <QProgressDialog>
#include <QSettings>
#include <QStandardPaths>
#include <QUrl>

#include <atomic>

namespace sochibo::gui {

using namespace sochibo::storage;

qint64 evidenceSizeLimit()
{
    return QSettings().value(QStringLiteral("evidence/maxMegabytes"), 100).toLongLong() * 1024 *
           1024;
}

void setEvidenceSizeLimitMegabytes(int megabytes)
{
    QSettings().setValue(QStringLiteral("evidence/maxMegabytes"), megabytes);
}

namespace {

/// A file made ready in the background: stored, inspected; only its row is left to write.
struct Prepared
{
    StoredFile file;
    qint64 size = 0;
    evidence::FileFacts facts;
    QString error;
};

/// Writes the rows of \a prepared in one transaction; returns how many were attached.
int writeRows(const Database &db, const EvidenceTarget &target, const QList<Prepared> &prepared,
              bool cancelled, const QDate &today, const Prompts &prompts)
{
    int attached = 0;
    QStringList refused;
    EvidenceStore store(db);
    try {
        Transaction tx(db);
        for (const Prepared &p : prepared) {
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
    if (cancelled)
        refused << QObject::tr("(cancelled: the remaining files were not attached)");
    if (!refused.isEmpty())
        prompts.inform(QObject::tr("Could not attach:\n%1").arg(refused.join(QLatin1Char('\n'))));
    return attached;
}

} // namespace

void attachFiles(const BookSession &session, const EvidenceTarget &target, const QStringList &files,
                 const Prompts &prompts, QWidget *window, std::function<void(int attached)> done)
{
    if (files.isEmpty() || !session.isOpen()) {
        done(0);
        return;
    }
    // Reading, hashing, writing into the store and making the thumbnail happen in the
    // background (no database there); only the rows are written on the GUI thread.
    auto cancelled = std::make_shared<std::atomic<bool>>(false);
    const QString storeDir = EvidenceStore(*session.db()).storeDir();
    const QString bookPath = session.path();
    const qint64 limit = evidenceSizeLimit();
    QPointer<QProgressDialog> progress = new QProgressDialog(
        QObject::tr("Saving evidence…"), QObject::tr("Cancel"), 0, int(files.size()), window);
    progress->setWindowModality(Qt::WindowModal);
    progress->setMinimumDuration(400);
    progress->setValue(0);
    QObject::connect(progress, &QProgressDialog::canceled, progress,
                     [cancelled] { *cancelled = true; });
    const auto work = [files, storeDir, limit, cancelled, progress] {
        QList<Prepared> results;
        for (int i = 0; i < files.size() && !*cancelled; ++i) {
            QMetaObject::invokeMethod(
                qApp,
                [progress, i, name = QFileInfo(files[i]).fileName()] {
                    if (!progress)
                        return;
                    progress->setLabelText(QObject::tr("Saving “%1”…").arg(name));
                    progress->setValue(i);
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
            results.append(p);
        }
        return results;
    };
    jobs::run(
        &session, work,
        [&session, target, prompts, cancelled, progress, bookPath,
         done](const QList<Prepared> &results) {
            if (progress)
                progress->deleteLater();
            if (!session.isOpen() || session.path() != bookPath)
                return; // the book was closed meanwhile: nothing to write into
            done(writeRows(*session.db(), target, results, *cancelled, session.today(), prompts));
        });
}

QStringList filesToAttach(const QMimeData *data, const Prompts &prompts, QString *temporary)
{
    if (!data)
        return {};
    QStringList files;
    for (const QUrl &url : data->urls())
        if (url.isLocalFile())
            files << url.toLocalFile();
    if (files.isEmpty() && data->hasImage()) {
        // A screenshot or a phone photo copied to the clipboard: kept as a PNG file.
        const QImage image = qvariant_cast<QImage>(data->imageData());
        const QString dir = QDir(QStandardPaths::writableLocation(QStandardPaths::TempLocation))
                                .filePath(QStringLiteral("sochibo-paste"));
        QDir().mkpath(dir);
        const QString file = QDir(dir).filePath(
            QStringLiteral("anh-dan-%1.png")
                .arg(QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss"))));
        if (image.isNull() || !image.save(file, "PNG")) {
            prompts.inform(QObject::tr("Could not save the picture from the clipboard."));
            return {};
        }
        *temporary = file;
        return {file};
    }
    if (files.isEmpty())
        prompts.inform(QObject::tr("The clipboard holds no file or picture to attach."));
    return files;
}

} // namespace sochibo::gui

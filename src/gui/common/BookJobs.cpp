#include "BookJobs.h"

#include <QMutex>
#include <QMutexLocker>
#include <QProgressDialog>

namespace sochibo::gui {

QString inBackupTurn(const std::function<QString()> &backup)
{
    static QMutex turn;
    const QMutexLocker locked(&turn);
    return backup();
}

std::function<Outcome()> automaticBackupJob(const QString &dbPath, storage::BackupReason reason)
{
    return onOwnConnection(dbPath, [reason](const storage::Database &db) {
        return inBackupTurn([&db, reason] { return storage::automaticBackup(db, reason); });
    });
}

QProgressDialog *busy(QWidget *window, const QString &text)
{
    auto *progress = new QProgressDialog(text, QString(), 0, 0, window);
    progress->setWindowModality(Qt::WindowModal);
    progress->setMinimumDuration(300);
    return progress;
}

} // namespace sochibo::gui

#pragma once
#include "storage/Backup.h"
#include "storage/Database.h"
#include "storage/StorageError.h"

#include <QString>

#include <functional>

class QProgressDialog;
class QWidget;

namespace sochibo::gui {

/// What a job on the book reports from the background: its message, or the error it met.
struct Outcome
{
    bool failed = false;
    QString message;
};

/// \a work run on a read-only connection of its own (SQLite's online backup and reads are
/// safe beside the window's connection), for jobs::run().
template <typename Work> auto onOwnConnection(const QString &dbPath, Work work)
{
    return [dbPath, work] {
        Outcome o;
        try {
            const storage::Database db =
                storage::Database::open(dbPath, storage::Database::Mode::ReadOnly);
            o.message = work(db);
        } catch (const storage::StorageError &e) {
            o.failed = true;
            o.message = e.message();
        }
        return o;
    };
}

/// Runs \a backup when no other backup of this program is running: they share a folder and
/// its evidence store, so they go one at a time. Called inside a job, the turn is waited for
/// in the thread pool, never on the GUI thread.
QString inBackupTurn(const std::function<QString()> &backup);

/// An automatic backup of the book at \a dbPath (storage::automaticBackup) as a job for
/// jobs::run(), in its turn; the message is the backup's path (empty: nothing to back up).
std::function<Outcome()> automaticBackupJob(const QString &dbPath, storage::BackupReason reason);

/// A busy indicator over \a window while a job runs (shown after 300 ms).
QProgressDialog *busy(QWidget *window, const QString &text);

} // namespace sochibo::gui

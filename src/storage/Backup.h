#pragma once

#include "Database.h"

#include <QDateTime>
#include <QList>

namespace sochibo::storage {

struct BackupResult
{
    QString path;
    int evidenceCopied = 0;
    int evidenceKept = 0;
    int evidenceMissing = 0; ///< named by the records but missing from the cell's store
};

/// Why an automatic backup was made; part of its file name.
enum class BackupReason {
    Open,    ///< the database was opened (before any migration)
    Import,  ///< before an import
    Upgrade, ///< before a schema upgrade
    Daily,   ///< the first of the day while the program is in use
    Manual,  ///< “Sao lưu ngay” into the backups folder
    Restore, ///< the current file, before a restore replaced it
};

QString backupReasonCode(BackupReason reason);
/// The reason in words, for the backup list.
QString backupReasonLabel(const QString &code);

/// One file in a backups folder, with what it holds.
struct BackupInfo
{
    QString path;
    QDateTime at;
    QString reasonCode;
    qint64 bytes = 0;
    bool readable = false; ///< false: not a backup this program can read
    int members = 0, tasks = 0, meetings = 0, evidence = 0;
    int evidenceMissing = 0; ///< files already missing from the cell when it was made
    /// "18 đảng viên, 40 nhiệm vụ, 12 cuộc họp, 9 minh chứng"
    QString summary() const;
};

/// Copies the records to \a destPath with SQLite's online backup API (consistent while the
/// program is in use), verifies the copy with integrity_check, and copies into
/// \a evidenceDir (default: the copy's own store, DEST.evidence) only the evidence files it
/// does not have yet (the store is append-only), each hashed as it is copied. Then, last and
/// atomically, DEST.manifest: what the backup holds (its hash, its evidence). A backup killed
/// half-way has no manifest and is never listed or restored as good. Everything is readable
/// by the owner only. An existing file at \a destPath is replaced only after the new copy
/// verified (whether it may be replaced at all is the caller's question: outputPathProblem).
BackupResult backupDatabase(const Database &db, const QString &destPath,
                            const QString &evidenceDir = {});

/// The folder automatic backups of \a dbPath go to: the setting "backup/folder" if set
/// (a USB stick, another disk), else “backups” beside the database.
QString backupsDirFor(const QString &dbPath);
/// The setting behind backupsDirFor(); empty restores the default.
void setBackupFolderSetting(const QString &folder);
QString backupFolderSetting();

/// Makes an automatic backup of \a db into its backups folder, named
/// NAME-yyyyMMdd-HHmmss-REASON.db, with evidence in the folder's shared “evidence” store, then
/// rotates the folder. For Reason::Open and Daily nothing is written when the newest backup
/// is already newer than the database file (nothing changed since). Returns the path written
/// or an empty string.
QString automaticBackup(const Database &db, BackupReason reason,
                        const QDateTime &now = QDateTime::currentDateTime());

/// When the newest finished backup of the database named \a dbBaseName in \a dir was made
/// (its manifest written last and matching): invalid when there is none. Reads one manifest
/// per backup from the newest until one is good, never a backup's database.
QDateTime newestFinishedBackup(const QString &dir, const QString &dbBaseName);

/// Backups of the database named \a dbBaseName in \a dir, newest first.
QList<BackupInfo> listBackups(const QString &dir, const QString &dbBaseName);

/// Which backups to keep of \a backups (newest first): the last 10, and the newest of each
/// month for 24 months back from \a now. Returns the ones to delete.
QList<BackupInfo> backupsToDelete(const QList<BackupInfo> &backups, const QDate &now);
/// Removes what killed backups left in \a dir and its evidence store (temporary files and
/// their journals), unless another backup is being written there. Every backup does this
/// first. Returns {files removed, bytes freed}.
std::pair<int, qint64> removeStaleBackupParts(const QString &dir);

/// Deletes what backupsToDelete() names; returns how many files went.
int rotateBackups(const QString &dir, const QString &dbBaseName, const QDate &now);

struct RestoreResult
{
    QString safetyCopy; ///< the backup of the file that was replaced (or where it was moved)
    int evidenceRestored = 0;
};

/// Replaces the records at \a dbPath by \a backupPath. The backup is verified first (its
/// integrity, its manifest, every evidence file it names and their hashes); the
/// current file is backed up (or, when it cannot be opened, kept aside as
/// NAME.db.hong-yyyyMMdd-HHmmss) before it is replaced; evidence files the backup names and
/// the store lacks are copied back. No connection to \a dbPath may be open.
RestoreResult restoreBackup(const QString &dbPath, const QString &backupPath,
                            const QDateTime &now = QDateTime::currentDateTime());

/// Why the program must not write an output file (a report, an export, a backup) at
/// \a output while \a dbPath is the cell's book; empty when it may.
struct OutputProblem
{
    QString message;       ///< the Vietnamese sentence (empty: no problem)
    bool forceable = true; ///< false: never, not even with --force (the book itself, its store)
    bool isEmpty() const { return message.isEmpty(); }
};
/// Refused: the open database, its -wal/-shm/-journal/.lock, anything inside its evidence
/// store or where no regular file can be written (a folder, a FIFO, a device) — always;
/// an existing SQLite file or an exported records file (JSON "sochibo-records") — unless
/// forced. With \a backupOfSameBook, an existing backup of this same book (same book_id)
/// may be replaced.
OutputProblem outputPathProblem(const QString &output, const QString &dbPath,
                                bool backupOfSameBook = false);

/// Runs the full integrity_check (not only the quick_check of opening: it also finds index
/// entries missing and CHECK constraints broken), foreign_key_check, and the value rules of
/// every column (ColumnRules); returns the problems in Vietnamese.
QStringList checkIntegrity(const Database &db);
/// checkIntegrity() and every evidence file re-hashed: what `check` and the window's
/// "Kiểm tra sổ" report.
QStringList checkBook(const Database &db);
/// Throws StorageError (Damaged) naming the first problems when checkIntegrity() finds any:
/// what a command asks before it writes, so that it never writes to a file `check` calls
/// damaged.
void requireIntact(const Database &db);

} // namespace sochibo::storage

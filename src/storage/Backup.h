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
    /// "18 đảng viên, 40 nhiệm vụ, 12 cuộc họp, 9 minh chứng"
    QString summary() const;
};

/// Copies the records to \a destPath with SQLite's online backup API (consistent while the
/// program is in use), verifies the copy with integrity_check, and copies into
/// \a evidenceDir (default: the copy's own store, DEST.evidence) only the evidence files it
/// does not have yet (the store is append-only). The copy is readable by the owner only. An
/// existing file at \a destPath is replaced only after the new copy verified.
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

/// Backups of the database named \a dbBaseName in \a dir, newest first.
QList<BackupInfo> listBackups(const QString &dir, const QString &dbBaseName);

/// Which backups to keep of \a backups (newest first): the last 10, and the newest of each
/// month for 24 months back from \a now. Returns the ones to delete.
QList<BackupInfo> backupsToDelete(const QList<BackupInfo> &backups, const QDate &now);
/// Deletes what backupsToDelete() names; returns how many files went.
int rotateBackups(const QString &dir, const QString &dbBaseName, const QDate &now);

struct RestoreResult
{
    QString safetyCopy; ///< the backup of the file that was replaced (or where it was moved)
    int evidenceRestored = 0;
};

/// Replaces the records at \a dbPath by \a backupPath. The backup is verified first; the
/// current file is backed up (or, when it cannot be opened, kept aside as
/// NAME.db.hong-yyyyMMdd-HHmmss) before it is replaced; evidence files the backup names and
/// the store lacks are copied back. No connection to \a dbPath may be open.
RestoreResult restoreBackup(const QString &dbPath, const QString &backupPath,
                            const QDateTime &now = QDateTime::currentDateTime());

/// Runs integrity_check and foreign_key_check; returns the problems in Vietnamese.
QStringList checkIntegrity(const Database &db);

} // namespace sochibo::storage

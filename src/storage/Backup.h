#pragma once
#include "Database.h"

namespace sochibo::storage {

struct BackupResult
{
    QString path;
    int evidenceCopied = 0;
    int evidenceKept = 0;
};

/// Copies the records to \a destPath with SQLite's online backup API (consistent while the
/// program is in use), verifies the copy with integrity_check, and copies into the copy's
/// evidence store only the evidence files it does not have yet (the store is append-only).
/// The copy is readable by the owner only. An existing file at \a destPath is replaced only
/// after the new copy verified.
BackupResult backupDatabase(const Database &db, const QString &destPath);

/// Runs integrity_check and foreign_key_check; returns the problems in Vietnamese.
QStringList checkIntegrity(const Database &db);

} // namespace sochibo::storage

#include "Backup.h"

#include "EvidenceStore.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <sqlite3.h>

namespace sochibo::storage {

QStringList checkIntegrity(const Database &db)
{
    QStringList problems;
    Statement ic = db.prepare(QStringLiteral("PRAGMA integrity_check"));
    while (ic.step()) {
        if (ic.text(0) != QLatin1String("ok"))
            problems << QStringLiteral("Kiểm tra toàn vẹn: %1").arg(ic.text(0));
    }
    Statement fk = db.prepare(QStringLiteral("PRAGMA foreign_key_check"));
    while (fk.step())
        problems << QStringLiteral("Bảng %1, bản ghi %2 tham chiếu đến %3 không tồn tại.")
                        .arg(fk.text(0))
                        .arg(fk.integer(1))
                        .arg(fk.text(2));
    return problems;
}

BackupResult backupDatabase(const Database &db, const QString &destPath)
{
    using K = StorageError::Kind;
    const QFileInfo destInfo(destPath);
    if (!QDir().mkpath(destInfo.absolutePath()))
        throw StorageError(
            K::Io, QStringLiteral("Không tạo được thư mục “%1”.").arg(destInfo.absolutePath()));
    const QString temp = destPath + QStringLiteral(".partial");
    QFile::remove(temp);
    sqlite3 *out = nullptr;
    int rc = sqlite3_open_v2(temp.toUtf8().constData(), &out,
                             SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, nullptr);
    if (rc == SQLITE_OK) {
        sqlite3_backup *b = sqlite3_backup_init(out, "main", db.handle(), "main");
        if (!b) {
            rc = sqlite3_errcode(out);
        } else {
            do {
                rc = sqlite3_backup_step(b, 256);
                if (rc == SQLITE_BUSY || rc == SQLITE_LOCKED)
                    sqlite3_sleep(20);
            } while (rc == SQLITE_OK || rc == SQLITE_BUSY || rc == SQLITE_LOCKED);
            sqlite3_backup_finish(b);
            rc = rc == SQLITE_DONE ? SQLITE_OK : rc;
        }
        if (rc == SQLITE_OK) // a backup is a single file: no WAL beside it
            rc = sqlite3_exec(out, "PRAGMA journal_mode=DELETE", nullptr, nullptr, nullptr);
    }
    if (rc != SQLITE_OK) {
        StorageError e = Database::errorFor(out, rc);
        sqlite3_close_v2(out);
        QFile::remove(temp);
        throw StorageError(e.kind(),
                           QStringLiteral("Sao lưu không thành công: %1").arg(e.message()), rc);
    }
    sqlite3_close_v2(out);
    QFile::setPermissions(temp, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    {
        const Database copy = Database::open(temp, Database::Mode::ReadOnly);
        const QStringList problems = checkIntegrity(copy);
        if (!problems.isEmpty()) {
            QFile::remove(temp);
            throw StorageError(K::Damaged, QStringLiteral("Bản sao lưu không vượt qua kiểm tra: %1")
                                               .arg(problems.join(QLatin1Char(' '))));
        }
    }
    QFile::remove(destPath);
    if (!QFile::rename(temp, destPath))
        throw StorageError(K::Io, QStringLiteral("Không ghi được bản sao lưu “%1”.").arg(destPath));

    BackupResult result;
    result.path = destPath;
    const EvidenceStore source(db);
    const QString destStore = EvidenceStore::storeDirFor(destPath);
    Statement ev = db.prepare(QStringLiteral("SELECT DISTINCT sha256 FROM evidence"));
    while (ev.step()) {
        const QString sha = ev.text(0);
        const QString target = destStore + QLatin1Char('/') + sha.left(2) + QLatin1Char('/') + sha;
        if (QFileInfo::exists(target)) {
            ++result.evidenceKept;
            continue;
        }
        QDir().mkpath(QFileInfo(target).absolutePath());
        if (QFile::copy(source.pathFor(sha), target))
            ++result.evidenceCopied;
    }
    return result;
}

} // namespace sochibo::storage

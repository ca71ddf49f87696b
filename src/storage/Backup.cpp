#include "Backup.h"

#include "EvidenceStore.h"
#include "Migrations.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSet>
#include <QSettings>
#include <optional>
#include <sqlite3.h>

namespace sochibo::storage {

namespace {

using K = StorageError::Kind;
constexpr auto kOwnerOnly = QFileDevice::ReadOwner | QFileDevice::WriteOwner;
constexpr auto kOwnerDir = kOwnerOnly | QFileDevice::ExeOwner;
const QString kStamp = QStringLiteral("yyyyMMdd-HHmmss");

/// A connection of its own to a file, closed on scope exit; no migrations, no checks.
class RawConnection
{
public:
    RawConnection(const QString &path, int flags)
    {
        m_rc = sqlite3_open_v2(path.toUtf8().constData(), &m_db, flags, nullptr);
        if (m_rc == SQLITE_OK)
            sqlite3_extended_result_codes(m_db, 1);
    }
    ~RawConnection() { sqlite3_close_v2(m_db); }
    RawConnection(const RawConnection &) = delete;
    RawConnection &operator=(const RawConnection &) = delete;
    sqlite3 *handle() const { return m_db; }
    int openResult() const { return m_rc; }
    /// Every row's first column of \a sql as text; \a ok false when the statement failed.
    QStringList column(const char *sql, bool *ok = nullptr) const
    {
        QStringList rows;
        sqlite3_stmt *st = nullptr;
        int rc = sqlite3_prepare_v2(m_db, sql, -1, &st, nullptr);
        if (rc == SQLITE_OK)
            while ((rc = sqlite3_step(st)) == SQLITE_ROW)
                rows << QString::fromUtf8(
                    reinterpret_cast<const char *>(sqlite3_column_text(st, 0)));
        sqlite3_finalize(st);
        if (ok)
            *ok = rc == SQLITE_DONE;
        return rows;
    }
    qint64 number(const char *sql, bool *ok = nullptr) const
    {
        const QStringList rows = column(sql, ok);
        return rows.isEmpty() ? 0 : rows.first().toLongLong();
    }

private:
    sqlite3 *m_db = nullptr;
    int m_rc = SQLITE_OK;
};

/// What is wrong with \a path as a copy of a cell's records (empty: nothing).
QString backupProblem(const QString &path)
{
    const RawConnection c(path, SQLITE_OPEN_READONLY);
    if (c.openResult() != SQLITE_OK)
        return Database::errorFor(c.handle(), c.openResult()).message();
    bool ok = false;
    const QStringList ic = c.column("PRAGMA integrity_check", &ok);
    if (!ok)
        return QStringLiteral("tệp không đọc được như một cơ sở dữ liệu");
    if (ic != QStringList{QStringLiteral("ok")})
        return QStringLiteral("kiểm tra toàn vẹn: %1").arg(ic.join(QStringLiteral("; ")));
    if (c.number("PRAGMA application_id") != Database::kApplicationId)
        return QStringLiteral("không phải dữ liệu của Sổ chi bộ");
    const qint64 version = c.number("PRAGMA user_version");
    if (version > Migrations::latestVersion())
        return QStringLiteral("được tạo bởi phiên bản chương trình mới hơn (lược đồ %1)")
            .arg(version);
    return {};
}

/// Copies every page of \a source into a fresh file at \a destPath, verified, owner-only.
void copyPages(sqlite3 *source, const QString &destPath)
{
    const QFileInfo destInfo(destPath);
    if (!QDir().mkpath(destInfo.absolutePath()))
        throw StorageError(
            K::Io, QStringLiteral("Không tạo được thư mục “%1”.").arg(destInfo.absolutePath()));
    const QString temp = destPath + QStringLiteral(".partial");
    QFile::remove(temp);
    int rc = SQLITE_OK;
    {
        const RawConnection out(temp, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE);
        rc = out.openResult();
        if (rc == SQLITE_OK) {
            QFile::setPermissions(temp, kOwnerOnly);
            sqlite3_backup *b = sqlite3_backup_init(out.handle(), "main", source, "main");
            if (!b) {
                rc = sqlite3_errcode(out.handle());
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
                rc = sqlite3_exec(out.handle(), "PRAGMA journal_mode=DELETE", nullptr, nullptr,
                                  nullptr);
        }
        if (rc != SQLITE_OK) {
            const StorageError e = Database::errorFor(out.handle(), rc);
            QFile::remove(temp);
            throw StorageError(e.kind(),
                               QStringLiteral("Sao lưu không thành công: %1").arg(e.message()), rc);
        }
    }
    const QString problem = backupProblem(temp);
    if (!problem.isEmpty()) {
        QFile::remove(temp);
        throw StorageError(K::Damaged,
                           QStringLiteral("Bản sao lưu không vượt qua kiểm tra: %1").arg(problem));
    }
    QFile::remove(destPath);
    if (!QFile::rename(temp, destPath))
        throw StorageError(K::Io, QStringLiteral("Không ghi được bản sao lưu “%1”.").arg(destPath));
}

QString fileSha256(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    QCryptographicHash h(QCryptographicHash::Sha256);
    h.addData(&f);
    return QString::fromLatin1(h.result().toHex());
}

/// Copies the evidence files \a shas from \a fromDirs (first that has it) into \a toDir
/// where missing. Returns {copied, already there}.
std::pair<int, int> copyEvidence(const QStringList &shas, const QStringList &fromDirs,
                                 const QString &toDir, bool verify)
{
    int copied = 0, kept = 0;
    for (const QString &sha : shas) {
        const QString rel = sha.left(2) + QLatin1Char('/') + sha;
        const QString target = toDir + QLatin1Char('/') + rel;
        if (QFileInfo::exists(target)) {
            ++kept;
            continue;
        }
        for (const QString &from : fromDirs) {
            const QString source = from + QLatin1Char('/') + rel;
            if (!QFileInfo::exists(source) || (verify && fileSha256(source) != sha))
                continue;
            QDir().mkpath(QFileInfo(target).absolutePath());
            QFile::setPermissions(toDir, kOwnerDir);
            if (QFile::copy(source, target)) {
                QFile::setPermissions(target, kOwnerOnly);
                ++copied;
                break;
            }
        }
    }
    return {copied, kept};
}

QStringList evidenceHashes(const RawConnection &c)
{
    return c.column("SELECT DISTINCT sha256 FROM evidence");
}

/// The backups in \a dir by name alone (no file opened), newest first.
QList<BackupInfo> backupFiles(const QString &dir, const QString &base)
{
    static const QRegularExpression re(QStringLiteral("^(\\d{8}-\\d{6})-([a-z]+)(?:-\\d+)?\\.db$"));
    QList<BackupInfo> out;
    const QFileInfoList files =
        QDir(dir).entryInfoList({base + QStringLiteral("-*.db")}, QDir::Files, QDir::Name);
    for (const QFileInfo &f : files) {
        const QRegularExpressionMatch m = re.match(f.fileName().mid(base.size() + 1));
        if (!m.hasMatch())
            continue;
        BackupInfo b;
        b.path = f.absoluteFilePath();
        b.at = QDateTime::fromString(m.captured(1), kStamp);
        b.reasonCode = m.captured(2);
        b.bytes = f.size();
        if (b.at.isValid())
            out << b;
    }
    std::sort(out.begin(), out.end(), [](const BackupInfo &a, const BackupInfo &b) {
        return a.at != b.at ? a.at > b.at : a.path > b.path;
    });
    return out;
}

/// The last time the records at \a dbPath changed on disk.
QDateTime lastChange(const QString &dbPath)
{
    QDateTime t = QFileInfo(dbPath).lastModified();
    const QFileInfo wal(dbPath + QStringLiteral("-wal"));
    if (wal.exists() && wal.size() > 0 && wal.lastModified() > t)
        t = wal.lastModified(); // an empty -wal is only a reader's; it holds no change
    return t;
}

QString newBackupPath(const QString &dir, const QString &base, BackupReason reason,
                      const QDateTime &now)
{
    const QString stem = QStringLiteral("%1/%2-%3-%4")
                             .arg(dir, base, now.toString(kStamp), backupReasonCode(reason));
    QString path = stem + QStringLiteral(".db");
    for (int n = 2; QFileInfo::exists(path); ++n)
        path = stem + QStringLiteral("-%1.db").arg(n);
    return path;
}

QString backupIntoFolder(sqlite3 *source, const QString &dbPath, BackupReason reason,
                         const QDateTime &now)
{
    const QString dir = backupsDirFor(dbPath);
    if (!QDir().mkpath(dir))
        throw StorageError(K::Io, QStringLiteral("Không tạo được thư mục sao lưu “%1”.").arg(dir));
    QFile::setPermissions(dir, kOwnerDir);
    const QString base = QFileInfo(dbPath).completeBaseName();
    const QString dest = newBackupPath(dir, base, reason, now);
    copyPages(source, dest);
    const RawConnection copy(dest, SQLITE_OPEN_READONLY);
    copyEvidence(evidenceHashes(copy), {EvidenceStore::storeDirFor(dbPath)},
                 dir + QStringLiteral("/evidence"), false);
    rotateBackups(dir, base, now.date());
    return dest;
}

} // namespace

QString backupReasonCode(BackupReason reason)
{
    switch (reason) {
    case BackupReason::Open:
        return QStringLiteral("open");
    case BackupReason::Import:
        return QStringLiteral("import");
    case BackupReason::Upgrade:
        return QStringLiteral("upgrade");
    case BackupReason::Daily:
        return QStringLiteral("daily");
    case BackupReason::Manual:
        return QStringLiteral("manual");
    case BackupReason::Restore:
        return QStringLiteral("restore");
    }
    return QStringLiteral("manual");
}

QString backupReasonLabel(const QString &code)
{
    if (code == QLatin1String("open"))
        return QStringLiteral("khi mở sổ");
    if (code == QLatin1String("import"))
        return QStringLiteral("trước khi nhập dữ liệu");
    if (code == QLatin1String("upgrade"))
        return QStringLiteral("trước khi nâng cấp");
    if (code == QLatin1String("daily"))
        return QStringLiteral("hằng ngày");
    if (code == QLatin1String("restore"))
        return QStringLiteral("trước khi khôi phục");
    return QStringLiteral("sao lưu tay");
}

QString BackupInfo::summary() const
{
    if (!readable)
        return QStringLiteral("không đọc được");
    return QStringLiteral("%1 đảng viên, %2 nhiệm vụ, %3 cuộc họp, %4 minh chứng")
        .arg(members)
        .arg(tasks)
        .arg(meetings)
        .arg(evidence);
}

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

BackupResult backupDatabase(const Database &db, const QString &destPath, const QString &evidenceDir)
{
    copyPages(db.handle(), destPath);
    BackupResult result;
    result.path = destPath;
    const RawConnection copy(destPath, SQLITE_OPEN_READONLY);
    const auto [copied, kept] = copyEvidence(
        evidenceHashes(copy), {EvidenceStore(db).storeDir()},
        evidenceDir.isEmpty() ? EvidenceStore::storeDirFor(destPath) : evidenceDir, false);
    result.evidenceCopied = copied;
    result.evidenceKept = kept;
    return result;
}

QString backupFolderSetting()
{
    return QSettings().value(QStringLiteral("backup/folder")).toString();
}

void setBackupFolderSetting(const QString &folder)
{
    QSettings settings;
    if (folder.isEmpty())
        settings.remove(QStringLiteral("backup/folder"));
    else
        settings.setValue(QStringLiteral("backup/folder"), folder);
}

QString backupsDirFor(const QString &dbPath)
{
    const QString chosen = backupFolderSetting();
    if (!chosen.isEmpty())
        return QDir(chosen).absolutePath();
    return QFileInfo(dbPath).absoluteDir().filePath(QStringLiteral("backups"));
}

QString automaticBackup(const Database &db, BackupReason reason, const QDateTime &now)
{
    if (db.path() == QLatin1String(":memory:"))
        return {};
    if (reason == BackupReason::Open || reason == BackupReason::Daily) {
        const QList<BackupInfo> existing =
            backupFiles(backupsDirFor(db.path()), QFileInfo(db.path()).completeBaseName());
        if (!existing.isEmpty()) {
            const BackupInfo &newest = existing.first();
            const bool unchanged = lastChange(db.path()) <= QFileInfo(newest.path).lastModified();
            if (unchanged || (reason == BackupReason::Daily && newest.at.date() >= now.date()))
                return {};
        }
    }
    return backupIntoFolder(db.handle(), db.path(), reason, now);
}

QList<BackupInfo> listBackups(const QString &dir, const QString &dbBaseName)
{
    QList<BackupInfo> list = backupFiles(dir, dbBaseName);
    for (BackupInfo &b : list) {
        const RawConnection c(b.path, SQLITE_OPEN_READONLY);
        if (c.openResult() != SQLITE_OK ||
            c.number("PRAGMA application_id") != Database::kApplicationId)
            continue;
        bool ok = true, each = true;
        b.members = int(c.number("SELECT count(*) FROM member", &each));
        ok = ok && each;
        b.tasks = int(c.number("SELECT count(*) FROM task", &each));
        ok = ok && each;
        b.meetings = int(c.number("SELECT count(*) FROM meeting", &each));
        ok = ok && each;
        b.evidence = int(c.number("SELECT count(*) FROM evidence", &each));
        b.readable = ok && each;
    }
    return list;
}

QList<BackupInfo> backupsToDelete(const QList<BackupInfo> &backups, const QDate &now)
{
    QList<BackupInfo> drop;
    QSet<int> monthsKept;
    for (int i = 0; i < backups.size(); ++i) {
        const QDate d = backups[i].at.date();
        const int monthsAgo = (now.year() - d.year()) * 12 + now.month() - d.month();
        const int monthKey = d.year() * 12 + d.month();
        bool keep = i < 10;
        if (monthsAgo >= 0 && monthsAgo < 24 && !monthsKept.contains(monthKey)) {
            monthsKept.insert(monthKey); // the newest of its month
            keep = true;
        }
        if (!keep)
            drop << backups[i];
    }
    return drop;
}

int rotateBackups(const QString &dir, const QString &dbBaseName, const QDate &now)
{
    int removed = 0;
    for (const BackupInfo &b : backupsToDelete(backupFiles(dir, dbBaseName), now))
        removed += QFile::remove(b.path) ? 1 : 0;
    // The shared evidence store is not pruned: it is append-only, and a file there may be
    // the only copy left of evidence detached since.
    return removed;
}

RestoreResult restoreBackup(const QString &dbPath, const QString &backupPath, const QDateTime &now)
{
    if (!QFileInfo::exists(backupPath))
        throw StorageError(K::Io,
                           QStringLiteral("Không tìm thấy bản sao lưu “%1”.").arg(backupPath));
    const QString problem = backupProblem(backupPath);
    if (!problem.isEmpty())
        throw StorageError(
            K::Damaged,
            QStringLiteral("Bản sao lưu “%1” không dùng được: %2.").arg(backupPath, problem));
    if (QFileInfo(backupPath).canonicalFilePath() == QFileInfo(dbPath).canonicalFilePath())
        throw StorageError(K::Input,
                           QStringLiteral("Bản sao lưu và sổ đang dùng là cùng một tệp."));

    RestoreResult result;
    const RawConnection source(backupPath, SQLITE_OPEN_READONLY);
    bool replacedInPlace = false;
    if (QFileInfo::exists(dbPath)) {
        std::optional<Database> current;
        try {
            current.emplace(Database::open(dbPath, Database::Mode::OpenExisting));
            if (!checkIntegrity(*current).isEmpty())
                current.reset();
        } catch (const StorageError &e) {
            if (e.kind() == K::Locked || e.kind() == K::ReadOnly)
                throw; // someone else writes it, or nobody may: restoring must wait
        }
        if (current) {
            result.safetyCopy =
                backupIntoFolder(current->handle(), dbPath, BackupReason::Restore, now);
            // Page by page into the open file, in one transaction of the destination: a crash
            // half-way leaves the file as it was.
            sqlite3_backup *b =
                sqlite3_backup_init(current->handle(), "main", source.handle(), "main");
            int rc = b ? sqlite3_backup_step(b, -1) : sqlite3_errcode(current->handle());
            if (b)
                sqlite3_backup_finish(b);
            if (rc != SQLITE_DONE)
                throw StorageError(K::Io,
                                   QStringLiteral("Khôi phục không thành công: %1")
                                       .arg(Database::errorFor(current->handle(), rc).message()));
            replacedInPlace = true;
        } else {
            // Unreadable: keep it aside untouched (someone may still rescue parts of it).
            const QString aside = dbPath + QStringLiteral(".hong-") + now.toString(kStamp);
            for (const char *suffix : {"", "-wal", "-shm"}) {
                const QString from = dbPath + QLatin1String(suffix);
                if (QFileInfo::exists(from) && !QFile::rename(from, aside + QLatin1String(suffix)))
                    throw StorageError(K::Io,
                                       QStringLiteral("Không đổi tên được tệp hỏng “%1” để khôi "
                                                      "phục; sổ chưa bị thay đổi.")
                                           .arg(from));
            }
            result.safetyCopy = aside;
        }
    }
    if (!replacedInPlace) {
        copyPages(source.handle(), dbPath);
    }
    const QFileInfo backupInfo(backupPath);
    result.evidenceRestored =
        copyEvidence(evidenceHashes(source),
                     {EvidenceStore::storeDirFor(backupPath),
                      backupInfo.absoluteDir().filePath(QStringLiteral("evidence"))},
                     EvidenceStore::storeDirFor(dbPath), true)
            .first;
    // Reopening applies any migration the backup's older schema needs (and backs it up).
    Database::open(dbPath, Database::Mode::OpenExisting);
    return result;
}

} // namespace sochibo::storage

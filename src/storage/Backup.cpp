#include "Backup.h"

#include "ColumnRules.h"
#include "EvidenceStore.h"
#include "Files.h"
#include "JsonExchange.h"
#include "Migrations.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLockFile>
#include <QRegularExpression>
#include <QSet>
#include <QSettings>
#include <algorithm>
#include <memory>
#include <optional>
#include <sqlite3.h>

namespace sochibo::storage {

namespace {

using K = StorageError::Kind;
constexpr auto kOwnerOnly = QFileDevice::ReadOwner | QFileDevice::WriteOwner;
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

/// Copies every page of \a source into a new temporary file beside \a destPath, verified,
/// owner-only; returns its name. Nothing is at \a destPath yet.
QString copyPagesToTemp(sqlite3 *source, const QString &destPath)
{
    const QFileInfo destInfo(destPath);
    if (!destInfo.absoluteDir().exists() && !files::makeOwnerOnlyDirs(destInfo.absolutePath()))
        throw StorageError(
            K::Io, QStringLiteral("Không tạo được thư mục “%1”.").arg(destInfo.absolutePath()));
    const QString temp = files::temporaryNameFor(destPath);
    const auto removeTemp = [&temp] {
        for (const char *suffix : {"", "-journal"})
            QFile::remove(temp + QLatin1String(suffix));
    };
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
            removeTemp();
            throw StorageError(e.kind(),
                               QStringLiteral("Sao lưu không thành công: %1").arg(e.message()), rc);
        }
    }
    const QString problem = backupProblem(temp);
    if (!problem.isEmpty()) {
        removeTemp();
        throw StorageError(K::Damaged,
                           QStringLiteral("Bản sao lưu không vượt qua kiểm tra: %1").arg(problem));
    }
    return temp;
}

void renameInto(const QString &temp, const QString &destPath)
{
    if (::rename(QFile::encodeName(temp).constData(), QFile::encodeName(destPath).constData()) !=
        0) {
        QFile::remove(temp);
        throw StorageError(K::Io, QStringLiteral("Không ghi được bản sao lưu “%1”.").arg(destPath));
    }
}

/// Copies every page of \a source to \a destPath (replaced only once the copy verified).
void copyPages(sqlite3 *source, const QString &destPath)
{
    renameInto(copyPagesToTemp(source, destPath), destPath);
}

/// The evidence a copy of the records names: sha256 → the size recorded for it.
QMap<QString, qint64> evidenceSizes(const RawConnection &c)
{
    QMap<QString, qint64> out;
    sqlite3_stmt *st = nullptr;
    if (sqlite3_prepare_v2(c.handle(), "SELECT sha256, max(size) FROM evidence GROUP BY sha256", -1,
                           &st, nullptr) == SQLITE_OK)
        while (sqlite3_step(st) == SQLITE_ROW)
            out.insert(
                QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(st, 0))),
                sqlite3_column_int64(st, 1));
    sqlite3_finalize(st);
    return out;
}

QString relativeEvidencePath(const QString &sha)
{
    return sha.left(2) + QLatin1Char('/') + sha;
}

/// The copy of \a sha in \a dir, if it is a regular file of \a size bytes (not hashed).
bool presentIn(const QString &dir, const QString &sha, qint64 size)
{
    const QString path = dir + QLatin1Char('/') + relativeEvidencePath(sha);
    return files::kindOf(path, false) == files::Kind::Regular && QFileInfo(path).size() == size;
}

struct EvidenceCopy
{
    int copied = 0, kept = 0;
    QStringList missing; ///< named by the records but in none of the sources (or altered there)
};

/// Copies the evidence files \a wanted from \a fromDirs (the first whose copy is a regular
/// file with the right hash) into \a toDir where missing. Each copy is hashed as it is made;
/// links, FIFOs and devices are never copied, and never read past their recorded size.
EvidenceCopy copyEvidence(const QMap<QString, qint64> &wanted, const QStringList &fromDirs,
                          const QString &toDir)
{
    EvidenceCopy result;
    for (auto it = wanted.constBegin(); it != wanted.constEnd(); ++it) {
        const QString &sha = it.key();
        if (presentIn(toDir, sha, it.value())) {
            ++result.kept;
            continue;
        }
        const QString target = toDir + QLatin1Char('/') + relativeEvidencePath(sha);
        bool done = false;
        for (const QString &from : fromDirs) {
            const QString source = from + QLatin1Char('/') + relativeEvidencePath(sha);
            if (files::kindOf(source, false) != files::Kind::Regular)
                continue;
            if (!files::makeOwnerOnlyDirs(toDir) ||
                !files::makeOwnerOnlyDirs(QFileInfo(target).path()))
                throw StorageError(
                    K::Io, QStringLiteral("Không tạo được thư mục minh chứng “%1”.").arg(toDir));
            if (files::copyRegular(source, target, it.value(),
                                   QStringLiteral("tệp minh chứng %1").arg(sha.left(12)), sha)) {
                ++result.copied;
                done = true;
                break;
            }
        }
        if (!done)
            result.missing << sha;
    }
    return result;
}

QString manifestPathFor(const QString &backupPath)
{
    return backupPath + QStringLiteral(".manifest");
}

/// What a finished backup holds, written beside it last: a backup without one was never
/// finished (or is from a version before manifests).
struct Manifest
{
    QString sha256;
    qint64 size = 0;
    QString evidenceDir; ///< relative to the backup's folder
    QMap<QString, qint64> evidence;
    QStringList missing;
    int members = 0, tasks = 0, meetings = 0, evidenceRows = 0;
};

constexpr auto kManifestFormat = "sochibo-backup-manifest";

std::optional<Manifest> readManifest(const QString &backupPath)
{
    QByteArray bytes;
    try {
        bytes = files::readRegular(manifestPathFor(backupPath), 64 * 1024 * 1024, false);
    } catch (const StorageError &) {
        return std::nullopt;
    }
    const QJsonObject o = QJsonDocument::fromJson(bytes).object();
    if (o.value(QStringLiteral("format")).toString() != QLatin1String(kManifestFormat))
        return std::nullopt;
    Manifest m;
    m.sha256 = o.value(QStringLiteral("sha256")).toString();
    m.size = qint64(o.value(QStringLiteral("size")).toDouble(-1));
    m.evidenceDir = o.value(QStringLiteral("evidenceDir")).toString();
    const QJsonObject ev = o.value(QStringLiteral("evidence")).toObject();
    for (auto it = ev.constBegin(); it != ev.constEnd(); ++it)
        m.evidence.insert(it.key(), qint64(it.value().toDouble()));
    for (const QJsonValue v : o.value(QStringLiteral("missing")).toArray())
        m.missing << v.toString();
    m.members = o.value(QStringLiteral("members")).toInt();
    m.tasks = o.value(QStringLiteral("tasks")).toInt();
    m.meetings = o.value(QStringLiteral("meetings")).toInt();
    m.evidenceRows = o.value(QStringLiteral("evidenceRows")).toInt();
    if (m.sha256.size() != 64 || m.size < 0 || m.evidenceDir.contains(QLatin1String("..")))
        return std::nullopt;
    return m;
}

/// The counts a backup list shows, read from a copy of the records; false when unreadable.
bool countRecords(const RawConnection &c, Manifest &m)
{
    bool ok = true, each = true;
    m.members = int(c.number("SELECT count(*) FROM member", &each));
    ok = ok && each;
    m.tasks = int(c.number("SELECT count(*) FROM task", &each));
    ok = ok && each;
    m.meetings = int(c.number("SELECT count(*) FROM meeting", &each));
    ok = ok && each;
    m.evidenceRows = int(c.number("SELECT count(*) FROM evidence", &each));
    return ok && each;
}

/// Finishes a backup whose verified pages are in \a temp: evidence first (copied and hashed
/// into \a evidenceDir), then the file under its name, then — last, atomically — the
/// manifest that makes it a backup the program lists and restores.
BackupResult finishBackup(const QString &temp, const QString &destPath, const QString &sourceStore,
                          const QString &evidenceDir)
{
    Manifest m;
    EvidenceCopy copy;
    {
        const RawConnection c(temp, SQLITE_OPEN_READONLY);
        countRecords(c, m);
        m.evidence = evidenceSizes(c);
        try {
            copy = copyEvidence(m.evidence, {sourceStore}, evidenceDir);
        } catch (const StorageError &) {
            QFile::remove(temp);
            throw;
        }
    }
    m.size = QFileInfo(temp).size();
    m.sha256 = files::sha256OfRegular(temp, m.size, false);
    QFile::remove(manifestPathFor(destPath)); // a replaced backup's manifest goes first
    renameInto(temp, destPath);
    QJsonObject o;
    o.insert(QStringLiteral("format"), QLatin1String(kManifestFormat));
    o.insert(QStringLiteral("version"), 1);
    o.insert(QStringLiteral("program"),
             QStringLiteral("Sổ chi bộ %1").arg(QStringLiteral(SOCHIBO_VERSION)));
    o.insert(QStringLiteral("database"), QFileInfo(destPath).fileName());
    o.insert(QStringLiteral("size"), double(m.size));
    o.insert(QStringLiteral("sha256"), m.sha256);
    o.insert(QStringLiteral("evidenceDir"),
             QFileInfo(destPath).absoluteDir().relativeFilePath(evidenceDir));
    QJsonObject ev;
    for (auto it = m.evidence.constBegin(); it != m.evidence.constEnd(); ++it)
        if (!copy.missing.contains(it.key()))
            ev.insert(it.key(), double(it.value()));
    o.insert(QStringLiteral("evidence"), ev);
    o.insert(QStringLiteral("missing"), QJsonArray::fromStringList(copy.missing));
    o.insert(QStringLiteral("members"), m.members);
    o.insert(QStringLiteral("tasks"), m.tasks);
    o.insert(QStringLiteral("meetings"), m.meetings);
    o.insert(QStringLiteral("evidenceRows"), m.evidenceRows);
    files::writeAtomically(manifestPathFor(destPath), QJsonDocument(o).toJson(),
                           QStringLiteral("bảng kê của bản sao lưu"));
    BackupResult r;
    r.path = destPath;
    r.evidenceCopied = copy.copied;
    r.evidenceKept = copy.kept;
    r.evidenceMissing = int(copy.missing.size());
    return r;
}

/// Where the evidence of a backup may be: what its manifest says, its own store
/// (BACKUP.evidence) and the shared store of its folder (evidence/).
QStringList evidenceDirsOf(const QString &backupPath, const std::optional<Manifest> &m)
{
    const QFileInfo info(backupPath);
    QStringList dirs;
    if (m && !m->evidenceDir.isEmpty())
        dirs << QDir::cleanPath(info.absoluteDir().filePath(m->evidenceDir));
    for (const QString &d : {EvidenceStore::storeDirFor(info.absoluteFilePath()),
                             info.absoluteDir().filePath(QStringLiteral("evidence"))})
        if (!dirs.contains(d))
            dirs << d;
    return dirs;
}

/// Removes what killed backups left in \a dir and its shared evidence store: temporary
/// files and their journals. Returns {files removed, bytes freed}.
std::pair<int, qint64> removeStalePartsIn(const QString &dir)
{
    int removed = 0;
    qint64 bytes = 0;
    const auto sweepFolder = [&](const QString &folder) {
        const QFileInfoList entries =
            QDir(folder).entryInfoList(QDir::Files | QDir::Hidden | QDir::System);
        for (const QFileInfo &f : entries) {
            if (!files::isStalePartName(f.fileName()))
                continue;
            const qint64 size = f.isSymLink() ? 0 : f.size();
            if (QFile::remove(f.absoluteFilePath())) {
                ++removed;
                bytes += size;
            }
        }
    };
    sweepFolder(dir);
    const QString store = QDir(dir).filePath(QStringLiteral("evidence"));
    for (const QFileInfo &shard :
         QDir(store).entryInfoList(QDir::Dirs | QDir::NoDotAndDotDot | QDir::NoSymLinks))
        sweepFolder(shard.absoluteFilePath());
    return {removed, bytes};
}

/// Held while a backup writes into a folder; a killed holder's lock is taken over (Qt checks
/// its process). Only the holder sweeps the folder's temporary files: another process's
/// backup in progress is never swept away.
std::unique_ptr<QLockFile> lockBackupsFolder(const QString &dir)
{
    const QString path = QDir(dir).filePath(QStringLiteral(".sochibo-backup.lock"));
    auto lock = std::make_unique<QLockFile>(path);
    if (!lock->tryLock(0))
        return nullptr;
    QFile::setPermissions(path, kOwnerOnly);
    return lock;
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
    if (!files::makeOwnerOnlyDirs(dir))
        throw StorageError(K::Io, QStringLiteral("Không tạo được thư mục sao lưu “%1”.").arg(dir));
    const auto folderLock = lockBackupsFolder(dir);
    if (folderLock)
        removeStalePartsIn(dir);
    const QString base = QFileInfo(dbPath).completeBaseName();
    const QString dest = newBackupPath(dir, base, reason, now);
    finishBackup(copyPagesToTemp(source, dest), dest, EvidenceStore::storeDirFor(dbPath),
                 dir + QStringLiteral("/evidence"));
    rotateBackups(dir, base, now.date());
    return dest;
}

/// Checks that \a backupPath is a complete backup: its manifest (when it has one) describes
/// this very file, and every evidence file it names is in one of its stores as a regular file
/// with the right hash. Returns sha256 → the verified file; throws, naming what is missing.
QMap<QString, QString> verifiedEvidenceOf(const QString &backupPath)
{
    const std::optional<Manifest> m = readManifest(backupPath);
    const qint64 size = QFileInfo(backupPath).size();
    if (m && (m->size != size || files::sha256OfRegular(backupPath, size, false) != m->sha256))
        throw StorageError(K::Damaged,
                           QStringLiteral("Bản sao lưu “%1” đã bị thay đổi sau khi sao lưu (không "
                                          "khớp bảng kê); sổ chưa bị thay đổi.")
                               .arg(backupPath));
    QMap<QString, qint64> wanted;
    {
        const RawConnection c(backupPath, SQLITE_OPEN_READONLY);
        wanted = evidenceSizes(c);
    }
    const QStringList dirs = evidenceDirsOf(backupPath, m);
    QMap<QString, QString> found;
    QStringList missing;
    for (auto it = wanted.constBegin(); it != wanted.constEnd(); ++it) {
        for (const QString &d : dirs) {
            const QString path = d + QLatin1Char('/') + relativeEvidencePath(it.key());
            if (files::kindOf(path, false) == files::Kind::Regular &&
                files::sha256OfRegular(path, it.value(), false) == it.key()) {
                found.insert(it.key(), path);
                break;
            }
        }
        // Evidence already missing from the cell when the backup was made is said, not
        // refused: the backup holds all there was.
        if (!found.contains(it.key()) && !(m && m->missing.contains(it.key())))
            missing << it.key();
    }
    if (!missing.isEmpty())
        throw StorageError(K::Damaged,
                           QStringLiteral("Bản sao lưu “%1” không đầy đủ: thiếu %2 tệp minh chứng "
                                          "(có lẽ việc sao lưu đã bị ngắt giữa chừng). Hãy chọn "
                                          "một bản sao lưu khác; sổ chưa bị thay đổi.")
                               .arg(backupPath)
                               .arg(missing.size()));
    return found;
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
    const QString counts = QStringLiteral("%1 đảng viên, %2 nhiệm vụ, %3 cuộc họp, %4 minh chứng")
                               .arg(members)
                               .arg(tasks)
                               .arg(meetings)
                               .arg(evidence);
    return evidenceMissing == 0
               ? counts
               : counts +
                     QStringLiteral(" (%1 tệp đã thiếu trong sổ khi sao lưu)").arg(evidenceMissing);
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
    // Values the program itself would refuse to read or write ("2026-p4-01" as a date): the
    // same rules as the import's (ColumnRules), so check and writes agree on what is damaged.
    problems << malformedValues(db, JsonExchange::tables());
    return problems;
}

void requireIntact(const Database &db)
{
    const QStringList problems = checkIntegrity(db);
    if (!problems.isEmpty())
        throw StorageError(
            StorageError::Kind::Damaged,
            QStringLiteral("Sổ “%1” bị hỏng (%2%3); không có gì được ghi. Chạy "
                           "“sochibo-cli check” để xem mọi vấn đề, rồi khôi phục "
                           "từ một bản sao lưu.")
                .arg(db.path(), problems.first(),
                     problems.size() > 1
                         ? QStringLiteral(" và %1 vấn đề khác").arg(problems.size() - 1)
                         : QString()));
}

namespace {

QString bookIdOf(const QString &path)
{
    const RawConnection c(path, SQLITE_OPEN_READONLY);
    if (c.openResult() != SQLITE_OK)
        return {};
    bool ok = false;
    const QStringList v = c.column("SELECT value FROM meta WHERE key = 'book_id'", &ok);
    return ok && !v.isEmpty() ? v.first() : QString();
}

bool isInside(const QString &path, const QString &dir)
{
    const QString d = QDir::cleanPath(dir);
    return path == d || path.startsWith(d + QLatin1Char('/'));
}

} // namespace

OutputProblem outputPathProblem(const QString &output, const QString &dbPath, bool backupOfSameBook)
{
    const QFileInfo out(output);
    // Compare real places: a link, "./" or "../" must not hide the book.
    QString outPath = QDir::cleanPath(out.absoluteFilePath());
    if (out.exists()) {
        outPath = out.canonicalFilePath();
    } else if (const QString parent = QDir(out.absolutePath()).canonicalPath(); !parent.isEmpty()) {
        outPath = QDir(parent).filePath(out.fileName());
    }
    const QFileInfo db(dbPath);
    const QString dbReal = db.exists() ? db.canonicalFilePath() : db.absoluteFilePath();
    for (const char *suffix : {"", "-wal", "-shm", "-journal", ".lock"})
        if (outPath == dbReal + QLatin1String(suffix) ||
            QDir::cleanPath(out.absoluteFilePath()) ==
                db.absoluteFilePath() + QLatin1String(suffix))
            return {QStringLiteral("“%1” là chính tệp sổ đang mở%2; ghi vào đó sẽ làm mất dữ liệu "
                                   "của chi bộ. Hãy chọn một tên khác.")
                        .arg(output, *suffix ? QStringLiteral(" (tệp đi kèm của nó)") : QString()),
                    false};
    const QString store = EvidenceStore::storeDirFor(dbPath);
    const QString storeReal =
        QFileInfo(store).exists() ? QFileInfo(store).canonicalFilePath() : store;
    if (isInside(outPath, storeReal) ||
        isInside(QDir::cleanPath(out.absoluteFilePath()), QFileInfo(store).absoluteFilePath()))
        return {QStringLiteral("“%1” nằm trong kho minh chứng của sổ; hãy lưu ở thư mục khác.")
                    .arg(output),
                false};
    const files::Kind kind = files::kindOf(output, true);
    if (kind == files::Kind::Missing)
        return {};
    if (kind != files::Kind::Regular)
        return {QStringLiteral("“%1” %2, không ghi được văn bản vào đó.")
                    .arg(output, files::kindWords(kind)),
                false};
    QFile f(output);
    QByteArray head;
    if (f.open(QIODevice::ReadOnly))
        head = f.read(4096);
    if (head.startsWith(QByteArray("SQLite format 3\0", 16))) {
        if (backupOfSameBook) {
            const QString ours = bookIdOf(dbPath);
            if (!ours.isEmpty() && ours == bookIdOf(output))
                return {}; // an earlier backup of this same book
        }
        return {QStringLiteral("“%1” đã có và là một cơ sở dữ liệu (có thể là sổ của một chi bộ "
                               "khác, hoặc bản sao lưu của sổ khác); ghi đè sẽ làm mất nó. Hãy "
                               "chọn tên khác.")
                    .arg(output)};
    }
    if (head.contains("\"sochibo-records\""))
        return {QStringLiteral("“%1” đã có và là dữ liệu xuất của một sổ chi bộ; ghi đè sẽ làm "
                               "mất nó. Hãy chọn tên khác.")
                    .arg(output)};
    return {};
}

QStringList checkBook(const Database &db)
{
    QStringList problems = checkIntegrity(db);
    for (const EvidenceProblem &p : EvidenceStore(db).verify())
        problems << p.describe();
    return problems;
}

BackupResult backupDatabase(const Database &db, const QString &destPath, const QString &evidenceDir)
{
    const QString dir = QFileInfo(destPath).absolutePath();
    const auto folderLock = QFileInfo(dir).isDir() ? lockBackupsFolder(dir) : nullptr;
    if (folderLock)
        removeStalePartsIn(dir);
    return finishBackup(copyPagesToTemp(db.handle(), destPath), destPath,
                        EvidenceStore(db).storeDir(),
                        evidenceDir.isEmpty() ? EvidenceStore::storeDirFor(destPath) : evidenceDir);
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

QDateTime newestFinishedBackup(const QString &dir, const QString &dbBaseName)
{
    for (const BackupInfo &b : backupFiles(dir, dbBaseName)) {
        const std::optional<Manifest> m = readManifest(b.path);
        if (m && m->size == b.bytes) // the same test as listBackups
            return b.at;
    }
    return {};
}

QList<BackupInfo> listBackups(const QString &dir, const QString &dbBaseName)
{
    QList<BackupInfo> list;
    for (BackupInfo b : backupFiles(dir, dbBaseName)) {
        const std::optional<Manifest> m = readManifest(b.path);
        if (m) {
            // Finished: the manifest was written last. Its file must still be the one it
            // describes (size here; the hash when it is restored).
            if (m->size != b.bytes)
                continue;
            b.members = m->members;
            b.tasks = m->tasks;
            b.meetings = m->meetings;
            b.evidence = m->evidenceRows;
            b.evidenceMissing = int(m->missing.size());
            b.readable = true;
            list << b;
            continue;
        }
        // No manifest: a backup of an earlier version, or one killed before it finished. It
        // is listed only when every evidence file it names is in place.
        const RawConnection c(b.path, SQLITE_OPEN_READONLY);
        if (c.openResult() != SQLITE_OK ||
            c.number("PRAGMA application_id") != Database::kApplicationId) {
            list << b; // shown as unreadable, never offered for a restore
            continue;
        }
        Manifest counts;
        b.readable = countRecords(c, counts);
        b.members = counts.members;
        b.tasks = counts.tasks;
        b.meetings = counts.meetings;
        b.evidence = counts.evidenceRows;
        const QStringList dirs = evidenceDirsOf(b.path, std::nullopt);
        const QMap<QString, qint64> wanted = evidenceSizes(c);
        bool complete = true;
        for (auto it = wanted.constBegin(); complete && it != wanted.constEnd(); ++it)
            complete = std::any_of(dirs.cbegin(), dirs.cend(), [&](const QString &d) {
                return presentIn(d, it.key(), it.value());
            });
        if (complete)
            list << b;
    }
    return list;
}

std::pair<int, qint64> removeStaleBackupParts(const QString &dir)
{
    const auto folderLock = lockBackupsFolder(dir);
    return folderLock ? removeStalePartsIn(dir) : std::pair<int, qint64>{0, 0};
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
        if (QFile::remove(b.path)) {
            QFile::remove(manifestPathFor(b.path));
            ++removed;
        }
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
    // Complete before anything is touched: the file is the one its manifest describes, and
    // every evidence file it names is there with the right hash.
    const QMap<QString, QString> evidenceSources = verifiedEvidenceOf(backupPath);

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
    const QString store = EvidenceStore::storeDirFor(dbPath);
    const QMap<QString, qint64> wanted = evidenceSizes(source);
    for (auto it = evidenceSources.constBegin(); it != evidenceSources.constEnd(); ++it) {
        const QString target = store + QLatin1Char('/') + relativeEvidencePath(it.key());
        if (presentIn(store, it.key(), wanted.value(it.key())))
            continue;
        if (!files::makeOwnerOnlyDirs(store) || !files::makeOwnerOnlyDirs(QFileInfo(target).path()))
            throw StorageError(
                K::Io, QStringLiteral("Không tạo được thư mục minh chứng “%1”.").arg(store));
        if (files::copyRegular(it.value(), target, wanted.value(it.key()),
                               QStringLiteral("tệp minh chứng %1").arg(it.key().left(12)),
                               it.key()))
            ++result.evidenceRestored;
    }
    // Reopening applies any migration the backup's older schema needs (and backs it up).
    Database::open(dbPath, Database::Mode::OpenExisting);
    return result;
}

} // namespace sochibo::storage

#include "Database.h"

#include "Backup.h"
#include "EvidenceStore.h"
#include "Files.h"
#include "Migrations.h"
#include "SqlTextFunctions.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QLockFile>
#include <QThread>
#include <QUrl>
#include <cstdio>
#include <sqlite3.h>

namespace sochibo::storage {

using namespace Qt::StringLiterals;

namespace {

QString sqliteMessage(sqlite3 *db)
{
    return db ? QString::fromUtf8(sqlite3_errmsg(db)) : QString();
}

} // namespace

StorageError Database::errorFor(sqlite3 *db, int rc)
{
    using K = StorageError::Kind;
    const QString detail = sqliteMessage(db);
    switch (rc & 0xff) {
    case SQLITE_CONSTRAINT:
        if (rc == SQLITE_CONSTRAINT_FOREIGNKEY)
            return {K::Constraint,
                    QStringLiteral("Không thực hiện được: bản ghi này đang được bản ghi khác tham "
                                   "chiếu (foreign key)."),
                    rc};
        if (rc == SQLITE_CONSTRAINT_UNIQUE || rc == SQLITE_CONSTRAINT_PRIMARYKEY)
            return {
                K::Constraint,
                QStringLiteral("Không thực hiện được: đã có một bản ghi trùng (%1).").arg(detail),
                rc};
        return {K::Constraint,
                QStringLiteral("Dữ liệu không hợp lệ, thay đổi không được lưu (%1).").arg(detail),
                rc};
    case SQLITE_FULL:
        return {K::Io, QStringLiteral("Ổ đĩa đã đầy: thay đổi không được lưu (disk full)."), rc};
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
        return {K::Io,
                QStringLiteral("Tệp dữ liệu đang được một chương trình khác sử dụng; thay đổi chưa "
                               "được lưu, hãy thử lại (database is locked)."),
                rc};
    case SQLITE_READONLY:
        return {
            K::ReadOnly,
            QStringLiteral("Cơ sở dữ liệu đang mở ở chế độ chỉ đọc: không thể sửa (read-only)."),
            rc};
    case SQLITE_NOTADB:
        return {K::NotDatabase,
                QStringLiteral("Tệp không phải là cơ sở dữ liệu của Sổ chi bộ (not a database)."),
                rc};
    case SQLITE_CORRUPT:
        return {K::Damaged,
                QStringLiteral("Tệp dữ liệu bị hỏng (database disk image is malformed)."), rc};
    case SQLITE_CANTOPEN:
        return {K::Io, QStringLiteral("Không mở được tệp dữ liệu (cannot open file)."), rc};
    case SQLITE_IOERR:
        // A full disk often reaches us as an I/O error (the -shm or -wal could not grow):
        // the operating system's own error says which it was.
        if (db && files::isDiskFull(sqlite3_system_errno(db)))
            return {K::Io,
                    QStringLiteral("Ổ đĩa đã đầy: thay đổi không được lưu, hãy giải phóng chỗ "
                                   "trống rồi thử lại (disk full)."),
                    SQLITE_FULL};
        return {
            K::Io,
            QStringLiteral("Lỗi đọc/ghi đĩa: thay đổi không được lưu (I/O error: %1).").arg(detail),
            rc};
    default:
        return {K::Other, QStringLiteral("Lỗi cơ sở dữ liệu: %1.").arg(detail), rc};
    }
}

Database::Database(sqlite3 *db, QString path, bool readOnly)
    : m_db(db), m_path(std::move(path)), m_readOnly(readOnly)
{
}

Database::Database(Database &&other) noexcept
    : m_cache(std::move(other.m_cache)), m_lock(std::move(other.m_lock)), m_db(other.m_db),
      m_path(std::move(other.m_path)), m_readOnly(other.m_readOnly)
{
    other.m_db = nullptr;
}

Database &Database::operator=(Database &&other) noexcept
{
    if (this != &other) {
        close();
        m_cache = std::move(other.m_cache);
        m_lock = std::move(other.m_lock);
        m_db = other.m_db;
        m_path = std::move(other.m_path);
        m_readOnly = other.m_readOnly;
        other.m_db = nullptr;
    }
    return *this;
}

Database::~Database()
{
    close();
}

void Database::close()
{
    m_cache.reset(); // cached statements are finalised before the connection closes
    sqlite3_close_v2(m_db);
    m_db = nullptr;
    m_lock.reset(); // the writer lock goes only once the file is closed
}

namespace {

constexpr auto kOwnerOnly = QFileDevice::ReadOwner | QFileDevice::WriteOwner;

/// A lock file that names nobody (its writer was killed between creating and filling it)
/// and that no live process holds: Qt's lock keeps an flock() on the file for as long as its
/// owner lives, so a file nobody holds is an orphan. Checked twice, 100 ms apart, so that a
/// writer caught between creating the file and locking it is not taken for dead.
bool orphanedLockFile(const QString &lockPath)
{
    const auto heldByAnyone = [&lockPath] {
        return files::lockHeldByAnyone(lockPath);
    };
    if (heldByAnyone())
        return false;
    QThread::msleep(100);
    QLockFile probe(lockPath);
    qint64 pid = 0;
    QString host, app;
    return !heldByAnyone() && !probe.getLockInfo(&pid, &host, &app);
}

/// Takes the writer lock of \a path, or says who holds it.
std::unique_ptr<QLockFile> takeWriterLock(const QString &path)
{
    using K = StorageError::Kind;
    auto lock = std::make_unique<QLockFile>(path + QStringLiteral(".lock"));
    // No age limit: a lock from another PC stays until that PC lets go. A lock left by a
    // process of this PC that died (power cut, crash) is recognised by its process id.
    lock->setStaleLockTime(0);
    const auto ownerOnly = [&path](std::unique_ptr<QLockFile> l) {
        // It names this PC and process: nobody else's business.
        QFile::setPermissions(path + ".lock"_L1, kOwnerOnly);
        return l;
    };
    if (lock->tryLock(0))
        return ownerOnly(std::move(lock));
    if (lock->error() == QLockFile::LockFailedError) {
        qint64 pid = 0;
        QString host, app;
        if (!lock->getLockInfo(&pid, &host, &app) && orphanedLockFile(path + ".lock"_L1)) {
            lock->removeStaleLockFile();
            if (lock->tryLock(0))
                return ownerOnly(std::move(lock));
            lock->getLockInfo(&pid, &host, &app);
        }
        throw StorageError(K::Locked,
                           QStringLiteral("Sổ “%1” đang được mở để ghi ở máy “%2” (chương trình "
                                          "%3, tiến trình %4). Hai nơi cùng ghi một sổ sẽ làm "
                                          "hỏng dữ liệu: hãy đóng sổ ở nơi đó, hoặc mở sổ ở chế "
                                          "độ chỉ đọc.")
                               .arg(path, host.isEmpty() ? QStringLiteral("?") : host,
                                    app.isEmpty() ? QStringLiteral("?") : app)
                               .arg(pid));
    }
    // Qt does not say why it could not write the lock: a probe of the same folder does (a
    // full disk is not a read-only folder, and the user must be told which it is).
    QString why = QStringLiteral("thư mục chỉ đọc");
    const QString probe = QFileInfo(path).absoluteDir().filePath(".sochibo-probe"_L1);
    try {
        files::writeAtomically(probe, QByteArray(64, ' '), QStringLiteral("tệp thử"));
        QFile::remove(probe);
    } catch (const StorageError &e) {
        if (e.code() == SQLITE_FULL)
            why = QStringLiteral("ổ đĩa đã đầy");
    }
    throw StorageError(K::ReadOnly, QStringLiteral("Không tạo được tệp khoá “%1.lock”: %2. Sổ "
                                                   "chỉ có thể mở để xem; chưa có gì được ghi.")
                                        .arg(path, why));
}

} // namespace

int Database::fileSchemaVersion(const QString &path)
{
    if (files::kindOf(path, true) != files::Kind::Regular)
        return -1;
    sqlite3 *raw = nullptr;
    int version = -1;
    if (sqlite3_open_v2(path.toUtf8().constData(), &raw, SQLITE_OPEN_READONLY, nullptr) ==
        SQLITE_OK) {
        sqlite3_stmt *st = nullptr;
        if (sqlite3_prepare_v2(raw, "PRAGMA user_version", -1, &st, nullptr) == SQLITE_OK &&
            sqlite3_step(st) == SQLITE_ROW)
            version = sqlite3_column_int(st, 0);
        sqlite3_finalize(st);
    }
    sqlite3_close(raw);
    return version;
}

QString Database::writeBlocker(const QString &path)
{
    const QFileInfo info(path);
    const QFileInfo folder(info.absolutePath());
    // Permission bits, not access(): an administrator account passes access() on any file,
    // but a file someone marked read-only should still be treated as read-only.
    if (info.exists() && (!(info.permissions() & QFileDevice::WriteOwner) || !info.isWritable()))
        return QStringLiteral("tệp “%1” chỉ cho phép đọc").arg(path);
    if (!(folder.permissions() & QFileDevice::WriteOwner) || !folder.isWritable())
        return QStringLiteral("thư mục “%1” chỉ cho phép đọc").arg(folder.absoluteFilePath());
    return {};
}

bool Database::othersCanRead(const QString &path)
{
    return !filesOthersCanRead(path).isEmpty();
}

namespace {

/// Every file and folder that holds this book's personal data: the file, its -wal, -shm and
/// lock, its evidence store, and its backups (with their manifests and evidence store).
/// Links are never followed: a link in a store is not ours to change.
QStringList personalDataPaths(const QString &path)
{
    QStringList out;
    const auto addIfThere = [&out](const QString &p) {
        const files::Kind k = files::kindOf(p, false);
        if (k == files::Kind::Regular || k == files::Kind::Directory)
            out << p;
    };
    const auto addTree = [&](const QString &dir) {
        if (files::kindOf(dir, false) != files::Kind::Directory)
            return;
        out << dir;
        QDirIterator it(dir, QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden | QDir::System,
                        QDirIterator::Subdirectories);
        while (it.hasNext())
            addIfThere(it.next());
    };
    for (const char *suffix : {"", "-wal", "-shm", ".lock"})
        addIfThere(path + QLatin1String(suffix));
    addTree(EvidenceStore::storeDirFor(path));
    const QString backups = backupsDirFor(path);
    if (files::kindOf(backups, false) == files::Kind::Directory) {
        out << backups;
        const QString base = QFileInfo(path).completeBaseName();
        for (const QFileInfo &f :
             QDir(backups).entryInfoList({base + QStringLiteral("-*")}, QDir::Files | QDir::Hidden))
            addIfThere(f.absoluteFilePath());
        addTree(QDir(backups).filePath(QStringLiteral("evidence")));
    }
    return out;
}

bool othersMayRead(const QString &p)
{
    return QFileInfo(p).permissions() & (QFileDevice::ReadGroup | QFileDevice::ReadOther);
}

} // namespace

QStringList Database::filesOthersCanRead(const QString &path)
{
    QStringList out;
    for (const QString &p : personalDataPaths(path))
        if (othersMayRead(p))
            out << p;
    return out;
}

bool Database::restrictPermissions(const QString &path)
{
    bool ok = true;
    for (const QString &p : personalDataPaths(path)) {
        const bool dir = files::kindOf(p, false) == files::Kind::Directory;
        ok = QFile::setPermissions(p, dir ? kOwnerOnly | QFileDevice::ExeOwner : kOwnerOnly) && ok;
    }
    return ok;
}

Database Database::open(const QString &path, Mode mode)
{
    using K = StorageError::Kind;
    const QFileInfo info(path);
    const bool exists = info.exists();
    if (!exists && mode != Mode::Create)
        throw StorageError(
            K::Io, QStringLiteral("Không tìm thấy tệp dữ liệu “%1” (file not found).").arg(path));
    if (exists && info.isDir())
        throw StorageError(
            K::Io, QStringLiteral("“%1” là một thư mục, không phải tệp dữ liệu.").arg(path));
    // A FIFO or a device (a link to /dev/zero) would make the first read wait or never end.
    if (const files::Kind kind = files::kindOf(path, true); exists && kind != files::Kind::Regular)
        throw StorageError(K::Io, QStringLiteral("“%1” %2, không phải tệp dữ liệu của Sổ chi bộ.")
                                      .arg(path, files::kindWords(kind)));
    if (exists && info.size() > 0) {
        QFile f(path);
        if (!f.open(QIODevice::ReadOnly))
            throw StorageError(
                K::Io, QStringLiteral("Không đọc được tệp “%1” (%2).").arg(path, f.errorString()));
        const QByteArray header = f.read(16);
        if (header != QByteArray("SQLite format 3\0", 16))
            throw StorageError(K::NotDatabase,
                               QStringLiteral("Tệp “%1” không phải là cơ sở dữ liệu của Sổ chi bộ "
                                              "(not an SQLite database).")
                                   .arg(path));
    }

    std::unique_ptr<QLockFile> lock;
    if (mode != Mode::ReadOnly) {
        const QString blocker = writeBlocker(path);
        if (!blocker.isEmpty())
            throw StorageError(K::ReadOnly,
                               QStringLiteral("Không ghi được vào sổ: %1. Sổ chỉ có thể mở để xem "
                                              "(chế độ chỉ đọc).")
                                   .arg(blocker));
        lock = takeWriterLock(path);
    }

    int flags = SQLITE_OPEN_FULLMUTEX | SQLITE_OPEN_URI;
    flags |= mode == Mode::ReadOnly
                 ? SQLITE_OPEN_READONLY
                 : (SQLITE_OPEN_READWRITE | (mode == Mode::Create ? SQLITE_OPEN_CREATE : 0));
    sqlite3 *raw = nullptr;
    int rc = sqlite3_open_v2(path.toUtf8().constData(), &raw, flags, nullptr);
    if (rc == SQLITE_OK && mode == Mode::ReadOnly && !writeBlocker(path).isEmpty() &&
        sqlite3_exec(raw, "SELECT 1 FROM sqlite_master LIMIT 1", nullptr, nullptr, nullptr) ==
            SQLITE_CANTOPEN) {
        // A WAL-mode file in a read-only folder: SQLite cannot make its -shm there. Nobody can
        // write the folder either, so reading the file as unchanging is safe.
        sqlite3_close_v2(raw);
        raw = nullptr;
        const QByteArray uri = QUrl::fromLocalFile(info.absoluteFilePath()).toEncoded() +
                               QByteArrayLiteral("?immutable=1");
        rc = sqlite3_open_v2(uri.constData(), &raw, flags, nullptr);
    }
    if (rc != SQLITE_OK) {
        StorageError e = errorFor(raw, rc);
        sqlite3_close_v2(raw);
        throw e;
    }
    if (!exists)
        QFile::setPermissions(path, kOwnerOnly); // personal data: the owner's alone
    sqlite3_extended_result_codes(raw, 1);
    Database db(raw, path, mode == Mode::ReadOnly);
    db.m_lock = std::move(lock);
    db.configure(mode);
    if (mode != Mode::ReadOnly) // we are the writer: what a killed one left is ours to sweep
        EvidenceStore::removeStaleParts(EvidenceStore::storeDirFor(path));
    return db;
}

Database Database::openInMemory()
{
    sqlite3 *raw = nullptr;
    sqlite3_open_v2(":memory:", &raw, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, nullptr);
    sqlite3_extended_result_codes(raw, 1);
    Database db(raw, QStringLiteral(":memory:"), false);
    db.configure(Mode::Create);
    return db;
}

namespace {

// SOCHIBO_SQL_PROFILE=MS prints every statement slower than MS milliseconds to stderr: the
// tool for finding a missing index (docs/performance.md).
int profileStatement(unsigned, void *thresholdNs, void *stmt, void *ns)
{
    const auto elapsed = *static_cast<sqlite3_int64 *>(ns);
    if (elapsed >= *static_cast<sqlite3_int64 *>(thresholdNs)) {
        char *sql = sqlite3_expanded_sql(static_cast<sqlite3_stmt *>(stmt));
        fprintf(stderr, "[sql %.2f ms] %s\n", double(elapsed) / 1e6, sql ? sql : "?");
        sqlite3_free(sql);
    }
    return 0;
}

} // namespace

void Database::configure(Mode mode)
{
    using K = StorageError::Kind;
    sqlite3_busy_timeout(m_db, 3000);
    if (qEnvironmentVariableIsSet("SOCHIBO_SQL_PROFILE")) {
        static sqlite3_int64 thresholdNs =
            sqlite3_int64(qEnvironmentVariable("SOCHIBO_SQL_PROFILE").toDouble() * 1e6);
        sqlite3_trace_v2(m_db, SQLITE_TRACE_PROFILE, profileStatement, &thresholdNs);
    }
    registerTextFunctions(m_db);
    exec(QStringLiteral("PRAGMA foreign_keys = ON"));

    // Reading the schema touches the file for the first time: a damaged or foreign file
    // shows here.
    int version = 0;
    qint64 appId = 0, objects = 0;
    try {
        version = schemaVersion();
        appId = scalar(QStringLiteral("PRAGMA application_id")).toLongLong();
        objects = scalar(QStringLiteral("SELECT count(*) FROM sqlite_master")).toLongLong();
    } catch (const StorageError &e) {
        if (e.kind() == K::NotDatabase || e.kind() == K::Damaged)
            throw StorageError(e.kind(),
                               QStringLiteral("Tệp “%1” bị hỏng hoặc không phải dữ liệu của Sổ chi "
                                              "bộ: %2")
                                   .arg(m_path, e.message()),
                               e.code());
        throw;
    }
    if (objects > 0 && appId != kApplicationId)
        throw StorageError(K::NotDatabase,
                           QStringLiteral("Tệp “%1” là cơ sở dữ liệu của một chương trình khác, "
                                          "không phải của Sổ chi bộ (foreign SQLite database).")
                               .arg(m_path));
    if (version > Migrations::latestVersion())
        throw StorageError(K::NewerSchema,
                           QStringLiteral("Tệp “%1” được tạo bởi phiên bản Sổ chi bộ mới hơn (lược "
                                          "đồ %2, chương trình này biết đến %3). Hãy cập nhật "
                                          "chương trình (newer schema).")
                               .arg(m_path)
                               .arg(version)
                               .arg(Migrations::latestVersion()));
    QFile header(m_path);
    const bool walHeader =
        objects == 0 && header.open(QIODevice::ReadOnly) && header.read(20).mid(18, 2) == "\2\2";
    if (objects == 0 && (mode != Mode::Create || walHeader)) {
        // Never a silent empty database in place of the records the user expects.
        const QString lostWal =
            walHeader && QFileInfo(m_path + QStringLiteral("-wal")).size() == 0
                ? QStringLiteral(" Tệp đang ở chế độ WAL mà không có tệp “%1-wal” đi kèm: "
                                 "có lẽ tệp -wal đã bị mất hoặc không được chép cùng (lost WAL).")
                      .arg(QFileInfo(m_path).fileName())
                : QString();
        throw StorageError(K::Damaged,
                           QStringLiteral("Tệp “%1” không chứa dữ liệu nào của Sổ chi bộ (tệp "
                                          "trống).%2")
                               .arg(m_path, lostWal));
    }
    if (m_path != QLatin1String(":memory:") && objects > 0) {
        // A cheap structural check before anything is written: a truncated file or a zeroed
        // page is refused here rather than found half-way through an edit.
        QString problem;
        try {
            Statement qc = prepare(QStringLiteral("PRAGMA quick_check(3)"));
            while (qc.step()) {
                const QString line = qc.text(0).remove(QStringLiteral("*** in database main ***"));
                if (line != QLatin1String("ok"))
                    problem +=
                        (problem.isEmpty() ? QString() : QStringLiteral("; ")) + line.simplified();
            }
        } catch (const StorageError &e) {
            problem = e.message();
        }
        if (!problem.isEmpty())
            throw StorageError(K::Damaged,
                               QStringLiteral("Tệp “%1” bị hỏng: một phần dữ liệu không đọc "
                                              "được (database disk image is malformed: %2).")
                                   .arg(m_path, problem));
    }
    if (m_readOnly) {
        if (version < Migrations::latestVersion())
            throw StorageError(
                K::ReadOnly,
                QStringLiteral("Tệp “%1” cần được nâng cấp nhưng đang mở chỉ đọc.").arg(m_path));
        exec(QStringLiteral("PRAGMA query_only = ON"));
        return;
    }
    exec(QStringLiteral("PRAGMA synchronous = FULL"));
    if (version < Migrations::latestVersion()) {
        if (version > 0) // records exist: keep them as they were before the upgrade
            automaticBackup(*this, BackupReason::Upgrade);
        Migrations::apply(*this);
    }
    // The book's identity: a copy made of it (a backup) carries the same one, so that a
    // backup may replace an older backup of this book but never another cell's book.
    exec(QStringLiteral("INSERT OR IGNORE INTO meta(key, value) "
                        "VALUES('book_id', lower(hex(randomblob(16))))"));
    // WAL only once the schema is in: a new file killed half-way through its creation is
    // rolled back by SQLite's journal to an empty, non-WAL file that is simply created again,
    // while an empty file in WAL mode can only be one whose -wal was lost.
    if (m_path != QLatin1String(":memory:"))
        exec(QStringLiteral("PRAGMA journal_mode = WAL"));
}

int Database::schemaVersion() const
{
    return int(scalar(QStringLiteral("PRAGMA user_version")).toLongLong());
}

void Database::exec(const QString &sql) const
{
    char *err = nullptr;
    const int rc = sqlite3_exec(m_db, sql.toUtf8().constData(), nullptr, nullptr, &err);
    sqlite3_free(err);
    if (rc != SQLITE_OK)
        throw errorFor(m_db, sqlite3_extended_errcode(m_db));
}

QVariant Database::scalar(const QString &sql) const
{
    Statement st = prepare(sql);
    return st.step() ? st.value(0) : QVariant();
}

qint64 Database::lastInsertId() const
{
    return sqlite3_last_insert_rowid(m_db);
}

int Database::changes() const
{
    return sqlite3_changes(m_db);
}

void Database::setActor(const QString &actor) const
{
    if (m_readOnly || actor == this->actor())
        return;
    prepare(QStringLiteral("INSERT INTO meta(key, value) VALUES('actor', ?1) "
                           "ON CONFLICT(key) DO UPDATE SET value = excluded.value"))
        .bind(1, actor)
        .exec();
}

QString Database::actor() const
{
    Statement st = prepare(QStringLiteral("SELECT value FROM meta WHERE key = 'actor'"));
    return st.step() ? st.text(0) : QString();
}

} // namespace sochibo::storage

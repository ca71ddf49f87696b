#include "Database.h"

#include "Migrations.h"
#include "SqlTextFunctions.h"

#include <QFile>
#include <QFileInfo>
#include <cstdio>
#include <sqlite3.h>

namespace sochibo::storage {

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
    : m_cache(std::move(other.m_cache)), m_db(other.m_db), m_path(std::move(other.m_path)),
      m_readOnly(other.m_readOnly)
{
    other.m_db = nullptr;
}

Database &Database::operator=(Database &&other) noexcept
{
    if (this != &other) {
        close();
        m_cache = std::move(other.m_cache);
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

    int flags = SQLITE_OPEN_FULLMUTEX | SQLITE_OPEN_URI;
    flags |= mode == Mode::ReadOnly
                 ? SQLITE_OPEN_READONLY
                 : (SQLITE_OPEN_READWRITE | (mode == Mode::Create ? SQLITE_OPEN_CREATE : 0));
    sqlite3 *raw = nullptr;
    const int rc = sqlite3_open_v2(path.toUtf8().constData(), &raw, flags, nullptr);
    if (rc != SQLITE_OK) {
        StorageError e = errorFor(raw, rc);
        sqlite3_close_v2(raw);
        throw e;
    }
    sqlite3_extended_result_codes(raw, 1);
    Database db(raw, path, mode == Mode::ReadOnly);
    db.configure();
    return db;
}

Database Database::openInMemory()
{
    sqlite3 *raw = nullptr;
    sqlite3_open_v2(":memory:", &raw, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, nullptr);
    sqlite3_extended_result_codes(raw, 1);
    Database db(raw, QStringLiteral(":memory:"), false);
    db.configure();
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

void Database::configure()
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
    if (m_readOnly) {
        if (version < Migrations::latestVersion())
            throw StorageError(
                K::ReadOnly,
                QStringLiteral("Tệp “%1” cần được nâng cấp nhưng đang mở chỉ đọc.").arg(m_path));
        exec(QStringLiteral("PRAGMA query_only = ON"));
        return;
    }
    if (m_path != QLatin1String(":memory:"))
        exec(QStringLiteral("PRAGMA journal_mode = WAL"));
    exec(QStringLiteral("PRAGMA synchronous = FULL"));
    if (version < Migrations::latestVersion()) {
        Migrations::apply(*this);
        exec(QStringLiteral("PRAGMA application_id = %1").arg(kApplicationId));
    }
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

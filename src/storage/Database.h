#pragma once
#include "Statement.h"
#include "StorageError.h"
#include <memory>

#include <QString>

class QLockFile;
struct sqlite3;

namespace sochibo::storage {

/// One connection to a cell's records (RAII around sqlite3*). Opening sets foreign_keys=ON,
/// WAL, synchronous=FULL, registers the Vietnamese collations and vi_fold(), checks that the
/// file is ours and not newer than this program, and applies pending migrations.
class Database
{
public:
    enum class Mode {
        OpenExisting, ///< the file must exist and be a cell's records; we become its writer
        Create,       ///< create the file if missing (it must then be empty or ours)
        ReadOnly,     ///< open existing, refuse every write, take no writer lock
    };

    /// 'SCHB': marks the file as ours in the SQLite header (PRAGMA application_id).
    static constexpr int kApplicationId = 0x53434842;

    /// Opens \a path. The write modes take the writer lock (“FILE.lock” beside it, naming
    /// the PC and process) and refuse with Kind::Locked while another instance holds it, and
    /// with Kind::ReadOnly when the file or its folder is read-only: the caller may then open
    /// with Mode::ReadOnly. Damaged, foreign, empty and newer files are refused with a message
    /// naming the problem, before anything is written to them.
    static Database open(const QString &path, Mode mode = Mode::OpenExisting);
    /// A database in memory with the current schema (tests, previews).
    static Database openInMemory();

    Database(Database &&other) noexcept;
    Database &operator=(Database &&other) noexcept;
    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    sqlite3 *handle() const { return m_db; }
    QString path() const { return m_path; }
    bool isReadOnly() const { return m_readOnly; }
    int schemaVersion() const;

    /// A statement from the connection's cache (prepared once, reused).
    Statement prepare(const QString &sql) const { return Statement(m_db, sql, m_cache.get()); }
    /// Runs one or more statements without results.
    void exec(const QString &sql) const;
    /// First column of the first row, or a null QVariant.
    QVariant scalar(const QString &sql) const;
    qint64 lastInsertId() const;
    int changes() const;

    /// Who the change log names for the following writes.
    void setActor(const QString &actor) const;
    QString actor() const;

    /// Why this program may not write \a path (empty when it may): the file's owner-write
    /// permission is off, or its folder cannot take new files (SQLite's -wal beside it).
    static QString writeBlocker(const QString &path);
    /// The schema version written in the file at \a path (SQLite's user_version), read without
    /// opening it as a book; -1 when it is not an SQLite file that can be read.
    static int fileSchemaVersion(const QString &path);
    /// The files and folders of the book at \a path that its group or others may read
    /// (POSIX permission bits): the file, its -wal/-shm/lock, its evidence store, its backups
    /// with their manifests and evidence.
    static QStringList filesOthersCanRead(const QString &path);
    /// True when filesOthersCanRead() names any.
    static bool othersCanRead(const QString &path);
    /// Makes every one of those readable by the owner only (folders 0700, files 0600).
    static bool restrictPermissions(const QString &path);

    /// The error the user sees for an SQLite result code, worded in Vietnamese.
    static StorageError errorFor(sqlite3 *db, int rc);

private:
    Database(sqlite3 *db, QString path, bool readOnly);
    void configure(Mode mode);
    void close();
    std::unique_ptr<StatementCache> m_cache = std::make_unique<StatementCache>();
    std::unique_ptr<QLockFile> m_lock; ///< held while this connection may write
    sqlite3 *m_db = nullptr;
    QString m_path;
    bool m_readOnly = false;
};

} // namespace sochibo::storage

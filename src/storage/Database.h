#pragma once
#include "Statement.h"
#include "StorageError.h"
#include <memory>

#include <QString>

struct sqlite3;

namespace sochibo::storage {

/// One connection to a cell's records (RAII around sqlite3*). Opening sets foreign_keys=ON,
/// WAL, synchronous=FULL, registers the Vietnamese collations and vi_fold(), checks that the
/// file is ours and not newer than this program, and applies pending migrations.
class Database
{
public:
    enum class Mode {
        OpenExisting, ///< the file must exist and be a cell's records
        Create,       ///< create the file if missing (it must then be empty or ours)
        ReadOnly,     ///< open existing, refuse every write
    };

    /// 'SCHB': marks the file as ours in the SQLite header (PRAGMA application_id).
    static constexpr int kApplicationId = 0x53434842;

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

    /// The error the user sees for an SQLite result code, worded in Vietnamese.
    static StorageError errorFor(sqlite3 *db, int rc);

private:
    Database(sqlite3 *db, QString path, bool readOnly);
    void configure();
    void close();
    std::unique_ptr<StatementCache> m_cache = std::make_unique<StatementCache>();
    sqlite3 *m_db = nullptr;
    QString m_path;
    bool m_readOnly = false;
};

} // namespace sochibo::storage

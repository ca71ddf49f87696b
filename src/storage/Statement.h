#pragma once
#include <QDate>
#include <QHash>
#include <QString>
#include <QVariant>
#include <optional>

struct sqlite3;
struct sqlite3_stmt;

namespace sochibo::storage {

/// Prepared statements kept for reuse on one connection: parsing SQL costs more than running
/// most of our queries. A statement in use is taken out; a finished one is reset and put back.
class StatementCache
{
public:
    StatementCache() = default;
    ~StatementCache();
    StatementCache(const StatementCache &) = delete;
    StatementCache &operator=(const StatementCache &) = delete;

    sqlite3_stmt *take(const QString &sql);
    void give(const QString &sql, sqlite3_stmt *stmt);

private:
    QHash<QString, sqlite3_stmt *> m_idle;
};

/// A prepared statement. Parameters are 1-based; every text is NFC-normalised on bind, so all
/// text written through the storage layer is NFC. Column getters are 0-based.
class Statement
{
public:
    /// With a \a cache, the statement comes from it when one is idle and returns to it.
    Statement(sqlite3 *db, const QString &sql, StatementCache *cache = nullptr);
    ~Statement();
    Statement(const Statement &) = delete;
    Statement &operator=(const Statement &) = delete;
    Statement(Statement &&other) noexcept;

    Statement &bind(int index, const QString &value);
    Statement &bind(int index, const char *value) { return bind(index, QString::fromUtf8(value)); }
    Statement &bind(int index, qint64 value);
    Statement &bind(int index, int value) { return bind(index, qint64(value)); }
    Statement &bind(int index, double value);
    Statement &bind(int index, bool value) { return bind(index, qint64(value ? 1 : 0)); }
    /// An invalid date binds NULL; a valid one "yyyy-MM-dd".
    Statement &bind(int index, const QDate &value);
    /// 0 or less binds NULL: ids start at 1.
    Statement &bindId(int index, qint64 id);
    Statement &bindNull(int index);
    /// Bytes as a BLOB (an empty array binds NULL).
    Statement &bindBlob(int index, const QByteArray &bytes);
    Statement &bind(int index, const QVariant &value);
    template <typename T> Statement &bind(int index, const std::optional<T> &v)
    {
        return v ? bind(index, *v) : bindNull(index);
    }

    /// Advances; true while a row is available.
    bool step();
    /// Runs to completion (for statements that return no rows).
    void exec();
    void reset();

    int columnCount() const;
    QString columnName(int col) const;
    bool isNull(int col) const;
    QString text(int col) const;
    qint64 integer(int col) const;
    double real(int col) const;
    QByteArray blob(int col) const;
    QDate date(int col) const;
    /// 0 for NULL.
    qint64 id(int col) const { return isNull(col) ? 0 : integer(col); }
    QVariant value(int col) const;

private:
    [[noreturn]] void fail(int rc) const;
    sqlite3 *m_db;
    sqlite3_stmt *m_stmt = nullptr;
    StatementCache *m_cache = nullptr;
    QString m_sql; ///< the cache key (only with a cache)
};

} // namespace sochibo::storage

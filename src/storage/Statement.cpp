#include "Statement.h"

#include "Database.h"
#include "StorageError.h"
#include "text/Normalization.h"

#include <sqlite3.h>

namespace sochibo::storage {

StatementCache::~StatementCache()
{
    for (sqlite3_stmt *stmt : std::as_const(m_idle))
        sqlite3_finalize(stmt);
}

sqlite3_stmt *StatementCache::take(const QString &sql)
{
    return m_idle.take(sql);
}

void StatementCache::give(const QString &sql, sqlite3_stmt *stmt)
{
    sqlite3_reset(stmt);
    sqlite3_clear_bindings(stmt);
    if (m_idle.contains(sql)) // the same query was in use twice at once
        sqlite3_finalize(stmt);
    else
        m_idle.insert(sql, stmt);
}

Statement::Statement(sqlite3 *db, const QString &sql, StatementCache *cache)
    : m_db(db), m_cache(cache)
{
    if (m_cache) {
        m_sql = sql;
        m_stmt = m_cache->take(sql);
        if (m_stmt)
            return;
    }
    const QByteArray utf8 = sql.toUtf8();
    const int rc = sqlite3_prepare_v2(db, utf8.constData(), int(utf8.size()), &m_stmt, nullptr);
    if (rc != SQLITE_OK)
        fail(rc);
}

Statement::~Statement()
{
    if (m_cache && m_stmt)
        m_cache->give(m_sql, m_stmt);
    else
        sqlite3_finalize(m_stmt);
}

Statement::Statement(Statement &&other) noexcept
    : m_db(other.m_db), m_stmt(other.m_stmt), m_cache(other.m_cache), m_sql(std::move(other.m_sql))
{
    other.m_stmt = nullptr;
}

void Statement::fail(int rc) const
{
    throw Database::errorFor(m_db, rc);
}

Statement &Statement::bind(int index, const QString &value)
{
    // A null QString is an empty text: NULL is asked for explicitly with bindNull().
    const QByteArray utf8 = text::nfc(value).toUtf8();
    const int rc =
        sqlite3_bind_text(m_stmt, index, utf8.constData(), int(utf8.size()), SQLITE_TRANSIENT);
    if (rc != SQLITE_OK)
        fail(rc);
    return *this;
}

Statement &Statement::bind(int index, qint64 value)
{
    const int rc = sqlite3_bind_int64(m_stmt, index, value);
    if (rc != SQLITE_OK)
        fail(rc);
    return *this;
}

Statement &Statement::bind(int index, double value)
{
    const int rc = sqlite3_bind_double(m_stmt, index, value);
    if (rc != SQLITE_OK)
        fail(rc);
    return *this;
}

Statement &Statement::bind(int index, const QDate &value)
{
    return value.isValid() ? bind(index, value.toString(Qt::ISODate)) : bindNull(index);
}

Statement &Statement::bindId(int index, qint64 id)
{
    return id > 0 ? bind(index, id) : bindNull(index);
}

Statement &Statement::bindNull(int index)
{
    const int rc = sqlite3_bind_null(m_stmt, index);
    if (rc != SQLITE_OK)
        fail(rc);
    return *this;
}

Statement &Statement::bindBlob(int index, const QByteArray &bytes)
{
    if (bytes.isEmpty())
        return bindNull(index);
    const int rc = sqlite3_bind_blob64(m_stmt, index, bytes.constData(),
                                       sqlite3_uint64(bytes.size()), SQLITE_TRANSIENT);
    if (rc != SQLITE_OK)
        fail(rc);
    return *this;
}

QByteArray Statement::blob(int col) const
{
    const void *data = sqlite3_column_blob(m_stmt, col);
    const int size = sqlite3_column_bytes(m_stmt, col);
    return data ? QByteArray(static_cast<const char *>(data), size) : QByteArray();
}

Statement &Statement::bind(int index, const QVariant &value)
{
    if (value.isNull() || !value.isValid())
        return bindNull(index);
    switch (value.typeId()) {
    case QMetaType::Bool:
    case QMetaType::Int:
    case QMetaType::LongLong:
    case QMetaType::UInt:
    case QMetaType::ULongLong:
        return bind(index, value.toLongLong());
    case QMetaType::Double:
        return bind(index, value.toDouble());
    case QMetaType::QDate:
        return bind(index, value.toDate());
    default:
        return bind(index, value.toString());
    }
}

bool Statement::step()
{
    const int rc = sqlite3_step(m_stmt);
    if (rc == SQLITE_ROW)
        return true;
    if (rc == SQLITE_DONE)
        return false;
    sqlite3_reset(m_stmt);
    fail(rc);
}

void Statement::exec()
{
    while (step()) {
    }
}

void Statement::reset()
{
    sqlite3_reset(m_stmt);
    sqlite3_clear_bindings(m_stmt);
}

int Statement::columnCount() const
{
    return sqlite3_column_count(m_stmt);
}

QString Statement::columnName(int col) const
{
    return QString::fromUtf8(sqlite3_column_name(m_stmt, col));
}

bool Statement::isNull(int col) const
{
    return sqlite3_column_type(m_stmt, col) == SQLITE_NULL;
}

QString Statement::text(int col) const
{
    const auto *p = reinterpret_cast<const char *>(sqlite3_column_text(m_stmt, col));
    return p ? QString::fromUtf8(p, sqlite3_column_bytes(m_stmt, col)) : QString();
}

qint64 Statement::integer(int col) const
{
    return sqlite3_column_int64(m_stmt, col);
}

double Statement::real(int col) const
{
    return sqlite3_column_double(m_stmt, col);
}

QDate Statement::date(int col) const
{
    return isNull(col) ? QDate() : QDate::fromString(text(col), Qt::ISODate);
}

QVariant Statement::value(int col) const
{
    switch (sqlite3_column_type(m_stmt, col)) {
    case SQLITE_INTEGER:
        return QVariant(integer(col));
    case SQLITE_FLOAT:
        return QVariant(real(col));
    case SQLITE_TEXT:
        return QVariant(text(col));
    case SQLITE_NULL:
        return QVariant();
    default:
        return QVariant(QByteArray(static_cast<const char *>(sqlite3_column_blob(m_stmt, col)),
                                   sqlite3_column_bytes(m_stmt, col)));
    }
}

} // namespace sochibo::storage

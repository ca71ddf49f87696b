#include "Transaction.h"

#include <atomic>
#include <sqlite3.h>

namespace sochibo::storage {

Transaction::Transaction(const Database &db) : m_db(db)
{
    if (db.isReadOnly())
        throw StorageError(
            StorageError::Kind::ReadOnly,
            QStringLiteral("Cơ sở dữ liệu đang mở ở chế độ chỉ đọc: không thể sửa."));
    if (sqlite3_get_autocommit(db.handle()) == 0) {
        static std::atomic<int> counter{0};
        m_savepoint = QStringLiteral("sp%1").arg(++counter);
        m_db.exec(QStringLiteral("SAVEPOINT ") + m_savepoint);
    } else {
        m_db.exec(QStringLiteral("BEGIN IMMEDIATE"));
    }
}

Transaction::~Transaction()
{
    if (m_done || sqlite3_get_autocommit(m_db.handle()) != 0)
        return;
    if (m_savepoint.isEmpty()) {
        sqlite3_exec(m_db.handle(), "ROLLBACK", nullptr, nullptr, nullptr);
    } else {
        const QByteArray sp = m_savepoint.toLatin1();
        sqlite3_exec(m_db.handle(), ("ROLLBACK TO " + sp + "; RELEASE " + sp).constData(), nullptr,
                     nullptr, nullptr);
    }
}

void Transaction::commit()
{
    m_db.exec(m_savepoint.isEmpty() ? QStringLiteral("COMMIT")
                                    : QStringLiteral("RELEASE ") + m_savepoint);
    m_done = true;
}

} // namespace sochibo::storage

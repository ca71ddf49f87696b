#pragma once
#include "Database.h"

namespace sochibo::storage {

/// BEGIN IMMEDIATE on construction (a SAVEPOINT when already inside a transaction, so
/// repository calls nest); rolls back on destruction unless commit() was called, so an
/// exception in the middle of a multi-row change leaves no partial rows.
class Transaction
{
public:
    explicit Transaction(const Database &db);
    ~Transaction();
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;
    void commit();

private:
    const Database &m_db;
    QString m_savepoint; ///< empty for the outermost transaction
    bool m_done = false;
};

} // namespace sochibo::storage

// libFuzzer target: the JSON import (sochibo-cli import, File → Nhập) on any bytes. Each input
// is imported into the same in-memory cell inside a transaction that is rolled back, so
// inputs do not see each other. Refusals (StorageError) are the expected outcome for most.
#include "storage/JsonExchange.h"
#include "storage/Transaction.h"

#include <cstddef>
#include <cstdint>

using namespace sochibo::storage;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static const Database db = Database::openInMemory();
    const QByteArray json(reinterpret_cast<const char *>(data), qsizetype(size));
    try {
        Transaction tx(db); // never committed: rolled back when it goes out of scope
        JsonExchange::importJson(db, json, /*replace=*/true, {}, /*allowEmpty=*/true);
        JsonExchange::exportJson(db); // what was accepted must also export
    } catch (const StorageError &) {
    }
    return 0;
}

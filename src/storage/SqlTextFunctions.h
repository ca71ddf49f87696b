#pragma once

struct sqlite3;

namespace sochibo::storage {

/// Registers on \a db: collation VI (Vietnamese order, tone variants equal), collation VI_NAME
/// (roster order: given name, middle names, family name) and the function vi_fold(text)
/// (search form: lower case, no marks, đ → d).
void registerTextFunctions(sqlite3 *db);

} // namespace sochibo::storage

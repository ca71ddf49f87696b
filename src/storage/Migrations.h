#pragma once

namespace sochibo::storage {

class Database;

/// Numbered SQL migrations embedded from resources/schema (0001_init.sql, …). Each runs in
/// its own transaction and sets PRAGMA user_version to its number.
class Migrations
{
public:
    static int latestVersion();
    static void apply(const Database &db);
};

} // namespace sochibo::storage

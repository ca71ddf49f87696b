#pragma once

namespace sochibo::storage {
class Database;
}

namespace sochibo::demo {

/// Size of a generated cell: for benchmarks and scale tests, not for people to read.
struct SyntheticSize
{
    int members = 200; ///< members in the cell at the end of the last year (about)
    int years = 10;    ///< years of records, ending with lastYear
    int lastYear = 2026;
    int tasksPerYear = 80;
};

/// Writes a large, internally consistent cell (members with events, ratings, meetings with
/// attendance, tasks with reports and evidence, shortcomings, criteria, commitments) into an
/// empty database, in one transaction. Deterministic: the same size gives the same records.
void writeSynthetic(const storage::Database &db, const SyntheticSize &size = {});

} // namespace sochibo::demo

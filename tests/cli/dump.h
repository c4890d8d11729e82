#pragma once
// A text dump of a database for "unchanged" checks.

#include <string>

namespace timeline::testing {

// Every row of every table (sorted) and the schema, as text: equal dumps mean
// an unchanged database (the file's bytes may differ through the WAL).
std::string Dump(const std::string& db_path);

// The journal mode the database file's header records, whoever has it open:
// "wal", "rollback" (any rollback-journal mode) or "unknown".
std::string FileJournal(const std::string& db_path);

}  // namespace timeline::testing

#include "cli/dump.h"

#include <SQLiteCpp/SQLiteCpp.h>

#include <algorithm>
#include <fstream>
#include <vector>

namespace timeline::testing {

std::string Dump(const std::string& db_path) {
  SQLite::Database db(db_path, SQLite::OPEN_READONLY);
  std::string dump;
  SQLite::Statement tables(db,
                           "SELECT name, sql FROM sqlite_schema WHERE type IN ('table', 'index', "
                           "'trigger') ORDER BY name");
  std::vector<std::string> names;
  while (tables.executeStep()) {
    dump += tables.getColumn(1).isNull() ? "" : tables.getColumn(1).getString() + "\n";
    std::string name = tables.getColumn(0).getString();
    if (name.rfind("sqlite_", 0) != 0 && name.rfind("events_fts", 0) != 0 &&
        std::string(tables.getColumn(1).isNull() ? "" : tables.getColumn(1).getText()).rfind("CREATE TABLE", 0) == 0) {
      names.push_back(name);
    }
  }
  for (const std::string& name : names) {
    SQLite::Statement rows(db, "SELECT * FROM \"" + name + "\"");
    std::vector<std::string> lines;
    while (rows.executeStep()) {
      std::string line = name + ":";
      for (int i = 0; i < rows.getColumnCount(); ++i) {
        line += "|" + (rows.getColumn(i).isNull() ? std::string("NULL") : rows.getColumn(i).getString());
      }
      lines.push_back(line);
    }
    std::sort(lines.begin(), lines.end());
    for (const std::string& line : lines) dump += line + "\n";
  }
  SQLite::Statement version(db, "PRAGMA user_version");
  version.executeStep();
  return dump + "user_version " + version.getColumn(0).getString() + "\n";
}

std::string FileJournal(const std::string& db_path) {
  // The header's write version (byte 18): 1 for a rollback journal, 2 for WAL.
  std::ifstream in(db_path, std::ios::binary);
  char header[20] = {};
  in.read(header, sizeof header);
  return header[18] == 2 ? "wal" : header[18] == 1 ? "rollback" : "unknown";
}

}  // namespace timeline::testing

#include "cli/merge_corpus.h"

#include <SQLiteCpp/SQLiteCpp.h>

#include <catch2/catch.hpp>

#include <algorithm>
#include <filesystem>

namespace timeline::testing {

std::vector<std::string> CorpusFiles() {
  std::vector<std::string> files;
  for (const auto& entry : std::filesystem::directory_iterator(SourcePath("tests/merge/corpus"))) {
    if (entry.path().extension() == ".json") files.push_back(entry.path().string());
  }
  std::sort(files.begin(), files.end());
  return files;
}

RunResult LoadFiles(const std::string& db, const std::vector<std::string>& files) {
  std::vector<std::string> args = {"--db", db, "load"};
  args.insert(args.end(), files.begin(), files.end());
  RunResult r = RunTimeline(args);
  INFO(r.err);
  REQUIRE(r.exit_code == 0);
  return r;
}

std::map<std::string, std::string> EventsOf(const std::string& db) {
  SQLite::Database handle(db, SQLite::OPEN_READONLY);
  SQLite::Statement rows(handle,
                         "SELECT e.uid, coalesce(t.uid, e.uid) FROM events e "
                         "LEFT JOIN timeline_events t ON t.id = e.cluster");
  std::map<std::string, std::string> out;
  while (rows.executeStep()) out[rows.getColumn(0).getString()] = rows.getColumn(1).getString();
  return out;
}

}  // namespace timeline::testing

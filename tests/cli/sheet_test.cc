// The spreadsheet round trip end to end (issue 15, point 3): a person's edits
// in an exported CSV come back, and survive later loads of the article.
// LibreOffice itself: tests/spreadsheet/libreoffice_test.py.

#include <SQLiteCpp/SQLiteCpp.h>

#include <catch2/catch.hpp>

#include <nlohmann/json.hpp>
#include <string>

#include "cli/dump.h"
#include "cli/run.h"

using namespace timeline::testing;

namespace {

const std::string kText = "seeds/000_69a52ad502c6601e.txt";
const std::string kFacts = "seeds/000_69a52ad502c6601e.json";

// The CSV with the title of the row of `id` replaced.
std::string WithTitle(const std::string& csv, const std::string& id, const std::string& title) {
  std::vector<std::vector<std::string>> rows = ParseCsv(csv.substr(3));  // after the BOM
  size_t column = 0;
  while (rows[0][column] != "title") ++column;
  std::string out = "\xEF\xBB\xBF";
  for (auto& row : rows) {
    if (row[0] == id) row[column] = title;
    for (size_t i = 0; i < row.size(); ++i) {
      std::string cell = row[i];
      bool quote = cell.find_first_of(",;\"\r\n") != std::string::npos;
      std::string escaped;
      for (char c : cell) escaped += c == '"' ? std::string("\"\"") : std::string(1, c);
      out += (i ? "," : "") + (quote ? "\"" + escaped + "\"" : escaped);
    }
    out += "\r\n";
  }
  return out;
}

std::string Title(const std::string& db, const std::string& id) {
  SQLite::Database handle(db, SQLite::OPEN_READONLY);
  SQLite::Statement s(handle, "SELECT title || ' r' || revision FROM events WHERE uid = :uid");
  s.bind(":uid", id);
  return s.executeStep() ? s.getColumn(0).getString() : "";
}

std::string Provenance(const std::string& db, const std::string& id) {
  SQLite::Database handle(db, SQLite::OPEN_READONLY);
  SQLite::Statement s(handle, "SELECT a.provenance FROM events e JOIN articles a ON a.id = e.article "
                              "WHERE e.uid = :uid");
  s.bind(":uid", id);
  return s.executeStep() ? s.getColumn(0).getString() : "";
}

}  // namespace

TEST_CASE("An edit of an extracted event survives loading the article again", "[cli][sheet]") {
  TempDir dir;
  std::string db = dir.File("t.db");
  REQUIRE(RunTimeline({"--db", db, "load", SourcePath(kText)}).exit_code == 0);  // extracted
  RunResult csv = RunTimeline({"--db", db, "export", "--factuality", "any", "--format", "csv"});
  REQUIRE(csv.exit_code == 0);
  std::string id = ParseCsv(csv.out.substr(3)).at(1).at(0);
  REQUIRE(Provenance(db, id) == "extracted");
  std::string sheet = dir.File("edited.csv");
  WriteAll(sheet, WithTitle(csv.out, id, "Checked by hand"));

  std::string before = Dump(db);
  RunResult dry = RunTimeline({"--db", db, "load", "--dry-run", sheet});
  INFO(dry.err);
  REQUIRE(dry.exit_code == 0);
  CHECK(dry.out.find("0 events added, 1 changed, 0 removed") != std::string::npos);
  CHECK(Dump(db) == before);  // a dry run writes nothing

  RunResult load = RunTimeline({"--db", db, "load", sheet});
  INFO(load.err);
  REQUIRE(load.exit_code == 0);
  CHECK(load.out.find("0 events added, 1 changed, 0 removed") != std::string::npos);
  CHECK(Title(db, id) == "Checked by hand r1");  // a revision up: calendars update it
  CHECK(Provenance(db, id) == "reviewed");

  // Extracting the article again would overwrite the person's title: refused.
  RunResult again = RunTimeline({"--db", db, "load", SourcePath(kText)});
  CHECK(again.exit_code == 1);
  CHECK(again.err.find("has reviewed facts from " + sheet) != std::string::npos);
  CHECK(Title(db, id) == "Checked by hand r1");
  // The same sheet again: nothing to do, nothing written.
  std::string edited = Dump(db);
  RunResult same = RunTimeline({"--db", db, "load", sheet});
  CHECK(same.out.find("0 events added, 0 changed, 0 removed") != std::string::npos);
  CHECK(Dump(db) == edited);
}

TEST_CASE("An edit of a fact file's event survives loading the fact file again", "[cli][sheet]") {
  TempDir dir;
  std::string db = dir.File("t.db");
  REQUIRE(RunTimeline({"--db", db, "load", SourcePath(kFacts)}).exit_code == 0);
  RunResult csv = RunTimeline({"--db", db, "export", "--factuality", "any", "--format", "csv"});
  std::string sheet = dir.File("edited.csv");
  WriteAll(sheet, WithTitle(csv.out, "000-e01", "Envoys meet (checked)"));
  REQUIRE(RunTimeline({"--db", db, "load", sheet}).exit_code == 0);
  RunResult reload = RunTimeline({"--db", db, "load", SourcePath(kFacts)});
  REQUIRE(reload.exit_code == 0);
  CHECK(reload.out.find("1 unchanged;") != std::string::npos);  // the same source: nothing to redo
  CHECK(Title(db, "000-e01") == "Envoys meet (checked) r1");
}

TEST_CASE("A spreadsheet loads on its own and --prune needs one", "[cli][sheet]") {
  TempDir dir;
  std::string db = dir.File("t.db");
  REQUIRE(RunTimeline({"--db", db, "load", SourcePath(kFacts)}).exit_code == 0);
  RunResult csv = RunTimeline({"--db", db, "export", "-o", dir.File("all.csv")});
  REQUIRE(csv.exit_code == 0);
  RunResult mixed = RunTimeline({"--db", db, "load", dir.File("all.csv"), SourcePath(kFacts)});
  CHECK(mixed.exit_code == 1);
  CHECK(mixed.err.find("a spreadsheet (.csv) loads on its own") != std::string::npos);
  RunResult prune = RunTimeline({"--db", db, "load", "--prune", SourcePath(kFacts)});
  CHECK(prune.exit_code == 1);
  CHECK(prune.err.find("--prune: only a spreadsheet (.csv) can prune") != std::string::npos);
  CHECK(RunTimeline({"--db", db, "load", "--date-order", "ymd", dir.File("all.csv")}).exit_code == 2);
  // A folder's CSV files are exports, not edits: not loaded.
  RunResult folder = RunTimeline({"--db", db, "load", dir.path()});
  CHECK(folder.exit_code == 1);
}

// timeline remove, --dry-run on load and remove, and removed events in
// calendars (export --format ics --include-removed).

#include <libical/ical.h>

#include <catch2/catch.hpp>

#include <filesystem>
#include <map>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "cli/dump.h"
#include "cli/run.h"

using namespace timeline::testing;
namespace fs = std::filesystem;

namespace {

const std::string kSeedText = "seeds/000_69a52ad502c6601e.txt";
const std::string kSeedFacts = "seeds/000_69a52ad502c6601e.json";

struct Seeded {
  TempDir dir;
  std::string db = dir.File("t.db");
  Seeded() {
    RunResult r = RunTimeline({"--db", db, "load", SourcePath(kSeedFacts)});
    INFO(r.err);
    REQUIRE(r.exit_code == 0);
  }
  RunResult Run(std::vector<std::string> args, const std::string& cwd = "") const {
    args.insert(args.begin(), {"--db", db});
    return RunTimeline(args, {}, cwd);
  }
};

// Each VEVENT of a calendar, parsed by libical: UID -> (STATUS, SEQUENCE).
std::map<std::string, std::pair<std::string, int>> Vevents(const std::string& ics) {
  std::map<std::string, std::pair<std::string, int>> out;
  icalcomponent* calendar = icalparser_parse_string(ics.c_str());
  REQUIRE(calendar);
  for (icalcomponent* e = icalcomponent_get_first_component(calendar, ICAL_VEVENT_COMPONENT); e;
       e = icalcomponent_get_next_component(calendar, ICAL_VEVENT_COMPONENT)) {
    icalproperty* status = icalcomponent_get_first_property(e, ICAL_STATUS_PROPERTY);
    out[icalcomponent_get_uid(e)] = {
        status ? icalproperty_status_to_string(icalproperty_get_status(status)) : "",
        icalcomponent_get_sequence(e)};
  }
  icalcomponent_free(calendar);
  return out;
}

}  // namespace

TEST_CASE("remove takes single events out, leaves tombstones that calendars cancel", "[cli][remove]") {
  Seeded s;
  RunResult r = s.Run({"remove", "000-e14", "000-e01"});
  INFO(r.err);
  REQUIRE(r.exit_code == 0);
  CHECK(r.out.find("removed event 000-e14 (of " + SourcePath(kSeedText) + ")") != std::string::npos);
  CHECK(r.out.find("removed 0 articles and 2 events from " + s.db) != std::string::npos);
  CHECK(s.Run({"show", "000-e14"}).exit_code == 1);
  CHECK(s.Run({"show", "000-e02"}).exit_code == 0);
  CHECK(s.Run({"check"}).exit_code == 0);

  auto plain = Vevents(s.Run({"export", "--format", "ics", "--factuality", "any"}).out);
  CHECK(plain.count("000-e14@timeline") == 0);
  RunResult with_removed =
      s.Run({"export", "--format", "ics", "--factuality", "any", "--include-removed"});
  CHECK(with_removed.err.find("cancelled 2 removed events") != std::string::npos);
  auto calendar = Vevents(with_removed.out);
  REQUIRE(calendar.count("000-e14@timeline") == 1);
  CHECK(calendar["000-e14@timeline"] == std::make_pair(std::string("CANCELLED"), 1));  // SEQUENCE 0 -> 1
  CHECK(calendar["000-e02@timeline"].first == "CONFIRMED");

  // Loading the fact file again brings them back (the article's stored facts
  // are no longer its whole document), above the cancellation's SEQUENCE.
  RunResult again = s.Run({"load", SourcePath(kSeedFacts)});
  INFO(again.err);
  REQUIRE(again.exit_code == 0);
  CHECK(again.out.find("2 events added") != std::string::npos);
  auto back = Vevents(s.Run({"export", "--format", "ics", "--factuality", "any", "--include-removed"}).out);
  CHECK(back["000-e14@timeline"] == std::make_pair(std::string("CONFIRMED"), 2));
  CHECK(s.Run({"check"}).exit_code == 0);
}

TEST_CASE("remove takes an article with its events, by id or by path", "[cli][remove]") {
  for (const std::string& how : {"id", "absolute path", "relative path"}) {
    Seeded s;
    REQUIRE(s.Run({"stats"}).out.find("events:     16 (4 undated)") != std::string::npos);
    std::string name = how == "id" ? "ef51e85a4b49d795"
                       : how == "absolute path" ? SourcePath(kSeedText)
                                                : kSeedText;  // from the source folder
    RunResult r = s.Run({"remove", name}, SourcePath(""));
    INFO(how << ": " << r.err);
    REQUIRE(r.exit_code == 0);
    CHECK(r.out.find("removed article ef51e85a4b49d795 (" + SourcePath(kSeedText) + ") with its 16 events") !=
          std::string::npos);
    CHECK(r.out.find("removed 1 article and 16 events") != std::string::npos);
    CHECK(s.Run({"stats"}).out.find("events:     0 ") != std::string::npos);
    CHECK(s.Run({"check"}).exit_code == 0);
    auto calendar = Vevents(s.Run({"export", "--format", "ics", "--include-removed"}).out);
    size_t cancelled = 0;
    for (const auto& [uid, event] : calendar) cancelled += event.first == "CANCELLED";
    CHECK(cancelled == 12);  // the 16 less the 4 undated ones, which no calendar had
  }
}

TEST_CASE("remove with any unknown name removes nothing", "[cli][remove]") {
  Seeded s;
  std::string before = ReadAll(s.db);
  RunResult r = s.Run({"remove", "000-e14", "ef51e85a4b49d795", "no-such-thing", "000-e99"});
  CHECK(r.exit_code == 1);
  CHECK(r.err.find("timeline: error: nothing named these: \"no-such-thing\" \"000-e99\"") != std::string::npos);
  CHECK(ReadAll(s.db) == before);
  RunResult missing = RunTimeline({"--db", s.dir.File("none.db"), "remove", "000-e14"});
  CHECK(missing.exit_code == 1);
  CHECK(missing.err.find(s.dir.File("none.db") + ": no timeline database here") != std::string::npos);
  CHECK_FALSE(fs::exists(s.dir.File("none.db")));
}

TEST_CASE("Dry runs say what would change and leave the file's bytes as they were", "[cli][remove][dryrun]") {
  Seeded s;
  const std::string before = ReadAll(s.db);
  const std::string journal = FileJournal(s.db);

  RunResult remove = s.Run({"remove", "--dry-run", "ef51e85a4b49d795"});
  INFO(remove.err);
  CHECK(remove.exit_code == 0);
  CHECK(remove.out.find("would remove article ef51e85a4b49d795") != std::string::npos);
  CHECK(remove.out.find("would remove 1 article and 16 events from " + s.db + " (dry run: nothing written)") !=
        std::string::npos);
  CHECK(ReadAll(s.db) == before);

  // An edited fact file: the dry run counts what a load would do.
  nlohmann::json doc = nlohmann::json::parse(ReadAll(SourcePath(kSeedFacts)));
  doc["events"][0]["title"] = "A corrected title";
  doc["events"].erase(doc["events"].size() - 1);
  fs::copy_file(SourcePath(kSeedText), s.dir.File("000_69a52ad502c6601e.txt"));
  WriteAll(s.dir.File("edited.json"), doc.dump(2));
  RunResult load = s.Run({"load", "--dry-run", s.dir.File("edited.json")});
  INFO(load.err);
  CHECK(load.exit_code == 0);
  CHECK(load.out.find("would load 1 file into " + s.db + ": 0 articles added, 1 replaced") != std::string::npos);
  CHECK(load.out.find("1 changed, 1 removed, 14 unchanged (dry run: nothing written)") != std::string::npos);
  CHECK(ReadAll(s.db) == before);
  CHECK(FileJournal(s.db) == journal);
  // The real load does what the dry run said.
  RunResult real = s.Run({"load", s.dir.File("edited.json")});
  CHECK(real.out.find("1 changed, 1 removed, 14 unchanged") != std::string::npos);

  // Into no database: counted against a new one, no file created.
  std::string none = s.dir.File("none.db");
  RunResult fresh = RunTimeline({"--db", none, "load", "--dry-run", SourcePath("seeds")});
  CHECK(fresh.exit_code == 0);
  CHECK(fresh.out.find("would load 1 file into " + none + ": 1 articles added") != std::string::npos);
  CHECK_FALSE(fs::exists(none));
}

TEST_CASE("A dry run on an older schema migrates only in its rolled-back transaction", "[cli][dryrun]") {
  TempDir dir;
  std::string db = dir.File("old.db");
  fs::copy_file(SourcePath("tests/fixtures/db/schema-v1.db"), db);
  const std::string before = ReadAll(db);
  RunResult load = RunTimeline({"--db", db, "load", "--dry-run", SourcePath("seeds")});
  INFO(load.err);
  CHECK(load.exit_code == 0);
  CHECK(load.out.find("would load 1 file") != std::string::npos);
  RunResult remove = RunTimeline({"--db", db, "remove", "--dry-run", "000-e14"});
  CHECK(remove.exit_code == 0);
  CHECK(remove.out.find("would remove event 000-e14") != std::string::npos);
  CHECK(ReadAll(db) == before);
  CHECK(FileJournal(db) == "rollback");
}

TEST_CASE("A re-load that drops an event leaves its tombstone too", "[cli][remove]") {
  Seeded s;
  nlohmann::json doc = nlohmann::json::parse(ReadAll(SourcePath(kSeedFacts)));
  std::string dropped = doc["events"][2]["id"];
  doc["events"].erase(2);
  fs::copy_file(SourcePath(kSeedText), s.dir.File("000_69a52ad502c6601e.txt"));
  WriteAll(s.dir.File("edited.json"), doc.dump(2));
  REQUIRE(s.Run({"load", s.dir.File("edited.json")}).exit_code == 0);
  auto calendar = Vevents(s.Run({"export", "--format", "ics", "--include-removed"}).out);
  REQUIRE(calendar.count(dropped + "@timeline") == 1);
  CHECK(calendar[dropped + "@timeline"].first == "CANCELLED");
}

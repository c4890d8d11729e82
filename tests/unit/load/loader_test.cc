// The loader against a store on a real file: event ids repeated within one
// load, found by the database (LoadClaims) rather than a set of every id.

#include <SQLiteCpp/SQLiteCpp.h>

#include <catch2/catch.hpp>
#include <filesystem>
#include <string>
#include <vector>

#include "cli/run.h"
#include "extract/extractor.h"
#include "facts/fact_json.h"
#include "load/loader.h"
#include "registry/registry.h"
#include "store/store.h"
#include "util/error.h"
#include "util/hash.h"

using namespace timeline;
using timeline::testing::TempDir;
using timeline::testing::WriteAll;

namespace {

constexpr const char* kSentence = "The envoys of South Korea and Japan met in Seoul on Friday.";

// Fact files citing articles of their own (one sentence each), loaded into a
// database in a scratch folder.
class LoadFixture {
 public:
  // A document of article `article` (its file is written once) with one
  // event per id, each quoting the article's sentence.
  FactDocument Document(const std::string& article, const std::vector<std::string>& ids,
                        const std::string& title = "Envoys meet") {
    std::string text = "Report " + article + "\n\n" + kSentence + "\n";
    WriteAll(dir_.File(article + ".txt"), text);
    FactDocument document;
    document.article.id = ArticleIdOf(text);
    document.article.title = "Report " + article;
    document.article.language = "en";
    document.article.path = article + ".txt";
    for (const std::string& id : ids) {
      Event event;
      event.id = id;
      event.type = EventType::kMeeting;
      event.title = title;
      event.date = DaySpan(*ParseIsoDay("2026-01-23"));
      event.actors = {{"KOR", "South Korea", "", ActorRole::kParticipant},
                      {"JPN", "Japan", "", ActorRole::kParticipant}};
      event.evidence.text = kSentence;
      event.evidence.start = text.find(kSentence);
      event.evidence.end = event.evidence.start + event.evidence.text.size();
      document.events.push_back(event);
    }
    return document;
  }

  // Writes `name` with one document per line (.jsonl) or as an array (.json).
  std::string File(const std::string& name, const std::vector<FactDocument>& documents) {
    std::string text;
    if (name.size() > 5 && name.substr(name.size() - 5) == ".json") {
      nlohmann::ordered_json array = nlohmann::ordered_json::array();
      for (const FactDocument& document : documents) array.push_back(DocumentToJson(document));
      text = array.dump(2) + "\n";
    } else {
      for (const FactDocument& document : documents) text += DocumentToJson(document).dump() + "\n";
    }
    WriteAll(dir_.File(name), text);
    return dir_.File(name);
  }

  LoadReport LoadPaths(const std::vector<std::string>& paths, const LoadOptions& options = {}) {
    return Load(paths, store_, Registry::Builtin(), options);
  }

  // Loads `paths` expecting a refusal; returns its message.
  std::string Refusal(const std::vector<std::string>& paths) {
    try {
      LoadPaths(paths);
    } catch (const InputError& e) {
      return e.what();
    }
    FAIL("the load was not refused");
    return "";
  }

  std::vector<std::string> EventIds() {
    SQLite::Database db(db_path_, SQLite::OPEN_READONLY);
    SQLite::Statement statement(db, "SELECT uid FROM events ORDER BY uid");
    std::vector<std::string> ids;
    while (statement.executeStep()) ids.push_back(statement.getColumn(0).getString());
    return ids;
  }

  const TempDir& dir() const { return dir_; }
  Store& store() { return store_; }

 private:
  TempDir dir_;
  std::string db_path_ = dir_.File("t.db");
  Store store_{db_path_, Store::Mode::kCreate, Registry::Builtin(), Store::Threads::kThreads};
};

std::string DuplicateAt(const std::string& file, size_t line, const std::string& id) {
  return file + ":" + std::to_string(line) + ": event " + id +
         ": duplicate event id: another event of this load has it";
}

}  // namespace

TEST_CASE_METHOD(LoadFixture,
                 "A JSON Lines file repeating an event id in a bulk load is refused at its line",
                 "[load]") {
  std::string file = File("f.jsonl", {Document("a", {"x-1", "x-2"}), Document("b", {"y-1"}),
                                      Document("c", {"z-1", "x-2"})});
  std::string message = Refusal({file});
  INFO(message);
  CHECK(message.find(DuplicateAt(file, 3, "x-2")) != std::string::npos);
  CHECK(message.find(DuplicateAt(file, 3, "z-1")) == std::string::npos);
  CHECK(message.find(file + ": nothing from this file was loaded") != std::string::npos);
  CHECK(EventIds().empty());
}

TEST_CASE_METHOD(LoadFixture, "The same document twice in a bulk load is a duplicate", "[load]") {
  // The second copy finds its article unchanged: its ids are still this load's.
  std::string file =
      File("f.jsonl", {Document("a", {"x-1", "x-2"}), Document("a", {"x-1", "x-2"})});
  std::string message = Refusal({file});
  INFO(message);
  CHECK(message.find(DuplicateAt(file, 2, "x-1")) != std::string::npos);
  CHECK(message.find(DuplicateAt(file, 2, "x-2")) != std::string::npos);
  CHECK(EventIds().empty());
}

TEST_CASE_METHOD(LoadFixture,
                 "A JSON Lines file repeating an event id in a load into events is refused",
                 "[load]") {
  LoadPaths({File("first.jsonl", {Document("old", {"old-1"})})});
  std::string file = File("f.jsonl", {Document("a", {"x-1"}), Document("b", {"y-1", "x-1"})});
  std::string message = Refusal({file});
  INFO(message);
  CHECK(message.find(DuplicateAt(file, 2, "x-1")) != std::string::npos);
  CHECK(message.find(file + ": nothing from this file was loaded") != std::string::npos);
  CHECK(EventIds() == std::vector<std::string>{"old-1"});
}

TEST_CASE_METHOD(LoadFixture, "An event id of an earlier file of the same load is a duplicate",
                 "[load]") {
  SECTION("two JSON Lines files") {
    std::string first = File("1.jsonl", {Document("a", {"x-1"})});
    std::string second = File("2.jsonl", {Document("b", {"y-1"}), Document("c", {"x-1"})});
    std::string message = Refusal({first, second});
    INFO(message);
    CHECK(message.find(DuplicateAt(second, 2, "x-1")) != std::string::npos);
    CHECK(message.find(second + ": nothing from this file was loaded") != std::string::npos);
    CHECK(EventIds() == std::vector<std::string>{"x-1"});  // the first file loaded
  }
  SECTION("a fact file and a JSON Lines file") {
    std::string facts = File("1.json", {Document("a", {"x-1"})});
    std::string lines = File("2.jsonl", {Document("b", {"x-1"})});
    std::string message = Refusal({facts, lines});
    INFO(message);
    CHECK(message.find(DuplicateAt(lines, 1, "x-1")) != std::string::npos);
    CHECK(EventIds() == std::vector<std::string>{"x-1"});
  }
  SECTION("a fact file loaded before, unchanged, and a JSON Lines file") {
    std::string facts = File("1.json", {Document("a", {"x-1"})});
    LoadPaths({facts});
    std::string lines = File("2.jsonl", {Document("b", {"x-1"})});
    std::string message = Refusal({facts, lines});
    INFO(message);
    CHECK(message.find(DuplicateAt(lines, 1, "x-1")) != std::string::npos);
  }
  SECTION("an event of an earlier file that this load changed") {
    std::string first = File("1.jsonl", {Document("a", {"x-1", "x-2"})});
    LoadPaths({first});
    File("1.jsonl", {Document("a", {"x-1", "x-2"}, "Envoys meet again")});
    std::string second = File("2.jsonl", {Document("b", {"x-2"})});
    std::string message = Refusal({first, second});
    INFO(message);
    CHECK(message.find(DuplicateAt(second, 1, "x-2")) != std::string::npos);
  }
  SECTION("an event the same load removed from its article") {
    // The article's second version drops x-2; the id still was this load's.
    std::string file = File("f.jsonl", {Document("a", {"x-1", "x-2"}), Document("a", {"x-3"}),
                                        Document("b", {"x-2"})});
    std::string message = Refusal({file});
    INFO(message);
    CHECK(message.find(DuplicateAt(file, 3, "x-2")) != std::string::npos);
  }
  SECTION("the same JSON Lines file twice") {
    std::string file = File("f.jsonl", {Document("a", {"x-1"})});
    std::string message = Refusal({file, file});
    INFO(message);
    CHECK(message.find(DuplicateAt(file, 1, "x-1")) != std::string::npos);
  }
}

TEST_CASE_METHOD(LoadFixture, "Loading the same JSON Lines file again is no duplicate", "[load]") {
  std::string file = File("f.jsonl", {Document("a", {"x-1", "x-2"}), Document("b", {"y-1"})});
  LoadReport first = LoadPaths({file});
  CHECK(first.counts.events_added == 3);
  LoadReport again = LoadPaths({file});
  CHECK(again.counts.articles_unchanged == 2);
  CHECK(again.counts.events_unchanged == 3);
  // Edited: its events change, still no duplicate.
  File("f.jsonl", {Document("a", {"x-1", "x-2"}, "Envoys meet again"), Document("b", {"y-1"})});
  LoadReport edited = LoadPaths({file});
  CHECK(edited.counts.events_changed == 2);
  CHECK(edited.counts.events_unchanged == 1);
  CHECK(EventIds() == std::vector<std::string>{"x-1", "x-2", "y-1"});
  CHECK(store().Check().empty());
}

TEST_CASE_METHOD(LoadFixture,
                 "A JSON Lines file may reuse the ids of an article extracted in the same load",
                 "[load]") {
  // Extracted ids are the extractor's ("<article id>-01"): a fact file made
  // from `timeline extract` keeps them, and loads beside its article.
  const std::string text =
      "North Korea test\n\nNorth Korea fired two ballistic missiles on Friday.\n";
  WriteAll(dir().File("k.txt"), text);
  LoadOptions options;
  options.fallback_published = *ParseIsoDay("2026-01-26");
  ExtractOptions extract;
  extract.fallback_published = options.fallback_published;
  FactDocument reviewed = ExtractArticle(text, "k.txt", extract);
  REQUIRE_FALSE(reviewed.events.empty());
  reviewed.events[0].title = "North Korea fired two missiles";
  std::string file = File("k.jsonl", {reviewed});
  LoadReport report = LoadPaths({dir().File("k.txt"), file}, options);
  CHECK(report.counts.events_changed == 1);
  CHECK(EventIds() == std::vector<std::string>{reviewed.events[0].id});
}

TEST_CASE_METHOD(LoadFixture, "A fact file's article path counts from the fact file's folder", "[load]") {
  // The test runs in the build folder: only the fact file's folder leads to a.txt.
  std::filesystem::create_directories(dir().File("facts"));
  FactDocument document = Document("a", {"x-1"});
  document.article.path = "../a.txt";
  LoadReport report = LoadPaths({File("facts/f.json", {document})});
  CHECK(report.counts.events_added == 1);
  SECTION("a path that only leads somewhere from the working folder is refused, naming where it looked") {
    FactDocument elsewhere = Document("b", {"y-1"});
    elsewhere.article.path = "b.txt";  // beside the database, not beside facts/g.json
    std::string file = File("facts/g.json", {elsewhere});
    std::string message = Refusal({file});
    INFO(message);
    std::string looked = std::filesystem::weakly_canonical(dir().File("facts/b.txt")).string();
    CHECK(message.find(file + ": article.path: cannot find the article \"b.txt\" (looked for " + looked) !=
          std::string::npos);
    CHECK(EventIds() == std::vector<std::string>{"x-1"});
  }
}

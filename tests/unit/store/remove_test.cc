// Store::Remove, tombstones (FindRemoved) and dry-run stores.

#include <catch2/catch.hpp>

#include <unistd.h>

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "registry/registry.h"
#include "store/store.h"
#include "util/error.h"
#include "util/hash.h"

using namespace timeline;

namespace {

const std::string kArticle = "Header\n\nThe envoys met in Seoul on Friday. North Korea fired missiles.\n";

Event MakeEvent(const std::string& id, const char* day, const std::string& sentence) {
  Event e;
  e.id = id;
  e.type = EventType::kMeeting;
  e.title = "Title of " + id;
  e.date = DaySpan(*ParseIsoDay(day));
  e.actors = {{"KOR", "South Korea", "", ActorRole::kParticipant}};
  e.evidence.text = sentence;
  e.evidence.start = kArticle.find(sentence);
  e.evidence.end = e.evidence.start + sentence.size();
  return e;
}

StoredDocument Document() {
  StoredDocument doc;
  doc.article_bytes = kArticle;
  doc.facts.article.id = ArticleIdOf(kArticle);
  doc.facts.article.title = "Header";
  doc.facts.article.path = "/tmp/a.txt";
  doc.facts.events = {MakeEvent("r-1", "2026-01-23", "The envoys met in Seoul on Friday."),
                      MakeEvent("r-2", "2025-12-10", "North Korea fired missiles.")};
  return doc;
}

void Load(Store& store, const StoredDocument& doc) {
  Store::Batch batch(store);
  batch.Add(doc);
  batch.Commit();
}

std::vector<EventRecord> Removed(const Store& store) {
  std::vector<EventRecord> out;
  store.FindRemoved([&](const EventRecord& r) { out.push_back(r); });
  return out;
}

std::string Bytes(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

}  // namespace

TEST_CASE("A removed event leaves a tombstone one revision up, loading it again revives it above",
          "[store][remove]") {
  Store store(":memory:", Store::Mode::kCreate, Registry::Builtin());
  Load(store, Document());
  Store::Removal removal = store.Remove({"r-1"});
  REQUIRE(removal.events.size() == 1);
  CHECK(removal.events[0].id == "r-1");
  CHECK(removal.events[0].article_path == "/tmp/a.txt");
  CHECK(removal.articles.empty());
  CHECK_FALSE(store.FindEvent("r-1", nullptr));
  CHECK(store.FindEvent("r-2", nullptr));
  std::vector<EventRecord> removed = Removed(store);
  REQUIRE(removed.size() == 1);
  CHECK(removed[0].removed);
  CHECK(removed[0].event.id == "r-1");
  CHECK(removed[0].revision == 1);
  CHECK(removed[0].event.date.start == ParseIsoDay("2026-01-23"));
  CHECK(removed[0].source.id == ArticleIdOf(kArticle));
  CHECK(store.Check().empty());

  // The same document again is not "unchanged": r-1 comes back, above the
  // cancellation's revision, and its tombstone goes.
  Store::Batch batch(store);
  batch.Add(Document());
  batch.Commit();
  CHECK(batch.counts().events_added == 1);
  CHECK(batch.counts().events_unchanged == 1);
  auto back = store.FindEvent("r-1", nullptr);
  REQUIRE(back);
  CHECK(back->revision == 2);
  CHECK(Removed(store).empty());
}

TEST_CASE("Removing an article takes its events, an unknown name removes nothing", "[store][remove]") {
  Store store(":memory:", Store::Mode::kCreate, Registry::Builtin());
  Load(store, Document());
  CHECK_THROWS_AS(store.Remove({"r-1", "no-such"}), InputError);
  CHECK(store.FindEvent("r-1", nullptr));
  CHECK(Removed(store).empty());

  // By path; the event named as well is counted with its article.
  Store::Removal removal = store.Remove({"/tmp/a.txt", "r-2"});
  REQUIRE(removal.articles.size() == 1);
  CHECK(removal.articles[0].id == ArticleIdOf(kArticle));
  CHECK(removal.articles[0].events == 2);
  CHECK(removal.events.empty());
  CHECK(store.Stats().articles == 0);
  CHECK(store.Stats().events == 0);
  CHECK(Removed(store).size() == 2);
  CHECK(store.Check().empty());
}

TEST_CASE("A re-load that drops an event buries it", "[store][remove]") {
  Store store(":memory:", Store::Mode::kCreate, Registry::Builtin());
  Load(store, Document());
  StoredDocument edited = Document();
  edited.facts.events.pop_back();
  Load(store, edited);
  std::vector<EventRecord> removed = Removed(store);
  REQUIRE(removed.size() == 1);
  CHECK(removed[0].event.id == "r-2");
}

TEST_CASE("A dry-run store sees its own writes and leaves the file's bytes as they were",
          "[store][dryrun]") {
  std::string path = (std::filesystem::temp_directory_path() /
                      ("timeline_dry_run_" + std::to_string(getpid()) + ".db"))
                         .string();
  for (const char* suffix : {"", "-wal", "-shm"}) std::remove((path + suffix).c_str());
  { Load(*std::make_unique<Store>(path, Store::Mode::kCreate, Registry::Builtin()), Document()); }
  std::string before = Bytes(path);
  REQUIRE_FALSE(before.empty());
  {
    Store dry(path, Store::Mode::kDryRun, Registry::Builtin());
    StoredDocument edited = Document();
    edited.facts.events[0].title = "Changed";
    Store::Batch batch(dry);
    batch.Add(edited);
    batch.Commit();
    CHECK(batch.counts().events_changed == 1);
    CHECK(dry.FindEvent("r-1", nullptr)->event.title == "Changed");
    CHECK(dry.Remove({"r-2"}).events.size() == 1);
    CHECK_FALSE(dry.FindEvent("r-2", nullptr));
  }
  CHECK(Bytes(path) == before);
  Store after(path, Store::Mode::kReadOnly, Registry::Builtin());
  CHECK(after.FindEvent("r-1", nullptr)->event.title == "Title of r-1");
  CHECK(after.FindEvent("r-2", nullptr));
  for (const char* suffix : {"", "-wal", "-shm"}) std::remove((path + suffix).c_str());
}

// Articles identified by their source URL (issue 13, point 1): a URL from the
// header or the fact file is the article's identity, so a corrected text
// saved elsewhere is a new revision of the same article; exports give the
// URL; show and stats say where facts came from.

#include <SQLiteCpp/SQLiteCpp.h>
#include <libical/ical.h>

#include <catch2/catch.hpp>

#include <filesystem>
#include <map>
#include <nlohmann/json.hpp>
#include <regex>
#include <set>
#include <string>

#include "cli/dump.h"
#include "cli/run.h"
#include "util/hash.h"

using namespace timeline::testing;
namespace fs = std::filesystem;

namespace {

const std::string kSeedText = "seeds/000_69a52ad502c6601e.txt";
const std::string kSeedFacts = "seeds/000_69a52ad502c6601e.json";
const std::string kUrl = "https://example.com/news/2026/01/26/korea-workers";

// The seed article with a source URL line on top of its header.
std::string ArticleWithUrl(const std::string& url_line = "URL: " + kUrl) {
  return url_line + "\n" + ReadAll(SourcePath(kSeedText));
}

int64_t Count(const std::string& db, const std::string& sql) {
  SQLite::Database handle(db, SQLite::OPEN_READONLY);
  return handle.execAndGet(sql).getInt64();
}

std::string Text(const std::string& db, const std::string& sql) {
  SQLite::Database handle(db, SQLite::OPEN_READONLY);
  SQLite::Column value = handle.execAndGet(sql);
  return value.isNull() ? "NULL" : value.getString();
}

std::set<std::string> Uids(const std::string& db) {
  SQLite::Database handle(db, SQLite::OPEN_READONLY);
  SQLite::Statement s(handle, "SELECT uid FROM events");
  std::set<std::string> uids;
  while (s.executeStep()) uids.insert(s.getColumn(0).getString());
  return uids;
}

// UID -> SEQUENCE of every VEVENT, parsed by libical.
std::map<std::string, int> Sequences(const std::string& ics) {
  std::map<std::string, int> out;
  icalcomponent* calendar = icalparser_parse_string(ics.c_str());
  REQUIRE(calendar);
  for (icalcomponent* e = icalcomponent_get_first_component(calendar, ICAL_VEVENT_COMPONENT); e;
       e = icalcomponent_get_next_component(calendar, ICAL_VEVENT_COMPONENT)) {
    out[icalcomponent_get_uid(e)] = icalcomponent_get_sequence(e);
  }
  icalcomponent_free(calendar);
  return out;
}

// The seed's fact file for the article at `article_path`, with `url` as its
// source_url (none when empty) and the article's id left to the loader.
std::string FactsFor(const std::string& article_path, const std::string& url) {
  nlohmann::ordered_json doc = nlohmann::ordered_json::parse(ReadAll(SourcePath(kSeedFacts)));
  doc["article"].erase("id");
  doc["article"]["path"] = article_path;
  if (!url.empty()) doc["article"]["source_url"] = url;
  return doc.dump(2);
}

const std::regex kExtractorVersion("timeline-extract [0-9]+\\.[0-9]+\\.[0-9]+ sha256:[0-9a-f]{16}");

}  // namespace

TEST_CASE("A corrected article saved under another name is the same article by its URL, revised",
          "[cli][url][identity]") {
  TempDir dir;
  std::string db = dir.File("t.db");
  std::string first = dir.File("a.txt");
  WriteAll(first, ArticleWithUrl());
  RunResult load = RunTimeline({"--db", db, "load", first});
  INFO(load.err);
  REQUIRE(load.exit_code == 0);
  CHECK(Text(db, "SELECT source_url FROM articles") == kUrl);
  std::set<std::string> before = Uids(db);
  REQUIRE(before.size() > 10);
  std::string ics_path = dir.File("before.ics");
  REQUIRE(RunTimeline({"--db", db, "export", "--factuality", "any", "-o", ics_path}).exit_code == 0);
  std::map<std::string, int> sequence_before = Sequences(ReadAll(ics_path));
  REQUIRE_FALSE(sequence_before.empty());

  // One word corrected in the headline (every evidence offset after it
  // moves), saved in another folder under another name.
  std::string bytes = ArticleWithUrl();
  size_t at = bytes.find("Korea Utara");
  REQUIRE(at != std::string::npos);
  bytes.replace(at, 11, "Korea  Utara");
  fs::create_directories(dir.File("saved"));
  std::string second = dir.File("saved/korea-workers-corrected.txt");
  WriteAll(second, bytes);
  RunResult again = RunTimeline({"--db", db, "load", second});
  INFO(again.err);
  REQUIRE(again.exit_code == 0);
  CHECK(again.out.find("0 articles added, 1 replaced") != std::string::npos);
  CHECK(again.out.find("0 removed") != std::string::npos);
  CHECK(Count(db, "SELECT count(*) FROM articles") == 1);
  CHECK(Text(db, "SELECT path FROM articles") == second);  // where the text is now
  CHECK(Text(db, "SELECT code FROM articles") == timeline::ArticleIdOf(bytes));
  CHECK(Uids(db) == before);  // the same calendar UIDs
  CHECK(Count(db, "SELECT count(*) FROM removed_events") == 0);
  REQUIRE(RunTimeline({"--db", db, "export", "--factuality", "any", "-o", dir.File("after.ics")}).exit_code == 0);
  std::map<std::string, int> sequence_after = Sequences(ReadAll(dir.File("after.ics")));
  REQUIRE(sequence_after.size() == sequence_before.size());
  for (const auto& [uid, sequence] : sequence_before) {
    INFO(uid);
    CHECK(sequence_after[uid] > sequence);  // SEQUENCE raised: calendars update in place
  }
  CHECK(RunTimeline({"--db", db, "check"}).exit_code == 0);
}

TEST_CASE("A reviewed fact file with source_url, moved with a corrected article, revises the same article",
          "[cli][url][identity]") {
  TempDir dir;
  std::string db = dir.File("t.db");
  fs::create_directories(dir.File("one"));
  fs::create_directories(dir.File("two"));
  WriteAll(dir.File("one/a.txt"), ReadAll(SourcePath(kSeedText)));
  WriteAll(dir.File("one/a.json"), FactsFor("a.txt", kUrl));
  REQUIRE(RunTimeline({"--db", db, "load", dir.File("one/a.json")}).exit_code == 0);
  std::set<std::string> before = Uids(db);

  // The text corrected after every piece of evidence, the pair saved under
  // new names in another folder, one event's title edited.
  WriteAll(dir.File("two/b.txt"), ReadAll(SourcePath(kSeedText)) + "Koreksi: ejaan.\n");
  nlohmann::ordered_json doc = nlohmann::ordered_json::parse(FactsFor("b.txt", kUrl));
  doc["events"][0]["title"] = "A corrected title";
  WriteAll(dir.File("two/b.json"), doc.dump(2));
  RunResult again = RunTimeline({"--db", db, "load", dir.File("two/b.json")});
  INFO(again.err);
  REQUIRE(again.exit_code == 0);
  CHECK(again.out.find("0 articles added, 1 replaced") != std::string::npos);
  CHECK(again.out.find("0 events added, 1 changed, 0 removed, 15 unchanged") != std::string::npos);
  CHECK(Count(db, "SELECT count(*) FROM articles") == 1);
  CHECK(Uids(db) == before);
  CHECK(Text(db, "SELECT facts_file FROM articles") == dir.File("two/b.json"));

  // The raw text alone, under yet another name, is still that reviewed
  // article: refused, naming the fact file.
  WriteAll(dir.File("c.txt"), ArticleWithUrl() + "Lagi.\n");
  const std::string dump = Dump(db);
  RunResult raw = RunTimeline({"--db", db, "load", dir.File("c.txt")});
  CHECK(raw.exit_code == 1);
  CHECK(raw.err.find("has reviewed facts from " + dir.File("two/b.json")) != std::string::npos);
  CHECK(Dump(db) == dump);
}

TEST_CASE("The header's URL identifies an article whose fact file gives none", "[cli][url][identity]") {
  TempDir dir;
  std::string db = dir.File("t.db");
  WriteAll(dir.File("a.txt"), ArticleWithUrl("Sumber: " + kUrl));
  WriteAll(dir.File("a.json"), FactsFor("a.txt", ""));
  // The evidence offsets of the seed's facts count without the URL line.
  nlohmann::ordered_json doc = nlohmann::ordered_json::parse(ReadAll(dir.File("a.json")));
  size_t shift = ("Sumber: " + kUrl + "\n").size();
  for (auto& e : doc["events"]) {
    e["evidence"]["start"] = e["evidence"]["start"].get<size_t>() + shift;
    e["evidence"]["end"] = e["evidence"]["end"].get<size_t>() + shift;
  }
  WriteAll(dir.File("a.json"), doc.dump(2));
  RunResult r = RunTimeline({"--db", db, "load", dir.File("a.json")});
  INFO(r.err);
  REQUIRE(r.exit_code == 0);
  CHECK(Text(db, "SELECT source_url FROM articles") == kUrl);
  // A fact file's own source_url wins over the header's.
  doc["article"]["source_url"] = "https://example.org/elsewhere";
  WriteAll(dir.File("a.json"), doc.dump(2));
  REQUIRE(RunTimeline({"--db", db, "load", dir.File("a.json")}).exit_code == 0);
  CHECK(Text(db, "SELECT source_url FROM articles") == "https://example.org/elsewhere");
  CHECK(Count(db, "SELECT count(*) FROM articles") == 1);
}

TEST_CASE("Another URL at a stored article's path is another article", "[cli][url][identity]") {
  TempDir dir;
  std::string db = dir.File("t.db");
  std::string file = dir.File("a.txt");
  WriteAll(file, ArticleWithUrl());
  REQUIRE(RunTimeline({"--db", db, "load", file}).exit_code == 0);
  WriteAll(file, ArticleWithUrl("URL: https://example.com/news/another-story"));
  RunResult r = RunTimeline({"--db", db, "load", file});
  INFO(r.err);
  REQUIRE(r.exit_code == 0);
  CHECK(r.out.find("1 articles added, 0 replaced") != std::string::npos);
  CHECK(Count(db, "SELECT count(*) FROM articles") == 2);
  // A text without a URL at that path is the latest article from it.
  WriteAll(file, ReadAll(SourcePath(kSeedText)));
  r = RunTimeline({"--db", db, "load", file});
  CHECK(r.out.find("0 articles added, 1 replaced") != std::string::npos);
  CHECK(Count(db, "SELECT count(*) FROM articles") == 2);
}

TEST_CASE("A fact file whose source_url is no web address is refused and nothing changes", "[cli][url]") {
  TempDir dir;
  std::string db = dir.File("t.db");
  REQUIRE(RunTimeline({"--db", db, "load", SourcePath(kSeedFacts)}).exit_code == 0);
  const std::string before = ReadAll(db);
  WriteAll(dir.File("a.txt"), ReadAll(SourcePath(kSeedText)));
  for (const char* url : {"ftp://example.com/a", "javascript:alert(1)", "/home/ana/a.txt", "https://example.com/a b"}) {
    INFO(url);
    WriteAll(dir.File("a.json"), FactsFor("a.txt", url));
    RunResult r = RunTimeline({"--db", db, "load", dir.File("a.json")});
    CHECK(r.exit_code == 1);
    CHECK(r.err.find("timeline: error: " + dir.File("a.json") + ": article.source_url: \"" + url +
                     "\" is not a web address; give the article's http:// or https:// URL") != std::string::npos);
    CHECK(ReadAll(db) == before);
    // JSON Lines say the line.
    WriteAll(dir.File("a.jsonl"), nlohmann::json::parse(FactsFor("a.txt", url)).dump() + "\n");
    r = RunTimeline({"--db", db, "load", dir.File("a.jsonl")});
    CHECK(r.exit_code == 1);
    CHECK(r.err.find(dir.File("a.jsonl") + ":1: article.source_url: \"" + url + "\" is not a web address") !=
          std::string::npos);
    CHECK(ReadAll(db) == before);
  }
}

TEST_CASE("Exports give the source URL and no absolute path", "[cli][url][export]") {
  TempDir dir;
  std::string db = dir.File("t.db");
  WriteAll(dir.File("a.txt"), ReadAll(SourcePath(kSeedText)));
  WriteAll(dir.File("a.json"), FactsFor("a.txt", kUrl));
  REQUIRE(RunTimeline({"--db", db, "load", dir.File("a.json")}).exit_code == 0);
  fs::create_directories(dir.File("out"));
  std::map<std::string, std::string> exports;
  for (const char* name : {"t.csv", "t.ics", "t.json", "t.html"}) {
    std::string path = dir.File(std::string("out/") + name);
    RunResult r = RunTimeline({"--db", db, "export", "--factuality", "any", "-o", path});
    INFO(name << " " << r.err);
    REQUIRE(r.exit_code == 0);
    exports[name] = ReadAll(path);
    CHECK(exports[name].find(kUrl) != std::string::npos);
    CHECK(exports[name].find(dir.path()) == std::string::npos);  // no folder of this machine
  }
  // CSV: the URL in its own column, the path as before (relative).
  std::vector<std::vector<std::string>> rows = ParseCsv(exports["t.csv"].substr(3));  // past the BOM
  REQUIRE(rows.size() == 17);
  auto column = [&](const std::string& name) {
    auto it = std::find(rows[0].begin(), rows[0].end(), name);
    REQUIRE(it != rows[0].end());
    return static_cast<size_t>(it - rows[0].begin());
  };
  CHECK(rows[1][column("source_path")] == "a.txt");
  CHECK(rows[1][column("source_url")] == kUrl);
  CHECK(column("source_url") == column("source_path") + 1);
  // iCalendar: the URL property, and the URL in the DESCRIPTION.
  CHECK(exports["t.ics"].find("\r\nURL:" + kUrl + "\r\n") != std::string::npos);
  icalcomponent* calendar = icalparser_parse_string(exports["t.ics"].c_str());
  REQUIRE(calendar);
  icalcomponent* event = icalcomponent_get_first_component(calendar, ICAL_VEVENT_COMPONENT);
  REQUIRE(event);
  icalproperty* url = icalcomponent_get_first_property(event, ICAL_URL_PROPERTY);
  REQUIRE(url);
  CHECK(std::string(icalproperty_get_url(url)) == kUrl);
  CHECK(std::string(icalcomponent_get_description(event)).find("\n" + kUrl) != std::string::npos);
  icalcomponent_free(calendar);
  // JSON: source_url beside the loadable path, and it loads back as the same article.
  nlohmann::json json = nlohmann::json::parse(exports["t.json"]);
  REQUIRE(json.size() == 1);  // one article's document
  CHECK(json[0]["article"]["source_url"] == kUrl);
  CHECK(json[0]["article"]["path"] == "../a.txt");
  RunResult back = RunTimeline({"--db", db, "load", dir.File("out/t.json")});
  INFO(back.err);
  CHECK(back.exit_code == 0);
  CHECK(Count(db, "SELECT count(*) FROM articles") == 1);
  // HTML: the card's source is the URL.
  CHECK(exports["t.html"].find("\"" + kUrl + "\"") != std::string::npos);
}

TEST_CASE("An article without a URL exports its path, relative, and the page names no local folder",
          "[cli][url][export]") {
  TempDir dir;
  std::string db = dir.File("t.db");
  WriteAll(dir.File("a.txt"), ReadAll(SourcePath(kSeedText)));
  WriteAll(dir.File("a.json"), FactsFor("a.txt", ""));
  REQUIRE(RunTimeline({"--db", db, "load", dir.File("a.json")}).exit_code == 0);
  std::string page = dir.File("t.html");
  REQUIRE(RunTimeline({"--db", db, "export", "-o", page}).exit_code == 0);
  CHECK(ReadAll(page).find(dir.path()) == std::string::npos);
  CHECK(ReadAll(page).find("\"a.txt\"") != std::string::npos);
  std::string csv = dir.File("t.csv");
  REQUIRE(RunTimeline({"--db", db, "export", "-o", csv, "--no-bom"}).exit_code == 0);
  std::vector<std::vector<std::string>> rows = ParseCsv(ReadAll(csv));
  auto url = std::find(rows[0].begin(), rows[0].end(), "source_url") - rows[0].begin();
  CHECK(rows[1][url].empty());
}

TEST_CASE("remove takes an article by its URL", "[cli][url][remove]") {
  TempDir dir;
  std::string db = dir.File("t.db");
  WriteAll(dir.File("a.txt"), ArticleWithUrl());
  REQUIRE(RunTimeline({"--db", db, "load", dir.File("a.txt")}).exit_code == 0);
  RunResult r = RunTimeline({"--db", db, "remove", kUrl});
  INFO(r.err);
  CHECK(r.exit_code == 0);
  CHECK(Count(db, "SELECT count(*) FROM articles") == 0);
}

TEST_CASE("show and stats say where facts came from", "[cli][provenance][url]") {
  TempDir dir;
  std::string db = dir.File("t.db");
  WriteAll(dir.File("a.txt"), ArticleWithUrl());
  REQUIRE(RunTimeline({"--db", db, "load", dir.File("a.txt"), SourcePath(kSeedFacts)}).exit_code == 0);

  // An extracted event: the extractor's version, in its expected shape.
  std::string extracted_uid = Text(db, "SELECT e.uid FROM events e JOIN articles a ON a.id = e.article "
                                       "WHERE a.provenance = 'extracted' LIMIT 1");
  std::string version = Text(db, "SELECT extractor FROM articles WHERE provenance = 'extracted'");
  CHECK(std::regex_match(version, kExtractorVersion));
  RunResult show = RunTimeline({"--db", db, "show", extracted_uid});
  INFO(show.err);
  REQUIRE(show.exit_code == 0);
  CHECK(show.out.find("\nfacts:      extracted by " + version + "\n") != std::string::npos);
  CHECK(show.out.find("            " + kUrl + "\n") != std::string::npos);
  // A reviewed one: the fact file.
  show = RunTimeline({"--db", db, "show", "000-e01"});
  REQUIRE(show.exit_code == 0);
  CHECK(show.out.find("\nfacts:      reviewed, from " + SourcePath(kSeedFacts) + "\n") != std::string::npos);

  RunResult stats = RunTimeline({"--db", db, "stats"});
  REQUIRE(stats.exit_code == 0);
  int64_t extracted_events = Count(db, "SELECT count(*) FROM events e JOIN articles a ON a.id = e.article "
                                       "WHERE a.provenance = 'extracted'");
  CHECK(stats.out.find("provenance:  ") != std::string::npos);
  CHECK(stats.out.find("reviewed 1 article (16 events)") != std::string::npos);
  CHECK(stats.out.find("extracted 1 article (" + std::to_string(extracted_events) + " events)") !=
        std::string::npos);
  CHECK(stats.out.find("\nextracted:  1 article by " + version + "\n") != std::string::npos);
  CHECK(stats.out.find("\nreviewed:   1 article from " + SourcePath(kSeedFacts) + "\n") != std::string::npos);
  CHECK(stats.out.find("\nurls:       1 of 2 articles have a source URL\n") != std::string::npos);
}

TEST_CASE("extract writes the header's URL into the fact file", "[cli][url][extract]") {
  TempDir dir;
  WriteAll(dir.File("a.txt"), ArticleWithUrl("Tautan: " + kUrl));
  RunResult r = RunTimeline({"extract", dir.File("a.txt"), "-o", dir.File("a.json")});
  INFO(r.err);
  REQUIRE(r.exit_code == 0);
  nlohmann::json doc = nlohmann::json::parse(ReadAll(dir.File("a.json")));
  CHECK(doc["article"]["source_url"] == kUrl);
  CHECK(doc["article"]["title"].get<std::string>().find("http") == std::string::npos);  // the URL is no headline
  // Without one, no field.
  r = RunTimeline({"extract", SourcePath(kSeedText)});
  CHECK_FALSE(nlohmann::json::parse(r.out)["article"].contains("source_url"));
}

TEST_CASE("Two versions of one URL in the first file of a load into a new database are one article",
          "[cli][url][identity]") {
  TempDir dir;
  std::string db = dir.File("t.db");
  WriteAll(dir.File("a.txt"), ReadAll(SourcePath(kSeedText)));
  WriteAll(dir.File("b.txt"), ReadAll(SourcePath(kSeedText)) + "Koreksi: ejaan.\n");
  nlohmann::json first = nlohmann::json::parse(FactsFor("a.txt", kUrl));
  nlohmann::json second = nlohmann::json::parse(FactsFor("b.txt", kUrl));
  for (auto& e : second["events"]) e["id"] = e["id"].get<std::string>() + "-v2";
  WriteAll(dir.File("both.jsonl"), first.dump() + "\n" + second.dump() + "\n");
  RunResult r = RunTimeline({"--db", db, "load", dir.File("both.jsonl")});
  INFO(r.err);
  REQUIRE(r.exit_code == 0);  // a bulk load: the database was empty
  CHECK(Count(db, "SELECT count(*) FROM articles") == 1);
  CHECK(Text(db, "SELECT path FROM articles") == dir.File("b.txt"));
  CHECK(Count(db, "SELECT count(*) FROM events WHERE uid LIKE '%-v2'") == 16);
  CHECK(Count(db, "SELECT count(*) FROM events") == 16);
  CHECK(Count(db, "SELECT count(*) FROM removed_events") == 16);
  RunResult check = RunTimeline({"--db", db, "check"});  // the full-text index included
  INFO(check.err);
  CHECK(check.exit_code == 0);
  CHECK(RunTimeline({"--db", db, "query", "--text", "kripto", "--format", "csv"}).out.find("-v2") !=
        std::string::npos);
}

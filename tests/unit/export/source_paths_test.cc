// What exports say of an article's file: never an absolute local path.

#include <catch2/catch.hpp>
#include <sstream>

#include "export/csv_writer.h"
#include "export/ical_writer.h"
#include "export/json_writer.h"
#include "export/source_paths.h"
#include "facts/fact_json.h"

using namespace timeline;

namespace {

const SourceFolders kFolders{"/home/ana/news", "/home/ana/out"};

std::string Label(const std::string& stored, const SourceFolders& folders = kFolders) {
  return ExportedSourcePath(stored, folders, SourceStyle::kLabel);
}

std::string Loadable(const std::string& stored, const SourceFolders& folders = kFolders) {
  return ExportedSourcePath(stored, folders, SourceStyle::kLoadable);
}

EventRecord Record(const std::string& path) {
  EventRecord r;
  r.event.id = "e-1";
  r.event.type = EventType::kMeeting;
  r.event.title = "Envoys meet";
  r.event.date = DaySpan(*ParseIsoDay("2026-01-23"));
  r.event.evidence = {"Envoys met.", 0, 11};
  r.source.id = "0123456789abcdef";
  r.source.title = "Envoys";
  r.source.path = path;
  return r;
}

}  // namespace

TEST_CASE("CSV and iCalendar name an article from the database's folder, else the export's, else by name",
          "[export]") {
  CHECK(Label("/home/ana/news/seeds/a.txt") == "seeds/a.txt");
  CHECK(Label("/home/ana/news/a.txt") == "a.txt");
  CHECK(Label("/home/ana/out/b/a.txt") == "b/a.txt");
  // Outside both: the file name, not a path that climbs out of them.
  CHECK(Label("/srv/archive/2026/a.txt") == "a.txt");
  // A folder whose name starts like the database's is not inside it.
  CHECK(Label("/home/ana/newsroom/a.txt") == "a.txt");
  // Inside both (the export written into the database's folder): the database's.
  CHECK(Label("/home/ana/news/x/a.txt", SourceFolders{"/home/ana/news", "/home/ana/news/x"}) == "x/a.txt");
  // No folders known: the file name.
  CHECK(Label("/home/ana/news/seeds/a.txt", SourceFolders{}) == "a.txt");
  // A path stored relative (an older version stored the fact file's words) stays.
  CHECK(Label("seeds/a.txt") == "seeds/a.txt");
  // Paths with "." or ".." parts, stored or a folder: normalised first.
  CHECK(Label("/home/ana/news/../out/x/a.txt") == "x/a.txt");
  CHECK(Label("/home/ana/news/a.txt", SourceFolders{"/home/ana/./news", ""}) == "a.txt");
  CHECK(Label("/home/ana/news/x/./a.txt") == "x/a.txt");
}

TEST_CASE("JSON names an article from the export file's folder, so it loads back", "[export]") {
  CHECK(Loadable("/home/ana/out/a.txt") == "a.txt");
  CHECK(Loadable("/home/ana/news/seeds/a.txt") == "../news/seeds/a.txt");
  CHECK(Loadable("/home/ana/news/seeds/a.txt", SourceFolders{"/home/ana/news", ""}) == "a.txt");
  CHECK(Loadable("seeds/a.txt") == "seeds/a.txt");
}

TEST_CASE("No writer writes the stored absolute path", "[export]") {
  const std::string stored = "/home/ana/news/seeds/a.txt";
  EventRecord record = Record(stored);
  SourceFolders folders{"/home/ana/news", "/home/ana/out"};

  std::ostringstream csv;
  CsvWriter csv_writer(csv, CsvOptions{false, folders});
  csv_writer.Write(record);
  csv_writer.Finish();
  CHECK(csv.str().find(stored) == std::string::npos);
  CHECK(csv.str().find(",seeds/a.txt,") != std::string::npos);

  std::ostringstream ics;
  IcalOptions ical;
  ical.sources = folders;
  IcalWriter ical_writer(ics, ical);
  ical_writer.Write(record);
  ical_writer.Finish();
  std::string unfolded = ics.str();
  for (size_t at; (at = unfolded.find("\r\n ")) != std::string::npos;) unfolded.erase(at, 3);
  CHECK(unfolded.find("/home/ana") == std::string::npos);
  CHECK(unfolded.find("\\nseeds/a.txt bytes 0..11") != std::string::npos);

  std::ostringstream json;
  JsonWriter json_writer(json, folders);
  json_writer.Write(record);
  json_writer.Finish();
  CHECK(json.str().find(stored) == std::string::npos);
  std::vector<Diagnostic> diagnostics;
  std::vector<FactDocument> documents = ParseFactFile(json.str(), "x.json", &diagnostics);
  REQUIRE(documents.size() == 1);
  CHECK(documents[0].article.path == "../news/seeds/a.txt");
}

TEST_CASE("A path inside a folder, by prefix and by parts alike", "[export]") {
  CHECK(PathInside("/home/ana/news/a.txt", "/home/ana/news") == "a.txt");
  CHECK(PathInside("/home/ana/news/x/a.txt", "/home/ana") == "news/x/a.txt");
  CHECK(PathInside("/home/ana/news/a.txt", "/") == "home/ana/news/a.txt");
  CHECK(PathInside("/home/ana/newsroom/a.txt", "/home/ana/news").empty());
  CHECK(PathInside("/home/ana/news", "/home/ana/news").empty());  // the folder itself
  CHECK(PathInside("/home/ana", "/home/ana/news").empty());
  CHECK(PathInside("seeds/a.txt", "/home/ana").empty());  // relative: unknown base
  // Not normal: decided by parts, not by the letters.
  CHECK(PathInside("/home/ana/news/../secret/a.txt", "/home/ana/news").empty());
  CHECK(PathInside("/home/ana/news/./a.txt", "/home/ana/news") == "a.txt");
  CHECK(PathInside("/home/ana//news/a.txt", "/home/ana/news") == "a.txt");
}

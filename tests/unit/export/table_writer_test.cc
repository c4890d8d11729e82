#include "export/table_writer.h"

#include <catch2/catch.hpp>
#include <sstream>

#include "registry/registry.h"
#include "util/text.h"

using namespace timeline;

namespace {

date::sys_days Day(const char* text) { return *ParseIsoDay(text); }

EventRecord Record(const std::string& id, const std::string& title, DateSpan date) {
  EventRecord r;
  r.event.id = id;
  r.event.type = EventType::kWeaponUnveiling;
  r.event.factuality = Factuality::kPossible;
  r.event.title = title;
  r.event.date = date;
  r.event.actors = {{"PRK", "Korea Utara", "", ActorRole::kInitiator},
                    {"KOR", "Korea Selatan", "", ActorRole::kTarget},
                    {"kim-gunn", "Kim Gunn", "KOR", ActorRole::kTarget}};
  r.source.title = "Korea Utara: uji coba 東京 ü, dan lainnya\tsekali lagi";
  r.source.published = Day("2026-01-26");
  return r;
}

// Titles that are wide (CJK, emoji), combining (e + U+0301), and long.
std::vector<EventRecord> Sample() {
  return {
      Record("000-e01", "東京で日朝首脳会談が開かれた 서울 평양 回談 " + std::string(40, 'x'), DaySpan(Day("2026-01-23"))),
      Record("000-e02", "Pyongyang\xE2\x80\x99s caf\x65\xCC\x81 \xF0\x9F\x9A\x80 launch of a new type of warhead, said line\nbreak",
             DateSpan{Day("2025-12-30"), Day("2026-01-02"), DatePrecision::kDay}),
      Record("000-e03", "short", DateSpan{}),
  };
}

std::vector<std::string> Lines(const std::string& text) {
  std::vector<std::string> lines;
  std::istringstream in(text);
  for (std::string line; std::getline(in, line);) lines.push_back(line);
  return lines;
}

std::string Table(std::optional<size_t> width, const std::vector<EventRecord>& records,
                  Language language = Language::kEnglish) {
  std::ostringstream out;
  TableOptions options;
  options.width = width;
  options.registry = &Registry::Builtin();
  options.language = language;
  TableWriter writer(out, options);
  for (const EventRecord& r : records) writer.Write(r);
  writer.Finish();
  return out.str();
}

}  // namespace

TEST_CASE("The layout fits every width from 40 up and keeps date, type and title", "[export][table]") {
  for (size_t id_width : {7, 21}) {
    for (size_t width = 20; width <= 300; ++width) {
      INFO("width " << width << ", ids " << id_width);
      TableLayout layout = LayoutTable(width, id_width);
      CHECK(layout.total() <= std::max<size_t>(width, kMinTableWidth));
      CHECK(layout.date == 13);
      CHECK(layout.type >= 10);
      CHECK(layout.title >= 12);
      // The title gets no less than any other flexible column.
      CHECK(layout.title >= layout.actors);
      CHECK(layout.title >= layout.source);
      CHECK((layout.id == 0 || layout.id == id_width));
      // Optional columns join in order: ACTORS, then ID, then SOURCE.
      if (layout.id) CHECK(layout.actors > 0);
      if (layout.source) CHECK((layout.actors > 0 && layout.id > 0));
      if (width >= kMinTableWidth) CHECK(layout.total() >= width - 1);  // no width wasted
    }
  }
  // The widths of the golden files, for seed ids ("000-e01").
  TableLayout narrow = LayoutTable(40, 7);
  CHECK((narrow.actors == 0 && narrow.id == 0 && narrow.source == 0));
  CHECK(narrow.gap == 1);
  TableLayout middle = LayoutTable(80, 7);
  CHECK((middle.actors > 0 && middle.id == 7 && middle.source == 0));
  TableLayout wide = LayoutTable(120, 7);
  CHECK((wide.actors > 0 && wide.id == 7 && wide.source == 0));
  CHECK(wide.type == 17);  // "weapon_unveiling?" whole
  TableLayout wider = LayoutTable(160, 7);
  CHECK((wider.actors > 0 && wider.id == 7 && wider.source > 0));
  // SOURCE grows with the width (it was 26 columns at every width).
  CHECK(LayoutTable(200, 7).source > wider.source);
  // Long ids (extracted events) leave ID out of narrower tables.
  CHECK(LayoutTable(80, 21).id == 0);
  CHECK(LayoutTable(100, 21).id == 21);
  // Narrower than 40 is laid out as 40.
  CHECK(LayoutTable(10, 7).total() == LayoutTable(40, 7).total());
}

TEST_CASE("Every row fits its width in display columns and never splits a character", "[export][table]") {
  for (size_t width = 40; width <= 200; width += 3) {
    std::string table = Table(width, Sample());
    std::vector<std::string> lines = Lines(table);
    REQUIRE(lines.size() == 5);  // header, rule, three events
    for (const std::string& line : lines) {
      INFO(width << ": " << line);
      CHECK(DisplayWidth(line) <= width);
      CHECK(FindInvalidUtf8(line) == std::string::npos);
    }
    CHECK(DisplayWidth(lines[1]) == LayoutTable(width, 7).total());
    // Date, type and title always; a cut title ends in an ellipsis.
    CHECK(lines[2].rfind("2026-01-23  ", 0) == 0);
    CHECK(lines[2].find("weapon_un") != std::string::npos);
    CHECK(lines[2].find("東京") != std::string::npos);
    CHECK(lines[2].find("\xE2\x80\xA6") != std::string::npos);
    // A span too long for its column shows its start.
    CHECK(lines[3].rfind("2025-12-30\xE2\x80\x93\xE2\x80\xA6 ", 0) == 0);
    CHECK(lines[4].rfind("undated ", 0) == 0);
  }
}

TEST_CASE("ACTORS are names in the chosen language, targets after an arrow", "[export][table]") {
  const Registry* registry = &Registry::Builtin();
  std::vector<ActorRef> actors = Sample()[0].event.actors;
  CHECK(ActorsCell(actors, registry, Language::kEnglish) == "North Korea \xE2\x86\x92 South Korea, Kim Gunn");
  CHECK(ActorsCell(actors, registry, Language::kIndonesian) == "Korea Utara \xE2\x86\x92 Korea Selatan, Kim Gunn");
  // Initiators and participants together, before the arrow.
  std::vector<ActorRef> drill = {{"USA", "", "", ActorRole::kInitiator},
                                 {"PRK", "", "", ActorRole::kTarget},
                                 {"JPN", "", "", ActorRole::kParticipant}};
  CHECK(ActorsCell(drill, registry, Language::kEnglish) == "United States, Japan \xE2\x86\x92 North Korea");
  // No arrow when nobody, or everybody, is a target.
  std::vector<ActorRef> meeting = {{"KOR", "", "", ActorRole::kParticipant},
                                   {"JPN", "", "", ActorRole::kParticipant}};
  CHECK(ActorsCell(meeting, registry, Language::kIndonesian) == "Korea Selatan, Jepang");
  std::vector<ActorRef> targets = {{"KOR", "", "", ActorRole::kTarget}, {"JPN", "", "", ActorRole::kTarget}};
  CHECK(ActorsCell(targets, registry, Language::kEnglish) == "South Korea, Japan");
  // A fact file's own actor by its name, else its id; no actors: empty.
  std::vector<ActorRef> own = {{"corvaxa", "Corvaxa Ltd", "", ActorRole::kInitiator},
                               {"no-name", "", "", ActorRole::kParticipant}};
  CHECK(ActorsCell(own, registry, Language::kEnglish) == "Corvaxa Ltd, no-name");
  CHECK(ActorsCell({}, registry, Language::kEnglish).empty());
  // Roles only when they fit: else the names as stored, to be cut.
  CHECK(ActorsCell(actors, registry, Language::kEnglish, 44) == "North Korea \xE2\x86\x92 South Korea, Kim Gunn");
  CHECK(ActorsCell(actors, registry, Language::kEnglish, 20) == "North Korea, South Korea, Kim Gunn");
  // The table shows them, in the language asked.
  CHECK(Table(std::nullopt, Sample(), Language::kIndonesian).find("Korea Utara \xE2\x86\x92 Korea Selatan") !=
        std::string::npos);
  CHECK(Table(200, Sample()).find("North Korea \xE2\x86\x92 South Korea, Kim Gunn") != std::string::npos);
  CHECK(Table(200, Sample()).find("PRK") == std::string::npos);
}

TEST_CASE("Without a width nothing is cut", "[export][table]") {
  std::vector<EventRecord> records = Sample();
  std::string table = Table(std::nullopt, records);
  std::vector<std::string> lines = Lines(table);
  REQUIRE(lines.size() == 5);
  CHECK(lines[1].size() == LayoutTable(kUncutTableWidth, 7).total());
  CHECK(table.find("\xE2\x80\xA6") == std::string::npos);
  CHECK(lines[2].find(std::string(40, 'x') + "  ") != std::string::npos);
  CHECK(lines[2].find("North Korea \xE2\x86\x92 South Korea, Kim Gunn") != std::string::npos);
  CHECK(lines[2].find("Korea Utara: uji coba 東京 ü, dan lainnya sekali lagi 2026-01-26") != std::string::npos);
  CHECK(lines[3].rfind("2025-12-30\xE2\x80\x93" "2026-01-02", 0) == 0);
  CHECK(lines[3].find("said line break") != std::string::npos);  // one line per event
  // Cells up to a longer one keep the columns' places.
  CHECK(lines[4].find("North Korea") == lines[0].find("ACTORS"));
}

TEST_CASE("SOURCE keeps the publication day at its right edge", "[export][table]") {
  TableLayout layout = LayoutTable(160, 7);
  REQUIRE(layout.source > 0);
  std::vector<std::string> lines = Lines(Table(160, Sample()));
  // The day ends where the column ends, in every row.
  size_t source_start = lines[0].find("SOURCE");
  for (size_t row = 2; row < lines.size(); ++row) {
    INFO(lines[row]);
    size_t day = lines[row].find(" 2026-01-26");
    REQUIRE(day != std::string::npos);
    // Measured in columns: the rows before it hold wide characters.
    CHECK(DisplayWidth(lines[row].substr(0, day + 11)) == source_start + layout.source);
  }
}

TEST_CASE("A table of at most N rows says whether more came", "[export][table]") {
  std::ostringstream out;
  TableOptions options;
  options.width = 100;
  options.rows = 2;
  TableWriter writer(out, options);
  for (const EventRecord& r : Sample()) writer.Write(r);
  CHECK(writer.rows() == 2);
  CHECK(writer.more());
  CHECK(Lines(out.str()).size() == 4);
  CHECK(out.str().find("000-e03") == std::string::npos);

  std::ostringstream exact;
  options.rows = 3;
  TableWriter all(exact, options);
  for (const EventRecord& r : Sample()) all.Write(r);
  CHECK(all.rows() == 3);
  CHECK(!all.more());
}

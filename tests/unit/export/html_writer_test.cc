// The timeline page's data: hostile text stays data (it cannot end the
// <script> element that holds it), it reads back unchanged, and the page
// needs nothing from the network. The page's behaviour is tested in a real
// browser (tests/browser).
#include <catch2/catch.hpp>
#include <sstream>

#include "export/html_writer.h"

using namespace timeline;

namespace {

// Titles and evidence that would break out of a <script> element, start an
// HTML comment, or end a JavaScript string if written as they are.
const char* const kHostile[] = {
    "</script><p id=\"pwned\">x</p>",
    "</SCRIPT >and <!-- a comment <script> and -->",
    "quotes \" ' ` and \\ backslash",
    "a & b &amp; c > d",
    "line\u2028separator\u2029paragraph",
    "<!--<script>",
};

EventRecord Record(const std::string& id, const std::string& title, const std::string& evidence,
                   const std::string& article) {
  EventRecord r;
  r.event.id = id;
  r.event.type = EventType::kMissileTest;
  r.event.title = title;
  r.event.date = DaySpan(*ParseIsoDay("2026-01-23"));
  r.event.date.text = "pada hari Jumat";
  r.event.actors = {{"PRK", "Korea Utara", "", ActorRole::kInitiator}};
  r.event.evidence = {evidence, 10, 10 + evidence.size()};
  r.source.id = article;
  r.source.title = "article " + article;
  r.source.published = ParseIsoDay("2026-01-26");
  r.source.path = "/data/" + article + ".txt";
  return r;
}

std::string Lower(std::string s) {
  for (char& c : s) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return s;
}

size_t Count(const std::string& text, const std::string& word) {
  size_t n = 0;
  for (size_t at = text.find(word); at != std::string::npos; at = text.find(word, at + 1)) ++n;
  return n;
}

// The text of the element that starts with `open`, up to the next </script>.
std::string ElementText(const std::string& page, const std::string& open) {
  size_t start = page.find(open);
  REQUIRE(start != std::string::npos);
  start += open.size();
  size_t end = Lower(page).find("</script", start);
  REQUIRE(end != std::string::npos);
  return page.substr(start, end - start);
}

std::string Page(const std::vector<EventRecord>& records) {
  std::ostringstream out;
  HtmlWriter writer(out, HtmlOptions{"2026-01-26T10:00:00Z"});
  for (const EventRecord& r : records) writer.Write(r);
  writer.Finish();
  CHECK(writer.events() == records.size());
  return out.str();
}

}  // namespace

TEST_CASE("JSON for a script element has no markup characters and reads back", "[export][html]") {
  for (const char* text : kHostile) {
    std::string json = JsonForScript(nlohmann::json{{"title", text}});
    INFO(json);
    CHECK(json.find_first_of("<>&") == std::string::npos);
    CHECK(json.find("\u2028") == std::string::npos);
    CHECK(json.find("\u2029") == std::string::npos);
    CHECK(nlohmann::json::parse(json)["title"] == text);
  }
  // Bytes that are not UTF-8 do not stop the page.
  CHECK(nlohmann::json::parse(JsonForScript("bad \xff byte")) == "bad \xEF\xBF\xBD byte");
}

TEST_CASE("hostile titles and evidence stay inside the page's data", "[export][html]") {
  std::vector<EventRecord> records;
  int n = 0;
  for (const char* text : kHostile) {
    records.push_back(Record("e" + std::to_string(n++), text, std::string("said ") + text, "a1"));
  }
  EventRecord undated = Record("undated", "no date", "none", "a2");
  undated.event.date = DateSpan{};
  records.push_back(undated);
  std::string page = Page(records);
  std::string lower = Lower(page);

  // Every element the page opens is closed once: no text closed one early
  // or opened one of its own.
  CHECK(Count(lower, "<script") == Count(lower, "</script"));
  CHECK(Count(lower, "<script") == 6);  // events, actors, sources, types, meta; the script
  CHECK(page.find("id=\"pwned\"") == std::string::npos);

  std::string events_text = ElementText(page, "<script type=\"application/json\" id=\"timeline-events\">");
  CHECK(events_text.find('<') == std::string::npos);
  nlohmann::json events = nlohmann::json::parse(events_text);
  REQUIRE(events.size() == records.size());
  for (size_t i = 0; i < records.size(); ++i) {
    CHECK(events[i]["id"] == records[i].event.id);
    CHECK(events[i]["title"] == records[i].event.title);
    CHECK(events[i]["evidence"] == records[i].event.evidence.text);
  }
  CHECK(events[0]["start"] == "2026-01-23");
  CHECK(events[0]["end"] == "2026-01-23");
  CHECK(events[0]["told"] == "pada hari Jumat");
  CHECK(events[0]["cat"] == "military");
  CHECK(events[0]["actors"] == nlohmann::json::parse(R"([["PRK", "initiator"]])"));
  CHECK_FALSE(events.back().contains("start"));
  CHECK(events.back()["precision"] == "unknown");

  // Articles are written once, however many events cite them.
  nlohmann::json sources =
      nlohmann::json::parse(ElementText(page, "<script type=\"application/json\" id=\"timeline-sources\">"));
  REQUIRE(sources.size() == 2);
  CHECK(sources[0][0] == "article a1");
  CHECK(sources[0][1] == "2026-01-26");
  CHECK(events.back()["source"] == 1);
  nlohmann::json meta =
      nlohmann::json::parse(ElementText(page, "<script type=\"application/json\" id=\"timeline-meta\">"));
  CHECK(meta["events"] == records.size());

  // Each event's codes, and the type names in both languages and CAMEO's
  // root names from data/event_types.json, for the card and the filters.
  CHECK(events[0]["plover"] == "MOBILIZE");
  CHECK(events[0]["cameo"] == "15");
  nlohmann::json types =
      nlohmann::json::parse(ElementText(page, "<script type=\"application/json\" id=\"timeline-types\">"));
  CHECK(types["names"].size() == 16);
  CHECK(types["names"]["missile_test"] == nlohmann::json::parse(R"({"en": "Missile test", "id": "Uji coba rudal"})"));
  CHECK(types["cameo"]["15"] == "EXHIBIT FORCE POSTURE");
}

TEST_CASE("the page loads nothing from elsewhere", "[export][html]") {
  std::string page = Lower(Page({Record("e1", "title", "evidence", "a1")}));
  CHECK(page.find("<link") == std::string::npos);
  CHECK(page.find(" src=") == std::string::npos);
  CHECK(page.find("@import") == std::string::npos);
  CHECK(page.find("url(") == std::string::npos);
  CHECK(page.find("fetch(") == std::string::npos);
  CHECK(page.find("xmlhttprequest") == std::string::npos);
  // The policy refuses any load the page might still try.
  CHECK(page.find("content-security-policy\" content=\"default-src 'none'") != std::string::npos);
}

TEST_CASE("the compiled-in script and style cannot end their own element", "[export][html]") {
  CHECK(Lower(std::string(WebFile("timeline.js"))).find("</script") == std::string::npos);
  CHECK(Lower(std::string(WebFile("timeline.css"))).find("</style") == std::string::npos);
  CHECK(std::string(WebFile("timeline.js")).find("<!--") == std::string::npos);
  CHECK_THROWS(WebFile("nothing.js"));
}

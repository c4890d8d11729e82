#include <catch2/catch.hpp>

#include "facts/fact_json.h"

using namespace timeline;

namespace {

const char* kGood = R"({
  "article": {"id": "0123456789abcdef", "title": "T", "published": "2026-01-26",
              "language": "id", "path": "a.txt"},
  "events": [{
    "id": "e1", "type": "meeting", "title": "Envoys meet",
    "date": {"start": "2026-01-23", "end": "2026-01-23", "precision": "day", "text": "pada hari Jumat"},
    "actors": [{"id": "KOR", "name": "Korea Selatan", "country": "KOR", "role": "participant"}],
    "place": {"name": "Seoul", "country": "KOR"},
    "factuality": "asserted",
    "quantities": [{"value": 1.5e12, "unit": "KRW", "text": "1,5 triliun won"}],
    "evidence": {"text": "abc", "start": 10, "end": 13},
    "confidence": 0.9
  }, {
    "id": "e2", "type": "nuclear_test", "title": "",
    "date": {"start": null, "end": null, "precision": "unknown"},
    "actors": [], "factuality": "possible",
    "evidence": {"text": "", "start": 0, "end": 0}
  }]
})";

// Parses `text` and returns the diagnostics as printed, one per line.
std::string Problems(const std::string& text) {
  std::vector<Diagnostic> diagnostics;
  std::vector<FactDocument> documents = ParseFactFile(text, "f.json", &diagnostics);
  if (diagnostics.empty()) return "";
  CHECK(documents.empty());
  return JoinDiagnostics(diagnostics);
}

// kGood with the first occurrence of `from` replaced by `to`.
std::string Edited(const std::string& from, const std::string& to) {
  std::string text = kGood;
  size_t at = text.find(from);
  REQUIRE(at != std::string::npos);
  return text.replace(at, from.size(), to);
}

}  // namespace

TEST_CASE("A well-formed fact document parses into typed records", "[facts]") {
  std::vector<Diagnostic> diagnostics;
  std::vector<FactDocument> documents = ParseFactFile(kGood, "f.json", &diagnostics);
  REQUIRE(diagnostics.empty());
  REQUIRE(documents.size() == 1);
  const FactDocument& d = documents[0];
  CHECK(d.article.id == "0123456789abcdef");
  CHECK(FormatIsoDay(*d.article.published) == "2026-01-26");
  REQUIRE(d.events.size() == 2);
  const Event& e = d.events[0];
  CHECK(e.type == EventType::kMeeting);
  CHECK(FormatIsoDay(*e.date.start) == "2026-01-23");
  CHECK(e.date.precision == DatePrecision::kDay);
  CHECK(e.date.text == "pada hari Jumat");
  REQUIRE(e.actors.size() == 1);
  CHECK(e.actors[0].role == ActorRole::kParticipant);
  CHECK(e.place->name == "Seoul");
  CHECK(e.quantities[0].value == 1.5e12);
  CHECK(e.evidence.start == 10);
  CHECK(e.evidence.end == 13);
  CHECK(*e.confidence == 0.9);
  CHECK_FALSE(d.events[1].date.known());
  CHECK(d.events[1].factuality == Factuality::kPossible);
}

TEST_CASE("Writing and reading a document gives it back unchanged", "[facts]") {
  std::vector<Diagnostic> diagnostics;
  std::vector<FactDocument> documents = ParseFactFile(kGood, "f.json", &diagnostics);
  std::string written = DocumentToJson(documents[0]).dump(2);
  std::vector<FactDocument> again = ParseFactFile(written, "g.json", &diagnostics);
  REQUIRE(diagnostics.empty());
  CHECK(DocumentToJson(again[0]).dump(2) == written);
  // An array of documents is a fact file too.
  std::vector<FactDocument> array = ParseFactFile("[" + written + "]", "h.json", &diagnostics);
  REQUIRE(array.size() == 1);
}

TEST_CASE("Syntax errors name line and column", "[facts]") {
  CHECK(Problems("{\n  \"article\": {,\n}") ==
        "f.json:2:15: invalid JSON: syntax error while parsing object key - unexpected ','; "
        "expected string literal\n  \"article\": {,\n              ^");
  CHECK(Problems("") ==
        "f.json:1:1: invalid JSON: syntax error while parsing value - unexpected end of input; "
        "expected '[', '{', or a literal");
  std::string deep(100000, '[');
  CHECK(Problems(deep) == "f.json:1:33: invalid fact file: nesting deeper than 32 levels");
  CHECK(Problems("{\"article\":\n" + std::string(40, '[')) ==
        "f.json:2:32: invalid fact file: nesting deeper than 32 levels\n" + std::string(40, '[') +
            "\n" + std::string(31, ' ') + "^");
}

TEST_CASE("Meaning errors name the event and field and say what is right", "[facts]") {
  CHECK(Problems(Edited("\"meeting\"", "\"summit\"")) ==
        "f.json: event e1: type: unknown type \"summit\"; use one of meeting, statement, appeal, "
        "warning, protest, agreement, drill, missile_test, nuclear_test, weapon_unveiling, attack, "
        "sanction, aid, theft, cyberattack, report");
  CHECK(Problems(Edited("\"2026-01-23\", \"end\"", "\"2026-02-30\", \"end\"")) ==
        "f.json: event e1: date.start: \"2026-02-30\" is not a calendar day: 2026-02-30 does not "
        "exist: February 2026 has 28 days");
  CHECK(Problems(Edited("\"end\": \"2026-01-23\"", "\"end\": \"2026-01-20\"")) ==
        "f.json: event e1: date: end 2026-01-20 is before start 2026-01-23");
  CHECK(Problems(Edited("\"participant\"", "\"victim\"")) ==
        "f.json: event e1: actors[0].role: unknown role \"victim\"; use one of initiator, target, "
        "participant");
  CHECK(Problems(Edited("\"asserted\"", "\"maybe\"")) ==
        "f.json: event e1: factuality: unknown factuality \"maybe\"; use one of asserted, negated, "
        "possible");
  CHECK(Problems(Edited("\"start\": 10", "\"start\": -4")) ==
        "f.json: event e1: evidence.start: must be a byte offset (a whole number ≥ 0), not -4");
  CHECK(Problems(Edited("\"id\": \"e2\"", "\"id\": \"e1\"")) ==
        "f.json: event e1: duplicate event id; every event needs its own id");
  CHECK(Problems(Edited("\"factuality\": \"asserted\",", "")) ==
        "f.json: event e1: missing field \"factuality\"");
  CHECK(Problems(Edited("\"title\": \"Envoys meet\"", "\"titel\": \"Envoys meet\"")) ==
        "f.json: event e1: unknown field \"titel\"; the fields are id, type, title, date, actors, "
        "place, factuality, quantities, evidence, confidence");
  CHECK(Problems(Edited("\"actors\": [{\"id\": \"KOR\"", "\"actors\": [{\"id\": 7")) ==
        "f.json: event e1: actors[0]: id: must be a string, not a number");
  CHECK(Problems("[]").empty());  // what an export with no events writes
  CHECK(Problems("42") == "f.json: must be a fact document {article, events}, not a number");
  CHECK(Problems(Edited("\"precision\": \"day\"", "\"precision\": \"month\"")) ==
        "f.json: event e1: date: 2026-01-23..2026-01-23 is not one month: a month runs from its "
        "first day to its last");
}

TEST_CASE("JSON Lines: a line's errors carry its line number", "[facts]") {
  std::vector<Diagnostic> diagnostics;
  ParseFactLine("{\"article\": }", "f.jsonl", 7, &diagnostics);
  REQUIRE(diagnostics.size() == 1);
  CHECK(diagnostics[0].line == 7);
  CHECK(diagnostics[0].column == 13);
}

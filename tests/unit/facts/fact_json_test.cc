#include <catch2/catch.hpp>

#include "facts/fact_json.h"
#include "unit/facts/fact_samples.h"

using namespace timeline;
using timeline::testing::kGood;

namespace {

// Parses `text` and returns the diagnostics as printed, one per line.
std::string Problems(const std::string& text) {
  std::vector<Diagnostic> diagnostics;
  std::vector<FactDocument> documents = ParseFactFile(text, "f.json", &diagnostics);
  if (diagnostics.empty()) return "";
  CHECK(documents.empty());
  return JoinDiagnostics(diagnostics);
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

TEST_CASE("People's decisions are read, written back, and written only when there are some",
          "[facts][decisions]") {
  std::vector<Diagnostic> diagnostics;
  std::string text = testing::Edited(
      "\"confidence\": 0.9", "\"confidence\": 0.9, \"merged_with\": [\"other-e2\", \"other-e1\"], "
                             "\"split_from\": [\"e2\"], \"merged_with\": null");
  // merged_with given twice: the last value counts, as for every key.
  std::vector<FactDocument> documents = ParseFactFile(text, "f.json", &diagnostics);
  REQUIRE(diagnostics.empty());
  CHECK(documents[0].events[0].merged_with.empty());
  CHECK(documents[0].events[0].split_from == std::vector<std::string>{"e2"});

  text = testing::Edited("\"confidence\": 0.9",
                         "\"confidence\": 0.9, \"merged_with\": [\"other-e2\", \"other-e1\"], "
                         "\"split_from\": [\"e2\"]");
  documents = ParseFactFile(text, "f.json", &diagnostics);
  REQUIRE(diagnostics.empty());
  const Event& e = documents[0].events[0];
  CHECK(e.merged_with == std::vector<std::string>{"other-e2", "other-e1"});  // as the file gives them
  CHECK(e.split_from == std::vector<std::string>{"e2"});
  CHECK(documents[0].events[1].merged_with.empty());
  nlohmann::ordered_json written = DocumentToJson(documents[0]);
  CHECK(written["events"][0]["merged_with"] == nlohmann::ordered_json({"other-e2", "other-e1"}));
  CHECK(written["events"][0]["split_from"] == nlohmann::ordered_json({"e2"}));
  // After the event's own fields, in the order fact_rules lists them.
  std::vector<std::string> keys;
  for (auto it = written["events"][0].begin(); it != written["events"][0].end(); ++it) keys.push_back(it.key());
  CHECK(keys.back() == "split_from");
  CHECK(keys[keys.size() - 2] == "merged_with");
  CHECK(keys[keys.size() - 3] == "confidence");
  // An event without decisions has neither field: files without them keep their shape.
  CHECK_FALSE(written["events"][1].contains("merged_with"));
  CHECK_FALSE(written["events"][1].contains("split_from"));
  std::vector<FactDocument> again = ParseFactFile(written.dump(2), "g.json", &diagnostics);
  REQUIRE(diagnostics.empty());
  CHECK(DocumentToJson(again[0]) == written);
  // Both sides saying the same of a pair is no contradiction.
  text = testing::EditedTwice({"\"confidence\": 0.9", "\"confidence\": 0.9, \"split_from\": [\"e2\"]"},
                              {"\"factuality\": \"possible\"", "\"factuality\": \"possible\", \"split_from\": [\"e1\"]"});
  CHECK(Problems(text).empty());
  // One JSON Lines line is checked the same way.
  std::string line = nlohmann::json::parse(testing::EditedTwice(
      {"\"confidence\": 0.9", "\"confidence\": 0.9, \"split_from\": [\"e2\"]"},
      {"\"factuality\": \"possible\"", "\"factuality\": \"possible\", \"merged_with\": [\"e1\"]"})).dump();
  ParseFactLine(line, "f.jsonl", 3, &diagnostics);
  REQUIRE(diagnostics.size() == 1);
  CHECK(diagnostics[0].ToString() ==
        "f.jsonl:3: event e2: merged_with[0]: contradicts event e1, whose split_from names \"e2\"; a file "
        "gives one decision for a pair of reports");
}

TEST_CASE("Syntax errors name line and column", "[facts]") {
  for (const testing::BadText& bad : testing::SyntaxErrors()) {
    CHECK(Problems(bad.text) == bad.problems);
  }
}

TEST_CASE("Meaning errors name the event and field and say what is right", "[facts]") {
  for (const testing::BadText& bad : testing::MeaningErrors()) {
    CHECK(Problems(bad.text) == bad.problems);
  }
  CHECK(Problems("[]").empty());  // what an export with no events writes
}

TEST_CASE("JSON Lines: a line's errors carry its line number", "[facts]") {
  std::vector<Diagnostic> diagnostics;
  ParseFactLine("{\"article\": }", "f.jsonl", 7, &diagnostics);
  REQUIRE(diagnostics.size() == 1);
  CHECK(diagnostics[0].line == 7);
  CHECK(diagnostics[0].column == 13);
}

TEST_CASE("article.source_url is read, written back, and optional", "[facts][url]") {
  std::vector<Diagnostic> diagnostics;
  std::string text = testing::Edited("\"path\": \"a.txt\"", "\"path\": \"a.txt\", \"source_url\": \"https://example.com/a?b=1\"");
  std::vector<FactDocument> documents = ParseFactFile(text, "f.json", &diagnostics);
  REQUIRE(diagnostics.empty());
  CHECK(documents[0].article.source_url == "https://example.com/a?b=1");
  nlohmann::ordered_json written = DocumentToJson(documents[0]);
  CHECK(written["article"]["source_url"] == "https://example.com/a?b=1");
  // The JSON Lines reader takes it the same way.
  std::optional<FactDocument> line = ParseValidFactLine(nlohmann::json::parse(text).dump());
  REQUIRE(line);
  CHECK(line->article.source_url == "https://example.com/a?b=1");
  // Absent or null: no URL, and none written.
  documents = ParseFactFile(kGood, "f.json", &diagnostics);
  CHECK(documents[0].article.source_url.empty());
  CHECK_FALSE(DocumentToJson(documents[0])["article"].contains("source_url"));
  documents = ParseFactFile(testing::Edited("\"path\": \"a.txt\"", "\"path\": \"a.txt\", \"source_url\": null"),
                            "f.json", &diagnostics);
  REQUIRE(diagnostics.empty());
  CHECK(documents[0].article.source_url.empty());
}

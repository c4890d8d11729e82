#pragma once
// A fact document and the bad variants of it whose diagnostics the fact
// tests check: fact_json_test.cc checks the messages, fact_sax_test.cc that
// the JSON Lines reader gives the same ones.

#include <catch2/catch.hpp>

#include <string>
#include <utility>
#include <vector>

namespace timeline::testing {

inline const char* const kGood = R"({
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

// kGood with the first occurrence of `from` replaced by `to`.
inline std::string Edited(const std::string& from, const std::string& to) {
  std::string text = kGood;
  size_t at = text.find(from);
  REQUIRE(at != std::string::npos);
  return text.replace(at, from.size(), to);
}

// kGood with two edits, each of the first occurrence.
inline std::string EditedTwice(const std::pair<std::string, std::string>& first,
                               const std::pair<std::string, std::string>& second) {
  std::string text = Edited(first.first, first.second);
  size_t at = text.find(second.first);
  REQUIRE(at != std::string::npos);
  return text.replace(at, second.first.size(), second.second);
}

// A bad fact file and its diagnostics as printed (JoinDiagnostics), read as
// a file named f.json.
struct BadText {
  std::string text;
  std::string problems;
};

// Syntax errors: each names line and column.
inline std::vector<BadText> SyntaxErrors() {
  return {
      {"{\n  \"article\": {,\n}",
       "f.json:2:15: invalid JSON: syntax error while parsing object key - unexpected ','; "
       "expected string literal\n  \"article\": {,\n              ^"},
      {"",
       "f.json:1:1: invalid JSON: syntax error while parsing value - unexpected end of input; "
       "expected '[', '{', or a literal"},
      {std::string(100000, '['), "f.json:1:33: invalid fact file: nesting deeper than 32 levels"},
      {"{\"article\":\n" + std::string(40, '['),
       "f.json:2:32: invalid fact file: nesting deeper than 32 levels\n" + std::string(40, '[') +
           "\n" + std::string(31, ' ') + "^"},
  };
}

// Meaning errors: each names the event and field and says what is right.
inline std::vector<BadText> MeaningErrors() {
  return {
      {Edited("\"meeting\"", "\"summit\""),
       "f.json: event e1: type: unknown type \"summit\"; use one of meeting, statement, appeal, "
       "warning, protest, agreement, drill, missile_test, nuclear_test, weapon_unveiling, attack, "
       "sanction, aid, theft, cyberattack, report"},
      {Edited("\"2026-01-23\", \"end\"", "\"2026-02-30\", \"end\""),
       "f.json: event e1: date.start: \"2026-02-30\" is not a calendar day: 2026-02-30 does not "
       "exist: February 2026 has 28 days"},
      {Edited("\"end\": \"2026-01-23\"", "\"end\": \"2026-01-20\""),
       "f.json: event e1: date: end 2026-01-20 is before start 2026-01-23"},
      {Edited("\"participant\"", "\"victim\""),
       "f.json: event e1: actors[0].role: unknown role \"victim\"; use one of initiator, target, "
       "participant"},
      {Edited("\"asserted\"", "\"maybe\""),
       "f.json: event e1: factuality: unknown factuality \"maybe\"; use one of asserted, negated, "
       "possible"},
      {Edited("\"start\": 10", "\"start\": -4"),
       "f.json: event e1: evidence.start: must be a byte offset (a whole number ≥ 0), not -4"},
      {Edited("\"id\": \"e2\"", "\"id\": \"e1\""),
       "f.json: event e1: duplicate event id; every event needs its own id"},
      {Edited("\"factuality\": \"asserted\",", ""),
       "f.json: event e1: missing field \"factuality\""},
      {Edited("\"title\": \"Envoys meet\"", "\"titel\": \"Envoys meet\""),
       "f.json: event e1: unknown field \"titel\"; the fields are id, type, title, date, actors, "
       "place, factuality, quantities, evidence, confidence, merged_with, split_from, plover, cameo"},
      {Edited("\"actors\": [{\"id\": \"KOR\"", "\"actors\": [{\"id\": 7"),
       "f.json: event e1: actors[0]: id: must be a string, not a number"},
      {"42", "f.json: must be a fact document {article, events}, not a number"},
      {Edited("\"path\": \"a.txt\"", "\"path\": \"a.txt\", \"source_url\": \"ftp://example.com/a\""),
       "f.json: article.source_url: \"ftp://example.com/a\" is not a web address; give the article's http:// or "
       "https:// URL, or leave the field out"},
      {Edited("\"path\": \"a.txt\"", "\"path\": \"a.txt\", \"source_url\": \"\""),
       "f.json: article.source_url: \"\" is not a web address; give the article's http:// or https:// URL, or "
       "leave the field out"},
      {Edited("\"path\": \"a.txt\"", "\"path\": \"a.txt\", \"source_url\": \"../a.txt\""),
       "f.json: article.source_url: \"../a.txt\" is not a web address; give the article's http:// or https:// "
       "URL, or leave the field out"},
      {Edited("\"path\": \"a.txt\"", "\"path\": \"a.txt\", \"source_url\": 7"),
       "f.json: article: source_url: must be a string, not a number"},
      // People's decisions (merged_with, split_from): arrays of other events' ids.
      {Edited("\"confidence\": 0.9", "\"confidence\": 0.9, \"merged_with\": \"e7\""),
       "f.json: event e1: merged_with: must be an array of event ids, not a string"},
      {Edited("\"confidence\": 0.9", "\"confidence\": 0.9, \"split_from\": {}"),
       "f.json: event e1: split_from: must be an array of event ids, not an object"},
      {Edited("\"confidence\": 0.9", "\"confidence\": 0.9, \"merged_with\": [\"e7\", 7, null]"),
       "f.json: event e1: merged_with[1]: must be an event id (a string), not a number\n"
       "f.json: event e1: merged_with[2]: must be an event id (a string), not null\n2 errors"},
      {Edited("\"confidence\": 0.9", "\"confidence\": 0.9, \"merged_with\": [\"\"]"),
       "f.json: event e1: merged_with[0]: event id \"\" is empty"},
      {Edited("\"confidence\": 0.9", "\"confidence\": 0.9, \"split_from\": [\"e7 \"]"),
       "f.json: event e1: split_from[0]: event id \"e7 \" begins or ends with white space"},
      {Edited("\"confidence\": 0.9", "\"confidence\": 0.9, \"split_from\": [\"e\\n7\"]"),
       "f.json: event e1: split_from[0]: event id \"e\\n7\" has a control character"},
      {Edited("\"confidence\": 0.9", "\"confidence\": 0.9, \"merged_with\": [\"e7\", \"e1\"]"),
       "f.json: event e1: merged_with[1]: names the event itself"},
      {Edited("\"confidence\": 0.9", "\"confidence\": 0.9, \"split_from\": [\"e7\", \"e7\"]"),
       "f.json: event e1: split_from[1]: names \"e7\" twice"},
      {Edited("\"confidence\": 0.9", "\"confidence\": 0.9, \"merged_with\": [\"e7\"], \"split_from\": [\"e7\"]"),
       "f.json: event e1: split_from[0]: \"e7\" is in merged_with too; a report is merged with another or "
       "split from it"},
      {EditedTwice({"\"confidence\": 0.9", "\"confidence\": 0.9, \"merged_with\": [\"e2\"]"},
                   {"\"factuality\": \"possible\"", "\"factuality\": \"possible\", \"split_from\": [\"e1\"]"}),
       "f.json: event e2: split_from[0]: contradicts event e1, whose merged_with names \"e2\"; a file gives "
       "one decision for a pair of reports"},
      {Edited("\"precision\": \"day\"", "\"precision\": \"month\""),
       "f.json: event e1: date: 2026-01-23..2026-01-23 is not one month: a month runs from its "
       "first day to its last"},
  };
}

}  // namespace timeline::testing

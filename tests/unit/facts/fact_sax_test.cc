// The JSON Lines reader's fast path (ParseValidFactLine, nlohmann's SAX
// interface) against its reference (ParseFactLineDom, a JSON document checked
// field by field): on every line both must give the same document, ParseFactLine
// the same diagnostics, and the fast path must take every valid line (but
// those with a key twice) and give up on every bad one.

#include <catch2/catch.hpp>

#include <nlohmann/json.hpp>

#include <cstdio>
#include <filesystem>
#include <optional>
#include <string>
#include <vector>

#include "bench/generator.h"
#include "facts/fact_json.h"
#include "unit/facts/fact_samples.h"
#include "util/text.h"

using namespace timeline;

namespace {

namespace fs = std::filesystem;
using nlohmann::ordered_json;

// Text a document can be compared by: every field, strings with their
// length, numbers in hexadecimal (exact, and -0 is not 0).
std::string Text(const std::string& s) { return " " + std::to_string(s.size()) + ":" + s; }
std::string Text(std::string_view word) { return " " + std::string(word); }
std::string Text(double number) {
  char buffer[64];
  std::snprintf(buffer, sizeof buffer, " %a", number);
  return buffer;
}
std::string Text(const std::optional<date::sys_days>& day) {
  return day ? " " + FormatIsoDay(*day) : " (none)";
}

std::string Describe(const Event& e) {
  std::string out = "event" + Text(e.id) + Text(ToString(e.type)) + Text(e.title) + "\n date" +
                    Text(e.date.start) + Text(e.date.end) + Text(ToString(e.date.precision)) +
                    Text(e.date.text) + "\n";
  for (const ActorRef& a : e.actors) {
    out += " actor" + Text(a.id) + Text(a.name) + Text(a.country) + Text(ToString(a.role)) + "\n";
  }
  out += e.place ? " place" + Text(e.place->name) + Text(e.place->country) + "\n" : " no place\n";
  out += " factuality" + Text(ToString(e.factuality)) + "\n";
  for (const Quantity& q : e.quantities) {
    out += " quantity" + Text(q.value) + Text(q.unit) + Text(q.text) + "\n";
  }
  out += " evidence" + Text(e.evidence.text) + " " + std::to_string(e.evidence.start) + ".." +
         std::to_string(e.evidence.end) + "\n";
  out += e.confidence ? " confidence" + Text(*e.confidence) + "\n" : " no confidence\n";
  for (const std::string& id : e.merged_with) out += " merged_with" + Text(id) + "\n";
  for (const std::string& id : e.split_from) out += " split_from" + Text(id) + "\n";
  return out;
}

std::string Describe(const FactDocument& document) {
  const ArticleInfo& a = document.article;
  std::string out = "article" + Text(a.id) + Text(a.title) + Text(a.published) + Text(a.language) +
                    Text(a.path) + "\n";
  for (const Event& e : document.events) out += Describe(e);
  return out;
}

// Every field of the diagnostics, not only what they print.
std::string Describe(const std::vector<Diagnostic>& diagnostics) {
  std::string out;
  for (const Diagnostic& d : diagnostics) {
    out += d.ToString() + "\n[" + d.file + " " + std::to_string(d.line) + ":" +
           std::to_string(d.column) + Text(d.where) + Text(d.message) + Text(d.excerpt) + "]\n";
  }
  return out;
}

enum class Fast {
  kTakes,     // the fast path must read the line (when it is valid)
  kMayLeave,  // valid, but the fast path may leave it to the DOM reader (a key twice)
};

// Reads `line` with both readers and ParseFactLine; returns whether it was valid.
bool SameBothWays(const std::string& line, Fast fast = Fast::kTakes) {
  INFO("line: " << line.substr(0, 3000));
  std::vector<Diagnostic> expected_problems;
  FactDocument expected = ParseFactLineDom(line, "f.jsonl", 5, &expected_problems);
  std::vector<Diagnostic> problems;
  FactDocument document = ParseFactLine(line, "f.jsonl", 5, &problems);
  REQUIRE(Describe(problems) == Describe(expected_problems));
  REQUIRE(Describe(document) == Describe(expected));
  std::optional<FactDocument> fast_document = ParseValidFactLine(line);
  if (!expected_problems.empty()) {
    REQUIRE_FALSE(fast_document.has_value());
    return false;
  }
  if (fast == Fast::kTakes) REQUIRE(fast_document.has_value());
  if (fast_document) REQUIRE(Describe(*fast_document) == Describe(expected));
  return true;
}

// The documents of a fact file, each as one line; the file's own text too.
std::vector<std::string> LinesOf(const fs::path& path) {
  std::string text = ReadFile(path.string());
  std::string ext = path.extension().string();
  if (ext == ".jsonl" || ext == ".ndjson") return Split(text, '\n');
  std::vector<std::string> lines = {text};
  ordered_json root = ordered_json::parse(text, nullptr, /*allow_exceptions=*/false);
  if (root.is_discarded()) return lines;
  if (!root.is_array()) root = ordered_json::array({root});
  for (const ordered_json& document : root) lines.push_back(document.dump());
  return lines;
}

// kGood as one line, and that line edited.
std::string Line() { return ordered_json::parse(testing::kGood).dump(); }
std::string LineEdited(const std::string& from, const std::string& to) {
  std::string line = Line();
  size_t at = line.find(from);
  REQUIRE(at != std::string::npos);
  return line.replace(at, from.size(), to);
}

enum class Expect { kValid, kInvalid, kValidKeyTwice };

struct Case {
  std::string line;
  Expect expect;
};

std::vector<Case> EdgeCases() {
  const std::string title = "\"title\":\"Envoys meet\"";
  const std::string offset = "\"start\":10";
  const std::string value = "\"value\":1500000000000.0";
  const std::string confidence = "\"confidence\":0.9";
  const std::string place = "\"place\":{\"name\":\"Seoul\",\"country\":\"KOR\"}";
  const std::string quantities =
      "\"quantities\":[{\"value\":1500000000000.0,\"unit\":\"KRW\",\"text\":\"1,5 triliun won\"}]";
  const std::string day = "\"start\":\"2026-01-23\",\"end\":\"2026-01-23\",\"precision\":\"day\"";
  const std::string actor = "{\"id\":\"KOR\",\"name\":\"Korea Selatan\",\"country\":\"KOR\"";
  const std::string article =
      R"({"id":"0123456789abcdef","title":"T","published":"2026-01-26","language":"id",)"
      R"("path":"a.txt"})";
  const Expect valid = Expect::kValid, invalid = Expect::kInvalid;
  return {
      {Line(), valid},
      // Strings: escapes, \u escapes and surrogate pairs, raw UTF-8, an escaped key.
      {LineEdited(title, R"("title":"q\"b\\s\/\b\f\n\r\t\u00e9\u0000x")"), valid},
      {LineEdited(title, R"("title":"\ud83d\ude00 \u20AC \uD834\uDD1E")"), valid},
      {LineEdited(title, "\"title\":\"Pertemuan — 会談 😀\""), valid},
      {LineEdited(title, R"("ti\u0074le":"Envoys meet")"), valid},
      {LineEdited(title, R"("title":"\ud83d")"), invalid},
      {LineEdited(title, R"("title":"\ude00\ud83d")"), invalid},
      {LineEdited(title, R"("title":"\x41")"), invalid},
      {LineEdited(title, "\"title\":\"a\tb\""), invalid},
      {LineEdited(title, "\"title\":\"\xC3\""), invalid},
      // Numbers as whole, negative, float, large and tiny.
      {LineEdited(offset, "\"start\":0"), valid},
      {LineEdited(offset, "\"start\":-0"), valid},
      {LineEdited("\"end\":13", "\"end\":18446744073709551615"), valid},
      {LineEdited("\"end\":13", "\"end\":18446744073709551616"), invalid},
      {LineEdited(offset, "\"start\":10.0"), invalid},
      {LineEdited(offset, "\"start\":1e1"), invalid},
      {LineEdited(offset, "\"start\":-1"), invalid},
      {LineEdited(offset, "\"start\":\"10\""), invalid},
      {LineEdited(offset, "\"start\":010"), invalid},
      {LineEdited("\"end\":13", "\"end\":9"), invalid},
      {LineEdited(value, "\"value\":-3"), valid},
      {LineEdited(value, "\"value\":0"), valid},
      {LineEdited(value, "\"value\":-0.0"), valid},
      {LineEdited(value, "\"value\":1e308"), valid},
      {LineEdited(value, "\"value\":5E-324"), valid},
      {LineEdited(value, "\"value\":0.1"), valid},
      {LineEdited(value, "\"value\":18446744073709551615"), valid},
      {LineEdited(value, "\"value\":-9223372036854775808"), valid},
      {LineEdited(value, "\"value\":123456789012345678901234567890"), valid},
      {LineEdited(value, "\"value\":1e999"), invalid},
      {LineEdited(value, "\"value\":\"1\""), invalid},
      {LineEdited(value, "\"value\":null"), invalid},
      {LineEdited(value, "\"value\":true"), invalid},
      {LineEdited(confidence, "\"confidence\":0"), valid},
      {LineEdited(confidence, "\"confidence\":1"), valid},
      {LineEdited(confidence, "\"confidence\":1.0"), valid},
      {LineEdited(confidence, "\"confidence\":-0.0"), valid},
      {LineEdited(confidence, "\"confidence\":1e-300"), valid},
      {LineEdited(confidence, "\"confidence\":0.30000000000000004"), valid},
      {LineEdited(confidence, "\"confidence\":1.0000000001"), invalid},
      {LineEdited(confidence, "\"confidence\":-1"), invalid},
      {LineEdited(confidence, "\"confidence\":\"0.9\""), invalid},
      {LineEdited(confidence, "\"confidence\":false"), invalid},
      // Optional fields missing or null; required ones missing or null.
      {LineEdited(title + ",", ""), valid},
      {LineEdited(title, "\"title\":null"), valid},
      {LineEdited(place + ",", ""), valid},
      {LineEdited(place, "\"place\":null"), valid},
      {LineEdited(place, "\"place\":{\"name\":\"Seoul\"}"), valid},
      {LineEdited(place, "\"place\":{\"name\":\"Seoul\",\"country\":null}"), valid},
      {LineEdited(place, "\"place\":{\"country\":\"KOR\"}"), invalid},
      {LineEdited(place, "\"place\":{\"name\":null}"), invalid},
      {LineEdited(place, "\"place\":\"Seoul\""), invalid},
      {LineEdited(place, "\"place\":{}"), invalid},
      {LineEdited(quantities + ",", ""), valid},
      {LineEdited(quantities, "\"quantities\":null"), valid},
      {LineEdited(quantities, "\"quantities\":[]"), valid},
      {LineEdited(quantities, "\"quantities\":[{\"value\":2,\"unit\":\"\"}]"), valid},
      {LineEdited(quantities, R"("quantities":[{"value":2,"unit":"x","text":null}])"), valid},
      {LineEdited(quantities, "\"quantities\":[{\"value\":2}]"), invalid},
      {LineEdited(quantities, "\"quantities\":[{\"value\":2,\"unit\":null}]"), invalid},
      {LineEdited(quantities, "\"quantities\":[null]"), invalid},
      {LineEdited(quantities, "\"quantities\":{}"), invalid},
      {LineEdited("," + confidence, ""), valid},
      {LineEdited(confidence, "\"confidence\":null"), valid},
      {LineEdited(",\"text\":\"pada hari Jumat\"", ""), valid},
      {LineEdited("\"text\":\"pada hari Jumat\"", "\"text\":null"), valid},
      {LineEdited(day, "\"start\":null,\"end\":null,\"precision\":\"unknown\""), valid},
      {LineEdited(day, "\"precision\":\"unknown\""), valid},
      {LineEdited(day, "\"start\":\"2026-01-23\",\"precision\":\"day\""), invalid},
      {LineEdited(day, "\"start\":\"2026-01-01\",\"end\":\"2026-01-31\",\"precision\":\"month\""),
       valid},
      {LineEdited(day, R"("start":"2026-01-23","end":"2026-01-24","precision":"day")"), valid},
      {LineEdited(day, R"("start":"2026-01-23","end":"2026-01-23","precision":null)"), invalid},
      {LineEdited(day, "\"start\":\"2026-01-23\",\"end\":\"2026-01-23\""), invalid},
      {LineEdited(day, "\"start\":\"\",\"end\":\"2026-01-23\",\"precision\":\"day\""), invalid},
      {LineEdited(day, "\"start\":20260123,\"end\":\"2026-01-23\",\"precision\":\"day\""), invalid},
      {LineEdited(actor, "{\"id\":\"KOR\""), valid},
      {LineEdited(actor, "{\"id\":\"KOR\",\"name\":null,\"country\":null"), valid},
      {LineEdited(actor, "{\"id\":\"\""), invalid},
      {LineEdited(actor, "{\"id\":\" \\t\""), invalid},
      {LineEdited(actor, "{\"id\":null"), invalid},
      {LineEdited(actor, "{\"name\":\"Korea Selatan\""), invalid},
      {LineEdited(",\"role\":\"participant\"", ""), invalid},
      {LineEdited("\"role\":\"participant\"", "\"role\":null"), invalid},
      {LineEdited("\"role\":\"participant\"", "\"role\":\"target\""), valid},
      {LineEdited("\"published\":\"2026-01-26\"", "\"published\":null"), valid},
      {LineEdited("\"published\":\"2026-01-26\"", "\"published\":\"2026-13-01\""), invalid},
      {LineEdited(article, "{\"path\":\"a.txt\"}"), valid},
      {LineEdited(article, R"({"id":null,"title":null,"language":null,"path":"b.txt"})"), valid},
      {LineEdited(article, "{\"id\":\"x\"}"), invalid},
      {LineEdited(article, "{\"path\":null}"), invalid},
      {LineEdited(article, "null"), invalid},
      {LineEdited(article, "[]"), invalid},
      {LineEdited("\"id\":\"e1\"", "\"id\":null"), invalid},
      {LineEdited("\"type\":\"meeting\"", "\"type\":null"), invalid},
      {LineEdited("\"factuality\":\"asserted\"", "\"factuality\":null"), invalid},
      {LineEdited("\"evidence\":{\"text\":\"abc\",", "\"evidence\":{"), invalid},
      {LineEdited("\"evidence\":{\"text\":\"abc\"", "\"evidence\":{\"text\":null"), invalid},
      {LineEdited(",\"end\":13", ""), invalid},
      {LineEdited(offset, "\"start\":null"), invalid},
      // Empty strings: an empty id, type, factuality, role or precision is read as
      // it always was (the default, no complaint).
      {LineEdited("\"id\":\"e1\"", "\"id\":\"\""), valid},
      {LineEdited("\"type\":\"meeting\"", "\"type\":\"\""), valid},
      {LineEdited("\"factuality\":\"asserted\"", "\"factuality\":\"\""), valid},
      {LineEdited("\"role\":\"participant\"", "\"role\":\"\""), valid},
      {LineEdited(day, "\"start\":null,\"end\":null,\"precision\":\"\""), valid},
      {LineEdited(day, R"("start":"2026-01-23","end":"2026-01-23","precision":"")"), invalid},
      // Empty arrays.
      {LineEdited("\"actors\":[" + actor + ",\"role\":\"participant\"}]", "\"actors\":[]"), valid},
      {"{\"article\":" + article + ",\"events\":[]}", valid},
      {"{\"events\":[],\"article\":" + article + "}", valid},
      // White space around and inside.
      {" \t" + Line() + " \r", valid},
      {ordered_json::parse(testing::kGood).dump(4), valid},
      {testing::kGood, valid},
      {"\xEF\xBB\xBF" + Line(), valid},
      // Keys in another order (nlohmann::json's: sorted).
      {nlohmann::json::parse(testing::kGood).dump(), valid},
      // A key twice: the DOM reader takes the last value.
      {LineEdited(title, title + ",\"title\":\"Again\""), Expect::kValidKeyTwice},
      {LineEdited("\"type\":\"meeting\"", "\"type\":\"parade\",\"type\":\"meeting\""),
       Expect::kValidKeyTwice},
      {LineEdited(confidence, "\"confidence\":2,\"confidence\":0.5"), Expect::kValidKeyTwice},
      {LineEdited(place, place + ",\"place\":null"), Expect::kValidKeyTwice},
      {LineEdited("\"article\":", "\"article\":{\"bad\":1},\"article\":"), Expect::kValidKeyTwice},
      {LineEdited(offset, "\"start\":\"x\",\"start\":10"), Expect::kValidKeyTwice},
      {LineEdited(title, "\"title\":1," + title), Expect::kValidKeyTwice},
      {LineEdited(title, title + ",\"title\":1"), invalid},
      // Unknown fields, at every level.
      {LineEdited("\"article\":", "\"x\":1,\"article\":"), invalid},
      {LineEdited("\"path\":\"a.txt\"", "\"path\":\"a.txt\",\"url\":\"\""), invalid},
      {LineEdited(title, title + ",\"note\":null"), invalid},
      {LineEdited("\"precision\":\"day\"", "\"precision\":\"day\",\"tz\":\"UTC\""), invalid},
      {LineEdited("\"role\":\"participant\"", "\"role\":\"participant\",\"x\":[]"), invalid},
      {LineEdited("\"country\":\"KOR\"}", "\"country\":\"KOR\",\"lat\":1}"), invalid},
      {LineEdited("\"unit\":\"KRW\"", "\"unit\":\"KRW\",\"per\":\"year\""), invalid},
      {LineEdited("\"end\":13", "\"end\":13,\"line\":1"), invalid},
      // Wrong kinds of value.
      {LineEdited(title, "\"title\":5"), invalid},
      {LineEdited(title, "\"title\":[]"), invalid},
      {LineEdited(title, "\"title\":{}"), invalid},
      {LineEdited("\"type\":\"meeting\"", "\"type\":true"), invalid},
      {LineEdited("\"events\":[", "\"events\":[1,"), invalid},
      {LineEdited("\"events\":[", "\"events\":[null,"), invalid},
      {LineEdited("\"events\":[", "\"events\":[[],"), invalid},
      {"{\"article\":" + article + ",\"events\":{}}", invalid},
      {"{\"article\":" + article + ",\"events\":null}", invalid},
      {"{\"article\":" + article + "}", invalid},
      {"{\"events\":[]}", invalid},
      {LineEdited("\"actors\":[", "\"actors\":[\"KOR\","), invalid},
      {LineEdited("\"actors\":[", "\"actors\":[[],"), invalid},
      {LineEdited("\"date\":{", "\"date\":\"2026\",\"x\":{"), invalid},
      {LineEdited("\"evidence\":{\"text\":\"abc\",\"start\":10,\"end\":13}", "\"evidence\":[]"),
       invalid},
      // Meaning errors.
      {LineEdited("\"type\":\"meeting\"", "\"type\":\"parade\""), invalid},
      {LineEdited("\"factuality\":\"asserted\"", "\"factuality\":\"certain\""), invalid},
      {LineEdited("\"role\":\"participant\"", "\"role\":\"host\""), invalid},
      {LineEdited("\"precision\":\"day\"", "\"precision\":\"hour\""), invalid},
      {LineEdited("]}", ",{\"id\":\"e1\",\"type\":\"meeting\",\"date\":{\"precision\":\"unknown\"},"
                        "\"actors\":[],\"factuality\":\"asserted\",\"evidence\":{\"text\":\"\","
                        "\"start\":0,\"end\":0}}]}"),
       invalid},
      {LineEdited("]}", ",{\"id\":\"e3\",\"type\":\"meeting\",\"date\":{\"precision\":\"unknown\"},"
                        "\"actors\":[],\"factuality\":\"asserted\",\"evidence\":{\"text\":\"\","
                        "\"start\":0,\"end\":0}}]}"),
       valid},
      {LineEdited("]}", ",{\"id\":\"\",\"type\":\"meeting\",\"date\":{\"precision\":\"unknown\"},"
                        "\"actors\":[],\"factuality\":\"asserted\",\"evidence\":{\"text\":\"\","
                        "\"start\":0,\"end\":0}}]}"),
       valid},
      // People's decisions: arrays of other events' ids, absent, null or empty.
      {LineEdited(confidence, confidence + ",\"merged_with\":[\"x-1\",\"x-2\"]"), valid},
      {LineEdited(confidence, confidence + ",\"split_from\":[\"x-1\"],\"merged_with\":[\"x-2\"]"), valid},
      {LineEdited(confidence, confidence + ",\"merged_with\":null,\"split_from\":[]"), valid},
      {LineEdited(confidence, confidence + ",\"merged_with\":[\"x\u00e9\"]"), valid},
      {LineEdited(confidence, confidence + ",\"merged_with\":\"x-1\""), invalid},
      {LineEdited(confidence, confidence + ",\"merged_with\":[[\"x-1\"]]"), invalid},
      {LineEdited(confidence, confidence + ",\"merged_with\":[{}]"), invalid},
      {LineEdited(confidence, confidence + ",\"merged_with\":[null]"), invalid},
      {LineEdited(confidence, confidence + ",\"merged_with\":[1]"), invalid},
      {LineEdited(confidence, confidence + ",\"merged_with\":[true]"), invalid},
      {LineEdited(confidence, confidence + ",\"split_from\":[\"\"]"), invalid},
      {LineEdited(confidence, confidence + ",\"split_from\":[\" x\"]"), invalid},
      {LineEdited(confidence, confidence + ",\"split_from\":[\"x\\u0001\"]"), invalid},
      {LineEdited(confidence, confidence + ",\"split_from\":[\"e1\"]"), invalid},
      {LineEdited(confidence, confidence + ",\"split_from\":[\"x\",\"x\"]"), invalid},
      {LineEdited(confidence, confidence + ",\"split_from\":[\"x\"],\"merged_with\":[\"x\"]"), invalid},
      {LineEdited(confidence, confidence + ",\"merged_with\":[\"x\"],\"merged_with\":[\"y\"]"),
       Expect::kValidKeyTwice},
      // Syntax.
      {"", invalid},
      {"   ", invalid},
      {"{}", invalid},
      {"[" + Line() + "]", invalid},
      {Line() + " x", invalid},
      {Line() + Line(), invalid},
      {Line().substr(0, 200), invalid},
      {LineEdited("]}", ",]}"), invalid},
      {LineEdited("{", "{\"a\":1,"), invalid},
      {"// note\n" + Line(), invalid},
      {LineEdited(title, "'title':'Envoys meet'"), invalid},
      {LineEdited(value, "\"value\":NaN"), invalid},
      {LineEdited(title, "\"title\":" + std::string(40, '[') + std::string(40, ']')), invalid},
      {std::string(40, '{'), invalid},
      {"42", invalid},
      {"null", invalid},
      {"\"text\"", invalid},
  };
}

}  // namespace

TEST_CASE("SAX reader: hand-written lines read as the DOM reader reads them", "[facts]") {
  for (const Case& c : EdgeCases()) {
    bool valid = SameBothWays(c.line, c.expect == Expect::kValidKeyTwice ? Fast::kMayLeave
                                                                          : Fast::kTakes);
    INFO("line: " << c.line);
    CHECK(valid == (c.expect != Expect::kInvalid));
  }
}

TEST_CASE("SAX reader: the bad documents of fact_json_test give the same diagnostics",
          "[facts]") {
  for (const auto& cases : {testing::SyntaxErrors(), testing::MeaningErrors()}) {
    for (const testing::BadText& bad : cases) CHECK_FALSE(SameBothWays(bad.text));
  }
  CHECK(SameBothWays(testing::kGood));
}

TEST_CASE("SAX reader: every fact file of the repository reads the same", "[facts]") {
  size_t files = 0, valid = 0, lines = 0;
  for (const char* folder : {"seeds", "tests"}) {
    fs::path root = fs::path(TIMELINE_SOURCE_DIR) / folder;
    for (const auto& entry : fs::recursive_directory_iterator(root)) {
      std::string ext = entry.path().extension().string();
      bool corpus = entry.path().parent_path().filename() == "facts" &&
                    entry.path().parent_path().parent_path().filename() == "corpus";
      if (!entry.is_regular_file() ||
          !(corpus || ext == ".json" || ext == ".jsonl" || ext == ".ndjson")) {
        continue;
      }
      ++files;
      for (const std::string& line : LinesOf(entry.path())) {
        ++lines;
        valid += SameBothWays(line);
      }
    }
  }
  INFO(files << " files, " << lines << " lines, " << valid << " valid");
  CHECK(files >= 30);
  CHECK(valid >= 14);  // the seed and the six gold files, each as a file and as a line
}

TEST_CASE("SAX reader: the benchmark's generated documents read the same", "[facts]") {
  bench::GeneratorOptions options;
  options.events = 4000;
  std::vector<std::string> lines;
  bench::Generate(options, [&](const bench::GeneratedDocument& generated) {
    ordered_json document = DocumentToJson(generated.facts);
    lines.push_back(document.dump());
    lines.push_back(document.dump(2));                               // white space
    lines.push_back(nlohmann::json::parse(lines.back()).dump());  // sorted keys
  });
  REQUIRE(lines.size() == 3 * 4000 / 16);
  for (const std::string& line : lines) REQUIRE(SameBothWays(line));

  // And damaged: a byte deleted, inserted, replaced, or the line cut short.
  bench::Random random(7);
  const std::string bytes = "{}[],:\"\\ 0-1.eEnul9";
  size_t damaged = 0, still_valid = 0;
  for (size_t i = 0; i < 100; ++i) {
    const std::string& line = lines[3 * i];
    for (int round = 0; round < 20; ++round) {
      std::string text = line;
      size_t at = random.Below(text.size());
      char byte = bytes[random.Below(bytes.size())];
      switch (round % 4) {
        case 0: text.erase(at, 1); break;
        case 1: text.insert(at, 1, byte); break;
        case 2: text[at] = byte; break;
        case 3: text.resize(at); break;
      }
      ++damaged;
      still_valid += SameBothWays(text);
    }
  }
  INFO(damaged << " damaged lines, " << still_valid << " still valid");
  CHECK(still_valid > 0);
  CHECK(still_valid < damaged);
}

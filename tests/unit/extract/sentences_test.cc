// Sentences written for the project, one article each, with the event each
// must give: tests/extract/sentences/{en,id}.txt. Each line is its own
// regression test of vocabulary, dates and factuality; "!" lines are known
// misses, listed so that what is still wrong stays in sight.

#include <catch2/catch.hpp>

#include <fstream>
#include <string>
#include <vector>

#include "extract/extractor.h"
#include "model/date_span.h"

using namespace timeline;

namespace {

struct Expected {
  int line = 0;
  std::string type, factuality, day, sentence;
  bool known_miss = false;
};

std::vector<Expected> ReadSentences(const std::string& path) {
  std::ifstream in(path);
  REQUIRE(in);
  std::vector<Expected> out;
  std::string text;
  for (int line = 1; std::getline(in, text); ++line) {
    if (text.empty() || text[0] == '#') continue;
    Expected e;
    e.line = line;
    e.known_miss = text[0] == '!';
    if (e.known_miss) text.erase(0, 1);
    std::vector<std::string> fields;
    for (size_t from = 0, n = 0; n < 3; ++n) {
      size_t bar = text.find('|', from);
      REQUIRE(bar != std::string::npos);
      fields.push_back(text.substr(from, bar - from));
      from = bar + 1;
      if (n == 2) e.sentence = text.substr(from);
    }
    e.type = fields[0];
    e.factuality = fields[1];
    e.day = fields[2];
    out.push_back(e);
  }
  return out;
}

void CheckSentences(const std::string& code, const std::string& header) {
  const std::string path = std::string(TIMELINE_SOURCE_DIR) + "/tests/extract/sentences/" + code + ".txt";
  ExtractOptions options;
  options.language = ParseLanguage(code);
  size_t checked = 0;
  for (const Expected& e : ReadSentences(path)) {
    if (e.known_miss) continue;
    INFO(path << ":" << e.line << ": " << e.sentence);
    bool found = false;
    for (const Event& event : ExtractArticle(header + e.sentence + "\n", "s.txt", options).events) {
      found = found || (std::string(ToString(event.type)) == e.type &&
                        std::string(ToString(event.factuality)) == e.factuality &&
                        (e.day.empty() || (event.date.start && FormatIsoDay(*event.date.start) == e.day)));
    }
    CHECK(found);
    ++checked;
  }
  CHECK(checked > 100);  // the file was read
}

}  // namespace

TEST_CASE("English sentences of every type and factuality give their event", "[extract][sentences]") {
  CheckSentences("en", "Wednesday, March 11, 2026\n\nTitle\n\n");
}

TEST_CASE("Indonesian sentences of every type and factuality give their event", "[extract][sentences]") {
  CheckSentences("id", "Rabu, 11 Maret 2026 10:00 WIB\n\nJudul\n\n");
}

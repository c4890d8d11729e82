// Extraction stays linear in the article's size, whatever its shape: the
// window bound on a sentence (SentenceWindows), and the counts of inner-loop
// steps (extract/steps.h), which grow with the article's size, not with its
// square. Nothing here is timed.
#include <catch2/catch.hpp>
#include <filesystem>
#include <fstream>
#include <functional>
#include <map>
#include <sstream>

#include "extract/extractor.h"
#include "extract/steps.h"
#include "extract/tokens.h"

using namespace timeline;
namespace fs = std::filesystem;

namespace {

const std::string kHeader = "Kompas.com - 12/03/2026, 19:48 WIB\n\nJudul berita\n\n";

// `units` one after the other (separated by `separator`) up to `bytes`.
std::string Repeat(const std::vector<std::string>& units, size_t bytes, const std::string& separator = " ") {
  std::string out;
  for (size_t i = 0; out.size() < bytes; ++i) out += (i ? separator : "") + units[i % units.size()];
  return out;
}

// The seed article's body with no full stop: one sentence.
std::string Unpunctuated() {
  std::ifstream in(fs::path(TIMELINE_SOURCE_DIR) / "seeds/000_69a52ad502c6601e.txt", std::ios::binary);
  std::ostringstream bytes;
  bytes << in.rdbuf();
  std::string text = bytes.str(), out;
  size_t body = text.find("\n\n", text.find("\n\n") + 2);
  for (char c : text.substr(body == std::string::npos ? 0 : body)) {
    if (c != '.' && c != '!' && c != '?') out += c == '\n' ? ' ' : c;
  }
  return out;
}

// A day of its own for each i, from 1900 on.
std::string Day(size_t i) {
  const char* months[] = {"Januari", "Februari", "Maret",     "April",   "Mei",      "Juni",
                          "Juli",    "Agustus",  "September", "Oktober", "November", "Desember"};
  return std::to_string(i % 28 + 1) + " " + months[(i / 28) % 12] + " " + std::to_string(1900 + i / 336);
}

// Article makers by shape: each gives an article of about `bytes`.
std::map<std::string, std::function<std::string(size_t)>> Shapes() {
  std::string words = Unpunctuated();
  std::map<std::string, std::function<std::string(size_t)>> shapes;
  shapes["one sentence"] = [words](size_t bytes) { return kHeader + Repeat({words}, bytes, "") + "\n"; };
  shapes["triggers, names and dates"] = [](size_t bytes) {
    return kHeader +
           Repeat({"Korea Utara menyerang Jepang pada 5 Mei 2025 , kata Kementerian Luar Negeri bahwa latihan yang",
                   "Rusia tidak bertemu China pada Senin (6/5) , menurut Amerika Serikat yang mengecam",
                   "keesokan harinya Jepang menjatuhkan sanksi kepada Korea Utara ; Iran akan menyerang Israel"},
                  bytes) +
           "\n";
  };
  shapes["trigger words"] = [](size_t bytes) {
    return kHeader + Repeat({"menyerang", "mengecam", "bertemu", "sanksi", "latihan", "mengatakan"}, bytes) + "\n";
  };
  shapes["dates"] = [](size_t bytes) {
    std::vector<std::string> days;
    for (size_t i = 0; i < 300; ++i) days.push_back(Day(i) + ",");
    return kHeader + "Korea Utara menyerang Jepang pada " + Repeat(days, bytes) + "\n";
  };
  shapes["names"] = [](size_t bytes) {
    return kHeader + Repeat({"Korea Utara", "Jepang", "Amerika Serikat", "China", "Rusia", "Iran"}, bytes) + "\n";
  };
  shapes["prepositions"] = [](size_t bytes) {
    return kHeader + Repeat({"pada", "sejak", "pada", "tanggal", "sekitar", "hari"}, bytes) + "\n";
  };
  shapes["organs, joined verbs, places"] = [](size_t bytes) {
    return kHeader +
           Repeat({"Kementerian Luar Negeri Vietnam mengatakan pada Senin bahwa", "latihan militer China",
                   "dan mendesak Jepang ,", "orang bersenjata menyerang di Papua", "dan menuduh Filipina"},
                  bytes) +
           "\n";
  };
  shapes["table"] = [](size_t bytes) {
    std::vector<std::string> rows;
    for (int i = 0; i < 50; ++i) {
      rows.push_back(std::to_string(i) + "\tKorea Utara\t" + std::to_string(2000 + i % 26) + "\t1.2" +
                     std::to_string(i) + "\t" + (i % 2 ? "sanksi" : "latihan") + "\t" + Day(i));
    }
    return kHeader + Repeat(rows, bytes, "\n") + "\n";
  };
  shapes["many events"] = [](size_t bytes) {
    // Dated events, each a day of its own, and condemnations with no
    // target: Merge and the look-backs see every event before.
    const char* actors[] = {"Korea Utara", "Jepang", "Amerika Serikat", "China", "Rusia", "Iran"};
    std::string out = kHeader;
    for (size_t i = 0; out.size() < bytes; ++i) {
      std::string a = actors[i % 6], b = actors[(i + 1) % 6];
      out += i % 3 == 0   ? a + " menyerang " + b + " pada " + Day(i) + ". "
             : i % 3 == 1 ? a + " mengecam pada " + Day(i) + ". "
                          : a + " menyerang " + b + ".\n\n";
    }
    return out;
  };
  shapes["unregistered groups"] = [](size_t bytes) {
    // Thefts on one day by groups the registry does not know, each another:
    // all kept, none sharing a party, so Merge must not compare each with
    // every one before.
    std::string out = kHeader;
    for (size_t i = 0; out.size() < bytes; ++i) {
      std::string name = "K";
      for (size_t n = i; name.size() < 6; n /= 26) name += static_cast<char>('a' + n % 26);
      out += "Peretas dari kelompok " + name + " mencuri 5 juta dolar dari bursa kripto Jepang pada 5 Mei 2025. ";
    }
    return out;
  };
  return shapes;
}

ExtractionSteps StepsOf(const std::string& article) {
  Steps() = ExtractionSteps{};
  ExtractArticle(article, "t.txt", {});
  return Steps();
}

size_t TokenCount(std::string_view text) { return Tokenize(text).size(); }

}  // namespace

TEST_CASE("A short sentence is one window", "[extract][linear]") {
  std::string s = "Korea Utara meluncurkan rudal balistik pada Senin, kata militer Korea Selatan.";
  auto windows = SentenceWindows(s);
  REQUIRE(windows.size() == 1);
  CHECK(windows[0] == std::make_pair(size_t{0}, s.size()));
  // kMaxWindowTokens - 1 words ("kata kata ... kata"): more bytes than the bound, not more tokens.
  std::string long_one = Repeat({"kata"}, 5 * kMaxWindowTokens);
  long_one.resize(5 * (kMaxWindowTokens - 1) - 1);
  CHECK(TokenCount(long_one) < kMaxWindowTokens);
  CHECK(SentenceWindows(long_one).size() == 1);
}

TEST_CASE("A long sentence is cut into windows of at most kMaxWindowTokens tokens", "[extract][linear]") {
  struct Case {
    const char* name;
    std::string text;
    std::string end;  // what every window but the last ends with
  };
  std::vector<std::string> words;
  for (int i = 0; i < 40; ++i) words.push_back("kata" + std::to_string(i));
  std::vector<std::string> clauses = {"satu dua tiga empat , lima enam tujuh", "delapan sembilan ; sepuluh"};
  const Case cases[] = {
      {"no mark: hard cuts", Repeat(words, 200000), ""},
      {"commas", Repeat({"satu dua tiga empat lima enam tujuh delapan sembilan ,"}, 200000), ","},
      {"semicolons before commas", Repeat(clauses, 200000), ";"},
      {"lines of a table", Repeat({"1\t2\t3,5\tKorea Utara\t2025"}, 200000, "\n"), "2025"},
  };
  for (const Case& c : cases) {
    INFO(c.name);
    auto windows = SentenceWindows(c.text);
    size_t total = TokenCount(c.text), covered = 0;
    REQUIRE(windows.size() > 1);
    CHECK(windows.front().first == 0);
    CHECK(windows.back().second == c.text.size());
    for (size_t i = 0; i < windows.size(); ++i) {
      auto [begin, end] = windows[i];
      REQUIRE(begin < end);
      if (i > 0) CHECK(begin >= windows[i - 1].second);  // in order, without overlap
      std::string_view window = std::string_view(c.text).substr(begin, end - begin);
      size_t tokens = TokenCount(window);
      CHECK(tokens <= kMaxWindowTokens);
      if (i + 1 < windows.size()) {
        CHECK(tokens > kMaxWindowTokens / 2);  // cut in the second half
        if (!c.end.empty()) CHECK(window.substr(window.size() - c.end.size()) == c.end);
      }
      covered += tokens;
    }
    CHECK(covered == total);  // every token in one window
  }
}

TEST_CASE("No sentence is analysed in more than kMaxWindowTokens tokens", "[extract][linear]") {
  for (const auto& [name, make] : Shapes()) {
    INFO(name);
    ExtractionSteps steps = StepsOf(make(200000));
    CHECK(steps.longest_window <= kMaxWindowTokens);
    CHECK(steps.tokens > 20000);
  }
}

TEST_CASE("Extraction's steps grow linearly with the article, whatever its shape", "[extract][linear]") {
  // Four times the text, about four times the steps: a step of a loop over
  // the sentence, its dates or the events before, inside another such loop,
  // makes it about sixteen times.
  const size_t kSmall = 50000;
  for (const auto& [name, make] : Shapes()) {
    INFO(name);
    std::string small = make(kSmall), large = make(4 * kSmall);
    ExtractionSteps a = StepsOf(small), b = StepsOf(large);
    double bytes = static_cast<double>(large.size()) / static_cast<double>(small.size());
    auto ratio = [&](uint64_t x, uint64_t y) { return static_cast<double>(y) / static_cast<double>(std::max<uint64_t>(x, 1)); };
    INFO("steps " << a.total() << " -> " << b.total() << "; temporal " << a.temporal << " -> " << b.temporal
                  << ", dates " << a.dates << " -> " << b.dates << ", earlier " << a.earlier << " -> "
                  << b.earlier << ", cues " << a.cues << " -> " << b.cues << ", tokens " << a.tokens << " -> "
                  << b.tokens);
    CHECK(ratio(a.total(), b.total()) < 1.25 * bytes);
    for (auto [x, y] : {std::pair{a.temporal, b.temporal}, {a.dates, b.dates}, {a.earlier, b.earlier},
                        {a.cues, b.cues}, {a.tokens, b.tokens}}) {
      if (y > 1000) CHECK(ratio(x, y) < 1.25 * bytes);
    }
    // And a bounded cost per token: no step count is a large multiple of
    // the tokens (a window of kMaxWindowTokens allows at most that many).
    CHECK(b.total() < 64 * b.tokens);
  }
}

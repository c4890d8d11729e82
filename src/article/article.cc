#include "article/article.h"

#include <nlohmann/json.hpp>

#include <cctype>
#include <map>
#include <set>
#include <unordered_map>
#include <unordered_set>

#include "extract/tokens.h"
#include "util/diagnostic.h"
#include "util/embedded.h"
#include "util/error.h"
#include "util/text.h"

namespace timeline {
namespace {

constexpr unsigned kIndonesianWord = 1, kEnglishWord = 2;

struct ArticleWords {
  std::map<std::string, unsigned> months;
  std::unordered_set<std::string> abbreviations;
  // Function words, with a bit per language (kIndonesianWord, kEnglishWord):
  // one look-up per word tells both.
  std::unordered_map<std::string, unsigned> function_words;
  std::set<std::string> trailer_starts;

  static const ArticleWords& Get() {
    static const ArticleWords words = [] {
      ArticleWords w;
      nlohmann::json temporal = nlohmann::json::parse(EmbeddedData("temporal.json"));
      for (auto& [k, v] : temporal["months"].items()) w.months[k] = v;
      nlohmann::json data = nlohmann::json::parse(EmbeddedData("article.json"));
      for (const auto& v : data["abbreviations"]) w.abbreviations.insert(v.get<std::string>());
      for (const auto& v : data["function_words"]["id"]) w.function_words[v.get<std::string>()] |= kIndonesianWord;
      for (const auto& v : data["function_words"]["en"]) w.function_words[v.get<std::string>()] |= kEnglishWord;
      for (const auto& v : data["trailer_starts"]) w.trailer_starts.insert(v.get<std::string>());
      return w;
    }();
    return words;
  }
};

std::optional<date::sys_days> Day(int year, int month, int day) {
  if (month < 1 || month > 12 || day < 1 || day > 31) return std::nullopt;
  date::year_month_day ymd{date::year{year}, date::month(static_cast<unsigned>(month)),
                           date::day(static_cast<unsigned>(day))};
  if (!ymd.ok()) return std::nullopt;
  return date::sys_days(ymd);
}

// A number token's value when it has at most four digits, else -1.
int Small(const Token& t) { return t.number && t.folded.size() <= 4 ? std::stoi(t.folded) : -1; }

bool IsYearToken(const Token& t) {
  return t.number && t.folded.size() == 4 && std::stoi(t.folded) >= 1900 && std::stoi(t.folded) <= 2100;
}

std::vector<Span> Lines(std::string_view text, size_t begin, size_t end) {
  std::vector<Span> lines;
  size_t start = begin;
  for (size_t i = begin; i <= end; ++i) {
    if (i == end || text[i] == '\n') {
      size_t stop = i;
      if (stop > start && text[stop - 1] == '\r') --stop;
      lines.push_back({start, stop});
      start = i + 1;
    }
  }
  return lines;
}

bool Blank(std::string_view line) { return Trim(line).empty(); }

// Matter after the story: link lists, ads, share buttons, a lone spam line.
bool IsTrailer(std::string_view paragraph) {
  std::string folded = FoldForMatch(Trim(paragraph));
  for (const std::string& start : ArticleWords::Get().trailer_starts) {
    if (StartsWith(folded, start)) return true;
  }
  // A short line with no sentence punctuation is not part of the story.
  size_t words = Split(folded, ' ').size();
  char last = folded.empty() ? '.' : folded.back();
  bool punctuated = last == '.' || last == '"' || last == '!' || last == '?' || last == ')' ||
                    EndsWith(folded, "\xE2\x80\x9D");
  return words <= 4 && !punctuated;
}

}  // namespace

std::optional<date::sys_days> FindHeaderDate(std::string_view line, std::optional<int> year_hint) {
  std::vector<Token> t = Tokenize(line);
  const auto& months = ArticleWords::Get().months;
  auto month_at = [&](size_t i) -> int {
    if (i >= t.size()) return 0;
    auto it = months.find(t[i].folded);
    return it == months.end() ? 0 : static_cast<int>(it->second);
  };
  for (size_t i = 0; i < t.size(); ++i) {
    // 2026-03-02
    if (IsYearToken(t[i]) && i + 4 < t.size() && t[i + 1].folded == "-" && t[i + 2].number &&
        t[i + 3].folded == "-" && t[i + 4].number) {
      if (auto d = Day(std::stoi(t[i].folded), Small(t[i + 2]), Small(t[i + 4]))) return d;
    }
    // 07/01/2026 and (10/5/2026): day first, as Indonesian sites write it.
    if (t[i].number && t[i].folded.size() <= 2 && i + 4 < t.size() && t[i + 1].folded == "/" &&
        t[i + 2].number && t[i + 3].folded == "/" && IsYearToken(t[i + 4])) {
      if (auto d = Day(std::stoi(t[i + 4].folded), Small(t[i + 2]), std::stoi(t[i].folded))) return d;
    }
    // 2 Maret 2026, 16 Jun 2026, 18 Des 2025
    if (t[i].number && t[i].folded.size() <= 2 && month_at(i + 1)) {
      size_t k = i + 2;
      if (k < t.size() && t[k].folded == ".") ++k;
      if (k < t.size() && IsYearToken(t[k])) {
        if (auto d = Day(std::stoi(t[k].folded), month_at(i + 1), std::stoi(t[i].folded))) return d;
      }
    }
    // January 26, 2026 / Feb. 6 (year from elsewhere in the header)
    if (month_at(i) && t[i].word) {
      size_t k = i + 1;
      if (k < t.size() && t[k].folded == ".") ++k;
      if (k < t.size() && t[k].number && t[k].folded.size() <= 2) {
        size_t y = k + 1;
        if (y < t.size() && t[y].folded == ",") ++y;
        int year = y < t.size() && IsYearToken(t[y]) ? std::stoi(t[y].folded) : year_hint.value_or(0);
        if (year > 0) {
          if (auto d = Day(year, month_at(i), std::stoi(t[k].folded))) return d;
        }
      }
    }
  }
  return std::nullopt;
}

std::vector<Span> SplitSentences(std::string_view text, size_t begin, size_t end) {
  const auto& abbreviations = ArticleWords::Get().abbreviations;
  std::vector<Span> sentences;
  size_t start = begin;
  auto skip_space = [&](size_t i) {
    while (i < end && (text[i] == ' ' || text[i] == '\t' || text[i] == '\n' || text[i] == '\r')) ++i;
    return i;
  };
  start = skip_space(start);
  for (size_t i = start; i < end; ++i) {
    char c = text[i];
    if (c != '.' && c != '!' && c != '?') continue;
    // Numbers: "1.2", "1,5" have a digit right after.
    if (i + 1 < end && std::isdigit(static_cast<unsigned char>(text[i + 1]))) continue;
    size_t after = i + 1;
    // Closing quotes and brackets stay with the sentence they end.
    while (after < end) {
      if (text[after] == '"' || text[after] == '\'' || text[after] == ')') {
        ++after;
      } else if (text.compare(after, 3, "\xE2\x80\x9D") == 0 || text.compare(after, 3, "\xE2\x80\x99") == 0) {
        after += 3;
      } else {
        break;
      }
    }
    size_t next = skip_space(after);
    if (next == after && next < end) continue;  // no space: "U.S." inside a word
    if (next < end) {
      unsigned char n = static_cast<unsigned char>(text[next]);
      bool starts = std::isupper(n) || std::isdigit(n) || n == '"' || n == '(' ||
                    text.compare(next, 3, "\xE2\x80\x9C") == 0 || n >= 0xC3;
      if (!starts) continue;
      if (c == '.') {
        // The word before the full stop: an abbreviation or an initial?
        size_t w = i;
        while (w > start && text[w - 1] != ' ' && text[w - 1] != '\n' && text[w - 1] != '(') --w;
        std::string word = FoldForMatch(text.substr(w, i - w + 1));
        if (abbreviations.count(word)) continue;
        if (i - w == 1 && std::isupper(static_cast<unsigned char>(text[w]))) continue;  // "N. Korea"
      }
    }
    sentences.push_back({start, after});
    start = next;
    i = next == 0 ? 0 : next - 1;
  }
  size_t stop = end;
  while (stop > start && std::isspace(static_cast<unsigned char>(text[stop - 1]))) --stop;
  if (stop > start) sentences.push_back({start, stop});
  return sentences;
}

Language DetectLanguage(std::string_view text) {
  const ArticleWords& words = ArticleWords::Get();
  size_t id = 0, en = 0;
  // The first two hundred words or so decide (function words are a third of
  // running text); the rest would only cost time.
  constexpr size_t kSample = 1500;
  if (text.size() > kSample) {
    size_t cut = text.rfind(' ', kSample);
    text = text.substr(0, cut == std::string_view::npos ? kSample : cut);
  }
  for (const Token& t : Tokenize(text)) {
    if (!t.word) continue;  // punctuation and numbers are no function words
    auto it = words.function_words.find(t.folded);
    if (it == words.function_words.end()) continue;
    if (it->second & kIndonesianWord) ++id;
    if (it->second & kEnglishWord) ++en;
  }
  return en > id ? Language::kEnglish : Language::kIndonesian;
}

Article ParseArticle(std::string_view bytes, const std::string& path, const ArticleOptions& options) {
  Article article;
  article.bytes = bytes;
  size_t invalid = FindInvalidUtf8(bytes);
  if (invalid != std::string_view::npos) {
    LineColumn at = LineColumnAt(bytes, invalid);
    throw InputError(path + ":" + std::to_string(at.line) + ":" + std::to_string(at.column) +
                     ": invalid UTF-8 at byte " + std::to_string(invalid) + "; save the article as UTF-8");
  }
  if (bytes.find('\0') != std::string_view::npos) {
    throw InputError(path + ": holds NUL bytes: not a text article");
  }
  size_t begin = StartsWith(bytes, "\xEF\xBB\xBF") ? 3 : 0;
  std::vector<Span> lines = Lines(bytes, begin, bytes.size());
  // Header: the lines before the title. The first non-blank lines that hold
  // a date are header; the first line without one is the title.
  std::optional<int> year_hint;
  for (size_t i = 0; i < lines.size() && i < 8; ++i) {
    for (const Token& t : Tokenize(article.Text(lines[i]))) {
      if (IsYearToken(t)) year_hint = std::stoi(t.folded);
    }
  }
  size_t line = 0;
  std::optional<date::sys_days> found;
  while (line < lines.size() && Blank(article.Text(lines[line]))) ++line;
  while (line < lines.size()) {
    std::string_view text = article.Text(lines[line]);
    if (Blank(text)) {
      ++line;
      continue;
    }
    std::optional<date::sys_days> date = FindHeaderDate(text, std::nullopt);
    if (!date || Split(Trim(text), ' ').size() > 12) break;  // a headline, not a date line
    if (!found) found = date;
    ++line;
  }
  if (line >= lines.size()) throw InputError(path + ": no headline and no story found");
  article.title = std::string(Trim(article.Text(lines[line])));
  size_t body_begin = lines[line].end;
  // A dateline in the body ("SEOUL, Feb. 6 (Yonhap) --") dates an article
  // whose header has none.
  std::vector<Span> paragraphs;
  Span current{0, 0};
  bool open = false;
  for (const Span& l : Lines(bytes, body_begin, bytes.size())) {
    if (Blank(article.Text(l))) {
      if (open) paragraphs.push_back(current);
      open = false;
    } else if (!open) {
      current = l;
      open = true;
    } else {
      current.end = l.end;
    }
  }
  if (open) paragraphs.push_back(current);
  while (!paragraphs.empty() && IsTrailer(article.Text(paragraphs.back()))) paragraphs.pop_back();
  if (paragraphs.empty()) throw InputError(path + ": the article has a headline but no story");
  if (!found) {
    std::string_view first = article.Text(paragraphs.front());
    found = FindHeaderDate(first.substr(0, std::min<size_t>(first.size(), 80)), year_hint);
  }
  article.published = options.published ? options.published : found;
  if (!article.published) {
    throw InputError(path + ": cannot find the publication date in the article's header; give it "
                     "with --published YYYY-MM-DD");
  }
  article.paragraphs = paragraphs;
  std::string body;
  for (size_t p = 0; p < paragraphs.size(); ++p) {
    body += std::string(article.Text(paragraphs[p])) + "\n";
    for (const Span& s : SplitSentences(bytes, paragraphs[p].begin, paragraphs[p].end)) {
      article.sentences.push_back({{s.begin, s.end}, p});
    }
  }
  article.language = options.language ? *options.language : DetectLanguage(body);
  return article;
}

}  // namespace timeline

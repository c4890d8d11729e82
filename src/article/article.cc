#include "article/article.h"

#include <nlohmann/json.hpp>

#include <algorithm>
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

// The language is told from the first 1,500 bytes of the story or so
// (function words are a third of running text); the rest would only cost time.
constexpr size_t kLanguageSample = 1500;

struct ArticleWords {
  std::map<std::string, unsigned> months;
  std::unordered_set<std::string> abbreviations;
  // Function words, with a bit per language (kIndonesianWord, kEnglishWord):
  // one look-up per word tells both.
  std::unordered_map<std::string, unsigned> function_words;
  std::set<std::string> trailer_starts;
  // Paragraphs anywhere in the story that are not story: related links,
  // captions, sign-offs (by their start), captions (by a photo credit).
  std::vector<std::string> aside_starts, caption_credits;
  // Header words ("header" in data/article.json).
  std::unordered_map<std::string, unsigned> weekdays;  // ISO 1..7, abbreviations too
  std::unordered_set<std::string> published_labels, updated_labels, time_words, us_time_zones,
      byline_starts, sources, sections;
  std::unordered_set<std::string> source_url_labels;  // "url", "sumber" ...: "Sumber: https://..."
  std::vector<std::string> copyright;

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
      for (const auto& v : data["aside_starts"]) w.aside_starts.push_back(v.get<std::string>());
      for (const auto& v : data["caption_credits"]) w.caption_credits.push_back(v.get<std::string>());
      const nlohmann::json& header = data["header"];
      for (auto& [k, v] : header["months"].items()) w.months[k] = v;
      for (auto& [k, v] : header["weekdays"].items()) w.weekdays[k] = v;
      auto fill = [&](const char* key, std::unordered_set<std::string>* set) {
        for (const auto& v : header[key]) set->insert(v.get<std::string>());
      };
      fill("published_labels", &w.published_labels);
      fill("updated_labels", &w.updated_labels);
      fill("time_words", &w.time_words);
      fill("us_time_zones", &w.us_time_zones);
      fill("byline_starts", &w.byline_starts);
      fill("sources", &w.sources);
      fill("sections", &w.sections);
      fill("source_url_labels", &w.source_url_labels);
      for (const auto& v : header["copyright"]) w.copyright.push_back(v.get<std::string>());
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

int YearOf(date::sys_days day) { return static_cast<int>(date::year_month_day(day).year()); }
unsigned IsoWeekday(date::sys_days day) { return date::weekday(day).iso_encoding(); }

// The latest day `day` of `month` not after `limit` (a dateline's "Dec 4"
// under a header dated 2 January 2026 is 4 December 2025).
std::optional<date::sys_days> LatestNotAfter(int month, int day, date::sys_days limit) {
  auto d = Day(YearOf(limit), month, day);
  if (d && *d > limit) d = Day(YearOf(limit) - 1, month, day);
  if (!d) d = Day(YearOf(limit) - 1, month, day);  // 29 February
  return d;
}

// A header line in tokens of its own: folded, digits and letters apart
// ("26T09:30" is 26, t, 09, :, 30), an apostrophe inside a word dropped
// ("Jum'at" is jumat), any other character a mark.
struct HeaderToken {
  enum Kind { kNumber, kWord, kMark } kind = kMark;
  std::string text;
  int value = -1;  // numbers of at most four digits
};

std::vector<HeaderToken> HeaderTokens(std::string_view line) {
  std::string f = FoldForMatch(line);
  std::vector<HeaderToken> out;
  auto letter = [&](size_t i) { return i < f.size() && f[i] >= 'a' && f[i] <= 'z'; };
  auto digit = [&](size_t i) { return i < f.size() && f[i] >= '0' && f[i] <= '9'; };
  for (size_t i = 0; i < f.size();) {
    unsigned char c = static_cast<unsigned char>(f[i]);
    if (c == ' ' || c == '\t' || c == '\r' || c == '\n') {
      ++i;
      continue;
    }
    HeaderToken t;
    if (digit(i)) {
      size_t start = i;
      while (digit(i)) ++i;
      t.kind = HeaderToken::kNumber;
      t.text = f.substr(start, i - start);
      if (t.text.size() <= 4) t.value = std::stoi(t.text);
    } else if (letter(i)) {
      t.kind = HeaderToken::kWord;
      while (i < f.size()) {
        if (letter(i)) {
          t.text += f[i++];
        } else if (f[i] == '\'' && letter(i + 1)) {
          ++i;
        } else {
          break;
        }
      }
    } else {
      size_t n = c < 0x80 ? 1 : (c >> 5) == 0x6 ? 2 : (c >> 4) == 0xE ? 3 : (c >> 3) == 0x1E ? 4 : 1;
      n = std::min(n, f.size() - i);
      t.text = f.substr(i, n);
      i += n;
    }
    out.push_back(std::move(t));
  }
  return out;
}

enum class HeaderLabel { kNone, kPublished, kUpdated };

// One date read in a header line.
struct LineDate {
  date::sys_days day;                         // day first where the order is open
  std::optional<date::sys_days> month_first;  // "04/12/2025" read month first, when that is a day too
  HeaderLabel label = HeaderLabel::kNone;
  // "13/04/2025" can only be day first, "04/13/2025" only month first: how
  // the site writes its numeric dates (+1 month first, -1 day first).
  int order = 0;
  bool us_zone = false;  // its line gives a US time zone ("9:30 a.m. EST")
};

LineDate Dated(date::sys_days day) {
  LineDate d;
  d.day = day;
  return d;
}

struct HeaderLine {
  std::string source_url;  // the line is the article's web address, bare or labelled
  std::vector<LineDate> dates;
  std::vector<int> years;           // years standing alone ("2025", "© 2025")
  std::optional<unsigned> weekday;  // ISO 1..7, the first named
  size_t words = 0;        // white-space separated pieces with a letter or digit
  size_t other_words = 0;  // words not of a date, weekday, time, zone or label
  bool metadata = false;   // no date, but a byline, source, section, copyright or year
  bool sentence = false;   // ends like one: under the headline, story rather than header
  bool header() const { return (!dates.empty() && other_words <= 8 && words <= 20) || metadata; }
};

// The web address a header line gives as the article's source: the whole
// line ("https://example.com/a"), or after a label and a colon ("URL:",
// "Sumber :", "Link: ..."); else empty. Nothing else may be on the line, so
// a sentence with a link in it is not one.
std::string SourceUrlOf(std::string_view line) {
  line = Trim(line);
  if (IsWebAddress(line)) return std::string(line);
  size_t colon = line.find(':');
  if (colon == std::string_view::npos || colon > 16) return "";
  std::string label = FoldForMatch(Trim(line.substr(0, colon)));
  if (!ArticleWords::Get().source_url_labels.count(label)) return "";
  std::string_view value = Trim(line.substr(colon + 1));
  return IsWebAddress(value) ? std::string(value) : "";
}

HeaderLine ReadHeaderLine(std::string_view line, std::optional<int> year_hint) {
  const ArticleWords& w = ArticleWords::Get();
  HeaderLine out;
  // A source URL is header, and only that: a date in its path
  // ("/2026/02/26/") is the site's filing, not read as the publication date.
  out.source_url = SourceUrlOf(line);
  if (!out.source_url.empty()) {
    out.words = 1;
    out.metadata = true;
    return out;
  }
  for (const std::string& piece : Split(Trim(line), ' ')) {
    if (std::any_of(piece.begin(), piece.end(), [](char c) { return std::isalnum(static_cast<unsigned char>(c)); })) {
      ++out.words;
    }
  }
  std::vector<HeaderToken> t = HeaderTokens(line);
  auto num = [&](size_t i) { return i < t.size() && t[i].kind == HeaderToken::kNumber && t[i].text.size() <= 2; };
  auto year = [&](size_t i) {
    return i < t.size() && t[i].kind == HeaderToken::kNumber && t[i].text.size() == 4 && t[i].value >= 1900 &&
                   t[i].value <= 2100
               ? t[i].value
               : 0;
  };
  auto mark = [&](size_t i, std::string_view m) {
    return i < t.size() && t[i].kind == HeaderToken::kMark && t[i].text == m;
  };
  auto separator = [&](size_t i) { return mark(i, "-") || mark(i, "/") || mark(i, "."); };
  auto word_in = [&](size_t i, const auto& set) {
    return i < t.size() && t[i].kind == HeaderToken::kWord && set.count(t[i].text) > 0;
  };
  auto month = [&](size_t i) -> int {
    if (i >= t.size() || t[i].kind != HeaderToken::kWord) return 0;
    auto it = w.months.find(t[i].text);
    return it == w.months.end() ? 0 : static_cast<int>(it->second);
  };
  auto ordinal = [&](size_t i) {
    return i < t.size() && t[i].kind == HeaderToken::kWord &&
           (t[i].text == "st" || t[i].text == "nd" || t[i].text == "rd" || t[i].text == "th");
  };
  // The date starting at token i, and the token after it.
  auto date_at = [&](size_t i) -> std::optional<std::pair<LineDate, size_t>> {
    // 2026-02-26, 2026-02-26T09:30:00+07:00, 2026/02/26, 2026.02.26
    if (year(i) && separator(i + 1) && num(i + 2) && mark(i + 3, t[i + 1].text) && num(i + 4)) {
      if (auto d = Day(year(i), t[i + 2].value, t[i + 4].value)) return std::make_pair(Dated(*d), i + 5);
      return std::nullopt;
    }
    // 04/12/2025, 04-12-2025, 04.12.2025 (dots: always day first)
    if (num(i) && separator(i + 1) && num(i + 2) && mark(i + 3, t[i + 1].text) && year(i + 4) &&
        !(i >= 2 && separator(i - 1) && t[i - 2].kind == HeaderToken::kNumber)) {
      int a = t[i].value, b = t[i + 2].value, y = year(i + 4);
      auto day_first = Day(y, b, a);
      auto month_first = t[i + 1].text == "." ? std::nullopt : Day(y, a, b);
      LineDate d;
      if (day_first) {
        d.day = *day_first;
        if (month_first && *month_first != *day_first) d.month_first = month_first;
        if (!month_first) d.order = -1;
      } else if (month_first) {
        d.day = *month_first;
        d.order = 1;
      } else {
        return std::nullopt;
      }
      return std::make_pair(d, i + 5);
    }
    // 4 Dec 2025, 4th December, 2025, 04 Des. 2025; "4 Desember" with a hint
    if (num(i) && !mark(i + 1, ":")) {
      size_t k = i + 1;
      if (ordinal(k)) ++k;
      int m = month(k);
      if (!m) return std::nullopt;
      ++k;
      if (mark(k, ".")) ++k;
      size_t y = mark(k, ",") ? k + 1 : k;
      if (year(y)) {
        if (auto d = Day(year(y), m, t[i].value)) return std::make_pair(Dated(*d), y + 1);
      } else if (year_hint) {
        if (auto d = Day(*year_hint, m, t[i].value)) return std::make_pair(Dated(*d), k);
      }
      return std::nullopt;
    }
    // December 4, 2025; Dec. 4 2025; Dec 4th; "Dec 4" with a hint
    if (int m = month(i)) {
      size_t k = i + 1;
      if (mark(k, ".")) ++k;
      if (!num(k) || mark(k + 1, ":") || (mark(k + 1, ".") && k + 2 < t.size() && t[k + 2].kind == HeaderToken::kNumber)) {
        return std::nullopt;  // "Dec 9:30" is no day
      }
      size_t day = k++;
      if (ordinal(k)) ++k;
      size_t y = mark(k, ",") ? k + 1 : k;
      if (year(y)) {
        if (auto d = Day(year(y), m, t[day].value)) return std::make_pair(Dated(*d), y + 1);
      } else if (year_hint) {
        if (auto d = Day(*year_hint, m, t[day].value)) return std::make_pair(Dated(*d), k);
      }
    }
    return std::nullopt;
  };
  HeaderLabel label = HeaderLabel::kNone;
  size_t plain_words = 0;  // words that are not source, section, date or time words
  bool us_zone = false;
  for (size_t i = 0; i < t.size();) {
    if (auto found = date_at(i)) {
      found->first.label = label;
      label = HeaderLabel::kNone;
      out.dates.push_back(found->first);
      i = found->second;
      continue;
    }
    const HeaderToken& token = t[i];
    if (token.kind == HeaderToken::kWord) {
      bool other = false;
      if (auto it = w.weekdays.find(token.text); it != w.weekdays.end()) {
        if (!out.weekday) out.weekday = it->second;
      } else if (w.published_labels.count(token.text)) {
        label = HeaderLabel::kPublished;
      } else if (w.updated_labels.count(token.text)) {
        label = HeaderLabel::kUpdated;
      } else if (w.time_words.count(token.text)) {
        us_zone = us_zone || w.us_time_zones.count(token.text) > 0;
      } else if (!month(i)) {
        other = true;
      }
      if (other) {
        ++out.other_words;
        if (!w.sources.count(token.text) && !w.sections.count(token.text)) ++plain_words;
      }
    } else if (int y = year(i)) {
      out.years.push_back(y);
    }
    ++i;
  }
  for (LineDate& d : out.dates) {
    d.us_zone = us_zone;
    // "Kamis, 04/12/2025": the weekday tells which reading is meant.
    if (d.month_first && out.weekday) {
      if (IsoWeekday(d.day) == *out.weekday) {
        d.month_first.reset();
      } else if (IsoWeekday(*d.month_first) == *out.weekday) {
        d.day = *d.month_first;
        d.month_first.reset();
      }
    }
  }
  // Lines without a date that are still header: a byline, a source or
  // section name, a copyright or a year ("AFP · Asia-Pacific · 2024").
  std::string folded = FoldForMatch(Trim(line));
  bool sentence = out.words > 3 && !folded.empty() &&
                  (folded.back() == '.' || folded.back() == '?' || folded.back() == '!') &&
                  !EndsWith(folded, "a.m.") && !EndsWith(folded, "p.m.");
  out.sentence = sentence;
  bool copyright = std::any_of(w.copyright.begin(), w.copyright.end(),
                               [&](const std::string& c) { return folded.find(c) != std::string::npos; });
  size_t first_word = 0;
  while (first_word < t.size() && t[first_word].kind == HeaderToken::kMark) ++first_word;
  bool byline = word_in(first_word, w.byline_starts);
  bool labelled = word_in(first_word, w.published_labels) || word_in(first_word, w.updated_labels);
  // "Berita · Internasional | Asia": short pieces between separators.
  bool separated = false, short_pieces = true;
  size_t piece = 0;
  for (const HeaderToken& token : t) {
    if (token.kind == HeaderToken::kMark && (token.text == "|" || token.text == "\xC2\xB7" || token.text == "\xE2\x80\xA2")) {
      separated = true;
      piece = 0;
    } else if (token.kind == HeaderToken::kWord && ++piece > 3) {
      short_pieces = false;
    }
  }
  out.metadata = out.dates.empty() &&
                 (out.words == 0 || (copyright && out.words <= 12) || (byline && out.words <= 12 && !sentence) ||
                  (labelled && out.words <= 10) || (plain_words == 0 && out.words <= 10) ||
                  (separated && short_pieces && out.words <= 10 && !sentence));
  return out;
}

// ReadHeaderLine for the loops over the lines around the title, which ask
// only whether a line is header: one of more than 20 words is not (a date
// line has at most 20, metadata at most 12), and is told so after its 21st
// word, not read whole (the line under the title may be the whole story,
// which ReadHeaderLine would fold and split into words).
HeaderLine ReadHeaderCandidate(std::string_view line) {
  std::string_view trimmed = Trim(line);
  size_t words = 0;  // as ReadHeaderLine counts them: pieces between spaces with a letter or digit
  bool alnum = false;
  for (size_t i = 0; i <= trimmed.size(); ++i) {
    if (i == trimmed.size() || trimmed[i] == ' ') {
      words += alnum;
      alnum = false;
      if (words > 20) {
        HeaderLine out;
        out.words = words;
        return out;  // header() is false
      }
    } else {
      alnum = alnum || std::isalnum(static_cast<unsigned char>(trimmed[i]));
    }
  }
  return ReadHeaderLine(line, std::nullopt);
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

// Whether folded text of at most `max_words` words ends without sentence
// punctuation: a heading, a button or a lone spam line, not a sentence.
bool ShortUnpunctuated(const std::string& folded, size_t max_words) {
  char last = folded.empty() ? '.' : folded.back();
  bool punctuated = last == '.' || last == '"' || last == '!' || last == '?' || last == ')' ||
                    EndsWith(folded, "\xE2\x80\x9D");
  return !punctuated && Split(folded, ' ').size() <= max_words;
}

// Matter after the story: link lists, ads, share buttons, a lone spam line.
bool IsTrailer(std::string_view paragraph) {
  paragraph = Trim(paragraph);
  // A long paragraph is told by its start: folding is done left to right,
  // so the folded start is the start of the folded paragraph; with four
  // spaces in it the paragraph has more than four words, and only the
  // trailer starts are left to compare (the whole of a 20 MB paragraph was
  // folded and split into words for this).
  const size_t kStart = 256;
  if (paragraph.size() > kStart) {
    size_t cut = kStart;
    while (cut > 0 && (static_cast<unsigned char>(paragraph[cut]) & 0xC0) == 0x80) --cut;  // a character's start
    std::string start = FoldForMatch(paragraph.substr(0, cut));
    bool fits = std::count(start.begin(), start.end(), ' ') >= 4;
    for (const std::string& trailer : ArticleWords::Get().trailer_starts) fits = fits && trailer.size() < start.size();
    if (fits) {
      for (const std::string& trailer : ArticleWords::Get().trailer_starts) {
        if (StartsWith(start, trailer)) return true;
      }
      return false;
    }
  }
  std::string folded = FoldForMatch(paragraph);
  for (const std::string& start : ArticleWords::Get().trailer_starts) {
    if (StartsWith(folded, start)) return true;
  }
  // A short line with no sentence punctuation is not part of the story.
  return ShortUnpunctuated(folded, 4);
}

// A paragraph inside the story that is not part of it: a related-article
// link ("Baca juga: ...", "READ MORE: ..."), a photo caption ("FILE PHOTO:
// ...", "Foto: ...", or a credit such as "REUTERS/..." or "(ANTARA FOTO/...)"
// near its end) or a sign-off ("(Reporting by ...)", "Pewarta: ..."). Only
// its first and last bytes are folded, whatever its length.
bool IsAside(std::string_view paragraph) {
  paragraph = Trim(paragraph);
  auto boundary = [&](size_t at) {  // back to a character's start
    while (at > 0 && at < paragraph.size() && (static_cast<unsigned char>(paragraph[at]) & 0xC0) == 0x80) --at;
    return at;
  };
  const size_t kStart = 64, kEnd = 100;
  // A crosshead ("Kecaman dan seruan menahan diri", "Talks stall"): a
  // short line without sentence punctuation heads a section; it tells
  // nothing. (Short: it fits in the start that is folded anyway.)
  const size_t kHeadingWords = 8;
  if (paragraph.size() <= kStart && paragraph.find('\n') == std::string_view::npos &&
      ShortUnpunctuated(FoldForMatch(paragraph), kHeadingWords)) {
    return true;
  }
  std::string start = FoldForMatch(paragraph.substr(0, boundary(std::min(paragraph.size(), kStart))));
  for (const std::string& aside : ArticleWords::Get().aside_starts) {
    if (StartsWith(start, aside)) return true;
  }
  size_t from = paragraph.size() > kEnd ? boundary(paragraph.size() - kEnd) : 0;
  std::string end = FoldForMatch(paragraph.substr(from));
  for (const std::string& credit : ArticleWords::Get().caption_credits) {
    if (end.find(credit) != std::string::npos) return true;
  }
  return false;
}

// How the story writes its numeric dates, as evidence for a header date
// whose day and month could swap: "(25/11/2025)" is day first, "Kamis (4/12)"
// is day first when 4 December is a Thursday (and 12 April is not). Returns
// the votes for month first minus those for day first.
int BodyOrderVotes(std::string_view story, const LineDate& header) {
  const ArticleWords& w = ArticleWords::Get();
  std::vector<HeaderToken> t = HeaderTokens(story);
  auto num = [&](size_t i) { return i < t.size() && t[i].kind == HeaderToken::kNumber && t[i].text.size() <= 2; };
  auto is = [&](size_t i, std::string_view text) { return i < t.size() && t[i].text == text; };
  int votes = 0;
  for (size_t i = 1; i + 2 < t.size(); ++i) {
    if (!num(i) || !is(i + 1, "/") || !num(i + 2)) continue;
    if (i >= 2 && is(i - 1, "/")) continue;  // inside a longer run
    int a = t[i].value, b = t[i + 2].value, year = 0;
    if (is(i + 3, "/") && i + 4 < t.size() && t[i + 4].kind == HeaderToken::kNumber && t[i + 4].text.size() == 4) {
      year = t[i + 4].value;
    }
    bool bracketed = is(i - 1, "(");
    if (!bracketed && !year) continue;  // "1/3" of something
    if (a > 12 && b <= 12) {
      --votes;
      continue;
    }
    if (b > 12 && a <= 12) {
      ++votes;
      continue;
    }
    // A weekday before it: "Kamis (4/12)", "Kamis, 4/12/2025".
    size_t k = bracketed || is(i - 1, ",") ? i - 1 : i;
    if (k == 0) continue;
    auto weekday = w.weekdays.find(t[k - 1].text);
    if (t[k - 1].kind != HeaderToken::kWord || weekday == w.weekdays.end()) continue;
    auto reading = [&](int month, int day, date::sys_days published) {
      return year ? Day(year, month, day) : LatestNotAfter(month, day, published);
    };
    auto day_first = reading(b, a, header.day);
    auto month_first = reading(a, b, header.month_first.value_or(header.day));
    bool df = day_first && IsoWeekday(*day_first) == weekday->second;
    bool mf = month_first && IsoWeekday(*month_first) == weekday->second;
    votes += (mf && !df) - (df && !mf);
  }
  return votes;
}

// The words before the dash of a dateline that opens the story ("SEOUL, Dec.
// 4 (Yonhap) --", "KYIV, Dec 4 (Reuters) -"), or empty.
std::string_view DatelineOf(std::string_view paragraph) {
  std::string_view head = paragraph.substr(0, std::min<size_t>(paragraph.size(), 100));
  size_t cut = std::string_view::npos;
  for (std::string_view dash : {" - ", " -- ", " \xE2\x80\x94", "\xE2\x80\x94 ", " \xE2\x80\x93 ", ": "}) {
    cut = std::min(cut, head.find(dash));
  }
  return cut == std::string_view::npos ? std::string_view() : head.substr(0, cut);
}

// The header of an article: the lines before the headline that hold a date
// ("Rabu, 07/01/2026 16:20 WIB") or are a byline, a source, a section, a
// copyright, a year ("AFP · Asia-Pacific · 2024") or its web address; the
// first other line is the headline. Lines of the same kinds right under the
// headline ("Oleh X | 4 Desember 2025") are header too, not story.
struct HeaderBlock {
  std::vector<HeaderLine> lines;  // in file order
  std::optional<Span> title;      // none: the file has no line that is not header
  size_t body_begin = 0;          // the story starts after this byte
};

HeaderBlock ReadHeaderBlock(std::string_view bytes) {
  constexpr size_t kMaxHeaderLines = 10;
  size_t begin = StartsWith(bytes, "\xEF\xBB\xBF") ? 3 : 0;
  std::vector<Span> lines = Lines(bytes, begin, bytes.size());
  auto text = [&](const Span& span) { return bytes.substr(span.begin, span.end - span.begin); };
  HeaderBlock block;
  size_t line = 0;
  for (size_t seen = 0; line < lines.size(); ++line) {
    if (Blank(text(lines[line]))) continue;
    if (seen++ == kMaxHeaderLines) break;
    HeaderLine read = ReadHeaderCandidate(text(lines[line]));
    if (!read.header()) break;
    block.lines.push_back(std::move(read));
  }
  if (line >= lines.size()) return block;
  block.title = lines[line];
  block.body_begin = lines[line].end;
  for (size_t under = line + 1, seen = 0; under < lines.size() && seen < kMaxHeaderLines; ++under) {
    if (Blank(text(lines[under]))) continue;
    ++seen;
    HeaderLine read = ReadHeaderCandidate(text(lines[under]));
    if (!read.header() || read.sentence) break;
    block.lines.push_back(std::move(read));
    block.body_begin = lines[under].end;
  }
  return block;
}

}  // namespace

std::optional<date::sys_days> FindHeaderDate(std::string_view line, std::optional<int> year_hint) {
  HeaderLine header = ReadHeaderLine(line, year_hint);
  if (header.dates.empty()) return std::nullopt;
  return header.dates.front().day;
}

std::string FindSourceUrl(std::string_view bytes) {
  if (FindInvalidUtf8(bytes) != std::string_view::npos) return "";  // ParseArticle refuses it
  for (const HeaderLine& line : ReadHeaderBlock(bytes).lines) {
    if (!line.source_url.empty()) return line.source_url;
  }
  return "";
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
  // The first two hundred words or so decide.
  constexpr size_t kSample = kLanguageSample;
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
  HeaderBlock block = ReadHeaderBlock(bytes);
  if (!block.title) throw InputError(path + ": no headline and no story found");
  article.title = std::string(Trim(article.Text(*block.title)));
  const std::vector<HeaderLine>& header = block.lines;
  size_t body_begin = block.body_begin;
  for (const HeaderLine& h : header) {
    if (!h.source_url.empty()) {
      article.source_url = h.source_url;
      break;
    }
  }
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
  paragraphs.erase(std::remove_if(paragraphs.begin(), paragraphs.end(),
                                  [&](const Span& p) { return IsAside(article.Text(p)); }),
                   paragraphs.end());
  if (paragraphs.empty()) throw InputError(path + ": the article has a headline but no story");

  // The publication date: a date the header labels as such ("Published",
  // "Diterbitkan"), else the first unlabelled one, else the dateline's
  // ("HANOI, Dec 5 (AFP) -", its year from the header), else the date of the
  // last update.
  const LineDate *published = nullptr, *plain = nullptr, *updated = nullptr;
  std::optional<int> header_year;
  for (const HeaderLine& h : header) {
    for (const LineDate& d : h.dates) {
      const LineDate** slot = d.label == HeaderLabel::kPublished ? &published
                              : d.label == HeaderLabel::kUpdated ? &updated
                                                                 : &plain;
      if (!*slot) *slot = &d;
    }
    if (!header_year && !h.years.empty()) header_year = h.years.front();
  }
  std::optional<LineDate> chosen;
  if (published || plain) chosen = published ? *published : *plain;
  if (!chosen) {
    std::string_view dateline = DatelineOf(article.Text(paragraphs.front()));
    if (!dateline.empty() && Split(Trim(dateline), ' ').size() <= 8) {
      if (updated) {
        // "Dec 4" under "Updated Jan 2, 2026": the latest 4 December before.
        HeaderLine read = ReadHeaderLine(dateline, YearOf(updated->day));
        if (!read.dates.empty()) {
          date::year_month_day ymd(read.dates.front().day);
          if (auto day = LatestNotAfter(static_cast<int>(static_cast<unsigned>(ymd.month())),
                                        static_cast<int>(static_cast<unsigned>(ymd.day())), updated->day)) {
            chosen = Dated(*day);
          }
        }
      } else {
        HeaderLine read = ReadHeaderLine(dateline, header_year);
        if (!read.dates.empty()) chosen = read.dates.front();
      }
    }
  }
  if (!chosen && updated) chosen = *updated;
  if (chosen && chosen->month_first) {
    // "04/12/2025": month first only where the header's other dates, the
    // story's numeric dates or a US time zone say so; else day first.
    int votes = BodyOrderVotes(bytes.substr(body_begin), *chosen);
    for (const HeaderLine& h : header) {
      for (const LineDate& d : h.dates) votes += d.order;
    }
    if (votes > 0 || (votes == 0 && chosen->us_zone)) chosen->day = *chosen->month_first;
  }
  if (chosen) {
    article.published = chosen->day;
  } else {
    article.published = options.fallback_published;
  }
  article.paragraphs = paragraphs;
  std::string body;
  for (size_t p = 0; p < paragraphs.size(); ++p) {
    if (body.size() <= kLanguageSample) body += std::string(article.Text(paragraphs[p])) + "\n";  // all it reads
    for (const Span& s : SplitSentences(bytes, paragraphs[p].begin, paragraphs[p].end)) {
      article.sentences.push_back({{s.begin, s.end}, p});
    }
  }
  article.language = options.language ? *options.language : DetectLanguage(body);
  return article;
}

}  // namespace timeline

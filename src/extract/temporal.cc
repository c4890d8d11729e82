#include "extract/temporal.h"

#include <date/iso_week.h>
#include <nlohmann/json.hpp>

#include <algorithm>
#include <cstdint>
#include <map>
#include <set>
#include <optional>
#include <unordered_map>
#include <unordered_set>

#include "extract/steps.h"
#include "extract/tokens.h"
#include "util/embedded.h"

namespace timeline {

using date::sys_days;

namespace {

enum class Unit { kDay, kWeek, kMonth, kQuarter, kYear, kDecade };

// -1 past ("lalu", "last"), 0 this, +1 next; kNone when the word is none.
constexpr int kNone = 99;

// How an expression reaches its weekday: "Jumat" (by tense), "Jumat lalu" /
// "last Friday" (strictly before publication), "next Friday" (strictly
// after), "this Friday" (inside publication's ISO week).
enum class WeekdayMode { kTense, kStrictPast, kStrictFuture, kThisWeek };

using WordSet = std::unordered_set<std::string>;

// Word classes of data/temporal.json, one bit each, looked up once per token.
enum WordClass : uint64_t {
  kAmbiguousMonths = uint64_t{1} << 0,
  kMonthAbbreviations = uint64_t{1} << 1,
  kWeek = uint64_t{1} << 2,
  kMonth = uint64_t{1} << 3,
  kYear = uint64_t{1} << 4,
  kQuarter = uint64_t{1} << 5,
  kHalf = uint64_t{1} << 6,
  kPast = uint64_t{1} << 7,
  kRecentPast = uint64_t{1} << 8,
  kThis = uint64_t{1} << 9,
  kNext = uint64_t{1} << 10,
  kEarly = uint64_t{1} << 11,
  kMid = uint64_t{1} << 12,
  kLate = uint64_t{1} << 13,
  kVague = uint64_t{1} << 14,
  kRecent = uint64_t{1} << 15,
  kAgo = uint64_t{1} << 16,
  kSince = uint64_t{1} << 17,
  kFuture = uint64_t{1} << 18,
  kReporting = uint64_t{1} << 19,
  kPrepositions = uint64_t{1} << 20,
  kYearIntroducers = uint64_t{1} << 21,
  kMonthContext = uint64_t{1} << 22,
  kDatePrefixes = uint64_t{1} << 23,
  kPartsOfDay = uint64_t{1} << 24,
  kRangeConnectors = uint64_t{1} << 25,
  kListConnectors = uint64_t{1} << 26,
  kBetween = uint64_t{1} << 27,
  kWeekend = uint64_t{1} << 28,
  kApproximate = uint64_t{1} << 29,
  kOrdinals = uint64_t{1} << 30,
  kStarter = uint64_t{1} << 31,      // a date expression may start here
  kPhraseStart = uint64_t{1} << 32,  // first word of an anaphora or deictic phrase
  kCounted = uint64_t{1} << 33,      // "sehari", "setahun": a count and its unit
  kWeekQuantifier = uint64_t{1} << 34,  // "beberapa", "setiap": "minggu" after them is a week
  kPastCue = uint64_t{1} << 35,         // "did", "telah": a future cue before them does not reach past
  kSameDayLater = uint64_t{1} << 36,    // "later": "later Friday", told on a Friday, is that day
  kDuration = uint64_t{1} << 37,        // "for", "selama": "for two hours before ..." is how long, not when
};

// What the lexicon knows about one folded word.
struct WordInfo {
  uint64_t classes = 0;
  unsigned month = 0, weekday = 0, ordinal = 0;  // 0: none
  int number = 0;                                // 0: none
  std::optional<Unit> unit;
};


// The words of data/temporal.json, loaded once.
struct Words {
  std::unordered_map<std::string, unsigned> months, weekdays, numbers, ordinals;
  std::unordered_map<std::string, Unit> units;
  std::unordered_map<std::string, std::pair<Unit, int>> counted_units;  // "sehari"
  std::unordered_map<std::string, bool> after_words, before_words;      // -> names_event_after
  WordSet ambiguous_months, month_abbreviations, week, month, year, quarter, half, past, recent_past,
      this_, next, early, mid, late, vague, recent, ago, since, future, reporting, prepositions,
      year_introducers, month_context, date_prefixes, parts_of_day, range_connectors, list_connectors,
      between, weekend, approximate, week_quantifiers, past_cues, same_day_later, duration;
  // Future cues that are also nouns ("plans", "rencana"), and the marks of a
  // verb before them that makes them its object ("criticised", "mengkritik").
  WordSet future_nouns;
  // "in the coming weeks", "dua hari ke depan": words of a few, plural
  // units, and the word between a unit and "depan".
  WordSet few_words, plural_units, coming_links;
  // "agreed to hold a summit in May", "sepakat menggelar KTT pada Mei": a
  // commitment's complement is to come. Its verb, and the purpose words and
  // verb prefixes that open the complement (not the words of
  // `not_complements`: prepositions that look like verbs, "sepakat
  // mengenai", and determiners, "agreed to a truce in May").
  WordSet commitment_verbs, purpose_words, not_complements;
  // "may have fired", "mungkin telah menembakkan": after a cue of the
  // future, a perfect tells a past that may be so.
  WordSet perfect_after_cue;
  // "sepakat memperkuat kerja sama dalam pertemuan di Manila pada Senin":
  // a time after the setting the commitment was made in is its day, no
  // complement's.
  std::vector<std::vector<std::string>> commitment_settings;
  std::vector<std::string> complement_prefixes;
  // "paket sanksi ke-18 pekan depan": a number joined to one of these by a
  // hyphen is an ordinal, no count of the unit after it.
  WordSet ordinal_prefixes;
  std::vector<std::string> past_verb_endings, active_verb_prefixes;
  std::vector<std::pair<std::string, std::string>> weekend_pairs;
  // "set to", "set for": future only together ("a new set of sanctions" is not).
  std::vector<std::pair<std::string, std::string>> future_phrases;
  struct Phrase {
    std::vector<std::string> words;
    int days = 0;
    bool names_event_after = false;
    int months = 0, years = 0;  // "the following month", "tahun berikutnya"
    bool in_months = false;     // "the same month": months, even when 0
    // Words after which the phrase is no date of its own ("overnight into
    // Tuesday": the weekday tells the day).
    std::vector<std::string> unless_next;
    int weeks = 0;  // "the following week", "pekan berikutnya"
    // "overnight": the night before the saying the sentence dates, if it
    // dates one ("fired overnight, the military said on Monday").
    bool night = false;
    bool story = false;  // TimeMention::story_day
  };
  std::vector<Phrase> relative_days, deictic_days;
  // Every word a date expression can start with: other tokens are skipped
  // without trying the rules (most words of a sentence are not dates).
  WordSet starters;
  std::unordered_map<std::string, WordInfo> lexicon;

  static const Words& Get() {
    static const Words words = Load();
    return words;
  }

 private:
  static Unit ParseUnit(const std::string& name) {
    static const std::map<std::string, Unit> kUnits = {{"day", Unit::kDay},     {"week", Unit::kWeek},
                                                       {"month", Unit::kMonth}, {"quarter", Unit::kQuarter},
                                                       {"year", Unit::kYear},   {"decade", Unit::kDecade}};
    return kUnits.at(name);
  }

  static Words Load() {
    Words w;
    nlohmann::json data = nlohmann::json::parse(EmbeddedData("temporal.json"));
    auto map = [&](const char* key, std::unordered_map<std::string, unsigned>& out) {
      for (auto& [k, v] : data.at(key).items()) out[k] = v.get<unsigned>();
    };
    map("months", w.months);
    map("weekdays", w.weekdays);
    map("numbers", w.numbers);
    map("ordinals", w.ordinals);
    for (auto& [k, v] : data.at("units").items()) w.units[k] = ParseUnit(v.get<std::string>());
    for (auto& [k, v] : data.at("counted_units").items()) {
      w.counted_units[k] = {ParseUnit(v.at(0).get<std::string>()), v.at(1).get<int>()};
    }
    for (auto& [k, v] : data.at("after_words").items()) w.after_words[k] = v.get<bool>();
    for (auto& [k, v] : data.at("before_words").items()) w.before_words[k] = v.get<bool>();
    auto set = [&](const char* key, WordSet& out) {
      for (const auto& v : data.at(key)) out.insert(v.get<std::string>());
    };
    set("ambiguous_months", w.ambiguous_months);
    set("month_abbreviations", w.month_abbreviations);
    set("week_words", w.week);
    set("month_words", w.month);
    set("year_words", w.year);
    set("quarter_words", w.quarter);
    set("half_words", w.half);
    set("past", w.past);
    set("recent_past", w.recent_past);
    set("this", w.this_);
    set("next", w.next);
    set("early", w.early);
    set("mid", w.mid);
    set("late", w.late);
    set("vague", w.vague);
    set("recent_years", w.recent);
    set("ago", w.ago);
    set("since", w.since);
    set("future_cues", w.future);
    set("past_cues", w.past_cues);
    set("same_day_later", w.same_day_later);
    set("duration_words", w.duration);
    set("future_nouns", w.future_nouns);
    set("few_words", w.few_words);
    set("plural_units", w.plural_units);
    set("coming_links", w.coming_links);
    set("commitment_verbs", w.commitment_verbs);
    set("perfect_after_cue", w.perfect_after_cue);
    set("purpose_words", w.purpose_words);
    set("not_complements", w.not_complements);
    set("ordinal_prefixes", w.ordinal_prefixes);
    for (const auto& v : data.at("complement_prefixes")) w.complement_prefixes.push_back(v.get<std::string>());
    for (const auto& v : data.at("past_verb_endings")) w.past_verb_endings.push_back(v.get<std::string>());
    for (const auto& v : data.at("active_verb_prefixes")) w.active_verb_prefixes.push_back(v.get<std::string>());
    set("reporting_words", w.reporting);
    set("prepositions", w.prepositions);
    set("year_introducers", w.year_introducers);
    set("month_context", w.month_context);
    set("date_prefixes", w.date_prefixes);
    set("parts_of_day", w.parts_of_day);
    set("range_connectors", w.range_connectors);
    set("list_connectors", w.list_connectors);
    set("between", w.between);
    set("approximate", w.approximate);
    set("week_quantifiers", w.week_quantifiers);
    for (const auto& v : data.at("weekend").at("single")) w.weekend.insert(v.get<std::string>());
    for (const auto& p : data.at("commitment_settings")) {
      w.commitment_settings.emplace_back();
      for (const auto& word : p) w.commitment_settings.back().push_back(word.get<std::string>());
    }
    for (const auto& p : data.at("future_phrases")) {
      w.future_phrases.emplace_back(p.at(0).get<std::string>(), p.at(1).get<std::string>());
    }
    for (const auto& p : data.at("weekend").at("pairs")) {
      w.weekend_pairs.emplace_back(p.at(0).get<std::string>(), p.at(1).get<std::string>());
    }
    auto phrases = [&](const char* key, std::vector<Phrase>& out) {
      for (const auto& r : data.at(key)) {
        // A misspelt key would be read as its default: an error instead.
        static const std::set<std::string> kKeys = {"words", "days",        "names_event_after", "months",
                                                    "years", "unit",        "unless_next",       "weeks",
                                                    "night", "story"};
        for (const auto& [name, value] : r.items()) {
          if (!kKeys.count(name)) {
            throw std::runtime_error("data/temporal.json: " + std::string(key) + ": unknown key \"" + name + "\"");
          }
        }
        out.push_back({r.at("words").get<std::vector<std::string>>(), r.at("days").get<int>(),
                       r.value("names_event_after", false), r.value("months", 0), r.value("years", 0),
                       r.value("unit", "") == "month",
                       r.value("unless_next", std::vector<std::string>{}), r.value("weeks", 0),
                       r.value("night", false), r.value("story", false)});
      }
    };
    phrases("relative_days", w.relative_days);
    phrases("deictic_days", w.deictic_days);

    for (const auto* phrase_list : {&w.relative_days, &w.deictic_days}) {
      for (const Phrase& p : *phrase_list) w.starters.insert(p.words.front());
    }
    for (const auto* m : {&w.months, &w.weekdays, &w.numbers, &w.ordinals}) {
      for (const auto& entry : *m) w.starters.insert(entry.first);
    }
    for (const auto& entry : w.units) w.starters.insert(entry.first);
    for (const auto& entry : w.counted_units) w.starters.insert(entry.first);
    for (const auto* list : {&w.quarter, &w.half, &w.past, &w.this_, &w.next, &w.early, &w.mid, &w.late,
                             &w.vague, &w.since, &w.prepositions, &w.date_prefixes, &w.between, &w.weekend}) {
      w.starters.insert(list->begin(), list->end());
    }
    for (const auto& p : w.weekend_pairs) w.starters.insert(p.first);
    for (const char* word : {"(", "the", "q1", "q2", "q3", "q4", "h1", "h2"}) w.starters.insert(word);
    const std::pair<const WordSet*, uint64_t> classes[] = {
        {&w.ambiguous_months, kAmbiguousMonths},
        {&w.month_abbreviations, kMonthAbbreviations},
        {&w.week, kWeek},
        {&w.month, kMonth},
        {&w.year, kYear},
        {&w.quarter, kQuarter},
        {&w.half, kHalf},
        {&w.past, kPast},
        {&w.recent_past, kRecentPast},
        {&w.this_, kThis},
        {&w.next, kNext},
        {&w.early, kEarly},
        {&w.mid, kMid},
        {&w.late, kLate},
        {&w.vague, kVague},
        {&w.recent, kRecent},
        {&w.ago, kAgo},
        {&w.since, kSince},
        {&w.future, kFuture},
        {&w.reporting, kReporting},
        {&w.prepositions, kPrepositions},
        {&w.year_introducers, kYearIntroducers},
        {&w.month_context, kMonthContext},
        {&w.date_prefixes, kDatePrefixes},
        {&w.parts_of_day, kPartsOfDay},
        {&w.range_connectors, kRangeConnectors},
        {&w.list_connectors, kListConnectors},
        {&w.between, kBetween},
        {&w.weekend, kWeekend},
        {&w.approximate, kApproximate},
        {&w.week_quantifiers, kWeekQuantifier},
        {&w.past_cues, kPastCue},
        {&w.same_day_later, kSameDayLater},
        {&w.duration, kDuration},
    };
    for (const auto& [set, bit] : classes) {
      for (const std::string& word : *set) w.lexicon[word].classes |= bit;
    }
    for (const auto& [k, v] : w.ordinals) {
      w.lexicon[k].ordinal = v;
      w.lexicon[k].classes |= kOrdinals;
    }
    for (const auto& [k, v] : w.months) w.lexicon[k].month = v;
    for (const auto& [k, v] : w.weekdays) w.lexicon[k].weekday = v;
    for (const auto& [k, v] : w.numbers) w.lexicon[k].number = static_cast<int>(v);
    for (const auto& [k, v] : w.units) w.lexicon[k].unit = v;
    for (const auto& entry : w.counted_units) w.lexicon[entry.first].classes |= kCounted;
    for (const std::string& word : w.starters) w.lexicon[word].classes |= kStarter;
    for (const auto* phrase_list : {&w.relative_days, &w.deictic_days}) {
      for (const Phrase& p : *phrase_list) w.lexicon[p.words.front()].classes |= kPhraseStart;
    }
    return w;
  }
};

std::optional<sys_days> MakeDay(int year, unsigned month, unsigned day) {
  if (month < 1 || month > 12 || day < 1 || day > 31) return std::nullopt;
  date::year_month_day ymd{date::year{year}, date::month{month}, date::day{day}};
  if (!ymd.ok()) return std::nullopt;
  return sys_days{ymd};
}

int YearOf(sys_days day) { return static_cast<int>(date::year_month_day(day).year()); }

// Resolves relative expressions around one publication date, in one tense.
class Resolver {
 public:
  explicit Resolver(sys_days published) : published_(published) {}
  void set_future(bool future) { future_ = future; }
  bool future() const { return future_; }
  // Whether anything read the publication date since the last call: the
  // expression resolved was relative to it ("last week", "8 May").
  bool TakeRead() {
    bool read = read_;
    read_ = false;
    return read;
  }
  sys_days published() const { return Published(); }
  int Year() const { return YearOf(Published()); }
  unsigned MonthNumber() const { return static_cast<unsigned>(date::year_month_day(Published()).month()); }

  // A weekday (ISO 1..7) reached by `mode`.
  sys_days Weekday(unsigned iso_weekday, WeekdayMode mode) const {
    int pub = static_cast<int>(date::weekday{Published()}.iso_encoding());
    int want = static_cast<int>(iso_weekday);
    int back = (pub - want + 7) % 7;   // 0..6 days back, on or before publication
    int ahead = (want - pub + 7) % 7;  // 0..6 days ahead
    switch (mode) {
      case WeekdayMode::kStrictPast:
        return Published() - date::days(back == 0 ? 7 : back);
      case WeekdayMode::kStrictFuture:
        return Published() + date::days(ahead == 0 ? 7 : ahead);
      case WeekdayMode::kThisWeek:
        return WeekStart(0) + date::days(want - 1);
      case WeekdayMode::kTense:
        break;
    }
    return future_ ? Published() + date::days(ahead == 0 ? 7 : ahead) : Published() - date::days(back);
  }
  // Monday of the ISO week `offset` weeks from publication's.
  sys_days WeekStart(int offset) const {
    iso_week::year_weeknum_weekday w(Published() + date::weeks(offset));
    return sys_days{iso_week::year_weeknum_weekday(w.year(), w.weeknum(), iso_week::mon)};
  }
  DateSpan Week(int offset) const {
    iso_week::year_weeknum_weekday w(Published() + date::weeks(offset));
    return IsoWeekSpan(static_cast<int>(w.year()), static_cast<unsigned>(w.weeknum()));
  }
  date::year_month MonthFromNow(int offset) const {
    date::year_month_day ymd(Published());
    return date::year_month(ymd.year(), ymd.month()) + date::months(offset);
  }
  // A month named without a year: the latest not after publication's month,
  // or in a future-tense clause the next not before it.
  date::year_month NamedMonth(unsigned month) const {
    int year = Year();
    if (future_ && month < MonthNumber()) ++year;
    if (!future_ && month > MonthNumber()) --year;
    return date::year{year} / date::month{month};
  }
  // Quarters named without a year, by the same rule as months.
  DateSpan NamedQuarter(unsigned quarter) const {
    unsigned pub = (MonthNumber() - 1) / 3 + 1;
    int year = Year();
    if (future_ && quarter < pub) ++year;
    if (!future_ && quarter > pub) --year;
    return QuarterSpan(date::year{year}, quarter);
  }
  DateSpan QuarterFromNow(int offset) const {
    int index = Year() * 4 + static_cast<int>((MonthNumber() - 1) / 3) + offset;
    return QuarterSpan(date::year{index / 4}, static_cast<unsigned>(index % 4) + 1);
  }
  // A day and month without a year: the month as NamedMonth resolves it.
  std::optional<sys_days> DayMonth(unsigned day, unsigned month) const {
    date::year_month ym = NamedMonth(month);
    return MakeDay(static_cast<int>(ym.year()), month, day);
  }
  // The Saturday and Sunday of a weekend.
  DateSpan Weekend(int offset, bool relative) const {
    sys_days saturday = WeekStart(offset) + date::days(5);
    if (!relative) {
      // "over the weekend": the latest that began on or before publication,
      // or the next one that ends after it in the future.
      saturday = WeekStart(0) + date::days(5);
      if (!future_ && saturday > Published()) saturday -= date::days(7);
      if (future_ && saturday + date::days(1) <= Published()) saturday += date::days(7);
    }
    return DaysSpan(saturday, saturday + date::days(1));
  }

 private:
  sys_days Published() const {
    read_ = true;
    return published_;
  }

  sys_days published_;
  bool future_ = false;
  mutable bool read_ = false;
};

// A number token's value when it has at most four digits, else -1 (a
// fuzzer's "2222222222" must not overflow std::stoi).
int Small(const Token& t) {
  if (!t.number || t.folded.empty() || t.folded.size() > 4) return -1;
  return std::stoi(t.folded);
}

bool IsYear(const Token& t) {
  int y = t.folded.size() == 4 ? Small(t) : -1;
  return y >= 1900 && y <= 2100;
}

// "8", "08", "8th", "1st", "22nd", "3rd": a day of the month.
std::optional<unsigned> DayValue(const Token& t) {
  std::string_view s = t.folded;
  size_t digits = 0;
  while (digits < s.size() && digits < 3 && std::isdigit(static_cast<unsigned char>(s[digits]))) ++digits;
  if (digits == 0 || digits > 2) return std::nullopt;
  std::string_view suffix = s.substr(digits);
  if (!suffix.empty() && suffix != "st" && suffix != "nd" && suffix != "rd" && suffix != "th") return std::nullopt;
  unsigned d = static_cast<unsigned>(std::stoi(std::string(s.substr(0, digits))));
  if (d < 1 || d > 31) return std::nullopt;
  return d;
}

// The half before and after the first '-' of a hyphenated word ("mid-may",
// "rabu-kamis"); empty halves when there is none.
std::pair<std::string, std::string> SplitHyphen(const std::string& word) {
  size_t dash = word.find('-');
  if (dash == std::string::npos || dash == 0 || dash + 1 == word.size()) return {};
  return {word.substr(0, dash), word.substr(dash + 1)};
}

// A rule's result before it becomes a TimeMention.
struct Found {
  size_t begin = 0, end = 0;  // token indexes of the expression's first token and after it
  TimeMention mention;
  bool relative_range = false;  // "the past N years": may run up to a report instead
  bool night = false;           // "overnight": of the saying's day, if the sentence gives one
};

// Matches the rules at token positions of one sentence.
class Matcher {
 public:
  Matcher(std::string_view sentence, const std::vector<Token>& tokens, const std::vector<const WordInfo*>& info,
          Resolver& resolver, bool english, std::optional<int> story_year)
      : text_(sentence), t_(tokens), info_(info), r_(resolver), english_(english), w_(Words::Get()),
        story_year_(story_year) {}
  // The year "that year" means from here on (TemporalContext::story_year).
  void set_story_year(std::optional<int> year) { story_year_ = year; }

  // The longest expression starting at token i, with any prepositions before
  // it ("pada hari Jumat", "sejak 2017"); nullopt when there is none.
  // `previous_end`: the token after the previous mention (for "in January and March").
  std::optional<Found> Match(size_t i, size_t previous_end) {
    previous_end_ = previous_end;
    bool since = false;
    // A run of prepositions ("pada pada pada ...") is tried from each of its
    // words: what failed from an earlier word of the run fails again from a
    // later one in the same tense and after the same mention (Longest
    // depends on nothing else), so it is not tried again. Without this a
    // run of n such words costs n^2 / 2 tries.
    bool future = FutureBefore(i);
    Failed& failed = failed_[future];
    if (failed.previous_end == previous_end && i > failed.begin && i <= failed.last) return std::nullopt;
    failed = Failed{i, i, previous_end};
    for (size_t from = i; from < t_.size(); ++from) {
      ++Steps().temporal;
      failed.last = from;
      r_.set_future(future);
      std::optional<Found> found = Longest(from);
      if (found && !r_.future() && ClauseInitial(i) && FutureAfter(found->end)) {
        r_.set_future(true);  // "Pada hari Jumat, para menteri akan bertemu"
        found = Longest(from);
      }
      if (found) {
        TimeMention& m = found->mention;
        m.begin = t_[i].begin;
        m.end = t_[found->end - 1].end;
        // "sejak Senin hingga Jumat", "since May until July": a closed
        // range, not an open-ended "since".
        bool closed = false;
        for (size_t k = from; k < found->end && !closed; ++k) closed = IsRangeConnector(k);
        m.open_ended = since && !closed;
        m.span.text = std::string(text_.substr(m.begin, m.end - m.begin));
        failed = Failed{};
        return found;
      }
      if (!(In(from, kPrepositions) || In(from, kDatePrefixes))) break;
      since = since || In(from, kSince);
    }
    return std::nullopt;
  }

 private:
  using Rule = size_t (Matcher::*)(size_t, Found*);

  std::optional<Found> Longest(size_t i) {
    static const Rule kRules[] = {
        &Matcher::Anaphora,  &Matcher::WeekdayExpression, &Matcher::DayFirst,    &Matcher::MonthFirst,
        &Matcher::Parenthesised, &Matcher::NumericDate,   &Matcher::Quarter,     &Matcher::Half,
        &Matcher::PastUnits, &Matcher::Ago,               &Matcher::Weekend,     &Matcher::PartOf,
        &Matcher::RelativeUnit, &Matcher::BareMonthName,     &Matcher::YearExpression, &Matcher::DeicticDay,
        &Matcher::ComingUnits,
    };
    std::optional<Found> best;
    r_.TakeRead();
    for (Rule rule : kRules) {
      Found found;
      story_read_ = false;
      size_t end = (this->*rule)(i, &found);
      found.mention.from_published = r_.TakeRead();
      found.mention.from_story_year = story_read_;
      if (end > i && (!best || end > best->end)) {
        found.end = end;
        best = std::move(found);
      }
    }
    return best;
  }

  // --- token tests ---------------------------------------------------------

  // Literal words compare by length first: most tokens differ there.
  template <size_t N>
  bool Is(size_t i, const char (&word)[N]) const {
    return i < t_.size() && t_[i].folded.size() == N - 1 && t_[i].folded.compare(0, N - 1, word, N - 1) == 0;
  }
  bool Is(size_t i, const std::string& word) const { return i < t_.size() && t_[i].folded == word; }
  bool In(size_t i, uint64_t word_class) const {
    return i < t_.size() && (info_[i]->classes & word_class) != 0;
  }
  bool IsYearAt(size_t i) const { return i < t_.size() && IsYear(t_[i]); }
  int YearAt(size_t i) const { return std::stoi(t_[i].folded); }
  std::optional<unsigned> DayAt(size_t i) const {
    return i < t_.size() ? DayValue(t_[i]) : std::nullopt;
  }
  bool IsDash(size_t i) const { return Is(i, "-"); }
  bool IsRangeConnector(size_t i) const { return In(i, kRangeConnectors); }
  bool IsListConnector(size_t i) const { return In(i, kListConnectors); }
  bool IsClauseBreak(size_t i) const {
    std::string_view w = t_[i].folded;  // compared by size first, inline
    return w == "," || w == ";" || w == "." || w == ":" || w == "-" || w == "(" || w == ")";
  }

  int Relative(size_t i) const {  // -1 past, 0 this, +1 next, kNone
    if (In(i, kPast)) return -1;
    if (In(i, kThis)) return 0;
    if (In(i, kNext)) return 1;
    return kNone;
  }

  std::optional<unsigned> MonthWord(const std::string& folded, bool capitalized) const {
    auto it = w_.months.find(folded);
    if (it == w_.months.end()) return std::nullopt;
    // Months are capitalised; "may", "mar", "des" ... lower case are words.
    if ((english_ || w_.ambiguous_months.count(folded)) && !capitalized) return std::nullopt;
    return it->second;
  }
  std::optional<unsigned> Month(size_t i) const {
    if (i >= t_.size() || !t_[i].word || info_[i]->month == 0) return std::nullopt;
    if ((english_ || In(i, kAmbiguousMonths)) && !t_[i].capitalized) return std::nullopt;
    return info_[i]->month;
  }
  bool IsAbbreviation(size_t i) const { return In(i, kMonthAbbreviations); }
  // After a month at token i: the token after it and its abbreviation's full stop.
  size_t AfterMonth(size_t i) const { return i + 1 + (IsAbbreviation(i) && Is(i + 1, ".") ? 1 : 0); }

  std::optional<unsigned> WeekdayWord(const std::string& folded, bool capitalized) const {
    auto it = w_.weekdays.find(folded);
    if (it == w_.weekdays.end()) return std::nullopt;
    if (english_ && !capitalized) return std::nullopt;
    return it->second;
  }
  std::optional<unsigned> Weekday(size_t i) const {
    if (i >= t_.size() || !t_[i].word || info_[i]->weekday == 0) return std::nullopt;
    if (english_ && !t_[i].capitalized) return std::nullopt;
    std::optional<unsigned> wd = info_[i]->weekday;
    // "minggu" is also "week": Sunday only as "Minggu", and not in "Minggu
    // lalu", "minggu ini", "Minggu kedua", "dua minggu", "beberapa Minggu".
    if (t_[i].Is("minggu") || t_[i].Is("pekan")) {
      bool after_hari = i > 0 && Is(i - 1, "hari");  // "hari minggu" is Sunday in any case
      if ((!t_[i].capitalized && !after_hari) || Relative(i + 1) != kNone || In(i + 1, kOrdinals) || Is(i + 1, "ke") ||
          In(i + 1, kRecent) || In(i + 1, kAgo)) {
        return std::nullopt;
      }
      if (i > 0 && (t_[i - 1].number || info_[i - 1]->number > 0 || In(i - 1, kWeekQuantifier))) {
        return std::nullopt;
      }
    }
    return wd;
  }

  std::optional<int> Number(size_t i) const {
    if (i >= t_.size()) return std::nullopt;
    if (t_[i].number) {
      if (i >= 2 && t_[i - 1].Is("-") && t_[i - 1].end == t_[i].begin && t_[i - 2].end == t_[i - 1].begin &&
          w_.ordinal_prefixes.count(t_[i - 2].folded)) {
        return std::nullopt;  // "ke-18"
      }
      int n = t_[i].folded.size() <= 3 ? Small(t_[i]) : -1;
      return n > 0 ? std::optional<int>(n) : std::nullopt;
    }
    if (info_[i]->number > 0) return info_[i]->number;
    return std::nullopt;
  }
  std::optional<Unit> UnitAt(size_t i) const {
    if (i >= t_.size()) return std::nullopt;
    return info_[i]->unit;
  }
  // "dua hari", "three years", "a day", "sehari", "setahun": the count and
  // unit, and the token after them.
  std::optional<std::pair<std::pair<int, Unit>, size_t>> Count(size_t i) const {
    if (i >= t_.size()) return std::nullopt;
    if (In(i, kCounted)) {
      const auto& counted = w_.counted_units.at(t_[i].folded);
      return {{{counted.second, counted.first}, i + 1}};
    }
    auto n = Number(i);
    auto unit = UnitAt(i + 1);
    if (!n || !unit || *n > 100) return std::nullopt;
    return {{{*n, *unit}, i + 2}};
  }

  // --- tense ---------------------------------------------------------------

  // Whether a future cue (akan, will, dijadwalkan, plans ...) stands in the
  // few words before token `i`, within its clause: "akan bertemu pada hari
  // Jumat" is next Friday, but "plans to deploy" after "on Saturday unveiled"
  // is not.
  bool FutureBefore(size_t i) const {
    // (Eight words back, names not counted: "is due to meet NATO Secretary
    // General Mark Rutte in Kyiv on Thursday".)
    const size_t kWords = 8, kTokens = 24;
    bool setting = false;  // passed the setting a commitment was made in
    for (size_t k = i, seen = 0; k > 0 && seen < kWords && i - k < kTokens; --k) {
      if (!t_[k - 1].capitalized) ++seen;
      if (IsClauseBreak(k - 1) && !t_[k - 1].Is("-")) return false;
      // "The planned talks did not take place on Tuesday": a past auxiliary
      // nearer the date than the cue.
      if (In(k - 1, kPastCue)) return false;
      // ("China criticised Japan's plans on Monday": a plan that is a past
      // verb's object is no cue; a cue before that verb still is.)
      // (Nor a plan told in the past: "did not attend a previous round of
      // talks planned for February".)
      if (In(k - 1, kFuture) && w_.future_nouns.count(t_[k - 1].folded) && (ObjectOfVerb(k - 1) || PastBefore(k - 1))) {
        continue;
      }
      if (In(k - 1, kFuture) && w_.perfect_after_cue.count(t_[k].folded)) return false;
      // "set to meet on", and "set for Friday" where "for" opens the date.
      if (In(k - 1, kFuture) || (k >= 2 && FuturePhrase(k - 2)) || FuturePhrase(k - 1)) return true;
      if (CommitmentAt(k - 1) && !setting) return true;
      setting = setting || CommitmentSettingAt(k - 1);
    }
    return false;
  }
  // Whether a phrase of `commitment_settings` starts at token k.
  bool CommitmentSettingAt(size_t k) const {
    for (const std::vector<std::string>& phrase : w_.commitment_settings) {
      size_t n = 0;
      while (n < phrase.size() && Is(k + n, phrase[n])) ++n;
      if (n == phrase.size()) return true;
    }
    return false;
  }
  // Whether a past auxiliary or a word of the recent past ("did",
  // "previous", "telah") stands a few words before token `noun`, within its
  // clause.
  bool PastBefore(size_t noun) const {
    const size_t kModifiers = 6;  // "did not attend a previous round of talks planned"
    for (size_t k = noun, seen = 0; k > 0 && seen < kModifiers; --k, ++seen) {
      if (IsClauseBreak(k - 1)) return false;
      if (In(k - 1, kPastCue) || In(k - 1, kRecentPast)) return true;
    }
    return false;
  }
  // Whether a verb of the past ("criticised") or an active verb
  // ("mengecam") stands a few words before the noun at `noun`, within its
  // clause: the noun is its object.
  bool ObjectOfVerb(size_t noun) const {
    const size_t kModifiers = 6;  // "condemned Japan 's new defense plans"
    for (size_t k = noun, seen = 0; k > 0 && seen < kModifiers; --k, ++seen) {
      if (IsClauseBreak(k - 1)) return false;
      const std::string& w = t_[k - 1].folded;
      if (In(k - 1, kFuture)) return false;  // "plans to ... plans": a cue
      if (t_[k - 1].capitalized) continue;   // a name: "The United States plans to ..."
      for (const std::string& e : w_.past_verb_endings) {
        if (w.size() >= e.size() + kMinStem && w.compare(w.size() - e.size(), e.size(), e) == 0) return true;
      }
      if (HasPrefix(w, w_.active_verb_prefixes)) return true;
    }
    return false;
  }
  // Whether token `k` is a commitment verb whose complement follows it
  // ("agreed to", "sepakat menggelar", "berjanji untuk"), not its own time
  // or its partner ("agreed on Tuesday", "sepakat dengan Seoul").
  bool CommitmentAt(size_t k) const {
    if (k + 1 >= t_.size() || !w_.commitment_verbs.count(t_[k].folded)) return false;
    const std::string& next = t_[k + 1].folded;
    // ("agreed to a truce in May": a noun after "to" is what was agreed.)
    if (w_.purpose_words.count(next)) return k + 2 < t_.size() && !w_.not_complements.count(t_[k + 2].folded);
    if (w_.not_complements.count(next) || w_.prepositions.count(next)) return false;
    return HasPrefix(next, w_.complement_prefixes);
  }
  // Whether `word` begins with one of `prefixes` and has a stem of at
  // least kMinStem bytes after it ("mengecam", not "men").
  static constexpr size_t kMinStem = 3;
  static bool HasPrefix(const std::string& word, const std::vector<std::string>& prefixes) {
    for (const std::string& p : prefixes) {
      if (word.size() >= p.size() + kMinStem && word.compare(0, p.size(), p) == 0) return true;
    }
    return false;
  }
  // Whether a two-word future cue ("set to") starts at token k.
  bool FuturePhrase(size_t k) const {
    for (const auto& [a, b] : w_.future_phrases) {
      if (Is(k, a) && Is(k + 1, b)) return true;
    }
    return false;
  }
  // An expression that opens its sentence or clause ("Pada hari Jumat, ...",
  // "But on Friday, ...").
  bool ClauseInitial(size_t i) const {
    if (i == 0 || IsClauseBreak(i - 1)) return true;
    return i <= 2 && !t_[0].number && (i == 1 || !IsClauseBreak(0));
  }
  // Whether the clause after an opening expression and its comma is in the
  // future tense, before any reporting verb ("On Friday, officials said
  // they will ..." is past) and before "and" ("Pada Kamis, Presiden mengecam
  // sanksi itu dan memperingatkan akan ...": the cue is the second verb's).
  bool FutureAfter(size_t end) const {
    if (!Is(end, ",")) return false;
    for (size_t k = end + 1; k < t_.size() && k < end + 12; ++k) {
      if (In(k, kReporting) || In(k, kListConnectors) || (IsClauseBreak(k) && !Is(k, "-"))) return false;
      if (In(k, kFuture) || FuturePhrase(k)) return true;
    }
    return false;
  }

  // --- rules: each returns the token after its match, or i ------------------

  // "keesokan harinya", "the next day", "hari yang sama", "dua hari kemudian",
  // "a day after", "sehari sebelumnya", "a week later".
  size_t Anaphora(size_t i, Found* out) {
    // "flew for roughly two hours before falling", "selama dua hari setelah":
    // how long something lasted, not a time counted from an event.
    if (AfterDuration(i)) return i;
    for (const auto& rule : w_.relative_days) {
      if (!In(i, kPhraseStart)) break;
      size_t k = 0;
      while (k < rule.words.size() && Is(i + k, rule.words[k])) ++k;
      bool followed = false;
      for (const std::string& next : rule.unless_next) followed = followed || Is(i + k, next);
      if (k == rule.words.size() && !followed) {
        SetRelative(out, rule.days, rule.names_event_after, rule.months, rule.years);
        out->mention.offset_in_months = rule.in_months || rule.months != 0;
        out->mention.offset_weeks = rule.weeks;
        out->mention.story_day = rule.story;
        return i + k;
      }
    }
    auto count = Count(i);
    // "kurang dari sepekan setelah", "about a week after": no exact day.
    if (!count || (i > 0 && In(i - 1, kApproximate))) return i;
    auto [n, unit] = count->first;
    size_t k = count->second;
    int days = unit == Unit::kDay ? n : unit == Unit::kWeek ? 7 * n : 0;
    int months = unit == Unit::kMonth ? n : 0, years = unit == Unit::kYear ? n : 0;  // "a year later"
    if ((days == 0 && months == 0 && years == 0) || k >= t_.size()) return i;
    if (auto after = w_.after_words.find(t_[k].folded); after != w_.after_words.end()) {
      SetRelative(out, days, after->second, months, years);
      return k + 1;
    }
    if (auto before = w_.before_words.find(t_[k].folded); before != w_.before_words.end()) {
      SetRelative(out, -days, before->second, -months, -years);
      return k + 1;
    }
    return i;
  }
  // Whether a duration word ("for", "selama") stands before token `i`, a
  // count and words of about between ("for roughly two", "selama beberapa").
  bool AfterDuration(size_t i) const {
    const size_t kBetween = 3;
    size_t k = i;
    while (k > 0 && i - k < kBetween &&
           (t_[k - 1].number || Number(k - 1) || In(k - 1, kApproximate) || w_.few_words.count(t_[k - 1].folded))) {
      --k;
    }
    return k > 0 && In(k - 1, kDuration);
  }
  static void SetRelative(Found* out, int days, bool names_event_after, int months = 0, int years = 0) {
    out->mention.relative_to_event = true;
    out->mention.offset_days = days;
    out->mention.offset_months = months;
    out->mention.offset_years = years;
    out->mention.offset_weeks = 0;
    out->mention.offset_in_months = months != 0;
    out->mention.names_event_after = names_event_after;
    out->mention.span = DateSpan{};
  }

  // "Jumat", "pada hari Jumat", "Rabu malam", "Selasa (6/1)", "Sabtu, 9 Mei
  // 2026", "Rabu dan Kamis", "Rabu-Kamis", "Rabu minggu lalu", "Jumat lalu",
  // "last Friday", "next Friday", "Friday night", "Wednesday last week".
  size_t WeekdayExpression(size_t i, Found* out) {
    WeekdayMode mode = WeekdayMode::kTense;
    size_t k = i;
    if (In(i, kRecentPast) && Weekday(i + 1)) {
      mode = WeekdayMode::kStrictPast;
      ++k;
    } else if (In(i, kNext) && Weekday(i + 1)) {
      mode = WeekdayMode::kStrictFuture;
      ++k;
    } else if (In(i, kThis) && Weekday(i + 1)) {
      mode = WeekdayMode::kThisWeek;
      ++k;
    }
    std::optional<unsigned> first = Weekday(k), second;
    if (!first && k < t_.size() && t_[k].capitalized) {  // "Rabu-Kamis" is one token
      auto [a, b] = SplitHyphen(t_[k].folded);
      first = WeekdayWord(a, true);
      second = WeekdayWord(b, true);
      if (!first || !second) return i;
    }
    if (!first) return i;
    ++k;
    k = PartsOfDay(k);
    // An explicit date beside the weekday wins over inference.
    Found explicit_date;
    size_t after = Parenthesised(k, &explicit_date);
    if (after == k) {
      size_t j = Is(k, ",") ? k + 1 : k;
      after = std::max(DayFirst(j, &explicit_date), MonthFirst(j, &explicit_date));
      if (after == j) after = k;
    }
    if (after > k) {
      out->mention.span = explicit_date.mention.span;
      return PartsOfDay(after);
    }
    // "Rabu minggu lalu", "Friday this week", "Wednesday last week".
    int week = kNone;
    if (In(k, kWeek) && Relative(k + 1) != kNone) week = Relative(k + 1);
    else if (Relative(k) != kNone && In(k + 1, kWeek)) week = Relative(k);
    if (week != kNone && !second) {
      out->mention.span = DaySpan(r_.WeekStart(week) + date::days(*first - 1));
      return k + 2;
    }
    if (mode == WeekdayMode::kTense && !second) {  // "Jumat lalu", "Jumat depan", "Jumat ini"
      if (In(k, kPast)) mode = WeekdayMode::kStrictPast;
      else if (In(k, kNext)) mode = WeekdayMode::kStrictFuture;
      else if (In(k, kThis)) mode = WeekdayMode::kThisWeek;
      if (mode != WeekdayMode::kTense) ++k;
    }
    // "Rabu dan Kamis", "Monday to Wednesday": one span of days.
    if (!second && (IsListConnector(k) || IsRangeConnector(k))) {
      size_t j = k + 1 + (Is(k + 1, "hari") ? 1 : 0);
      if ((second = Weekday(j))) k = PartsOfDay(j + 1);
    }
    int gap = second ? (static_cast<int>(*second) - static_cast<int>(*first) + 7) % 7 : 0;
    // "is set to approve the freezes later Friday", told on a Friday: that
    // day, not the next Friday.
    if (mode == WeekdayMode::kTense && !second && r_.future() && LaterSameDay(i) &&
        *first == static_cast<unsigned>(date::weekday{r_.published()}.iso_encoding())) {
      out->mention.span = DaySpan(r_.published());
      return k;
    }
    if (mode == WeekdayMode::kTense && !r_.future() && gap > 0) {
      // Past: the span ends on or before publication.
      sys_days last = r_.Weekday(*second, mode);
      out->mention.span = DaysSpan(last - date::days(gap), last);
    } else {
      sys_days start = r_.Weekday(*first, mode);
      out->mention.span = DaysSpan(start, start + date::days(gap));
    }
    out->mention.weekday_by_tense = mode == WeekdayMode::kTense && !r_.future() && !second;
    return k;
  }
  // Whether "later" stands right before the expression at token i, or
  // before its preposition ("later Friday", "later on Friday").
  bool LaterSameDay(size_t i) const {
    if (i > 0 && In(i - 1, kSameDayLater)) return true;
    return i > 1 && In(i - 1, kPrepositions) && In(i - 2, kSameDayLater);
  }
  size_t PartsOfDay(size_t k) const {
    while (In(k, kPartsOfDay) || (Is(k, "hari") && k > 0 && Is(k - 1, "dini"))) ++k;
    return k;
  }

  // "8 Mei 2026", "8–9 Mei 2026", "8 dan 9 Mei", "30 Januari–2 Februari 2026",
  // "16 Jun. 2026", "6 Mei", "8th of May".
  size_t DayFirst(size_t i, Found* out) {
    auto first = DayAt(i);
    if (!first) return i;
    size_t k = i + 1;
    std::optional<unsigned> last;
    if ((IsRangeConnector(k) || IsListConnector(k)) && DayAt(k + 1) && Month(k + 2)) {
      last = DayAt(k + 1);
      k += 2;
    }
    if (Is(k, "of") && Month(k + 1)) ++k;
    auto month = Month(k);
    if (!month) return i;
    k = AfterMonth(k);
    unsigned last_month = *month;
    if (!last && IsRangeConnector(k) && DayAt(k + 1) && Month(k + 2)) {  // "30 Januari–2 Februari"
      last = DayAt(k + 1);
      last_month = *Month(k + 2);
      k = AfterMonth(k + 2);
    }
    return FinishDays(i, k, *month, *first, last_month, last.value_or(*first), out);
  }

  // "May 8", "June 9, 2026", "Jan. 26, 2026", "May 8-9", "May 8 and 9",
  // "Jan. 30-Feb. 2", "May 8th".
  size_t MonthFirst(size_t i, Found* out) {
    auto month = Month(i);
    if (!month) return i;
    size_t k = AfterMonth(i);
    auto first = DayAt(k);
    if (!first || (k < t_.size() && t_[k].folded.size() > 2 && t_[k].number)) return i;
    ++k;
    std::optional<unsigned> last;
    unsigned last_month = *month;
    // "May 8 and 9", "May 8-9" (but not "May 8 and 9 people").
    bool counted = k + 2 < t_.size() && t_[k + 2].word && !t_[k + 2].capitalized && !IsYearAt(k + 2);
    if ((IsRangeConnector(k) || (IsListConnector(k) && !counted)) && DayAt(k + 1)) {
      last = DayAt(k + 1);
      k += 2;
    } else if (IsRangeConnector(k) && Month(k + 1) && DayAt(AfterMonth(k + 1))) {
      last_month = *Month(k + 1);
      k = AfterMonth(k + 1);
      last = DayAt(k);
      ++k;
    }
    if (Is(k, ",") && IsYearAt(k + 1)) ++k;
    return FinishDays(i, k, *month, *first, last_month, last.value_or(*first), out);
  }

  // Shared tail: an optional year at t_[k] ("2025", "last year", "tahun
  // lalu", "this year": "on April 22 last year"), then the span of days.
  size_t FinishDays(size_t i, size_t k, unsigned month, unsigned first, unsigned last_month, unsigned last,
                    Found* out) {
    std::optional<sys_days> a, b;
    int year;
    if (size_t after = YearRef(k, &year); after > k) {
      if (last_month < month) --year;  // "30 Dec 2025 - 2 Jan 2026" style: the year is the last day's
      k = after;
    } else {
      year = static_cast<int>(r_.NamedMonth(month).year());
    }
    a = MakeDay(year, month, first);
    b = MakeDay(last_month < month ? year + 1 : year, last_month, last);
    if (!a || !b || *b < *a || *b - *a > date::days(62)) return i;
    out->mention.span = DaysSpan(*a, *b);
    return k;
  }

  // "(6/1)", "(10/5/2026)": Indonesian day/month[/year] in parentheses.
  size_t Parenthesised(size_t i, Found* out) {
    if (!Is(i, "(") || i + 3 >= t_.size()) return i;
    size_t k = i + 1;
    int day = t_[k].folded.size() <= 2 ? Small(t_[k]) : -1;
    int month = t_[k + 2].folded.size() <= 2 ? Small(t_[k + 2]) : -1;
    if (day < 1 || month < 1 || month > 12 || !Is(k + 1, "/")) return i;
    k += 3;
    std::optional<sys_days> d;
    if (Is(k, "/") && IsYearAt(k + 1)) {
      d = MakeDay(YearAt(k + 1), static_cast<unsigned>(month), static_cast<unsigned>(day));
      k += 2;
    } else {
      d = r_.DayMonth(static_cast<unsigned>(day), static_cast<unsigned>(month));
    }
    if (!d || !Is(k, ")")) return i;
    out->mention.span = DaySpan(*d);
    return k + 1;
  }

  // "10/5/2026" (day first in Indonesian; month first in English unless the
  // first number cannot be a month), "2026-01-26", "2026/01/26".
  size_t NumericDate(size_t i, Found* out) {
    if (i + 4 >= t_.size()) return i;
    std::string_view sep = t_[i + 1].folded;
    if ((sep != "/" && sep != "-" && sep != ".") || t_[i + 3].folded != sep) return i;
    int a = Small(t_[i]), b = Small(t_[i + 2]), c = Small(t_[i + 4]);
    if (a < 1 || b < 1 || c < 1) return i;
    std::optional<sys_days> d;
    if (IsYear(t_[i]) && sep != "." && t_[i + 2].folded.size() <= 2 && t_[i + 4].folded.size() <= 2) {
      d = MakeDay(a, static_cast<unsigned>(b), static_cast<unsigned>(c));
    } else if (IsYear(t_[i + 4]) && sep != "-" && t_[i].folded.size() <= 2 && t_[i + 2].folded.size() <= 2) {
      bool month_first = english_ && a <= 12 && sep == "/";
      d = month_first ? MakeDay(c, static_cast<unsigned>(a), static_cast<unsigned>(b))
                      : MakeDay(c, static_cast<unsigned>(b), static_cast<unsigned>(a));
    }
    if (!d) return i;
    out->mention.span = DaySpan(*d);
    return i + 5;
  }

  // A year expression at k: "2024", "tahun 2024", "tahun ini/lalu/depan",
  // "this/last/next year", "the year" (publication's). Sets *year and
  // returns the token after it, or k when there is none.
  size_t YearRef(size_t k, int* year) const {
    // "that year", "the same year", "tahun itu", "tahun yang sama": the year
    // the story last named.
    if (story_year_) {
      size_t after = k;
      if (Is(k, "that") && In(k + 1, kYear)) after = k + 2;
      if (Is(k, "the") && Is(k + 1, "same") && In(k + 2, kYear)) after = k + 3;
      if (In(k, kYear) && Is(k + 1, "itu")) after = k + 2;
      if (In(k, kYear) && Is(k + 1, "yang") && Is(k + 2, "sama")) after = k + 3;
      if (after > k) {
        *year = *story_year_;
        story_read_ = true;
        return after;
      }
    }
    if (IsYearAt(k)) {
      *year = YearAt(k);
      return k + 1;
    }
    if (In(k, kYear) && IsYearAt(k + 1)) {
      *year = YearAt(k + 1);
      return k + 2;
    }
    if (In(k, kYear) && Is(k + 1, ".") && IsYearAt(k + 2)) {  // "akhir tahun. 2019": a stray full stop
      *year = YearAt(k + 2);
      return k + 3;
    }
    if (In(k, kYear) && Relative(k + 1) != kNone) {
      *year = r_.Year() + Relative(k + 1);
      return k + 2;
    }
    if (Relative(k) != kNone && In(k + 1, kYear)) {
      *year = r_.Year() + Relative(k);
      return k + 2;
    }
    return k;
  }

  // "kuartal ketiga 2024", "kuartal III-2024", "third quarter of 2024",
  // "Q3 2024", "the first quarter of this year", "kuartal pertama".
  size_t Quarter(size_t i, Found* out) {
    size_t k = Is(i, "the") ? i + 1 : i;
    std::optional<unsigned> q;
    if (In(k, kQuarter) && In(k + 1, kOrdinals)) {
      q = info_[k + 1]->ordinal;
      k += 2;
    } else if (In(k, kOrdinals) && In(k + 1, kQuarter)) {
      q = info_[k]->ordinal;
      k += 2;
    } else if (k < t_.size() && t_[k].folded.size() == 2 && t_[k].folded[0] == 'q' && t_[k].folded[1] >= '1' &&
               t_[k].folded[1] <= '4') {
      q = static_cast<unsigned>(t_[k].folded[1] - '0');
      k += 1;
      if (!IsYearAt(k) && !Is(k, "of") && !IsDash(k)) return i;  // "Q3" alone may be anything
    }
    if (!q || *q < 1 || *q > 4) return i;
    size_t j = k + ((Is(k, "of") || IsDash(k)) ? 1 : 0);
    if (Is(j, "the") && In(j + 1, kYear)) j += 1;
    int year;
    size_t after = YearRef(j, &year);
    if (after > j) {
      out->mention.span = QuarterSpan(date::year{year}, *q);
      return after;
    }
    if (Is(k, "of")) return i;  // "the first quarter of the match"
    out->mention.span = r_.NamedQuarter(*q);
    return k;
  }

  // "paruh pertama 2024", "semester kedua tahun ini", "the first half of
  // 2024", "H1 2024": six months (precision range). A year is required.
  size_t Half(size_t i, Found* out) {
    size_t k = Is(i, "the") ? i + 1 : i;
    std::optional<unsigned> h;
    if (In(k, kHalf) && In(k + 1, kOrdinals)) {
      h = info_[k + 1]->ordinal;
      k += 2;
    } else if (In(k, kOrdinals) && In(k + 1, kHalf)) {
      h = info_[k]->ordinal;
      k += 2;
    } else if (Is(k, "h1") || Is(k, "h2")) {
      h = static_cast<unsigned>(t_[k].folded[1] - '0');
      k += 1;
    }
    if (!h || *h < 1 || *h > 2) return i;
    if (Is(k, "of") || IsDash(k)) ++k;
    int year;
    size_t after = YearRef(k, &year);
    if (after == k) return i;
    date::year_month first = date::year{year} / date::month{*h == 1 ? 1u : 7u};
    sys_days start{first / 1};
    sys_days end{(first + date::months(5)) / date::last};
    out->mention.span = DateSpan{start, end, DatePrecision::kRange, ""};
    return after;
  }

  // "selama lima tahun terakhir", "dalam 3 bulan terakhir", "satu dekade
  // terakhir", "over the past three years", "in the last five years", "the
  // past decade": whole calendar units up to and including publication's.
  size_t PastUnits(size_t i, Found* out) {
    size_t k = i;
    int n = 0;
    Unit unit;
    size_t end;
    bool english_form = false;
    if (Is(k, "the")) ++k;
    // "N <units>" at `at`, or a lone "decade" (one of them).
    auto units_at = [&](size_t at) {
      if (auto count = Count(at)) {
        n = count->first.first;
        unit = count->first.second;
        end = count->second;
        return true;
      }
      if (auto u = UnitAt(at); u && *u == Unit::kDecade) {
        n = 1;
        unit = *u;
        end = at + 1;
        return true;
      }
      return false;
    };
    if (In(k, kRecentPast)) {  // English: "(the) past N years"
      ++k;
      if (!units_at(k)) return i;
      english_form = true;
    } else {  // Indonesian: "N tahun terakhir", "dekade terakhir"
      if (!units_at(k)) return i;
      if (!In(end, kRecent)) return i;
      ++end;
      if (In(end, kThis)) ++end;  // "terakhir ini", "belakangan ini"
    }
    if (english_form && n == 1 && unit != Unit::kDecade && !Count(k)) return i;
    if (n < 1 || n > 100) return i;
    sys_days pub = r_.published();
    DateSpan span;
    switch (unit) {
      case Unit::kDecade:
        n *= 10;
        [[fallthrough]];
      case Unit::kYear:
        span = YearsSpan(date::year{r_.Year() - n + 1}, date::year{r_.Year()});
        out->relative_range = true;
        break;
      case Unit::kQuarter:
        return i;
      case Unit::kMonth: {
        date::year_month first = r_.MonthFromNow(1 - n), last = r_.MonthFromNow(0);
        span = DateSpan{sys_days{first / 1}, sys_days{last / date::last}, DatePrecision::kRange, ""};
        break;
      }
      case Unit::kWeek:
        span = DateSpan{r_.WeekStart(1 - n), r_.WeekStart(0) + date::days(6), DatePrecision::kRange, ""};
        break;
      case Unit::kDay:
        span = DaysSpan(pub - date::days(n - 1), pub);
        break;
    }
    out->mention.span = span;
    return end;
  }

  // "tiga hari lalu", "dua tahun yang lalu", "two weeks ago", "a year ago".
  size_t Ago(size_t i, Found* out) {
    auto count = Count(i);
    if (!count) return i;
    auto [n, unit] = count->first;
    size_t k = count->second;
    if (Is(k, "yang") && In(k + 1, kAgo)) ++k;
    if (!In(k, kAgo)) return i;
    switch (unit) {
      case Unit::kDay:
        out->mention.span = DaySpan(r_.published() - date::days(n));
        break;
      case Unit::kWeek:
        out->mention.span = r_.Week(-n);
        break;
      case Unit::kMonth:
        out->mention.span = MonthSpan(r_.MonthFromNow(-n));
        break;
      case Unit::kYear:
        out->mention.span = YearSpan(date::year{r_.Year() - n});
        break;
      default:
        return i;
    }
    return k + 1;
  }

  // "akhir pekan lalu", "pada akhir pekan", "last weekend", "over the
  // weekend", "this weekend": Saturday and Sunday (precision day).
  size_t Weekend(size_t i, Found* out) {
    size_t k = i;
    int rel = kNone;
    if (Relative(k) != kNone && In(k + 1, kWeekend)) {
      rel = Relative(k);
      ++k;
    } else if (Is(k, "the") && In(k + 1, kWeekend)) {
      ++k;
    }
    if (In(k, kWeekend)) {
      ++k;
    } else {
      bool pair = false;
      for (const auto& [a, b] : w_.weekend_pairs) pair = pair || (Is(k, a) && Is(k + 1, b));
      if (!pair) return i;
      k += 2;
      if (Relative(k) != kNone) rel = Relative(k++);
    }
    out->mention.span = r_.Weekend(rel == kNone ? 0 : rel, rel != kNone);
    return k;
  }

  // "awal Mei", "pertengahan 2024", "mid-May", "akhir tahun 2019", "akhir
  // 2026", "by the end of 2027", "end-2027", "late last year", "awal pekan
  // ini", "earlier this month", "later this year", "akhir bulan": the part
  // stays at its whole unit, except the end of a year: its December.
  size_t PartOf(size_t i, Found* out) {
    size_t k = Is(i, "the") ? i + 1 : i;
    if (k >= t_.size()) return i;
    bool late = In(k, kLate);
    bool vague = In(k, kVague);
    if (!late && !vague && !In(k, kEarly) && !In(k, kMid)) {
      // "mid-May", "end-May" are one token.
      auto [part, rest] = SplitHyphen(t_[k].folded);
      if (part.empty() || !(w_.late.count(part) || w_.early.count(part) || w_.mid.count(part))) return i;
      auto month = MonthWord(rest, true);
      if (!month) return i;
      return MonthTail(k, k + 1, *month, true, out);
    }
    ++k;
    if (IsDash(k)) ++k;  // "end-2027", "mid-2024"
    if (Is(k, "of") || Is(k, "in")) ++k;
    if (Is(k, "the")) ++k;
    // A month: "awal Mei", "end of May 2026".
    if (!vague) {
      Found month;
      size_t after = MonthName(k, &month, /*context=*/true);
      if (after > k) {
        out->mention.span = month.mention.span;
        return after;
      }
    }
    // A year.
    int year;
    size_t after = vague ? k : YearRef(k, &year);
    if (after > k) {
      out->mention.span = late ? MonthSpan(date::year{year} / date::December) : YearSpan(date::year{year});
      return after;
    }
    // "akhir tahun", "the end of the year", "akhir bulan", "awal pekan".
    if (!vague && In(k, kYear) && !In(k + 1, kRecent)) {
      out->mention.span = late ? MonthSpan(r_.NamedMonth(12)) : YearSpan(date::year{r_.Year()});
      return k + 1;
    }
    // "awal pekan ini", "later this month", "late last year".
    Found unit;
    after = RelativeUnit(k, &unit);
    if (after > k) {
      out->mention.span = unit.mention.span;
      if (late && unit.mention.span.precision == DatePrecision::kYear) {
        out->mention.span = MonthSpan(date::year{YearOf(*unit.mention.span.start)} / date::December);
      }
      return after;
    }
    if (!vague && In(k, kMonth) && !In(k + 1, kRecent) && !Number(k + 1)) {
      out->mention.span = MonthSpan(r_.MonthFromNow(0));
      return k + 1;
    }
    return i;
  }

  // "minggu lalu", "pekan ini", "last week", "bulan lalu", "next month",
  // "tahun lalu", "this year", "kuartal lalu", "next quarter".
  size_t RelativeUnit(size_t i, Found* out) {
    int rel = kNone;
    size_t unit_token, end;
    if (Relative(i) != kNone && (In(i + 1, kWeek) || In(i + 1, kMonth) || In(i + 1, kYear) ||
                                 In(i + 1, kQuarter))) {
      rel = Relative(i);  // "last week", "this month"
      unit_token = i + 1;
      end = i + 2;
    } else if (In(i, kWeek) || In(i, kMonth) || In(i, kYear) || In(i, kQuarter)) {
      size_t k = i + 1;
      if (Is(k, "yang") && In(k + 1, kPast)) ++k;  // "minggu yang lalu"
      rel = Relative(k);
      unit_token = i;
      end = k + 1;
    }
    if (rel == kNone) return i;
    if (In(unit_token, kWeek)) out->mention.span = r_.Week(rel);
    else if (In(unit_token, kMonth)) out->mention.span = MonthSpan(r_.MonthFromNow(rel));
    else if (In(unit_token, kQuarter)) out->mention.span = r_.QuarterFromNow(rel);
    else out->mention.span = YearSpan(date::year{r_.Year() + rel});
    return end;
  }

  // "in the coming weeks", "over the next few days", "the next two months",
  // "dalam beberapa pekan mendatang", "dua hari ke depan": from the day after
  // publication to as many units on ("a few": three). Not "next week" or
  // "the next day": one unit, no count (RelativeUnit, Anaphora).
  size_t ComingUnits(size_t i, Found* out) {
    const int kFew = 3;
    int n = 0;
    size_t unit_token = 0, end = i;
    auto count_at = [&](size_t k) {  // "few", "two": the count, or 0
      if (k < t_.size() && w_.few_words.count(t_[k].folded)) return kFew;
      auto number = Number(k);
      return number ? *number : 0;
    };
    if (In(i, kNext)) {  // English: "coming weeks", "next few days"
      n = count_at(i + 1);
      unit_token = n ? i + 2 : i + 1;
      if (!UnitAt(unit_token) || (!n && !w_.plural_units.count(t_[unit_token].folded))) return i;
      if (!n) n = kFew;
      end = unit_token + 1;
    } else {  // Indonesian: "beberapa pekan mendatang", "dua hari ke depan"
      n = count_at(i);
      unit_token = i + 1;
      if (!n || !UnitAt(unit_token)) return i;
      size_t k = unit_token + 1;
      if (k < t_.size() && w_.coming_links.count(t_[k].folded)) ++k;
      if (!In(k, kNext)) return i;
      end = k + 1;
    }
    const int kMaxUnits = 100;
    if (n < 1 || n > kMaxUnits) return i;
    const sys_days pub = r_.published();
    const date::year_month_day day{pub};
    // N months or years on, the day of the month kept where the month has
    // it (January 31 and a month: February's last day, not March 3).
    auto months_on = [&](int months) {
      const date::year_month month = day.year() / day.month() + date::months(months);
      return sys_days{month / std::min(day.day(), (month / date::last).day())};
    };
    sys_days last;
    switch (*UnitAt(unit_token)) {
      case Unit::kDay: last = pub + date::days(n); break;
      case Unit::kWeek: last = pub + date::days(7 * n); break;
      case Unit::kMonth: last = months_on(n); break;
      case Unit::kYear: last = months_on(12 * n); break;
      default: return i;
    }
    const sys_days first = pub + date::days(1);
    out->mention.span = DateSpan{first, last, DatePrecision::kRange, ""};
    return end;
  }

  // "pada bulan Desember", "in December 2022", "Maret 2022", "Oktober tahun
  // lalu", "in February last year", "last May", "Mei lalu", "pada April",
  // "Januari-Maret 2024" (a range of months). `context`: the words before
  // already make a bare month name a date ("awal Mei").
  size_t MonthName(size_t i, Found* out, bool context = false) {
    int rel = kNone;
    size_t k = i;
    if (Relative(i) != kNone && Month(i + 1)) {  // English "last May", "next December"
      rel = Relative(i);
      ++k;
      context = true;
    }
    auto month = Month(k);
    if (!month) return i;
    if (!context) {
      // Abbreviations, and English month names ("May", "March" are also
      // words), need a day, a year or a word of time around them.
      bool needs_context = english_ || IsAbbreviation(k);
      bool introduced = k > 0 && (In(k - 1, kMonthContext) || In(k - 1, kPrepositions) ||
                                  Is(k - 1, "bulan") ||
                                  (k >= 2 && previous_end_ == k - 1 &&
                                   (IsListConnector(k - 1) || IsRangeConnector(k - 1) || Is(k - 1, ","))));
      context = !needs_context || introduced;
    }
    if (rel != kNone) return MonthTail(i, k + 1, *month, true, out, rel);
    return MonthTail(i, AfterMonth(k), *month, context, out);
  }
  size_t BareMonthName(size_t i, Found* out) { return MonthName(i, out, false); }
  // The rest of a month expression after the month name at k - 1.
  size_t MonthTail(size_t i, size_t k, unsigned month, bool bare_ok, Found* out, int rel = kNone) {
    int year;
    size_t after = YearRef(k, &year);
    if (after == k && Is(k, "of")) {  // "May of last year"
      after = YearRef(k + 1, &year);
      if (after == k + 1) after = k;
    }
    // A range of months: "Januari-Maret 2024", "from January to March".
    if (after == k && rel == kNone && IsRangeConnector(k) && Month(k + 1)) {
      unsigned last = *Month(k + 1);
      size_t j = AfterMonth(k + 1);
      size_t year_end = YearRef(j, &year);
      if (year_end == j) year = static_cast<int>(r_.NamedMonth(last).year());
      int first_year = last < month ? year - 1 : year;
      date::year_month a = date::year{first_year} / date::month{month}, b = date::year{year} / date::month{last};
      out->mention.span = DateSpan{sys_days{a / 1}, sys_days{b / date::last}, DatePrecision::kRange, ""};
      if (year_end == j && !bare_ok) return i;
      return year_end;
    }
    if (after > k) {
      out->mention.span = MonthSpan(date::year{year} / date::month{month});
      return after;
    }
    if (!bare_ok) return i;
    if (rel == kNone && (In(k, kPast) || In(k, kNext) || In(k, kThis))) {  // "Mei lalu"
      rel = Relative(k);
      ++k;
    }
    if (rel == kNone) {
      out->mention.span = MonthSpan(r_.NamedMonth(month));
    } else {
      int y = r_.Year();
      unsigned pub = r_.MonthNumber();
      if (rel < 0 && month >= pub) --y;   // "last May": strictly before publication's month
      if (rel > 0 && month <= pub) ++y;   // "next May": strictly after
      out->mention.span = MonthSpan(date::year{y} / date::month{month});
    }
    return k;
  }

  // "pada tahun 2017", "pada 2023", "in 2019", "sepanjang 2025", "the 1990s",
  // "tahun 1990-an", "2017-2019", "antara 2017 dan 2019", "from 2017 to 2019".
  size_t YearExpression(size_t i, Found* out) {
    // "that year", "pada tahun itu", "in the same year": the story's year.
    {
      int year;
      size_t after = YearRef(i, &year);
      if (after > i && story_read_) {
        out->mention.span = YearSpan(date::year{year});
        return after;
      }
      story_read_ = false;
    }
    size_t k = i;
    bool between = In(k, kBetween);
    if (between) ++k;
    if (Is(k, "the") || In(k, kYear)) ++k;
    // Decades.
    if (k < t_.size() && t_[k].folded.size() == 5 && t_[k].folded[4] == 's' && t_[k].folded[3] == '0' &&
        std::all_of(t_[k].folded.begin(), t_[k].folded.begin() + 4, ::isdigit)) {
      int start = std::stoi(t_[k].folded.substr(0, 4));
      if (start < 1900 || start > 2090) return i;
      out->mention.span = YearsSpan(date::year{start}, date::year{start + 9});
      return k + 1;
    }
    if (!IsYearAt(k)) return i;
    int first = YearAt(k);
    if (IsDash(k + 1) && Is(k + 2, "an") && first % 10 == 0) {
      out->mention.span = YearsSpan(date::year{first}, date::year{first + 9});
      return k + 3;
    }
    bool introduced = k > i || (i > 0 && In(i - 1, kYearIntroducers));
    // A span of years: the dash form stands alone, words need an introduction.
    bool connector = IsDash(k + 1) || ((introduced || between) && IsRangeConnector(k + 1)) ||
                     (between && IsListConnector(k + 1));
    if (connector && IsYearAt(k + 2) && YearAt(k + 2) > first) {
      out->mention.span = YearsSpan(date::year{first}, date::year{YearAt(k + 2)});
      return k + 3;
    }
    // A year alone needs a preposition or "tahun" before it: "200 tankers"
    // or "2026 barrels" is not a date.
    if (!introduced || between) return i;
    out->mention.span = YearSpan(date::year{first});
    return k + 1;
  }

  // "hari ini", "today", "kemarin", "yesterday", "besok", "tomorrow".
  size_t DeicticDay(size_t i, Found* out) {
    for (const auto& rule : w_.deictic_days) {
      if (!In(i, kPhraseStart)) break;
      size_t k = 0;
      while (k < rule.words.size() && Is(i + k, rule.words[k])) ++k;
      bool followed = false;
      for (const std::string& next : rule.unless_next) followed = followed || Is(i + k, next);
      if (k == rule.words.size() && !followed) {
        out->mention.span = DaySpan(r_.published() + date::days(rule.days));
        out->night = rule.night;
        return i + k;
      }
    }
    return i;
  }

  std::string_view text_;
  const std::vector<Token>& t_;
  const std::vector<const WordInfo*>& info_;  // per token, never null
  Resolver& r_;
  bool english_;
  const Words& w_;
  std::optional<int> story_year_;
  mutable bool story_read_ = false;  // whether a rule read story_year_ (TimeMention::from_story_year)
  size_t previous_end_ = 0;
  // The last Match that found nothing, per tense (future or not): it tried
  // Longest from tokens [begin, last] after the mention ending at
  // previous_end.
  struct Failed {
    size_t begin = SIZE_MAX, last = 0, previous_end = SIZE_MAX;
  };
  Failed failed_[2];
};

// Whether a token is worth trying the rules at.
bool MayStart(const Token& t, const WordInfo& info) {
  if (t.folded.empty()) return false;
  if (std::isdigit(static_cast<unsigned char>(t.folded[0]))) return true;
  if (info.classes & kStarter) return true;
  return t.word && t.folded.find('-') != std::string::npos;  // "mid-May", "Rabu-Kamis"
}

// Whether a folded word ends in a possessive ("monday's").
bool Possessive(const std::string& folded) {
  return folded.size() > 3 && folded.compare(folded.size() - 2, 2, "'s") == 0;
}

std::vector<TimeMention> FindTimeMentionsIn(std::string_view sentence, const std::vector<Token>& tokens,
                                            const TemporalContext& context) {
  // Each token's word classes, looked up once: the rules test bits.
  const Words& words = Words::Get();
  static const WordInfo kNothing;
  std::vector<const WordInfo*> info(tokens.size(), &kNothing);
  for (size_t i = 0; i < tokens.size(); ++i) {
    auto it = words.lexicon.find(tokens[i].folded);
    if (it != words.lexicon.end()) info[i] = &it->second;
  }
  Resolver resolver(*context.published);
  Matcher matcher(sentence, tokens, info, resolver, context.language == Language::kEnglish, context.story_year);
  std::optional<int> story_year = context.story_year;
  std::vector<Found> found;
  size_t previous_end = SIZE_MAX;
  for (size_t i = 0; i < tokens.size();) {
    if (!MayStart(tokens[i], *info[i])) {
      ++i;
      continue;
    }
    std::optional<Found> match = matcher.Match(i, previous_end);
    if (match) {
      match->begin = i;
      i = previous_end = match->end;
      story_year = StoryYearAfter({match->mention}, story_year);
      matcher.set_story_year(story_year);
      found.push_back(std::move(*match));
    } else {
      ++i;
    }
  }
  // "fired overnight, the military said on Monday": the night before the
  // day of the saying, not before publication. (The saying's day: one day,
  // right after a reporting word.)
  const Found* saying = nullptr;
  for (const Found& f : found) {
    const DateSpan& span = f.mention.span;
    if (!f.night && !f.mention.relative_to_event && span.precision == DatePrecision::kDay && span.known() &&
        *span.start == *span.end && f.begin > 0 && (info[f.begin - 1]->classes & kReporting)) {
      saying = &f;
    }
  }
  for (Found& f : found) {
    if (!f.night || !saying) continue;
    f.mention.span.start = saying->mention.span.start;
    f.mention.span.end = saying->mention.span.end;
    f.mention.from_published = saying->mention.from_published;
  }
  // "the past N years" of a finding reported earlier ("said in December that
  // ... over the past five years") runs up to the report, not to publication.
  // The report's date is the first mention before the range (mentions are in
  // order) of a known date, no range, in a year before publication's: found
  // once going along, not looked for again for each range.
  int publication_year = resolver.Year();
  const Found* report = nullptr;
  for (Found& range : found) {
    if (range.relative_range && report) {
      int shift = publication_year - YearOf(*report->mention.span.end);
      DateSpan& r = range.mention.span;
      r.start = sys_days{date::year{YearOf(*r.start) - shift} / date::January / 1};
      r.end = sys_days{date::year{YearOf(*r.end) - shift} / date::December / 31};
    }
    const DateSpan& span = range.mention.span;
    if (!report && span.known() && span.precision != DatePrecision::kRange &&
        YearOf(*span.end) < publication_year) {
      report = &range;
    }
  }
  std::vector<TimeMention> mentions;
  mentions.reserve(found.size());
  for (Found& f : found) mentions.push_back(std::move(f.mention));
  return mentions;
}

}  // namespace

std::optional<int> StoryYearAfter(const std::vector<TimeMention>& mentions, std::optional<int> before) {
  for (const TimeMention& m : mentions) {
    // Written in full (not read from the publication date, nor counted from
    // an event), and no span of years.
    if (m.span.known() && !m.from_published && !m.from_story_year && !m.relative_to_event &&
        m.span.precision != DatePrecision::kRange) {
      before = YearOf(*m.span.start);
    }
  }
  return before;
}

std::vector<TimeMention> FindTimeMentions(std::string_view sentence, const TemporalContext& context) {
  return FindTimeMentions(sentence, Tokenize(sentence), context);
}

namespace {

// Without a publication date: the mentions as read against a stand-in date;
// those resolved from it (from_published: "last week", a bare weekday, a
// month without a year) are found but left unknown, those written in full
// keep their dates.
std::vector<TimeMention> FindUnanchored(std::string_view sentence, const std::vector<Token>& tokens,
                                        const TemporalContext& context) {
  TemporalContext stand_in = context;
  stand_in.published = sys_days{date::year{2001} / date::March / 14};
  std::vector<TimeMention> mentions = FindTimeMentionsIn(sentence, tokens, stand_in);
  for (TimeMention& m : mentions) {
    if (m.from_published) m.span = DateSpan{std::nullopt, std::nullopt, DatePrecision::kUnknown, m.span.text};
  }
  return mentions;
}

}  // namespace

bool IsFutureCue(const std::string& folded, const std::string& next) {
  const Words& w = Words::Get();
  return w.future.count(folded) > 0 && w.perfect_after_cue.count(next) == 0;
}

std::vector<TimeMention> FindTimeMentions(std::string_view sentence, const std::vector<Token>& tokens,
                                          const TemporalContext& context) {
  auto find = [&](const std::vector<Token>& words) {
    return context.published ? FindTimeMentionsIn(sentence, words, context)
                             : FindUnanchored(sentence, words, context);
  };
  // Possessives match as their word: "Monday's talks", "this year's". They
  // are rare: the tokens are copied only when one needs cutting.
  if (std::none_of(tokens.begin(), tokens.end(), [](const Token& t) { return Possessive(t.folded); })) {
    return find(tokens);
  }
  std::vector<Token> cut = tokens;
  for (Token& t : cut) {
    if (Possessive(t.folded)) t.folded.resize(t.folded.size() - 2);
  }
  return find(cut);
}

DateSpan ResolveDate(std::string_view phrase, const TemporalContext& context) {
  for (const TimeMention& mention : FindTimeMentions(phrase, context)) {
    if (mention.span.known()) return mention.span;
  }
  return DateSpan{};
}

}  // namespace timeline

#include "extract/temporal.h"

#include <date/iso_week.h>
#include <nlohmann/json.hpp>

#include <algorithm>
#include <map>
#include <optional>
#include <set>
#include <unordered_set>

#include "extract/tokens.h"
#include "util/embedded.h"

namespace timeline {

using date::sys_days;

namespace {

// The words of data/temporal.json, loaded once.
struct Words {
  std::map<std::string, unsigned> months, weekdays, numbers, ordinals;
  std::unordered_set<std::string> ambiguous_months, week, month, year, quarter, past, this_, next,
      early, late, recent, since, future, prepositions;
  // Every word a date expression can start with: other tokens are skipped
  // without trying the rules (most words of a sentence are not dates).
  std::unordered_set<std::string> starters;
  struct Relative {
    std::vector<std::string> words;
    int days;
    bool names_event_after;
  };
  std::vector<Relative> relative_days;

  static const Words& Get() {
    static const Words words = [] {
      Words w;
      nlohmann::json data = nlohmann::json::parse(EmbeddedData("temporal.json"));
      for (auto& [k, v] : data["months"].items()) w.months[k] = v;
      for (auto& [k, v] : data["weekdays"].items()) w.weekdays[k] = v;
      for (auto& [k, v] : data["numbers"].items()) w.numbers[k] = v;
      for (auto& [k, v] : data["ordinals"].items()) w.ordinals[k] = v;
      auto set = [&](const char* key, std::unordered_set<std::string>& out) {
        for (const auto& v : data[key]) out.insert(v.get<std::string>());
      };
      set("ambiguous_months", w.ambiguous_months);
      set("week_words", w.week);
      set("month_words", w.month);
      set("year_words", w.year);
      set("quarter_words", w.quarter);
      set("past", w.past);
      set("this", w.this_);
      set("next", w.next);
      set("early", w.early);
      set("late", w.late);
      set("recent_years", w.recent);
      set("since", w.since);
      set("future_cues", w.future);
      set("prepositions", w.prepositions);
      for (const auto& r : data["relative_days"]) {
        w.relative_days.push_back({r["words"].get<std::vector<std::string>>(), r["days"].get<int>(),
                                   r.value("names_event_after", false)});
        w.starters.insert(w.relative_days.back().words[0]);
      }
      for (const auto* map : {&w.months, &w.weekdays, &w.numbers, &w.ordinals}) {
        for (const auto& entry : *map) w.starters.insert(entry.first);
      }
      for (const auto* list : {&w.week, &w.month, &w.year, &w.quarter, &w.past, &w.this_, &w.next,
                               &w.early, &w.late, &w.prepositions, &w.since}) {
        w.starters.insert(list->begin(), list->end());
      }
      for (const char* word : {"(", "the", "hari", "bulan", "q1", "q2", "q3", "q4"}) w.starters.insert(word);
      return w;
    }();
    return words;
  }
};

// Resolves spans around one publication date.
class Resolver {
 public:
  Resolver(sys_days published, bool future) : published_(published), future_(future) {}
  // Tense is decided per expression: the words just before it.
  void set_future(bool future) { future_ = future; }
  sys_days published() const { return published_; }

  DateSpan Weekday(unsigned iso_weekday) const {
    date::weekday pub_wd{published_};
    int pub = static_cast<int>(pub_wd.iso_encoding());
    int want = static_cast<int>(iso_weekday);
    if (future_) {
      int ahead = (want - pub + 7) % 7;
      return DaySpan(published_ + date::days(ahead == 0 ? 7 : ahead));
    }
    int back = (pub - want + 7) % 7;  // on or before publication
    return DaySpan(published_ - date::days(back));
  }
  // That weekday inside the ISO week `offset` weeks from publication's.
  DateSpan WeekdayInWeek(unsigned iso_weekday, int offset) const {
    DateSpan week = Week(offset);
    return DaySpan(*week.start + date::days(iso_weekday - 1));
  }
  DateSpan Week(int offset) const {
    iso_week::year_weeknum_weekday w(published_ + date::weeks(offset));
    return IsoWeekSpan(static_cast<int>(w.year()), static_cast<unsigned>(w.weeknum()));
  }
  DateSpan Month(int offset) const {
    date::year_month_day ymd(published_);
    date::year_month ym = date::year_month(ymd.year(), ymd.month()) + date::months(offset);
    return MonthSpan(ym);
  }
  // A month named without a year: the latest not after publication's month,
  // or the next not before it in a future-tense sentence.
  DateSpan NamedMonth(unsigned month) const {
    date::year_month_day ymd(published_);
    int year = static_cast<int>(ymd.year());
    unsigned pub_month = static_cast<unsigned>(ymd.month());
    if (future_) {
      if (month < pub_month) ++year;
    } else if (month > pub_month) {
      --year;
    }
    return MonthSpan(date::year{year} / date::month{month});
  }
  int Year() const { return static_cast<int>(date::year_month_day(published_).year()); }
  // A day and month without a year: the latest such day not after
  // publication (or the next one in the future).
  std::optional<DateSpan> DayMonth(unsigned day, unsigned month) const {
    int year = Year();
    date::year_month_day ymd{date::year{year}, date::month{month}, date::day{day}};
    if (!ymd.ok() && !(month == 2 && day == 29)) return std::nullopt;
    for (int k = 0; k < 8 && !ymd.ok(); ++k) ymd = date::year{--year} / date::month{month} / date::day{day};
    if (!ymd.ok()) return std::nullopt;
    sys_days d{ymd};
    if (!future_ && d > published_) d = sys_days{date::year{year - 1} / date::month{month} / date::day{day}};
    if (future_ && d < published_) d = sys_days{date::year{year + 1} / date::month{month} / date::day{day}};
    return DaySpan(d);
  }

 private:
  sys_days published_;
  bool future_;
};

// Whether a future cue (akan, will, plans ...) stands in the few words before
// token `i`, within its clause: "akan bertemu pada hari Jumat" is next
// Friday, but "plans to deploy" after "on Saturday unveiled" is not.
bool FutureBefore(const std::vector<Token>& tokens, size_t i) {
  const auto& future = Words::Get().future;
  for (size_t k = i, seen = 0; k > 0 && seen < 8; --k, ++seen) {
    const std::string& word = tokens[k - 1].folded;
    if (word == "," || word == ";" || word == "." || word == "\xE2\x80\x94") return false;
    if (future.count(word)) return true;
  }
  return false;
}

std::optional<sys_days> MakeDay(int year, unsigned month, unsigned day) {
  date::year_month_day ymd{date::year{year}, date::month{month}, date::day{day}};
  if (!ymd.ok()) return std::nullopt;
  return sys_days{ymd};
}

// The value of a short number token; -1 for anything longer than four digits
// (a fuzzer's "2222222222" must not overflow std::stoi).
int Small(const Token& t) {
  if (!t.number || t.folded.size() > 4) return -1;
  return std::stoi(t.folded);
}

bool IsYear(const Token& t) {
  if (!t.number || t.folded.size() != 4) return false;
  int y = std::stoi(t.folded);
  return y >= 1900 && y <= 2100;
}

bool IsDayNumber(const Token& t) {
  if (!t.number || t.folded.size() > 2) return false;
  int d = std::stoi(t.folded);
  return d >= 1 && d <= 31;
}

bool IsDash(const Token& t) { return t.folded == "-" || t.folded == "\xE2\x80\x93" || t.folded == "\xE2\x80\x94"; }

// Matches rules at token positions of one sentence.
class Matcher {
 public:
  Matcher(std::string_view sentence, const std::vector<Token>& tokens, Resolver& resolve,
          bool english)
      : text_(sentence), t_(tokens), r_(resolve), english_(english), w_(Words::Get()) {}

  // The longest rule matching at token i: fills *out and returns the token
  // index after it, or i when nothing matches.
  size_t Match(size_t i, TimeMention* out) const {
    // Prepositions and "hari"/"bulan" belong to the expression ("pada hari
    // Jumat"), but may also start it ("bulan lalu", "hari yang sama"): try
    // the rules at each of them and after them.
    bool since = false;
    r_.set_future(FutureBefore(t_, i));
    for (size_t from = i; from < t_.size(); ++from) {
      size_t end = MatchCore(from, out);
      if (end > from) {
        out->begin = t_[i].begin;
        out->end = t_[end - 1].end;
        out->open_ended = since;
        out->span.text = std::string(text_.substr(out->begin, out->end - out->begin));
        return end;
      }
      if (!(w_.prepositions.count(t_[from].folded) || Is(from, "hari") || Is(from, "bulan"))) break;
      since = since || w_.since.count(t_[from].folded) > 0;
    }
    return i;
  }

 private:
  bool Is(size_t i, const char* word) const { return i < t_.size() && t_[i].folded == word; }
  bool In(size_t i, const std::unordered_set<std::string>& set) const {
    return i < t_.size() && set.count(t_[i].folded);
  }
  std::optional<unsigned> Month(size_t i) const {
    if (i >= t_.size() || !t_[i].word) return std::nullopt;
    auto it = w_.months.find(t_[i].folded);
    if (it == w_.months.end()) return std::nullopt;
    // "may", "mar", "des" ... are months only when capitalised (and "may"
    // in English only with a day or year beside it; see callers).
    if (w_.ambiguous_months.count(t_[i].folded) && !t_[i].capitalized) return std::nullopt;
    return it->second;
  }
  std::optional<unsigned> Weekday(size_t i) const {
    if (i >= t_.size() || !t_[i].word) return std::nullopt;
    auto it = w_.weekdays.find(t_[i].folded);
    if (it == w_.weekdays.end()) return std::nullopt;
    // "minggu" is also "week": a day only as "Minggu", not before lalu/ini/depan.
    if (t_[i].folded == "minggu" &&
        (!t_[i].capitalized || In(i + 1, w_.past) || In(i + 1, w_.this_) || In(i + 1, w_.next))) {
      return std::nullopt;
    }
    if (english_ && !t_[i].capitalized) return std::nullopt;
    return it->second;
  }
  std::optional<int> Number(size_t i) const {
    if (i >= t_.size()) return std::nullopt;
    if (t_[i].number && t_[i].folded.size() <= 3) return Small(t_[i]);
    auto it = w_.numbers.find(t_[i].folded);
    if (it != w_.numbers.end()) return static_cast<int>(it->second);
    return std::nullopt;
  }
  int Relative(size_t i) const {  // -1 past, 0 this, +1 next, 99 none
    if (In(i, w_.past)) return -1;
    if (In(i, w_.this_)) return 0;
    if (In(i, w_.next)) return 1;
    return 99;
  }

  size_t MatchCore(size_t i, TimeMention* out) const {
    if (i >= t_.size()) return i;
    size_t end;
    if ((end = RelativeDays(i, out)) > i) return end;
    if ((end = DayMonthYear(i, out)) > i) return end;
    if ((end = MonthDayYear(i, out)) > i) return end;
    if ((end = WeekdayExpression(i, out)) > i) return end;
    if ((end = Parenthesised(i, out)) > i) return end;
    if ((end = NumericDate(i, out)) > i) return end;
    if ((end = Quarter(i, out)) > i) return end;
    if ((end = PastYears(i, out)) > i) return end;
    if ((end = EndOfYear(i, out)) > i) return end;
    if ((end = RelativeUnit(i, out)) > i) return end;
    if ((end = MonthName(i, out)) > i) return end;
    if ((end = BareYear(i, out)) > i) return end;
    return i;
  }

  size_t RelativeDays(size_t i, TimeMention* out) const {
    for (const auto& rule : w_.relative_days) {
      size_t k = 0;
      while (k < rule.words.size() && Is(i + k, rule.words[k].c_str())) ++k;
      if (k == rule.words.size()) {
        out->relative_to_event = true;
        out->offset_days = rule.days;
        out->names_event_after = rule.names_event_after;
        out->span = DateSpan{};
        return i + k;
      }
    }
    return i;
  }

  // "8 Mei 2026", "8–9 Mei 2026", "16 Jun 2026", "6 Mei".
  size_t DayMonthYear(size_t i, TimeMention* out) const {
    if (!IsDayNumber(t_[i])) return i;
    size_t k = i + 1;
    std::optional<int> last_day;
    if (k + 1 < t_.size() && IsDash(t_[k]) && IsDayNumber(t_[k + 1])) {
      last_day = std::stoi(t_[k + 1].folded);
      k += 2;
    }
    auto month = Month(k);
    if (!month) return i;
    ++k;
    if (Is(k, ".")) ++k;
    int first = std::stoi(t_[i].folded);
    return FinishDays(i, k, *month, first, last_day.value_or(first), out);
  }

  // "May 8", "June 9, 2026", "Jan. 26, 2026", "May 8-9".
  size_t MonthDayYear(size_t i, TimeMention* out) const {
    auto month = Month(i);
    if (!month) return i;
    size_t k = i + 1;
    if (Is(k, ".")) ++k;
    if (k >= t_.size() || !IsDayNumber(t_[k])) return i;
    int first = std::stoi(t_[k].folded);
    int last = first;
    ++k;
    if (k + 1 < t_.size() && IsDash(t_[k]) && IsDayNumber(t_[k + 1])) {
      last = std::stoi(t_[k + 1].folded);
      k += 2;
    }
    if (Is(k, ",") && k + 1 < t_.size() && IsYear(t_[k + 1])) ++k;
    return FinishDays(i, k, *month, first, last, out);
  }

  // Shared tail: an optional year at t_[k], then the span.
  size_t FinishDays(size_t i, size_t k, unsigned month, int first, int last, TimeMention* out) const {
    std::optional<sys_days> a, b;
    if (k < t_.size() && IsYear(t_[k])) {
      int year = std::stoi(t_[k].folded);
      a = MakeDay(year, month, static_cast<unsigned>(first));
      b = MakeDay(year, month, static_cast<unsigned>(last));
      ++k;
    } else {
      auto resolved = r_.DayMonth(static_cast<unsigned>(first), month);
      if (!resolved) return i;
      a = resolved->start;
      date::year_month_day ymd(*a);
      b = MakeDay(static_cast<int>(ymd.year()), month, static_cast<unsigned>(last));
    }
    if (!a || !b || *b < *a) return i;
    out->span = DaysSpan(*a, *b);
    return k;
  }

  // "(6/1)", "(10/5/2026)" — Indonesian day/month[/year] in parentheses.
  size_t Parenthesised(size_t i, TimeMention* out) const {
    if (!Is(i, "(")) return i;
    size_t k = i + 1;
    if (k + 2 >= t_.size() || !IsDayNumber(t_[k]) || !Is(k + 1, "/") || !t_[k + 2].number) return i;
    int day_value = Small(t_[k]), month_value = Small(t_[k + 2]);
    if (month_value < 1 || month_value > 12) return i;
    unsigned day = static_cast<unsigned>(day_value), month = static_cast<unsigned>(month_value);
    k += 3;
    std::optional<sys_days> d;
    if (Is(k, "/") && k + 1 < t_.size() && IsYear(t_[k + 1])) {
      d = MakeDay(std::stoi(t_[k + 1].folded), month, day);
      k += 2;
    } else if (auto resolved = r_.DayMonth(day, month)) {
      d = resolved->start;
    }
    if (!d || !Is(k, ")")) return i;
    out->span = DaySpan(*d);
    return k + 1;
  }

  // "10/5/2026", "2026-01-26".
  size_t NumericDate(size_t i, TimeMention* out) const {
    if (i + 4 < t_.size() && IsDayNumber(t_[i]) && Is(i + 1, "/") && Small(t_[i + 2]) > 0 &&
        Small(t_[i + 2]) <= 12 && Is(i + 3, "/") && IsYear(t_[i + 4])) {
      if (auto d = MakeDay(std::stoi(t_[i + 4].folded), static_cast<unsigned>(Small(t_[i + 2])),
                           static_cast<unsigned>(Small(t_[i])))) {
        out->span = DaySpan(*d);
        return i + 5;
      }
    }
    if (i + 4 < t_.size() && IsYear(t_[i]) && Is(i + 1, "-") && Small(t_[i + 2]) > 0 &&
        Small(t_[i + 2]) <= 12 && Is(i + 3, "-") && Small(t_[i + 4]) > 0 && Small(t_[i + 4]) <= 31) {
      if (auto d = MakeDay(std::stoi(t_[i].folded), static_cast<unsigned>(Small(t_[i + 2])),
                           static_cast<unsigned>(Small(t_[i + 4])))) {
        out->span = DaySpan(*d);
        return i + 5;
      }
    }
    return i;
  }

  // "Jumat", "Rabu malam", "Selasa (6/1)", "Rabu dan Kamis", "Rabu minggu lalu",
  // "Friday", "Wednesday night", "Friday last week".
  size_t WeekdayExpression(size_t i, TimeMention* out) const {
    // "last Friday": strictly before publication, a week back when said on a Friday.
    bool last = In(i, w_.past) && Weekday(i + 1).has_value() && !Is(i, "lalu");
    size_t day = last ? i + 1 : i;
    auto wd = Weekday(day);
    if (!wd) return i;
    size_t k = day + 1;
    static const std::set<std::string> kPartsOfDay = {"malam", "pagi", "siang", "sore", "dini",
                                                      "night", "morning", "evening", "afternoon"};
    while (k < t_.size() && (kPartsOfDay.count(t_[k].folded) || Is(k, "hari"))) ++k;
    TimeMention paren;
    size_t after = Parenthesised(k, &paren);
    if (after > k) {  // an explicit (D/M) wins over inference
      out->span = paren.span;
      return after;
    }
    // "Rabu minggu lalu", "Friday last week", "Jumat pekan lalu".
    if (In(k, w_.week) && Relative(k + 1) != 99) {
      out->span = r_.WeekdayInWeek(*wd, Relative(k + 1));
      return k + 2;
    }
    if (In(k, w_.past) && In(k + 1, w_.week)) {
      out->span = r_.WeekdayInWeek(*wd, -1);
      return k + 2;
    }
    out->span = r_.Weekday(*wd);
    if (last && *out->span.start == r_.published()) out->span = DaySpan(r_.published() - date::days(7));
    // "Rabu dan Kamis": the two days as one span.
    if ((Is(k, "dan") || Is(k, "and") || Is(k, "-")) && Weekday(k + 1)) {
      int gap = (static_cast<int>(*Weekday(k + 1)) - static_cast<int>(*wd) + 7) % 7;
      out->span = DaysSpan(*out->span.start, *out->span.start + date::days(gap));
      k += 2;
      while (k < t_.size() && kPartsOfDay.count(t_[k].folded)) ++k;
    }
    return k;
  }

  // "kuartal ketiga 2024", "third quarter of 2024", "Q3 2024".
  size_t Quarter(size_t i, TimeMention* out) const {
    size_t k = i;
    std::optional<unsigned> q;
    if (In(k, w_.quarter) && k + 1 < t_.size() && w_.ordinals.count(t_[k + 1].folded)) {
      q = w_.ordinals.at(t_[k + 1].folded);
      k += 2;
    } else if (k + 1 < t_.size() && w_.ordinals.count(t_[k].folded) && In(k + 1, w_.quarter)) {
      q = w_.ordinals.at(t_[k].folded);
      k += 2;
      if (Is(k, "of")) ++k;
    } else if (t_[k].folded.size() == 2 && t_[k].folded[0] == 'q' && t_[k].folded[1] >= '1' &&
               t_[k].folded[1] <= '4') {
      q = t_[k].folded[1] - '0';
      k += 1;
    }
    if (!q || *q < 1 || *q > 4) return i;
    int year = r_.Year();
    if (k < t_.size() && IsYear(t_[k])) {
      year = std::stoi(t_[k].folded);
      ++k;
    } else if (In(k, w_.year) && Relative(k + 1) != 99) {
      year += Relative(k + 1);
      k += 2;
    }
    out->span = QuarterSpan(date::year{year}, *q);
    return k;
  }

  // "selama lima tahun terakhir", "over the past three years".
  size_t PastYears(size_t i, TimeMention* out) const {
    size_t k = i;
    if (Is(k, "the") && In(k + 1, w_.past)) k += 2;  // "(over) the past N years"
    else if (In(k, w_.past) && !Is(k, "lalu")) k += 1;  // "(in) past N years"
    auto n = Number(k);
    if (!n || *n < 1 || *n > 50) return i;
    if (!(Is(k + 1, "tahun") || Is(k + 1, "years"))) return i;
    size_t end = k + 2;
    bool indonesian_form = Is(k + 1, "tahun") && In(k + 2, w_.recent);
    if (indonesian_form) end = k + 3;
    if (!indonesian_form && k == i) return i;  // "five years" alone is a duration
    int last = r_.Year();
    out->span = YearsSpan(date::year{last - *n + 1}, date::year{last});
    return end;
  }

  // "akhir tahun 2019", "akhir tahun. 2019", "akhir 2026", "end of 2027",
  // "end-2027", "the end of this year": December (precision month).
  size_t EndOfYear(size_t i, TimeMention* out) const {
    size_t k = i;
    if (Is(k, "the")) ++k;
    if (!In(k, w_.late)) return i;
    ++k;
    if (Is(k, "of") || Is(k, "-")) ++k;
    if (Is(k, "the")) ++k;
    if (In(k, w_.year)) {
      ++k;
      if (Is(k, ".")) ++k;  // "akhir tahun. 2019": a stray full stop in the source
    }
    int year;
    if (k < t_.size() && IsYear(t_[k])) {
      year = std::stoi(t_[k].folded);
      ++k;
    } else if (In(k - 1, w_.year) && Relative(k) != 99) {
      year = r_.Year() + Relative(k);
      ++k;
    } else if (In(k, w_.this_) && In(k + 1, w_.year)) {
      year = r_.Year();
      k += 2;
    } else if (In(k, w_.next) && In(k + 1, w_.year)) {
      year = r_.Year() + 1;
      k += 2;
    } else {
      return i;
    }
    out->span = MonthSpan(date::year{year} / date::December);
    return k;
  }

  // "minggu lalu", "pekan ini", "awal pekan ini", "last week", "earlier this
  // week", "bulan lalu", "next month", "tahun lalu", "this year" ...
  size_t RelativeUnit(size_t i, TimeMention* out) const {
    size_t k = i;
    if (In(k, w_.early) || In(k, w_.late)) ++k;  // "awal pekan ini", "later this month"
    int rel = 99;
    bool english_order = false;
    if (Relative(k) != 99 && (In(k + 1, w_.week) || In(k + 1, w_.month) || In(k + 1, w_.year))) {
      rel = Relative(k);  // "last week", "this month"
      english_order = true;
    } else if ((In(k, w_.week) || In(k, w_.month) || In(k, w_.year)) && Relative(k + 1) != 99) {
      rel = Relative(k + 1);  // "minggu lalu", "bulan ini"
    }
    if (rel == 99) return i;
    size_t unit = english_order ? k + 1 : k;
    if (In(unit, w_.week)) out->span = r_.Week(rel);
    else if (In(unit, w_.month)) out->span = r_.Month(rel);
    else out->span = YearSpan(date::year{r_.Year() + rel});
    return k + 2;
  }

  // "pada bulan Desember", "in December 2022", "Maret 2022", "Oktober tahun
  // lalu", "in February last year", "pada April".
  size_t MonthName(size_t i, TimeMention* out) const {
    auto month = Month(i);
    if (!month) return i;
    size_t k = i + 1;
    if (Is(k, ".")) ++k;
    if (k < t_.size() && IsYear(t_[k])) {
      out->span = MonthSpan(date::year{std::stoi(t_[k].folded)} / date::month{*month});
      return k + 1;
    }
    if (In(k, w_.year) && Relative(k + 1) != 99) {  // "Oktober tahun lalu"
      out->span = MonthSpan(date::year{r_.Year() + Relative(k + 1)} / date::month{*month});
      return k + 2;
    }
    if (Relative(k) != 99 && In(k + 1, w_.year)) {  // "February last year"
      out->span = MonthSpan(date::year{r_.Year() + Relative(k)} / date::month{*month});
      return k + 2;
    }
    // A bare English "May"/"March" needs a preposition before it ("in May").
    if (english_ && w_.ambiguous_months.count(t_[i].folded) &&
        !(i > 0 && w_.prepositions.count(t_[i - 1].folded))) {
      return i;
    }
    out->span = r_.NamedMonth(*month);
    return k;
  }

  // "pada tahun 2017", "pada 2023", "in 2019", "sepanjang 2025".
  size_t BareYear(size_t i, TimeMention* out) const {
    size_t k = i;
    if (In(k, w_.year)) ++k;
    if (k >= t_.size() || !IsYear(t_[k])) return i;
    // A year needs a preposition or "tahun" before it: "200 tankers" or a
    // count is not a date.
    bool introduced = k > i || (i > 0 && (w_.prepositions.count(t_[i - 1].folded) || In(i - 1, w_.year)));
    if (!introduced) return i;
    out->span = YearSpan(date::year{std::stoi(t_[k].folded)});
    return k + 1;
  }

  std::string_view text_;
  const std::vector<Token>& t_;
  Resolver& r_;
  bool english_;
  const Words& w_;
};

}  // namespace

std::vector<TimeMention> FindTimeMentions(std::string_view sentence, const TemporalContext& context) {
  std::vector<Token> tokens = Tokenize(sentence);
  Resolver resolver(context.published, false);
  Matcher matcher(sentence, tokens, resolver, context.language == Language::kEnglish);
  std::vector<TimeMention> mentions;
  const Words& words = Words::Get();
  for (size_t i = 0; i < tokens.size();) {
    if (!tokens[i].number && !words.starters.count(tokens[i].folded)) {
      ++i;
      continue;
    }
    TimeMention mention;
    size_t next = matcher.Match(i, &mention);
    if (next > i) {
      mentions.push_back(std::move(mention));
      i = next;
    } else {
      ++i;
    }
  }
  // "the past N years" of a finding reported earlier ("said in December that
  // ... over the past five years") runs up to the report, not to publication.
  int publication_year = resolver.Year();
  for (TimeMention& range : mentions) {
    if (range.span.precision != DatePrecision::kRange) continue;
    for (const TimeMention& other : mentions) {
      if (&other == &range || !other.span.known() || other.span.precision == DatePrecision::kRange) continue;
      int other_year = static_cast<int>(date::year_month_day(*other.span.end).year());
      if (other_year < publication_year && other.begin < range.begin) {
        int shift = publication_year - other_year;
        date::year_month_day first(*range.span.start), last(*range.span.end);
        range.span.start = sys_days{(first.year() - date::years(shift)) / date::January / 1};
        range.span.end = sys_days{(last.year() - date::years(shift)) / date::December / 31};
        break;
      }
    }
  }
  return mentions;
}

DateSpan ResolveDate(std::string_view phrase, const TemporalContext& context) {
  for (const TimeMention& mention : FindTimeMentions(phrase, context)) {
    if (mention.span.known()) return mention.span;
  }
  return DateSpan{};
}

}  // namespace timeline

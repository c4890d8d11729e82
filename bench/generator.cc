#include "bench/generator.h"

#include <algorithm>
#include <cmath>
#include <cstdio>

#include <date/iso_week.h>

#include "model/date_span.h"
#include "registry/registry.h"
#include "util/hash.h"

namespace timeline::bench {
namespace {

uint64_t Rotl(uint64_t x, int k) { return (x << k) | (x >> (64 - k)); }

uint64_t SplitMix(uint64_t& state) {
  uint64_t z = (state += 0x9e3779b97f4a7c15ULL);
  z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
  z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
  return z ^ (z >> 31);
}

// Verbs per type: the sentence an event's evidence quotes.
struct TypeWords {
  EventType type;
  const char* verb;
  double weight;
};
constexpr TypeWords kTypes[] = {
    {EventType::kMeeting, "met with", 14},        {EventType::kStatement, "said of", 14},
    {EventType::kAppeal, "called on", 6},         {EventType::kWarning, "warned", 6},
    {EventType::kProtest, "protested to", 4},     {EventType::kAgreement, "signed a deal with", 5},
    {EventType::kDrill, "held drills with", 8},   {EventType::kMissileTest, "test-fired a missile near", 7},
    {EventType::kNuclearTest, "ran a nuclear test near", 1},
    {EventType::kWeaponUnveiling, "unveiled a weapon before", 2},
    {EventType::kAttack, "attacked", 3},          {EventType::kSanction, "sanctioned", 9},
    {EventType::kAid, "sent aid to", 4},          {EventType::kTheft, "stole funds from", 4},
    {EventType::kCyberattack, "hacked", 4},       {EventType::kReport, "reported on", 5},
};

constexpr const char* kPlaces[][2] = {
    {"Seoul", "KOR"}, {"Pyongyang", "PRK"}, {"Washington", "USA"}, {"Tokyo", "JPN"},
    {"Beijing", "CHN"}, {"Moscow", "RUS"}, {"Jakarta", "IDN"}, {"New York", "USA"},
    {"Geneva", "CHE"}, {"Singapore", "SGP"}, {"Hanoi", "VNM"}, {"Panmunjom", "KOR"},
};

// Syllables for a vocabulary of made-up words: no real word's frequency
// distorts the full-text answers.
constexpr const char* kSyllables[] = {"ka", "ro", "mi", "tu", "se", "la", "no", "pe",
                                      "di", "ba", "go", "ri", "sa", "ne", "yo", "ku"};

date::sys_days DayOf(Random& random) {
  static const long long first = ToDayNumber(date::sys_days(date::year(1990) / 1 / 1));
  static const long long last = ToDayNumber(date::sys_days(date::year(2026) / 12 / 31));
  return FromDayNumber(first + static_cast<long long>(random.Below(last - first + 1)));
}

DateSpan DateOf(Random& random) {
  double p = random.Uniform();
  date::sys_days day = DayOf(random);
  date::year_month_day ymd(day);
  DateSpan span;
  if (p < 0.38) {
    span = DaySpan(day);
    span.text = "on " + FormatIsoDay(day);
  } else if (p < 0.58) {
    iso_week::year_weeknum_weekday week(day);
    span = IsoWeekSpan(static_cast<int>(week.year()), static_cast<unsigned>(week.weeknum()));
    span.text = "in the week of " + FormatIsoDay(*span.start);
  } else if (p < 0.82) {
    span = MonthSpan(ymd.year() / ymd.month());
    span.text = "in " + FormatIsoDay(*span.start).substr(0, 7);
  } else if (p < 0.96) {
    span = YearSpan(ymd.year());
    span.text = "in " + std::to_string(static_cast<int>(ymd.year()));
  } else if (p < 0.99) {
    // Ranges of every length up to five years: the spans the interval search
    // must not slow down on.
    long long days = 2 + static_cast<long long>(std::pow(1826.0, random.Uniform()));
    span = DaysSpan(day, day + date::days(days - 1));
    span.precision = DatePrecision::kRange;
    span.text = "from " + FormatIsoDay(*span.start) + " to " + FormatIsoDay(*span.end);
  } else {
    span.text = "";
  }
  return span;
}

}  // namespace

Random::Random(uint64_t seed) {
  for (uint64_t& s : s_) s = SplitMix(seed);
}

uint64_t Random::Next() {
  uint64_t result = Rotl(s_[1] * 5, 7) * 9;
  uint64_t t = s_[1] << 17;
  s_[2] ^= s_[0];
  s_[3] ^= s_[1];
  s_[1] ^= s_[2];
  s_[0] ^= s_[3];
  s_[2] ^= t;
  s_[3] = Rotl(s_[3], 45);
  return result;
}

double Random::Uniform() { return static_cast<double>(Next() >> 11) * 0x1.0p-53; }

uint64_t Random::Below(uint64_t bound) { return static_cast<uint64_t>(Uniform() * bound); }

Zipf::Zipf(size_t n, double s) {
  cdf_.reserve(n);
  double sum = 0;
  for (size_t rank = 1; rank <= n; ++rank) cdf_.push_back(sum += 1.0 / std::pow(rank, s));
  for (double& c : cdf_) c /= sum;
}

size_t Zipf::Draw(Random& random) const {
  double u = random.Uniform();
  size_t rank = std::lower_bound(cdf_.begin(), cdf_.end(), u) - cdf_.begin();
  return std::min(rank, cdf_.size() - 1);
}

std::vector<std::string> GeneratorActors() {
  // The region's states first, then the rest of the registry in its order.
  std::vector<std::string> ids = {"PRK", "KOR", "USA", "JPN", "CHN", "RUS", "UN", "IDN"};
  for (const ActorInfo& actor : Registry::Builtin().actors()) {
    if (std::find(ids.begin(), ids.end(), actor.id) == ids.end()) ids.push_back(actor.id);
  }
  return ids;
}

const std::vector<std::string>& GeneratorWords() {
  static const std::vector<std::string> words = [] {
    std::vector<std::string> out;
    for (const char* a : kSyllables)
      for (const char* b : kSyllables)
        for (const char* c : kSyllables) out.push_back(std::string(a) + b + c);
    return out;  // 4,096 words
  }();
  return words;
}

void Generate(const GeneratorOptions& options,
              const std::function<void(const GeneratedDocument&)>& document) {
  Random random(options.seed);
  const Registry& registry = Registry::Builtin();
  std::vector<std::string> actor_ids = GeneratorActors();
  std::vector<const ActorInfo*> actors;
  for (const std::string& id : actor_ids) actors.push_back(registry.Find(id));
  // s = 1.5 puts North Korea in about 65% of events, as in PERF-NOTES.md.
  Zipf actor_rank(actors.size(), 1.5);
  Zipf word_rank(GeneratorWords().size(), 1.0);
  double type_total = 0;
  for (const TypeWords& t : kTypes) type_total += t.weight;

  uint64_t made = 0;
  for (uint64_t article = 0; made < options.events; ++article) {
    GeneratedDocument doc;
    char name[64];
    std::snprintf(name, sizeof name, "articles/%03llu/%07llu.txt",
                  static_cast<unsigned long long>(article / 1000),
                  static_cast<unsigned long long>(article));
    doc.facts.article.path = name;
    doc.facts.article.language = "en";
    date::sys_days published = DayOf(random);
    doc.facts.article.published = published;
    doc.facts.article.title = "Synthetic report " + std::to_string(article);
    doc.article_text = doc.facts.article.title + "\n" + FormatIsoDay(published) + "\n\n";

    uint64_t count = std::min(options.events_per_article, options.events - made);
    for (uint64_t i = 0; i < count; ++i, ++made) {
      Event e;
      char id[32];
      std::snprintf(id, sizeof id, "syn-%09llu", static_cast<unsigned long long>(made));
      e.id = id;
      double pick = random.Uniform() * type_total;
      const TypeWords* type = &kTypes[0];
      for (const TypeWords& t : kTypes) {
        type = &t;
        if ((pick -= t.weight) < 0) break;
      }
      e.type = type->type;
      e.date = DateOf(random);

      // 1–4 distinct actors, 2.1 on average.
      double n = random.Uniform();
      size_t actor_count = n < 0.25 ? 1 : n < 0.70 ? 2 : n < 0.95 ? 3 : 4;
      std::vector<size_t> ranks;
      while (ranks.size() < actor_count) {
        size_t rank = actor_rank.Draw(random);
        if (std::find(ranks.begin(), ranks.end(), rank) == ranks.end()) ranks.push_back(rank);
      }
      bool mutual = e.type == EventType::kMeeting || e.type == EventType::kDrill ||
                    e.type == EventType::kAgreement;
      std::string subject, object;
      for (size_t k = 0; k < ranks.size(); ++k) {
        const ActorInfo& info = *actors[ranks[k]];
        ActorRef ref{info.id, info.name, info.country,
                     mutual ? ActorRole::kParticipant
                            : k == 0 ? ActorRole::kInitiator : ActorRole::kTarget};
        (k == 0 ? subject : object) += (k > 1 ? " and " : "") + info.name;
        e.actors.push_back(std::move(ref));
      }
      if (object.empty()) object = "its neighbours";

      std::string words;
      for (int w = 0; w < 3; ++w) words += " " + GeneratorWords()[word_rank.Draw(random)];
      e.title = subject + " " + type->verb + " " + object + ":" + words;
      if (random.Uniform() < 0.5) {
        const auto& place = kPlaces[random.Below(std::size(kPlaces))];
        e.place = Place{place[0], place[1]};
      }
      double f = random.Uniform();
      e.factuality = f < 0.90 ? Factuality::kAsserted : f < 0.96 ? Factuality::kPossible
                                                                  : Factuality::kNegated;
      if (e.type == EventType::kTheft || (e.type == EventType::kAid && random.Uniform() < 0.5)) {
        double millions = 1 + random.Below(2000);
        e.quantities.push_back(
            Quantity{millions * 1e6, "USD", "$" + std::to_string(static_cast<int>(millions)) + " million"});
      }
      std::string sentence = subject + " " + type->verb + " " + object +
                             (e.place ? " in " + e.place->name : "") +
                             (e.date.text.empty() ? "" : " " + e.date.text) + "," + words + ".";
      e.evidence.start = doc.article_text.size();
      doc.article_text += sentence;
      e.evidence.end = doc.article_text.size();
      e.evidence.text = sentence;
      doc.article_text += i % 4 == 3 ? "\n\n" : " ";
      doc.facts.events.push_back(std::move(e));
    }
    doc.facts.article.id = ArticleIdOf(doc.article_text);
    document(doc);
  }
}

}  // namespace timeline::bench

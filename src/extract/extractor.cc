#include "extract/extractor.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <cmath>
#include <deque>
#include <map>
#include <memory>
#include <set>
#include <stdexcept>
#include <tuple>
#include <unordered_map>

#include "article/article.h"
#include "extract/lexicon.h"
#include "extract/morphology.h"
#include "extract/steps.h"
#include "extract/temporal.h"
#include "extract/tokens.h"
#include "registry/registry.h"
#include "util/embedded.h"
#include "util/hash.h"
#include "util/text.h"

namespace timeline {
namespace {

using lexicon::Lexicon;
using lexicon::MatchAt;
using lexicon::Pattern;
using lexicon::PhraseList;
using lexicon::WordSet;
struct ActorMention {
  size_t token = 0, length = 0;
  const ActorInfo* actor = nullptr;
  bool place = false;  // "di Seoul": where, not who
  // "Vietnam's foreign ministry", "militer Thailand": an organ of the state,
  // an official that can author a report.
  bool official = false;
};

struct TriggerMention {
  size_t token = 0, length = 0;
  EventType type;
  bool same_type = false;  // "langkah serupa": the type of the event told before
  std::string retyped;     // for --explain: how Retype changed its type, or the rule that made it no event
  // The next of a series ("the next round of talks"): with no party named,
  // those of the latest event of its type take part.
  bool next = false;
};

// One sentence, tokenized, with what the lexicon finds in it.
struct SentenceFacts {
  Sentence sentence;
  std::string_view text;
  std::vector<Token> tokens;
  std::vector<ActorMention> actors;
  std::vector<TriggerMention> triggers;
  // Definite references ("the talks", "latihan tersebut"): events told
  // already, an event of their own only when they did not or may happen
  // ("the talks are now expected to take place in January").
  std::vector<TriggerMention> definite;
  std::vector<TimeMention> times;
  std::vector<size_t> clause_starts;  // token indexes where clauses begin
  std::set<EventType> referenced_types;  // of definite references ("the drill")
  size_t dateline_end = 0;  // tokens before it are the story's dateline
  // Per token, what every trigger's Build asks (set only when there are
  // triggers): inside a date expression; inside a negation exception
  // ("tidak seperti"); and where an attribution ("according to") starts.
  std::vector<bool> in_date, negation_excepted, modality_excepted;
  // Per token, the fixed phrase holding it ("at least"): [begin, end) token
  // indexes, begin == end where none.
  std::vector<std::pair<uint32_t, uint32_t>> fixed;
  // Per token, where the relative clause holding it ends (SIZE_MAX: none).
  std::vector<size_t> relative_end;
  // Per cue list and kind, the next token where it is a cue (Extractor::NextCue).
  mutable std::map<std::pair<const void*, int>, std::vector<size_t>> next_cue;
  std::vector<size_t> attribution_starts;
  // Index structures (set with the above), so that a trigger's Build costs
  // no scan of the whole sentence: clause_starts sorted without repeats;
  // commas_before[k], the commas among tokens [0, k); the commas' indexes.
  std::vector<size_t> clause_sorted, commas_before, commas;
  // Per date mention: its first token and the token after its last.
  std::vector<std::pair<size_t, size_t>> mention_tokens;
  // Per date mention, the index of its nearest trigger (NearestTrigger),
  // filled at the first question (after ResolveSameType has settled the
  // triggers).
  mutable std::vector<size_t> nearest_trigger;
  // What PickTriggers asks of every trigger (not only of those it picks),
  // answered once per clause or sentence: whether a type's required word is
  // in the clause starting at a token; how many words of a retype rule are
  // in it (by rule index and clause start); the token of the first trigger
  // that is no report; per trigger, whether a date is nearest it.
  mutable std::map<std::pair<EventType, size_t>, bool> required_in_clause;
  mutable std::map<std::pair<size_t, size_t>, size_t> retype_words_in_clause;
  mutable std::optional<size_t> first_non_report;
  mutable std::vector<bool> own_date;
  // Per token, the attribution ("according to") whose reach, up to the next
  // comma, holds it: the latest start at or before it with no comma
  // between; SIZE_MAX for none.
  std::vector<size_t> attribution_of;
};

// Whether the actor at a token is an attribution's source ("according to
// X", "kata X") for the trigger at `trigger`: inside an attribution's reach
// (from its start to the next comma) that does not hold the trigger. What
// filling a flag per token for each attribution in turn gave (the latest
// reaching a token decides it), asked per token.
class Attributed {
 public:
  Attributed(const SentenceFacts& f, size_t trigger) : f_(f), trigger_(trigger) {}
  bool operator[](size_t token) const {
    size_t start = f_.attribution_of[token];
    if (start == SIZE_MAX) return false;
    auto comma = std::lower_bound(f_.commas.begin(), f_.commas.end(), start);
    size_t end = comma == f_.commas.end() ? f_.tokens.size() : *comma;
    return !(trigger_ >= start && trigger_ < end);
  }

 private:
  const SentenceFacts& f_;
  size_t trigger_;
};

// What Build looks back for among the events told before the current
// sentence (which do not change any more), noted as they come, so that no
// look-back scans all of them: an article of 100,000 events made each
// trigger look through the events before it.
struct EarlierIndex {
  using DateKey = std::pair<std::optional<date::sys_days>, std::optional<date::sys_days>>;
  size_t size = 0;  // events [0, size) are noted
  // last_act, last_act_by_date: the latest acts a condemnation that names
  // nothing answers (AnswerableAct); last_answerable_by_type: what one that
  // names its type answers, reports too (Answerable).
  std::optional<size_t> first_dated, last_dated, last_day, last_act;
  std::map<EventType, size_t> first_dated_by_type, last_day_by_type, last_answerable_by_type;
  std::map<EventType, size_t> last_by_type, last_dated_by_type;
  std::map<DateKey, size_t> last_act_by_date;
  // Per party (country, else id), the dated events it is in, in order.
  std::unordered_map<std::string, std::vector<size_t>> dated_by_party;

  // The parties of an event: its actors' countries, else their ids.
  static std::set<std::string> Parties(const Event& e) {
    std::set<std::string> out;
    for (const ActorRef& a : e.actors) out.insert(a.country.empty() ? a.id : a.country);
    return out;
  }

  // An event that answers a condemnation or warning (Build).
  // (What may yet happen is answered by no condemnation: "militants who
  // were planning attacks".)
  static bool Answerable(const Event& e) {
    return e.type != EventType::kProtest && e.type != EventType::kWarning && e.type != EventType::kAppeal &&
           e.type != EventType::kStatement && e.factuality == Factuality::kAsserted;
  }
  // What a condemnation or warning that names nothing answers: an act, not
  // a report ("warned that ... would be crushed" after "the ministry said it
  // detected 32 aircraft" answers the drills). A report is answered only
  // when named ("condemned the report").
  static bool AnswerableAct(const Event& e) { return Answerable(e) && e.type != EventType::kReport; }

  // Event `index`, noted with a day `old`, now has another day (RedatesTold):
  // still dated, at day precision, with the same parties, so only the look-up
  // by date changes.
  void Redated(size_t index, const DateKey& old, const Event& e) {
    if (index >= size || !AnswerableAct(e)) return;
    if (auto it = last_act_by_date.find(old); it != last_act_by_date.end() && it->second == index) {
      last_act_by_date.erase(it);
    }
    size_t& latest = last_act_by_date[{e.date.start, e.date.end}];
    latest = std::max(latest, index);
  }

  // Notes events [size, upto).
  void Add(const std::vector<Event>& events, size_t upto) {
    for (; size < upto; ++size) {
      const Event& e = events[size];
      last_by_type[e.type] = size;
      if (e.date.known()) {
        last_dated_by_type[e.type] = size;
        last_dated = size;
        if (!first_dated) first_dated = size;
        first_dated_by_type.emplace(e.type, size);
        if (e.date.precision == DatePrecision::kDay) last_day = last_day_by_type[e.type] = size;
        for (const std::string& party : Parties(e)) dated_by_party[party].push_back(size);
      }
      if (Answerable(e)) last_answerable_by_type[e.type] = size;
      if (AnswerableAct(e)) {
        last_act = size;
        last_act_by_date[{e.date.start, e.date.end}] = size;
      }
    }
  }
};

// Merge's candidates: the events kept so far, by type, factuality and dates,
// so that an event is compared only with those it may repeat (same dates,
// or days inside or around its days), not with every event kept.
class MergeIndex {
 public:
  void Add(size_t k, const Event& e) {
    Insert(&same_dates_[KeyOf(e)], k);
    if (Days(e)) {
      auto& group = days_[{e.type, e.factuality}];
      Insert(&group.starts[*e.date.start], k);
      group.longest = std::max(group.longest, *e.date.end - *e.date.start);
    }
  }
  void Remove(size_t k, const Event& e) {
    Erase(&same_dates_[KeyOf(e)], k);
    if (Days(e)) Erase(&days_[{e.type, e.factuality}].starts[*e.date.start], k);
  }
  // The kept events `e` may repeat, in the order they were kept: of its type
  // and factuality, with its dates or (both at day precision) with days
  // inside its days or around them.
  // At most the kMaxCandidates kept last of each list: an article tells no
  // more events of one type on one day, and text that does ("the X group
  // stole ..." ten thousand times, each group another) costs no more than
  // that per event (docs/extraction.md, "Linear time").
  std::vector<size_t> Candidates(const Event& e) const {
    std::vector<size_t> out;
    auto latest = [&](const std::vector<size_t>& list) {
      out.insert(out.end(), list.size() > kMaxCandidates ? list.end() - kMaxCandidates : list.begin(), list.end());
    };
    if (auto it = same_dates_.find(KeyOf(e)); it != same_dates_.end()) latest(it->second);
    if (Days(e)) {
      if (auto group = days_.find({e.type, e.factuality}); group != days_.end()) {
        // Kept days around e's start no earlier than the longest kept span
        // allows; kept days inside e's start within them.
        auto from = group->second.starts.lower_bound(*e.date.start - group->second.longest);
        auto to = group->second.starts.upper_bound(*e.date.end);
        for (auto it = from; it != to; ++it) latest(it->second);
      }
      std::sort(out.begin(), out.end());
      out.erase(std::unique(out.begin(), out.end()), out.end());
    }
    return out;
  }
  static constexpr size_t kMaxCandidates = 64;

 private:
  using Key = std::tuple<EventType, Factuality, std::optional<date::sys_days>, std::optional<date::sys_days>>;
  static Key KeyOf(const Event& e) { return {e.type, e.factuality, e.date.start, e.date.end}; }
  static bool Days(const Event& e) { return e.date.known() && e.date.precision == DatePrecision::kDay; }
  // Kept indexes in order, in a sorted vector (mostly appended to).
  static void Insert(std::vector<size_t>* list, size_t k) { list->insert(std::lower_bound(list->begin(), list->end(), k), k); }
  static void Erase(std::vector<size_t>* list, size_t k) {
    auto at = std::lower_bound(list->begin(), list->end(), k);
    if (at != list->end() && *at == k) list->erase(at);
  }
  struct Group {
    std::map<date::sys_days, std::vector<size_t>> starts;
    date::days longest{0};
  };
  std::map<Key, std::vector<size_t>> same_dates_;
  std::map<std::pair<EventType, Factuality>, Group> days_;
};

class Extractor {
 public:
  Extractor(const Article& article, const std::string& article_id, bool explain)
      : article_(article), article_id_(article_id), x_(Lexicon::Get()), lang_(article.language), explain_(explain) {}

  std::vector<Event> Run() {
    std::vector<Event> events;
    std::optional<DateSpan> paragraph_frame;
    size_t paragraph = SIZE_MAX;
    std::vector<const ActorInfo*> previous_actors;
    for (const Sentence& sentence : Windows()) {
      if (sentence.paragraph != paragraph) {
        paragraph = sentence.paragraph;
        paragraph_frame.reset();
      }
      SentenceFacts facts = Analyse(sentence);
      ResolveSameType(&facts, events);
      previous_sentence_begin_ = current_sentence_begin_;
      current_sentence_begin_ = sentence.begin;
      sentence_first_event_ = events.size();
      earlier_.Add(events, sentence_first_event_);
      for (const TriggerMention& trigger : PickTriggers(facts)) {
        std::optional<Event> event = Build(facts, trigger, paragraph_frame, previous_actors, events);
        if (event) events.push_back(std::move(*event));
        for (Event& referred : referred_) events.push_back(std::move(referred));
        referred_.clear();
      }
      // Definite references after the rest: they neither date nor take the
      // objects of the sentence's other triggers.
      for (const TriggerMention& trigger : facts.definite) {
        std::optional<Event> event = Build(facts, trigger, paragraph_frame, previous_actors, events, /*definite=*/true);
        if (event) events.push_back(std::move(*event));
        for (Event& referred : referred_) events.push_back(std::move(referred));
        referred_.clear();
        for (auto& [index, date] : redated_) {
          EarlierIndex::DateKey old{events[index].date.start, events[index].date.end};
          events[index].date = date;
          events[index].confidence = 0.7;  // a date of its own now
          earlier_.Redated(index, old, events[index]);
        }
        redated_.clear();
      }
      AddPortions(facts, &events);
      // A theft told with the intrusion that made it is one theft (SPEC §1:
      // a cyberattack is an intrusion without a stated theft).
      auto told = events.begin() + sentence_first_event_;
      // (Not a theft that did not or may happen: "broke into the network
      // but did not steal any funds" is the intrusion alone.)
      if (std::any_of(told, events.end(), [](const Event& e) {
            return e.type == EventType::kTheft && e.factuality == Factuality::kAsserted;
          })) {
        events.erase(std::remove_if(told, events.end(),
                                    [](const Event& e) { return e.type == EventType::kCyberattack; }),
                     events.end());
      }
      DropUndatedTwins(&events);
      previous_day_.reset();
      for (const TimeMention& t : facts.times) {
        if (t.span.known()) paragraph_frame = t.span;
        if (t.span.known() && !t.relative_to_event && t.span.precision == DatePrecision::kDay) previous_day_ = t.span;
      }
      std::vector<const ActorInfo*> here;
      for (const ActorMention& a : facts.actors) {
        if (!a.place && std::find(here.begin(), here.end(), a.actor) == here.end()) here.push_back(a.actor);
      }
      if (!here.empty()) previous_actors = here;
    }
    return Merge(std::move(events));
  }

 private:
  // The article's sentences, a long one cut into windows (SentenceWindows):
  // each is analysed as a sentence of its own.
  std::vector<Sentence> Windows() const {
    std::vector<Sentence> windows;
    windows.reserve(article_.sentences.size());
    for (const Sentence& s : article_.sentences) {
      for (auto [begin, end] : SentenceWindows(article_.Text(s))) {
        windows.push_back({{s.begin + begin, s.begin + end}, s.paragraph});
      }
    }
    return windows;
  }

  SentenceFacts Analyse(const Sentence& sentence) {
    SentenceFacts f;
    f.sentence = sentence;
    f.text = article_.Text(sentence);
    f.tokens = Tokenize(f.text);
    Steps().tokens += f.tokens.size();
    Steps().longest_window = std::max<uint64_t>(Steps().longest_window, f.tokens.size());
    for (Token& t : f.tokens) t.id = x_.vocabulary.Find(t.folded);
    f.times = FindTimeMentions(f.text, f.tokens, TemporalContext{article_.published, lang_, story_year_});
    story_year_ = StoryYearAfter(f.times, story_year_);
    if (!article_.sentences.empty() && sentence.begin == article_.sentences.front().begin) {
      f.dateline_end = DatelineEnd(f.tokens, f.text);
      // "SEOUL, March 12, 2026 -": the date of writing, not of an event.
      if (f.dateline_end > 0) {
        size_t end_byte = f.tokens[f.dateline_end - 1].end;
        f.times.erase(std::remove_if(f.times.begin(), f.times.end(),
                                     [end_byte](const TimeMention& m) { return m.begin < end_byte; }),
                      f.times.end());
      }
    }
    FindActors(&f);
    // "SEOUL, KOMPAS.com -": the state the story was filed from, whose
    // organs it names without the state ("the presidential office").
    for (const ActorMention& a : f.actors) {
      if (a.token >= f.dateline_end) break;
      if (a.actor->kind == ActorKind::kState) {
        home_state_ = a.actor;
        break;
      }
    }
    FindTriggers(&f);
    f.clause_starts.push_back(0);
    for (size_t i = 0; i < f.tokens.size(); ++i) {
      const Token& t = f.tokens[i];
      if (t.Is(";") || t.Is(":") || t.Is("\xE2\x80\x94")) f.clause_starts.push_back(i + 1);
      // (Not a break whose last word opens a phrase read whole: "could come
      // as soon as next week".)
      if (size_t n = x_.clause_breaks.at(lang_).LongestAt(f.tokens, i); n && !InFixedPhrase(f, i + n - 1)) {
        // ("menutup sementara pos perbatasan": a verb's adverb.)
        const bool adverb = n == 1 && i > 0 && x_.verb_adverbs.at(lang_).count(t.folded) && Verb(f.tokens[i - 1].folded);
        if (!adverb) f.clause_starts.push_back(i);
      }
    }
    for (size_t c : NewSubjectClauses(f)) f.clause_starts.push_back(c);
    if (!f.triggers.empty() || !f.definite.empty()) FindCueContext(&f);
    return f;
  }

  // ", and Washington sanctioned ...", ", dan Jepang mengecam ...": a
  // comma, a coordinator, then a name and a verb begin a clause with a
  // subject of its own (where a trigger's parties stop). One pass over the
  // tokens; the actors (in token order) found by binary search.
  std::vector<size_t> NewSubjectClauses(const SentenceFacts& f) const {
    std::vector<size_t> starts;
    for (size_t i = 0; i + 3 < f.tokens.size(); ++i) {
      if (!f.tokens[i].Is(",") || NumberComma(f.tokens, i)) continue;
      const size_t n = x_.coordinators.at(lang_).LongestAt(f.tokens, i + 1);
      if (!n) continue;
      size_t subject = i + 1 + n;
      // ("..., dan kedua menteri sepakat", "and the two sides agreed": the
      // parties named before go on.)
      if (x_.collective.at(lang_).LongestAt(f.tokens, subject) || x_.group_references.at(lang_).LongestAt(f.tokens, subject)) {
        continue;
      }
      if (subject < f.tokens.size() && x_.determiners.count(f.tokens[subject].folded)) ++subject;
      // (Not the last of a list of names: "Korea Selatan, AS, dan Jepang
      // menggelar"; a place before the comma is no list: "near Hokkaido,
      // and a Russian helicopter violated".)
      if (auto upto = FirstActorFrom(f, i); upto != f.actors.begin()) {
        const ActorMention& before = *std::prev(upto);
        if (before.token + before.length == i && !before.place) continue;
      }
      auto actor = FirstActorFrom(f, subject);
      if (actor == f.actors.end() || actor->place) continue;
      // (Or after the head nouns the state follows: ", dan militer Thailand
      // membalas", ", dan pasukan Kamboja menembakkan".)
      // (A language whose possessor follows its noun: possessor_position.)
      const bool possessor_after = x_.possessor_position.at(lang_).count("after") > 0;
      if (actor->token != subject &&
          !(possessor_after && actor->token <= subject + 2 && LowercaseNouns(f, subject, actor->token))) {
        continue;
      }
      // (The name's head nouns may stand between: ", and a Russian
      // military helicopter violated ...".)
      const size_t kHeadWords = 2;
      for (size_t verb = actor->token + actor->length; verb < f.tokens.size() && verb <= actor->token + actor->length + kHeadWords;
           ++verb) {
        const Token& w = f.tokens[verb];
        if (!w.word || w.capitalized || x_.relative_pronouns.count(w.folded)) break;
        if (Verb(w.folded)) {
          starts.push_back(i + 1);
          break;
        }
      }
    }
    return starts;
  }

  // Whether the tokens [from, to) are lowercase words that are no verbs
  // (the head nouns before a state's name: "militer", "pasukan").
  bool LowercaseNouns(const SentenceFacts& f, size_t from, size_t to) const {
    for (size_t k = from; k < to; ++k) {
      const Token& w = f.tokens[k];
      if (!w.word || w.capitalized || Verb(w.folded)) return false;
    }
    return true;
  }

  // "1,5 miliar", "1,000": a comma between digits, with no space, is part
  // of a number, not a break between phrases.
  static bool NumberComma(const std::vector<Token>& t, size_t i) {
    return i > 0 && i + 1 < t.size() && t[i - 1].number && t[i + 1].number && t[i - 1].end == t[i].begin &&
           t[i].end == t[i + 1].begin;
  }

  void FindCueContext(SentenceFacts* f) const {
    const std::vector<Token>& t = f->tokens;
    f->in_date.assign(t.size(), false);
    f->negation_excepted.assign(t.size(), false);
    f->modality_excepted.assign(t.size(), false);
    // The tokens that begin inside a date mention: from the mention's first
    // token on (mentions are byte ranges; tokens are sorted by begin).
    for (const TimeMention& m : f->times) {
      size_t first = TokenAt(*f, m.begin), i = first;
      for (; i < t.size() && t[i].begin < m.end; ++i) f->in_date[i] = true;
      f->mention_tokens.push_back({first, i});  // i: TokenAt(m.end)
    }
    // Relative clauses, in one pass: from a relative pronoun to the next
    // comma or clause start.
    f->relative_end.assign(t.size(), SIZE_MAX);
    std::vector<bool> starts(t.size() + 1, false);
    for (size_t start : f->clause_starts) starts[std::min(start, t.size())] = true;
    size_t open = SIZE_MAX;
    auto close = [&](size_t end) {
      if (open == SIZE_MAX) return;
      for (size_t k = open; k < end; ++k) f->relative_end[k] = end;
      open = SIZE_MAX;
    };
    // "Peretas yang terkait dengan China membobol ...": a relative clause
    // that only says whom its noun is linked to ends after that name, at
    // the main verb (actors are in token order).
    auto actor = f->actors.begin();
    // "Panel ahli PBB dalam laporan yang dirilis Selasa menyebutkan Korea
    // Utara mencuri ...": a saying's verb after the relative clause is the
    // sentence's main verb; the clause ends before it.
    auto trigger = f->triggers.begin();
    for (size_t i = 0; i < t.size(); ++i) {
      while (trigger != f->triggers.end() && trigger->token < i) ++trigger;
      const bool saying = trigger != f->triggers.end() && trigger->token == i && trigger->type == EventType::kReport &&
                          open != SIZE_MAX && i > open + 1 && Verb(t[i].folded);
      if ((t[i].Is(",") && !NumberComma(t, i)) || starts[i] || saying) close(i);
      // ("a gang that has claimed dozens of attacks", "firms that supplied
      // drones": "that" after a noun, with a verb right after it where a
      // complement clause would have its subject: "told reporters on
      // Monday that inspectors had ...".)
      const bool that = i > 0 && i + 1 < t.size() && x_.relative_pronouns_after_words.count(t[i].folded) &&
                        t[i - 1].word && !t[i - 1].number && !f->in_date[i - 1] && !Verb(t[i - 1].folded) &&
                        (Verb(t[i + 1].folded) || x_.auxiliaries.at(lang_).count(t[i + 1].folded) ||
                         x_.passive_auxiliaries.at(lang_).count(t[i + 1].folded) ||
                         x_.modality.at(lang_).LongestAt(t, i + 1));
      if (open == SIZE_MAX && (x_.relative_pronouns.count(t[i].folded) || that)) {
        open = i + 1;
        if (size_t n = x_.affiliation_before.at(lang_).LongestAt(t, open)) {
          while (actor != f->actors.end() && actor->token < open + n) ++actor;
          if (actor != f->actors.end() && actor->token == open + n && !actor->place) {
            const size_t end = actor->token + actor->length;
            if (end < t.size() && t[end].word && PrefixedVerb(t[end].folded)) {
              close(end);
              i = end - 1;
            }
          }
        }
      }
    }
    close(t.size());
    f->clause_sorted = f->clause_starts;
    std::sort(f->clause_sorted.begin(), f->clause_sorted.end());
    f->clause_sorted.erase(std::unique(f->clause_sorted.begin(), f->clause_sorted.end()), f->clause_sorted.end());
    f->commas_before.assign(t.size() + 1, 0);
    for (size_t i = 0; i < t.size(); ++i) {
      const bool comma = t[i].Is(",") && !NumberComma(t, i);
      f->commas_before[i + 1] = f->commas_before[i] + comma;
      if (comma) f->commas.push_back(i);
    }
    for (size_t i = 0; i < t.size(); ++i) {
      if (size_t n = x_.negation_exceptions.at(lang_).LongestAt(t, i)) {
        std::fill(f->negation_excepted.begin() + i, f->negation_excepted.begin() + i + n, true);
      }
      // "fired what was probably a ballistic missile": a hedge about the
      // object, not about whether the firing happened.
      if (size_t n = x_.modality_exceptions.at(lang_).LongestAt(t, i)) {
        std::fill(f->modality_excepted.begin() + i, f->modality_excepted.begin() + i + n, true);
      }
      if (x_.attribution.at(lang_).LongestAt(t, i)) f->attribution_starts.push_back(i);
    }
    f->attribution_of.assign(t.size(), SIZE_MAX);
    auto start = f->attribution_starts.begin();
    for (size_t i = 0, latest = SIZE_MAX; i < t.size(); ++i) {
      if (start != f->attribution_starts.end() && *start == i) latest = *start++;
      if (t[i].Is(",")) latest = SIZE_MAX;  // a comma ends every reach
      f->attribution_of[i] = latest;
    }
  }

  // The token after a dateline that opens the story ("WASHINGTON —",
  // "Cebu, Filipina (ANTARA) -", "KYIV, Dec 4 (Reuters) -", "SEOUL, Dec. 4
  // (Yonhap) --", "MANILA, KOMPAS.com -", "ISLAMABAD:", "SEOUL, March 12,
  // 2026 -", "Jakarta, 12/3 (ANTARA) -"): capitalised words, commas, a date
  // (day, month, year), a site's domain and a bracketed agency,
  // then a dash, or a colon after a word in capitals; 0 when there is none.
  static size_t DatelineEnd(const std::vector<Token>& t, std::string_view text) {
    const size_t kMaxWords = 8, kMaxTokens = 16;
    bool in_brackets = false;
    size_t words = 0;
    for (size_t i = 0; i < t.size() && i < kMaxTokens && words <= kMaxWords; ++i) {
      std::string_view w = t[i].folded;  // compared by size first, inline
      if (i > 0 && (w == "-" || w == "--" || w == "\xE2\x80\x94" || w == "\xE2\x80\x93")) {
        while (i + 1 < t.size() && t[i + 1].Is("-")) ++i;  // "--"
        return i + 1;
      }
      bool after_word = i > 0 && t[i - 1].word;
      if (w == "(") {
        in_brackets = true;
      } else if (w == ")") {
        in_brackets = false;
      } else if (in_brackets || w == ",") {
      } else if (t[i].word && t[i].capitalized) {
        ++words;
      } else if (w == "." && after_word && i + 1 < t.size() && (t[i + 1].word || t[i + 1].number)) {
        // "Dec. 4", "KOMPAS.com"
      } else if (t[i].word && i > 0 && t[i - 1].Is(".")) {
        // the "com" of "KOMPAS.com"
      } else if (t[i].number && w.size() <= 2 && i > 0 && (after_word || t[i - 1].Is("."))) {
        // the day of "Dec 4"
      } else if (t[i].number && w.size() <= 4 && i > 0 && (t[i - 1].Is(",") || t[i - 1].Is("/") || t[i - 1].word)) {
        // "March 12, 2026", "12 Maret 2026", "12/3" (the day first, or the year)
      } else if (w == "/" && i > 0 && t[i - 1].number) {
      } else if (w == ":" && i > 0 && words == i) {
        // "ISLAMABAD:": every word before it in capitals
        std::string_view before = text.substr(t[0].begin, t[i - 1].end - t[0].begin);
        bool capitals = std::none_of(before.begin(), before.end(), [](char c) { return c >= 'a' && c <= 'z'; });
        return capitals ? i + 1 : 0;
      } else {
        return 0;
      }
    }
    return 0;
  }

  // Whether token `k` begins inside a time mention (before FindCueContext
  // has marked them).
  static bool InTimeMention(const SentenceFacts& f, size_t k) {
    const size_t at = f.tokens[k].begin;
    return std::any_of(f.times.begin(), f.times.end(), [at](const TimeMention& m) { return m.begin <= at && at < m.end; });
  }

  void FindActors(SentenceFacts* f) {
    const std::vector<Token>& t = f->tokens;
    for (size_t i = 0; i < t.size();) {
      size_t matched = 0;
      // Collective mentions: the states named before ("ketiga negara").
      if ((matched = x_.collective.at(lang_).LongestAt(t, i))) {
        for (const ActorInfo* state : recent_states_) f->actors.push_back({i, matched, state, false});
      }
      // "the group", "kelompok itu": the armed or hacking group named last.
      if (!matched && last_group_ && (matched = x_.group_references.at(lang_).LongestAt(t, i))) {
        f->actors.push_back({i, matched, last_group_, false});
      }
      // "the Iran-aligned group", "the Russia-linked gang": the same, a
      // state's affiliation between.
      if (!matched && last_group_ && i + 2 < t.size() && x_.determiners.count(t[i].folded) &&
          StatePrefixed(t[i + 1]) && x_.group_name_heads.at(lang_).count(t[i + 2].folded)) {
        matched = 3;
        f->actors.push_back({i, matched, last_group_, false});
      }
      if (matched) {
        i += matched;
        continue;
      }
      for (const Lexicon::Name* candidate : x_.names_by_first[t[i].id]) {
        const Lexicon::Name& name = *candidate;
        size_t n = MatchAt(name.words, t, i);
        if (!n) continue;
        if (name.exact_case) {
          // Exact case, but for a first letter capitalised at a sentence start.
          std::string_view raw = f->text.substr(t[i].begin, t[i + n - 1].end - t[i].begin);
          bool same = raw.size() == name.raw.size() && !raw.empty() &&
                      std::tolower(static_cast<unsigned char>(raw[0])) ==
                          std::tolower(static_cast<unsigned char>(name.raw[0])) &&
                      raw.substr(1) == std::string_view(name.raw).substr(1);
          if (!same) continue;
          // "the South" but not "the South China Sea": a longer name goes on.
          if (i + n < t.size() && t[i + n].word && t[i + n].capitalized) continue;
        }
        // "kaya", "hama", "baku tembak": words, not places or capitals.
        if ((name.place_only || name.metonym) && !t[i].capitalized) continue;
        // (A hyphened name written so is a name: "al-Shabaab", "al-Qaeda".)
        if (n == 1 && !t[i].capitalized && name.actor->kind != ActorKind::kState && !name.exact_case &&
            t[i].folded.find('-') == std::string::npos) {
          // Lower-case single words ("treasury", "lazarus") only as names.
          continue;
        }
        // "linked to North Korea", "terkait dengan Korut": who is behind it,
        // not where.
        const bool affiliated = x_.affiliation_before.at(lang_).EndsBefore(t, i);
        // ("fired missiles at Ukraine": a state's own name after a target
        // preposition is who is aimed at, not where; "at Kyiv" stays a place.)
        const bool aimed_at = i > 0 && x_.target_prepositions.at(lang_).count(t[i - 1].folded) > 0 &&
                              name.actor->kind == ActorKind::kState && !name.metonym && !name.place_only;
        bool place = i > 0 && x_.place_prepositions.count(t[i - 1].folded) > 0 &&
                     (name.metonym || name.actor->kind == ActorKind::kState) && !affiliated && !aimed_at;
        // "Sea of Japan", "Laut China Selatan", "Korean Peninsula": geography.
        // ("Angkatan Laut Filipina" is the Philippine Navy, not a sea.)
        const bool service = i >= 2 && x_.armed_services_before.count(t[i - 2].folded) > 0;
        bool geography = (x_.geographic_before.EndsBefore(t, i) && !service) || x_.geographic_after.LongestAt(t, i + n) > 0;
        if (geography) {
          i += n;
          matched = n;
          break;
        }
        // "the presidential office in Seoul", "the foreign ministry in
        // Beijing": an organ in a capital is that state's, not a place.
        if (place && name.metonym && OrganBefore(t, i - 1)) place = false;
        // (A region is a place, but "an exchange based in Dubai" belongs there.)
        place = place || (name.place_only && !affiliated) || i < f->dateline_end;  // "Cebu, Filipina (ANTARA) -": where it was written
        // "di Cebu, Filipina", "in Kupang, Indonesia": the state after a
        // place and a comma says where the place is.
        if (!place && i >= 2 && t[i - 1].Is(",") && name.actor->kind == ActorKind::kState) {
          const bool after_place = !f->actors.empty() && f->actors.back().place &&
                                   f->actors.back().token + f->actors.back().length == i - 1;
          // (Not a month: "In January, the North fired ...".)
          const bool after_named_place = i >= 3 && t[i - 2].capitalized && t[i - 2].word && !InTimeMention(*f, i - 2) &&
                                         x_.place_prepositions.count(t[i - 3].folded) > 0;
          place = after_place || after_named_place;
        }
        // "Kemlu Filipina", "Kemenlu Jepang": an agency name one state's by
        // default, right before another state's name, is that state's organ;
        // the state acts, not the default's.
        if (!place && name.actor->kind == ActorKind::kState && !f->actors.empty()) {
          const ActorMention& organ = f->actors.back();
          if (organ.token + organ.length == i && !organ.place && organ.actor->kind == ActorKind::kAgency &&
              !organ.actor->country.empty() && organ.actor->country != name.actor->id) {
            f->actors.pop_back();
          }
        }
        f->actors.push_back({i, n, name.actor, place, !place && StateOrgan(t, i, n, *name.actor)});
        if (!place) RememberAcronym(*f, i, n, name.actor);
        if (name.actor->kind == ActorKind::kPerson) RememberNameWords(*name.actor);
        if (name.actor->kind == ActorKind::kGroup && !place) last_group_ = name.actor;
        if (!place && name.actor->kind == ActorKind::kState) Remember(name.actor);
        matched = n;
        break;
      }
      if (!matched && t[i].capitalized && t[i].word && !acronyms_.empty() && !(i > 0 && t[i - 1].Is("("))) {
        // "DFA juga mendesak ...": an acronym the article gave a name
        // (RememberAcronym), not where it is given.
        if (auto it = acronyms_.find(t[i].folded); it != acronyms_.end() && it->second && UpperCase(f->text, t[i])) {
          f->actors.push_back({i, 1, it->second, false});
          matched = 1;
        }
      }
      if (!matched && t[i].capitalized && t[i].word && !named_persons_.empty()) {
        // "Li", "Takaichi": a person named in full before, by one word of it.
        if (auto it = named_persons_.find(t[i].folded); it != named_persons_.end() && it->second) {
          f->actors.push_back({i, 1, it->second, false});
          matched = 1;
        }
      }
      if (!matched && t[i].capitalized && t[i].word) {
        // "kelompok Medusa", "the Black Lantern gang": a group the registry
        // does not know, named so; "Medusa" alone later.
        if (auto it = unregistered_words_.find(t[i].folded); it != unregistered_words_.end() && it->second) {
          f->actors.push_back({i, 1, it->second, false});
          last_group_ = it->second;
          matched = 1;
        } else if (size_t n = UnregisteredGroupAt(*f, i)) {
          const ActorInfo* group = UnregisteredGroup(*f, i, n);
          f->actors.push_back({i, n, group, false});
          last_group_ = group;
          matched = n;
        }
      }
      if (!matched) {
        if (const ActorInfo* owner = OwnerOf(t[i])) f->actors.push_back({i, 1, owner, false});
      }
      i += matched ? matched : 1;
    }
  }

  // The length of a group's name the registry does not know starting at
  // token i: capitalised words (a few at most) right after a group noun and
  // its modifiers ("kelompok peretas Medusa", "ransomware gang Black
  // Lantern"), or right before one ("the Medusa group", "Brain Cipher
  // ransomware"); 0 where there is none. The run is the whole capitalised
  // stretch, holding no name the registry knows: "Ukraine Defense Contact
  // Group" and "Kelompok Kontak Pertahanan Ukraina" name no group of their own.
  size_t UnregisteredGroupAt(const SentenceFacts& f, size_t i) const {
    const std::vector<Token>& t = f.tokens;
    const size_t kNameWords = 3, kModifiers = 2;
    const auto& heads = x_.group_name_heads.at(lang_);
    const auto& tails = x_.group_name_tails.at(lang_);
    const auto& modifiers = x_.group_name_modifiers.at(lang_);
    auto capitalised = [&](size_t k) { return t[k].word && t[k].capitalized && !t[k].number; };
    auto name_word = [&](size_t k) {
      // (Not a word that describes a group: "Rebel group M23", "Another
      // group stole" open their sentence capitalised.)
      // (Nor a state's affiliation: "the Iran-aligned group".)
      return capitalised(k) && !x_.determiners.count(t[k].folded) && !heads.count(t[k].folded) &&
             !tails.count(t[k].folded) && !modifiers.count(t[k].folded) && !RegistryNameAt(t, k) &&
             !StatePrefixed(t[k]);
    };
    if (i > 0 && capitalised(i - 1) && !x_.determiners.count(t[i - 1].folded) && !heads.count(t[i - 1].folded)) {
      return 0;
    }
    size_t n = 0;
    while (i + n < t.size() && n < kNameWords && name_word(i + n)) ++n;
    if (n == 0 || (i + n < t.size() && capitalised(i + n) && !tails.count(t[i + n].folded))) return 0;
    if (i + n < t.size() && tails.count(t[i + n].folded)) return n;
    for (size_t k = i, seen = 0; k > 0 && seen <= kModifiers; --k, ++seen) {
      const std::string& before = t[k - 1].folded;
      if (heads.count(before)) return n;
      if (!modifiers.count(before)) break;
    }
    return 0;
  }
  // Whether a name the registry knows begins at token k.
  bool RegistryNameAt(const std::vector<Token>& t, size_t k) const {
    for (const Lexicon::Name* name : x_.names_by_first[t[k].id]) {
      if (MatchAt(name->words, t, k)) return true;
    }
    return false;
  }

  // The group named at [i, i + n), made once per article: its id the name's
  // words in lower case joined by hyphens ("black-lantern"), as for an
  // actor a fact file names itself (docs/formats.md).
  const ActorInfo* UnregisteredGroup(const SentenceFacts& f, size_t i, size_t n) {
    std::string id, name;
    for (size_t k = i; k < i + n; ++k) {
      if (k > i) {
        id += '-';
        name += ' ';
      }
      id += f.tokens[k].folded;
      name += std::string(f.text.substr(f.tokens[k].begin, f.tokens[k].end - f.tokens[k].begin));
    }
    if (auto known = unregistered_by_id_.find(id); known != unregistered_by_id_.end()) return known->second;
    ActorInfo& group = unregistered_.emplace_back();
    unregistered_by_id_.emplace(id, &group);
    group.id = id;
    group.kind = ActorKind::kGroup;
    group.name = group.name_id = name;
    // Named again by its first word alone ("Medusa"), unless two share it.
    auto [it, inserted] = unregistered_words_.try_emplace(f.tokens[i].folded, &group);
    if (!inserted && it->second != &group) it->second = nullptr;
    return &group;
  }

  // Whether a token is written in capitals only ("DFA", "JCS").
  static bool UpperCase(std::string_view text, const Token& token) {
    std::string_view raw = text.substr(token.begin, token.end - token.begin);
    return std::none_of(raw.begin(), raw.end(), [](char c) { return c >= 'a' && c <= 'z'; });
  }

  // "Departemen Luar Negeri (DFA) Filipina", "the Inter-Services Public
  // Relations (ISPR)": an acronym in brackets right after a name, or inside
  // it before its last word, names that actor for the rest of the article
  // (news write it alone from then on). An acronym two actors are given
  // names neither.
  void RememberAcronym(const SentenceFacts& f, size_t i, size_t n, const ActorInfo* actor) {
    const std::vector<Token>& t = f.tokens;
    const size_t kLongest = 8;
    auto remember = [&](size_t at) {  // t[at] "(", t[at + 1] the acronym, t[at + 2] ")"
      if (at + 2 >= t.size() || !t[at].Is("(") || !t[at + 2].Is(")") || !t[at + 1].word || t[at + 1].number) return;
      if (t[at + 1].folded.size() < 2 || t[at + 1].folded.size() > kLongest || !UpperCase(f.text, t[at + 1])) return;
      auto [it, inserted] = acronyms_.try_emplace(t[at + 1].folded, actor);
      if (!inserted && it->second != actor) it->second = nullptr;
    };
    remember(i + n);
    if (i >= 3) remember(i - 3);
  }

  // The first and last words of a person's name, once the person is named
  // in the article ("Chinese Premier Li Qiang" ... "Li said"; "Sanae
  // Takaichi" ... "Takaichi"): news names people again by one word of it,
  // which comes first or last by the name's custom. A word two people named
  // share names neither (null).
  void RememberNameWords(const ActorInfo& person) {
    std::vector<std::string> words = FoldedWords(person.name);
    if (words.size() < 2) return;
    for (const std::string* word : {&words.front(), &words.back()}) {
      const size_t kShortest = 2;
      if (word->size() < kShortest) continue;
      auto [it, inserted] = named_persons_.try_emplace(*word, &person);
      if (!inserted && it->second != &person) it->second = nullptr;
    }
  }

  // Whether the state named at [i, i + n) is named with one of its organs:
  // "Vietnam's foreign ministry", "the Thai army" (after it), "Kementerian
  // Luar Negeri Vietnam", "militer Thailand" (before it).
  bool StateOrgan(const std::vector<Token>& t, size_t i, size_t n, const ActorInfo& actor) const {
    if (actor.kind != ActorKind::kState) return false;
    const PhraseList& organs = x_.agency_words.at(lang_);
    const WordSet& heads = x_.agency_heads.at(lang_);
    const size_t kNameWords = 5;
    size_t after = i + n;
    const bool possessive = after + 1 < t.size() && !t[after].word &&
                            x_.possessive_endings.at(lang_).count(t[after + 1].folded);
    if (possessive) after += 2;  // "Vietnam's"
    if (organs.LongestAt(t, after) > 0 || organs.EndsBefore(t, i)) return true;
    // "Pakistan's Indus River System Authority": capitalised words up to a head.
    if (possessive) {
      for (size_t k = after; k < t.size() && k < after + kNameWords && t[k].word && t[k].capitalized; ++k) {
        if (heads.count(t[k].folded)) return true;
      }
    }
    // "the Cyber Security Agency of Singapore": its head right before the link.
    if (i > 1 && x_.agency_links.at(lang_).count(t[i - 1].folded) && t[i - 2].capitalized &&
        heads.count(t[i - 2].folded)) {
      return true;
    }
    // "Otoritas Sistem Sungai Indus Pakistan", "Badan Keamanan Laut
    // Filipina": capitalised words before the state, opened by a head.
    for (size_t k = i, seen = 0; k > 0 && seen < kNameWords && t[k - 1].word && t[k - 1].capitalized; --k, ++seen) {
      if (x_.agency_heads_first.at(lang_).count(t[k - 1].folded)) return true;
    }
    return false;
  }

  // The state whose one-word name stands before a hyphenated word's last
  // hyphen ("Iran-aligned", "Greek-owned"), or null.
  const ActorInfo* StateBeforeHyphen(const Token& token) const {
    size_t dash = token.folded.rfind('-');
    if (dash == std::string::npos || dash == 0 || dash + 1 == token.folded.size()) return nullptr;
    uint32_t id = x_.vocabulary.Find(token.folded.substr(0, dash));
    if (id == 0 || id >= x_.names_by_first.size()) return nullptr;
    for (const Lexicon::Name* name : x_.names_by_first[id]) {
      if (name->words.size() == 1 && name->actor->kind == ActorKind::kState) return name->actor;
    }
    return nullptr;
  }
  // Whether a hyphenated word is a state's affiliation ("Iran-aligned",
  // "Russia-linked", "China-backed").
  bool StatePrefixed(const Token& token) const { return StateBeforeHyphen(token) != nullptr; }

  // "Greek-owned", "Liberian-flagged", "Philippine-registered": the state
  // named before the hyphen (a one-word registry name), or null.
  const ActorInfo* OwnerOf(const Token& token) const {
    size_t dash = token.folded.rfind('-');
    if (dash == std::string::npos || dash == 0 || !x_.owned_suffixes.count(token.folded.substr(dash + 1))) {
      return nullptr;
    }
    return StateBeforeHyphen(token);
  }

  void Remember(const ActorInfo* state) {
    recent_states_.erase(std::remove(recent_states_.begin(), recent_states_.end(), state),
                         recent_states_.end());
    recent_states_.push_back(state);
    if (recent_states_.size() > 3) recent_states_.erase(recent_states_.begin());
  }

  // The last day the sentence before named ("Grossi told reporters on
  // Monday that ... . He urged Iran ..."), if any.
  std::optional<DateSpan> previous_day_;
  // Where the sentence before the current one and the current one begin.
  size_t previous_sentence_begin_ = 0, current_sentence_begin_ = 0;

  void FindTriggers(SentenceFacts* f) {
    // Each word's root key, once per token (Morphology caches by word);
    // only words that can have a declared root are analysed.
    const Morphology& morphology = Morphology::ForLanguage(lang_);
    const std::vector<std::string>& root_keys = x_.root_keys.at(lang_);
    for (Token& token : f->tokens) {
      if (!token.word) continue;
      const std::string& root = morphology.KeyAmong(token.folded, root_keys);
      token.root_id = root == token.folded ? token.id : x_.vocabulary.Find(root);
    }
    const std::vector<Token>& t = f->tokens;
    f->fixed.assign(t.size(), {0, 0});
    for (size_t i = 0; i < t.size();) {
      size_t n = x_.fixed_phrases.at(lang_).LongestAt(t, i);
      for (size_t k = i; k < i + n; ++k) f->fixed[k] = {static_cast<uint32_t>(i), static_cast<uint32_t>(i + n)};
      i += n ? n : 1;
    }
    for (size_t i = 0; i < t.size();) {
      // The longest trigger starting here (both lists are longest first)
      // that cuts no fixed phrase ("fired at least two missiles" is no
      // "fired at").
      const Lexicon::Trigger* best = nullptr;
      size_t matched = 0;
      auto consider = [&](const std::vector<const Lexicon::Trigger*>& list) {
        for (const Lexicon::Trigger* trigger : list) {
          size_t n = Lexicon::Match(*trigger, t, i);
          if (n && CutsFixedPhrase(*f, i, n)) continue;
          if (n > matched) {
            matched = n;
            best = trigger;
          }
          if (n) break;
        }
      };
      consider(x_.triggers_by_first.at(lang_)[t[i].id]);
      if (t[i].root_id) consider(x_.triggers_by_first_root.at(lang_)[t[i].root_id]);
      if (auto it = x_.prefix_triggers.find(lang_); it != x_.prefix_triggers.end()) consider(it->second);
      if (!best) {
        if (size_t n = x_.same_type.at(lang_).FirstAt(t, i)) {
          f->triggers.push_back({i, n, EventType::kStatement, true, {}, /*next=*/true});
          matched = n;
        } else {
          IncidentReference(f, i);
        }
      } else if (!NextOfSeries(t, i, matched) && (RefersBack(t, i, matched) || DayPossessive(*f, i))) {
        f->referenced_types.insert(best->type);
        f->definite.push_back({i, matched, best->type, false, {}});
      } else if (DescribesReference(*f, i, best->type)) {
        f->referenced_types.insert(best->type);
        f->definite.push_back({i, matched, best->type, false, {}});
      } else if (!Suppressed(*f, i, matched, best->type)) {
        f->triggers.push_back({i, matched, best->type, false, {}, NextOfSeries(t, i, matched)});
      }
      i += matched ? matched : 1;
    }
  }

  // "The incident happened on Monday morning", "Insiden itu terjadi pada
  // Senin pagi": a definite incident noun that a verb of occurring follows
  // names the last attack, intrusion or theft told without a time; with a
  // time of its own it dates that event (DatesUndated).
  void IncidentReference(SentenceFacts* f, size_t i) const {
    const std::vector<Token>& t = f->tokens;
    if (undated_.empty() || !x_.incident_nouns.at(lang_).count(t[i].folded)) return;
    size_t after = i + 1;
    const bool determiner_before = i > 0 && x_.definite_before.count(t[i - 1].folded);
    const bool determiner_after = after < t.size() && x_.definite_after.count(t[after].folded);
    if (!determiner_before && !determiner_after) return;
    if (determiner_after) ++after;
    if (after >= t.size() || !x_.occurrence_verbs.at(lang_).LongestAt(t, after)) return;
    // The event told last of those still waiting for a time: an act of
    // force, of which an incident is told (not a protest at it).
    const std::pair<const EventType, size_t>* latest = nullptr;
    for (const auto& pending : undated_) {
      if (Harm(pending.first) && (!latest || pending.second > latest->second)) latest = &pending;
    }
    if (latest) f->definite.push_back({i, 1, latest->first, false, {}});
  }

  // Whether the trigger at token `i` is what a copula says a definite
  // reference of its type is ("The launch was the North's third missile
  // test this year", "Peluncuran ini merupakan uji coba rudal ketiga"):
  // the event told, described. A few words between the copula and the
  // trigger, none a comma.
  bool DescribesReference(const SentenceFacts& f, size_t i, EventType type) const {
    if (f.definite.empty() || f.definite.back().type != type) return false;
    const TriggerMention& reference = f.definite.back();
    size_t copula = reference.token + reference.length;
    if (copula < i && x_.definite_after.count(f.tokens[copula].folded)) ++copula;  // "Uji coba itu merupakan"
    const size_t kBetween = 6;  // "the North ' s third", "the first such"
    if (copula >= i || i - copula - 1 > kBetween || !x_.copulas.at(lang_).count(f.tokens[copula].folded)) return false;
    for (size_t k = copula + 1; k < i; ++k) {
      if (!f.tokens[k].word && !f.tokens[k].Is("'") && !f.tokens[k].Is("\xE2\x80\x99")) return false;
      // ("Bentrokan ini merupakan yang terburuk sejak pertempuran pada Juli
      // 2025": the event after "since" is another, earlier one.)
      if (x_.subordinators.at(lang_).LongestAt(f.tokens, k)) return false;
    }
    return true;
  }

  // Whether tokens [i, i + n) hold part of a fixed phrase but not all of it.
  static bool CutsFixedPhrase(const SentenceFacts& f, size_t i, size_t n) {
    for (size_t k = i; k < i + n; ++k) {
      auto [begin, end] = f.fixed[k];
      if (begin != end && (begin < i || end > i + n)) return true;
    }
    return false;
  }

  // Whether token k names what a drill rehearses, right after a drill
  // trigger ("latihan serangan nuklir taktis", "drills simulating an
  // attack" aside): a modifier, no word of the clause's own act.
  // ("a joint strike drill", "missile defence exercises": before it, in a
  // language whose modifiers come first.)
  static bool DrillModifier(const SentenceFacts& f, size_t k) {
    if (k == 0) return false;
    auto at = std::partition_point(f.triggers.begin(), f.triggers.end(),
                                   [&](const TriggerMention& t) { return t.token + t.length < k; });
    if (at != f.triggers.end() && at->token + at->length == k && at->type == EventType::kDrill) return true;
    auto next = std::partition_point(f.triggers.begin(), f.triggers.end(),
                                     [&](const TriggerMention& t) { return t.token <= k; });
    return next != f.triggers.end() && next->token == k + 1 && next->type == EventType::kDrill;
  }

  // Whether an aiming preposition at token k ("at", "against") has a
  // state, body or place named a few words after it, or a target noun
  // ("fired missiles at Israel", "at a merchant ship"), not a time or
  // nothing ("at 5 a.m.", "at sea", "frustration at deadlocked talks").
  bool AimsAtSomeone(const SentenceFacts& f, size_t k) const {
    const size_t kWords = 6;
    if (k + 1 < f.tokens.size() && (f.in_date[k + 1] || f.tokens[k + 1].number)) return false;
    auto a = FirstActorFrom(f, k + 1);
    // "into Japan's exclusive economic zone", "ke perairan Jepang": open
    // water in the phrase aimed at, before or after the name (up to the
    // next place preposition: "at a merchant ship in the Red Sea" hits one).
    for (size_t j = k + 1; j < f.tokens.size() && j <= k + kWords + 2; ++j) {
      if (x_.place_prepositions.count(f.tokens[j].folded)) break;
      if (x_.open_waters.at(lang_).count(f.tokens[j].folded)) return false;
    }
    if (a != f.actors.end() && a->token <= k + kWords) return true;
    for (size_t j = k + 1; j < f.tokens.size() && j <= k + kWords; ++j) {
      if (x_.aim_nouns.at(lang_).count(f.tokens[j].folded)) return true;  // "at a merchant ship"
    }
    return false;
  }

  // Whether token k is inside a fixed phrase ("at" of "at least").
  static bool InFixedPhrase(const SentenceFacts& f, size_t k) { return f.fixed[k].first != f.fixed[k].second; }

  // A trigger inside a name ("Sanctions Monitoring Team") or overlapping a
  // suppressor phrase ("accused of", "stolen funds") is no event.
  bool Suppressed(const SentenceFacts& f, size_t i, size_t length, EventType type) const {
    if (i > 0 && x_.purpose_types.count(type) && x_.purpose_words.at(lang_).count(f.tokens[i - 1].folded) &&
        !EndsCue(f, i - 1)) {
      return true;
    }
    // "untuk merampungkan perundingan", "to resume talks": the object of a
    // purpose, whatever its type.
    // Not where the word before is a modifier of the trigger noun ("to new
    // sanctions") or the purpose word a preposition ("due to heavy shelling"),
    // nor a negation between: "memilih untuk tidak menjatuhkan sanksi" tells
    // a choice not to act, a negated event, not an aim.
    if (i > 1 && x_.purpose_words.at(lang_).count(f.tokens[i - 2].folded) && !EndsCue(f, i - 2) && f.tokens[i - 1].word &&
        !x_.negation.at(lang_).LongestAt(f.tokens, i - 1) &&
        !f.tokens[i - 1].capitalized && !x_.determiners.count(f.tokens[i - 1].folded) &&
        !x_.noun_modifiers.count(f.tokens[i - 1].folded) &&
        !(i > 2 && x_.to_preposition_heads.count(f.tokens[HeadBeforeTime(f, i - 3)].folded))) {
      return true;
    }
    // (Inside it: "latihan militer" overlapping "militer China" is a drill.)
    const size_t kLongestName = 8;
    for (auto a = FirstActorFrom(f, i > kLongestName ? i - kLongestName : 0); a != f.actors.end() && a->token <= i; ++a) {
      if (i + length <= a->token + a->length && a->length > 1) return true;
    }
    // "in what they call a hybrid attack", "what it called an unprovoked
    // attack", "yang disebut operasi khusus": a name someone uses.
    const size_t kLabelGap = 2;
    for (size_t k = i, gap = 0; k > 0 && gap <= kLabelGap; --k, ++gap) {
      if (x_.labels.at(lang_).EndsBefore(f.tokens, k)) return true;
      const Token& before = f.tokens[k - 1];
      if (!before.word || before.capitalized || before.number) break;
    }
    return x_.suppressors.at(lang_).Touches(f.tokens, i, i + length);
  }

  // Token k, or where a time mention holding it ends before it: the word
  // before the time ("sepakat pada Jumat untuk menggelar perundingan": the
  // head of the purpose is "sepakat").
  static size_t HeadBeforeTime(const SentenceFacts& f, size_t k) {
    while (k > 0) {
      const size_t byte = f.tokens[k].begin;
      auto m = std::partition_point(f.times.begin(), f.times.end(), [&](const TimeMention& t) { return t.begin <= byte; });
      if (m == f.times.begin() || std::prev(m)->end <= byte) return k;
      const size_t start = std::prev(m)->begin;
      while (k > 0 && f.tokens[k].begin >= start) --k;  // to the word before the mention
    }
    return k;
  }

  // Whether token `k` ends a negation or modality cue ("failed to", "plans
  // to", "set to"): such a "to" opens what did not or may happen, no purpose.
  bool EndsCue(const SentenceFacts& f, size_t k) const {
    const size_t kLongest = 3;
    for (size_t s = k >= kLongest ? k - kLongest : 0; s <= k; ++s) {
      for (const auto* cues : {&x_.negation.at(lang_), &x_.modality.at(lang_)}) {
        size_t n = cues->LongestAt(f.tokens, s);
        if (n && s + n - 1 == k) return true;
      }
    }
    // "failed on Monday to": the cue's words on both sides of a time.
    if (size_t head = k > 0 ? HeadBeforeTime(f, k - 1) : 0; head + 1 < k) {
      for (const auto* cues : {&x_.negation.at(lang_), &x_.modality.at(lang_)}) {
        size_t n = CueAcrossTime(f, *cues, head);
        if (n && head + n - 1 == k) return true;
      }
    }
    return false;
  }

  // "langkah serupa", "similar measures": the type of the trigger before it
  // in the sentence, else of the last event told; dropped with neither.
  void ResolveSameType(SentenceFacts* f, const std::vector<Event>& events) const {
    std::vector<TriggerMention> kept;
    for (TriggerMention t : f->triggers) {
      if (t.same_type) {
        if (!kept.empty()) {
          t.type = kept.back().type;
        } else if (!events.empty()) {
          t.type = events.back().type;
        } else {
          continue;
        }
      }
      kept.push_back(t);
    }
    f->triggers = std::move(kept);
  }

  // "the next round of talks", "another meeting", "pertemuan berikutnya": a
  // word of the series within three words before the trigger (in its
  // clause) or two after it.
  bool NextOfSeries(const std::vector<Token>& t, size_t i, size_t length) const {
    const WordSet& before = x_.next_before.at(lang_);
    const WordSet& after = x_.next_after.at(lang_);
    for (size_t k = i, n = 0; k > 0 && n < 3; --k, ++n) {
      if (!t[k - 1].word) break;
      if (before.count(t[k - 1].folded)) return true;
    }
    for (size_t k = i + length; k < t.size() && k < i + length + 2; ++k) {
      if (!t[k].word) break;
      if (after.count(t[k].folded)) return true;
    }
    return false;
  }

  // Whether `word` ends in one of `endings`, with a stem of over two bytes.
  template <typename Endings>  // a vector or a set of endings
  static bool EndsIn(const std::string& word, const Endings& endings) {
    for (const std::string& e : endings) {
      if (word.size() > e.size() + 2 && word.compare(word.size() - e.size(), e.size(), e) == 0) return true;
    }
    return false;
  }

  // "Monday's attack", "Tuesday's launch": a day's possessive names the
  // event of that day, told already (as "the attack on Monday" would).
  bool DayPossessive(const SentenceFacts& f, size_t i) const {
    const std::vector<Token>& t = f.tokens;
    if (i < 3 || !x_.possessive_endings.at(lang_).count(t[i - 1].folded) || t[i - 2].word) return false;
    for (const TimeMention& m : f.times) {
      if (t[i - 3].begin >= m.begin && t[i - 3].end <= m.end) return true;
    }
    return false;
  }

  // "the bomber drill", "latihan tersebut": a definite noun phrase names an
  // event told already, not a new one.
  bool RefersBack(const std::vector<Token>& t, size_t i, size_t length) const {
    // ("mengecam tindakan tersebut": after a verb's object, the demonstrative
    // is the object's.)
    bool then_definite = i + length < t.size() && x_.definite_after.count(t[i + length].folded) > 0 &&
                         !(length > 1 && Verb(t[i].folded));
    // "in response to the drill", "sebagai tanggapan terhadap uji coba".
    if (x_.reference_before.at(lang_).EndsBefore(t, i)) return true;
    // "oversaw the launch of a new rocket launcher": of something new.
    if (x_.new_object_after.at(lang_).LongestAt(t, i + length) > 0) return false;
    // "Latihan yang digelar dua tahun sekali itu akan berlangsung ...": the
    // demonstrative closes a relative clause on the noun, before its verb.
    if (!then_definite && i + length < t.size() && x_.relative_pronouns.count(t[i + length].folded)) {
      const size_t kRelativeWords = 8;
      for (size_t k = i + length + 1; k < t.size() && k <= i + length + kRelativeWords && !t[k].Is(","); ++k) {
        if (!x_.definite_after.count(t[k].folded) || k + 1 >= t.size()) continue;
        const std::string& next = t[k + 1].folded;
        if (x_.auxiliaries.at(lang_).count(next) || Verb(next)) return true;
      }
    }
    // A capitalised trigger inside the sentence is a name ("its Entity List").
    if (t[i].capitalized && i > 0) return then_definite;
    // ("China held its largest drills", "imposed its own sanctions": a
    // possessive after a verb of doing tells the subject's own new act.)
    // ("carried out its", "kicked off their": phrases of the list.)
    auto own_act = [&](size_t determiner) {
      return x_.possessives.count(t[determiner].folded) && x_.own_act_verbs.at(lang_).EndsBefore(t, determiner);
    };
    // ("warned that attacks could follow", "that more attacks": "that"
    // before a plural opens what is said.)
    auto opens_saying = [&](size_t determiner) {
      return x_.complementizers.at(lang_).count(t[determiner].folded) &&
             EndsIn(t[i + length - 1].folded, x_.plural_endings.at(lang_));
    };
    // "the drill", "the bomber drill" — but not "the Treasury sanctioned",
    // where a name stands between.
    if (i >= 1 && x_.definite_before.count(t[i - 1].folded)) return !own_act(i - 1) && !opens_saying(i - 1);
    // Not "its aircraft struck", "the military bombed", "tentara itu
    // menyerang": there the trigger is the verb.
    if (i >= 2 && x_.definite_before.count(t[i - 2].folded) && t[i - 1].word && !t[i - 1].capitalized &&
        !Verb(t[i].folded)) {
      return !own_act(i - 2) && !opens_saying(i - 2);
    }
    // ("the 11-day exercise", "the two-day summit": a number joined to its
    // unit between.)
    if (i >= 4 && x_.definite_before.count(t[i - 4].folded) && t[i - 2].Is("-") && t[i - 1].word &&
        !t[i - 1].capitalized && !Verb(t[i].folded)) {
      return !own_act(i - 4);
    }
    return then_definite;
  }


  // Whether an event noun names what talks are about, not an event of its
  // own: "ceasefire talks", "talks on a ceasefire", "perundingan gencatan
  // senjata", "talks on new sanctions", "pembicaraan mengenai peluncuran
  // rudal". (A meeting noun right after it; a meeting right before it, a
  // topic preposition and a word or two between at most. "Agreed a
  // ceasefire at talks" is one reached.) It had been told with the talks'
  // date, as if it happened then.
  bool TopicOfTalks(const SentenceFacts& f, const TriggerMention& event) const {
    auto next = std::upper_bound(f.triggers.begin(), f.triggers.end(), event.token,
                                 [](size_t token, const TriggerMention& t) { return token < t.token; });
    const size_t after = event.token + event.length;
    if (next != f.triggers.end() && next->token == after && next->type == EventType::kMeeting &&
        !Verb(f.tokens[next->token].folded) && !Verb(f.tokens[event.token].folded)) {
      return true;
    }
    if (Verb(f.tokens[event.token].folded)) return false;
    // Back over a determiner and modifiers ("a new", "North Korean") to a
    // topic preposition, or nothing between at all.
    size_t k = event.token;
    bool topic = false;
    const size_t kBetween = 4;  // "talks on the new North Korean"
    for (size_t seen = 0; k > 0 && seen < kBetween && !topic; ++seen) {
      const Token& before = f.tokens[k - 1];
      topic = x_.topic_prepositions.at(lang_).count(before.folded) > 0;
      if (!topic && !(before.word && !before.number && !Verb(before.folded) && !IsTriggerAt(f, k - 1))) break;
      --k;
    }
    // k: the topic preposition, or where the words before the noun begin.
    auto previous = std::partition_point(f.triggers.begin(), f.triggers.end(),
                                         [&](const TriggerMention& t) { return t.token + t.length <= k; });
    if (previous == f.triggers.begin()) return false;
    --previous;
    if (previous->type != EventType::kMeeting || previous->token + previous->length != k) return false;
    // Without a topic preposition: a noun right after the meeting's noun
    // ("perundingan gencatan senjata"), or the object of its verb
    // ("discussed a ceasefire").
    return topic || k == event.token || Verb(f.tokens[previous->token + previous->length - 1].folded);
  }

  // The triggers that name events: ambiguous ones resolved, those without
  // their required word, trailing attributions and objects of another trigger
  // dropped. The same event named twice in a clause is told twice here and
  // kept once by Merge (same type and date); "did not launch missiles last
  // month, but fired missiles on May 8" is two.
  std::vector<TriggerMention> PickTriggers(const SentenceFacts& f) {
    std::vector<TriggerMention> picked;
    const size_t kObjectGap = 4;  // "condemned the Israeli attack", "mengecam serangan udara"
    const size_t kAidObjectGap = 10;  // "supplied millions of artillery shells and short-range ballistic missiles"
    std::optional<TriggerMention> head;  // the last trigger kept, whose objects follow
    size_t head_end = 0;                   // the end of it or of its last object
    for (TriggerMention t : f.triggers) {
      auto [clause, clause_end] = ClauseOf(f, t.token);
      if (!Retype(f, &t, clause, clause_end)) {
        if (explain_) Drop(f, t, "no event by the retype rule \"" + t.retyped + "\"");
        continue;
      }
      if (!HasRequiredWord(f, t, clause, clause_end)) {
        if (explain_) Drop(f, t, "none of the words its type requires in its clause");
        continue;
      }
      if (t.type == EventType::kReport && TrailingAttribution(f, t)) {
        if (explain_) Drop(f, t, "a trailing attribution, not a report");
        continue;
      }
      if (t.type != EventType::kMeeting && TopicOfTalks(f, t)) {
        if (explain_) Drop(f, t, "what talks are about, not an event of its own");
        continue;
      }
      // A trigger right after another of the same clause is most often its
      // object ("condemned the attack", "mengecam serangan", "urged a
      // ceasefire"): an event of its own only with a date of its own. What
      // a report says ("said Chinese vessels fired") is no object.
      // The chain goes on through objects: "called on both sides to agree
      // to a truce" is one appeal.
      // What a threat threatens is an event of its own ("mengancam akan
      // melakukan uji coba nuklir": a possible test).
      // What aid gives is listed at length ("supplied millions of artillery
      // shells and short-range ballistic missiles to Russia"): its objects
      // reach further, through "and", and a date near them is the aid's.
      const bool aid = head && head->type == EventType::kAid;
      // ("adopted a resolution demanding that Iran ...": what a resolution or
      // statement demands or condemns is its act, not its object.)
      const bool statement_act =
          head && x_.statement_nouns.at(lang_).count(f.tokens[head->token + head->length - 1].folded) &&
          (t.type == EventType::kAppeal || t.type == EventType::kProtest || t.type == EventType::kWarning);
      bool object = head && ClauseOf(f, head->token).first == clause && head->type != t.type &&
                    head->type != EventType::kReport && head->type != EventType::kWarning &&
                    head->type != EventType::kStatement && !statement_act &&
                    t.token <= head_end + (aid ? kAidObjectGap : kObjectGap) &&
                    !Passive(f, t) &&  // "the launch was condemned by Japan": its predicate, not its object
                    // "denied shelling the temple and accused Thailand": a verb of its own
                    !(AfterCoordinator(f, t.token) && !(aid && !Verb(f.tokens[t.token].folded)));
      // What an appeal asks for ("called for a ceasefire in Myanmar on
      // Monday") shares the appeal's date: it is an event of its own only
      // when the appeal has a date of its own too.
      bool asked_for = object && head->type == EventType::kAppeal && !HasOwnDate(f, *head);
      // "launched large-scale military drills": a verb of starting only; the
      // drills are the event.
      if (object && head->length == 1 && x_.light_verbs.at(lang_).count(f.tokens[head->token].folded) &&
          !picked.empty() && picked.back().token == head->token) {
        if (explain_) Drop(f, *head, "a verb of starting; its object is the event");
        picked.back() = t;
        head = t;
        head_end = t.token + t.length;
        continue;
      }
      if (object && (!HasOwnDate(f, t) || asked_for || aid)) {
        if (explain_) Drop(f, t, "the object of \"" + Words(f, head->token, head->token + head->length) + "\", with no date of its own");
        head_end = t.token + t.length;
        continue;
      }
      // "Ukraina dihantam serangan drone Rusia", "was hit by a Russian drone
      // attack": the attack after a passive of its own type is that
      // passive's agent, the same event (told again, it would act on whom
      // the passive says acts).
      // "will hold live-fire drills", "latihan tembak-menembak": a trigger of
      // the head's type right after it is one name of one event.
      if (head && head->type == t.type && t.token == head->token + head->length &&
          ClauseOf(f, head->token).first == clause) {
        if (explain_) Drop(f, t, "another name of the event of \"" + Words(f, head->token, head->token + head->length) + "\"");
        head_end = t.token + t.length;
        continue;
      }
      if (head && head->type == t.type && ClauseOf(f, head->token).first == clause &&
          t.token <= head_end + kObjectGap && Passive(f, *head)) {
        if (explain_) Drop(f, t, "the agent of the passive \"" + Words(f, head->token, head->token + head->length) + "\"");
        head_end = t.token + t.length;
        continue;
      }
      head = t;
      head_end = t.token + t.length;
      picked.push_back(t);
    }
    return picked;
  }

  // Whether a coordinator stands before the trigger, right before it or
  // with adverbs and auxiliaries between ("and again urged", "dan kembali
  // mendesak", "and has also called"): a verb of its own, not an object.
  bool AfterCoordinator(const SentenceFacts& f, size_t token) const {
    const size_t kBetween = 2;
    for (size_t k = token; k > 0 && token - k <= kBetween; --k) {
      if (x_.coordinators.at(lang_).LongestAt(f.tokens, k - 1)) return true;
      const Token& before = f.tokens[k - 1];
      if (!before.word || !(x_.auxiliaries.at(lang_).count(before.folded) ||
                            EndsIn(before.folded, x_.adverb_endings.at(lang_)))) {
        return false;
      }
    }
    return false;
  }

  // The agent marker ("oleh", "by") right after a passive trigger, followed
  // by a named actor within the clause; SIZE_MAX when there is none.
  size_t AgentAfter(const SentenceFacts& f, const TriggerMention& trigger, size_t clause_end) const {
    const size_t kMaxGap = 5;  // "dikecam keras oleh", "was condemned on Monday by", "was robbed of $30 million by"
    size_t from = trigger.token + trigger.length;
    for (size_t k = from; k < clause_end && k <= from + kMaxGap; ++k) {
      // ("Peluncuran rudal Korut dikecam keras oleh Jepang": past a verb that
      // tells an event of its own, the agent is that event's.)
      if (IsTriggerAt(f, k)) return SIZE_MAX;
      if (!x_.agent_markers.at(lang_).count(f.tokens[k].folded)) continue;
      // (Actors are in token order.)
      auto a = std::partition_point(f.actors.begin(), f.actors.end(),
                                    [&](const ActorMention& m) { return m.token <= k; });
      const size_t kAgentWords = 5;  // "by the presidential office in Seoul"
      for (; a != f.actors.end() && a->token <= k + kAgentWords; ++a) {
        if (!a->place) return k;
      }
      return SIZE_MAX;
    }
    return SIZE_MAX;
  }

  // "Peretasan bursa kripto Jepang pada Mei 2024 dilakukan oleh kelompok
  // Lazarus", "the hack of a Japanese exchange, carried out by the Lazarus
  // Group": the agent marker after a verb (a word or two before it), a
  // named actor after it, a few words past the noun's own object; the
  // marker's token, else SIZE_MAX.
  size_t PassiveAgentPastObject(const SentenceFacts& f, const TriggerMention& trigger, size_t clause_end) const {
    const size_t kReach = 14, kAgentWords = 5;
    const size_t from = trigger.token + trigger.length;
    for (size_t k = from + 1; k < f.tokens.size() && k < from + kReach; ++k) {
      if (k >= clause_end && !f.tokens[k - 1].Is(",")) break;  // (an aside's comma may close the clause)
      if (!x_.agent_markers.at(lang_).count(f.tokens[k].folded)) continue;
      const bool verb = Verb(f.tokens[k - 1].folded) || (k >= from + 2 && Verb(f.tokens[k - 2].folded));
      if (!verb) return SIZE_MAX;
      // ("Peluncuran rudal Korut dikecam keras oleh Jepang": the agent of a
      // verb that tells an event of its own is that event's.)
      if (IsTriggerAt(f, k - 1) || (k >= from + 2 && IsTriggerAt(f, k - 2))) return SIZE_MAX;
      for (auto a = FirstActorFrom(f, k + 1); a != f.actors.end() && a->token <= k + kAgentWords; ++a) {
        if (!a->place) return k;
      }
      return SIZE_MAX;
    }
    return SIZE_MAX;
  }

  // Whether the actor at `token` follows a topic preposition, a determiner
  // at most between ("on North Korea", "on the North Korean", "mengenai Korut").
  // ("agree on restoring U.N. inspections", "talks on ending the war":
  // a verb of what it is about, and a determiner, may stand between.)
  bool Topic(const SentenceFacts& f, size_t token) const {
    const auto& topics = x_.topic_prepositions.at(lang_);
    const size_t kBetween = 2;  // "on ending the"
    for (size_t k = token, seen = 0; k > 0 && seen <= kBetween; --k, ++seen) {
      const std::string& before = f.tokens[k - 1].folded;
      if (topics.count(before)) return true;
      const bool verb = f.tokens[k - 1].word && !f.tokens[k - 1].capitalized &&
                        (Verb(before) || EndsIn(before, x_.gerund_endings.at(lang_)));
      if (!x_.determiners.count(before) && !verb) {
        return false;
      }
    }
    return false;
  }
  // Whether the actor at `token` is what a meeting or agreement is about or
  // aimed against: a topic ("talks on North Korea"), the object of a verb of
  // discussing ("met to discuss North Korea", "untuk membahas Korut") or of
  // an opposition preposition ("sanctions against North Korea", "sanksi
  // terhadap Korut"), a determiner at most between.
  bool AboutOrAgainst(const SentenceFacts& f, size_t token) const {
    if (Topic(f, token)) return true;
    size_t k = token;
    if (k > 1 && x_.determiners.count(f.tokens[k - 1].folded)) --k;
    if (k == 0) return false;
    const std::string& before = f.tokens[k - 1].folded;
    return x_.opposition_prepositions.at(lang_).count(before) > 0 || x_.commenting_verbs.at(lang_).count(before) > 0;
  }

  // The first of `prefixes` that `word` begins with, a few letters more
  // after it ("di" of "diserang", not of "dia"); null when none.
  static const std::string* PrefixOf(const std::string& word, const std::vector<std::string>& prefixes) {
    const size_t kMinRest = 4;
    for (const std::string& prefix : prefixes) {
      if (word.size() >= prefix.size() + kMinRest && word.compare(0, prefix.size(), prefix) == 0) return &prefix;
    }
    return nullptr;
  }

  // Whether `word` begins with a passive prefix ("di", "ter").
  bool HasPassivePrefix(const std::string& word) const { return PrefixOf(word, x_.passive_prefixes.at(lang_)); }

  // Whether the trigger is in the passive voice: "was rammed", "were
  // reportedly struck", "was hit" (an auxiliary before a participle, one
  // adverb between), "ditabrak", "diserang", "tertembak" (a prefix its root
  // lacks: not "dialog").
  bool Passive(const SentenceFacts& f, const TriggerMention& trigger) const {
    if (DrawnReaction(f, trigger)) return true;  // "drew condemnation from Japan"
    const Token& first = f.tokens[trigger.token];
    const auto& auxiliaries = x_.passive_auxiliaries.at(lang_);
    if (auxiliaries.count(first.folded) && trigger.length > 1) return true;  // "was hit"
    const std::string& w = first.folded;
    bool participle = x_.passive_participles.at(lang_).count(w) > 0 || EndsIn(w, x_.participle_endings.at(lang_));
    if (participle && !auxiliaries.empty()) {
      for (size_t k = trigger.token, seen = 0; k > 0 && seen < 2; --k, ++seen) {
        const std::string& before = f.tokens[k - 1].folded;
        if (auxiliaries.count(before)) return true;
        if (!f.tokens[k - 1].word || !EndsIn(before, x_.adverb_endings.at(lang_))) break;
      }
    }
    if (const std::string* prefix = PrefixOf(w, x_.passive_prefixes.at(lang_))) {
      const Morphology& morphology = Morphology::ForLanguage(lang_);
      const std::string key = morphology.Key(w);
      if (key != w && w.compare(prefix->size(), key.size(), key) == 0) return true;  // the root right after it
      // "dibobol", "diretas": forms the dictionary does not derive, of a
      // root it holds right after the prefix (not "dialog": no "alog").
      if (key == w && morphology.IsWord(w.substr(prefix->size()))) return true;
    }
    return false;
  }

  // Whether the trigger is a passive whose subject right before it (its
  // auxiliaries and an adverb between) is a definite common noun: "The
  // missiles were launched", "the two missiles were fired", "Rudal itu
  // diluncurkan".
  bool DefiniteSubjectOfPassive(const SentenceFacts& f, const TriggerMention& trigger) const {
    if (!Verb(f.tokens[trigger.token].folded) || !Passive(f, trigger)) return false;
    const size_t kAuxiliaries = 3;  // "had reportedly been"
    const size_t k = SubjectEnd(f, trigger.token, kAuxiliaries);
    // "Rudal itu diluncurkan": the demonstrative after the noun.
    if (k >= 2 && x_.definite_after.count(f.tokens[k - 1].folded) && f.tokens[k - 2].word && !f.tokens[k - 2].capitalized) {
      return true;
    }
    // "The missiles", "the two missiles": the determiner a word or two before.
    if (k < 2 || !f.tokens[k - 1].word || (f.tokens[k - 1].capitalized && k - 1 > 0)) return false;
    for (size_t d = k - 1; d-- > 0 && k - 1 - d <= 2;) {
      if (x_.definite_before.count(f.tokens[d].folded)) return !x_.possessives.count(f.tokens[d].folded);
      if (!f.tokens[d].word && !f.tokens[d].number) return false;
    }
    return false;
  }

  // Whether a verb trigger's subject, right before it (an adverb or an
  // auxiliary between), is a definite reference of its own type: "the
  // strikes targeted infrastructure", "Serangan itu menghantam gudang
  // senjata" tell what the event told already did.
  bool DefiniteReferenceActs(const SentenceFacts& f, const TriggerMention& trigger) const {
    if (!Verb(f.tokens[trigger.token].folded)) return false;
    const size_t kBetween = 2;  // "also reportedly"
    size_t k = SubjectEnd(f, trigger.token, kBetween);
    if (k > 0 && x_.definite_after.count(f.tokens[k - 1].folded)) --k;  // "Serangan itu"
    const TriggerMention* reference = EndingAt(f.definite, k);
    return reference && reference->type == trigger.type;
  }

  // Where a verb's subject ends: the token after it, past up to `most`
  // auxiliaries (passive ones too) and adverbs right before the verb at
  // `verb` ("were launched", "had reportedly been fired", "also struck").
  size_t SubjectEnd(const SentenceFacts& f, size_t verb, size_t most) const {
    size_t k = verb;
    for (size_t seen = 0; k > 0 && seen < most; ++seen, --k) {
      const Token& before = f.tokens[k - 1];
      if (!before.word || (!x_.passive_auxiliaries.at(lang_).count(before.folded) &&
                           !x_.auxiliaries.at(lang_).count(before.folded) &&
                           !EndsIn(before.folded, x_.adverb_endings.at(lang_)))) {
        break;
      }
    }
    return k;
  }

  // "The strike drew sharp condemnation", "menuai banyak kecaman",
  // "prompting a warning from Pyongyang": a protest, appeal or warning the
  // subject drew from others, a word or two between.
  bool DrawnReaction(const SentenceFacts& f, const TriggerMention& trigger) const {
    if (trigger.type != EventType::kProtest && trigger.type != EventType::kAppeal &&
        trigger.type != EventType::kWarning) {
      return false;
    }
    const size_t kMaxBetween = 2;  // "drew widespread international condemnation"
    for (size_t k = trigger.token, seen = 0; k > 0 && seen <= kMaxBetween; --k, ++seen) {
      const Token& before = f.tokens[k - 1];
      if (x_.reaction_verbs.at(lang_).count(before.folded)) return true;
      if (!before.word || before.capitalized || IsTriggerAt(f, k - 1)) return false;
    }
    return false;
  }

  // The verb a noun trigger is what it acts with ("hit Russia with new
  // sanctions", "targeted two firms with sanctions"): an instrument word
  // before the noun (a determiner or modifiers between), and the clause's
  // verb before that; its token, else SIZE_MAX.
  size_t InstrumentVerb(const SentenceFacts& f, const TriggerMention& trigger, size_t clause_begin) const {
    if (Verb(f.tokens[trigger.token].folded)) return SIZE_MAX;
    const size_t kModifiers = 3;  // "with a new round of"
    size_t k = trigger.token;
    while (k > clause_begin && trigger.token - k < kModifiers && f.tokens[k - 1].word && !f.tokens[k - 1].capitalized &&
           !x_.instrument_prepositions.at(lang_).count(f.tokens[k - 1].folded) && !Verb(f.tokens[k - 1].folded)) {
      --k;
    }
    if (k == clause_begin || !x_.instrument_prepositions.at(lang_).count(f.tokens[k - 1].folded)) return SIZE_MAX;
    const size_t kObjectWords = 8;  // "targeted two Chinese companies and their chief executives"
    for (size_t v = k - 1; v > clause_begin && k - 1 - v < kObjectWords; --v) {
      const Token& word = f.tokens[v - 1];
      if (word.Is(",")) return SIZE_MAX;
      if (word.word && !word.capitalized && Verb(word.folded)) {
        // (Not a passive's: who is named after it acts.)
        return HasPassivePrefix(word.folded) || (v >= 2 && x_.passive_auxiliaries.at(lang_).count(f.tokens[v - 2].folded))
                   ? SIZE_MAX
                   : v - 1;
      }
    }
    return SIZE_MAX;
  }

  // Whether the word before token k makes a gerund there a verb ("keep
  // attacking", "of shelling", "to fighting"), not a noun ("Fighting
  // erupted", "heavy fighting between ..."): a verb, an auxiliary or a
  // preposition.
  bool VerbalBefore(const SentenceFacts& f, size_t k) const {
    if (k == 0 || !f.tokens[k - 1].word) return false;
    const std::string& before = f.tokens[k - 1].folded;
    return Verb(before) || x_.auxiliaries.at(lang_).count(before) || x_.passive_auxiliaries.at(lang_).count(before) ||
           x_.goal_prepositions.at(lang_).count(before) || x_.topic_prepositions.at(lang_).count(before) ||
           x_.opposition_prepositions.at(lang_).count(before) || x_.purpose_words.at(lang_).count(before);
  }

  // Whether an organ's name ("presidential office", "foreign ministry")
  // ends right before token k.
  bool OrganBefore(const std::vector<Token>& t, size_t k) const {
    return k > 0 && (x_.agency_heads.at(lang_).count(t[k - 1].folded) || x_.agency_words.at(lang_).EndsBefore(t, k));
  }

  // Whether the actor at `token` belongs to the agent phrase opened after
  // `agent`: no goal preposition ("ke", "on", "against") between them.
  bool AgentSpan(const SentenceFacts& f, size_t agent, size_t token) const {
    for (size_t k = agent + 1; k < token; ++k) {
      // (Not the "in" of "the presidential office in Seoul": the organ's state.)
      if (k + 1 == token && OrganBefore(f.tokens, k)) continue;
      // (Nor the "of" of a quantity right after the marker: "by a wave of
      // Israeli airstrikes", "by a barrage of Russian missiles".)
      if (k == agent + 3 && f.tokens[k].Is("of") && x_.determiners.count(f.tokens[k - 2].folded) &&
          f.tokens[k - 1].word && !f.tokens[k - 1].capitalized) {
        continue;
      }
      if (x_.goal_prepositions.at(lang_).count(f.tokens[k].folded) || f.tokens[k].Is(",")) return false;
      // ("Serangan udara Israel menewaskan 30 warga Palestina": the agent's
      // words end at the verb; who is named after it is acted on.)
      const Token& word = f.tokens[k];
      if (word.word && !word.capitalized && !word.number && Verb(word.folded)) return false;
    }
    return true;
  }

  // ", the Ukrainian Air Force said." after the event it attributes: the
  // source of that event, not a report of its own (SPEC §7).
  bool TrailingAttribution(const SentenceFacts& f, const TriggerMention& report) const {
    const size_t kMaxSpeakerWords = 8;
    if (!f.first_non_report) {  // the triggers are in token order
      f.first_non_report = SIZE_MAX;
      for (const TriggerMention& other : f.triggers) {
        if (other.type != EventType::kReport) {
          f.first_non_report = other.token;
          break;
        }
      }
    }
    for (size_t k = report.token; k-- > 0 && report.token - k <= kMaxSpeakerWords;) {
      if (!f.tokens[k].Is(",")) continue;
      return *f.first_non_report < k;  // a trigger before the comma that is no report
    }
    return false;
  }

  // Some types need a word of their kind in the clause ("requires"):
  // "unveiled a roadmap" is no weapon unveiling, "fired artillery" no
  // missile test. Checked before a trigger can take another as its object.
  bool HasRequiredWord(const SentenceFacts& f, const TriggerMention& t, size_t clause_begin,
                       size_t clause_end) const {
    auto needed = x_.requires.find(t.type);
    if (needed == x_.requires.end()) return true;
    auto [known, inserted] = f.required_in_clause.try_emplace({t.type, clause_begin}, false);
    if (!inserted) return known->second;  // a clause ends where the next begins: its start names it
    for (size_t i = clause_begin; i < clause_end && !known->second; ++i) {
      known->second = HasWord(needed->second, f.tokens[i].folded);
    }
    return known->second;
  }

  // Whether `word` is in `words`, or its half is when it is a
  // reduplication ("obat-obatan", "senjata-senjata": a plural in
  // Indonesian).
  static bool HasWord(const WordSet& words, const std::string& word) {
    if (words.count(word)) return true;
    const size_t dash = word.find('-');
    if (dash == std::string::npos || dash == 0 || word.compare(dash + 1, dash, word, 0, dash) != 0) return false;
    return words.count(word.substr(0, dash)) > 0;
  }

  // HasWord, or `word` less an enclitic is in `words` ("memperpanjang
  // sanksinya": its sanctions are named). (Not for a type's required words:
  // there it cost held-out ID a spurious event.)
  bool HasWordOrClitic(const WordSet& words, const std::string& word) const {
    if (HasWord(words, word)) return true;
    const size_t kMinStem = 3;
    for (const std::string& clitic : x_.enclitics.at(lang_)) {
      if (word.size() >= clitic.size() + kMinStem && word.compare(word.size() - clitic.size(), clitic.size(), clitic) == 0 &&
          words.count(word.substr(0, word.size() - clitic.size()))) {
        return true;
      }
    }
    return false;
  }

  // Ambiguous triggers resolved by their arguments (data/triggers.json
  // "retype"): a missile that hits something is an attack, an attack on
  // servers is a cyberattack, a pledge of money or arms is aid. Returns
  // false when a rule says the trigger is no event at all ("intrusion" by
  // ships is no cyberattack).
  bool Retype(const SentenceFacts& f, TriggerMention* t, size_t clause_begin, size_t clause_end) const {
    for (const Lexicon::Retype& rule : x_.retypes) {
      if (rule.from != t->type) continue;
      if (!rule.triggers.empty()) {  // only these trigger words ("pledged", not "approved")
        std::string said;
        for (size_t k = t->token; k < t->token + t->length; ++k) said += (k > t->token ? " " : "") + f.tokens[k].folded;
        if (!rule.triggers.count(said)) continue;
      }
      const WordSet& words = rule.when.at(lang_);
      // The rule's words in the clause (counted once per clause), less those
      // of the trigger itself.
      size_t rule_index = static_cast<size_t>(&rule - x_.retypes.data());
      auto [count, inserted] = f.retype_words_in_clause.try_emplace({rule_index, clause_begin}, 0);
      // Whether the word at k counts for the rule. (A drill's modifier,
      // "latihan serangan", "a joint strike drill", resolves no other
      // trigger; a drill's own rule reads it: "manuver berbahaya".)
      auto counts = [&](size_t k) {
        const bool modifier = DrillModifier(f, k) && rule.from != EventType::kDrill;
        return !InFixedPhrase(f, k) && !modifier && HasWordOrClitic(words, f.tokens[k].folded) &&
               (!x_.aiming_prepositions.at(lang_).count(f.tokens[k].folded) || AimsAtSomeone(f, k));
      };
      if (inserted) {
        for (size_t k = clause_begin; k < clause_end; ++k) count->second += counts(k);
      }
      size_t own = 0;
      for (size_t k = std::max(t->token, clause_begin); k < std::min(t->token + t->length, clause_end); ++k) {
        own += HasWordOrClitic(words, f.tokens[k].folded);
      }
      if ((count->second > own) != rule.absent) {
        if (!rule.to) {
          if (explain_) t->retyped = rule.name;
          return false;
        }
        if (explain_) {  // name the word (a scan, only when asked)
          std::string word;
          for (size_t k = clause_begin; k < clause_end && word.empty(); ++k) {
            bool in_trigger = k >= t->token && k < t->token + t->length;
            if (!in_trigger && counts(k)) word = f.tokens[k].folded;
          }
          t->retyped = ", " + std::string(ToString(t->type)) + " made " + std::string(ToString(*rule.to)) + " by \"" +
                       word + "\" in its clause";
        }
        t->type = *rule.to;
        // The rules after it may resolve the new type further ("launched a
        // DDoS attack": a launch that hits is an attack, an attack on
        // websites a cyberattack).
      }
    }
    return true;
  }

  // Whether a time mention of the sentence is nearer `trigger` than any other.
  // (Noted for every trigger at the first question: each mention has one
  // nearest trigger.)
  bool HasOwnDate(const SentenceFacts& f, const TriggerMention& trigger) const {
    if (f.triggers.empty()) return false;
    if (f.own_date.empty()) {
      f.own_date.assign(f.triggers.size(), false);
      for (const TimeMention& m : f.times) {
        if (!m.relative_to_event) f.own_date[static_cast<size_t>(&NearestTrigger(f, m) - f.triggers.data())] = true;
      }
    }
    auto at = std::partition_point(f.triggers.begin(), f.triggers.end(),
                                   [&](const TriggerMention& t) { return t.token < trigger.token; });
    return at != f.triggers.end() && at->token == trigger.token && f.own_date[static_cast<size_t>(at - f.triggers.begin())];
  }

  // The relative clause ("which ...", "yang ...") that follows the trigger
  // within a few words ("the price cap on Russian crude that ..."), as token
  // range [begin, end); empty when there is none.
  std::pair<size_t, size_t> RelativeClauseAfter(const SentenceFacts& f, const TriggerMention& trigger) const {
    const size_t kMaxGap = 4;
    size_t from = trigger.token + trigger.length;
    for (size_t k = from; k < f.tokens.size() && k <= from + kMaxGap; ++k) {
      const Token& t = f.tokens[k];
      if (f.in_date[k]) break;  // "said on Tuesday that": the date is the trigger's own
      // ("a ceasefire that took effect a year ago": "that" right after a
      // noun trigger opens its relative clause; after a verb, what it says.)
      const bool after_noun = k > from || !Verb(f.tokens[trigger.token + trigger.length - 1].folded);
      if (x_.relative_pronouns.count(t.folded) ||
          (after_noun && f.tokens[k - 1].word && x_.relative_pronouns_after_words.count(t.folded))) {
        // Up to the next clause's start.
        auto next = std::upper_bound(f.clause_sorted.begin(), f.clause_sorted.end(), k);
        size_t end = next == f.clause_sorted.end() ? f.tokens.size() : std::min(f.tokens.size(), *next);
        // (Or at the next comma, as every relative clause ends:
        // RelativeClauseEnd. "laporan tim ahli PBB yang dirilis Februari
        // lalu, Korea Utara mencuri ...": the theft is the main clause's.)
        auto comma = std::upper_bound(f.commas.begin(), f.commas.end(), k);
        if (comma != f.commas.end()) end = std::min(end, *comma);
        // A clause with an event of its own ("yang disetujui Washington
        // pekan lalu") dates that event, not the trigger before it (triggers
        // are in token order: the first after k).
        auto other = std::partition_point(f.triggers.begin(), f.triggers.end(),
                                          [&](const TriggerMention& t) { return t.token <= k; });
        if (other != f.triggers.end() && other->token < end) return {SIZE_MAX, SIZE_MAX};
        // "rudal yang mampu menjangkau daratan AS", "a missile that could
        // reach Guam": a clause of what it can do describes the noun; it says
        // neither when nor whether the trigger happened.
        if (k + 1 < end && x_.possibility_modals.at(lang_).count(f.tokens[k + 1].folded)) return {SIZE_MAX, SIZE_MAX};
        return {k, end};
      }
      // (A comma may open it, after a demonstrative: "KTT tersebut, yang ...".)
      if (t.Is(",") && (k == from || (k == from + 1 && x_.definite_after.count(f.tokens[from].folded)))) continue;
      if (!t.word) break;
      if (std::binary_search(f.clause_sorted.begin(), f.clause_sorted.end(), k)) break;
    }
    return {SIZE_MAX, SIZE_MAX};
  }

  // Where the relative clause ("yang ...", "which ...") holding `token` ends
  // (at a comma or a clause start); SIZE_MAX when `token` is in none.
  static size_t RelativeClauseEnd(const SentenceFacts& f, size_t token) {
    return token < f.relative_end.size() ? f.relative_end[token] : SIZE_MAX;
  }

  // The first token of the relative clause holding token k (the word after
  // its pronoun), or k when it is in none.
  static size_t RelativeClauseOpen(const SentenceFacts& f, size_t k) {
    size_t open = k;
    while (open > 0 && RelativeClauseEnd(f, k) != SIZE_MAX && RelativeClauseEnd(f, open - 1) == RelativeClauseEnd(f, k)) {
      --open;
    }
    return open;
  }

  // The trigger nearest a date mention (by tokens; the first on a tie).
  // Triggers are in token order and do not overlap (FindTriggers), so the
  // distance falls up to the last trigger starting at or before the
  // mention's token and grows after it: only that one and the next compete.
  const TriggerMention& NearestTrigger(const SentenceFacts& f, const TimeMention& m) const {
    size_t index = static_cast<size_t>(&m - f.times.data());
    if (index < f.times.size() && f.nearest_trigger.size() == f.times.size()) return f.triggers[f.nearest_trigger[index]];
    if (index < f.times.size() && f.nearest_trigger.empty()) {
      for (const TimeMention& each : f.times) {
        f.nearest_trigger.push_back(static_cast<size_t>(&FindNearestTrigger(f, each) - f.triggers.data()));
      }
      return f.triggers[f.nearest_trigger[index]];
    }
    return FindNearestTrigger(f, m);
  }
  const TriggerMention& FindNearestTrigger(const SentenceFacts& f, const TimeMention& m) const {
    size_t token = TokenAt(f, m.begin);
    auto after = std::partition_point(f.triggers.begin(), f.triggers.end(),
                                      [&](const TriggerMention& t) { return t.token <= token; });
    const TriggerMention* nearest = &f.triggers.front();
    size_t best = SIZE_MAX;
    for (auto it = after == f.triggers.begin() ? after : after - 1; it != f.triggers.end() && it <= after; ++it) {
      const TriggerMention& t = *it;
      // ("... resume talks next month, officials said": a trailing
      // attribution after the time, past a comma, tells no event there.)
      if (t.token > token && it != f.triggers.begin() && t.type == EventType::kReport && t.token < f.commas_before.size() &&
          f.commas_before[t.token] > f.commas_before[token] && TrailingAttribution(f, t)) {
        continue;
      }
      size_t d = token >= t.token + t.length ? token - (t.token + t.length - 1)
                 : token < t.token               ? t.token - token
                                                 : 0;
      if (d < best) {
        best = d;
        nearest = &t;
      }
    }
    return *nearest;
  }

  // The state an actor acts for, else the first body up its parent chain
  // ("European Commission" -> EU, "UN Security Council" -> UNSC), else itself.
  static std::string CountryFor(const ActorInfo& actor) {
    const Registry& registry = Registry::Builtin();
    std::string country = registry.CountryOf(actor.id);
    if (!country.empty()) return country;
    // A body (a UN organ such as the UNSC or the IAEA) acts as itself
    // (SPEC §7); an agency of a body (the European Commission) as the body.
    const ActorInfo* top = &actor;
    for (int depth = 0; depth < 8 && !top->parent.empty() && top->kind != ActorKind::kBody; ++depth) {
      const ActorInfo* parent = registry.Find(top->parent);
      if (!parent) break;
      top = parent;
    }
    return top->id;
  }

  // The clause of `token`, as token range [begin, end): from the latest
  // clause start at or before it to the next.
  std::pair<size_t, size_t> ClauseOf(const SentenceFacts& f, size_t token) const {
    size_t begin = 0, end = f.tokens.size();
    auto next = std::upper_bound(f.clause_sorted.begin(), f.clause_sorted.end(), token);
    if (next != f.clause_sorted.end()) end = std::min(end, *next);
    if (next != f.clause_sorted.begin()) begin = *(next - 1);
    return {begin, end};
  }

  // Whether a mention lies in an aside: between two commas that do not
  // enclose `token`, with other words beside it ("X, pada Desember, said" is
  // the date of the saying).
  bool InAside(const SentenceFacts& f, const TimeMention& m, size_t token) const {
    size_t first = TokenAt(f, m.begin), last = TokenAt(f, m.end);
    size_t open = SIZE_MAX, close = SIZE_MAX;
    // The last comma before `first` and the first at or after `last`.
    auto at_first = std::lower_bound(f.commas.begin(), f.commas.end(), first);
    if (at_first != f.commas.begin()) open = *(at_first - 1);
    auto at_last = std::lower_bound(f.commas.begin(), f.commas.end(), last);
    if (at_last != f.commas.end()) close = *at_last;
    if (open == SIZE_MAX || close == SIZE_MAX || (token > open && token < close)) return false;
    return first > open + 1 || last < close;
  }

  // A date mention's first token and the token after its last (TokenAt of
  // its begin and end), from the sentence's index when it has one.
  static std::pair<size_t, size_t> MentionTokens(const SentenceFacts& f, const TimeMention& m) {
    size_t index = static_cast<size_t>(&m - f.times.data());
    if (index < f.mention_tokens.size()) return f.mention_tokens[index];
    return {TokenAt(f, m.begin), TokenAt(f, m.end)};
  }

  // The first token that begins at or after `byte` (tokens.size() if none).
  static size_t TokenAt(const SentenceFacts& f, size_t byte) {
    return static_cast<size_t>(
        std::partition_point(f.tokens.begin(), f.tokens.end(), [&](const Token& t) { return t.begin < byte; }) -
        f.tokens.begin());
  }

  enum class CueKind { kNegation, kOther, kAnyWord };


  // What decided each part of an event, in words a reviewer reads.
  struct Why {
    std::string type, date, actors, roles, factuality;
  };

  // The text of tokens [begin, end) of the sentence.
  static std::string Words(const SentenceFacts& f, size_t begin, size_t end) {
    if (begin >= end || end > f.tokens.size()) return "";
    return std::string(f.text.substr(f.tokens[begin].begin, f.tokens[end - 1].end - f.tokens[begin].begin));
  }

  // The cue phrase of `list` that HasCue found from `from` on.
  std::string CueWord(const SentenceFacts& f, const PhraseList& list, CueKind kind, size_t from) const {
    size_t at = NextCue(f, list, kind)[from];
    size_t length = std::max(list.LongestAt(f.tokens, at), kind == CueKind::kAnyWord ? 0 : CueAcrossTime(f, list, at));
    return Words(f, at, at + std::max<size_t>(1, length));
  }

  // Whether a cue stands in tokens [from, to), outside date expressions ("May 8"
  // is no "may").
  // For negation, tokens inside an exception phrase ("tidak seperti", "not
  // only") are no cue; for modality, tokens inside a hedge about an object.
  // Answered in constant time from the list's cue positions, found once per
  // sentence (NextCue), so that many triggers in a clause cost no more than one.
  bool HasCue(const SentenceFacts& f, const PhraseList& cues, size_t from, size_t to,
              bool negation = false) const {
    return from < to && NextCue(f, cues, negation ? CueKind::kNegation : CueKind::kOther)[from] < to;
  }

  // HasCue, but a cue that is the trigger's own word does not count: the
  // threat in "North Korea threatened to test" is made, the test may come.
  bool HasCueBesides(const SentenceFacts& f, const PhraseList& cues, size_t from, size_t to,
                     const TriggerMention& trigger) const {
    const std::vector<size_t>& next = NextCue(f, cues, CueKind::kOther);
    if (from >= to) return false;
    size_t at = next[from];
    if (at >= trigger.token && at < trigger.token + trigger.length) {
      size_t after = trigger.token + trigger.length;
      at = after < next.size() ? next[after] : f.tokens.size();
    }
    return at < to;
  }

  // Whether a phrase of `list` starts in tokens [from, to), date words included.
  bool HasPhrase(const SentenceFacts& f, const PhraseList& list, size_t from, size_t to) const {
    return from < to && NextCue(f, list, CueKind::kAnyWord)[from] < to;
  }

  // Per token i, the first token at or after i where a phrase of `list`
  // counts as a cue of `kind` (tokens.size() for none); one pass per sentence
  // and list.
  const std::vector<size_t>& NextCue(const SentenceFacts& f, const PhraseList& list, CueKind kind) const {
    auto [it, added] = f.next_cue.try_emplace({&list, static_cast<int>(kind)});
    std::vector<size_t>& next = it->second;
    if (!added) return next;
    const size_t n = f.tokens.size();
    next.assign(n + 1, n);
    for (size_t i = n; i-- > 0;) {
      ++Steps().cues;
      // (Nor in the dateline: "WASHINGTON, May 8 (Reuters) -" is no "may".)
      bool skip = kind != CueKind::kAnyWord &&
                  (f.in_date[i] || i < f.dateline_end ||
                   (kind == CueKind::kNegation ? f.negation_excepted[i] : f.modality_excepted[i]));
      next[i] = !skip && (list.LongestAt(f.tokens, i) || (kind != CueKind::kAnyWord && CueAcrossTime(f, list, i)))
                    ? i
                    : next[i + 1];
    }
    return next;
  }

  // Length of a cue of `list` whose first word is tokens[i] and whose others
  // follow the time mention right after it ("failed on Monday to adopt",
  // "refused last week to", "gagal pada Senin mencapai"), the mention
  // included; 0 when none. A date told inside a phrase does not undo it.
  // (Read from the time mentions, not in_date: trigger finding asks first.)
  size_t CueAcrossTime(const SentenceFacts& f, const PhraseList& list, size_t i) const {
    if (i + 1 >= f.tokens.size()) return 0;
    const size_t next = f.tokens[i + 1].begin;
    auto m = std::partition_point(f.times.begin(), f.times.end(), [&](const TimeMention& t) { return t.begin <= next; });
    if (m == f.times.begin() || std::prev(m)->begin != next) return 0;  // no mention starts right after it
    size_t resume = i + 1;
    while (resume < f.tokens.size() && f.tokens[resume].begin < std::prev(m)->end) ++resume;
    return list.LongestAcross(f.tokens, i, resume);
  }

  // No event from this trigger; with --explain, say which and why.
  std::nullopt_t Drop(const SentenceFacts& f, const TriggerMention& trigger, const std::string& reason) {
    if (explain_) {
      dropped_.push_back("\"" + Words(f, trigger.token, trigger.token + trigger.length) + "\" (" +
                         std::string(ToString(trigger.type)) + ") at byte " +
                         std::to_string(f.sentence.begin + f.tokens[trigger.token].begin) + ": " + reason);
    }
    return std::nullopt;
  }

  // --- the stages of one event ----------------------------------------------
  //
  // A trigger becomes an event in stages, each of which reads the sentence's
  // annotations (tokens, clauses, time mentions, actor mentions, cue
  // positions) and fills in part of one Candidate: its date, its parties,
  // their roles, its factuality. Between stages, named filters may drop it
  // (Drop says why, for --explain). Build runs them in order.

  static constexpr const char* kNoActorNamed = "no actor named (what happened needs who took part)";

  // What is decided about one trigger so far.
  struct Candidate {
    const TriggerMention* trigger = nullptr;
    size_t clause_begin = 0, clause_end = 0;
    size_t relative_begin = 0, relative_end = 0;  // the relative clause right after it, if any
    // The time mention that dates it, and how it was found.
    const TimeMention* chosen = nullptr;
    bool chosen_relative = false;  // in the relative clause after it
    size_t best = SIZE_MAX;        // its score: below 1000, in the trigger's clause
    bool own_date_in_clause = false;
    bool attribution_date = false;  // "..., security sources said Tuesday": the saying's
    bool told_day_dropped = false;  // an intrusion's or theft's attribution day, not taken
    DateSpan date;
    bool inherited_date = false;  // from the paragraph or the story, not its own
    bool possible_by_date = false;  // possible only for a date after publication
    bool vague_past = false;      // "previously": undated on purpose
    bool denied = false;          // told in what a denial denies ("denied that ...")
    bool definite = false;        // "the talks": names an event told already
    // The speaker a relative clause holding the trigger is said of (", which
    // urged"), and the pronoun's token (SpeakerBefore).
    const ActorMention* speaker = nullptr;
    size_t speaker_pronoun = SIZE_MAX;
    // Its parties: each actor with the token it stands at (the sentence's
    // length for one added from elsewhere).
    std::vector<std::pair<const ActorInfo*, size_t>> found;
    bool parties_in_clause = false;  // found in the trigger's clause, where word order says who acts
    bool subject_before = false;     // its subject is a pronoun for who the sentence before named
    size_t subject_begin = SIZE_MAX;  // where its subject begins, when a relative clause stands between
    // The event of the verb it is coordinated after ("condemned ... and
    // urged"), told in this sentence: it shares that event's subject; who is
    // named from coordinated_objects on, before the trigger, is that verb's
    // object (SIZE_MAX with no such event).
    const Event* coordinated = nullptr;
    size_t coordinated_objects = SIZE_MAX;
    // The type its parties give it, where the trigger's cannot be theirs
    // ("Houthi rebels seized a ship": no sanction by a group, an attack).
    std::optional<EventType> type_by_parties;
    Event event;
    Why why;
  };

  std::optional<Event> Build(const SentenceFacts& f, const TriggerMention& trigger,
                             const std::optional<DateSpan>& frame,
                             const std::vector<const ActorInfo*>& previous_actors,
                             const std::vector<Event>& earlier, bool definite = false) {
    // "North Korea fired two missiles ... The missiles were launched from
    // ...": a passive whose subject is definite tells the event told
    // already of its type, if one was, and gives no time of its own.
    definite = definite || (f.times.empty() && earlier_.last_by_type.count(trigger.type) &&
                            (DefiniteSubjectOfPassive(f, trigger) || DefiniteReferenceActs(f, trigger)));
    Candidate c = Open(f, trigger);
    c.definite = definite;
    c.speaker = SpeakerBefore(f, trigger, &c.speaker_pronoun);
    ChooseTimeMention(f, &c);
    if (c.speaker && !c.chosen) SpeakersDate(f, &c);
    DecideDate(f, frame, earlier, &c);
    if (definite) {  // told already, unless it did not or may happen
      Candidate probe = c;
      // (Not "may happen" for a date that is not its own, the named event's
      // or the paragraph's: "China mengkritik latihan tersebut" after a
      // sentence on when the drill ends.)
      if (!probe.own_date_in_clause || probe.inherited_date) probe.date = DateSpan{};
      DecideFactuality(f, &probe);
      // ("Latihan ... itu akan berlangsung hingga 7 Agustus": the drill told
      // already, going on until then.)
      // (Not put off until then: "the meeting was postponed until Friday".)
      const size_t date_token = probe.chosen ? MentionTokens(f, *probe.chosen).first : 0;
      const bool runs_until = probe.chosen && probe.own_date_in_clause &&
                              x_.until.at(lang_).count(f.tokens[date_token].folded) &&
                              !PutOffToDate(f, probe.clause_begin, date_token);
      if (probe.event.factuality == Factuality::kAsserted || runs_until || DeniedObject(f, trigger) ||
          SpokenOf(f, trigger) || Opposed(f, trigger) || AnsweredReference(f, trigger)) {
        if (probe.event.factuality == Factuality::kAsserted && RedatesTold(f, c, earlier)) {
          return Drop(f, trigger, "a definite reference that gives the " + std::string(ToString(trigger.type)) +
                                      " told before a day of its own");
        }
        if (probe.event.factuality == Factuality::kAsserted && DatesUndated(c)) {
          return Drop(f, trigger, "a definite reference that dates the " + std::string(ToString(trigger.type)) +
                                      " told before without a time");
        }
        return Drop(f, trigger, "a definite reference to an event told already");
      }
      // "... are due to hold talks next week, but officials said the meeting
      // could be postponed": with no time of its own, the event its sentence
      // told before, not one of its own.
      if (!c.own_date_in_clause && EventOfTrigger(earlier, trigger)) {
        return Drop(f, trigger, "a definite reference, without a time of its own, to the " +
                                    std::string(ToString(trigger.type)) + " its sentence told before");
      }
      // "... are due to hold drills next week. North Korea warned it would
      // act if the drills went ahead": the drill told as one that may come,
      // named again as one that may come, is that one.
      if (auto told = earlier_.last_by_type.find(trigger.type);
          !c.own_date_in_clause && probe.event.factuality == Factuality::kPossible &&
          told != earlier_.last_by_type.end() && told->second < earlier.size() &&
          earlier[told->second].factuality == Factuality::kPossible) {
        return Drop(f, trigger, "a definite reference, without a time of its own, to the " +
                                    std::string(ToString(trigger.type)) + " told before as one that may come");
      }
    }
    if (OfASeries(f, trigger)) {
      return Drop(f, trigger, "a kind of event (\"the latest in a string of\"), not one");
    }
    if (trigger.type == EventType::kReport && !c.own_date_in_clause) {
      return Drop(f, trigger, "a report without a time of its own in its clause");
    }
    if (trigger.type == EventType::kReport && SayingInDescription(f, trigger)) {
      return Drop(f, trigger, "a saying inside what describes a noun (\"firms that it said had ...\"), no finding of its own");
    }
    if (trigger.type == EventType::kReport && SaysSpeechAct(f, trigger)) {
      return Drop(f, trigger, "a saying that is its speaker's speech act (\"said it opposed\"), no finding");
    }
    if (trigger.type == EventType::kReport && AnnouncesPlan(f, trigger)) {
      return Drop(f, trigger, "a plan announced, not a finding: a statement (SPEC §7)");
    }
    if (std::string reason = FindParties(f, previous_actors, earlier, &c); !reason.empty()) {
      // What did not or may happen ("the next round is scheduled for next
      // week") is worth telling without its parties; what happened needs them.
      Candidate probe = c;
      DecideFactuality(f, &probe);
      bool unnamed_ok = reason == kNoActorNamed && probe.event.factuality != Factuality::kAsserted;
      if (!unnamed_ok) return Drop(f, trigger, reason);
      c.why.actors = "none named (what did not or may happen is told without its parties)";
    }
    if (c.speaker && std::none_of(c.found.begin(), c.found.end(),
                                  [&](const auto& p) { return p.first == c.speaker->actor; })) {
      c.found.insert(c.found.begin(), {c.speaker->actor, c.speaker->token});  // before the trigger: it acts
    }
    if (const TriggerMention* first = CoordinatedAfter(f, trigger, c.clause_begin)) {
      c.coordinated = EventOfTrigger(earlier, *first);
      if (c.coordinated) c.coordinated_objects = first->token + first->length;
    } else if (size_t verb = VerbCoordinatedBefore(f, trigger, c.clause_begin); verb != SIZE_MAX) {
      c.coordinated_objects = verb + 1;
    } else if (size_t verb = ListingVerb(f, trigger, c.clause_begin); verb != SIZE_MAX) {
      c.coordinated_objects = verb + 1;
    }
    DecideRoles(f, &c);
    DecideFactuality(f, &c);
    if (c.denied && !c.own_date_in_clause) DateDenied(earlier, &c);
    // "Russia launched drones at Kyiv on Sunday. EU ministers are expected to
    // discuss a new aid package.": what may yet happen is not at the
    // paragraph's past time; it has no time of its own.
    if (c.event.factuality == Factuality::kPossible && c.inherited_date && c.date.known() && article_.published &&
        *c.date.end < *article_.published) {
      c.date = DateSpan{};
      c.inherited_date = false;
      c.why.date = "unknown: what may yet happen takes no past time from the paragraph";
    }
    // "perusahaan yang memasok bahan bakar jet kepada militer", "firms that
    // supply drone parts": what a relative clause says of a noun, with no
    // date of its own there, describes it; it tells no event. (What did not
    // or may happen there is kept: "talks that were due last week"; so is
    // what "previously" puts before the story: "which had previously warned".)
    if (size_t relative_end = RelativeClauseEnd(f, trigger.token); relative_end != SIZE_MAX &&
        c.event.factuality == Factuality::kAsserted && !c.vague_past && !OnStatement(f, trigger.token) &&
        !c.speaker) {
      size_t date_token = c.chosen ? MentionTokens(f, *c.chosen).first : SIZE_MAX;
      bool dated_there = c.chosen && RelativeClauseEnd(f, date_token) == relative_end;
      if (!dated_there) return Drop(f, trigger, "described in a relative clause, with no date of its own there");
      // "menjatuhkan sanksi terhadap lima perusahaan China yang memasok
      // komponen drone ke Rusia pada Selasa": a date closing the sentence
      // after the clause, taken already by the event the clause hangs on,
      // is that event's.
      if (date_token > trigger.token) {
        // (Until Merge an event's id is its trigger's byte offset: Finish.)
        const size_t open_byte = f.sentence.begin + f.tokens[RelativeClauseOpen(f, trigger.token)].begin;
        if (const Event* host = LatestOfSentence(earlier, [&](const Event& e) {
              return e.factuality == Factuality::kAsserted && e.date.start == c.date.start &&
                     e.date.end == c.date.end && std::strtoull(e.id.c_str(), nullptr, 10) < open_byte;
            })) {
          return Drop(f, trigger, "described in a relative clause; the date after it is the " +
                                      std::string(ToString(host->type)) + "'s it hangs on");
        }
      }
    }
    LendDate(f, earlier, &c);
    StatementIssuers(f, earlier, &c);
    // An asserted event with no time of its own is told with an unknown date
    // (SPEC §3), not dropped and not given the date of whatever came before
    // it (those borrowed dates were wrong more often than right). A later
    // definite reference with a time of its own dates it (DatesUndated).
    bool undated = false;
    if ((!c.date.known() || c.inherited_date) && c.event.factuality == Factuality::kAsserted && !c.vague_past) {
      // (From a sentence of ordinary length: building an event costs a pass
      // over its sentence, and a pathological one, a table pasted as one
      // sentence, holds trigger after trigger without a time.)
      const size_t kMaxTokens = 100;
      if (f.tokens.size() > kMaxTokens) return Drop(f, trigger, "asserted without a time of its own, in an overlong sentence");
      c.date = DateSpan{};
      c.inherited_date = false;
      c.why.date = c.told_day_dropped ? "unknown: no time of its own (the day it was told is not an intrusion's or theft's)"
                                      : "unknown: no time of its own";
      undated = true;
    }
    // "Korea Utara telah lama berargumen bahwa sanksi PBB dan latihan ...",
    // "has long argued that the drills ...": what has long been so is a state
    // of affairs, not an event, unless a date of its own says when.
    // (Nor is it possible only because the paragraph's time it took is
    // after publication: "Pyongyang has long denounced such drills".)
    if ((c.event.factuality == Factuality::kAsserted || (c.possible_by_date && c.inherited_date)) &&
        !c.own_date_in_clause &&
        (HasCue(f, x_.habitual.at(lang_), 0, trigger.token) ||
         HasCue(f, x_.habitual_after.at(lang_), trigger.token + trigger.length, c.clause_end))) {
      return Drop(f, trigger, "a state of affairs (a habitual cue, no date of its own)");
    }
    if (undated) undated_[trigger.type] = earlier.size();  // where Run puts it
    return Finish(f, &c);
  }

  // "North Korea fired two ballistic missiles at 5:34 a.m. on Friday":
  // where the sentence tells an event of a type with a time and another
  // trigger of that type without one, both name the one event; the undated
  // (asserted) ones go, and the undated events waiting for a later
  // reference to date them (undated_) follow the events that stay.
  static bool UndatedAsserted(const Event& e) { return !e.date.known() && e.factuality == Factuality::kAsserted; }
  void DropUndatedTwins(std::vector<Event>* events) {
    const size_t first = sentence_first_event_;
    auto undated = UndatedAsserted;
    std::set<EventType> dated;
    for (size_t k = first; k < events->size(); ++k) {
      if (!undated((*events)[k])) dated.insert((*events)[k].type);
    }
    std::vector<size_t> moved_to(events->size() - first, SIZE_MAX);  // SIZE_MAX: dropped
    size_t out = first;
    for (size_t k = first; k < events->size(); ++k) {
      if (undated((*events)[k]) && dated.count((*events)[k].type)) continue;
      if (out != k) (*events)[out] = std::move((*events)[k]);  // never onto itself: that would empty its strings
      moved_to[k - first] = out++;
    }
    if (out == events->size()) return;
    events->erase(events->begin() + out, events->end());
    for (auto it = undated_.begin(); it != undated_.end();) {
      const size_t at = it->second;
      if (at < first) {
        ++it;
      } else if (at - first < moved_to.size() && moved_to[at - first] != SIZE_MAX) {
        it->second = moved_to[at - first];
        ++it;
      } else {
        it = undated_.erase(it);
      }
    }
  }

  // Whether what a saying says opens with what is to come ("said it planned
  // to raise the incident", "said Beijing would take measures", "mengatakan
  // akan ..."): announcing a plan is a statement, not a report (SPEC §7).
  // Whether a saying goes straight on with a speech act of its speaker
  // ("menyatakan menentang keras penjualan senjata", "said it strongly
  // opposed the sale"): the saying is that act, not a finding. A date,
  // "that"/"bahwa" and a subject pronoun may stand between.
  bool SaysSpeechAct(const SentenceFacts& f, const TriggerMention& trigger) const {
    const size_t kBetween = 3;  // "said on Tuesday that it"
    size_t k = trigger.token + trigger.length;
    for (size_t seen = 0; k < f.tokens.size() && seen <= kBetween; ++k) {
      if (f.in_date[k]) continue;
      if (IsTriggerAt(f, k)) {
        auto at = std::partition_point(f.triggers.begin(), f.triggers.end(),
                                       [&](const TriggerMention& t) { return t.token < k; });
        return SpeechAct(at->type) && at->type != EventType::kStatement;
      }
      const std::string& word = f.tokens[k].folded;
      if (!x_.complementizers.at(lang_).count(word) && !x_.subject_pronouns.at(lang_).count(word) &&
          !x_.manner_adverbs.at(lang_).count(word)) {
        return false;
      }
      ++seen;
    }
    return false;
  }

  bool AnnouncesPlan(const SentenceFacts& f, const TriggerMention& trigger) const {
    const size_t kSubjectWords = 3;  // "said [on Tuesday] [that] Beijing would"
    size_t k = trigger.token + trigger.length;
    for (size_t seen = 0; k < f.tokens.size() && seen <= kSubjectWords; ++k) {
      if (f.in_date[k]) continue;
      if (HasCue(f, x_.modality.at(lang_), k, k + 1)) return true;
      if (!f.tokens[k].word) return false;
      ++seen;
    }
    return false;
  }

  // Whether a speech act's subject is a statement told before: "The
  // statement also urged ...", "Pernyataan itu juga mendesak ..." (a
  // statement noun with a determiner, a few words before the trigger).
  bool StatementSubject(const SentenceFacts& f, const Candidate& c) const {
    const size_t kBefore = 4;  // "Pernyataan bersama itu juga mendesak"
    if (!x_.speech_types.count(c.trigger->type)) return false;
    const std::vector<Token>& t = f.tokens;
    // (Past an aside between commas: "The statement, released on Sunday at
    // the close of the meeting, urged ...".)
    size_t end = c.trigger->token;
    const size_t kAsideTokens = 16;
    if (end > c.clause_begin + 1 && t[end - 1].Is(",")) {
      for (size_t k = end - 1; k > c.clause_begin && end - k < kAsideTokens; --k) {
        if (t[k - 1].Is(",")) {
          end = k - 1;
          break;
        }
      }
    }
    for (size_t k = end; k > c.clause_begin && end - k < kBefore; --k) {
      if (!x_.statement_nouns.at(lang_).count(t[k - 1].folded)) continue;
      bool determined = (k >= 2 && x_.definite_before.count(t[k - 2].folded)) ||
                        (k >= 3 && t[k - 2].word && x_.definite_before.count(t[k - 3].folded)) ||  // "the joint statement"
                        (k < t.size() && x_.definite_after.count(t[k].folded)) ||
                        (k + 1 < t.size() && x_.definite_after.count(t[k + 1].folded));
      return determined;
    }
    return false;
  }

  // Whether the relative clause holding token k is on a statement noun
  // ("a joint statement that also called on ...", "pernyataan bersama yang
  // mendesak ..."): the statement's own act, a speech act, not a description.
  bool OnStatement(const SentenceFacts& f, size_t k) const {
    const size_t kBetween = 3;    // "that also called", "yang juga mendesak"
    const size_t kModifiers = 2;  // "joint", "bersama"
    for (size_t j = k; j > 0 && k - j < kBetween && f.tokens[j - 1].word; --j) {
      const std::string& word = f.tokens[j - 1].folded;
      if (!x_.relative_pronouns.count(word) && !x_.relative_pronouns_after_words.count(word)) continue;
      for (size_t n = j - 1; n > 0 && j - 1 - n <= kModifiers; --n) {
        if (x_.statement_nouns.at(lang_).count(f.tokens[n - 1].folded)) return true;
      }
      return false;
    }
    return false;
  }

  // Where the first-person pronoun of a speech act ("urge", "mengecam")
  // stands: "we" or "kami" right before it, an adverb at most between ("We
  // strongly condemn"); SIZE_MAX when it is not said in the first person.
  size_t FirstPersonBefore(const SentenceFacts& f, const TriggerMention& trigger, size_t clause_begin) const {
    if (!SpeechAct(trigger.type) && trigger.type != EventType::kStatement) return SIZE_MAX;
    const size_t kBetween = 2;
    for (size_t k = trigger.token; k > clause_begin && trigger.token - k < kBetween;) {
      --k;
      if (x_.first_person.at(lang_).count(f.tokens[k].folded)) return k;
    }
    return SIZE_MAX;
  }

  // The comma closing a relative clause that opens the clause at `begin`
  // (", which brokered a truce ..., urged"), when it closes before `token`;
  // else SIZE_MAX.
  size_t ClosedRelativeBefore(const SentenceFacts& f, size_t begin, size_t token) const {
    size_t k = begin;
    if (k < f.tokens.size() && f.tokens[k].Is(",")) ++k;
    if (k >= f.tokens.size() || !x_.relative_pronouns.count(f.tokens[k].folded)) return SIZE_MAX;
    for (++k; k < token; ++k) {
      if (f.tokens[k].Is(",")) return k;
    }
    return SIZE_MAX;
  }

  // "condemned by the foreign ministry in Hanoi, which urged Beijing to
  // ...", "dikecam oleh China, yang mendesak ...": a speech act in a
  // relative clause on who speaks is that speaker's act, not a description
  // of a noun. Returns the speaker's mention (and where the pronoun stands),
  // else nullptr.
  const ActorMention* SpeakerBefore(const SentenceFacts& f, const TriggerMention& trigger, size_t* pronoun) const {
    if (!SpeechAct(trigger.type)) return nullptr;
    const size_t kBetween = 3;  // "which also urged", "yang juga mendesak"
    const size_t k = trigger.token;
    for (size_t j = k; j > 0 && k - j < kBetween && f.tokens[j - 1].word; --j) {
      const std::string& word = f.tokens[j - 1].folded;
      if (!x_.relative_pronouns.count(word) && !x_.relative_pronouns_after_words.count(word)) continue;
      size_t before = j - 1;  // the pronoun; the antecedent ends before it (and its comma)
      if (before > 0 && f.tokens[before - 1].Is(",")) --before;
      // (The mentions that can end there, a name's length back: no pass
      // over the sentence's actors per trigger.)
      const size_t kLongestName = 8;
      for (auto it = FirstActorFrom(f, before > kLongestName ? before - kLongestName : 0);
           it != f.actors.end() && it->token < before; ++it) {
        if (it->token + it->length == before) {
          *pronoun = j - 1;
          return &*it;
        }
      }
      return nullptr;
    }
    return nullptr;
  }

  // Whether token k is in a relative clause on a statement noun ("dalam
  // pernyataan yang disiarkan KCNA pada Kamis", "in a statement that was
  // released on Thursday").
  bool RelativeOnStatement(const SentenceFacts& f, size_t k) const {
    const size_t kModifiers = 2;  // "joint", "bersama"
    if (RelativeClauseEnd(f, k) == SIZE_MAX) return false;
    size_t open = RelativeClauseOpen(f, k);
    if (open < 2) return false;  // open: the word after the pronoun
    for (size_t n = open - 1; n > 0 && open - 1 - n <= kModifiers; --n) {
      if (x_.statement_nouns.at(lang_).count(f.tokens[n - 1].folded)) return true;
    }
    return false;
  }

  // Whether a trigger or a definite reference begins at token `k`.
  static bool StartsTrigger(const SentenceFacts& f, size_t k) { return IsTriggerAt(f, k) || StartsAt(f.definite, k); }
  static bool EndsAt(const TriggerMention& t, size_t k) { return t.token + t.length == k; }
  // The mention of `mentions` (in token order) that ends right before token
  // `k`, else null. (Mentions do not overlap: it is the last that starts
  // before k.)
  static const TriggerMention* EndingAt(const std::vector<TriggerMention>& mentions, size_t k) {
    auto at = std::partition_point(mentions.begin(), mentions.end(), [&](const TriggerMention& t) { return t.token < k; });
    return at != mentions.begin() && EndsAt(*std::prev(at), k) ? &*std::prev(at) : nullptr;
  }
  // Whether a trigger that is a noun (of either list) ends right before token `k`.
  bool EndsNounTrigger(const SentenceFacts& f, size_t k) const {
    for (const auto* list : {&f.triggers, &f.definite}) {
      const TriggerMention* t = EndingAt(*list, k);
      if (t && !Verb(f.tokens[t->token].folded)) return true;
    }
    return false;
  }

  // The trigger noun a date before it qualifies, past a modifier or two, when
  // a determiner opens the phrase ("the 2015 nuclear deal"): its token, else
  // SIZE_MAX. (A date right before the noun is the rule before it.)
  size_t ModifiedNounAfterDate(const SentenceFacts& f, size_t first, size_t last) const {
    const size_t kModifiers = 2;
    const bool determiner = x_.determiners.count(f.tokens[first].folded) ||  // "the 2015", as the tagger reads it
                            (first > 0 && x_.determiners.count(f.tokens[first - 1].folded));
    if (!determiner || last >= f.tokens.size()) return SIZE_MAX;
    for (size_t k = last + 1; k <= last + kModifiers && k < f.tokens.size(); ++k) {
      const Token& modifier = f.tokens[k - 1];
      if (!modifier.word || modifier.number || f.in_date[k - 1] || StartsTrigger(f, k - 1) || Verb(modifier.folded) ||
          x_.determiners.count(modifier.folded) || x_.place_prepositions.count(modifier.folded) ||
          x_.goal_prepositions.at(lang_).count(modifier.folded)) {
        return SIZE_MAX;
      }
      if (StartsTrigger(f, k) && !Verb(f.tokens[k].folded)) return IsTriggerAt(f, k) ? k : SIZE_MAX;
    }
    return SIZE_MAX;
  }

  // Whether a year after a determiner, itself after a verb or its
  // object, is a modifier of the noun after it ("respect the 2016 arbitral
  // ruling"): a lowercase word follows, no preposition, verb or time. (After
  // a preposition it may set the scene: "during the 2017 crisis".)
  bool YearOfObjectNoun(const SentenceFacts& f, const TimeMention& t, size_t first, size_t last) const {
    if (t.span.precision != DatePrecision::kYear || t.relative_to_event || last >= f.tokens.size()) return false;
    // ("the 2016", as the tagger reads it, or the determiner before it.)
    size_t determiner = first;
    if (!x_.determiners.count(f.tokens[determiner].folded)) {
      if (first == 0) return false;
      determiner = first - 1;
    }
    if (!x_.determiners.count(f.tokens[determiner].folded) || determiner == 0) return false;
    const Token& before = f.tokens[determiner - 1];
    if (!before.word || IsPreposition(f, determiner - 1)) return false;
    const Token& next = f.tokens[last];
    // (The noun itself a trigger, "the 2008 agreement", is dated by it.)
    for (size_t k = last; k < f.tokens.size() && k <= last + 2 && f.tokens[k].word; ++k) {
      if (StartsTrigger(f, k)) return false;
    }
    return next.word && !next.capitalized && !next.number && !f.in_date[last] && !Verb(next.folded) &&
           !IsPreposition(f, last) && !x_.determiners.count(next.folded);
  }

  // The trigger's clause and the relative clause right after it.
  Candidate Open(const SentenceFacts& f, const TriggerMention& trigger) const {
    Candidate c;
    c.trigger = &trigger;
    c.why.type = "trigger \"" + Words(f, trigger.token, trigger.token + trigger.length) + "\"" + trigger.retyped;
    std::tie(c.clause_begin, c.clause_end) = ClauseOf(f, trigger.token);
    std::tie(c.relative_begin, c.relative_end) = RelativeClauseAfter(f, trigger);
    AddressedSubject(f, &c);
    return c;
  }

  // "demanded that the Houthis stop attacking ships": the subject of what an
  // appeal asks, right after its complementizer, is whom it asks; the
  // trigger's clause reaches over that name (the complement's clause starts
  // at the complementizer).
  void AddressedSubject(const SentenceFacts& f, Candidate* c) const {
    const TriggerMention& trigger = *c->trigger;
    if (trigger.type != EventType::kAppeal) return;
    const auto& complementizers = x_.complementizers.at(lang_);
    size_t k = trigger.token + trigger.length;
    if (!complementizers.count(f.tokens[k - 1].folded)) {
      if (k >= f.tokens.size() || !complementizers.count(f.tokens[k].folded)) return;
      ++k;
    }
    if (k < f.tokens.size() && x_.determiners.count(f.tokens[k].folded)) ++k;
    auto named = FirstActorFrom(f, k);
    if (named == f.actors.end() || named->token != k || named->place) return;
    c->clause_end = std::max(c->clause_end, named->token + named->length);
  }

  // Which time mention dates it: the clause's own expression, then the
  // sentence's nearest. A clause opened by "after", "since", "setelah" tells
  // of another time: only its own dates count. A relative clause right after
  // the trigger ("the exercise, which was first held in June 2024") dates it
  // first.
  // A speech act said of its speaker in a relative clause with no time of
  // its own ("condemned on Tuesday by China, which urged ...") is dated by
  // the last time before the pronoun, as the speaker's clause is.
  void SpeakersDate(const SentenceFacts& f, Candidate* c) const {
    for (const TimeMention& t : f.times) {
      ++Steps().dates;
      if (MentionTokens(f, t).second > c->speaker_pronoun) break;
      if (!t.relative_to_event) c->chosen = &t;
    }
  }

  void ChooseTimeMention(const SentenceFacts& f, Candidate* c) const {
    const TriggerMention& trigger = *c->trigger;
    bool subordinate = x_.subordinators.at(lang_).LongestAt(f.tokens, c->clause_begin) > 0;
    for (const TimeMention& t : f.times) {
      ++Steps().dates;
      auto [token, last] = MentionTokens(f, t);  // last: one past the mention's last token
      bool in_clause = token < c->clause_end && last > c->clause_begin;
      if (subordinate && !in_clause) continue;
      // "... penjualan senjata yang disetujui Washington pekan lalu, dan
      // mendesak ...": a relative clause before the trigger dates what it
      // describes, not the trigger.
      // (Not a statement's: "dalam pernyataan yang disiarkan KCNA pada Kamis,
      // ... mengecam" is dated by it.)
      if (RelativeClauseEnd(f, token) <= trigger.token && !RelativeOnStatement(f, token)) continue;
      // "accused China's coast guard on Wednesday of ramming a supply boat":
      // a time between a verb of accusing and the act accused of is the
      // accusation's; the act happened before it.
      if (last <= trigger.token && Accused(f, token, trigger.token)) continue;
      // "the November 2024 ceasefire", "the 2015 nuclear deal": a date right
      // before another trigger's noun is that noun's.
      // (Not before a verb's: "urged its allies on Tuesday to send more
      // weapons", where the trigger opens with "to".)
      // (Nor before a participle after a time with its preposition:
      // "adopted a resolution on Friday demanding a ceasefire" dates both.)
      if (last < f.tokens.size() && last != trigger.token && !t.relative_to_event && StartsTrigger(f, last) &&
          !Verb(f.tokens[last].folded) && !x_.purpose_words.at(lang_).count(f.tokens[last].folded) &&
          !ParticipleAfterDate(f, token, last)) {
        continue;
      }
      // "menghormati kesepakatan gencatan senjata November 2024": a date
      // written in full right after a trigger noun, with no preposition of
      // its own, is that noun's. (Not a weekday: "menjatuhkan sanksi Senin",
      // "imposed sanctions Monday" date the verb.)
      if (token > 0 && !t.relative_to_event && !t.from_published && !IsPreposition(f, token) &&
          EndsNounTrigger(f, token) && !EndsAt(*c->trigger, token)) {
        continue;
      }
      // ("the 2015 nuclear deal", "the 2018 Singapore summit": after a
      // determiner, with a modifier or two before the noun.)
      if (size_t noun = ModifiedNounAfterDate(f, token, last); noun != SIZE_MAX && !t.relative_to_event) {
        if (noun != trigger.token) continue;
        c->best = 0;
        c->chosen = &t;
        continue;
      }
      // ("urged Beijing to respect the 2016 arbitral ruling": the year of a
      // verb's object that is no event dates nothing.)
      if (YearOfObjectNoun(f, t, token, last)) continue;
      // A date outside the clause belongs to the trigger nearest it. (Not one
      // in its own relative clause, which holds no other trigger: "the
      // talks, which were due on Monday, ...".)
      const bool own_relative = token >= c->relative_begin && token < c->relative_end;
      if (!in_clause && !t.relative_to_event && !own_relative &&
          (f.triggers.empty() || NearestTrigger(f, t).token != trigger.token)) {
        continue;
      }
      size_t distance = token > trigger.token ? token - trigger.token : trigger.token - token;
      // ("latihan ... yang akan berlangsung hingga 20 Maret", "drills that
      // will run until March 20": how long it runs, not when it was held.)
      const bool runs_until = x_.until.at(lang_).count(f.tokens[token].folded) > 0;
      // ("memulai latihan gabungan yang akan berlangsung hingga 20 Maret",
      // "began drills that will last until March 20": nor when the own
      // relative clause of a verb's object says so. A subject's may date a
      // reference: "Latihan yang ... itu akan berlangsung hingga 7 Februari".)
      if (runs_until && own_relative && token > trigger.token && trigger.token > 0 &&
          Verb(f.tokens[trigger.token - 1].folded)) {
        continue;
      }
      if (own_relative && !t.relative_to_event && !runs_until) {
        if (!c->chosen_relative || distance < c->best) {
          c->best = distance;
          c->chosen = &t;
          c->chosen_relative = true;
        }
        continue;
      }
      if (c->chosen_relative) continue;
      // "agreed to hold talks next week", "sepakat untuk menggelar
      // perundingan pekan depan": a time after a purpose's event ("to",
      // "untuk" right before a later trigger it is nearest) is that event's,
      // not the verb's that has it as its aim. (Not after a noun: "pertemuan
      // ... untuk membahas ... dijadwalkan bulan depan" is the meeting's.)
      if (in_clause && token > trigger.token && !t.relative_to_event && !f.triggers.empty() &&
          Verb(f.tokens[trigger.token].folded)) {
        const TriggerMention& owner = NearestTrigger(f, t);
        bool aim = false;
        // ("agreed to hold joint naval drills in May": modifiers between.)
        const size_t kAimReach = 5;
        for (size_t k = owner.token; k > trigger.token && owner.token - k < kAimReach; --k) {
          // (Not past a preposition: "berkomitmen memperkuat kerja sama
          // dalam pertemuan pada Selasa" is a meeting that was held.)
          aim = aim || x_.purpose_words.at(lang_).count(f.tokens[k - 1].folded) > 0 || ComplementVerbAt(f, k - 1);
          if (aim || IsPreposition(f, k - 1)) break;
        }
        // (Unless the time is past and the verb a call or warning: what it
        // asks for is to come, so "pressed Pyongyang to return to talks on
        // Monday", told on Tuesday, pressed on Monday.)
        const bool past = t.span.known() && article_.published && *t.span.end < *article_.published;
        if (aim && owner.token > trigger.token && owner.token < token && !(past && SpeechAct(trigger.type))) continue;
      }
      // And the other side: "agreed on Tuesday to hold talks next month":
      // a time before the purpose word that opens the trigger's phrase,
      // nearest the verb before it, is that verb's.
      if (token < trigger.token && last <= trigger.token && !t.relative_to_event && !f.triggers.empty()) {
        bool aim = false;
        for (size_t k = trigger.token; k > last && trigger.token - k < 3; --k) {
          aim = aim || x_.purpose_words.at(lang_).count(f.tokens[k - 1].folded) > 0 || ComplementVerbAt(f, k - 1);
        }
        // (Before the verb too: "pada Selasa sepakat menggelar perundingan".)
        if (aim && NearestTrigger(f, t).token != trigger.token) continue;
      }
      // A definite reference is dated by the event it names, not counted
      // from it ("The launch came three days after ...").
      if (c->definite && t.relative_to_event) continue;
      // A comma between them is a weaker boundary than a clause's.
      size_t commas = f.commas_before[std::max(token, trigger.token)] - f.commas_before[std::min(token, trigger.token)];
      // ("The launch came four days after the North fired two missiles
      // toward the East Sea on Friday": the event a counted phrase names
      // after it takes a day of its own over the count.)
      const size_t kCountedNamed = 50;
      const bool counted_named = t.relative_to_event && t.names_event_after && token < trigger.token;
      size_t score = distance + 100 * commas + (in_clause ? 0 : 1000) + (counted_named ? kCountedNamed : 0);
      if (score < c->best) {
        c->best = score;
        c->chosen = &t;
      }
    }
    c->own_date_in_clause = c->chosen && c->best < 1000;  // the clause's, commas or not
    // "..., security sources said Tuesday": told with the saying after the
    // trigger, the day may be the saying's; a day of the event's own, told
    // later, wins (RedatesTold).
    if (c->chosen && !c->chosen_relative) {
      size_t mention = MentionTokens(f, *c->chosen).first;
      for (size_t k = mention; k > trigger.token + trigger.length && mention - k < 3; --k) {
        if (std::binary_search(f.attribution_starts.begin(), f.attribution_starts.end(), k - 1)) c->attribution_date = true;
      }
      // ("Hackers breached the networks of defence firms, police said on
      // Tuesday": an intrusion or theft is told when it is found out; the
      // saying's day is not its own.)
      if (c->attribution_date && (trigger.type == EventType::kCyberattack || trigger.type == EventType::kTheft)) {
        c->chosen = nullptr;
        c->best = SIZE_MAX;
        c->own_date_in_clause = false;
        c->told_day_dropped = true;
      }
    }
    // A report's date must be its own, not that of an event it names: the
    // trigger nearest the date is the report's (or the date is in the
    // relative clause on the report: "laporan ... yang dirilis Februari lalu").
    if (trigger.type == EventType::kReport && c->chosen && !c->chosen_relative && !f.triggers.empty() &&
        NearestTrigger(f, *c->chosen).type != EventType::kReport) {
      c->own_date_in_clause = false;
    }
    // ... and not an aside's: a date between two commas, with the trigger
    // outside them ("Marcos, selaku Ketua ASEAN tahun ini, mengatakan", "the
    // envoy, in office since 2019, said") dates the aside, while "On Tuesday,
    // the ministry said" keeps its date.
    if (trigger.type == EventType::kReport && c->chosen && InAside(f, *c->chosen, trigger.token)) {
      c->own_date_in_clause = false;
    }
  }

  // Whether the name at `token`, after the trigger, follows a phrase that
  // puts the harm on someone, a determiner or possessive between ("which
  // the FBI attributed to North Korea's Lazarus Group").
  bool PerpetratorAt(const SentenceFacts& f, const TriggerMention& trigger, size_t token) const {
    if (token <= trigger.token || token >= f.tokens.size()) return false;
    const PhraseList& put_on = x_.perpetrator_before.at(lang_);
    // Back over the words of the name's phrase: a determiner, a possessor
    // ("North Korea's"), capitalised words.
    const size_t kPhraseTokens = 5;
    for (size_t k = token; k > trigger.token && token - k <= kPhraseTokens; --k) {
      if (put_on.EndsBefore(f.tokens, k)) return true;
      const Token& before = f.tokens[k - 1];
      const bool of_phrase = x_.determiners.count(before.folded) || before.Is("'") || before.Is("\xE2\x80\x99") ||
                             x_.possessive_endings.at(lang_).count(before.folded) || (before.word && before.capitalized);
      if (!of_phrase) return false;
    }
    return false;
  }

  // Whether the name at [token, end) says who attributes a harm, right
  // before the phrase that puts it on someone ("which the FBI attributed
  // to"): no party to it.
  bool AttributorAt(size_t end, const SentenceFacts& f) const {
    return end < f.tokens.size() && x_.perpetrator_before.at(lang_).LongestAt(f.tokens, end) > 0;
  }

  // The actor that opens the clause a complementizer opens right after the
  // trigger (a time between): "warned on Tuesday that the United States
  // would pay", "memperingatkan bahwa Seoul akan". Null if none.
  const ActorMention* ComplementSubject(const SentenceFacts& f, const TriggerMention& trigger) const {
    const size_t kSubjectTokens = 3;  // "that the United States"
    size_t k = trigger.token + trigger.length;
    while (k < f.tokens.size() && f.in_date[k]) ++k;
    if (k >= f.tokens.size() || !x_.complementizers.at(lang_).count(f.tokens[k].folded)) return nullptr;
    for (auto a = FirstActorFrom(f, k + 1); a != f.actors.end() && a->token <= k + kSubjectTokens; ++a) {
      if (!a->place) return &*a;
    }
    return nullptr;
  }

  // The first actor named after the comma that closes a meeting opening
  // the sentence ("During talks with X on Tuesday, Y ..."), within a few
  // words of it, else null.
  const ActorMention* FrontedMeetingSubject(const SentenceFacts& f, const TriggerMention& trigger) const {
    const size_t kOpening = 3, kPhraseTokens = 14, kSubjectTokens = 4;
    if (trigger.type != EventType::kMeeting || trigger.token > kOpening) return nullptr;
    bool fronted = false;
    for (size_t k = 0; k < trigger.token && !fronted; ++k) fronted = x_.fronted_settings.at(lang_).count(f.tokens[k].folded) > 0;
    if (!fronted) return nullptr;
    for (size_t k = trigger.token + trigger.length; k < f.tokens.size() && k < trigger.token + kPhraseTokens; ++k) {
      if (!f.tokens[k].Is(",")) continue;
      for (auto a = FirstActorFrom(f, k + 1); a != f.actors.end() && a->token <= k + kSubjectTokens; ++a) {
        if (!a->place) return &*a;
      }
      return nullptr;
    }
    return nullptr;
  }

  // Whether the name at `token` follows a phrase of support, a determiner
  // between at most ("in solidarity with the Palestinians").
  bool SupportedAt(const SentenceFacts& f, size_t token) const {
    const PhraseList& support = x_.support_before.at(lang_);
    return support.EndsBefore(f.tokens, token) ||
           (token > 0 && x_.determiners.count(f.tokens[token - 1].folded) && support.EndsBefore(f.tokens, token - 1));
  }

  // Whether a verb of accusing stands a few words before token `mention`,
  // in the clause of `trigger`, after it: "accused Manila on Tuesday of",
  // "menuding Filipina pada Selasa".
  bool Accused(const SentenceFacts& f, size_t mention, size_t trigger) const {
    const size_t kObjectWords = 6;  // "accused China's coast guard on ..."
    for (size_t k = mention, seen = 0; k > 0 && seen < kObjectWords; --k, ++seen) {
      if (f.tokens[k - 1].Is(",")) return false;
      if (x_.accusation_verbs.at(lang_).count(f.tokens[k - 1].folded)) return ClauseOf(f, k - 1).first == ClauseOf(f, trigger).first;
    }
    return false;
  }

  // Its date: the story's time ("this time"), counted from an event ("a day
  // after"), its own mention, the event it is told at ("at that meeting"),
  // else the paragraph's frame or the story's (inherited: an asserted event
  // must find better, LendDate); "previously" leaves it undated.
  void DecideDate(const SentenceFacts& f, const std::optional<DateSpan>& frame, const std::vector<Event>& earlier,
                  Candidate* c) const {
    const TriggerMention& trigger = *c->trigger;
    const TimeMention* chosen = c->chosen;
    DateSpan& date = c->date;
    // "kali ini", "this time": the time of the story's main event, unless a
    // date stands nearer the trigger than the cue ("unlike in August 2022,
    // this time China did not fire" is not dated 2022).
    bool story_time = false;
    if (StoryDate(earlier)) {
      size_t date_token = chosen ? TokenAt(f, chosen->begin) : SIZE_MAX;
      size_t date_distance = chosen ? (date_token > trigger.token ? date_token - trigger.token
                                                                   : trigger.token - date_token)
                                    : SIZE_MAX;
      for (size_t k = c->clause_begin; k < c->clause_end && !story_time; ++k) {
        if (!x_.story_time.at(lang_).LongestAt(f.tokens, k)) continue;
        size_t distance = k > trigger.token ? k - trigger.token : trigger.token - k;
        story_time = distance < date_distance;
      }
    }
    if (story_time) {
      date = *StoryDate(earlier);
      date.text.clear();
      c->why.date = "the story's time (a cue such as \"this time\" in the clause)";
    } else if (chosen && chosen->relative_to_event &&
               (chosen->offset_in_months || chosen->offset_years || chosen->offset_weeks)) {
      // "the following month", "a year later", "setahun kemudian": the month
      // or year of the event it counts from (a date the sentence gives
      // before it, else the latest event of the type it names, else the
      // latest dated event told before), moved on.
      std::optional<date::sys_days> from;
      for (const TimeMention& m : f.times) {
        if (m.begin < chosen->begin && !m.relative_to_event && m.span.known()) from = m.span.start;
      }
      for (EventType type : f.referenced_types) {
        auto it = earlier_.last_dated_by_type.find(type);
        if (!from && it != earlier_.last_dated_by_type.end()) from = earlier[it->second].date.start;
      }
      if (!from && earlier_.last_dated) from = earlier[*earlier_.last_dated].date.start;
      // "They come a month after Britain blacklisted five firms": the event
      // the phrase names after it, in the phrase's own clause, is the
      // earlier one, that long before.
      int sign = 1;
      const size_t phrase_end = TokenAt(f, chosen->end - 1) + 1;
      if (chosen->names_event_after && trigger.token >= phrase_end) {
        sign = -1;
        for (size_t k = phrase_end; k < trigger.token && sign < 0; ++k) {
          if (f.tokens[k].Is(",")) sign = 1;  // "A month after the summit, Japan imposed ...": counted on
        }
      }
      if (from) {
        date::year_month_day day{*from};
        if (chosen->offset_weeks) {
          const unsigned kMonday = 1;
          const date::sys_days monday = *from - date::days(date::weekday{*from}.iso_encoding() - kMonday);
          const date::sys_days start = monday + date::days(7 * sign * chosen->offset_weeks);
          date = DateSpan{start, start + date::days(6), DatePrecision::kWeek, ""};
        } else if (chosen->offset_years) {
          int year = static_cast<int>(day.year()) + sign * chosen->offset_years;
          date = DateSpan{date::sys_days{date::year{year} / date::January / 1},
                          date::sys_days{date::year{year} / date::December / 31}, DatePrecision::kYear, ""};
        } else {
          date::year_month month = day.year() / day.month() + date::months(sign * chosen->offset_months);
          date = DateSpan{date::sys_days{month / 1}, date::sys_days{month / date::last}, DatePrecision::kMonth, ""};
        }
        date.text = chosen->span.text;
      }
      c->why.date = "\"" + chosen->span.text + "\", counted from the event it refers to";
    } else if (chosen && chosen->relative_to_event) {
      // "keesokan harinya": the day after the last dated event told before;
      // "[the unveiling] came a day after [the drill]": the day before it.
      int offset = chosen->offset_days;
      if (chosen->names_event_after && f.tokens[trigger.token].begin > chosen->begin &&
          !FrontedBeforeComma(f, *chosen, trigger)) {
        offset = -offset;
      }
      c->why.date = "\"" + chosen->span.text + "\", counted from the event it refers to";
      // Counted from a day the sentence gives before the phrase ("said on
      // Thursday that ... earlier in the day", "fired on Saturday, a day
      // after ..."), else from the last event told before this sentence.
      const TimeMention* anchor = nullptr;
      for (const TimeMention& m : f.times) {
        if (m.begin < chosen->begin && !m.relative_to_event && m.span.known() &&
            m.span.precision == DatePrecision::kDay && *m.span.start == *m.span.end) {
          anchor = &m;
        }
      }
      // Else from the day of the event named after it ("soon after talks on
      // Friday", "a day after the drills that began on Monday"): the first
      // day told after the phrase, a few words on.
      const size_t kNamedEventWords = 8;
      const size_t phrase_end = TokenAt(f, chosen->end - 1) + 1;
      auto after = std::partition_point(f.times.begin(), f.times.end(),
                                        [&](const TimeMention& m) { return m.begin < chosen->end; });
      for (auto m = after; !anchor && m != f.times.end() && TokenAt(f, m->begin) <= phrase_end + kNamedEventWords; ++m) {
        if (m->relative_to_event || !m->span.known() || m->span.precision != DatePrecision::kDay ||
            *m->span.start != *m->span.end) {
          continue;
        }
        anchor = &*m;
      }
      if (anchor) {
        date = DaySpan(*anchor->span.start + date::days(offset));
        date.text = chosen->span.text;
      }
      // "Sehari setelah serangan itu", "a day after the drill": from the
      // latest event of the type the sentence names, if it names one.
      // (The latest events of the types named and the latest of all, among
      // those told before this sentence, from the index.)
      bool named = false;
      std::optional<size_t> of_type;
      for (EventType type : f.referenced_types) {
        auto it = earlier_.last_day_by_type.find(type);
        if (it != earlier_.last_day_by_type.end()) of_type = std::max(of_type.value_or(0), it->second);
      }
      if (!anchor && of_type) {
        // Counted from the named event itself: "a day after" it is +1.
        // (Not yet when the named event is the phrase's subject, "The launch
        // came two days after the allies held drills": docs/extraction.md,
        // known misses; counting back raised dev and not check.)
        date = DaySpan(*earlier[*of_type].date.start + date::days(chosen->offset_days));
        date.text = chosen->span.text;
        named = true;
      }
      // "Sehari sebelum insiden, ...", "a day after the incident": the
      // story's first event told with a day is what "the incident" names.
      if (!anchor && !named && IncidentNamedAfter(f, *chosen)) {
        // (From the index only: no pass over the sentence's events per trigger.)
        const Event* first = earlier_.first_dated ? &earlier[*earlier_.first_dated] : nullptr;
        if (first && first->date.precision == DatePrecision::kDay) {
          date = DaySpan(*first->date.start + date::days(offset));
          date.text = chosen->span.text;
          named = true;
        }
      }
      // ("The envoys held phone talks later in the day", opening a
      // paragraph after one of background: the story's day, when the story
      // has one.)
      const Event* story = earlier_.first_dated ? &earlier[*earlier_.first_dated] : nullptr;
      const bool story_day = !anchor && !named && chosen->story_day && !frame && story &&
                             story->date.precision == DatePrecision::kDay;
      if (story_day) {
        date = DaySpan(*story->date.start);
        date.text = chosen->span.text;
      } else if (!anchor && !named && earlier_.last_day) {
        date = DaySpan(*earlier[*earlier_.last_day].date.start + date::days(offset));
        date.text = chosen->span.text;
      } else if (!anchor && !named && previous_day_) {
        // "Mali expelled the envoy on Monday. The expulsion came two days
        // after militants attacked ...": no event told before has a day
        // (the expulsion is of no type here), the sentence before does.
        date = DaySpan(*previous_day_->start + date::days(offset));
        date.text = chosen->span.text;
      }
    } else if (chosen && !chosen->open_ended) {
      date = chosen->span;
      c->why.date = "\"" + chosen->span.text + "\"" +
                    (c->chosen_relative ? ", in the relative clause after the trigger"
                     : c->best == SIZE_MAX ? ", the time of the speaker's clause (SpeakersDate)"
                     : c->best < 1000   ? ", the nearest in the trigger's clause"
                                        : ", the nearest in the sentence, outside the clause");
    } else if (auto told = earlier_.last_dated_by_type.find(trigger.type);
               c->definite && told != earlier_.last_dated_by_type.end()) {
      // "had not taken part in the Israeli raids": the raids told already.
      date = earlier[told->second].date;
      date.text.clear();
      c->why.date = "that of the " + std::string(ToString(trigger.type)) + " told already, which it names";
    } else if (frame) {
      // The paragraph's time frame: for what is negated or possible; an
      // asserted event is dated by its actors' earlier event (below).
      date = *frame;
      date.text.clear();
      c->inherited_date = true;
      c->why.date = "the paragraph's time frame (its last event or date)";
    } else if (!earlier.empty()) {
      // The story goes on where it was: the first event of the same type
      // (the one the story is about, which a negation qualifies), else the
      // last dated event.
      const Event* from = FirstDated(earlier, &trigger.type);
      if (!from && earlier.back().date.known()) from = &earlier.back();
      if (from) {
        date = from->date;
        date.text.clear();
        c->inherited_date = true;
        c->why.date = "the story's first event of its type, or its last dated one";
      }
    }
    // "yang sebelumnya telah memperingatkan", "had previously warned": an
    // event before the story at no time told. It happened, undated; it takes
    // no date from the events around it.
    c->vague_past = !c->own_date_in_clause &&
                    HasCue(f, x_.vague_past.at(lang_), c->clause_begin, std::min(c->clause_end, trigger.token + 1));
    if (c->vague_past) {
      date = DateSpan{};
      c->inherited_date = false;
      c->why.date = "undated: told as before the story at no time (\"previously\")";
    }
  }

  // Whether a definite reference with a day of its own ("The attack
  // occurred on Monday") redates the last event of its type, told with a
  // date not its own (the attribution's: "..., security sources said
  // Tuesday"): then redated_ says to which day.
  bool RedatesTold(const SentenceFacts& f, const Candidate& c, const std::vector<Event>& earlier) {
    if (!c.own_date_in_clause || !c.chosen || c.chosen->relative_to_event || c.chosen->open_ended || !c.date.known() ||
        c.date.precision != DatePrecision::kDay) {
      return false;
    }
    // The day must be the reference's, not another event's told beside it
    // ("The launch is the latest ..., including the firing of cruise
    // missiles on Wednesday"): a few words from it, no trigger nearer.
    const size_t mention = MentionTokens(f, *c.chosen).first;
    const size_t distance = mention > c.trigger->token ? mention - c.trigger->token : c.trigger->token - mention;
    const size_t kNear = 5;  // "The attack occurred on Monday", "Serangan itu terjadi pada Senin"
    if (distance > kNear) return false;
    // ("The clashes followed a landmine blast on Wednesday": the blast's.)
    for (size_t k = std::min(mention, c.trigger->token); k < std::max(mention, c.trigger->token); ++k) {
      if (x_.sequence_words.at(lang_).LongestAt(f.tokens, k) > 0) return false;
    }
    if (!f.triggers.empty()) {
      const TriggerMention& nearest = NearestTrigger(f, *c.chosen);
      const size_t other = mention > nearest.token ? mention - nearest.token : nearest.token - mention;
      if (other < distance) return false;
    }
    auto told = earlier_.last_by_type.find(c.trigger->type);
    if (told == earlier_.last_by_type.end()) return false;
    const Event& event = earlier[told->second];
    const bool own = event.confidence >= 0.7;  // Finish: 0.7 for a date of its own clause
    // (A day of its own stays, unless the reference gives the days around
    // it: "menutup KTT ... pada hari Sabtu", then "KTT yang berlangsung pada
    // 8–9 Mei 2026 itu" spans the summit.)
    const bool spans_it = event.date.known() && *c.date.start <= *event.date.start && *c.date.end >= *event.date.end;
    if ((own && !spans_it) || !event.date.known() || event.factuality != Factuality::kAsserted || event.date == c.date) {
      return false;
    }
    redated_.push_back({told->second, c.date});
    redated_.back().second.text = c.chosen->span.text;
    return true;
  }

  // Whether a definite reference with a time of its own dates the last
  // event of its type dropped undated, none of its type told since: then
  // that event is told, with this time (to referred_).
  bool DatesUndated(const Candidate& c) {
    auto pending = undated_.find(c.trigger->type);
    if (pending == undated_.end() || !c.own_date_in_clause || !c.chosen || c.chosen->relative_to_event ||
        c.chosen->open_ended || !c.date.known()) {
      return false;
    }
    // Only the last of its type: with another told since, the reference
    // may name that one.
    auto told = earlier_.last_by_type.find(c.trigger->type);
    const size_t index = pending->second;
    undated_.erase(pending);
    if (told == earlier_.last_by_type.end() || told->second != index) return false;
    redated_.push_back({index, c.date});
    redated_.back().second.text = c.chosen->span.text;
    return true;
  }

  // "membantah tudingan itu", "denied the accusations": what a denial verb
  // takes as its object (a determiner between) is a claim denied, not an
  // event that did not happen.
  bool DeniedObject(const SentenceFacts& f, const TriggerMention& trigger) const {
    if (Verb(f.tokens[trigger.token].folded)) return false;  // "membantah melancarkan serangan itu"
    for (size_t k = trigger.token, seen = 0; k > 0 && seen < 2; --k, ++seen) {
      const Token& before = f.tokens[k - 1];
      if (x_.determiners.count(before.folded)) continue;
      return Verb(before.folded) && x_.negation.at(lang_).LongestAt(f.tokens, k - 1) > 0;
    }
    return false;
  }

  // "declined to comment on the strike", "tidak akan mengomentari serangan
  // tersebut", "did not condemn the attack": an event told already, spoken
  // of (a topic preposition and determiners between); the negation is the
  // speaking's.
  bool SpokenOf(const SentenceFacts& f, const TriggerMention& trigger) const {
    const size_t kMaxBetween = 6;  // "on the Israeli air strike", "on North Korea's missile launches"
    for (size_t k = trigger.token, seen = 0; k > 0 && seen < kMaxBetween; --k, ++seen) {
      const std::string& before = f.tokens[k - 1].folded;
      if (x_.commenting_verbs.at(lang_).count(before)) return true;
      // ("stopped short of condemning the attack", "enggan mengecam serangan
      // tersebut": the object of a speech act, negated or not.)
      if (const TriggerMention* act = EndingAt(f.triggers, k); act && SpeechAct(act->type)) return true;
      // ("discuss North Korea's missile launches": a possessive between.)
      const bool possessive = x_.possessive_endings.at(lang_).count(before) || f.tokens[k - 1].Is("'") ||
                              f.tokens[k - 1].Is("\xE2\x80\x99");
      if (!x_.determiners.count(before) && !x_.topic_prepositions.at(lang_).count(before) && !f.tokens[k - 1].capitalized &&
          !f.tokens[k - 1].word && !possessive) {
        return false;
      }
      if (Verb(before) && !x_.topic_prepositions.at(lang_).count(before)) return false;
    }
    return false;
  }

  // Whether a definite reference is what a reaction is aimed at
  // ("vowed resolute countermeasures against the drills", "langkah balasan
  // terhadap latihan tersebut"): the event told before, not one that may
  // come because the reaction may.
  bool Opposed(const SentenceFacts& f, const TriggerMention& trigger) const {
    const size_t kDeterminers = 2;
    for (size_t k = trigger.token, seen = 0; k > 0 && seen <= kDeterminers; --k, ++seen) {
      const std::string& before = f.tokens[k - 1].folded;
      if (x_.opposition_prepositions.at(lang_).count(before)) return true;
      if (!x_.determiners.count(before)) return false;
    }
    return false;
  }

  // "vowed to bolster its deterrent in response to the drills", "sebagai
  // tanggapan atas latihan itu": what a reaction answers is the event told,
  // whatever the reaction may yet do.
  bool AnsweredReference(const SentenceFacts& f, const TriggerMention& trigger) const {
    size_t k = trigger.token;
    if (k > 0 && x_.determiners.count(f.tokens[k - 1].folded)) --k;
    return x_.reference_before.at(lang_).EndsBefore(f.tokens, k);
  }

  // Whether a capitalized name stands right before the trigger, after a
  // determiner ("The Freedom Shield exercise", "the Talisman Sabre drills").
  bool NamedBefore(const SentenceFacts& f, const TriggerMention& trigger) const {
    size_t k = trigger.token;
    while (k > 0 && f.tokens[k - 1].word && f.tokens[k - 1].capitalized &&
           !x_.definite_before.count(f.tokens[k - 1].folded)) {
      --k;
    }
    return k < trigger.token && k > 0 && x_.definite_before.count(f.tokens[k - 1].folded);
  }

  // Whether a trigger starts at token `k` (triggers are in token order).
  static bool IsTriggerAt(const SentenceFacts& f, size_t k) { return StartsAt(f.triggers, k); }
  // Whether one of `mentions` (in token order) begins at token `k`.
  static bool StartsAt(const std::vector<TriggerMention>& mentions, size_t k) {
    auto at = std::partition_point(mentions.begin(), mentions.end(), [&](const TriggerMention& t) { return t.token < k; });
    return at != mentions.end() && at->token == k;
  }

  // Whether the actor named at `token` is named as an organ of its state
  // ("Vietnam's foreign ministry").
  static bool OfficialAt(const SentenceFacts& f, size_t token, const ActorInfo* actor) {
    for (auto a = FirstActorFrom(f, token); a != f.actors.end() && a->token == token; ++a) {
      if (a->actor == actor) return a->official;
    }
    return false;
  }

  // The first actor mention at or after `token` (mentions are in token
  // order): a search, so that a long sentence's many names cost no scan.
  static std::vector<ActorMention>::const_iterator FirstActorFrom(const SentenceFacts& f, size_t token) {
    return std::partition_point(f.actors.begin(), f.actors.end(),
                                [&](const ActorMention& m) { return m.token < token; });
  }

  // Who a trigger's possessor names: in a language whose possessor follows
  // its noun, the actor right after a noun trigger or inside its last words
  // ("latihan militer" + "militer China"); in one whose possessor precedes
  // it, the actor right before the trigger ("a North Korean missile
  // launch", "Israeli strikes"). Null when none, or for a meeting's parties.
  const ActorInfo* PossessorOf(const SentenceFacts& f, const TriggerMention& trigger) const {
    const WordSet& position = x_.possessor_position.at(lang_);
    if (x_.participant_types.count(trigger.type) || trigger.type == EventType::kReport) return nullptr;
    const size_t end = trigger.token + trigger.length;
    const size_t kLongestName = 8;  // a name before it ends at the trigger
    for (auto it = FirstActorFrom(f, trigger.token > kLongestName ? trigger.token - kLongestName : 0);
         it != f.actors.end(); ++it) {
      const ActorMention& a = *it;
      if (a.place) continue;
      if (position.count("before") && a.token + a.length == trigger.token) return a.actor;
      // ("latihan bersama Filipina": after a word of company, the name is a
      // partner, not the possessor.)
      if (position.count("after") && a.token > trigger.token && a.token <= end &&
          !Verb(f.tokens[trigger.token].folded) && !x_.comitatives.at(lang_).count(f.tokens[end - 1].folded)) {
        return a.actor;
      }
      if (a.token > end) break;
    }
    return nullptr;
  }

  // Whether a word starts with a verb prefix ("me", "ber", "di", "ter").
  bool PrefixedVerb(const std::string& word) const { return PrefixOf(word, x_.verb_prefixes.at(lang_)); }

  // Whether token k is a verb that a verb trigger right before it takes as
  // its complement, where a language joins them with no "to": "sepakat
  // menunda", "setuju menggelar". What the complement does is its own act,
  // as after "to" or "untuk".
  bool ComplementVerbAt(const SentenceFacts& f, size_t k) const {
    return k > 0 && k < f.tokens.size() && PrefixedVerb(f.tokens[k].folded) &&
           IsTriggerAt(f, k - 1) && Verb(f.tokens[k - 1].folded);
  }

  // Whether a word is a verb, not a noun ("urged", "mendesak", not "drills"):
  // listed, or by a prefix or ending of its language (data: verbs).
  bool Verb(const std::string& word) const {
    if (x_.verb_words.at(lang_).count(word)) return true;
    if (PrefixedVerb(word)) return true;
    return EndsIn(word, x_.verb_endings.at(lang_));
  }

  // Its parties: those of the clause (places aside), else the sentence's,
  // else the previous sentence's ("mereka", "they"), else (the next of a
  // series) those of the series' last event; with the action a condemnation
  // or warning answers. Returns why it has none that will do, or "".
  std::string FindParties(const SentenceFacts& f, const std::vector<const ActorInfo*>& previous_actors,
                          const std::vector<Event>& earlier, Candidate* c) const {
    const TriggerMention& trigger = *c->trigger;
    const size_t clause_begin = c->clause_begin;
    std::vector<std::pair<const ActorInfo*, size_t>>& found = c->found;
    // "according to X", "kata X": X is the source, not an actor, up to the
    // next comma or clause.
    Attributed attributed(f, trigger.token);
    // "The coast guard said Chinese vessels fired ...": who speaks before an
    // attribution verb that precedes the trigger is the source too.
    // (Those before the last attribution verb of the clause before the
    // trigger: an earlier verb reaches less far, and has the later one's
    // possessives after it too.)
    size_t speakers_end = clause_begin;
    auto verb = std::lower_bound(f.attribution_starts.begin(), f.attribution_starts.end(), trigger.token);
    if (verb != f.attribution_starts.begin() && *(verb - 1) >= clause_begin) {
      size_t i = *(verb - 1);
      // "The army said its aircraft struck ...": the speaker's own act.
      bool own = false;
      for (size_t k = i + 1; k < trigger.token && !own; ++k) own = x_.possessives.count(f.tokens[k].folded) > 0;
      if (!own) speakers_end = i;
    }
    // "The Philippines condemned China for firing water cannon", "FBI
    // menuduh Korea Utara berada di balik pencurian": who condemns, accuses,
    // urges or warns before the trigger in its clause speaks of its event
    // and takes no part in it. (Not who reports: "North Korea said it
    // launched a satellite"; counting reports lost check roles, 0.709 ->
    // 0.681.)
    if (!x_.participant_types.count(trigger.type) && trigger.type != EventType::kProtest &&
        trigger.type != EventType::kAppeal && trigger.type != EventType::kWarning && trigger.type != EventType::kReport) {
      // (Those a few words before it: a bounded look back, whatever the
      // clause's length.)
      const size_t kHeadWords = 24;
      const size_t from = std::max(clause_begin, trigger.token > kHeadWords ? trigger.token - kHeadWords : 0);
      auto first = std::partition_point(f.triggers.begin(), f.triggers.end(),
                                        [&](const TriggerMention& t) { return t.token < from; });
      for (auto head_it = first; head_it != f.triggers.end() && head_it->token < trigger.token; ++head_it) {
        const TriggerMention& head = *head_it;
        bool speech = SpeechAct(head.type);
        // ("North Korea threatened to strike U.S. bases", "Korut mengancam
        // akan menyerang": what a threat threatens to do, the threatener does.)
        if (speech && head.type == EventType::kWarning && ThreatensOwnAct(f, head, trigger)) continue;
        if (speech && head.token >= clause_begin && head.token > speakers_end) {
          // (Not a speech act a retype rule takes away: "mengusulkan paket
          // sanksi" proposes the sanction, whose proposer acts in it.)
          TriggerMention retyped = head;
          auto [head_clause, head_clause_end] = ClauseOf(f, head.token);
          if (!Retype(f, &retyped, head_clause, head_clause_end) || !SpeechAct(retyped.type)) continue;
          bool own = false;
          for (size_t k = head.token + 1; k < trigger.token && !own; ++k) own = x_.possessives.count(f.tokens[k].folded) > 0;
          if (!own) speakers_end = head.token;
        }
      }
    }
    // "..., the FBI said.": who speaks after the event, between a comma and
    // an attribution verb, is its source too.
    // (", South Korea's Joint Chiefs of Staff said" is 9 tokens. Reading
    // such a speaker as no party reaches further than TrailingAttribution's
    // 8, which decides whether a saying is a report of its own: at 12 there
    // it lost check type+date+actors 0.766 -> 0.757.)
    const size_t kMaxSpeakerWords = 12;
    size_t trailing_begin = SIZE_MAX, trailing_end = SIZE_MAX;
    auto after = std::upper_bound(f.attribution_starts.begin(), f.attribution_starts.end(), trigger.token);
    if (after != f.attribution_starts.end()) {
      for (size_t k = *after; k-- > trigger.token + 1 && *after - k <= kMaxSpeakerWords;) {
        if (!f.tokens[k].Is(",")) continue;
        trailing_begin = k;
        trailing_end = *after;
        break;
      }
    }
    // "North Korea may test a nuclear device soon, South Korea's spy agency
    // warned": the speaker of a speech act that closes the sentence too.
    if (trailing_begin == SIZE_MAX) {
      auto next = std::upper_bound(f.triggers.begin(), f.triggers.end(), trigger.token,
                                   [](size_t token, const TriggerMention& t) { return token < t.token; });
      for (; next != f.triggers.end() && next->token <= trigger.token + kMaxSpeakerWords * 4; ++next) {
        size_t comma = SpeechAct(next->type) ? TrailingSpeaker(f, *next, trigger.token) : SIZE_MAX;
        if (comma == SIZE_MAX) continue;
        trailing_begin = comma;
        trailing_end = next->token;
        break;
      }
    }
    // "condemned the launch as a violation of U.N. Security Council
    // resolutions", "mengecam peluncuran itu sebagai pelanggaran resolusi
    // DK PBB": what the event told is called names no party.
    const size_t described_from = DescriptionAfter(f, trigger);
    auto speaker = [&](size_t token) { return token >= clause_begin && token < speakers_end; };
    auto trailing_speaker = [&](size_t token) { return token > trailing_begin && token < trailing_end; };
    bool allow_speakers = false;
    c->parties_in_clause = false;
    // "Israel's strikes on Gaza drew a rebuke from Egypt": who is named after
    // a verb of drawing a reaction reacts, and takes no part in the act.
    size_t reaction = SIZE_MAX;
    for (size_t k = trigger.token + trigger.length; k < c->clause_end && reaction == SIZE_MAX; ++k) {
      if (x_.reaction_verbs.at(lang_).count(f.tokens[k].folded)) reaction = k;
    }
    auto collect = [&](size_t from, size_t to) {
      to = std::min(to, reaction);
      for (const ActorMention& a : f.actors) {
        if (a.token < from || a.token >= to) continue;
        // "sent tanks to Taiwan", "bantuan kepada Filipina": where aid goes
        // is who receives it.
        // ("melarang ekspor galium ke Amerika Serikat": where a ban keeps
        // goods from going is its target.)
        const size_t kBannedGoodsWords = 6;  // "melarang ekspor galium dan germanium ke"
        bool recipient = trigger.type == EventType::kAid && a.token > trigger.token && a.token > 0 &&
                         x_.goal_prepositions.at(lang_).count(f.tokens[a.token - 1].folded) > 0;
        // ("drills around Taiwan", "latihan di sekitar Taiwan": the state a
        // drill surrounds is whom it is aimed at.)
        recipient = recipient || (trigger.type == EventType::kDrill && a.token > trigger.token && a.token > 0 &&
                                  a.actor->kind == ActorKind::kState &&
                                  x_.encircling_prepositions.at(lang_).count(f.tokens[a.token - 1].folded) > 0);
        recipient = recipient || (trigger.type == EventType::kSanction && a.token > trigger.token &&
                                  a.token <= trigger.token + trigger.length + kBannedGoodsWords &&
                                  x_.destination_prepositions.count(f.tokens[a.token - 1].folded) > 0);
        // "melawat ke Tokyo", "a visit to Seoul": the host of a visit takes part.
        size_t after = trigger.token + trigger.length;
        bool host = trigger.type == EventType::kMeeting && (a.token == after || a.token == after + 1) &&
                    x_.destination_prepositions.count(f.tokens[a.token - 1].folded) > 0;
        recipient = recipient || host;
        // ("stole $40 million from a crypto exchange in Vietnam": a private
        // victim is a target with the country it sits in, SPEC §7.)
        recipient = recipient || ((trigger.type == EventType::kTheft || trigger.type == EventType::kCyberattack) &&
                                  a.token > trigger.token && a.actor->kind == ActorKind::kState &&
                                  a.token >= f.dateline_end);
        // ("protested to Tokyo", "mengajukan protes ke Beijing": whom a speech
        // act is addressed to is its target.)
        recipient = recipient || ((trigger.type == EventType::kProtest || trigger.type == EventType::kAppeal ||
                                   trigger.type == EventType::kWarning) &&
                                  a.token > trigger.token && a.token <= after + 1 &&
                                  x_.destination_prepositions.count(f.tokens[a.token - 1].folded) > 0);
        if (a.place && !recipient) continue;
        // ("a theft the FBI attributed to North Korea": the FBI attributes.)
        if (a.token > trigger.token && AttributorAt(a.token + a.length, f)) continue;
        // "fired rockets at Israel in support of Hamas": whom it supports
        // takes no part in it, as party or target.
        if (a.token > trigger.token && SupportedAt(f, a.token)) continue;
        // "agreed to share intelligence on North Korean cyber operations":
        // what a meeting or agreement is about takes no part in it.
        if (x_.participant_types.count(trigger.type) && a.token > trigger.token && AboutOrAgainst(f, a.token)) continue;
        if (attributed[a.token] && trigger.type != EventType::kReport) continue;
        if (speaker(a.token) && !allow_speakers && trigger.type != EventType::kReport) continue;
        if (trailing_speaker(a.token) && trigger.type != EventType::kReport) continue;
        if (a.token >= described_from) continue;
        bool dup = false;
        for (auto& [actor, token] : found) dup = dup || actor == a.actor;
        if (!dup) found.push_back({a.actor, a.token});
      }
    };
    collect(clause_begin, CoordinatedVerbAfter(f, trigger, c->clause_end));
    c->why.actors = "named in the trigger's clause";
    // One actor more, unless its state is named already.
    auto add_party = [&](const ActorMention& party, const std::string& why) {
      for (auto& [actor, token] : found) {
        if (actor == party.actor || CountryFor(*actor) == CountryFor(*party.actor)) return;
      }
      found.push_back({party.actor, party.token});
      c->why.actors += why;
    };
    // "North Korea warned on Tuesday that the United States would pay":
    // whom a warning says will suffer is its target (not the speaker's own
    // side: "Kim warned that North Korea would respond").
    if (const ActorMention* warned = trigger.type == EventType::kWarning ? ComplementSubject(f, trigger) : nullptr) {
      add_party(*warned, ", and the subject of what it warns of");
    }
    // "During talks with Sugiono on Tuesday, Japan's foreign minister asked
    // ...": the subject after the comma of a meeting that opens the
    // sentence took part in it.
    if (const ActorMention* subject = FrontedMeetingSubject(f, trigger)) {
      add_party(*subject, ", and the subject after the comma of the meeting that opens the sentence");
    }
    // '"We urge China to ...," the ministry said', '"Kami mendesak ...,"
    // kata juru bicara Kemlu': "we" is the speaker named after the
    // quotation, who acts, at the pronoun's place.
    if (const size_t pronoun = FirstPersonBefore(f, trigger, clause_begin);
        pronoun != SIZE_MAX && after != f.attribution_starts.end()) {
      // The speaker stands before the attribution verb ('..., the ministry
      // said') or after it ('..., kata juru bicara Kemlu'), up to a comma.
      auto named_in = [&](size_t from, size_t to) {
        for (const ActorMention& a : f.actors) {
          if (!a.place && a.token > from && a.token < to) return true;
        }
        return false;
      };
      size_t from = trailing_begin, to = trailing_end;
      if (from == SIZE_MAX || !named_in(from, to)) {
        from = *after;
        to = from + 1;
        while (to < f.tokens.size() && !f.tokens[to].Is(",")) ++to;
      }
      for (const ActorMention& a : f.actors) {
        if (a.place || a.token <= from || a.token >= to) continue;
        bool dup = false;
        for (auto& [actor, token] : found) {
          if (actor == a.actor) {
            token = pronoun;
            dup = true;
          }
        }
        if (!dup) found.push_back({a.actor, pronoun});
      }
      c->why.actors += "; \"" + f.tokens[pronoun].folded + "\" is the speaker named after the quotation";
    }
    // "Oman, which brokered a truce between Washington and the Houthis,
    // urged ...": the clause after a closed relative clause goes on with
    // the subject before it; those named in the relative clause are its own.
    // (The subject first: named again later, "kedua pihak", it still acts.)
    if (size_t closed = ClosedRelativeBefore(f, clause_begin, trigger.token); closed != SIZE_MAX && clause_begin > 0) {
      size_t subject_begin = ClauseOf(f, clause_begin - 1).first;
      found.clear();
      collect(subject_begin, clause_begin);
      collect(closed, c->clause_end);
      c->subject_begin = subject_begin;
      c->why.actors = "named in the trigger's clause, or as its subject before a relative clause";
    }
    c->parties_in_clause = !found.empty();
    SubjectPronoun(f, previous_actors, c);
    if (found.empty()) {
      collect(0, f.tokens.size());
      c->why.actors = "named in the sentence, outside the trigger's clause";
    }
    if (found.empty()) {  // "Japan said it would ...": the speaker is all there is
      allow_speakers = true;
      collect(clause_begin, c->clause_end);
    }
    if (trigger.type == EventType::kReport) {
      // The reporter must be an agency or body ("a report released by the
      // ... Team" names it after the word), not an armed group, and not a
      // person: what a minister says is a statement (SPEC §7).
      bool official = false;
      for (auto& [actor, token] : found) {
        official = official || OfficialAt(f, token, actor) ||
                   (actor->kind != ActorKind::kState && actor->kind != ActorKind::kGroup &&
                    actor->kind != ActorKind::kPerson);
      }
      if (!official) return "a report whose author is no agency, body or official";
      collect(0, f.tokens.size());  // and what it reports on
    }
    // "The next round is due in April": the parties of the series' last
    // event, before those of the sentence before ("Latihan AUSINDEX
    // berikutnya" is the drill's, not the parties of whatever was told last).
    // (So for a drill named by its own name, "The Freedom Shield exercise,
    // which began on April 7, involved ...": the drill told before.)
    if (found.empty() && (trigger.next || (trigger.type == EventType::kDrill && NamedBefore(f, trigger)))) {
      if (auto it = earlier_.last_by_type.find(trigger.type); it != earlier_.last_by_type.end()) {
        for (const ActorRef& a : earlier[it->second].actors) {
          if (const ActorInfo* info = Registry::Builtin().Find(a.id)) found.push_back({info, 0});
        }
        if (!found.empty()) c->why.actors = "none named: those of the latest " + std::string(ToString(trigger.type)) + " (the next of a series)";
      }
    }
    // Meetings and agreements name their parties; other events may go on
    // with the actors of the sentence before ("mereka", "they").
    if (found.empty() && !x_.participant_types.count(trigger.type)) {
      for (const ActorInfo* actor : previous_actors) found.push_back({actor, 0});
      if (!found.empty()) c->why.actors = "none named: those of the sentence before";
    }
    // "Militants killed 12 soldiers in northern Burkina Faso": unnamed
    // attackers, in a named country: where it happened is who suffered it
    // (or, for a protest, who protested).
    if (found.empty() && !x_.participant_types.count(trigger.type) && trigger.type != EventType::kReport) {
      // (Not the dateline's city: where the story was written.)
      for (auto a = FirstActorFrom(f, std::max(clause_begin, f.dateline_end)); a != f.actors.end() && a->token < c->clause_end;
           ++a) {
        if (!a->place) continue;
        // (Who protests, tests or drills there is of that state: "the
        // missile was launched from the Pyongyang area".)
        const bool acts_there = trigger.type == EventType::kProtest || trigger.type == EventType::kMissileTest ||
                                trigger.type == EventType::kNuclearTest || trigger.type == EventType::kDrill ||
                                trigger.type == EventType::kWeaponUnveiling;
        found.push_back({a->actor, acts_there ? 0 : f.tokens.size()});
        c->why.actors = "none named: the country where it happened";
        break;
      }
    }
    if (found.empty()) return kNoActorNamed;
    // "The strike drew condemnation": from whom, if no one is named after it?
    if (DrawnReaction(f, trigger) &&
        std::none_of(found.begin(), found.end(), [&](const auto& a) { return a.second > trigger.token && a.second < c->clause_end; })) {
      return "a reaction drawn, with no one named who made it";
    }
    // A condemnation or warning with no one on the receiving end answers the
    // action told just before: its actors are the targets.
    std::set<std::string> initiator_countries;
    for (auto& [actor, token] : found) {
      if (token <= trigger.token) initiator_countries.insert(CountryFor(*actor));
    }
    bool has_target = false;
    for (auto& [actor, token] : found) {
      has_target = has_target || (token > trigger.token && !initiator_countries.count(CountryFor(*actor)));
    }
    if ((trigger.type == EventType::kProtest || trigger.type == EventType::kWarning) && !has_target) {
      // The action answered: the one the sentence names ("condemned the
      // bomber drill"), else the latest on the same day, else the latest.
      const Event* answered = Answered(earlier, f.referenced_types, c->date);
      if (answered) {
        for (const ActorRef& a : answered->actors) {
          const ActorInfo* info = Registry::Builtin().Find(a.id);
          bool dup = false;
          for (auto& [actor, token] : found) {
            dup = dup || actor == info || CountryFor(*actor) == a.country;
          }
          if (info && !dup) {
            found.push_back({info, f.tokens.size()});
            c->why.actors += "; " + info->id + " from the action it answers";
          }
        }
      }
    }
    return "";
  }

  // "He urged Japan ...", "Mereka memperingatkan Taiwan ...": a subject
  // pronoun right before the trigger (a word or two between: "He also
  // urged"), with no one named between, stands for the actor named first
  // before it in its sentence, else in the sentence before (a plural one
  // for all of them). They act, at the pronoun's place; whoever is named
  // after the trigger is acted on.
  void SubjectPronoun(const SentenceFacts& f, const std::vector<const ActorInfo*>& previous_actors,
                      Candidate* c) const {
    const size_t kReach = 3;
    const TriggerMention& trigger = *c->trigger;
    // (A meeting or agreement takes only a plural pronoun: "They agreed to
    // resume talks" after "The leaders of Japan and South Korea met".)
    const bool participants = x_.participant_types.count(trigger.type) > 0;
    // "Its foreign ministry warned on Wednesday ...": a state's organ owned
    // by a pronoun, opening the sentence, is the organ of the state named
    // first in the sentence before.
    const size_t kOrganReach = 4;  // "Its state media on Wednesday called"
    const size_t start = f.dateline_end;
    const bool named_before = std::any_of(c->found.begin(), c->found.end(),
                                          [&](const auto& found) { return found.second < trigger.token; });
    if (!participants && start + 1 < trigger.token && x_.possessives.count(f.tokens[start].folded) && !named_before &&
        !previous_actors.empty()) {
      if (size_t n = x_.agency_words.at(lang_).LongestAt(f.tokens, start + 1);
          n && start + 1 + n <= trigger.token && trigger.token <= start + 1 + n + kOrganReach) {
        c->found.insert(c->found.begin(), {previous_actors.front(), start});
        c->subject_before = true;
        c->parties_in_clause = true;
        c->why.actors = "\"" + f.tokens[start].folded + "\" + an organ: of the state named first in the sentence before";
        return;
      }
    }
    // "The foreign ministry summoned ...", "Kantor Kepresidenan mendesak
    // ...": an organ named without its state, opening the sentence, is an
    // organ of the state the story was filed from.
    if (!participants && !named_before && home_state_ && start < trigger.token) {
      const size_t organ = start + (x_.definite_before.count(f.tokens[start].folded) &&
                                    !x_.possessives.count(f.tokens[start].folded));
      const size_t n = x_.agency_words.at(lang_).LongestAt(f.tokens, organ);
      const bool acted_on = std::any_of(c->found.begin(), c->found.end(),
                                        [&](const auto& found) { return found.first == home_state_; });
      // ("The foreign ministry said ... and demanded that Beijing ...": a
      // verb joined to the organ's first, with no one named between.)
      auto joined = [&] {
        if (!AfterCoordinator(f, trigger.token)) return false;
        auto between = FirstActorFrom(f, organ + 1);  // (a binary search: a long sentence names many)
        return between == f.actors.end() || between->token >= trigger.token;
      };
      // (Not what the organ says happened: "The foreign ministry said the
      // ships had fired ...".)
      auto near = [&] {
        if (trigger.token > organ + n + kOrganReach) return false;
        for (size_t k = organ + n; k < trigger.token; ++k) {
          if (x_.attribution.at(lang_).LongestAt(f.tokens, k)) return false;
        }
        return true;
      };
      if (n && organ + n <= trigger.token && (near() || joined()) && !acted_on) {
        c->found.insert(c->found.begin(), {home_state_, organ});
        c->subject_before = true;
        c->parties_in_clause = true;
        c->why.actors = "an organ without its state: of the state of the dateline";
        return;
      }
    }
    for (size_t k = trigger.token; k > c->clause_begin && trigger.token - k < kReach;) {
      --k;
      for (auto& [actor, token] : c->found) {
        if (token >= k && token < trigger.token) return;  // someone named is nearer
      }
      const std::string& word = f.tokens[k].folded;
      bool one = x_.subject_pronouns.at(lang_).count(word) > 0;
      bool many = x_.subject_pronouns_plural.at(lang_).count(word) > 0;
      if (!one && !many) continue;
      if (participants && !many) return;
      // "The Treasury warned that it would ...": an actor named before the
      // pronoun in its own sentence is meant before the sentence before's.
      std::vector<const ActorInfo*> antecedents;
      for (const ActorMention& a : f.actors) {
        if (!a.place && a.token < k && !PossessorOfNamed(f, a) &&
            std::find(antecedents.begin(), antecedents.end(), a.actor) == antecedents.end()) {
          antecedents.push_back(a.actor);
        }
      }
      if (antecedents.empty()) {
        antecedents = previous_actors;
        c->subject_before = true;
      }
      if (antecedents.empty()) return;
      size_t added = 0;
      for (const ActorInfo* actor : antecedents) {
        if (one && added == 1) break;
        bool dup = false;
        for (auto& [known, token] : c->found) {
          // ("Ia juga meminta Jakarta menjamin keselamatan nelayan Vietnam"
          // after Vietnam's spokesman: named again only after the trigger,
          // as a possessor, the pronoun's actor still acts, at its place.)
          if (known == actor && token > trigger.token) {
            token = k;
            ++added;
          }
          dup = dup || known == actor;
        }
        if (dup) continue;
        c->found.push_back({actor, k});
        ++added;
      }
      if (added) {
        c->parties_in_clause = true;
        c->why.actors = "named in the trigger's clause; \"" + f.tokens[k].folded + "\" is who was named before it";
      }
      return;
    }
  }

  // The actor found nearest before `trigger_token` in [clause_begin,
  // trigger_token), a few words before it at most ("China said", "China's
  // foreign ministry said", "the FBI on Monday blamed"): the trigger's
  // subject; null when none is named there.
  // (From where its name ends: "Taiwan's Ministry of National Defense
  // said" names its subject in six words.)
  static const std::pair<const ActorInfo*, size_t>* SubjectBefore(const SentenceFacts& f, const Candidate* c,
                                                                 size_t clause_begin, size_t trigger_token) {
    const size_t kMaxBefore = 4;
    // The last word of a name found.
    auto last_word = [&](const std::pair<const ActorInfo*, size_t>& found) {
      size_t last = found.second;
      for (auto a = FirstActorFrom(f, found.second); a != f.actors.end() && a->token == found.second; ++a) {
        if (a->actor == found.first) last = a->token + a->length - 1;
      }
      return last;
    };
    const std::pair<const ActorInfo*, size_t>* subject = nullptr;
    for (const auto& found : c->found) {
      const size_t last = last_word(found);
      if (found.second >= clause_begin && found.second < trigger_token && last + kMaxBefore >= trigger_token &&
          (!subject || found.second > subject->second)) {
        subject = &found;
      }
    }
    // "Kim Yo-jong, the powerful sister of leader Kim Jong-un, said": a name
    // inside an aside set off by commas right before the verb describes the
    // subject named before the aside.
    if (subject && trigger_token > 0 && f.tokens[trigger_token - 1].Is(",")) {
      size_t open = subject->second;
      while (open > clause_begin && !f.tokens[open - 1].Is(",")) --open;
      if (open > clause_begin) {
        const size_t comma = open - 1;
        for (const auto& found : c->found) {
          if (found.second >= clause_begin && last_word(found) + 1 == comma) return &found;
        }
      }
    }
    return subject;
  }

  // The earlier verb trigger of the clause that the trigger, a verb right
  // after "and", is coordinated with; null when none.
  // The coordinator ("and", "dan") within two words before the trigger in
  // its clause, else SIZE_MAX.
  size_t CoordinatorBefore(const SentenceFacts& f, const TriggerMention& trigger, size_t clause_begin) const {
    for (size_t k = trigger.token; k > clause_begin && trigger.token - k < 3; --k) {
      if (x_.coordinators.at(lang_).LongestAt(f.tokens, k - 1) && !InFixedPhrase(f, k - 1)) return k - 1;
    }
    return SIZE_MAX;
  }

  // Where a verb coordinated after the trigger begins its own predicate
  // ("held talks with Australia on Tuesday and ordered the closure of the
  // border with Cambodia", "dan menutup perbatasan dengan Malaysia"): its
  // coordinator, else `clause_end`. Who is named from there on is that
  // verb's, no party to the trigger. (A bounded look: a verb further on is
  // in another part of the sentence anyway.)
  size_t CoordinatedVerbAfter(const SentenceFacts& f, const TriggerMention& trigger, size_t clause_end) const {
    const size_t kReach = 30;
    const size_t from = trigger.token + trigger.length;
    for (size_t k = from; k + 1 < clause_end && k < from + kReach; ++k) {
      if (!f.tokens[k].word) continue;
      const size_t n = x_.coordinators.at(lang_).LongestAt(f.tokens, k);
      if (!n || InFixedPhrase(f, k)) continue;
      // (Not within a relative clause on something else: "perundingan ...
      // yang dimediasi Anwar dan dihadiri menteri pertahanan kedua negara"
      // goes on saying who took part.)
      if (RelativeClauseEnd(f, k) != RelativeClauseEnd(f, trigger.token)) continue;
      size_t verb = k + n;
      while (verb < clause_end && x_.auxiliaries.at(lang_).count(f.tokens[verb].folded)) ++verb;
      if (verb < clause_end && f.tokens[verb].word && !f.tokens[verb].capitalized && !f.in_date[verb] &&
          Verb(f.tokens[verb].folded)) {
        return k;
      }
    }
    return clause_end;
  }

  // Where the words that call a speech act's object something begin ("the
  // launch as a clear violation of ...", "peluncuran tersebut sebagai
  // ..."): a definite reference right after the trigger (three words
  // between at most: "strongly", "the North ' s"), its demonstrative, then
  // "as"; else SIZE_MAX.
  size_t DescriptionAfter(const SentenceFacts& f, const TriggerMention& trigger) const {
    if (!SpeechAct(trigger.type)) return SIZE_MAX;
    const size_t after = trigger.token + trigger.length;
    auto reference = std::partition_point(f.definite.begin(), f.definite.end(),
                                          [&](const TriggerMention& d) { return d.token < after; });
    const size_t kBefore = 3;  // "the North's", "keras"
    if (reference == f.definite.end() || reference->token > after + kBefore) return SIZE_MAX;
    size_t k = reference->token + reference->length;
    if (k < f.tokens.size() && x_.definite_after.count(f.tokens[k].folded)) ++k;
    return k < f.tokens.size() && x_.naming_prepositions.at(lang_).count(f.tokens[k].folded) ? k : SIZE_MAX;
  }

  // An act that harms someone: an attack, cyberattack or theft.
  static bool Harm(EventType type) {
    return type == EventType::kAttack || type == EventType::kCyberattack || type == EventType::kTheft;
  }
  // What a speaker does by speaking: appeals, protests, warnings, statements.
  static bool SpeechAct(EventType type) {
    return type == EventType::kAppeal || type == EventType::kProtest || type == EventType::kWarning ||
           type == EventType::kStatement;
  }

  // Whether `actor` is named in tokens [from, to) (a name given again
  // counts: "Ukraine's grid ..., Kyiv warned").
  static bool MentionedBetween(const SentenceFacts& f, const ActorInfo* actor, size_t from, size_t to) {
    auto named = std::lower_bound(f.actors.begin(), f.actors.end(), from,
                                  [](const ActorMention& a, size_t token) { return a.token < token; });
    for (; named != f.actors.end() && named->token < to; ++named) {
      if (named->actor == actor) return true;
    }
    return false;
  }

  // Whether tokens [from, to) hold nothing but names, commas and
  // coordinators (a few words at most: a longer stretch says something).
  bool NamesOnly(const SentenceFacts& f, size_t from, size_t to) const {
    const size_t kListWords = 12;
    if (to <= from || to - from > kListWords) return false;
    auto a = FirstActorFrom(f, from);
    for (size_t k = from; k < to;) {
      while (a != f.actors.end() && a->token < k) ++a;
      if (a != f.actors.end() && a->token == k) {
        k += a->length;
      } else if (f.tokens[k].Is(",") || x_.coordinators.at(lang_).LongestAt(f.tokens, k)) {
        ++k;
      } else {
        return false;
      }
    }
    return true;
  }

  // "Russia could strike again within days, Kyiv warned on Tuesday", "...,
  // the military said": a speech act told after what is said, its speaker
  // named between a comma and it. Returns that comma's token, else
  // SIZE_MAX. What is said before the comma is not the speech act's: its
  // cues ("could", "did not") qualify the content, not the saying, and
  // those it names are spoken of, while the speaker speaks.
  size_t TrailingSpeaker(const SentenceFacts& f, const TriggerMention& trigger, size_t clause_begin) const {
    const size_t kMaxSpeakerWords = 8;  // as TrailingAttribution's reach
    const size_t kMaxAfterWords = 6;    // "on Tuesday", "in a statement on Tuesday"
    if (!SpeechAct(trigger.type) && trigger.type != EventType::kReport) return SIZE_MAX;
    // (It closes the sentence, or its clause: ", a move the Philippines
    // protested as a pretext for ..." is an aside that goes on.)
    size_t after = trigger.token + trigger.length;
    auto goes_on = [&](size_t k) { return k < f.tokens.size() && (f.tokens[k].word || f.tokens[k].number); };
    while (after <= trigger.token + trigger.length + kMaxAfterWords && goes_on(after)) ++after;
    if (goes_on(after)) return SIZE_MAX;  // (a number goes on too: "... sejak 2021")
    for (size_t k = trigger.token; k-- > clause_begin && trigger.token - k <= kMaxSpeakerWords;) {
      if (!f.tokens[k].Is(",")) continue;
      // (What is said names someone or something done: "On Monday, Thailand
      // was condemned by Malaysia" opens with a time, and says nothing.)
      // (By binary search: the first trigger, the first actors from the
      // clause's start.)
      auto done = std::partition_point(f.triggers.begin(), f.triggers.end(),
                                       [&](const TriggerMention& t) { return t.token < clause_begin; });
      bool said = done != f.triggers.end() && done->token < k;
      auto who = std::partition_point(f.actors.begin(), f.actors.end(),
                                      [&](const ActorMention& a) { return a.token < clause_begin; });
      for (; !said && who != f.actors.end() && who->token < k; ++who) said = !who->place;
      if (!said) return SIZE_MAX;
      // (Not a list of names: "Polandia, Lituania, dan Latvia menuding Minsk".)
      if (NamesOnly(f, clause_begin, k)) return SIZE_MAX;
      auto named = std::lower_bound(f.actors.begin(), f.actors.end(), k + 1,
                                    [](const ActorMention& a, size_t token) { return a.token < token; });
      for (; named != f.actors.end() && named->token < trigger.token; ++named) {
        if (!named->place) return k;
      }
      return SIZE_MAX;
    }
    return SIZE_MAX;
  }

  // "Carlson called the Chinese actions dangerous and urged Beijing to
  // ...", "Thailand expelled the Cambodian envoy and closed the border": a
  // trigger coordinated after a verb (the trigger a verb, or the noun a verb
  // after the coordinator takes); who is named between that verb and the
  // coordinator is its object, not who acts. Returns the verb's token (the
  // nearest verb-like word before the coordinator, a bounded way back, or
  // the first of a chain of verbs coordinated before it), else SIZE_MAX.
  size_t VerbCoordinatedBefore(const SentenceFacts& f, const TriggerMention& trigger, size_t clause_begin) const {
    const size_t coordinator = CoordinatorBefore(f, trigger, clause_begin);
    if (coordinator == SIZE_MAX) return SIZE_MAX;
    // (Or the noun a verb right after the coordinator takes: "Thailand
    // expelled the Cambodian envoy and closed all border checkpoints".)
    bool verb = Verb(f.tokens[trigger.token].folded);
    for (size_t k = coordinator + 1; k < trigger.token && !verb; ++k) verb = Verb(f.tokens[k].folded);
    if (!verb) return SIZE_MAX;
    const size_t kReach = 12;  // "called the Chinese coast guard's actions dangerous and"
    // (A comma may stand before the coordinator: "expelled the Cambodian
    // envoy, and closed ...".)
    const size_t from = coordinator > clause_begin + 1 && f.tokens[coordinator - 1].Is(",") ? coordinator - 1 : coordinator;
    auto plain_verb = [&](const Token& t) {
      return !t.capitalized && !x_.auxiliaries.at(lang_).count(t.folded) && Verb(t.folded);
    };
    size_t verb_at = SIZE_MAX;
    for (size_t k = from; k > clause_begin && from - k < kReach;) {
      const Token& t = f.tokens[--k];
      if (!t.word) return SIZE_MAX;  // a comma: a list of names, not one verb's object
      // (The nearest with a named actor between it and the coordinator: a
      // word that only looks like a verb, "berbahaya", "armed", names none.)
      if (plain_verb(t)) {
        auto named = FirstActorFrom(f, k + 1);
        if (named != f.actors.end() && named->token < coordinator) {
          verb_at = k;
          break;
        }
      }
    }
    // ("Thailand recalled its ambassador from Phnom Penh and expelled the
    // Cambodian envoy, and closed ...": a verb coordinated after another
    // shares its subject; the objects start after the first of the chain.)
    const size_t kLinks = 3;
    for (size_t link = 0; verb_at != SIZE_MAX && link < kLinks; ++link) {
      const size_t before = verb_at > clause_begin ? verb_at - 1 : verb_at;
      if (before == verb_at || !x_.coordinators.at(lang_).LongestAt(f.tokens, before)) break;
      size_t earlier = SIZE_MAX;
      for (size_t k = before; k > clause_begin && before - k < kReach;) {
        const Token& t = f.tokens[--k];
        if (!t.word && !t.Is("'")) break;
        if (plain_verb(t)) {
          earlier = k;
          break;
        }
      }
      if (earlier == SIZE_MAX) break;
      verb_at = earlier;
    }
    return verb_at;
  }

  const TriggerMention* CoordinatedAfter(const SentenceFacts& f, const TriggerMention& trigger,
                                         size_t clause_begin) const {
    if (!Verb(f.tokens[trigger.token].folded)) return nullptr;
    const size_t coordinator = CoordinatorBefore(f, trigger, clause_begin);
    if (coordinator == SIZE_MAX) return nullptr;
    // The triggers before the coordinator, nearest first, a bounded way back
    // (a sentence of trigger after trigger costs no pass over it per trigger).
    const size_t kReach = 30;  // "accused Moscow on Friday of deliberately targeting civilians in Kharkiv and"
    const size_t floor = std::max(clause_begin, coordinator > kReach ? coordinator - kReach : 0);
    auto end = std::partition_point(f.triggers.begin(), f.triggers.end(),
                                    [&](const TriggerMention& t) { return t.token < coordinator; });
    for (auto it = end; it != f.triggers.begin();) {
      const TriggerMention& earlier = *--it;
      if (earlier.token + earlier.length > coordinator) continue;
      if (earlier.token < floor) break;
      // (A noun between is the earlier verb's object: "mengecam serangan
      // Israel dan mendesak".)
      if (Verb(f.tokens[earlier.token].folded)) {
        // (Not when another verb stands between: "menyebutkan Korut telah
        // menambah ... dan kian sering berlatih" coordinates "menambah".)
        // (English words in -ed between are mostly adjectives, "repeated
        // launches": there an auxiliary is what shows another verb.)
        for (size_t k = earlier.token + earlier.length; k < coordinator; ++k) {
          const Token& t = f.tokens[k];
          if (!t.word || t.capitalized) continue;
          if (x_.auxiliaries.at(lang_).count(t.folded) || (lang_ == Language::kIndonesian && Verb(t.folded))) {
            return nullptr;
          }
        }
        return &earlier;
      }
    }
    return nullptr;
  }

  // "added five Chinese firms to its sanctions list", "placed 12 firms on
  // the Entity List", "memasukkan lima perusahaan China ke dalam daftar
  // sanksi": a sanction named by a list after a listing preposition (a
  // determiner or possessive between) is put on by the verb before it;
  // who is named between that verb and the list is put on it. Returns the
  // verb's token (the nearest verb before the preposition, a bounded way
  // back), else SIZE_MAX.
  size_t ListingVerb(const SentenceFacts& f, const TriggerMention& trigger, size_t clause_begin) const {
    const size_t kBack = 10;  // "added five Chinese companies and two of their executives to"
    if (trigger.type != EventType::kSanction || Verb(f.tokens[trigger.token].folded)) return SIZE_MAX;
    const auto& listing = x_.listing_prepositions.at(lang_);
    size_t preposition = trigger.token;  // the trigger's own first word ("to its sanctions list")
    if (!listing.count(f.tokens[preposition].folded)) {
      size_t k = trigger.token;
      while (k > clause_begin && (x_.determiners.count(f.tokens[k - 1].folded) || x_.possessives.count(f.tokens[k - 1].folded))) --k;
      if (k == clause_begin || !listing.count(f.tokens[k - 1].folded)) return SIZE_MAX;
      preposition = k - 1;
    }
    for (size_t v = preposition; v > clause_begin && preposition - v < kBack; --v) {
      if (Verb(f.tokens[v - 1].folded) && !IsTriggerAt(f, v - 1)) return v - 1;
    }
    return SIZE_MAX;
  }

  // Whether the actor at `token`, after the trigger, follows a word of
  // company ("with", "bersama", "dengan") with no goal preposition between:
  // a partner in the act.
  bool Partner(const SentenceFacts& f, const TriggerMention& trigger, size_t token, size_t clause_end) const {
    if (token <= trigger.token || token >= clause_end) return false;
    const size_t kMaxWords = 12;  // "with the navies of Japan, South Korea and the Philippines"
    // (The trigger's own last word too: "latihan bersama Filipina".)
    for (size_t k = token; k >= trigger.token + trigger.length && token - k < kMaxWords; --k) {
      const std::string& before = f.tokens[k - 1].folded;
      if (x_.comitatives.at(lang_).count(before)) return true;
      if (k == trigger.token + trigger.length) break;
      if (x_.goal_prepositions.at(lang_).count(before) || f.tokens[k - 1].Is(",")) return false;
    }
    return false;
  }

  // Where the sentence's subject ends (its first verb), when the trigger is
  // a participle right after a comma (", accusing"); else SIZE_MAX.
  size_t CommaParticipleSubjectEnd(const SentenceFacts& f, const TriggerMention& trigger) const {
    if (trigger.token < 2 || !EndsIn(f.tokens[trigger.token].folded, x_.comma_participle_endings.at(lang_))) {
      return SIZE_MAX;
    }
    // (Or after a time with its preposition: "lodged a protest on Friday
    // demanding ...".)
    if (!f.tokens[trigger.token - 1].Is(",") && !(f.in_date[trigger.token - 1] && DateWithPrepositionEndsAt(f, trigger.token))) {
      return SIZE_MAX;
    }
    const size_t kSubjectWords = 24;  // the subject opens the sentence: a bounded look, whatever its length
    for (size_t k = f.dateline_end; k + 1 < trigger.token && k < f.dateline_end + kSubjectWords; ++k) {
      // (Not a name's word: "The United States ... issued".)
      if (Verb(f.tokens[k].folded) && !f.in_date[k] && !f.tokens[k].capitalized) return k;
    }
    return SIZE_MAX;
  }

  // The agent marker a few words before a noun trigger ("by new U.S."),
  // itself right after a passive verb ("was hit by"), else SIZE_MAX.
  size_t PassiveAgentBefore(const SentenceFacts& f, const TriggerMention& trigger) const {
    const bool undergone = !x_.participant_types.count(trigger.type);
    // ("came under attack from Russian drones", "kebobolan US$300 juta":
    // the trigger's own words.)
    if (const size_t n = undergone ? x_.undergo_before.at(lang_).LongestAt(f.tokens, trigger.token) : 0;
        n && n <= trigger.length) {
      return trigger.token + n - 1;
    }
    if (Verb(f.tokens[trigger.token].folded)) return SIZE_MAX;
    const size_t kModifierTokens = 6;  // "by new U.S. Treasury" sanctions ("U.S." is four)
    // ("PDNS lumpuh akibat serangan ransomware", "faces new sanctions from
    // the EU": what befalls the subject, as a passive's agent does.)
    for (size_t k = trigger.token; k > 1 && trigger.token - k <= kModifierTokens; --k) {
      if (f.tokens[k - 1].Is(",")) return SIZE_MAX;
      if (undergone && x_.undergo_before.at(lang_).EndsBefore(f.tokens, k)) {
        // (Not "are due to hold joint drills": a phrase that ends in a
        // purpose word, after a copula, schedules what its subject does.)
        const size_t n = x_.undergo_before.at(lang_).EndingBefore(f.tokens, k);
        // ("were added to the entity list" is undergone: a determiner or a
        // name after it.)
        if (k > n + 1 && x_.passive_auxiliaries.at(lang_).count(f.tokens[k - n - 1].folded) &&
            x_.purpose_words.at(lang_).count(f.tokens[k - 1].folded) && f.tokens[k].word &&
            !f.tokens[k].capitalized && !x_.determiners.count(f.tokens[k].folded)) {
          return SIZE_MAX;
        }
        return k - 1;
      }
      if (!x_.agent_markers.at(lang_).count(f.tokens[k - 1].folded)) continue;
      TriggerMention verb;
      verb.token = k - 2;
      while (verb.token > 0 && f.in_date[verb.token]) --verb.token;  // "was hit on Friday by"
      verb.length = 1;
      verb.type = trigger.type;
      return Passive(f, verb) ? k - 1 : SIZE_MAX;
    }
    return SIZE_MAX;
  }

  // Whether the mention is a possessor right before another actor's name
  // ("Yemen's Houthi movement said it had fired ...": the movement is who
  // "it" is).
  bool PossessorOfNamed(const SentenceFacts& f, const ActorMention& a) const {
    const size_t end = a.token + a.length;
    if (end + 2 >= f.tokens.size() || !(f.tokens[end].Is("'") || f.tokens[end].Is("\xE2\x80\x99")) ||
        !x_.possessive_endings.at(lang_).count(f.tokens[end + 1].folded)) {
      return false;
    }
    return std::any_of(f.actors.begin(), f.actors.end(),
                       [&](const ActorMention& b) { return b.token == end + 2 && !b.place && b.actor != a.actor; });
  }

  // Whether an origin preposition ("from", "dari") stands right before the
  // name at `token`, a determiner or a word between at most ("from the
  // Pyongyang area").
  bool FromOrigin(const SentenceFacts& f, size_t token) const {
    for (size_t k = token, seen = 0; k > 0 && seen < 2; --k, ++seen) {
      const std::string& before = f.tokens[k - 1].folded;
      if (x_.origin_prepositions.at(lang_).count(before)) return true;
      if (!x_.determiners.count(before)) return false;
    }
    return false;
  }

  // Roles: meetings and agreements have participants; a report's author
  // acts; a passive's agent acts ("dikecam oleh X", "was sanctioned by X")
  // and who stands before the trigger is acted on; else who is named before
  // the trigger acts and who after it is acted on.
  void DecideRoles(const SentenceFacts& f, Candidate* c) const {
    const TriggerMention& trigger = *c->trigger;
    size_t agent = AgentAfter(f, trigger, c->clause_end);
    bool named_before = false;
    for (auto& [actor, token] : c->found) {
      named_before = named_before || (token < trigger.token && token >= std::min(c->clause_begin, c->subject_begin));
    }
    // "Vietnam mengecam penangkapan nelayannya oleh China", "Japan condemned
    // the seizure by China": after an active trigger with its subject named,
    // "by X" is the agent of what it is about, not of the trigger.
    // (A di-/ter- word the dictionary does not know, "diretas", keeps its
    // agent: the prefix is all that says it is passive.)
    // ("Perusahaan China dijatuhi sanksi oleh AS": a passive verb before a
    // noun trigger keeps the agent too.)
    TriggerMention word_before;
    word_before.token = trigger.token - 1;
    word_before.length = 1;
    word_before.type = trigger.type;
    const bool passive_before = trigger.token > 0 && Passive(f, word_before);
    // (A noun's own "by", right after it, stays its agent: "It follows similar
    // steps by Britain and Canada", "a report by the IAEA".)
    const bool nouns_own_agent =
        agent == trigger.token + trigger.length && !Verb(f.tokens[trigger.token].folded);
    if (agent != SIZE_MAX && named_before && !Passive(f, trigger) && !passive_before &&
        !HasPassivePrefix(f.tokens[trigger.token].folded) && !nouns_own_agent) {
      agent = SIZE_MAX;
    }
    // A passive with no agent marker ("ditabrak kapal China", "was rammed
    // on Monday"): who is named after it acts, who before it is acted on.
    const bool passive = agent == SIZE_MAX && c->parties_in_clause && !x_.participant_types.count(trigger.type) &&
                         Passive(f, trigger);
    if (passive) agent = trigger.token + trigger.length - 1;
    const bool drawn = passive && DrawnReaction(f, trigger);  // "drew condemnation from Japan": "from" is its agent's
    // With no one named before the trigger, the first actor after it acts
    // unless a preposition makes it the goal ("serangan udara Israel ke
    // ...", "artileri Korut", "a report by the IAEA" vs "attack on Israel").
    // (A verb's object is what it acts on: "Kementerian Luar Negeri
    // mengecam serangan Israel", its subject no actor, condemns Israel.)
    // ("vowed to keep attacking Israel": a gerund's object, too.)
    const std::string& trigger_word = f.tokens[trigger.token].folded;
    if (agent == SIZE_MAX && !x_.participant_types.count(trigger.type) && !Verb(trigger_word) &&
        !(trigger.length == 1 && EndsIn(trigger_word, x_.gerund_endings.at(lang_)) && VerbalBefore(f, trigger.token))) {
      if (!named_before) agent = PassiveAgentPastObject(f, trigger, c->clause_end);
      if (!named_before && agent == SIZE_MAX) {
        // ("Serangan siber terhadap server PDN diduga dilakukan kelompok
        // Brain Cipher": past what it is aimed at, a passive verb's agent.)
        // (A few words on from the goal preposition at most.)
        const size_t kAimedAtWords = 12;  // "terhadap server Pusat Data Nasional di Surabaya diduga dilakukan"
        bool aimed_at = false;
        size_t aimed_from = 0;
        for (size_t k = trigger.token + trigger.length; k < c->clause_end; ++k) {
          if (aimed_at && k > aimed_from + kAimedAtWords) break;
          if (x_.goal_prepositions.at(lang_).count(f.tokens[k].folded)) {
            if (!aimed_at) aimed_from = k;
            aimed_at = true;
            continue;
          }
          // "A ransomware attack crippled a Malaysian port operator": who
          // is named after the noun's own verb is its object, acted on
          // (not "an attack launched by Russia", "serangan yang dilancarkan
          // Rusia": a passive's agent; nor a copula's predicate, no object).
          const std::string& word = f.tokens[k].folded;
          if (!f.tokens[k].capitalized && Verb(word) && !HasPassivePrefix(word) && !x_.copulas.at(lang_).count(word) &&
              !(k + 1 < c->clause_end && x_.agent_markers.at(lang_).count(f.tokens[k + 1].folded))) {
            break;
          }
          if (aimed_at) {
            if (!f.tokens[k].capitalized && HasPassivePrefix(word) && Verb(word)) aimed_at = false;
            continue;
          }
          // ("Peretasan situs KPU": what was struck, named before whose it
          // is; that owner is a target, as after a goal preposition.)
          if (Harm(trigger.type) && k == trigger.token + trigger.length && x_.victim_nouns.at(lang_).count(word)) {
            aimed_from = k;
            aimed_at = true;
            continue;
          }
          bool named = false;
          for (auto& [actor, token] : c->found) named = named || token == k;
          if (named) {
            agent = k - 1;
            break;
          }
        }
      }
    }
    // "Taiwan memantau latihan militer China", "Seoul detected a North
    // Korean launch": the trigger's possessor did it, whoever is named before.
    const ActorInfo* possessor = agent == SIZE_MAX ? PossessorOf(f, trigger) : nullptr;
    // "Venezuela was hit by new U.S. sanctions", "Kyiv diguncang oleh
    // serangan drone Rusia": a noun trigger that is a passive's agent; who
    // the passive's subject names is acted on, who is named from the marker
    // on acts.
    const size_t agent_marker = agent == SIZE_MAX && !possessor ? PassiveAgentBefore(f, trigger) : SIZE_MAX;
    // "Mali expelled the French envoy on Monday, accusing Paris of ...": a
    // participle after a comma goes on with the sentence's subject, named
    // before its first verb; whoever else is named is acted on.
    const size_t subject_end = x_.participant_types.count(trigger.type) ? SIZE_MAX : CommaParticipleSubjectEnd(f, trigger);
    // A report's author is the agency or official that publishes it,
    // wherever it stands; what it reports on is its target.
    const ActorInfo* reporter = nullptr;
    if (trigger.type == EventType::kReport) {
      // Its subject ("the ministry said"), else the nearest to the trigger
      // ("Kim oversaw the test, KCNA reported": KCNA, not Kim).
      size_t best = SIZE_MAX;
      if (const auto* subject = SubjectBefore(f, c, c->clause_begin, trigger.token)) {
        reporter = subject->first;
        best = 0;
      }
      for (auto& [actor, token] : c->found) {
        if ((actor->kind == ActorKind::kState && !OfficialAt(f, token, actor)) || token >= f.tokens.size()) continue;
        size_t distance = token < trigger.token ? trigger.token - token : token - trigger.token;
        if (distance < best) {
          best = distance;
          reporter = actor;
        }
      }
    }
    // ("Russia could strike again, Kyiv warned": Kyiv warns, of Russia.)
    const size_t trailing = SpeechAct(trigger.type) ? TrailingSpeaker(f, trigger, c->clause_begin) : SIZE_MAX;
    const size_t instrument_verb =
        reporter || x_.participant_types.count(trigger.type) ? SIZE_MAX : InstrumentVerb(f, trigger, c->clause_begin);
    c->why.roles = x_.participant_types.count(trigger.type) ? "all participants (a meeting or agreement)"
                   : reporter                              ? "the report's author is " + reporter->id
                   : instrument_verb != SIZE_MAX ? "what \"" + f.tokens[instrument_verb].folded +
                                                       "\" acts with: who is named before the verb acts, after it is acted on"
                   : trailing != SIZE_MAX                  ? "the speaker after the comma speaks; who is named before it is spoken of"
                   : subject_end != SIZE_MAX ? "a participle after a comma: the sentence's subject acts, the rest is acted on"
                   : possessor                             ? "the trigger's possessor, " + possessor->id + ", acts"
                   : passive                               ? "a passive: who is named after it acts, before it is acted on"
                   : agent_marker != SIZE_MAX ? "the agent of a passive: who is named from \"" + f.tokens[agent_marker].folded +
                                                    "\" on acts, its subject is acted on"
                   : agent != SIZE_MAX                     ? "the agent after \"" + f.tokens[agent].folded + "\" acts"
                                                           : "who is named before the trigger acts, after it is acted on";
    const bool harm = Harm(trigger.type);
    // Whether the actor is named in the agent's span after the marker at
    // `marker`, wherever else it is named first ("bankers of North Korea
    // ... cryptocurrency stolen by Pyongyang's hackers": the hackers' state
    // acts).
    auto named_as_agent = [&](const ActorInfo* actor, size_t marker, bool drawn_in) {
      for (auto m = FirstActorFrom(f, marker + 1); m != f.actors.end(); ++m) {
        if (m->actor == actor && !m->place && m->token < f.tokens.size() && (drawn_in || AgentSpan(f, marker, m->token))) {
          return true;
        }
      }
      return false;
    };
    bool group_initiators = true;  // every initiator a group (an armed or hacker group)
    size_t initiators = 0;
    for (auto& [actor, token] : c->found) {
      ActorRef ref;
      ref.id = actor->id;
      ref.name = lang_ == Language::kIndonesian && !actor->name_id.empty() ? actor->name_id : actor->name;
      ref.country = CountryFor(*actor);
      // ("Zelenskyy accused Moscow of ... and urged allies to ...": who is
      // named between a verb and the one coordinated after it is the first
      // verb's object, not who acts in the second.)
      bool acts = subject_end != SIZE_MAX ? token >= f.dateline_end && token < subject_end
                  : reporter            ? actor == reporter
                  : instrument_verb != SIZE_MAX ? token < instrument_verb
                  : trailing != SIZE_MAX ? MentionedBetween(f, actor, trailing + 1, trigger.token)
                  : possessor         ? actor == possessor
                  : agent_marker != SIZE_MAX ? named_as_agent(actor, agent_marker, false)
                  : agent != SIZE_MAX ? named_as_agent(actor, agent, drawn)
                                      : token <= trigger.token &&
                                            !(token >= c->coordinated_objects && token < trigger.token);
      // "held joint drills with Japan and South Korea": partners drill too.
      acts = acts || (trigger.type == EventType::kDrill && Partner(f, trigger, token, c->clause_end));
      // "the theft from Bybit, which the FBI attributed to North Korea", "a
      // cyberattack blamed on Russian hackers": who it is put on did it.
      acts = acts || (harm && PerpetratorAt(f, trigger, token));
      // "launched from the Pyongyang area", "ditembakkan dari Wonsan": where a
      // missile leaves from is who fires it.
      // ("a convoy of trucks carrying food from the World Food Program",
      // "bantuan dari Jepang": whom aid comes from gives it.)
      // ("faces new sanctions from the EU": whom sanctions come from imposes
      // them; "Kecaman juga datang dari Uni Eropa": a condemnation, its speaker.)
      acts = acts || ((trigger.type == EventType::kMissileTest || trigger.type == EventType::kNuclearTest ||
                       trigger.type == EventType::kAttack || trigger.type == EventType::kAid ||
                       trigger.type == EventType::kSanction || trigger.type == EventType::kProtest ||
                       trigger.type == EventType::kWarning) &&
                      token > trigger.token && token < f.tokens.size() && FromOrigin(f, token));
      ref.role = x_.participant_types.count(trigger.type) ? ActorRole::kParticipant
                 : acts                                  ? ActorRole::kInitiator
                                                         : ActorRole::kTarget;
      c->event.actors.push_back(ref);
      if (ref.role == ActorRole::kInitiator) group_initiators = group_initiators && actor->kind == ActorKind::kGroup;
      initiators += ref.role == ActorRole::kInitiator;
    }
    // "Houthi rebels seized a cargo ship", "Hamas seized hostages": a group
    // imposes no sanction; what it seizes, it takes by force.
    if (trigger.type == EventType::kSanction && initiators > 0 && group_initiators) {
      c->type_by_parties = EventType::kAttack;
      c->why.type += " (seized by an armed group: an attack)";
    }
  }

  // The first cue of `list` in [from, to) that speaks of the trigger: for
  // modality not its own word (the threat in "threatened to test" is made,
  // the test may come), nor inside a relative clause the trigger is not in
  // ("condemned the strikes, which sparked fears of a wider war, and urged
  // restraint": the fear is the strikes'). A negation is skipped only in a
  // relative clause closed before the trigger ("reports, which Reuters could
  // not verify, said planes dropped bombs"): skipping one after it lost a
  // negated event of the check set. `to` when there is none.
  size_t CueOfTrigger(const SentenceFacts& f, const PhraseList& cues, CueKind kind, size_t from, size_t to,
                      const Candidate& c) const {
    const TriggerMention& trigger = *c.trigger;
    if (from >= to) return to;
    const std::vector<size_t>& next = NextCue(f, cues, kind);
    const size_t own_relative = RelativeClauseEnd(f, trigger.token);
    size_t at = next[from];
    while (at < to) {
      size_t relative = RelativeClauseEnd(f, at);
      // (The trigger's own words say nothing of whether it happened: "will
      // not go unanswered" is a warning made.)
      if (at >= trigger.token && at < trigger.token + trigger.length) {
        at = next[trigger.token + trigger.length];
      } else if ((kind != CueKind::kNegation || relative <= trigger.token) && relative != SIZE_MAX &&
                 relative != own_relative && relative > at &&
                 !(at >= c.relative_begin && at < c.relative_end)) {  // not "talks that were due"
        at = next[std::min(relative, f.tokens.size())];
      } else {
        return at;
      }
    }
    return to;
  }

  // Whether the cue of `cues` at `at` goes on with a verb that is not one of
  // occurrence: "could undermine", "dapat menghapus", "did not kill" (not
  // "did not take place", "batal digelar", "expected in January").
  bool OfAnotherVerb(const SentenceFacts& f, const PhraseList& cues, size_t at) const {
    size_t k = at + std::max<size_t>(1, cues.LongestAt(f.tokens, at));
    while (k < f.tokens.size() && x_.auxiliaries.at(lang_).count(f.tokens[k].folded)) ++k;
    if (k >= f.tokens.size() || !f.tokens[k].word || f.tokens[k].number || f.in_date[k]) return false;
    if (x_.occurrence_verbs.at(lang_).LongestAt(f.tokens, k) || IsTriggerAt(f, k)) return false;
    const std::string& word = f.tokens[k].folded;
    if (x_.place_prepositions.count(word) || x_.goal_prepositions.at(lang_).count(word) ||
        x_.determiners.count(word) || x_.negation.at(lang_).LongestAt(f.tokens, k) ||
        x_.modality.at(lang_).LongestAt(f.tokens, k)) {
      return false;
    }
    return Verb(word) || lang_ == Language::kEnglish;  // after an English cue, the next word is its verb
  }

  // Factuality: negation and modality cues between the clause's start and
  // just after the trigger (or in the relative clause that dates it); a date
  // after publication makes what is not negated possible.
  void DecideFactuality(const SentenceFacts& f, Candidate* c) const {
    const TriggerMention& trigger = *c->trigger;
    Event& event = c->event;
    size_t cue_begin = c->clause_begin;
    // The word after the trigger may be a cue ("talks planned", "menguji
    // kemampuan"), but not a plan that a verb takes as its object:
    // "mengkritik rencana Jepang", "criticised plans".
    const bool verb = Verb(f.tokens[trigger.token].folded);
    const size_t after = trigger.token + trigger.length;
    const bool plan_object = verb && after < f.tokens.size() && x_.plan_nouns.at(lang_).count(f.tokens[after].folded);
    // (Nor the verb it takes as its complement: "sepakat menangguhkan
    // latihan" agreed.)
    const bool complement = verb && ComplementVerbAt(f, after);
    size_t cue_end = std::min(c->clause_end, after + (plan_object || complement ? 0 : 1));
    // A noun that is its clause's subject takes the predicate after it ("the
    // talks did not take place", "talks could resume", "pertemuan itu batal
    // digelar"): a few words on, up to a comma or the next trigger.
    // (A verb's object takes no relative clause after it as its predicate:
    // "menggelar latihan militer yang akan berlangsung hingga 20 Maret"
    // holds the drill; its predicate is "menggelar". Known
    // by the verb's prefix, where a language marks verbs so: English "said
    // talks", "the scheduled talks" start clauses or qualify the noun. A verb
    // that tells an event of its own, "mengatakan perundingan ...", is
    // followed by its content's subject.)
    const bool object = trigger.token > cue_begin && PrefixedVerb(f.tokens[trigger.token - 1].folded) &&
                        !IsTriggerAt(f, trigger.token - 1) &&
                        !x_.commenting_verbs.at(lang_).count(f.tokens[trigger.token - 1].folded);
    if (!verb) {
      // (Further for a noun that opens its clause, past the phrases that
      // qualify it: "The planned visit by Japan's prime minister to Seoul
      // has been postponed".)
      const size_t kPredicate = 7, kSubjectPredicate = 12, kOpening = 3;
      const size_t reach = trigger.token <= c->clause_begin + kOpening ? kSubjectPredicate : kPredicate;
      // (The relative word may stand right after the trigger: "menggelar
      // latihan yang dijadwalkan ...".)
      if (object && after < f.tokens.size() && x_.relative_pronouns.count(f.tokens[after].folded)) {
        cue_end = std::min(cue_end, after);
      }
      for (size_t k = cue_end; k < c->clause_end && k < trigger.token + trigger.length + reach; ++k) {
        if (object && x_.relative_pronouns.count(f.tokens[k].folded)) break;
        // (Up to a purpose: "latihan itu digelar untuk melatih kemampuan" is held;
        // up to how it ended: "the talks ended without agreement" were held.)
        // (Not "to" before a place: "a visit to Seoul has been postponed".)
        const bool purpose = x_.purpose_words.at(lang_).count(f.tokens[k].folded) &&
                             !(k + 1 < f.tokens.size() && (f.tokens[k + 1].capitalized ||
                                                           x_.determiners.count(f.tokens[k + 1].folded)));
        if (f.tokens[k].Is(",") || IsTriggerAt(f, k) || purpose ||
            x_.outcome_verbs.at(lang_).LongestAt(f.tokens, k)) {
          break;
        }
        // (Nor a plan named as what it is against or about: "voiced strong
        // opposition to the plan" was voiced.)
        if (x_.plan_nouns.at(lang_).count(f.tokens[k].folded) &&
            (x_.determiners.count(f.tokens[k - 1].folded) || x_.goal_prepositions.at(lang_).count(f.tokens[k - 1].folded) ||
             x_.topic_prepositions.at(lang_).count(f.tokens[k - 1].folded))) {
          break;
        }
        cue_end = k + 1;
      }
    }
    if (c->chosen_relative) {
      // Dated by its relative clause: that clause says whether it happened.
      cue_begin = c->relative_begin;
      cue_end = c->relative_end;
    }
    if (size_t comma = TrailingSpeaker(f, trigger, cue_begin); comma != SIZE_MAX) cue_begin = comma + 1;
    c->why.factuality = "asserted: no negation or modality cue in the clause up to the trigger";
    // "Pakistan denied opening fire and accused India ...": a coordinated
    // verb right after "and" is out of the negation's reach.
    size_t negation_begin = cue_begin;
    for (size_t k = trigger.token; k > cue_begin && trigger.token - k < 2; --k) {
      // (Not the "serta" of "ikut serta": one verb.)
      if (x_.coordinators.at(lang_).LongestAt(f.tokens, k - 1) && !InFixedPhrase(f, k - 1)) negation_begin = k;
    }
    // "menolak menandatangani pernyataan di KTT", "refused to sign at the
    // summit": the setting after a place preposition happened all the same.
    // ("No agreement was reached at the talks": a determiner may stand between.)
    // ("did not sign a statement at the end of the meeting", "di akhir
    // pertemuan": a setting's head noun, and "of", may stand between.)
    if (trigger.token > cue_begin) {
      size_t setting = trigger.token - 1;
      auto skip = [&](bool when) {
        if (when && setting > cue_begin) --setting;
      };
      // ("at Tuesday's talks", "at last week's summit": a day's possessive
      // before the noun.)
      if (setting >= cue_begin + 3 && x_.possessive_endings.at(lang_).count(f.tokens[setting].folded) &&
          !f.tokens[setting - 1].word && f.in_date[setting - 2]) {
        // (The date may have taken the preposition: "at Tuesday".)
        size_t first = setting - 2;
        while (first > cue_begin && f.in_date[first - 1] && !x_.setting_prepositions.count(f.tokens[first].folded)) --first;
        if (x_.setting_prepositions.count(f.tokens[first].folded)) {
          setting = first;
        } else if (first > cue_begin) {
          setting = first - 1;
        }
      }
      // ("at the ASEAN meeting", "at the G20 summit": a name before the noun.)
      // ("during the 11-day exercise", "at the annual summit": a modifier or
      // two, a number joined to its unit, before the noun.)
      const size_t kNameWords = 3, kModifierTokens = 3;
      for (size_t seen = 0; seen < kNameWords && f.tokens[setting].capitalized && f.tokens[setting].word; ++seen) skip(true);
      for (size_t seen = 0; seen < kModifierTokens; ++seen) {
        const Token& m = f.tokens[setting];
        const bool modifier = m.number || m.Is("-") ||
                              (m.word && !m.capitalized && !Verb(m.folded) && !x_.determiners.count(m.folded) &&
                               !x_.negation.at(lang_).LongestAt(f.tokens, setting) && !IsPreposition(f, setting));
        if (!modifier) break;
        skip(true);
      }
      skip(x_.determiners.count(f.tokens[setting].folded) > 0);
      skip(f.tokens[setting].Is("of"));
      const bool head = x_.setting_heads.count(f.tokens[setting].folded) > 0;
      skip(head);
      if (head) skip(x_.determiners.count(f.tokens[setting].folded) > 0);
      if (x_.setting_prepositions.count(f.tokens[setting].folded)) negation_begin = trigger.token;
    }
    // "Could" or "dapat" in a noun's predicate that goes on with another
    // verb is that verb's ("the attack could undermine the talks"); "will"
    // is not ("the drills will involve 5,000 troops" are to come), nor is a
    // negation (skipping "did not" there lost a negated event of the check
    // set).
    const size_t predicate = trigger.token + trigger.length;
    auto of_this = [&](const PhraseList& cues, CueKind kind, size_t from) {
      size_t at = CueOfTrigger(f, cues, kind, from, cue_end, *c);
      if (at < cue_end && at >= predicate && !c->chosen_relative && kind != CueKind::kNegation &&
          x_.possibility_modals.at(lang_).count(f.tokens[at].folded) && OfAnotherVerb(f, cues, at)) {
        return cue_end;
      }
      return at;
    };
    size_t negation = of_this(x_.negation.at(lang_), CueKind::kNegation, negation_begin);
    // "tidak berkomentar soal serangan udara", "menolak mengomentari serangan
    // drone": a negation of a verb of speaking about the event, not of it.
    // (A few words on from the negation: "declined to comment on".)
    const size_t kToSpeaking = 4;
    if (negation < cue_end && negation < trigger.token) {
      for (size_t k = negation + 1; k < trigger.token && k <= negation + kToSpeaking; ++k) {
        // ("have yet to identify the hackers behind the breach", "belum
        // diketahui siapa pelaku serangan itu": the finding out is denied.)
        if (x_.commenting_verbs.at(lang_).count(f.tokens[k].folded) || x_.inquiry_verbs.at(lang_).count(f.tokens[k].folded)) {
          negation = cue_end;
          break;
        }
      }
    }
    // "No one was killed in the attack", "Tidak ada korban jiwa dalam
    // serangan itu": what a negated noun denies is what the event did; the
    // event, after a preposition of its circumstance, happened.
    if (negation < cue_end && negation < trigger.token && x_.noun_negations.at(lang_).LongestAt(f.tokens, negation) &&
        CircumstanceBefore(f, negation, trigger.token)) {
      negation = cue_end;
    }
    // ("drills without live fire": a negation after the trigger that denies
    // only what follows it describes the event.)
    if (negation < cue_end && negation >= predicate && x_.forward_negations.at(lang_).count(f.tokens[negation].folded)) {
      negation = cue_end;
    }
    if (negation < cue_end && x_.cancellation.at(lang_).LongestAt(f.tokens, negation) &&
        ModalBefore(f, negation, negation < trigger.token ? cue_begin : trigger.token)) {
      // "could be postponed", "bisa ditunda", "could suspend the deal": it may
      // yet be called off.
      event.factuality = Factuality::kPossible;
      c->why.factuality = "possible: \"" + f.tokens[negation].folded + "\" after a modal";
    } else if (size_t at = negation; at < cue_end) {
      event.factuality = Factuality::kNegated;
      c->why.factuality = "negated: cue \"" + CueWord(f, x_.negation.at(lang_), CueKind::kNegation, at) + "\"";
    } else if (size_t at = of_this(x_.modality.at(lang_), CueKind::kOther, cue_begin); at < cue_end) {
      event.factuality = Factuality::kPossible;
      c->why.factuality = "possible: cue \"" + CueWord(f, x_.modality.at(lang_), CueKind::kOther, at) + "\"";
      NextWeekdayAfterCue(f, at, c);
    }
    if (event.factuality == Factuality::kAsserted && !c->chosen_relative) {
      if (std::string denial = DenialBefore(f, c->clause_begin); !denial.empty()) {
        event.factuality = Factuality::kNegated;
        c->denied = true;
        c->why.factuality = "negated: what \"" + denial + "\" before its clause denies";
      }
    }
    if (event.factuality == Factuality::kAsserted) {
      if (size_t at = FailedAttempt(f, *c); at != SIZE_MAX) {
        event.factuality = Factuality::kNegated;
        c->why.factuality = "negated: an attempt at it that \"" + f.tokens[at].folded + "\"";
      }
    }
    if (event.factuality != Factuality::kNegated && c->chosen_relative) {
      if (size_t off = CalledOffBeforeRelative(f, *c); off != SIZE_MAX) {
        event.factuality = Factuality::kNegated;
        c->why.factuality = "negated: \"" + Words(f, off, off + x_.cancellation.at(lang_).LongestAt(f.tokens, off)) +
                            "\" before it, whose relative clause dates it";
      }
    }
    if (event.factuality != Factuality::kNegated) {
      if (size_t off = CalledOffAfterRelative(f, *c); off != SIZE_MAX) {
        event.factuality = Factuality::kNegated;
        c->why.factuality = "negated: \"" + Words(f, off, off + x_.cancellation.at(lang_).LongestAt(f.tokens, off)) +
                            "\", after its relative clause";
      }
    }
    if (event.factuality == Factuality::kAsserted) {
      if (size_t warning = WarnedAgainst(f, *c); warning != SIZE_MAX) {
        event.factuality = Factuality::kPossible;
        c->why.factuality = "possible: what \"" + f.tokens[warning].folded + "\" warns against";
      }
    }
    // "arrived on Monday ahead of joint exercises": still to come then; the
    // time before the words is the arrival's, not its.
    if (event.factuality == Factuality::kAsserted) {
      if (size_t cue = AnticipatedAfter(f, trigger); cue != SIZE_MAX) {
        if (c->chosen && MentionTokens(f, *c->chosen).first < cue) {
          c->date = DateSpan{};
          c->chosen = nullptr;
          c->why.date = "unknown: the time before \"" + Words(f, AnticipationBegin(f, cue), cue) + "\" is another act's";
        }
        if (!c->date.known() || !article_.published || *c->date.start > *article_.published) {
          event.factuality = Factuality::kPossible;
          c->why.factuality = "possible: still to come (\"" + Words(f, AnticipationBegin(f, cue), cue) + "\")";
        }
      }
    }
    // (What the text says will not happen stays negated, "Pyongyang will not
    // attend next week's talks", unless it was put off to that time.)
    if (c->date.known() && article_.published && *c->date.start > *article_.published &&
        (event.factuality != Factuality::kNegated ||
         (c->chosen && PutOffToDate(f, cue_begin, MentionTokens(f, *c->chosen).first)))) {
      c->why.factuality = event.factuality == Factuality::kPossible ? c->why.factuality + ", and dated after publication"
                                                                    : "possible: dated after publication";
      c->possible_by_date = event.factuality == Factuality::kAsserted;
      event.factuality = Factuality::kPossible;
    }
  }

  // "The EU is expected to adopt the package at a meeting of foreign
  // ministers on Monday": a bare weekday the tagger read as past (its cue
  // too far back) is the next such day when the cue that makes the event
  // one that may come is a cue of the future (SPEC §3).
  void NextWeekdayAfterCue(const SentenceFacts& f, size_t cue, Candidate* c) const {
    if (!c->chosen || !c->chosen->weekday_by_tense || c->inherited_date || !c->date.known() || !article_.published ||
        *c->date.end > *article_.published || MentionTokens(f, *c->chosen).first < cue ||
        cue + 1 >= f.tokens.size() || !IsFutureCue(f.tokens[cue].folded, f.tokens[cue + 1].folded)) {
      return;
    }
    const date::days kWeek{7};
    c->date.start = *c->date.start + kWeek;
    c->date.end = *c->date.end + kWeek;
    c->why.date += ", the next such day (a cue of the future before it)";
  }

  // The token right after an anticipation phrase ("ahead of", "menjelang")
  // that ends a few modifiers before the trigger ("ahead of joint
  // exercises", "ahead of next week's summit"), else SIZE_MAX.
  size_t AnticipatedAfter(const SentenceFacts& f, const TriggerMention& trigger) const {
    const size_t kModifiers = 3;
    for (size_t k = trigger.token; k > 0 && trigger.token - k <= kModifiers; --k) {
      if (x_.anticipation_before.at(lang_).EndsBefore(f.tokens, k)) return k;
      const Token& before = f.tokens[k - 1];
      if (!before.word && !(k >= 2 && x_.possessive_endings.at(lang_).count(before.folded))) {
        if (!before.Is("'")) return SIZE_MAX;
      }
      if (before.word && Verb(before.folded)) return SIZE_MAX;
    }
    return SIZE_MAX;
  }
  // Where the anticipation phrase that ends right before `end` begins.
  size_t AnticipationBegin(const SentenceFacts& f, size_t end) const {
    for (size_t k = end; k > 0; --k) {
      if (x_.anticipation_before.at(lang_).LongestAt(f.tokens, k - 1) == end - (k - 1)) return k - 1;
    }
    return end;
  }

  // Whether a circumstance preposition ("in", "dalam") stands between `from`
  // and the trigger at `token`, a few modifiers before it ("in the drone
  // attack", "akibat serangan drone").
  bool CircumstanceBefore(const SentenceFacts& f, size_t from, size_t token) const {
    const size_t kModifiers = 3;
    for (size_t k = token; k > from + 1 && token - k <= kModifiers; --k) {
      const Token& before = f.tokens[k - 1];
      if (x_.circumstance_prepositions.at(lang_).count(before.folded)) return true;
      if (!before.word) return false;
    }
    return false;
  }

  // "menunda latihan gabungan yang dijadwalkan pekan depan": the relative
  // clause that dates the trigger says it was planned; the verb whose object
  // the trigger is (a determiner between at most) calls it off. That verb's
  // token, else SIZE_MAX.
  size_t CalledOffBeforeRelative(const SentenceFacts& f, const Candidate& c) const {
    size_t end = c.trigger->token;
    if (end > c.clause_begin && x_.determiners.count(f.tokens[end - 1].folded)) --end;
    const size_t kLongest = 3;  // "called off", "put on hold"
    for (size_t k = end; k > c.clause_begin && end - k < kLongest; --k) {
      if (x_.cancellation.at(lang_).LongestAt(f.tokens, k - 1) == end - (k - 1)) return k - 1;
    }
    return SIZE_MAX;
  }

  // "talks, which had been due to resume this week but were postponed",
  // "perundingan yang semula dijadwalkan pekan ini namun ditunda": the
  // relative clause after the trigger goes on, past a coordinator or a
  // contrast, with a cancellation (auxiliaries between). Its token, else
  // SIZE_MAX.
  size_t CalledOffAfterRelative(const SentenceFacts& f, const Candidate& c) const {
    const size_t after = c.trigger->token + c.trigger->length;
    if (c.relative_end <= c.relative_begin || c.relative_end >= f.tokens.size() || c.relative_begin > after + 1) {
      return SIZE_MAX;  // (the trigger's own relative clause, right after it: a comma between at most)
    }
    size_t k = c.relative_end;
    if (f.tokens[k].Is(",")) ++k;
    const size_t n = std::max(x_.coordinators.at(lang_).LongestAt(f.tokens, k), x_.clause_breaks.at(lang_).LongestAt(f.tokens, k));
    if (!n) return SIZE_MAX;
    k += n;
    const size_t kAuxiliaries = 2;  // "were then", "had been"
    for (size_t seen = 0; k < f.tokens.size() && seen <= kAuxiliaries; ++k, ++seen) {
      if (x_.cancellation.at(lang_).LongestAt(f.tokens, k)) return k;
      const std::string& word = f.tokens[k].folded;
      if (!x_.auxiliaries.at(lang_).count(word) && !x_.passive_auxiliaries.at(lang_).count(word)) return SIZE_MAX;
    }
    return SIZE_MAX;
  }

  // "Iran warned Israel against further strikes", "warned against any
  // attack": what a warning warns against has not happened. The trigger a
  // few words after an opposition preposition ("against") that follows a
  // warning's trigger in its clause, its addressee between. The warning's
  // token, else SIZE_MAX.
  size_t WarnedAgainst(const SentenceFacts& f, const Candidate& c) const {
    const TriggerMention& trigger = *c.trigger;
    const size_t kObjectWords = 3;   // "against any further strikes"
    const size_t kAddressWords = 5;  // "warned the Philippine government against"
    for (size_t k = trigger.token; k > c.clause_begin && trigger.token - k <= kObjectWords; --k) {
      if (!x_.opposition_prepositions.at(lang_).count(f.tokens[k - 1].folded)) continue;
      // (The triggers that start in the few words before it: one search.)
      const size_t kHeadWords = 4;  // the longest warning phrase
      const size_t from = std::max(c.clause_begin, k > kAddressWords + kHeadWords + 1 ? k - 1 - kAddressWords - kHeadWords : 0);
      auto head = std::partition_point(f.triggers.begin(), f.triggers.end(),
                                       [&](const TriggerMention& t) { return t.token < from; });
      for (; head != f.triggers.end() && head->token < k - 1; ++head) {
        if (head->type == EventType::kWarning && head->token + head->length < k &&
            k - 1 - (head->token + head->length) <= kAddressWords) {
          return head->token;
        }
      }
      return SIZE_MAX;
    }
    return SIZE_MAX;
  }

  // "A second attempt to drain the wallet on Friday failed", "upaya kedua
  // untuk menguras dompet ... gagal", "a failed attempt to hack ...": the
  // trigger right after an attempt noun and a purpose word, with a failure
  // word right before the noun or after the trigger in its clause (no
  // comma between). The failure word's token, else SIZE_MAX.
  size_t FailedAttempt(const SentenceFacts& f, const Candidate& c) const {
    const TriggerMention& trigger = *c.trigger;
    const size_t kBefore = 2, kAfter = 12;
    if (trigger.token < 2 || !x_.purpose_words.at(lang_).count(f.tokens[trigger.token - 1].folded)) return SIZE_MAX;
    // The noun right before the purpose word, or one word before that
    // ("upaya kedua untuk", "a second attempt to" has it right before).
    size_t noun = SIZE_MAX;
    for (size_t k = trigger.token - 1; k > 0 && trigger.token - k <= 2 && noun == SIZE_MAX; --k) {
      if (x_.attempt_nouns.at(lang_).count(f.tokens[k - 1].folded)) noun = k - 1;
    }
    if (noun == SIZE_MAX) return SIZE_MAX;
    const PhraseList& failures = x_.failure_words.at(lang_);
    for (size_t k = noun; k > 0 && noun - k < kBefore; --k) {
      if (failures.LongestAt(f.tokens, k - 1)) return k - 1;
    }
    const size_t end = std::min(c.clause_end, trigger.token + trigger.length + kAfter);
    for (size_t k = trigger.token + trigger.length; k < end && !f.tokens[k].Is(","); ++k) {
      if (failures.LongestAt(f.tokens, k)) return k;
    }
    return SIZE_MAX;
  }

  // Whether a time mention opened by a preposition ends right before token
  // `end` ("on Friday" before "demanding").
  bool DateWithPrepositionEndsAt(const SentenceFacts& f, size_t end) const {
    for (const TimeMention& t : f.times) {
      auto [token, last] = MentionTokens(f, t);
      if (last == end) return OpensWithPreposition(f, token);
      if (last > end) break;
    }
    return false;
  }

  // Whether the trigger word at `next` is a participle that opens an
  // adjunct after the time mention [token, next) with its preposition
  // ("adopted a resolution on Friday demanding a ceasefire").
  bool ParticipleAfterDate(const SentenceFacts& f, size_t token, size_t next) const {
    return EndsIn(f.tokens[next].folded, x_.comma_participle_endings.at(lang_)) && OpensWithPreposition(f, token);
  }

  // Whether the time mention at `token` has its preposition, its own first
  // word or the word before ("on Friday").
  bool OpensWithPreposition(const SentenceFacts& f, size_t token) const {
    if (f.tokens[token].word && IsPreposition(f, token)) return true;
    return token > 0 && f.tokens[token - 1].word && IsPreposition(f, token - 1);
  }

  // Whether token `k` is a preposition of place, setting, circumstance or
  // topic, or no word: what follows it is no verb's modifier.
  bool IsPreposition(const SentenceFacts& f, size_t k) const {
    const std::string& w = f.tokens[k].folded;
    return !f.tokens[k].word || x_.circumstance_prepositions.at(lang_).count(w) ||
           x_.topic_prepositions.at(lang_).count(w) || x_.place_prepositions.count(w) ||
           x_.setting_prepositions.count(w);
  }

  // Whether the cancellation that ends at token `end` puts off to a time
  // ("postponed until Friday", "ditunda hingga Jumat"): the event may come
  // then.
  bool PutOffTo(const SentenceFacts& f, size_t end) const {
    return end + 1 < f.tokens.size() && x_.put_off_to.at(lang_).count(f.tokens[end].folded) &&
           (f.in_date[end] || f.in_date[end + 1]);
  }
  // Whether a modality cue stands in the few words before token `k`, not
  // before `floor` ("could be postponed", "bisa ditunda").
  bool ModalBefore(const SentenceFacts& f, size_t k, size_t floor) const {
    const size_t kReach = 3;  // "may now be called off"
    for (size_t m = k; m > floor && k - m < kReach; --m) {
      // ("KTT yang dijadwalkan Kamis itu dibatalkan": a modal with a time
      // of its own schedules the noun; the cancellation is the sentence's.)
      if (f.in_date[m - 1]) return false;
      if (x_.modality.at(lang_).LongestAt(f.tokens, m - 1)) return true;
    }
    return false;
  }
  // Whether the date at token `date_token` is one a cancellation just
  // before it puts the event off to ("postponed until Friday": the
  // cancellation ends at the date's own "until"). A few words back, not
  // before `from`.
  bool PutOffToDate(const SentenceFacts& f, size_t from, size_t date_token) const {
    const size_t kBack = 6;  // "dibatalkan dan ditunda hingga"
    for (size_t k = std::max(from, date_token > kBack ? date_token - kBack : 0); k < date_token; ++k) {
      if (size_t n = x_.cancellation.at(lang_).LongestAt(f.tokens, k); n && PutOffTo(f, k + n)) return true;
    }
    return false;
  }

  // "Pakistan denied on Monday that its forces had fired on Indian posts":
  // Monday is the denial's. What it denies is the event of its type told
  // already, on that event's day; with none told, at no time given.
  void DateDenied(const std::vector<Event>& earlier, Candidate* c) const {
    auto told = earlier_.last_dated_by_type.find(c->trigger->type);
    if (told == earlier_.last_dated_by_type.end()) {
      c->date = DateSpan{};
      c->why.date = "unknown: the time before its clause is the denial's";
      return;
    }
    c->date = earlier[told->second].date;
    c->date.text.clear();
    c->why.date = "that of the " + std::string(ToString(c->trigger->type)) + " told already, which it denies";
  }

  // "denied on Monday that Moscow had supplied jets", "membantah laporan
  // Al-Masirah bahwa pesawatnya menyerang ...": a clause opened by a
  // complementizer says what the verb a few words before it (a date or the
  // denial's object between) denies. Returns the denial, or "".
  std::string DenialBefore(const SentenceFacts& f, size_t clause_begin) const {
    if (clause_begin == 0 || clause_begin >= f.tokens.size() ||
        !x_.complementizers.at(lang_).count(f.tokens[clause_begin].folded)) {
      return "";
    }
    const size_t kBetween = 3;  // "denied reports by Al-Masirah that"
    for (size_t k = clause_begin, seen = 0; k > 0 && seen <= kBetween; --k) {
      const Token& before = f.tokens[k - 1];
      if (!before.word) return "";
      if (Verb(before.folded) && x_.negation.at(lang_).LongestAt(f.tokens, k - 1) > 0) return before.folded;
      if (!f.in_date[k - 1]) ++seen;
    }
    return "";
  }

  // An asserted event without a time of its own borrows one, from the
  // first of: the event of its sentence it is told beside ("while"); the
  // statement whose act it is; else it continues what its actors did before
  // ("The FBI urged ...", "Dalam pernyataan bersama, utusan ... mendesak"
  // at the meeting): the latest earlier event in which all its initiators
  // took part lends its date, if it was told in this sentence or the one
  // before (from further back it lent wrong dates more often than right
  // ones: dev and check both rose when it stopped, docs/extraction.md).
  // "baru-baru ini", "recently": a time of its own, only not told; it
  // borrows none.
  void LendDate(const SentenceFacts& f, const std::vector<Event>& earlier, Candidate* c) const {
    bool recent = HasPhrase(f, x_.vague_recent.at(lang_), c->clause_begin, c->clause_end);
    if (c->event.factuality != Factuality::kAsserted || (c->date.known() && !c->inherited_date) || c->vague_past ||
        recent) {
      return;
    }
    std::set<std::string> initiators;
    for (const ActorRef& a : c->event.actors) {
      if (a.role != ActorRole::kTarget) initiators.insert(a.country.empty() ? a.id : a.country);
    }
    auto borrow = [&](const Event& lender, std::string why) {
      c->date = lender.date;
      c->date.text.clear();
      c->inherited_date = false;
      c->why.date = "none of its own: " + why;
    };
    // "South Korea blacklisted 12 North Koreans ..., and Japan took similar
    // steps": the same kind of act, told beside the one it is like, at its
    // time.
    if (c->trigger->same_type) {
      for (size_t n = earlier.size(); n-- > sentence_first_event_;) {
        const Event& like = earlier[n];
        if (like.type == c->trigger->type && like.date.known() && like.factuality == Factuality::kAsserted) {
          return borrow(like, "that of the " + std::string(ToString(like.type)) + " of its sentence it is like");
        }
      }
    }
    // "... summoned the ambassador on Wednesday, while the Treasury froze
    // the assets of ...": at the time of the sentence's event before it.
    if (const Event* beside = ToldBeside(f, earlier, *c)) {
      return borrow(*beside, "that of the sentence's " + std::string(ToString(beside->type)) + " it is told beside (\"" +
                                 f.tokens[c->clause_begin].folded + "\")");
    }
    // "... met on Wednesday, in a joint statement that also called on ...",
    // "The statement also urged ...": the statement's act has the statement's
    // date, and, when the clause names no one, its issuers.
    if (const Event* statement = StatementOf(f, earlier, *c)) {
      borrow(*statement, "that of the statement's " + std::string(ToString(statement->type)));
      if (initiators.empty()) {
        ActWith(*statement, c);
        c->why.actors += "; the statement's issuers, from its " + std::string(ToString(statement->type));
      }
      return;
    }
    // "The statement condemned the launches and urged all parties ...": the
    // second verb's subject did the first; at its time, and by its
    // initiators when the clause names none.
    if (const Event* first = c->coordinated;
        first && first->date.known() && first->factuality == Factuality::kAsserted) {
      borrow(*first, "that of the " + std::string(ToString(first->type)) + " whose verb it is coordinated with");
      if (initiators.empty()) {
        ActWith(*first, c);
        c->why.actors += "; the subject of the verb it is coordinated with";
      }
      return;
    }
    // "Jepang langsung melayangkan protes", "Seoul immediately condemned the
    // launch": a speech act told as done at once answers the latest event
    // told before that is none, on its day.
    // (The latest such act, from the index: AnswerableAct.)
    if (const TriggerMention& trigger = *c->trigger; SpeechAct(trigger.type) && trigger.token > 0 &&
        x_.immediacy_adverbs.at(lang_).count(f.tokens[trigger.token - 1].folded) && earlier_.last_act &&
        earlier[*earlier_.last_act].date.known()) {
      const Event& answered = earlier[*earlier_.last_act];
      return borrow(answered, "that of the " + std::string(ToString(answered.type)) + " it answers at once (\"" +
                                  f.tokens[trigger.token - 1].folded + "\")");
    }
    // "Grossi told reporters on Monday that ... . He urged Iran ...": the
    // speaker goes on, on the day the sentence before gave.
    if (c->subject_before && previous_day_) {
      c->date = *previous_day_;
      c->date.text.clear();
      c->inherited_date = false;
      c->why.date = "none of its own: the day of the sentence before, whose speaker its pronoun stands for";
      return;
    }
    const Event* before = LatestWithParties(earlier, initiators, previous_sentence_begin_);
    // ("A UN panel estimated in 2024 that North Korea had stolen ...": what
    // a report of its sentence finds happened no later than the report.)
    // (The sentence's first events only: a report opens what it finds.)
    const size_t kReportsAhead = 4;
    if (before && before->date.known()) {
      for (size_t i = sentence_first_event_; i < earlier.size() && i < sentence_first_event_ + kReportsAhead && before; ++i) {
        const Event& report = earlier[i];
        if (report.type == EventType::kReport && report.date.known() && *report.date.end < *before->date.start) {
          before = nullptr;
        }
      }
    }
    if (before) {
      borrow(*before, "that of its initiators' earlier event " + std::string(ToString(before->type)));
      // "Seoul mengecam peluncuran tersebut" after a drill Seoul held two
      // days before the launch: what answers a named event is not before it.
      for (EventType type : f.referenced_types) {
        auto it = earlier_.last_answerable_by_type.find(type);
        if (it == earlier_.last_answerable_by_type.end()) continue;
        const Event& named = earlier[it->second];
        if (named.date.known() && *c->date.end < *named.date.start) {
          borrow(named, "that of the " + std::string(ToString(named.type)) + " it names (its initiators' earlier " +
                            std::string(ToString(before->type)) + " is before it)");
        }
      }
    }
  }

  // "five firms that it said had helped Iran", "kelompok yang menurut
  // mereka ...": a saying by a pronoun right after a relative word, itself
  // after a noun (not "said that it said"), tells who describes the noun.
  bool SayingInDescription(const SentenceFacts& f, const TriggerMention& trigger) const {
    const size_t k = trigger.token;
    if (k < 3) return false;
    const std::string& relative = f.tokens[k - 2].folded;
    const std::string& pronoun = f.tokens[k - 1].folded;
    const bool opens = x_.relative_pronouns.count(relative) || x_.complementizers.at(lang_).count(relative);
    const bool by_pronoun =
        x_.subject_pronouns.at(lang_).count(pronoun) || x_.subject_pronouns_plural.at(lang_).count(pronoun);
    return opens && by_pronoun && f.tokens[k - 3].word && !Verb(f.tokens[k - 3].folded) &&
           !x_.attribution.at(lang_).LongestAt(f.tokens, k - 3);
  }

  // Whether the time phrase names "the incident" right after it.
  bool IncidentNamedAfter(const SentenceFacts& f, const TimeMention& phrase) const {
    size_t k = TokenAt(f, phrase.end);  // the word after it
    if (k < f.tokens.size() && x_.determiners.count(f.tokens[k].folded)) ++k;
    return k < f.tokens.size() && x_.incident_nouns.at(lang_).count(f.tokens[k].folded) > 0;
  }

  // Whether the time phrase opens the sentence and a comma closes what it
  // names before the trigger: "Dua hari setelah insiden itu, Filipina dan
  // Jepang menggelar latihan", "But a day before the talks, ...": the
  // trigger is counted from the event the phrase names, not the other way
  // (as in "The launch came two days after the allies held drills"). Only
  // a phrase at the start (a connective and a comma before it at most):
  // a comma after a phrase inside the sentence may be a list's.
  bool FrontedBeforeComma(const SentenceFacts& f, const TimeMention& phrase, const TriggerMention& trigger) const {
    const size_t begin = TokenAt(f, phrase.begin);
    const size_t kConnectiveWords = 3;  // "Namun ,", "But", "Pada hari itu ,"
    if (begin > 0 && (begin > kConnectiveWords || (!f.tokens[begin - 1].Is(",") && begin > 1))) return false;
    const size_t kNamedWords = 8;  // "dua hari setelah insiden penembakan di perbatasan itu,"
    const size_t end = TokenAt(f, phrase.end);
    for (size_t k = end; k < trigger.token && k <= end + kNamedWords; ++k) {
      if (f.tokens[k].Is(",")) return true;
    }
    return false;
  }

  // Whether `trigger` is what the threat `head` threatens its subject will
  // do: right after it, past a time, a purpose word or an auxiliary ("to",
  // "akan", "untuk"), then the trigger a few words on ("threatened on Monday
  // to impose new sanctions").
  bool ThreatensOwnAct(const SentenceFacts& f, const TriggerMention& head, const TriggerMention& trigger) const {
    auto opens = [&](size_t k) {
      return x_.purpose_words.at(lang_).count(f.tokens[k].folded) || x_.auxiliaries.at(lang_).count(f.tokens[k].folded);
    };
    size_t k = head.token + head.length;  // the first word of what it threatens
    if (!opens(k - 1)) {                  // (the trigger's phrase may hold it: "mengancam akan")
      while (k < f.tokens.size() && f.in_date[k]) ++k;
      if (k >= f.tokens.size() || !opens(k)) return false;
      ++k;
    }
    const size_t kObjectWords = 3;  // "to impose new sanctions"
    return trigger.token >= k && trigger.token <= k + kObjectWords;
  }

  // Whether a series phrase ends right before the trigger, two words
  // between at most ("the latest in a string of crypto heists").
  bool OfASeries(const SentenceFacts& f, const TriggerMention& trigger) const {
    const size_t kModifierWords = 2;
    for (size_t k = trigger.token; k > 0 && trigger.token - k <= kModifierWords; --k) {
      if (x_.series_before.at(lang_).EndsBefore(f.tokens, k)) return true;
      if (!f.tokens[k - 1].word) return false;
    }
    return false;
  }

  // "The joint statement, released on Sunday, urged Myanmar ...": what a
  // statement does, with no one named who acts, is done by those who acted
  // in the latest meeting, agreement or speech act told in this sentence or
  // the one before (whatever its date: LendDate gives undated acts theirs).
  void StatementIssuers(const SentenceFacts& f, const std::vector<Event>& earlier, Candidate* c) const {
    if (!StatementSubject(f, *c)) return;
    for (const ActorRef& a : c->event.actors) {
      if (a.role != ActorRole::kTarget) return;
    }
    const size_t kBack = 8;  // a few events back at most, whatever the sentence's length
    for (size_t n = earlier.size(), seen = 0; n-- > 0 && seen < kBack; ++seen) {
      const Event& e = earlier[n];
      if (e.evidence.start < previous_sentence_begin_) break;
      if (!x_.speech_types.count(e.type) && !x_.participant_types.count(e.type)) continue;
      if (std::none_of(e.actors.begin(), e.actors.end(), [](const ActorRef& a) { return a.role != ActorRole::kTarget; })) {
        continue;
      }
      ActWith(e, c);
      std::stable_partition(c->event.actors.begin(), c->event.actors.end(),
                            [](const ActorRef& a) { return a.role != ActorRole::kTarget; });
      c->why.actors += "; the statement's issuers, from the " + std::string(ToString(e.type)) + " told before";
      return;
    }
  }

  // The event of this sentence told by an earlier trigger of it (the verb a
  // later one is coordinated with), or null.
  // (Events are told in their triggers' order: the latest of its type in
  // this sentence is the first verb's.)
  const Event* EventOfTrigger(const std::vector<Event>& earlier, const TriggerMention& first) const {
    return LatestOfSentence(earlier, [&](const Event& e) { return e.type == first.type; });
  }

  // The latest event of this sentence that is `wanted`, a few back at most
  // (a sentence of trigger after trigger costs no pass over its events per
  // trigger), or null.
  template <typename Wanted>
  const Event* LatestOfSentence(const std::vector<Event>& earlier, Wanted wanted) const {
    const size_t kBack = 8;
    for (size_t n = earlier.size(), seen = 0; n-- > sentence_first_event_ && seen < kBack; ++seen) {
      if (wanted(earlier[n])) return &earlier[n];
    }
    return nullptr;
  }

  // Those who act in `lender` (its initiators and participants) act in the
  // candidate too: a statement's issuers, a first verb's subject.
  static void ActWith(const Event& lender, Candidate* c) {
    for (const ActorRef& a : lender.actors) {
      if (a.role == ActorRole::kTarget) continue;
      ActorRef actor = a;
      actor.role = ActorRole::kInitiator;
      c->event.actors.push_back(actor);
    }
  }

  // The sentence's latest dated asserted event before a clause told beside
  // it ("while", "sementara"), or null.
  const Event* ToldBeside(const SentenceFacts& f, const std::vector<Event>& earlier, const Candidate& c) const {
    if (c.clause_begin == 0 || c.clause_begin >= f.tokens.size() ||
        !x_.simultaneous_clauses.at(lang_).count(f.tokens[c.clause_begin].folded)) {
      return nullptr;
    }
    for (size_t n = earlier.size(); n-- > sentence_first_event_;) {
      if (earlier[n].date.known() && earlier[n].factuality == Factuality::kAsserted) return &earlier[n];
    }
    return nullptr;
  }

  // The event that issued the statement whose act the trigger is: the
  // sentence's latest dated event, for a statement's relative clause; the
  // latest dated speech act, meeting or agreement of this sentence or the
  // one before, for "the statement" as subject. Null when neither.
  const Event* StatementOf(const SentenceFacts& f, const std::vector<Event>& earlier, const Candidate& c) const {
    const bool subject = StatementSubject(f, c);
    if (!subject && !OnStatement(f, c.trigger->token)) return nullptr;
    for (size_t n = earlier.size(); n-- > 0;) {
      if (subject ? earlier[n].evidence.start < previous_sentence_begin_ : n < sentence_first_event_) break;
      if (subject && !x_.speech_types.count(earlier[n].type) && !x_.participant_types.count(earlier[n].type)) continue;
      if (earlier[n].date.known()) return &earlier[n];
    }
    return nullptr;
  }

  // The event as told: type, date, evidence, title, place, money, its id,
  // and what decided each part (--explain); an open-ended negation's
  // referred event goes to referred_.
  Event Finish(const SentenceFacts& f, Candidate* c) {
    const TriggerMention& trigger = *c->trigger;
    const TimeMention* chosen = c->chosen;
    Event& event = c->event;
    const bool open_negation = event.factuality == Factuality::kNegated && chosen && chosen->open_ended;
    if (open_negation) c->date = DateSpan{};
    event.type = c->type_by_parties.value_or(trigger.type);
    event.date = c->date;
    if (HasCue(f, x_.distinct.at(lang_), c->clause_begin, c->clause_end)) {
      distinct_.insert({f.sentence.begin, trigger.type});
    }
    // Its id (completed by Merge): the byte offset of its trigger in the file,
    // so that a rule that adds or drops another event leaves it unchanged.
    event.id = std::to_string(f.sentence.begin + f.tokens[trigger.token].begin);
    event.evidence.start = f.sentence.begin;
    event.evidence.end = f.sentence.end;  // its text is set for the events kept (Merge)
    event.title = std::string(FitToWidth(Trim(f.text), 110));
    for (const ActorMention& a : f.actors) {
      if (a.place) {
        const Token& first = f.tokens[a.token];
        const Token& last = f.tokens[a.token + a.length - 1];
        event.place = Place{std::string(f.text.substr(first.begin, last.end - first.begin)),
                            Registry::Builtin().CountryOf(a.actor->id)};
        break;
      }
    }
    if (trigger.type == EventType::kTheft || trigger.type == EventType::kSanction ||
        trigger.type == EventType::kAid || trigger.type == EventType::kCyberattack) {
      event.quantities = Money(f);
    }
    event.confidence = c->own_date_in_clause && !c->attribution_date ? 0.7 : 0.5;
    if (explain_) {
      if (open_negation) c->why.date = "undated: a negation that runs since \"" + chosen->span.text + "\"";
      const Why& why = c->why;
      event.why = {"type: " + why.type, "date: " + (why.date.empty() ? "none" : why.date), "actors: " + why.actors,
                   "roles: " + why.roles, "factuality: " + why.factuality};
    }
    // "has not tested since September 2017": the negation has no date of
    // its own, and the test it refers back to is an event of that date
    // (SPEC §4).
    if (open_negation && chosen->span.known() && !event.actors.empty()) {
      Event referred = event;
      referred.factuality = Factuality::kAsserted;
      referred.date = chosen->span;
      if (explain_) {
        referred.why[1] = "date: \"" + chosen->span.text + "\": the event an open-ended negation refers back to";
        referred.why[4] = "factuality: asserted: what the negation runs since happened";
      }
      referred_.push_back(std::move(referred));
    }
    return event;
  }

  // Money: "$1,2 miliar", "US$620 juta", "Rp 1,2 triliun", "1,5 triliun won",
  // "€300 million", "$1.5 billion".
  std::vector<Quantity> Money(const SentenceFacts& f) const {
    std::vector<Quantity> out;
    const std::vector<Token>& t = f.tokens;
    for (size_t i = 0; i < t.size(); ++i) {
      if (!t[i].number) continue;
      // The number: digits with one decimal separator ("1,5", "1.2", "290").
      size_t k = i;
      std::string digits = t[k].folded;
      if (k + 2 < t.size() && (t[k + 1].Is(",") || t[k + 1].Is(".")) && t[k + 2].number &&
          t[k + 1].end == t[k + 2].begin && t[k + 1].begin == t[k].end) {
        bool thousands = t[k + 2].folded.size() == 3 && lang_ == Language::kEnglish && t[k + 1].Is(",");
        digits += thousands ? t[k + 2].folded : "." + t[k + 2].folded;
        k += 2;
      }
      double value = std::atof(digits.c_str());
      size_t last = k;
      if (last + 1 < t.size() && x_.scales.count(t[last + 1].folded)) {
        value *= x_.scales.at(t[last + 1].folded);
        ++last;
      }
      std::string unit;
      size_t first = i;
      // A currency sign or code right before: "$", "US$", "Rp".
      if (i >= 1 && x_.currency_prefixes.count(t[i - 1].folded)) {
        unit = x_.currency_prefixes.at(t[i - 1].folded);
        first = i - 1;
        if (i >= 2 && t[i - 1].Is("$") && x_.currency_prefixes.count(t[i - 2].folded + "$")) {
          unit = x_.currency_prefixes.at(t[i - 2].folded + "$");
          first = i - 2;
        }
      }
      if (unit.empty() && last + 1 < t.size() && x_.currency_suffixes.count(t[last + 1].folded)) {
        unit = x_.currency_suffixes.at(t[last + 1].folded);
        ++last;
      }
      if (unit.empty()) continue;
      out.push_back({value, unit, std::string(f.text.substr(t[first].begin, t[last].end - t[first].begin))});
      i = last;
    }
    return out;
  }

  // "mencuri 1,5 triliun won selama lima tahun terakhir, lebih dari
  // setengahnya pada tahun lalu saja", "stole $3 billion over three years,
  // most of it last year": a part of an event told at a time of its own is
  // an event of that time too, with the same type and actors.
  void AddPortions(const SentenceFacts& f, std::vector<Event>* events) const {
    const size_t kCommaWithin = 4;  // ", lebih dari setengahnya <date>"
    for (const TimeMention& t : f.times) {
      if (!t.span.known() || t.relative_to_event || t.open_ended) continue;
      size_t at = TokenAt(f, t.begin);
      bool portion = false;
      for (const Pattern& p : x_.partitive.at(lang_)) {
        if (p.size() > at || MatchAt(p, f.tokens, at - p.size()) != p.size()) continue;
        for (size_t k = at - p.size(); k-- > 0 && at - p.size() - k <= kCommaWithin;) {
          if (f.tokens[k].Is(",")) portion = true;
        }
      }
      if (!portion) continue;
      // The whole: the sentence's event dated by the nearest mention before.
      const TimeMention* whole = nullptr;
      for (const TimeMention& u : f.times) {
        if (u.begin < t.begin && u.span.known()) whole = &u;
      }
      if (!whole) continue;
      std::vector<Event> parts;
      for (size_t k = sentence_first_event_; k < events->size(); ++k) {
        const Event& e = (*events)[k];
        if (e.date.text != whole->span.text || e.date.start != whole->span.start) continue;
        Event part = e;
        part.date = t.span;
        part.quantities.clear();  // the whole's amount, not the part's
        parts.push_back(std::move(part));
      }
      for (Event& part : parts) events->push_back(std::move(part));
    }
  }

  // The date of the story's first dated event, if any.
  std::optional<DateSpan> StoryDate(const std::vector<Event>& events) const {
    const Event* first = FirstDated(events, nullptr);
    return first ? std::optional<DateSpan>(first->date) : std::nullopt;
  }

  // The look-backs over the events told before (`earlier`, Run's events):
  // those before the sentence from the index, this sentence's by a scan
  // (a window has a bounded number of triggers).

  // The first dated event (of `type`, if given).
  const Event* FirstDated(const std::vector<Event>& earlier, const EventType* type) const {
    std::optional<size_t> k = earlier_.first_dated;
    if (type) {
      auto it = earlier_.first_dated_by_type.find(*type);
      k = it == earlier_.first_dated_by_type.end() ? std::nullopt : std::optional<size_t>(it->second);
    }
    if (k) return &earlier[*k];
    for (size_t i = sentence_first_event_; i < earlier.size(); ++i) {
      ++Steps().earlier;
      if (earlier[i].date.known() && (!type || earlier[i].type == *type)) return &earlier[i];
    }
    return nullptr;
  }

  // What a condemnation or warning with no target answers: the latest
  // answerable event (no condemnation or warning) of a type the sentence
  // refers to ("condemned the bomber drill"), else the latest on `date`,
  // else the latest.
  const Event* Answered(const std::vector<Event>& earlier, const std::set<EventType>& referenced,
                        const DateSpan& date) const {
    // (Named, a report is answered too; by its day or as the latest, only an act.)
    auto latest = [&](auto wanted, std::optional<size_t> before) -> const Event* {
      for (size_t i = earlier.size(); i-- > sentence_first_event_;) {
        ++Steps().earlier;
        if (EarlierIndex::Answerable(earlier[i]) && wanted(earlier[i])) return &earlier[i];
      }
      return before ? &earlier[*before] : nullptr;
    };
    std::optional<size_t> by_type;
    for (EventType type : referenced) {
      auto it = earlier_.last_answerable_by_type.find(type);
      if (it != earlier_.last_answerable_by_type.end()) by_type = std::max(by_type.value_or(0), it->second);
    }
    const Event* answered = latest([&](const Event& e) { return referenced.count(e.type) > 0; }, by_type);
    if (!answered && date.known()) {
      auto it = earlier_.last_act_by_date.find({date.start, date.end});
      std::optional<size_t> by_date;
      if (it != earlier_.last_act_by_date.end()) by_date = it->second;
      answered = latest(
          [&](const Event& e) {
            return EarlierIndex::AnswerableAct(e) && e.date.start == date.start && e.date.end == date.end;
          },
          by_date);
    }
    if (!answered) answered = latest(EarlierIndex::AnswerableAct, earlier_.last_act);
    return answered;
  }

  // The latest dated event before this sentence, told from byte `since` on,
  // in which all of `parties` (countries, else ids) took part, if any.
  const Event* LatestWithParties(const std::vector<Event>& earlier, const std::set<std::string>& parties,
                                 size_t since) const {
    if (parties.empty()) return nullptr;
    // Through the events of the party in fewest of them, latest first, up
    // to the first told before `since`.
    const std::vector<size_t>* fewest = nullptr;
    for (const std::string& party : parties) {
      auto it = earlier_.dated_by_party.find(party);
      if (it == earlier_.dated_by_party.end()) return nullptr;
      if (!fewest || it->second.size() < fewest->size()) fewest = &it->second;
    }
    for (size_t n = fewest->size(); n-- > 0;) {
      ++Steps().earlier;
      const Event& e = earlier[(*fewest)[n]];
      if (e.evidence.start < since) break;
      // A report's date is the saying's, not that of what its actors did.
      if (e.type == EventType::kReport) continue;
      std::set<std::string> there = EarlierIndex::Parties(e);
      if (std::includes(there.begin(), there.end(), parties.begin(), parties.end())) return &e;
    }
    return nullptr;
  }

  // The countries of an event's actors: of those who act (initiators,
  // participants) only, or of all.
  static std::set<std::string> Countries(const Event& e, bool acting) {
    std::set<std::string> out;
    for (const ActorRef& r : e.actors) {
      if (!acting || r.role != ActorRole::kTarget) out.insert(r.country.empty() ? r.id : r.country);
    }
    return out;
  }

  // Whether two mentions share a party: a country among those who act when
  // both name some, else any country.
  static bool SameParties(const Event& a, const Event& b) {
    std::set<std::string> x = Countries(a, true), y = Countries(b, true);
    if (x.empty() || y.empty()) {
      x = Countries(a, false);
      y = Countries(b, false);
    }
    for (const std::string& c : x) {
      if (y.count(c)) return true;
    }
    return false;
  }

  // Whether both name whom they act on and share none of them: one appeal
  // per addressee (SPEC §7), one sanction per state sanctioned.
  static bool OtherTargets(const Event& a, const Event& b) {
    std::set<std::string> x, y;
    for (const ActorRef& r : a.actors) {
      if (r.role == ActorRole::kTarget) x.insert(r.country.empty() ? r.id : r.country);
    }
    for (const ActorRef& r : b.actors) {
      if (r.role == ActorRole::kTarget) y.insert(r.country.empty() ? r.id : r.country);
    }
    if (x.empty() || y.empty()) return false;
    for (const std::string& c : x) {
      if (y.count(c)) return false;
    }
    return true;
  }

  // Whether `part` names no one acting who is not already in `whole`.
  static bool PartiesWithin(const Event& part, const Event& whole) {
    std::set<std::string> x = Countries(part, true), y = Countries(whole, false);
    return std::includes(y.begin(), y.end(), x.begin(), x.end());
  }

  // One event told twice (same type, same dates, shared actors) is one.
  // Compared only with the kept events that MergeIndex finds for its type,
  // factuality and dates (the first condition below), in the order kept.
  std::vector<Event> Merge(std::vector<Event> events) {
    // An undated twin left after a later reference dated the other trigger
    // of its sentence (DatesUndated, RedatesTold): as DropUndatedTwins, it
    // goes.
    std::set<std::pair<size_t, EventType>> dated;
    for (const Event& e : events) {
      if (e.date.known()) dated.insert({e.evidence.start, e.type});
    }
    events.erase(std::remove_if(events.begin(), events.end(),
                                [&](const Event& e) { return UndatedAsserted(e) && dated.count({e.evidence.start, e.type}); }),
                 events.end());
    std::vector<Event> out;
    out.reserve(events.size());
    MergeIndex index;
    for (Event& e : events) {
      bool duplicate = false;
      bool distinct = distinct_.count({e.evidence.start, e.type}) > 0;
      // "a separate drill" is not the drill told before; it may be told
      // twice in its own sentence (compared with the last event kept).
      std::vector<size_t> candidates;
      if (!distinct) {
        candidates = index.Candidates(e);
      } else if (!out.empty() && out.back().evidence.start == e.evidence.start) {
        candidates = {out.size() - 1};
      }
      for (size_t k : candidates) {
        ++Steps().earlier;
        Event& kept = out[k];
        bool same_date = kept.date.start == e.date.start && kept.date.end == e.date.end;
        // "on Wednesday" told before or after "on Wednesday and Thursday":
        // one event, with the wider span. A day inside an event told before
        // is a retelling only with no new party: "Prabowo met Marcos on
        // Friday" during a two-day summit is a meeting of its own.
        bool days = kept.date.known() && e.date.known() && kept.date.precision == DatePrecision::kDay &&
                    e.date.precision == DatePrecision::kDay;
        bool e_inside = days && *e.date.start >= *kept.date.start && *e.date.end <= *kept.date.end;
        bool kept_inside = days && *kept.date.start >= *e.date.start && *kept.date.end <= *e.date.end;
        if (kept.type != e.type || kept.factuality != e.factuality || !(same_date || e_inside || kept_inside)) {
          continue;
        }
        if (!SameParties(kept, e) || OtherTargets(kept, e)) continue;
        if (e_inside && !same_date && !kept_inside && !PartiesWithin(e, kept)) continue;
        duplicate = true;
        if (kept_inside && !same_date) {
          index.Remove(k, kept);
          kept.date = e.date;
          index.Add(k, kept);
        }
        break;
      }
      if (!duplicate) {
        index.Add(out.size(), e);
        out.push_back(std::move(e));
      }
    }
    for (size_t i = 0; i < out.size(); ++i) {
      // The evidence's text, copied only for the events kept: a window of a
      // long sentence told many events, most of them merged.
      out[i].evidence.text = std::string(article_.Text(Span{out[i].evidence.start, out[i].evidence.end}));
    }
    // "<article id>-<trigger's byte offset>"; a second event of the same
    // trigger (a portion, the event a negation refers back to) gets "-2" ...
    std::unordered_map<std::string, int> told;
    for (Event& e : out) {
      int n = ++told[e.id];
      e.id = article_id_ + "-" + e.id + (n > 1 ? "-" + std::to_string(n) : "");
    }
    return out;
  }

  const Article& article_;
  std::string article_id_;
  const Lexicon& x_;
  Language lang_;
  bool explain_ = false;  // record in Event::why what decided each event
  std::optional<int> story_year_;  // the year the story last wrote in full ("that year")
  const ActorInfo* home_state_ = nullptr;  // named in the dateline, if a state or its city
 public:
  // With explain: the triggers that gave no event, and why (in text order
  // per sentence).
  std::vector<std::string> dropped_;
 private:
  std::vector<const ActorInfo*> recent_states_;
  const ActorInfo* last_group_ = nullptr;     // the armed or hacking group named last ("the group")
  std::map<std::string, const ActorInfo*> named_persons_;  // a word of a person's name named so far
  std::map<std::string, const ActorInfo*> acronyms_;  // an acronym the article gave a name ("dfa")
  // Groups the registry does not know, named in this article ("kelompok
  // Medusa"), kept where pointers to them stay valid; by the first word of
  // their name (null where two share it).
  std::deque<ActorInfo> unregistered_;
  std::unordered_map<std::string, const ActorInfo*> unregistered_by_id_;
  std::map<std::string, const ActorInfo*> unregistered_words_;
  size_t sentence_first_event_ = 0;  // index in the events of the current sentence's first
  std::vector<Event> referred_;      // events an open-ended negation refers back to, from Build
  std::vector<std::pair<size_t, DateSpan>> redated_;  // events a later mention gives their day, from Build
  // Per type, the index of the last asserted event told with an unknown
  // date: a later definite reference with a time of its own dates it
  // ("Lantamal menggelar latihan bersama ... . Latihan bersama ini ...
  // dibuka pada Selasa (10/9)").
  std::map<EventType, size_t> undated_;
  EarlierIndex earlier_;             // of the events before it
  // Events told as distinct from those before ("a separate drill"): by
  // sentence start and type; never merged into an earlier one.
  std::set<std::pair<size_t, EventType>> distinct_;
};

}  // namespace

void CheckTriggerData(std::string_view rules, std::string_view indonesian, std::string_view english) {
  Lexicon::Checked(rules, {{"id", indonesian}, {"en", english}});
}

std::vector<std::pair<size_t, size_t>> SentenceWindows(std::string_view text) {
  const size_t kMax = kMaxWindowTokens;
  if (text.size() <= kMax) return {{0, text.size()}};  // a token has a byte at least
  // The current window's tokens, and whether each ends a clause (a break
  // after it) or a comma.
  enum Kind { kPlain, kComma, kBreak };
  struct Mark {
    size_t begin, end;
    Kind kind;
  };
  std::vector<std::pair<size_t, size_t>> windows;
  std::vector<Mark> window;
  window.reserve(kMax + 1);
  TokenScanner scanner(text);
  size_t begin = 0, end = 0;
  while (scanner.Next(&begin, &end)) {
    if (!window.empty() && text.substr(window.back().end, begin - window.back().end).find('\n') !=
                               std::string_view::npos) {
      window.back().kind = kBreak;  // a line break after it: a table's row, a wrapped line
    }
    std::string_view token = text.substr(begin, end - begin);
    Kind kind = token == ";" || token == ":" || token == "\xE2\x80\x94" ? kBreak : token == "," ? kComma : kPlain;
    window.push_back({begin, end, kind});
    if (window.size() <= kMax) continue;
    // kMax + 1 tokens: the first kMax need a cut, after the best mark of
    // their second half.
    size_t cut = kMax;
    for (Kind wanted : {kBreak, kComma}) {
      size_t k = kMax;
      while (k > kMax / 2 && window[k - 1].kind != wanted) --k;
      if (k > kMax / 2) {
        cut = k;
        break;
      }
    }
    windows.push_back({windows.empty() ? 0 : window.front().begin, window[cut - 1].end});
    window.erase(window.begin(), window.begin() + static_cast<std::ptrdiff_t>(cut));
  }
  if (windows.empty()) return {{0, text.size()}};
  windows.push_back({window.front().begin, text.size()});  // a cut leaves one token at least
  return windows;
}

FactDocument ExtractArticle(std::string_view bytes, const std::string& path,
                            const ExtractOptions& options) {
  ArticleOptions article_options;
  article_options.fallback_published = options.fallback_published;
  article_options.language = options.language;
  Article article = ParseArticle(bytes, path, article_options);
  FactDocument document;
  document.article.id = ArticleIdOf(bytes);
  document.article.title = article.title;
  document.article.published = article.published;
  document.article.language = std::string(ToString(article.language));
  document.article.path = path;
  document.article.source_url = article.source_url;
  Extractor extractor(article, document.article.id, options.explain);
  document.events = extractor.Run();
  document.dropped = std::move(extractor.dropped_);
  return document;
}

// Generated by the build (CMakeLists.txt, cmake/ExtractorDigest.cmake).
extern const char kExtractorVersion[];

std::string ExtractorVersion() { return kExtractorVersion; }

std::string NoPublicationDateWarning(const std::string& path) {
  return path + ": no publication date found in the header; relative dates left unknown (give --published "
                "YYYY-MM-DD)";
}

}  // namespace timeline

#pragma once
// How a question with words (--text) reads the full-text index: one list of
// the words' events per arm, or a look into the index per candidate event.
// Which is cheaper depends on how many events the words match, which the
// index's vocabulary (fts5vocab) knows; the choice is a pure function of
// those counts, so tests check it without a database.

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace timeline {

enum class TextPlan {
  // "e.id IN (SELECT rowid FROM events_fts WHERE MATCH)": each arm builds
  // the list of every event the words match, then keeps its own. Cheap for
  // rare words; for a word in most events, each of up to nine arms builds a
  // list of most of the table.
  kList,
  // "EXISTS (... MATCH AND rowid = e.id)": the arms read events in time
  // order and ask the index about each. A limited answer stops after
  // `limit` hits, so a frequent word costs about limit / share probes.
  kProbe,
  // "FROM events_fts JOIN events": the index's list of the words' events,
  // built once, drives; the dates and other filters test each, and the few
  // left are sorted. Cheapest for a rare word; an answer with actors keeps
  // the actor's index as its driver (kList).
  kDriven,
};

// The index's own terms in an FTS5 query built by FtsQueryOf ("\"korea\"
// \"uji\"*"): each quoted string split into tokens as the unicode61
// tokenizer splits and folds them (letters and digits, lower case, no
// diacritics). `prefix` marks a term ending in `*`.
struct IndexTerm {
  std::string token;
  bool prefix = false;
};
std::vector<IndexTerm> IndexTermsOf(const std::string& fts_match);

// The plan for a question whose words match at most `matching` of
// `events` events, answered through `arms` index ranges, limited or not,
// driven by an actor's index or not.
TextPlan ChooseTextPlan(int64_t matching, int64_t events, std::optional<int64_t> limit, size_t arms,
                        bool actor_driven);

// The count of matching events at and above which ChooseTextPlan gives the
// same plan whatever the count (each of its choices turns on a threshold of
// the count): the words' events need be counted only up to it. Counting a
// frequent word's events in full read its whole list, as long as the
// answer's own work at 1M events (docs/performance.md, "Words and dates").
int64_t DecidingMatches(int64_t events, std::optional<int64_t> limit, size_t arms, bool actor_driven);

// A word's list is read in rowid order (events.id, load order) for at most
// kSampledMatches entries. Fewer: that is its count. As many: the rest of
// the list is supposed as dense as its start, `sampled` entries among rowids
// 1..`last_rowid` of `events` (the largest id), never fewer than seen.
// A word told mostly in early loads is overestimated and may be probed: the
// answer is the same, its cost at most the dates' every event.
inline constexpr int64_t kSampledMatches = 4096;
int64_t EstimateMatches(int64_t sampled, int64_t last_rowid, int64_t events);

}  // namespace timeline

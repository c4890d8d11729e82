#pragma once
// The merge rule (issue 14; docs/design.md, "Merging reports"): whether two
// reports (events rows, one article's telling) can be the same real event,
// and how a set of reports falls into timeline events. Pure functions of
// their arguments, no SQL: the store's clusterer feeds them what it read.

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "model/date_span.h"
#include "model/event.h"
#include "model/types.h"

namespace timeline {

// What the rule needs of one report.
struct MergeReport {
  int64_t key = 0;         // events.id
  std::string uid;         // events.uid
  int64_t article = 0;     // articles.id
  std::string published;   // the article's YYYY-MM-DD; "" when unknown (sorts last)
  EventType type = EventType::kStatement;
  int64_t start_day = 0, end_day = 0;  // inclusive day numbers; unused when undated
  DatePrecision precision = DatePrecision::kUnknown;
  Factuality factuality = Factuality::kAsserted;
  // The states and bodies who acted (initiators and participants) and who
  // were acted on (targets), each actor rolled up to its state, or its top
  // body, or itself (RollUpKey): sorted, unique.
  std::vector<std::string> principals, targets;
  std::string place_name;     // folded; "" when not given
  std::string place_country;  // "" when not given
  std::string title;
  size_t actors = 0;  // how many actors the report names (a tie-break for the title)
};

// Why two reports are, or are not, the same event: the first check that
// fails, in this order.
enum class MergeVerdict {
  kSame,
  kOtherType,          // different type
  kSameArticle,        // one article tells an event once
  kVagueDate,          // undated, or coarser than a month (a quarter, a year, a long range)
  kDatesApart,         // the intervals do not overlap
  kActorsConflict,     // both name principals (or targets) and share none
  kPlaceConflict,      // both give a place, and the places differ
  kDatesCross,         // the intervals overlap but neither holds the other: a dispute
  kFactualityDiffers,  // asserted by one, denied or only expected by the other: a dispute
};
std::string_view ToString(MergeVerdict verdict);

// The rule: same type; from different articles; dates compatible at their
// precision (one interval holds the other, and neither is coarser than a
// month or a span of 31 days); principal actors and targets shared where
// both reports name some; places compatible where both give one (same
// country; names equal or one inside the other); the same factuality.
MergeVerdict CompareReports(const MergeReport& a, const MergeReport& b);

// The first key of sorted range [a, a_end) that sorted range [b, b_end)
// holds too (the smallest they share); a_end when they share none.
template <typename It>
It FirstShared(It a, It a_end, It b, It b_end) {
  while (a != a_end && b != b_end) {
    if (*a < *b) {
      ++a;
    } else if (*b < *a) {
      ++b;
    } else {
      return a;
    }
  }
  return a_end;
}

// The checks CompareReports makes before how the dates nest and the
// factuality, on what a report names: a pair that fails one is neither the
// same event nor a dispute, so the rule's answer does not depend on it, and
// the clusterer drops it before reading the two reports (its candidate
// look-up finds every pair of one type whose dates overlap).
//
// Both lists name no one, or share one: principals, and targets. Any sorted
// range of keys that stand for the rolled-up actors (strings, or numbers
// given to them) will do.
template <typename It>
bool ActorsCompatible(It a, It a_end, It b, It b_end) {
  return a == a_end || b == b_end || FirstShared(a, a_end, b, b_end) != a_end;
}
// Both give no place, or the same country and names equal or one inside the
// other (names folded; "" when not given).
bool PlacesCompatible(std::string_view name_a, std::string_view country_a, std::string_view name_b,
                      std::string_view country_b);

// A verdict that makes the two reports a dispute of one event (shown, not
// merged): everything agrees but how the dates cross or the factuality.
inline bool IsDispute(MergeVerdict verdict) {
  return verdict == MergeVerdict::kDatesCross || verdict == MergeVerdict::kFactualityDiffers;
}

// A day span the rule accepts as precise enough to merge on: at most this
// many days (a month is 28-31; "8-9 May" is 2).
inline constexpr int64_t kMergeMaxSpanDays = 31;

// The month a pair the rule calls the same belongs to: the calendar month
// (months since January 1970) of the later start of the two, which is the
// held report's. ClusterReports takes the pairs month by month, so that the
// answer up to a month never depends on a later one (docs/design.md,
// "Merging reports": why this makes a bulk load's memory bounded).
int64_t MergeWindow(int64_t day);

// People's decisions, as pairs of indexes into the reports.
struct MergeDecisions {
  std::vector<std::pair<size_t, size_t>> merge;  // the same event, whatever the rule says
  std::vector<std::pair<size_t, size_t>> split;  // never the same event
};

// The timeline events `reports` form, each a list of indexes into `reports`
// sorted by uid, the list sorted by its first uid; every report in exactly
// one. `candidates` are the pairs worth comparing (indexes; the store finds
// them through its indexes), in any order.
//
// Deterministic and independent of the order of `reports` and `candidates`:
// people's merges first; then the candidate pairs the rule calls the same,
// month by month (MergeWindow: the month of the later start), and within a
// month closest dates first (equal intervals, then the smallest difference
// in length), then most shared principals, then by uid; two groups join
// only if every pair across them is the same by the rule (complete link: a
// week does not join two different days into one event), none was split by
// a person, and no article would tell the event twice.
//
// Time-local: a group joined by a pair of month m has every report ending on
// or after m's first day (the reports of a group nest, and all hold the
// innermost, which starts in m or later). So a group one of whose reports
// ends before m's first day never grows again, and the answer up to month
// m-1 does not depend on any later report: the store clusters a bulk load
// month by month, carrying only the groups still open (clusterer.cc).
std::vector<std::vector<size_t>> ClusterReports(const std::vector<MergeReport>& reports,
                                                const std::vector<std::pair<size_t, size_t>>& candidates,
                                                const MergeDecisions& decisions);

// The lead report of a group: the earliest published article's, then the
// smallest uid. Its uid is the timeline event's id (docs/design.md says why
// this choice).
size_t LeadReport(const std::vector<MergeReport>& reports, const std::vector<size_t>& group);

// The report whose date the group shows: the smallest interval that every
// other report's holds (the most precise date they agree on), then the
// finest precision, then the lead's order; nullopt when no interval is held
// by all (a group people merged against the rule).
std::optional<size_t> AgreedDateReport(const std::vector<MergeReport>& reports,
                                       const std::vector<size_t>& group);

// The report whose title the group shows: the one with the agreed date
// (the most precise telling), else the lead's; among reports of that date,
// the one naming most actors, then the longest title, then by uid.
size_t ClearestTitleReport(const std::vector<MergeReport>& reports, const std::vector<size_t>& group);

// The union of the reports' actors, each actor once, in its most frequent
// role (ties: initiator, target, participant), in order of first mention.
std::vector<ActorRef> MergeActors(const std::vector<const std::vector<ActorRef>*>& actor_lists);

}  // namespace timeline

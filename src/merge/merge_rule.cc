#include "merge/merge_rule.h"

#include <algorithm>
#include <array>
#include <cstdint>
#include <cstdlib>
#include <optional>
#include <map>
#include <numeric>
#include <set>
#include <tuple>
#include <unordered_map>

namespace timeline {
namespace {

bool Dated(const MergeReport& r) { return r.precision != DatePrecision::kUnknown; }

// Fine enough to merge on: a day, a span of days, a week or a month.
bool PreciseEnough(const MergeReport& r) {
  if (!Dated(r)) return false;
  if (r.precision == DatePrecision::kQuarter || r.precision == DatePrecision::kYear) return false;
  return r.end_day - r.start_day < kMergeMaxSpanDays;
}

bool Holds(const MergeReport& outer, const MergeReport& inner) {
  return outer.start_day <= inner.start_day && inner.end_day <= outer.end_day;
}

// Lead order: earliest publication first (unknown last), then uid.
bool LeadsBefore(const MergeReport& a, const MergeReport& b) {
  const bool a_unknown = a.published.empty(), b_unknown = b.published.empty();
  return std::tie(a_unknown, a.published, a.uid) < std::tie(b_unknown, b.published, b.uid);
}

struct Groups {
  explicit Groups(size_t n) : parent(n), members(n) {
    std::iota(parent.begin(), parent.end(), 0);
    for (size_t i = 0; i < n; ++i) members[i] = {i};
  }
  size_t Find(size_t i) {
    while (parent[i] != i) i = parent[i] = parent[parent[i]];
    return i;
  }
  void Join(size_t a, size_t b) {
    a = Find(a), b = Find(b);
    if (a == b) return;
    if (members[a].size() < members[b].size()) std::swap(a, b);
    parent[b] = a;
    members[a].insert(members[a].end(), members[b].begin(), members[b].end());
    members[b].clear();
  }
  std::vector<size_t> parent;
  std::vector<std::vector<size_t>> members;
};

std::pair<size_t, size_t> Ordered(size_t a, size_t b) { return a < b ? std::make_pair(a, b) : std::make_pair(b, a); }

// Unordered pairs of group roots, in a table of open addressing (millions
// of failed joins in a bulk load: a node allocated per pair would cost as
// much as the tests it saves). Roots past 32 bits are never held (Has is
// then false: only a test is repeated).
class FailedJoins {
 public:
  bool Has(size_t a, size_t b) const {
    if (slots_.empty()) return false;
    const uint64_t key = Key(a, b);
    if (key == kEmpty) return false;
    for (size_t at = Hash(key) & (slots_.size() - 1);; at = (at + 1) & (slots_.size() - 1)) {
      if (slots_[at] == key) return true;
      if (slots_[at] == kEmpty) return false;
    }
  }
  void Add(size_t a, size_t b) {
    const uint64_t key = Key(a, b);
    if (key == kEmpty) return;
    if (2 * (used_ + 1) > slots_.size()) Grow();
    if (Insert(&slots_, key)) ++used_;
  }

 private:
  static constexpr uint64_t kEmpty = UINT64_MAX;
  static uint64_t Key(size_t a, size_t b) {
    if (a > b) std::swap(a, b);
    if (b >= UINT32_MAX) return kEmpty;
    return (static_cast<uint64_t>(a) << 32) | b;
  }
  static size_t Hash(uint64_t key) { return static_cast<size_t>((key * 0x9E3779B97F4A7C15ull) >> 17); }
  static bool Insert(std::vector<uint64_t>* slots, uint64_t key) {
    for (size_t at = Hash(key) & (slots->size() - 1);; at = (at + 1) & (slots->size() - 1)) {
      if ((*slots)[at] == key) return false;
      if ((*slots)[at] == kEmpty) {
        (*slots)[at] = key;
        return true;
      }
    }
  }
  void Grow() {
    std::vector<uint64_t> bigger(slots_.empty() ? 1024 : 2 * slots_.size(), kEmpty);
    for (uint64_t key : slots_) {
      if (key != kEmpty) Insert(&bigger, key);
    }
    slots_.swap(bigger);
  }

  std::vector<uint64_t> slots_;  // a power of two long, at most half full
  size_t used_ = 0;
};

}  // namespace

std::string_view ToString(MergeVerdict verdict) {
  switch (verdict) {
    case MergeVerdict::kSame: return "the same event";
    case MergeVerdict::kOtherType: return "different types";
    case MergeVerdict::kSameArticle: return "told by the same article";
    case MergeVerdict::kVagueDate: return "a date too vague to tell";
    case MergeVerdict::kDatesApart: return "dates that do not overlap";
    case MergeVerdict::kActorsConflict: return "different actors";
    case MergeVerdict::kPlaceConflict: return "different places";
    case MergeVerdict::kDatesCross: return "dates that overlap but disagree";
    case MergeVerdict::kFactualityDiffers: return "a different factuality";
  }
  return "?";
}

bool PlacesCompatible(std::string_view name_a, std::string_view country_a, std::string_view name_b,
                      std::string_view country_b) {
  if (!country_a.empty() && !country_b.empty() && country_a != country_b) return false;
  if (name_a.empty() || name_b.empty()) return true;
  return name_a.find(name_b) != std::string_view::npos || name_b.find(name_a) != std::string_view::npos;
}

int64_t MergeWindow(int64_t day) {
  date::year_month_day ymd{date::sys_days{date::days{day}}};
  return (static_cast<int64_t>(static_cast<int>(ymd.year())) - 1970) * 12 +
         static_cast<int64_t>(static_cast<unsigned>(ymd.month())) - 1;
}

namespace {

// CompareReports, with each report's rolled-up principals and targets given
// as sorted ranges of keys (strings, or numbers ClusterReports gives them).
template <typename It>
MergeVerdict Compare(const MergeReport& a, It a_principals, It a_principals_end, It a_targets, It a_targets_end,
                     const MergeReport& b, It b_principals, It b_principals_end, It b_targets, It b_targets_end) {
  if (a.type != b.type) return MergeVerdict::kOtherType;
  if (a.article == b.article) return MergeVerdict::kSameArticle;
  if (!PreciseEnough(a) || !PreciseEnough(b)) return MergeVerdict::kVagueDate;
  if (a.end_day < b.start_day || b.end_day < a.start_day) return MergeVerdict::kDatesApart;
  if (!ActorsCompatible(a_principals, a_principals_end, b_principals, b_principals_end) ||
      !ActorsCompatible(a_targets, a_targets_end, b_targets, b_targets_end)) {
    return MergeVerdict::kActorsConflict;
  }
  if (!PlacesCompatible(a.place_name, a.place_country, b.place_name, b.place_country)) {
    return MergeVerdict::kPlaceConflict;
  }
  if (!Holds(a, b) && !Holds(b, a)) return MergeVerdict::kDatesCross;
  if (a.factuality != b.factuality) return MergeVerdict::kFactualityDiffers;
  return MergeVerdict::kSame;
}

template <typename It>
size_t Shared(It i, It i_end, It j, It j_end) {
  size_t shared = 0;
  while (i != i_end && j != j_end) {
    if (*i < *j) {
      ++i;
    } else if (*j < *i) {
      ++j;
    } else {
      ++shared, ++i, ++j;
    }
  }
  return shared;
}

// The reports' principals and targets as numbers (each key string once),
// sorted per report: ClusterReports compares millions of pairs, and a
// string comparison per step of each was 2% of a bulk load.
class NumberedActors {
 public:
  explicit NumberedActors(const std::vector<MergeReport>& reports) : begins_(reports.size() * 2 + 1, 0) {
    std::unordered_map<std::string_view, uint32_t> numbers;
    for (size_t r = 0; r < reports.size(); ++r) {
      for (const std::vector<std::string>* list : {&reports[r].principals, &reports[r].targets}) {
        size_t from = keys_.size();
        for (const std::string& key : *list) {
          keys_.push_back(numbers.emplace(key, static_cast<uint32_t>(numbers.size())).first->second);
        }
        std::sort(keys_.begin() + static_cast<std::ptrdiff_t>(from), keys_.end());
        begins_[2 * r + (list == &reports[r].principals ? 1 : 2)] = static_cast<uint32_t>(keys_.size());
      }
    }
  }
  const uint32_t* Principals(size_t r) const { return keys_.data() + begins_[2 * r]; }
  const uint32_t* PrincipalsEnd(size_t r) const { return keys_.data() + begins_[2 * r + 1]; }
  const uint32_t* Targets(size_t r) const { return PrincipalsEnd(r); }
  const uint32_t* TargetsEnd(size_t r) const { return keys_.data() + begins_[2 * r + 2]; }

 private:
  std::vector<uint32_t> keys_;
  std::vector<uint32_t> begins_;  // report r's principals [2r, 2r+1), targets [2r+1, 2r+2)
};

}  // namespace

MergeVerdict CompareReports(const MergeReport& a, const MergeReport& b) {
  return Compare(a, a.principals.begin(), a.principals.end(), a.targets.begin(), a.targets.end(), b,
                 b.principals.begin(), b.principals.end(), b.targets.begin(), b.targets.end());
}

std::vector<std::vector<size_t>> ClusterReports(const std::vector<MergeReport>& reports,
                                                const std::vector<std::pair<size_t, size_t>>& candidates,
                                                const MergeDecisions& decisions) {
  Groups groups(reports.size());
  std::set<std::pair<size_t, size_t>> split;
  for (const auto& [a, b] : decisions.split) split.insert(Ordered(a, b));
  std::set<std::pair<size_t, size_t>> forced;
  for (const auto& [a, b] : decisions.merge) forced.insert(Ordered(a, b));
  // People's merges, in uid order (the union does not depend on it).
  for (const auto& [a, b] : forced) groups.Join(a, b);

  // The rule's pairs, best first, each pair once. Held compactly (an
  // incremental load's connected set can hold tens of millions of pairs):
  // 20 bytes a pair the rule calls the same. A pair given twice is dropped
  // after the sort, where its two copies are side by side (its sort key is
  // a function of the pair), rather than by sorting the candidates first.
  struct Pair {
    int32_t window;      // MergeWindow of the later start: the pairs go month by month
    int32_t length_gap;  // -1 for equal intervals, else the difference in days
    uint32_t shared;     // principals in common
    uint32_t first, second;  // the reports' places in uid order, the smaller first
  };
  // Each report's place in uid order, so that sorting the pairs compares
  // numbers, not uids (a string comparison per step of a sort of millions).
  std::vector<uint32_t> by_uid(reports.size()), uid_rank(reports.size());
  std::iota(by_uid.begin(), by_uid.end(), 0);
  std::sort(by_uid.begin(), by_uid.end(), [&](uint32_t x, uint32_t y) { return reports[x].uid < reports[y].uid; });
  for (uint32_t r = 0; r < by_uid.size(); ++r) uid_rank[by_uid[r]] = r;
  const NumberedActors actors(reports);
  auto same = [&](size_t x, size_t y) {
    return Compare(reports[x], actors.Principals(x), actors.PrincipalsEnd(x), actors.Targets(x), actors.TargetsEnd(x),
                   reports[y], actors.Principals(y), actors.PrincipalsEnd(y), actors.Targets(y),
                   actors.TargetsEnd(y)) == MergeVerdict::kSame;
  };
  std::vector<Pair> pairs;
  for (const auto& [x, y] : candidates) {
    if (x == y) continue;
    auto [ka, kb] = Ordered(x, y);
    if (!split.empty() && split.count({ka, kb})) continue;
    if (!same(ka, kb)) continue;
    const MergeReport& a = reports[ka];
    const MergeReport& b = reports[kb];
    int64_t gap = (a.end_day - a.start_day) - (b.end_day - b.start_day);
    bool equal = a.start_day == b.start_day && a.end_day == b.end_day;
    uint32_t first = uid_rank[ka], second = uid_rank[kb];
    if (second < first) std::swap(first, second);
    pairs.push_back({static_cast<int32_t>(MergeWindow(std::max(a.start_day, b.start_day))),
                     equal ? -1 : static_cast<int32_t>(std::abs(gap)),
                     static_cast<uint32_t>(
                         Shared(actors.Principals(ka), actors.PrincipalsEnd(ka), actors.Principals(kb),
                                actors.PrincipalsEnd(kb))),
                     first, second});
  }
  // (Field by field, as std::tie(p.window, p.length_gap, q.shared, p.first,
  // p.second) < std::tie(q.window, ...) orders them, written out so that it
  // is inlined: the tuple comparison was a call per step of a sort of
  // millions of pairs.)
  auto before = [](const Pair& p, const Pair& q) {
    if (p.window != q.window) return p.window < q.window;
    if (p.length_gap != q.length_gap) return p.length_gap < q.length_gap;
    if (p.shared != q.shared) return p.shared > q.shared;
    if (p.first != q.first) return p.first < q.first;
    return p.second < q.second;
  };
  // The month comes first in the order, and a bulk load's sweep gives the
  // pairs month by month already (set_sweep.h: each pair at its later
  // start): then each month's run is sorted on its own, the same order
  // with fewer comparisons. Otherwise all at once.
  if (std::is_sorted(pairs.begin(), pairs.end(), [](const Pair& p, const Pair& q) { return p.window < q.window; })) {
    for (auto run = pairs.begin(); run != pairs.end();) {
      auto end = std::find_if(run, pairs.end(), [&](const Pair& p) { return p.window != run->window; });
      std::sort(run, end, before);
      run = end;
    }
  } else {
    std::sort(pairs.begin(), pairs.end(), before);
  }
  pairs.erase(std::unique(pairs.begin(), pairs.end(),
                          [](const Pair& p, const Pair& q) { return p.first == q.first && p.second == q.second; }),
              pairs.end());
  // Two groups that could not be joined never can be while both keep their
  // roots: a group only grows under its root, and the pair of members that
  // failed stays in it. So a failure is kept by the two roots and not tested
  // again (at 1M bulk-loaded reports 5.1M tests failed, 4.0M of them for
  // two groups that had failed before, each test comparing members until
  // one pair is not the same: 23M comparisons).
  FailedJoins failed;
  for (const Pair& pair : pairs) {
    size_t ga = groups.Find(by_uid[pair.first]), gb = groups.Find(by_uid[pair.second]);
    if (ga == gb || failed.Has(ga, gb)) continue;
    bool joinable = true;
    for (size_t x : groups.members[ga]) {
      for (size_t y : groups.members[gb]) {
        if (split.count(Ordered(x, y)) || !same(x, y)) {
          joinable = false;
          break;
        }
      }
      if (!joinable) break;
    }
    if (joinable) {
      groups.Join(ga, gb);
    } else {
      failed.Add(ga, gb);
    }
  }

  std::vector<std::vector<size_t>> out;
  for (size_t i = 0; i < reports.size(); ++i) {
    if (groups.Find(i) != i) continue;
    std::vector<size_t> group = groups.members[i];
    std::sort(group.begin(), group.end(),
              [&](size_t x, size_t y) { return reports[x].uid < reports[y].uid; });
    out.push_back(std::move(group));
  }
  std::sort(out.begin(), out.end(), [&](const std::vector<size_t>& x, const std::vector<size_t>& y) {
    return reports[x.front()].uid < reports[y.front()].uid;
  });
  return out;
}

size_t LeadReport(const std::vector<MergeReport>& reports, const std::vector<size_t>& group) {
  return *std::min_element(group.begin(), group.end(),
                           [&](size_t x, size_t y) { return LeadsBefore(reports[x], reports[y]); });
}

std::optional<size_t> AgreedDateReport(const std::vector<MergeReport>& reports,
                                       const std::vector<size_t>& group) {
  std::optional<size_t> best;
  for (size_t i : group) {
    const MergeReport& r = reports[i];
    if (!Dated(r)) continue;
    bool held_by_all = std::all_of(group.begin(), group.end(), [&](size_t j) {
      return !Dated(reports[j]) || Holds(reports[j], r);
    });
    if (!held_by_all) continue;
    if (!best) {
      best = i;
      continue;
    }
    const MergeReport& b = reports[*best];
    auto rank = [](const MergeReport& x) { return std::make_tuple(x.end_day - x.start_day, x.precision); };
    if (rank(r) < rank(b) || (rank(r) == rank(b) && LeadsBefore(r, b))) best = i;
  }
  return best;
}

size_t ClearestTitleReport(const std::vector<MergeReport>& reports, const std::vector<size_t>& group) {
  std::optional<size_t> agreed = AgreedDateReport(reports, group);
  const MergeReport& anchor = reports[agreed ? *agreed : LeadReport(reports, group)];
  std::optional<size_t> best;
  for (size_t i : group) {
    const MergeReport& r = reports[i];
    if (r.start_day != anchor.start_day || r.end_day != anchor.end_day || r.precision != anchor.precision) {
      continue;
    }
    if (!best) {
      best = i;
      continue;
    }
    const MergeReport& b = reports[*best];
    const size_t b_title = b.title.size(), r_title = r.title.size();
    if (std::tie(b.actors, b_title, r.uid) < std::tie(r.actors, r_title, b.uid)) {
      best = i;
    }
  }
  return *best;  // the anchor itself qualifies
}

std::vector<ActorRef> MergeActors(const std::vector<const std::vector<ActorRef>*>& actor_lists) {
  std::vector<ActorRef> out;
  std::map<std::string, std::array<int, 3>> votes;  // id -> votes per role
  for (const std::vector<ActorRef>* list : actor_lists) {
    for (const ActorRef& actor : *list) {
      auto [it, added] = votes.try_emplace(actor.id, std::array<int, 3>{0, 0, 0});
      if (added) out.push_back(actor);
      ++it->second[static_cast<int>(actor.role)];
    }
  }
  for (ActorRef& actor : out) {
    const std::array<int, 3>& v = votes[actor.id];
    // ActorRole order is initiator, target, participant: the tie order.
    actor.role = static_cast<ActorRole>(std::max_element(v.begin(), v.end()) - v.begin());
  }
  return out;
}

}  // namespace timeline

#pragma once
// The connected sets of one type's reports, found in start-day order and
// handed on each as soon as it is complete (docs/design.md, "Merging
// reports"; docs/performance.md, "Load with merging: bounded memory"). The
// clusterer uses it for a load into a database that had no reports: a bulk
// load held every kept pair and every report with one until the end (4.8 GB
// at 3M generated events, more than 24 GB at 10M); now only the open sets'.
// No SQL: the clusterer reads the spans and gives the filter.

#include <algorithm>
#include <cstdint>
#include <functional>
#include <optional>
#include <queue>
#include <tuple>
#include <unordered_map>
#include <utility>
#include <vector>

#include "merge/merge_rule.h"

namespace timeline {

// A report whose dates the rule can merge on (at most 31 days): inclusive
// day numbers and its key (events.id).
struct SweepSpan {
  int64_t start = 0, end = 0, id = 0;
};

// The pairs of `spans` (one type's) whose dates overlap and that
// `filter.MayLink(a, b)` keeps, gathered into connected sets; `closed(keys,
// pairs)` receives each set once, its report keys and its kept pairs (the
// earlier start first), as soon as no later span can overlap it. Reports
// with no kept pair are in no set.
//
// The rule merges only reports that share a rolled-up principal, or where
// one names none (merge_rule.h, ActorsCompatible), so a report is offered to
// MayLink only with the open reports that share one of its principals (each
// pair under the smallest principal they share, so once) and with those
// naming none: not with every report of its type whose dates overlap (a
// square of the density: 404k pairs at 100k events, 40M at 1M).
// `filter.Principals(id)` gives a report's principals as a range of numbers,
// sorted and unique, empty when it names none.
//
// The answer (the sets and their pairs) is the same whatever the order of
// `spans`; the order of the sets is by when they complete.
template <typename Filter, typename Closed>
void SweepConnectedSets(std::vector<SweepSpan> spans, Filter& filter, Closed closed);

namespace set_sweep_internal {

using Pairs = std::vector<std::pair<int64_t, int64_t>>;

template <typename Filter, typename Closed>
class Sweep {
 public:
  Sweep(std::vector<SweepSpan> spans, Filter& filter, Closed& closed)
      : filter_(filter), closed_(closed) {
    std::sort(spans.begin(), spans.end(), [](const SweepSpan& x, const SweepSpan& y) {
      return std::tie(x.start, x.id) < std::tie(y.start, y.id);
    });
    spans_.reserve(spans.size());
    for (const SweepSpan& s : spans) {
      auto [begin, end] = filter_.Principals(s.id);
      spans_.push_back({s, static_cast<uint32_t>(keys_.size()), static_cast<uint32_t>(end - begin)});
      keys_.insert(keys_.end(), begin, end);
    }
    parent_.resize(spans_.size());
    for (uint32_t i = 0; i < parent_.size(); ++i) parent_[i] = i;
  }

  void Run() {
    Window all, none;  // every span; those naming no principal
    std::unordered_map<uint32_t, Window> by_principal;
    for (uint32_t i = 0; i < spans_.size(); ++i) {
      const Span& span = spans_[i];
      const int64_t start = span.s.start;
      // Every set whose reports all end before this start is complete.
      while (!ends_.empty() && ends_.top().first < start) {
        auto [max_end, root] = ends_.top();
        ends_.pop();
        auto found = open_.find(root);
        if (found == open_.end() || found->second.max_end != max_end) continue;  // joined or grown since
        Close(found);
      }
      auto offer = [&](uint32_t j) {
        if (filter_.MayLink(spans_[j].s.id, span.s.id)) Link(j, i);
      };
      if (span.count == 0) {
        all.Scan(spans_, start, offer);
      } else {
        none.Scan(spans_, start, offer);
        for (uint32_t k = 0; k < span.count; ++k) {
          const uint32_t principal = keys_[span.begin + k];
          Window& window = by_principal[principal];
          window.Scan(spans_, start, [&](uint32_t j) {
            if (spans_[j].count != 0 && SmallestShared(spans_[j], span) == principal) offer(j);
          });
          window.Add(i);
        }
      }
      all.Add(i);
      if (span.count == 0) none.Add(i);
      all.Trim(spans_, start);
    }
    while (!open_.empty()) Close(open_.begin());
  }

 private:
  struct Span {
    SweepSpan s;
    uint32_t begin, count;  // its principals in keys_
  };
  struct Set {
    int64_t max_end = 0;
    std::vector<int64_t> keys;
    Pairs pairs;
  };

  // Positions in spans_ that may still overlap a later span: a scan drops
  // those that ended before the current start (starts only grow), so that
  // it visits only the spans that overlap.
  class Window {
   public:
    void Add(uint32_t at) { at_.push_back(at); }
    template <typename Visit>
    void Scan(const std::vector<Span>& spans, int64_t start, Visit visit) {
      size_t kept = 0;
      for (uint32_t at : at_) {
        if (spans[at].s.end < start) continue;
        at_[kept++] = at;
        visit(at);
      }
      at_.resize(kept);
      scanned_ = kept;
    }
    // The same for a window seldom scanned (`all`, scanned only by reports
    // naming no principal), so that it does not grow with the type.
    void Trim(const std::vector<Span>& spans, int64_t start) {
      if (at_.size() > 2 * scanned_ + 64) Scan(spans, start, [](uint32_t) {});
    }

   private:
    std::vector<uint32_t> at_;
    size_t scanned_ = 0;
  };

  uint32_t Find(uint32_t at) {
    uint32_t root = at;
    while (parent_[root] != root) root = parent_[root];
    while (parent_[at] != root) {
      uint32_t next = parent_[at];
      parent_[at] = root;
      at = next;
    }
    return root;
  }

  Set& SetOf(uint32_t root) {
    auto [it, added] = open_.try_emplace(root);
    if (added) {
      it->second.max_end = spans_[root].s.end;
      it->second.keys.push_back(spans_[root].s.id);
    }
    return it->second;
  }

  // A kept pair, x before y in start order: one set, the smaller poured
  // into the larger.
  void Link(uint32_t x, uint32_t y) {
    uint32_t rx = Find(x), ry = Find(y);
    if (rx != ry) {
      Set* big = &SetOf(rx);
      Set* small = &SetOf(ry);
      if (big->keys.size() + big->pairs.size() < small->keys.size() + small->pairs.size()) {
        std::swap(big, small);
        std::swap(rx, ry);
      }
      big->keys.insert(big->keys.end(), small->keys.begin(), small->keys.end());
      big->pairs.insert(big->pairs.end(), small->pairs.begin(), small->pairs.end());
      big->max_end = std::max(big->max_end, small->max_end);
      open_.erase(ry);
      parent_[ry] = rx;
    }
    Set& set = SetOf(rx);
    set.pairs.emplace_back(spans_[x].s.id, spans_[y].s.id);
    set.max_end = std::max(set.max_end, spans_[y].s.end);
    ends_.emplace(set.max_end, rx);
  }

  // The smallest principal two spans share (each names some), if any.
  std::optional<uint32_t> SmallestShared(const Span& x, const Span& y) const {
    const uint32_t *a = keys_.data() + x.begin, *a_end = a + x.count;
    const uint32_t* b = keys_.data() + y.begin;
    const uint32_t* shared = FirstShared(a, a_end, b, b + y.count);
    if (shared == a_end) return std::nullopt;
    return *shared;
  }

  void Close(typename std::unordered_map<uint32_t, Set>::iterator found) {
    Set set = std::move(found->second);
    open_.erase(found);
    closed_(std::move(set.keys), std::move(set.pairs));
  }

  Filter& filter_;
  Closed& closed_;
  std::vector<Span> spans_;
  std::vector<uint32_t> keys_;    // the spans' principals
  std::vector<uint32_t> parent_;  // union-find over positions in spans_
  std::unordered_map<uint32_t, Set> open_;  // by root: the sets that may still grow
  // (max end, root) of each set as it grew, earliest first; stale ones skipped.
  std::priority_queue<std::pair<int64_t, uint32_t>, std::vector<std::pair<int64_t, uint32_t>>, std::greater<>>
      ends_;
};

}  // namespace set_sweep_internal

template <typename Filter, typename Closed>
void SweepConnectedSets(std::vector<SweepSpan> spans, Filter& filter, Closed closed) {
  set_sweep_internal::Sweep<Filter, Closed>(std::move(spans), filter, closed).Run();
}

}  // namespace timeline

#pragma once
// One type's candidate pairs, found in start-day order and handed on month
// by month (docs/design.md, "Merging reports"; docs/performance.md, "Load
// with merging: month by month"). The clusterer uses it for a load into a
// database that had no reports: a bulk load held every kept pair and every
// report with one until the end (4.8 GB at 3M generated events), then every
// connected set until it was complete (1.9 GB at 3M: the sets percolate);
// now a chunk of months and the groups still open. No SQL: the clusterer
// reads the spans and gives the filter.

#include <algorithm>
#include <climits>
#include <cstdint>
#include <optional>
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
// `filter.MayLink(a, b)` keeps, handed on in chunks of whole months, in
// start-day order: `chunk(keys, pairs, open_from)` receives the keys of the
// reports the chunk's pairs name (each once) and the pairs (the earlier
// start first), every pair in the chunk of its later start, and the start
// of the first span not yet read (INT64_MAX after the last): every later
// pair names a report that starts on or after it. A chunk is handed on
// when it names at least `chunk_reports` reports and the next span starts
// in a later month (MergeWindow), so that no month's pairs are cut, and at
// the end, even when empty (what the clusterer carries is written then).
// Reports with no kept pair are in no chunk.
//
// The rule merges only reports that share a rolled-up principal, or where
// one names none (merge_rule.h, ActorsCompatible), so a report is offered to
// MayLink only with the open reports that share one of its principals (each
// pair under the smallest principal they share, so once) and with those
// naming none: not with every report of its type whose dates overlap (a
// square of the density: 404k pairs at 100k events, 40M at 1M).
// `filter.Principals(id)` gives a report's principals as a range of numbers,
// sorted and unique, empty when it names none. `filter.Local(id)` gives a
// handle for what MayLink reads of the report, and
// `filter.MayLinkLocal(x, y)` is MayLink of the two reports the handles
// stand for: the sweep takes the handles in its own order (after
// `filter.ClearLocal()`), so that a filter may copy what it reads there and
// the pairs of a window read neighbouring memory, not two reports at random
// among all the load's (40M pairs offered at 1M events).
//
// The pairs found, and the month each is in, are the same whatever the
// order of `spans`; only where chunks are cut depends on it (on ties of
// start day), which the clusterer's answer does not (merge_rule.h,
// ClusterReports: time-local).
template <typename Filter, typename Chunk>
void SweepMonths(std::vector<SweepSpan> spans, Filter& filter, size_t chunk_reports, Chunk chunk);

namespace set_sweep_internal {

using Pairs = std::vector<std::pair<int64_t, int64_t>>;

template <typename Filter, typename Chunk>
class Sweep {
 public:
  Sweep(std::vector<SweepSpan> spans, Filter& filter, size_t chunk_reports, Chunk& chunk)
      : filter_(filter), chunk_(chunk), chunk_reports_(chunk_reports) {
    std::sort(spans.begin(), spans.end(), [](const SweepSpan& x, const SweepSpan& y) {
      return std::tie(x.start, x.id) < std::tie(y.start, y.id);
    });
    spans_.reserve(spans.size());
    filter_.ClearLocal();
    for (const SweepSpan& s : spans) {
      const auto local = filter_.Local(s.id);  // (before Principals' range, which a filter may move)
      auto [begin, end] = filter_.Principals(s.id);
      spans_.push_back({s, static_cast<uint32_t>(keys_.size()), static_cast<uint32_t>(end - begin), local});
      keys_.insert(keys_.end(), begin, end);
    }
    in_chunk_.assign(spans_.size(), 0);
  }

  void Run() {
    Window all, none;  // every span; those naming no principal
    std::unordered_map<uint32_t, Window> by_principal;
    int64_t month = 0;
    for (uint32_t i = 0; i < spans_.size(); ++i) {
      const Span& span = spans_[i];
      const int64_t start = span.s.start;
      // A month's pairs are all found once a span starts in a later month.
      if (chunk_keys_.size() >= chunk_reports_ && MergeWindow(start) != month) HandOn(start);
      month = MergeWindow(start);
      auto offer = [&](uint32_t j) {
        if (filter_.MayLinkLocal(spans_[j].local, span.local)) Link(j, i);
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
    HandOn(INT64_MAX, /*even_empty=*/true);
  }

 private:
  struct Span {
    SweepSpan s;
    uint32_t begin, count;  // its principals in keys_
    decltype(std::declval<Filter&>().Local(int64_t{})) local;  // the filter's handle
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

  // A kept pair, x before y in start order, in the current chunk.
  void Link(uint32_t x, uint32_t y) {
    for (uint32_t at : {x, y}) {
      if (in_chunk_[at] == chunk_number_) continue;
      in_chunk_[at] = chunk_number_;
      chunk_keys_.push_back(spans_[at].s.id);
    }
    chunk_pairs_.emplace_back(spans_[x].s.id, spans_[y].s.id);
  }

  // The smallest principal two spans share (each names some), if any.
  std::optional<uint32_t> SmallestShared(const Span& x, const Span& y) const {
    const uint32_t *a = keys_.data() + x.begin, *a_end = a + x.count;
    const uint32_t* b = keys_.data() + y.begin;
    const uint32_t* shared = FirstShared(a, a_end, b, b + y.count);
    if (shared == a_end) return std::nullopt;
    return *shared;
  }

  void HandOn(int64_t open_from, bool even_empty = false) {
    if (chunk_keys_.empty() && !even_empty) return;
    std::vector<int64_t> keys;
    Pairs pairs;
    keys.swap(chunk_keys_);
    pairs.swap(chunk_pairs_);
    ++chunk_number_;
    chunk_(std::move(keys), std::move(pairs), open_from);
  }

  Filter& filter_;
  Chunk& chunk_;
  const size_t chunk_reports_;
  std::vector<Span> spans_;
  std::vector<uint32_t> keys_;      // the spans' principals
  std::vector<uint32_t> in_chunk_;  // by position: the number of the last chunk that named it
  uint32_t chunk_number_ = 1;
  std::vector<int64_t> chunk_keys_;
  Pairs chunk_pairs_;
};

}  // namespace set_sweep_internal

template <typename Filter, typename Chunk>
void SweepMonths(std::vector<SweepSpan> spans, Filter& filter, size_t chunk_reports, Chunk chunk) {
  set_sweep_internal::Sweep<Filter, Chunk>(std::move(spans), filter, chunk_reports, chunk).Run();
}

}  // namespace timeline

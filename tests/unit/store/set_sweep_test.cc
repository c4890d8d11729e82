// The sweep that finds a new load's candidate pairs month by month (store/set_sweep.h).

#include "store/set_sweep.h"

#include <catch2/catch.hpp>

#include <algorithm>
#include <climits>
#include <map>
#include <random>
#include <set>
#include <string>
#include <vector>

#include "merge/merge_rule.h"

namespace {

using timeline::SweepSpan;
using Pair = std::pair<int64_t, int64_t>;

Pair Ordered(int64_t a, int64_t b) { return a < b ? Pair{a, b} : Pair{b, a}; }

// Principals by report key; MayLink as LinkFilter's principal check (both
// name some and share none: dropped), recording every pair it is offered.
struct FakeFilter {
  std::map<int64_t, std::vector<uint32_t>> principals;
  std::map<Pair, int> offered;
  std::vector<std::string>* log = nullptr;

  std::pair<const uint32_t*, const uint32_t*> Principals(int64_t id) {
    const std::vector<uint32_t>& keys = principals[id];
    return {keys.data(), keys.data() + keys.size()};
  }
  // The sweep's handles are the keys themselves.
  void ClearLocal() {}
  int64_t Local(int64_t id) { return id; }
  bool MayLinkLocal(int64_t a, int64_t b) { return MayLink(a, b); }
  bool MayLink(int64_t a, int64_t b) {
    ++offered[Ordered(a, b)];
    if (log) log->push_back("offer " + std::to_string(std::min(a, b)) + "-" + std::to_string(std::max(a, b)));
    const std::vector<uint32_t>&x = principals[a], &y = principals[b];
    return timeline::ActorsCompatible(x.begin(), x.end(), y.begin(), y.end());
  }
};

// A sweep's chunks: each chunk's keys (sorted), its pairs (ordered, sorted)
// and the start it was handed on at.
struct Chunk {
  std::vector<int64_t> keys;
  std::vector<Pair> pairs;
  int64_t open_from = 0;
};

std::vector<Chunk> Sweep(const std::vector<SweepSpan>& spans, FakeFilter& filter, size_t chunk_reports) {
  std::vector<Chunk> chunks;
  timeline::SweepMonths(spans, filter, chunk_reports,
                        [&](std::vector<int64_t> keys, std::vector<Pair> pairs, int64_t open_from) {
                          std::sort(keys.begin(), keys.end());
                          CHECK(std::adjacent_find(keys.begin(), keys.end()) == keys.end());  // each once
                          for (Pair& p : pairs) p = Ordered(p.first, p.second);
                          std::sort(pairs.begin(), pairs.end());
                          chunks.push_back({keys, pairs, open_from});
                        });
  return chunks;
}

// Every pair of the chunks, sorted.
std::vector<Pair> AllPairs(const std::vector<Chunk>& chunks) {
  std::vector<Pair> out;
  for (const Chunk& c : chunks) out.insert(out.end(), c.pairs.begin(), c.pairs.end());
  std::sort(out.begin(), out.end());
  return out;
}

// What the sweep must find: every pair whose dates overlap and that the
// filter keeps, by brute force.
std::vector<Pair> Reference(const std::vector<SweepSpan>& spans, FakeFilter filter) {
  std::vector<Pair> kept;
  for (size_t i = 0; i < spans.size(); ++i) {
    for (size_t j = i + 1; j < spans.size(); ++j) {
      const SweepSpan &a = spans[i], &b = spans[j];
      if (a.end < b.start || b.end < a.start || !filter.MayLink(a.id, b.id)) continue;
      kept.push_back(Ordered(a.id, b.id));
    }
  }
  std::sort(kept.begin(), kept.end());
  return kept;
}

}  // namespace

TEST_CASE("The new-load sweep offers a pair only when its reports share a principal or one names none",
          "[store][merge][sweep]") {
  // All hold day 100. 1 and 2 name different states: the rule cannot merge
  // them, and the sweep per type offered them (and every such pair: a
  // square of the density); now they are never compared.
  FakeFilter filter;
  filter.principals = {{1, {10}}, {2, {20}}, {3, {}}, {4, {10, 20}}, {5, {10, 20}}};
  std::vector<SweepSpan> spans = {{100, 106, 1}, {100, 100, 2}, {100, 101, 3}, {100, 130, 4}, {99, 102, 5}};
  std::vector<Chunk> chunks = Sweep(spans, filter, 4096);
  CHECK(filter.offered.count({1, 2}) == 0);
  std::set<Pair> offered;
  for (const auto& [pair, times] : filter.offered) {
    CHECK(times == 1);  // 4 and 5 share two principals: offered once
    offered.insert(pair);
  }
  CHECK(offered == std::set<Pair>{{1, 3}, {1, 4}, {1, 5}, {2, 3}, {2, 4}, {2, 5}, {3, 4}, {3, 5}, {4, 5}});
  // One chunk, handed on at the end.
  REQUIRE(chunks.size() == 1);
  CHECK(chunks[0].keys == std::vector<int64_t>{1, 2, 3, 4, 5});
  CHECK(chunks[0].pairs.size() == 9);
  CHECK(chunks[0].open_from == INT64_MAX);
}

TEST_CASE("The new-load sweep hands on a chunk of whole months once a later month starts", "[store][merge][sweep]") {
  std::vector<std::string> log;
  FakeFilter filter;
  filter.log = &log;
  filter.principals = {{1, {7}}, {2, {7}}, {3, {7}}, {4, {8}}, {5, {7}}, {6, {7}}, {7, {7}}};
  // Day 0 is 1 January 1970. January (1) with two days in it (5, 6) and a
  // week across its end (2, 28 January to 3 February); a day of another
  // state's (4), in no pair; in February, two reports of one day (3, 7).
  std::vector<SweepSpan> spans = {{6, 6, 6}, {0, 30, 1}, {27, 33, 2}, {40, 40, 3},
                                  {29, 29, 4}, {5, 5, 5}, {40, 40, 7}};
  std::vector<size_t> handed_at;  // places in the log
  std::vector<Chunk> chunks;
  timeline::SweepMonths(spans, filter, 1, [&](std::vector<int64_t> keys, std::vector<Pair> pairs, int64_t open_from) {
    std::sort(keys.begin(), keys.end());
    handed_at.push_back(log.size());
    chunks.push_back({keys, pairs, open_from});
    log.push_back("chunk");
  });
  REQUIRE(chunks.size() == 2);
  CHECK(chunks[0].keys == std::vector<int64_t>{1, 2, 5, 6});
  CHECK(chunks[0].pairs.size() == 3);  // 1-2, 1-5, 1-6: all in January
  CHECK(chunks[0].open_from == 40);    // February's first span
  CHECK(chunks[1].keys == std::vector<int64_t>{3, 7});
  CHECK(chunks[1].open_from == INT64_MAX);
  // January was handed on before February's pair was compared.
  size_t later_pair = std::find(log.begin(), log.end(), "offer 3-7") - log.begin();
  REQUIRE(later_pair < log.size());
  CHECK(handed_at[0] < later_pair);
  CHECK(std::find(log.begin(), log.end(), "offer 2-4") == log.end());  // other principals: never compared
}

TEST_CASE("The new-load sweep hands on a last chunk even when it is empty", "[store][merge][sweep]") {
  // The week (2) and its day (3) pair in January; 4, in February, pairs
  // with nothing. The clusterer may carry the week's group past the cut
  // (it ends in February): the end must still reach it, empty.
  FakeFilter filter;
  filter.principals = {{1, {7}}, {2, {7}}, {3, {7}}, {4, {8}}};
  std::vector<SweepSpan> spans = {{0, 30, 1}, {26, 32, 2}, {29, 29, 3}, {31, 31, 4}};
  std::vector<Chunk> chunks = Sweep(spans, filter, 1);
  REQUIRE(chunks.size() == 2);
  CHECK(chunks[0].keys == std::vector<int64_t>{1, 2, 3});
  CHECK(chunks[0].open_from == 31);
  CHECK(chunks[1].keys.empty());
  CHECK(chunks[1].pairs.empty());
  CHECK(chunks[1].open_from == INT64_MAX);
}

TEST_CASE("The new-load sweep finds the pairs of a brute-force search, each in the chunk of its month, in any order",
          "[store][merge][sweep]") {
  std::mt19937_64 random(20261205);
  for (int round = 0; round < 20; ++round) {
    FakeFilter filter;
    std::vector<SweepSpan> spans;
    const int n = 200;
    std::map<int64_t, int64_t> start_of;
    for (int64_t id = 1; id <= n; ++id) {
      int64_t start = static_cast<int64_t>(random() % 400);
      int64_t length = random() % 3 == 0 ? static_cast<int64_t>(random() % 31) : 0;  // days, and up to a month
      spans.push_back({start, start + length, id});
      start_of[id] = start;
      std::vector<uint32_t> keys;
      int count = static_cast<int>(random() % 4);  // none to three principals of five
      for (int k = 0; k < count; ++k) keys.push_back(static_cast<uint32_t>(random() % 5));
      std::sort(keys.begin(), keys.end());
      keys.erase(std::unique(keys.begin(), keys.end()), keys.end());
      filter.principals[id] = keys;
    }
    std::vector<Pair> expected = Reference(spans, filter);
    for (size_t chunk_reports : {size_t{1}, size_t{20}, size_t{4096}}) {
      FakeFilter once = filter;
      std::vector<Chunk> chunks = Sweep(spans, once, chunk_reports);
      CHECK(AllPairs(chunks) == expected);
      for (const auto& [pair, times] : once.offered) CHECK(times == 1);
      // Each pair in the chunk of its later start's month: after the chunk
      // before it was handed on, and before its own; no month cut.
      int64_t from = INT64_MIN;
      for (const Chunk& c : chunks) {
        for (const Pair& p : c.pairs) {
          int64_t later = std::max(start_of[p.first], start_of[p.second]);
          CHECK(later >= from);
          CHECK(later < c.open_from);
          if (c.open_from != INT64_MAX) CHECK(timeline::MergeWindow(later) < timeline::MergeWindow(c.open_from));
        }
        from = c.open_from;
      }
      std::shuffle(spans.begin(), spans.end(), random);
      FakeFilter again = filter;
      CHECK(AllPairs(Sweep(spans, again, chunk_reports)) == expected);
    }
  }
}

// The sweep that finds a new load's connected sets (store/set_sweep.h).

#include "store/set_sweep.h"

#include <catch2/catch.hpp>

#include <algorithm>
#include <functional>
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
  bool MayLink(int64_t a, int64_t b) {
    ++offered[Ordered(a, b)];
    if (log) log->push_back("offer " + std::to_string(std::min(a, b)) + "-" + std::to_string(std::max(a, b)));
    const std::vector<uint32_t>&x = principals[a], &y = principals[b];
    return timeline::ActorsCompatible(x.begin(), x.end(), y.begin(), y.end());
  }
};

// The sets as sorted keys, each with its pairs (ordered, sorted).
using Sets = std::map<std::vector<int64_t>, std::vector<Pair>>;

Sets Sweep(const std::vector<SweepSpan>& spans, FakeFilter& filter) {
  Sets sets;
  timeline::SweepConnectedSets(spans, filter, [&](std::vector<int64_t> keys, std::vector<Pair> pairs) {
    std::sort(keys.begin(), keys.end());
    for (Pair& p : pairs) p = Ordered(p.first, p.second);
    std::sort(pairs.begin(), pairs.end());
    CHECK(sets.count(keys) == 0);
    sets[keys] = pairs;
  });
  return sets;
}

// What the sweep must equal: every pair whose dates overlap and that the
// filter keeps, joined into sets by brute force.
Sets Reference(const std::vector<SweepSpan>& spans, FakeFilter filter) {
  std::map<int64_t, int64_t> parent;
  std::function<int64_t(int64_t)> find = [&](int64_t x) { return parent[x] == x ? x : parent[x] = find(parent[x]); };
  std::vector<Pair> kept;
  for (size_t i = 0; i < spans.size(); ++i) {
    for (size_t j = i + 1; j < spans.size(); ++j) {
      const SweepSpan &a = spans[i], &b = spans[j];
      if (a.end < b.start || b.end < a.start || !filter.MayLink(a.id, b.id)) continue;
      kept.push_back(Ordered(a.id, b.id));
      parent.emplace(a.id, a.id);
      parent.emplace(b.id, b.id);
      parent[find(a.id)] = find(b.id);
    }
  }
  std::map<int64_t, std::vector<int64_t>> members;
  for (const auto& entry : parent) members[find(entry.first)].push_back(entry.first);
  Sets sets;
  for (auto& [root, keys] : members) {
    std::vector<Pair>& pairs = sets[keys];
    for (const Pair& p : kept) {
      if (find(p.first) == root) pairs.push_back(p);
    }
    std::sort(pairs.begin(), pairs.end());
  }
  return sets;
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
  Sets sets = Sweep(spans, filter);
  CHECK(filter.offered.count({1, 2}) == 0);
  std::set<Pair> offered;
  for (const auto& [pair, times] : filter.offered) {
    CHECK(times == 1);  // 4 and 5 share two principals: offered once
    offered.insert(pair);
  }
  CHECK(offered == std::set<Pair>{{1, 3}, {1, 4}, {1, 5}, {2, 3}, {2, 4}, {2, 5}, {3, 4}, {3, 5}, {4, 5}});
  // One set all the same (1 and 2 joined through the others).
  REQUIRE(sets.size() == 1);
  CHECK(sets.begin()->first == std::vector<int64_t>{1, 2, 3, 4, 5});
  CHECK(sets.begin()->second.size() == 9);
}

TEST_CASE("The new-load sweep hands on each set as soon as no later report can reach it", "[store][merge][sweep]") {
  std::vector<std::string> log;
  FakeFilter filter;
  filter.log = &log;
  filter.principals = {{1, {7}}, {2, {7}}, {3, {7}}, {4, {8}}, {5, {7}}, {6, {7}}, {7, {7}}};
  // A month (1) with two days in it (5, 6) and a week across its end (2: a
  // dispute, so in its set); a day of another state's (4), in no set; later,
  // two reports of one day (3, 7).
  std::vector<SweepSpan> spans = {{6, 6, 6}, {0, 30, 1}, {28, 34, 2}, {40, 40, 3},
                                  {29, 29, 4}, {5, 5, 5}, {40, 40, 7}};
  std::map<std::vector<int64_t>, size_t> closed_at;  // a set -> its place in the log
  timeline::SweepConnectedSets(spans, filter, [&](std::vector<int64_t> keys, std::vector<Pair> pairs) {
    std::sort(keys.begin(), keys.end());
    closed_at[keys] = log.size();
    log.push_back("closed " + std::to_string(keys.size()) + " reports, " + std::to_string(pairs.size()) + " pairs");
  });
  REQUIRE(closed_at.size() == 2);
  REQUIRE(closed_at.count({1, 2, 5, 6}) == 1);
  REQUIRE(closed_at.count({3, 7}) == 1);
  CHECK(log.at(closed_at[{1, 2, 5, 6}]) == "closed 4 reports, 3 pairs");  // 1-2, 1-5, 1-6
  // The first set was handed on before the later day's pair was compared.
  size_t later_pair = std::find(log.begin(), log.end(), "offer 3-7") - log.begin();
  REQUIRE(later_pair < log.size());
  CHECK(closed_at[{1, 2, 5, 6}] < later_pair);
  CHECK(std::find(log.begin(), log.end(), "offer 2-4") == log.end());  // other principals: never compared
}

TEST_CASE("The new-load sweep finds the sets and pairs of a brute-force search, in any order",
          "[store][merge][sweep]") {
  std::mt19937_64 random(20261205);
  for (int round = 0; round < 20; ++round) {
    FakeFilter filter;
    std::vector<SweepSpan> spans;
    const int n = 200;
    for (int64_t id = 1; id <= n; ++id) {
      int64_t start = static_cast<int64_t>(random() % 400);
      int64_t length = random() % 3 == 0 ? static_cast<int64_t>(random() % 31) : 0;  // days, and up to a month
      spans.push_back({start, start + length, id});
      std::vector<uint32_t> keys;
      int count = static_cast<int>(random() % 4);  // none to three principals of five
      for (int k = 0; k < count; ++k) keys.push_back(static_cast<uint32_t>(random() % 5));
      std::sort(keys.begin(), keys.end());
      keys.erase(std::unique(keys.begin(), keys.end()), keys.end());
      filter.principals[id] = keys;
    }
    Sets expected = Reference(spans, filter);
    Sets swept = Sweep(spans, filter);
    CHECK(swept == expected);
    for (const auto& [pair, times] : filter.offered) CHECK(times == 1);
    std::shuffle(spans.begin(), spans.end(), random);
    FakeFilter again = filter;
    again.offered.clear();
    CHECK(Sweep(spans, again) == expected);
  }
}

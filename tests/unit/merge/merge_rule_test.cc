#include "merge/merge_rule.h"

#include <catch2/catch.hpp>

#include <algorithm>
#include <random>
#include <set>

namespace timeline {
namespace {

int64_t Day(int y, unsigned m, unsigned d) {
  return ToDayNumber(date::sys_days(date::year(y) / m / d));
}

MergeReport Report(std::string uid, int64_t article, int64_t start, int64_t end,
                   DatePrecision precision, std::vector<std::string> principals = {"PRK"}) {
  MergeReport r;
  r.key = article * 100 + static_cast<int64_t>(uid.size());
  r.uid = std::move(uid);
  r.article = article;
  r.published = "2026-03-0" + std::to_string(article % 10);
  r.type = EventType::kMissileTest;
  r.start_day = start;
  r.end_day = end;
  r.precision = precision;
  r.principals = std::move(principals);
  r.title = "launch " + r.uid;
  return r;
}

// Every pair a candidate: the rule, not the index, decides.
std::vector<std::pair<size_t, size_t>> AllPairs(size_t n) {
  std::vector<std::pair<size_t, size_t>> pairs;
  for (size_t i = 0; i < n; ++i) {
    for (size_t j = i + 1; j < n; ++j) pairs.emplace_back(i, j);
  }
  return pairs;
}

// The groups as uid lists, so that results of differently ordered inputs compare.
std::vector<std::vector<std::string>> Uids(const std::vector<MergeReport>& reports,
                                           const std::vector<std::vector<size_t>>& groups) {
  std::vector<std::vector<std::string>> out;
  for (const auto& group : groups) {
    std::vector<std::string> uids;
    for (size_t i : group) uids.push_back(reports[i].uid);
    out.push_back(uids);
  }
  return out;
}

const int64_t kSun = Day(2026, 3, 1);           // a Sunday
const int64_t kWeekStart = Day(2026, 2, 23);    // its ISO week: Mon 23 Feb .. Sun 1 Mar
const int64_t kMarch1 = Day(2026, 3, 1), kMarch31 = Day(2026, 3, 31);

}  // namespace

TEST_CASE("The merge rule: compatible reports are the same event", "[merge]") {
  MergeReport day = Report("a", 1, kSun, kSun, DatePrecision::kDay);
  MergeReport week = Report("b", 2, kWeekStart, kWeekStart + 6, DatePrecision::kWeek);
  MergeReport month = Report("c", 3, kMarch1, kMarch31, DatePrecision::kMonth);
  MergeReport same_day = Report("d", 4, kSun, kSun, DatePrecision::kDay, {"JPN", "PRK"});
  CHECK(CompareReports(day, week) == MergeVerdict::kSame);       // a week holding the day
  CHECK(CompareReports(day, month) == MergeVerdict::kSame);      // a month holding the day
  CHECK(CompareReports(day, same_day) == MergeVerdict::kSame);   // partial actor lists share PRK
  CHECK(CompareReports(week, month) == MergeVerdict::kDatesCross);  // the week runs into February
}

TEST_CASE("The merge rule: each reason to keep reports apart", "[merge]") {
  MergeReport a = Report("a", 1, kSun, kSun, DatePrecision::kDay);
  auto with = [&](auto change) {
    MergeReport b = Report("b", 2, kSun, kSun, DatePrecision::kDay);
    change(b);
    return CompareReports(a, b);
  };
  CHECK(with([](MergeReport& b) { b.type = EventType::kDrill; }) == MergeVerdict::kOtherType);
  CHECK(with([](MergeReport& b) { b.article = 1; }) == MergeVerdict::kSameArticle);
  CHECK(with([](MergeReport& b) {
          b.start_day = Day(2026, 1, 1), b.end_day = Day(2026, 12, 31), b.precision = DatePrecision::kYear;
        }) == MergeVerdict::kVagueDate);
  CHECK(with([](MergeReport& b) { b.precision = DatePrecision::kUnknown; }) == MergeVerdict::kVagueDate);
  CHECK(with([](MergeReport& b) { b.start_day = b.end_day = kSun + 7; }) == MergeVerdict::kDatesApart);
  CHECK(with([](MergeReport& b) { b.principals = {"USA"}; }) == MergeVerdict::kActorsConflict);
  CHECK(with([](MergeReport& b) { b.principals.clear(); }) == MergeVerdict::kSame);  // names none
  CHECK(with([](MergeReport& b) { b.start_day = kSun - 1; b.end_day = kSun; }) == MergeVerdict::kSame);
  CHECK(with([](MergeReport& b) { b.factuality = Factuality::kNegated; }) ==
        MergeVerdict::kFactualityDiffers);
  CHECK(IsDispute(MergeVerdict::kFactualityDiffers));
  CHECK_FALSE(IsDispute(MergeVerdict::kDatesApart));

  MergeReport placed = a;
  placed.place_name = "sinpo";
  placed.place_country = "PRK";
  CHECK(with([](MergeReport& b) { b.place_name = "pyongyang"; }) == MergeVerdict::kSame);  // a has none
  a = placed;
  CHECK(with([](MergeReport& b) { b.place_name = "pyongyang"; }) == MergeVerdict::kPlaceConflict);
  CHECK(with([](MergeReport& b) { b.place_name = "sinpo shipyard"; }) == MergeVerdict::kSame);
  CHECK(with([](MergeReport& b) { b.place_country = "JPN"; }) == MergeVerdict::kPlaceConflict);

  MergeReport x = Report("x", 1, kSun, kSun, DatePrecision::kDay, {"PRK"});
  MergeReport y = Report("y", 2, kSun, kSun, DatePrecision::kDay, {"PRK"});
  x.targets = {"JPN"};
  y.targets = {"KOR"};
  CHECK(CompareReports(x, y) == MergeVerdict::kActorsConflict);
}

TEST_CASE("The clusterer's pair filter never drops a pair the rule keeps or calls a dispute", "[merge]") {
  // The clusterer drops a candidate pair before reading its reports when
  // the articles are one, ActorsCompatible fails on principals or targets,
  // or PlacesCompatible fails (store/clusterer.cc, LinkFilter). Over every
  // combination of a few actor lists, places, articles, dates and
  // factualities: a pair the filter drops is neither the same event nor a
  // dispute, and one it keeps fails the rule only on dates or factuality.
  const std::vector<std::vector<std::string>> lists = {{}, {"PRK"}, {"KOR"}, {"KOR", "PRK"}, {"USA"}};
  const std::vector<std::pair<std::string, std::string>> places = {
      {"", ""}, {"pyongyang", "PRK"}, {"", "PRK"}, {"pyongyang airport", ""}, {"seoul", "KOR"}};
  const std::vector<std::pair<int64_t, int64_t>> dates = {
      {kSun, kSun}, {kWeekStart, kWeekStart + 6}, {kMarch1, kMarch31}, {kSun + 3, kSun + 3}};
  std::vector<MergeReport> reports;
  for (const auto& principals : lists) {
    for (const auto& targets : lists) {
      for (const auto& [name, country] : places) {
        for (int64_t article : {1, 2}) {
          for (const auto& [start, end] : dates) {
            for (Factuality f : {Factuality::kAsserted, Factuality::kNegated}) {
              MergeReport r = Report("r" + std::to_string(reports.size()), article, start, end,
                                     end == start ? DatePrecision::kDay : DatePrecision::kWeek, principals);
              r.targets = targets;
              r.place_name = name;
              r.place_country = country;
              r.factuality = f;
              reports.push_back(r);
            }
          }
        }
      }
    }
  }
  size_t kept = 0, dropped = 0;
  for (size_t i = 0; i < reports.size(); i += 3) {
    for (size_t j = 0; j < reports.size(); j += 5) {
      const MergeReport &a = reports[i], &b = reports[j];
      bool may_link = a.article != b.article &&
                      ActorsCompatible(a.principals.begin(), a.principals.end(), b.principals.begin(),
                                       b.principals.end()) &&
                      ActorsCompatible(a.targets.begin(), a.targets.end(), b.targets.begin(), b.targets.end()) &&
                      PlacesCompatible(a.place_name, a.place_country, b.place_name, b.place_country);
      MergeVerdict verdict = CompareReports(a, b);
      INFO(a.uid << " " << b.uid << " " << ToString(verdict));
      if (may_link) {
        ++kept;
        CHECK((verdict == MergeVerdict::kSame || IsDispute(verdict) || verdict == MergeVerdict::kDatesApart));
      } else {
        ++dropped;
        CHECK_FALSE((verdict == MergeVerdict::kSame || IsDispute(verdict)));
      }
    }
  }
  CHECK(kept > 0);
  CHECK(dropped > 0);
  // The same test on numbered keys, as the clusterer holds them.
  std::vector<uint32_t> none, one = {3}, two = {1, 3}, other = {2};
  CHECK(ActorsCompatible(none.begin(), none.end(), two.begin(), two.end()));
  CHECK(ActorsCompatible(one.begin(), one.end(), two.begin(), two.end()));
  CHECK_FALSE(ActorsCompatible(other.begin(), other.end(), two.begin(), two.end()));
}

TEST_CASE("Clustering: a week does not glue two days together (complete link)", "[merge]") {
  std::vector<MergeReport> reports = {
      Report("r1", 1, kSun, kSun, DatePrecision::kDay),
      Report("r2", 2, kSun - 2, kSun - 2, DatePrecision::kDay),  // Friday
      Report("r3", 3, kWeekStart, kWeekStart + 6, DatePrecision::kWeek),
  };
  auto groups = Uids(reports, ClusterReports(reports, AllPairs(3), {}));
  REQUIRE(groups.size() == 2);
  // Equal-length gaps and shared principals tie; the week (23 February to
  // 1 March) joins the Friday: their pair is February's (MergeWindow), the
  // Sunday's is March's, whatever the uids.
  CHECK(groups[0] == std::vector<std::string>{"r1"});
  CHECK(groups[1] == std::vector<std::string>{"r2", "r3"});
}

TEST_CASE("Clustering: two launches of one article on one day stay two events", "[merge]") {
  std::vector<MergeReport> reports = {
      Report("a1", 1, kSun, kSun, DatePrecision::kDay),
      Report("a2", 1, kSun, kSun, DatePrecision::kDay),
      Report("b1", 2, kSun, kSun, DatePrecision::kDay),
  };
  reports[0].place_name = "sinpo";
  reports[1].place_name = "pyongyang";
  reports[2].place_name = "pyongyang";
  auto groups = Uids(reports, ClusterReports(reports, AllPairs(3), {}));
  CHECK(groups == std::vector<std::vector<std::string>>{{"a1"}, {"a2", "b1"}});
}

TEST_CASE("Clustering does not depend on the order of reports or candidates", "[merge]") {
  std::vector<MergeReport> reports;
  for (int article = 1; article <= 6; ++article) {
    reports.push_back(Report("d" + std::to_string(article), article, kSun, kSun, DatePrecision::kDay));
    reports.push_back(Report("w" + std::to_string(article), article + 10, kWeekStart, kWeekStart + 6,
                             DatePrecision::kWeek));
    reports.push_back(Report("f" + std::to_string(article), article + 20, kSun - 2, kSun - 2, DatePrecision::kDay));
  }
  auto expected = Uids(reports, ClusterReports(reports, AllPairs(reports.size()), {}));
  std::mt19937 shuffle(14);
  for (int round = 0; round < 20; ++round) {
    std::vector<MergeReport> shuffled = reports;
    std::shuffle(shuffled.begin(), shuffled.end(), shuffle);
    auto pairs = AllPairs(shuffled.size());
    std::shuffle(pairs.begin(), pairs.end(), shuffle);
    for (auto& p : pairs) {
      if (shuffle() % 2) std::swap(p.first, p.second);
    }
    CHECK(Uids(shuffled, ClusterReports(shuffled, pairs, {})) == expected);
  }
}

// A chain month - day - week - day - month through January to March 2026,
// each report from its own article: every link the same event, so that the
// connected set runs through the three months. The uids are chosen so that
// uid order alone would join the January week to its February day first.
std::vector<MergeReport> Chain() {
  const int64_t jan30 = Day(2026, 1, 30), feb1 = Day(2026, 2, 1), feb27 = Day(2026, 2, 27), mar1 = Day(2026, 3, 1);
  return {
      Report("e-jan", 1, Day(2026, 1, 1), Day(2026, 1, 31), DatePrecision::kMonth),
      Report("b-jan30", 2, jan30, jan30, DatePrecision::kDay),
      Report("c-w05", 3, Day(2026, 1, 26), feb1, DatePrecision::kWeek),  // Mon 26 Jan .. Sun 1 Feb
      Report("a-feb1", 4, feb1, feb1, DatePrecision::kDay),
      Report("f-feb", 5, feb1, Day(2026, 2, 28), DatePrecision::kMonth),
      Report("g-feb27", 6, feb27, feb27, DatePrecision::kDay),
      Report("h-w09", 7, Day(2026, 2, 23), mar1, DatePrecision::kWeek),  // Mon 23 Feb .. Sun 1 Mar
      Report("i-mar1", 8, mar1, mar1, DatePrecision::kDay),
      Report("j-mar", 9, mar1, Day(2026, 3, 31), DatePrecision::kMonth),
  };
}

TEST_CASE("Clustering takes the pairs month by month (MergeWindow)", "[merge]") {
  CHECK(MergeWindow(0) == 0);  // January 1970
  CHECK(MergeWindow(Day(1970, 1, 31)) == 0);
  CHECK(MergeWindow(Day(1970, 2, 1)) == 1);
  CHECK(MergeWindow(Day(2026, 3, 1)) == 56 * 12 + 2);
  CHECK(MergeWindow(Day(1969, 12, 31)) == -1);  // before 1970 too
  std::vector<MergeReport> reports = Chain();
  auto groups = Uids(reports, ClusterReports(reports, AllPairs(reports.size()), {}));
  // The week of 26 January is held by its Friday (a January pair) and by
  // its Sunday (a February pair), equally close: January's pair goes
  // first, whatever the uids. Each month then keeps its own day, and the
  // months that a week crosses stay apart from it (a dispute).
  CHECK(groups == std::vector<std::vector<std::string>>{
                      {"a-feb1", "f-feb"}, {"b-jan30", "c-w05"}, {"e-jan"}, {"g-feb27", "h-w09"}, {"i-mar1", "j-mar"}});
}

TEST_CASE("Clustering is local in time: months clustered one after another, carrying the open groups, agree",
          "[merge]") {
  // What the store does with a bulk load (clusterer.cc, ChunkCarry): the
  // pairs up to a month first; then the groups that a later pair may still
  // reach (a report ending on or after the next start) restored as merges,
  // with the later months' pairs. Every cut gives the answer of one pass.
  std::vector<MergeReport> reports = Chain();
  auto pairs = AllPairs(reports.size());
  auto whole = Uids(reports, ClusterReports(reports, pairs, {}));
  for (int64_t cut : {Day(2026, 2, 1), Day(2026, 3, 1)}) {  // the store cuts only where a month starts
    INFO("cut at day " << cut);
    auto later_start = [&](const std::pair<size_t, size_t>& p) {
      return std::max(reports[p.first].start_day, reports[p.second].start_day);
    };
    std::vector<std::pair<size_t, size_t>> before, after;
    for (const auto& p : pairs) (later_start(p) < cut ? before : after).push_back(p);
    std::vector<std::vector<std::string>> out;
    MergeDecisions carried;
    std::set<size_t> closed;  // in a group no later pair can reach: final
    for (const auto& group : ClusterReports(reports, before, {})) {
      if (std::all_of(group.begin(), group.end(), [&](size_t i) { return reports[i].end_day < cut; })) {
        out.push_back(Uids(reports, {group})[0]);
        closed.insert(group.begin(), group.end());
        continue;
      }
      for (size_t i = 1; i < group.size(); ++i) carried.merge.emplace_back(group[0], group[i]);
    }
    for (const auto& group : ClusterReports(reports, after, carried)) {
      if (!closed.count(group[0])) out.push_back(Uids(reports, {group})[0]);
    }
    std::sort(out.begin(), out.end());
    CHECK(out == whole);
  }
}

TEST_CASE("Clustering respects people's merges and splits", "[merge]") {
  std::vector<MergeReport> reports = {
      Report("a", 1, kSun, kSun, DatePrecision::kDay),
      Report("b", 2, kSun, kSun, DatePrecision::kDay),
      Report("c", 3, kSun + 7, kSun + 7, DatePrecision::kDay),
  };
  CHECK(Uids(reports, ClusterReports(reports, AllPairs(3), {})) ==
        std::vector<std::vector<std::string>>{{"a", "b"}, {"c"}});
  MergeDecisions split;
  split.split = {{0, 1}};
  CHECK(Uids(reports, ClusterReports(reports, AllPairs(3), split)) ==
        std::vector<std::vector<std::string>>{{"a"}, {"b"}, {"c"}});
  MergeDecisions merge;
  merge.merge = {{1, 2}};  // against the rule: a week apart
  // c is not the same as a by the rule, so a cannot join {b, c}.
  CHECK(Uids(reports, ClusterReports(reports, AllPairs(3), merge)) ==
        std::vector<std::vector<std::string>>{{"a"}, {"b", "c"}});
}

TEST_CASE("A group's lead, agreed date, title and actors", "[merge]") {
  std::vector<MergeReport> reports = {
      Report("zz", 1, kWeekStart, kWeekStart + 6, DatePrecision::kWeek),
      Report("aa", 2, kSun, kSun, DatePrecision::kDay),
      Report("mm", 3, kMarch1, kMarch31, DatePrecision::kMonth),
  };
  reports[0].published = "2026-03-02";
  reports[1].published = "2026-03-05";
  reports[2].published = "";
  std::vector<size_t> group = {0, 1, 2};
  CHECK(reports[LeadReport(reports, group)].uid == "zz");  // earliest published, not smallest uid
  reports[1].published = "2026-03-02";
  CHECK(reports[LeadReport(reports, group)].uid == "aa");  // same day: smallest uid
  // Month and week cross (the week starts in February), but both hold the
  // day: the most precise date all three agree on.
  CHECK(AgreedDateReport(reports, group) == std::optional<size_t>(1));
  CHECK(AgreedDateReport(reports, {0, 2}) == std::nullopt);  // merged by a person: no agreement
  CHECK(AgreedDateReport(reports, {0, 1}) == std::optional<size_t>(1));
  CHECK(reports[ClearestTitleReport(reports, {0, 1})].uid == "aa");

  std::vector<ActorRef> one = {{"PRK", "North Korea", "", ActorRole::kInitiator}};
  std::vector<ActorRef> two = {{"PRK", "Korea Utara", "", ActorRole::kParticipant},
                               {"JPN", "Japan", "", ActorRole::kTarget}};
  std::vector<ActorRef> three = {{"PRK", "North Korea", "", ActorRole::kInitiator}};
  std::vector<ActorRef> merged = MergeActors({&one, &two, &three});
  REQUIRE(merged.size() == 2);
  CHECK(merged[0].id == "PRK");
  CHECK(merged[0].role == ActorRole::kInitiator);  // two votes of three
  CHECK(merged[1].id == "JPN");
  CHECK(merged[1].role == ActorRole::kTarget);
}

}  // namespace timeline

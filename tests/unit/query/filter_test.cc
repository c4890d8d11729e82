#include <catch2/catch.hpp>

#include "query/filter.h"
#include "registry/registry.h"
#include "util/error.h"
#include "util/hash.h"

using namespace timeline;

TEST_CASE("Free text becomes quoted FTS5 terms", "[query]") {
  CHECK(FtsQueryOf("kripto") == "\"kripto\"");
  CHECK(FtsQueryOf("  uji   coba ") == "\"uji\" \"coba\"");
  CHECK(FtsQueryOf("krip*") == "\"krip\"*");
  CHECK(FtsQueryOf("say \"hi\"") == "\"say\" \"\"\"hi\"\"\"");
  CHECK(FtsQueryOf("NEAR( OR") == "\"NEAR(\" \"OR\"");
  CHECK(FtsQueryOf("   ").empty());
}

TEST_CASE("Filters resolve names, dates, types and say what is wrong", "[query]") {
  Store store(":memory:", Store::Mode::kCreate, Registry::Builtin());
  Filter f;
  f.actors = {"Korea Utara"};
  f.from = "2025-12";
  f.to = "2026-W04";
  f.types = {"military", "sanction"};
  StoreQuery q = ResolveFilter(f, store);
  REQUIRE(q.actor_sets.size() == 1);
  CHECK(q.actor_sets[0] == ResolveFilter(Filter{{"DPRK"}}, store).actor_sets[0]);
  CHECK(*q.from_day == ToDayNumber(*ParseIsoDay("2025-12-01")));
  CHECK(*q.to_day == ToDayNumber(*ParseIsoDay("2026-01-25")));
  CHECK(q.types == std::vector<std::string>{"attack", "drill", "missile_test", "nuclear_test",
                                            "sanction", "weapon_unveiling"});
  CHECK(q.factualities == std::vector<Factuality>{Factuality::kAsserted});

  Filter exact;
  exact.actors = {"KOR"};
  exact.exact = true;
  CHECK(ResolveFilter(exact, store).actor_sets[0].size() == 1);
  exact.exact = false;
  // Members count once they take part in some event (an empty arm is wasted).
  CHECK(ResolveFilter(exact, store).actor_sets[0].size() == 1);
  {
    StoredDocument doc;
    doc.article_bytes = "The spy agency said so.";
    doc.facts.article.id = ArticleIdOf(doc.article_bytes);
    doc.facts.article.title = "t";
    doc.facts.article.path = "/tmp/nis.txt";
    Event e;
    e.id = "nis-1";
    e.type = EventType::kReport;
    e.title = "NIS report";
    e.actors = {{"KOR-NIS", "National Intelligence Service", "KOR", ActorRole::kInitiator}};
    e.evidence = {doc.article_bytes, 0, doc.article_bytes.size()};
    doc.facts.events.push_back(e);
    Store::Batch batch(store);
    batch.Add(doc);
    batch.Commit();
  }
  CHECK(ResolveFilter(exact, store).actor_sets[0].size() == 2);  // KOR and KOR-NIS

  Filter bad;
  bad.actors = {"Korea Utra"};
  CHECK_THROWS_WITH(ResolveFilter(bad, store), Catch::StartsWith("--actor \"Korea Utra\": no actor by that name; did you mean"));
  bad.actors = {};
  bad.from = "2026";
  bad.to = "2025";
  CHECK_THROWS_WITH(ResolveFilter(bad, store), "--from 2026 is after --to 2025");
  bad = Filter{};
  bad.types = {"parade"};
  CHECK_THROWS_WITH(ResolveFilter(bad, store), Catch::StartsWith("--type \"parade\": not a type, category or PLOVER type"));
  bad = Filter{};
  bad.limit = 0;
  CHECK_THROWS_WITH(ResolveFilter(bad, store), "--limit 0: must be 1 or more");
  // Roles and factualities are typed: the command line checked their names.
  bad = Filter{};
  bad.role = ActorRole::kTarget;
  bad.factuality = {std::nullopt};
  StoreQuery typed = ResolveFilter(bad, store);
  CHECK(typed.role == ActorRole::kTarget);
  CHECK(typed.factualities.empty());
}

TEST_CASE("Several factualities, and PLOVER names for types", "[query]") {
  Store store(":memory:", Store::Mode::kCreate, Registry::Builtin());
  Filter f;
  CHECK(ResolveFilter(f, store).factualities == std::vector<Factuality>{Factuality::kAsserted});  // SPEC §4
  f.factuality = {Factuality::kPossible, Factuality::kAsserted, Factuality::kPossible};
  CHECK(ResolveFilter(f, store).factualities == std::vector<Factuality>{Factuality::kAsserted, Factuality::kPossible});
  CHECK_FALSE(NamesFactuality(f, Factuality::kNegated));
  f.factuality = {Factuality::kNegated, std::nullopt};  // "any" wins: no filter
  CHECK(ResolveFilter(f, store).factualities.empty());
  CHECK(NamesFactuality(f, Factuality::kNegated));
  f.factuality = {Factuality::kNegated, Factuality::kAsserted, Factuality::kPossible};
  CHECK(ResolveFilter(f, store).factualities.empty());  // all three: nothing to filter
  f.factuality = {std::nullopt};
  CHECK_FALSE(NamesFactuality(f, Factuality::kNegated));  // "any" alone names none

  Filter types;
  types.types = {"MOBILIZE", "coerce", "attack"};
  CHECK(ResolveFilter(types, store).types ==
        std::vector<std::string>{"attack", "drill", "missile_test", "nuclear_test", "theft", "weapon_unveiling"});
  types.types = {"SUPPORT"};
  CHECK_THROWS_WITH(ResolveFilter(types, store),
                    Catch::Contains("; PLOVER types: AGREE, CONSULT, AID, REQUEST, ACCUSE, THREATEN, PROTEST, SANCTION, "
                                    "MOBILIZE, COERCE, ASSAULT"));
}

#include <catch2/catch.hpp>

#include "registry/registry.h"
#include "util/error.h"

using namespace timeline;

TEST_CASE("Every alias SPEC.md lists resolves to its actor", "[registry]") {
  const Registry& r = Registry::Builtin();
  const std::pair<const char*, const char*> cases[] = {
      {"Korea Utara", "PRK"}, {"Korut", "PRK"}, {"North Korea", "PRK"}, {"N. Korea", "PRK"},
      {"NKorea", "PRK"}, {"DPRK", "PRK"}, {"Democratic People's Republic of Korea", "PRK"},
      {"Pyongyang", "PRK"}, {"Korea Selatan", "KOR"}, {"Korsel", "KOR"}, {"South Korea", "KOR"},
      {"S. Korea", "KOR"}, {"SKorea", "KOR"}, {"Republic of Korea", "KOR"}, {"Seoul", "KOR"},
      {"Amerika Serikat", "USA"}, {"AS", "USA"}, {"United States", "USA"}, {"U.S.", "USA"},
      {"US", "USA"}, {"Washington", "USA"}, {"Jepang", "JPN"}, {"Japan", "JPN"}, {"Tokyo", "JPN"},
      {"Tiongkok", "CHN"}, {"Cina", "CHN"}, {"China", "CHN"}, {"Beijing", "CHN"}, {"Rusia", "RUS"},
      {"Russia", "RUS"}, {"Moscow", "RUS"}, {"PBB", "UN"}, {"Perserikatan Bangsa-Bangsa", "UN"},
      {"United Nations", "UN"}, {"U.N.", "UN"}, {"Dewan Keamanan PBB", "UNSC"},
      {"Badan Intelijen Nasional", "KOR-NIS"}, {"badan mata-mata Korea Selatan", "KOR-NIS"},
      {"Lazarus Group", "PRK-LAZARUS"}, {"Uni Eropa", "EU"}, {"Inggris", "GBR"}, {"Britain", "GBR"},
  };
  for (const auto& [name, id] : cases) {
    INFO(name);
    const ActorInfo* actor = r.Resolve(name);
    REQUIRE(actor != nullptr);
    CHECK(actor->id == id);
  }
}

TEST_CASE("Resolution ignores case and diacritics", "[registry]") {
  const Registry& r = Registry::Builtin();
  CHECK(r.Resolve("KOREA UTARA")->id == "PRK");
  CHECK(r.Resolve("türkiye")->id == "TUR");
  CHECK(r.Resolve("TURKIYE")->id == "TUR");
  CHECK(r.Resolve("cote d'ivoire")->id == "CIV");
  CHECK(r.Resolve("Côte d’Ivoire")->id == "CIV");
  CHECK(r.Resolve("as")->id == "USA");  // queries: any case
  CHECK(r.Resolve("Atlantis") == nullptr);
}

TEST_CASE("The registry holds every UN member state and knows who acts for whom", "[registry]") {
  const Registry& r = Registry::Builtin();
  size_t states = 0;
  for (const ActorInfo& a : r.actors()) states += a.kind == ActorKind::kState;
  CHECK(states == 197);  // 193 members + TWN, PSE, VAT, XKX
  CHECK(r.Find("IDN")->name_id == "Indonesia");
  CHECK(r.Find("DEU")->name_id == "Jerman");
  CHECK(r.CountryOf("kim-gunn") == "KOR");
  CHECK(r.CountryOf("CHN-PLA-ETC") == "CHN");
  CHECK(r.CountryOf("PRK") == "PRK");
  CHECK(r.CountryOf("UNSC").empty());
  CHECK(r.Find("UNSC")->parent == "UN");
  CHECK(r.Find("nobody") == nullptr);
}

TEST_CASE("Suggestions for a misspelt name", "[registry]") {
  const Registry& r = Registry::Builtin();
  std::vector<std::string> close = r.Suggest("Korea Utra");
  REQUIRE_FALSE(close.empty());
  CHECK(close[0] == "Korea Utara");
  CHECK(r.Suggest("Jepnag")[0] == "Jepang");
  CHECK(r.Suggest("zzzzzzzzzzzz").empty());
}

TEST_CASE("A malformed registry is refused with the entry named", "[registry]") {
  CHECK_THROWS_WITH(Registry::Parse("[{\"id\": \"A\", \"kind\": \"state\", \"name\": \"Aland\"},"
                                    " {\"id\": \"B\", \"kind\": \"state\", \"name\": \"Bland\","
                                    " \"aliases\": [\"ALAND\"]}]", "r.json"),
                    "r.json: actor B: name \"aland\" already belongs to A; a name must lead to one actor");
  CHECK_THROWS_WITH(Registry::Parse("[{\"id\": \"X-AG\", \"kind\": \"agency\", \"name\": \"Agency\","
                                    " \"country\": \"XXX\"}]", "r.json"),
                    "r.json: actor X-AG: country \"XXX\" is not a known actor id");
  CHECK_THROWS_WITH(Registry::Parse("[{\"id\": \"A\", \"kind\": \"planet\", \"name\": \"A\"}]", "r.json"),
                    "r.json: actor A: unknown kind \"planet\"; use state, body, agency, group, person or other");
  CHECK_THROWS_WITH(Registry::Parse("[{\"id\": \"A\", \"kind\": \"state\", \"name\": \"A\"},"
                                    " {\"id\": \"A\", \"kind\": \"state\", \"name\": \"B\"}]", "r.json"),
                    "r.json: actor A: duplicate id");
  CHECK_THROWS_WITH(Registry::Parse("[{\"id\": ", "r.json"), "r.json:1:9: invalid JSON");
}

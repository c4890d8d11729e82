#include <catch2/catch.hpp>

#include <algorithm>

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
      {"Lazarus Group", "PRK-LAZARUS"}, {"Uni Eropa", "EU"}, {"UE", "EU"}, {"Inggris", "GBR"}, {"Britain", "GBR"},
      {"OKI", "OIC"}, {"Organisasi Kerja Sama Islam", "OIC"}, {"Liga Arab", "LAS"}, {"Arab League", "LAS"},
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
  // A misspelt key ("metonym") would drop its names without a word.
  CHECK_THROWS_WITH(Registry::Parse("[{\"id\": \"A\", \"kind\": \"state\", \"name\": \"A\","
                                    " \"metonym\": [\"Acity\"]}]", "r.json"),
                    "r.json: actor A: unknown key \"metonym\"");
}

TEST_CASE("A state's regions and cities are places of it", "[registry]") {
  const ActorInfo* pak = Registry::Builtin().Find("PAK");
  REQUIRE(pak);
  CHECK(std::find(pak->places.begin(), pak->places.end(), "Balochistan") != pak->places.end());
  // Places are where, never who: no actor answers to them.
  CHECK_FALSE(Registry::Builtin().Resolve("Balochistan"));
}

TEST_CASE("Armed groups, forces and agencies resolve in both languages to the state they act for", "[registry]") {
  const Registry& r = Registry::Builtin();
  struct Case {
    const char* name;
    const char* id;
    const char* country;  // CountryOf(id); "" for bodies of no state
  };
  const Case cases[] = {
      {"Houthis", "YEM-HOUTHI", "YEM"},          {"Huthi", "YEM-HOUTHI", "YEM"},
      {"Ansar Allah", "YEM-HOUTHI", "YEM"},      {"pemberontak Houthi", "YEM-HOUTHI", "YEM"},
      {"Hezbollah", "LBN-HEZBOLLAH", "LBN"},     {"Hizbullah", "LBN-HEZBOLLAH", "LBN"},
      {"Hamas", "PSE-HAMAS", "PSE"},             {"Palestinian Islamic Jihad", "PSE-PIJ", "PSE"},
      {"Jihad Islam Palestina", "PSE-PIJ", "PSE"}, {"Rapid Support Forces", "SDN-RSF", "SDN"},
      {"RSF", "SDN-RSF", "SDN"},                 {"Pasukan Dukungan Cepat", "SDN-RSF", "SDN"},
      {"JNIM", "MLI-JNIM", "MLI"},               {"ISIS", "ISIS", ""},
      {"ISIL", "ISIS", ""},                      {"Islamic State", "ISIS", ""},
      {"NIIS", "ISIS", ""},                      {"al-Shabaab", "SOM-ALSHABAAB", "SOM"},
      {"Al-Shabab", "SOM-ALSHABAAB", "SOM"},     {"Taliban", "AFG-TALIBAN", "AFG"},
      {"Wagner", "RUS-WAGNER", "RUS"},           {"Africa Corps", "RUS-WAGNER", "RUS"},
      {"Tatmadaw", "MMR-TATMADAW", "MMR"},       {"junta militer Myanmar", "MMR-TATMADAW", "MMR"},
      {"Arakan Army", "MMR-ARAKAN-ARMY", "MMR"}, {"TTP", "PAK-TTP", "PAK"},
      {"Pakistani Taliban", "PAK-TTP", "PAK"},   {"Lashkar-e-Taiba", "PAK-LET", "PAK"},
      {"Jaish-e-Mohammed", "PAK-JEM", "PAK"},    {"Hayat Tahrir al-Sham", "SYR-HTS", "SYR"},
      {"M23", "COD-M23", "COD"},                 {"Gerakan 23 Maret", "COD-M23", "COD"},
      {"Boko Haram", "NGA-BOKO-HARAM", "NGA"},   {"PKK", "TUR-PKK", "TUR"},
      {"Partai Pekerja Kurdistan", "TUR-PKK", "TUR"},
      {"IDF", "ISR-IDF", "ISR"},                 {"militer Israel", "ISR-IDF", "ISR"},
      {"IRGC", "IRN-IRGC", "IRN"},               {"Garda Revolusi Iran", "IRN-IRGC", "IRN"},
      {"PLA", "CHN-PLA", "CHN"},                 {"Tentara Pembebasan Rakyat", "CHN-PLA", "CHN"},
      {"China Coast Guard", "CHN-CCG", "CHN"},   {"Penjaga Pantai China", "CHN-CCG", "CHN"},
      {"Japan Coast Guard", "JPN-JCG", "JPN"},   {"Philippine Coast Guard", "PHL-PCG", "PHL"},
      {"Bakamla", "IDN-BAKAMLA", "IDN"},         {"Badan Keamanan Laut", "IDN-BAKAMLA", "IDN"},
      {"KKP", "IDN-KKP", "IDN"},                 {"Kementerian Kelautan dan Perikanan", "IDN-KKP", "IDN"},
      {"BSSN", "IDN-BSSN", "IDN"},               {"TNI", "IDN-TNI", "IDN"},
      {"TNI AL", "IDN-TNI-AL", "IDN"},           {"pengawas perikanan Vietnam", "VNM-FSF", "VNM"},
      {"Armed Forces of Ukraine", "UKR-AF", "UKR"}, {"militer Ukraina", "UKR-AF", "UKR"},
      {"Russian defence ministry", "RUS-MOD", "RUS"}, {"kementerian pertahanan Rusia", "RUS-MOD", "RUS"},
      {"MOFCOM", "CHN-MOFCOM", "CHN"},           {"Kementerian Perdagangan China", "CHN-MOFCOM", "CHN"},
      {"ISPR", "PAK-ISPR", "PAK"},
      {"GCHQ", "GBR-GCHQ", "GBR"},               {"National Cyber Security Centre", "GBR-NCSC", "GBR"},
      {"OPM", "IDN-OPM", "IDN"},                 {"KKB", "IDN-OPM", "IDN"},
      {"Organisasi Papua Merdeka", "IDN-OPM", "IDN"}, {"Abu Sayyaf", "PHL-ASG", "PHL"},
      {"New People's Army", "PHL-NPA", "PHL"},   {"Tentara Rakyat Baru", "PHL-NPA", "PHL"},
      {"Japan's National Police Agency", "JPN-NPA", "JPN"}, {"Kemenhan", "IDN-KEMHAN", "IDN"},
      {"Hemedti", "mohamed-hamdan-dagalo", "SDN"}, {"Abdel Fattah al-Burhan", "abdel-fattah-al-burhan", "SDN"},
      {"el-Sisi", "abdel-fattah-al-sisi", "EGY"}, {"Zelenskiy", "volodymyr-zelensky", "UKR"},
      {"AUKUS", "AUKUS", ""},                    {"UNICEF", "UNICEF", ""},
      {"Interpol", "INTERPOL", ""},              {"Europol", "EUROPOL", ""},
      {"Dewan Keamanan PBB", "UNSC", ""},        {"U.N. Security Council", "UNSC", ""},
      {"IAEA Board of Governors", "IAEA", ""},   {"Dewan Gubernur IAEA", "IAEA", ""},
      {"UN nuclear watchdog", "IAEA", ""},       {"UNIFIL", "UNIFIL", ""},
      {"WFP", "WFP", ""},                        {"Uni Afrika", "AU", ""},
      {"ECOWAS", "ECOWAS", ""},                  {"Alliance of Sahel States", "AES", ""},
      {"Aliansi Negara-Negara Sahel", "AES", ""}, {"NATO", "NATO", ""},
      {"Uni Eropa", "EU", ""},                   {"ASEAN", "ASEAN", ""},
      {"G7", "G7", ""},                          {"Quad", "QUAD", ""},
  };
  for (const Case& c : cases) {
    INFO(c.name);
    const ActorInfo* actor = r.Resolve(c.name);
    REQUIRE(actor != nullptr);
    CHECK(actor->id == c.id);
    CHECK(r.CountryOf(actor->id) == c.country);
  }
  CHECK(r.Find("IDN-TNI-AL")->parent == "IDN-TNI");
  CHECK(r.Find("UNIFIL")->parent == "UN");
  CHECK(r.Find("ISIS")->country.empty());
}

TEST_CASE("Acronyms resolve written with full stops too", "[registry]") {
  const Registry& r = Registry::Builtin();
  const std::pair<const char*, const char*> cases[] = {
      {"I.A.E.A.", "IAEA"}, {"U.N.", "UN"},      {"N.A.T.O.", "NATO"}, {"U.S.", "USA"},
      {"D.P.R.K.", "PRK"},  {"F.B.I.", "USA-FBI"}, {"i.a.e.a.", "IAEA"},
  };
  for (const auto& [name, id] : cases) {
    INFO(name);
    const ActorInfo* actor = r.Resolve(name);
    REQUIRE(actor != nullptr);
    CHECK(actor->id == id);
  }
  const ActorInfo* iaea = r.Find("IAEA");
  CHECK(std::count(iaea->aliases.begin(), iaea->aliases.end(), "I.A.E.A.") == 1);
  // Only acronyms: names with lower-case letters or of two letters get none.
  CHECK(r.Resolve("A.S.") == nullptr);
  CHECK(r.Resolve("J.a.p.a.n.") == nullptr);
  // A dotted form another actor already owns stays that actor's.
  Registry two = Registry::Parse(
      "[{\"id\": \"ABC\", \"kind\": \"body\", \"name\": \"Abc\"},"
      " {\"id\": \"X\", \"kind\": \"body\", \"name\": \"X\", \"aliases\": [\"A.B.C.\"]}]",
      "r.json");
  CHECK(two.Resolve("A.B.C.")->id == "X");
  CHECK(two.Resolve("ABC")->id == "ABC");
}

namespace {

std::vector<std::string> MemberIds(const Registry& r, const char* id) {
  std::vector<std::string> ids;
  for (const ActorInfo* member : r.Members(id)) ids.push_back(member->id);
  return ids;
}

bool Has(const std::vector<std::string>& list, const std::string& item) {
  return std::find(list.begin(), list.end(), item) != list.end();
}

}  // namespace

TEST_CASE("An actor's members: every actor whose country or parent chain leads to it", "[registry]") {
  const Registry& r = Registry::Builtin();
  // What `timeline actors PRK` lists, whether or not they have events.
  std::vector<std::string> prk = MemberIds(r, "PRK");
  CHECK(prk == std::vector<std::string>{"PRK-LAZARUS", "PRK-KIMSUKY", "PRK-RGB", "PRK-MFA", "PRK-KPA",
                                        "PRK-KCNA", "PRK-MND", "kim-jong-un", "kim-yo-jong", "PRK-ANDARIEL",
                                        "PRK-BLUENOROFF", "PRK-APT37", "choe-son-hui", "no-kwang-chol",
                                        "pak-thae-song"});
  // Through a parent: CHN-PLA-ETC belongs to CHN-PLA, which acts for CHN;
  // the UN's panel on North Korea belongs to the Security Council.
  CHECK(Has(MemberIds(r, "CHN"), "CHN-PLA-ETC"));
  CHECK(Has(MemberIds(r, "CHN-PLA"), "CHN-PLA-ETC"));
  std::vector<std::string> un = MemberIds(r, "UN");
  CHECK(Has(un, "UNSC"));
  CHECK(Has(un, "UN-PANEL-PRK"));
  CHECK_FALSE(Has(un, "PRK"));  // the panel is about North Korea, not a member
  CHECK(MemberIds(r, "UNSC") == std::vector<std::string>{"UN-PANEL-PRK"});
  CHECK_FALSE(Has(prk, "PRK"));
  CHECK(MemberIds(r, "kim-gunn").empty());
  CHECK(MemberIds(r, "nobody").empty());
}

TEST_CASE("Members of a hand-edited registry with a parent cycle end", "[registry]") {
  Registry r = Registry::Parse(
      "[{\"id\": \"S\", \"kind\": \"state\", \"name\": \"State\"},"
      " {\"id\": \"A\", \"kind\": \"body\", \"name\": \"Alpha\", \"parent\": \"B\"},"
      " {\"id\": \"B\", \"kind\": \"body\", \"name\": \"Beta\", \"parent\": \"A\"},"
      " {\"id\": \"C\", \"kind\": \"agency\", \"name\": \"Gamma\", \"parent\": \"A\", \"country\": \"S\"}]",
      "r.json");
  CHECK(MemberIds(r, "S") == std::vector<std::string>{"C"});
  CHECK(MemberIds(r, "A") == std::vector<std::string>{"B", "C"});
}

TEST_CASE("Display names in either language, and the aliases as the data writes them", "[registry]") {
  const Registry& r = Registry::Builtin();
  CHECK(Registry::DisplayName(*r.Find("PRK"), Language::kEnglish) == "North Korea");
  CHECK(Registry::DisplayName(*r.Find("PRK"), Language::kIndonesian) == "Korea Utara");
  CHECK(Registry::DisplayName(*r.Find("kim-gunn"), Language::kIndonesian) == "Kim Gunn");  // no name_id
  const ActorInfo& prk = *r.Find("PRK");
  // Written forms keep their case and punctuation; the dotted acronym of
  // the id is added and said to be.
  CHECK(Has(prk.aliases, "D.P.R.K."));
  CHECK(Has(prk.aliases, "Korea, Democratic People's Republic of"));
  CHECK_FALSE(Has(prk.aliases, "d.p.r.k."));
  CHECK(prk.dotted_aliases == std::vector<std::string>{"P.R.K."});
  CHECK(Has(prk.aliases, "P.R.K."));
  CHECK(r.Find("IAEA")->dotted_aliases == std::vector<std::string>{"I.A.E.A."});
}

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include <algorithm>
#include <fstream>
#include <optional>
#include <sstream>
#include <string>
#include <thread>
#include <vector>

#include "extract/extractor.h"
#include "extract/morphology.h"
#include "util/error.h"

using namespace timeline;

namespace {

// A word, its root key, and the trigger type the extractor gives it in a
// sentence (none: no event). `sentence` has the word where "{}" stands.
struct Row {
  const char* word;
  const char* key;
  std::optional<EventType> type;
  const char* sentence;
};

// The types of the events extracted from one sentence in an article of
// `language` published on 26 January 2026.
std::vector<EventType> TypesOf(const std::string& sentence, Language language) {
  ExtractOptions options;
  options.language = language;
  options.fallback_published = date::sys_days{date::year{2026} / 1 / 26};
  std::vector<EventType> types;
  for (const Event& e : ExtractArticle("Judul\n\n" + sentence + "\n", "t.txt", options).events) {
    types.push_back(e.type);
  }
  return types;
}

std::string Fill(const char* sentence, const char* word) {
  std::string s = sentence;
  return s.replace(s.find("{}"), 2, word);
}

void CheckRows(const std::vector<Row>& rows, Language language) {
  Morphology morphology(language);
  for (const Row& row : rows) {
    std::string sentence = Fill(row.sentence, row.word);
    INFO(sentence);
    CHECK(morphology.Key(row.word) == row.key);
    std::vector<EventType> types = TypesOf(sentence, language);
    if (row.type) {
      CHECK(types == std::vector<EventType>{*row.type});
    } else {
      CHECK(types.empty());
    }
  }
}

constexpr EventType kAttack = EventType::kAttack, kProtest = EventType::kProtest, kAppeal = EventType::kAppeal,
                    kAgreement = EventType::kAgreement, kTheft = EventType::kTheft,
                    kCyberattack = EventType::kCyberattack, kMeeting = EventType::kMeeting,
                    kMissileTest = EventType::kMissileTest, kWarning = EventType::kWarning,
                    kSanction = EventType::kSanction, kDrill = EventType::kDrill,
                    kUnveiling = EventType::kWeaponUnveiling;
constexpr std::nullopt_t kNone = std::nullopt;

const char* const kId = "Pada Senin (26/1), Korea Utara {} Korea Selatan.";
const char* const kIdTheft = "Pada Senin (26/1), peretas Korea Utara {} aset kripto senilai US$10 juta dari Korea Selatan.";
const char* const kEn = "On Monday, North Korea {} South Korea.";

}  // namespace

TEST_CASE("Indonesian roots through Hunspell: prefixes, suffixes, and the triggers they reach", "[morphology]") {
  const std::vector<Row> rows = {
      // me-, mem-, men-, meng-, meny- (the nasal replaces the root's first letter)
      {"meretas", "retas", kCyberattack, kId},
      {"merampok", "rampok", kTheft, kIdTheft},
      {"memprotes", "protes", kProtest, kId},
      {"mendesak", "desak", kAppeal, kId},
      {"menembak", "tembak", kAttack, kId},
      {"mencuri", "curi", kTheft, kIdTheft},
      {"menabrak", "tabrak", kAttack, kId},
      {"mengecam", "kecam", kProtest, kId},
      {"menghantam", "hantam", kAttack, kId},
      {"menggempur", "gempur", kAttack, kId},
      {"mengimbau", "imbau", kAppeal, kId},
      {"menyerbu", "serbu", kAttack, kId},
      {"menyepakati", "sepakat", kAgreement, "Pada Senin (26/1), Korea Utara dan Korea Selatan {} jalur perbatasan baru."},
      // -kan, -i, -an, -nya
      {"menyerukan", "seru", kAppeal, "Pada Senin (26/1), Korea Utara {} Korea Selatan menarik pasukannya."},
      {"menembakkan", "tembak", kMissileTest, "Pada Senin (26/1), Korea Utara {} rudal ke laut."},
      {"menembaki", "tembak", kAttack, kId},
      {"kecaman", "kecam", kProtest, "Pada Senin (26/1), Korea Utara melontarkan {} kepada Korea Selatan."},
      {"desakan", "desak", kAppeal, "Pada Senin (26/1), Korea Utara menyampaikan {} kepada Korea Selatan."},
      {"kecamannya", "kecam", kProtest, "Pada Senin (26/1), Korea Utara menyampaikan {} kepada Korea Selatan."},
      // di-, ter-, ber-, pe-, pen-, peng-, per-, ke-an
      {"dikecam", "kecam", kProtest, "Pada Senin (26/1), Korea Selatan {} oleh Korea Utara."},
      {"dicuri", "curi", kTheft, "Pada Senin (26/1), aset kripto senilai US$10 juta milik Korea Selatan {} Korea Utara."},
      {"tertembak", "tembak", kAttack, "Pada Senin (26/1), tentara Korea Selatan {} oleh Korea Utara."},
      {"berunding", "runding", kMeeting, "Pada Senin (26/1), Korea Utara {} dengan Korea Selatan."},
      {"penembakan", "tembak", kAttack, "Pada Senin (26/1), Korea Utara melakukan {} ke arah Korea Selatan."},
      {"pencurian", "curi", kTheft, "Pada Senin (26/1), Korea Utara melakukan {} aset kripto senilai US$10 juta dari Korea Selatan."},
      {"pengecaman", "kecam", kProtest, "Pada Senin (26/1), Korea Utara menyampaikan {} kepada Korea Selatan."},
      {"pengeboman", "bom", kAttack, "Pada Senin (26/1), Korea Utara melakukan {} di Korea Selatan."},
      {"perundingan", "runding", kMeeting, "Pada Senin (26/1), Korea Utara menggelar {} dengan Korea Selatan."},
      {"kesepakatan", "sepakat", kAgreement, "Pada Senin (26/1), Korea Utara mencapai {} dengan Korea Selatan."},
      // A stem the dictionary has only with affixes (tandatangan: NEEDAFFIX).
      {"menandatangani", "tandatangan", kAgreement, "Pada Senin (26/1), Korea Utara dan Korea Selatan {} pakta baru."},
      {"penandatanganan", "tandatangan", kAgreement, "Pada Senin (26/1), Korea Utara dan Korea Selatan merayakan {} pakta baru."},
      {"peretasan", "retas", kCyberattack, "Pada Senin (26/1), Korea Utara melakukan {} terhadap Korea Selatan."},
      // A reduplication takes its half's key.
      {"serangan-serangan", "serang", kNone, "Pada Senin (26/1), Korea Utara membahas {} Korea Selatan."},
      // Derivations a root entry leaves out (its except list): the hacker is
      // not the hack, the bomber aircraft not the bombing.
      {"peretas", "retas", kNone, "Pada Senin (26/1), {} Korea Utara berada di Korea Selatan."},
      {"pengebom", "bom", kNone, "Pada Senin (26/1), pesawat {} Korea Utara terbang di atas Korea Selatan."},
      // Shots are as often warning shots or in a threat ("dengan tembakan
      // langsung"), and what is "ditembakkan" mostly missiles (a test).
      {"tembakan", "tembak", kNone, "Pada Senin (26/1), Korea Utara melepaskan {} ke udara di dekat Korea Selatan."},
      {"ditembakkan", "tembak", kNone, "Pada Senin (26/1), rudal Korea Utara {} ke laut."},
      {"dilaporkan", "lapor", kNone, "Pada Senin (26/1), tentara Korea Utara {} berada di Korea Selatan."},
      // Roots nobody declared: latihan (a drill) is listed by its surface,
      // melatih (training someone) is no drill.
      {"latihan", "latih", kDrill, "Pada Senin (26/1), Korea Utara menggelar {} militer di dekat Korea Selatan."},
      {"melatih", "latih", kNone, kId},
      // Whole words and names stay whole.
      {"menteri", "menteri", kNone, "Pada Senin (26/1), {} Korea Utara berada di Korea Selatan."},
      {"asean", "asean", kNone, "Pada Senin (26/1), {} menerima Korea Utara dan Korea Selatan."},
      {"mereka", "mereka", kNone, "Pada Senin (26/1), {} berada di Korea Selatan."},  // not me+reka
      {"sekitar", "sekitar", kNone, "Pada Senin (26/1), {} 200 tentara Korea Utara berada di Korea Selatan."},
  };
  CheckRows(rows, Language::kIndonesian);
}

TEST_CASE("Hunspell's several stems: the word itself, else the shortest dictionary word, else a suffix alone",
          "[morphology]") {
  Morphology morphology(Language::kIndonesian);
  CHECK(morphology.Key("mengecek") == "cek");    // menge+cek, not meng+kecek
  CHECK(morphology.Key("melarikan") == "lari");  // me+lari+kan, not me+larik+an
  CHECK(morphology.Key("berikan") == "beri");    // beri+kan, not ber+ikan
  CHECK(morphology.Key("pegawai") == "pegawai");
  CHECK(morphology.Key("2026") == "2026");
  CHECK(morphology.Key("jakarta") == "jakarta");  // the dictionary has only "Jakarta"
  CHECK(morphology.Key("") == "");
}

TEST_CASE("English roots through Snowball: -ed, -ing, -s, -tion, and the triggers they reach", "[morphology]") {
  const std::vector<Row> rows = {
      {"condemned", "condemn", kProtest, kEn},
      {"condemns", "condemn", kProtest, kEn},
      {"condemning", "condemn", kProtest, "On Monday, North Korea issued a statement {} South Korea."},
      {"condemnation", "condemn", kProtest, "On Monday, North Korea issued a {} of South Korea."},
      {"denouncing", "denounc", kProtest, "On Monday, North Korea issued a statement {} South Korea."},
      {"warns", "warn", kWarning, kEn},
      {"sanctioned", "sanction", kSanction, "On Monday, the United States {} North Korea."},
      {"sanctioning", "sanction", kSanction, "On Monday, the United States began {} North Korea."},
      {"urging", "urg", kAppeal, "On Monday, South Korea issued a statement {} North Korea to stop."},
      {"agreeing", "agre", kAgreement, "On Monday, North Korea and South Korea were {} on a ceasefire."},
      {"hacking", "hack", kCyberattack, "On Monday, North Korea was caught {} South Korea's defence ministry."},
      {"breaches", "breach", kCyberattack, "On Monday, North Korea {} South Korea's defence ministry."},
      {"unveils", "unveil", kUnveiling, "On Monday, North Korea {} a new missile."},
      {"strikes", "strike", kAttack, "On Monday, North Korea launched {} on South Korea."},
      {"bombing", "bomb", kAttack, "On Monday, North Korea began {} South Korea."},
      {"meets", "meet", kMeeting, kEn},
      // -s and -ed of roots nobody declared: "drills" is listed by its
      // surface, "drilled" is not (oil is drilled too); "launched" and
      // "fired" are missile tests only with the missile after them.
      {"drills", "drill", kDrill, "On Monday, North Korea held {} near South Korea."},
      {"drilled", "drill", kNone, "On Monday, North Korea {} near South Korea."},
      {"launched", "launch", kNone, "On Monday, North Korea {} a new app."},
      {"launches", "launch", kNone, "On Monday, North Korea {} a new app."},
      {"fired", "fire", kMissileTest, "On Monday, North Korea {} a missile."},
      // Irregular forms keep their own key (and their own surface entries).
      {"struck", "struck", kAttack, kEn},
      // What an except list leaves out.
      {"reporters", "report", kNone, "On Monday, North Korea told {} that South Korea was busy."},
      {"protestant", "protest", kNone, "On Monday, a {} church in South Korea opened."},
  };
  CheckRows(rows, Language::kEnglish);
}

TEST_CASE("KeyAmong analyses only the words that can have one of the keys, with Key's answer for those",
          "[morphology]") {
  Morphology morphology(Language::kIndonesian);
  const std::vector<std::string> keys = {"tembak", "kecam"};
  CHECK(morphology.KeyAmong("menembakkan", keys) == "tembak");
  CHECK(morphology.KeyAmong("kecamannya", keys) == "kecam");
  CHECK(morphology.KeyAmong("menyerang", keys) == "menyerang");  // holds neither "embak" nor "ecam"
  CHECK(morphology.Key("menyerang") == "serang");                // Key still analyses it
  CHECK(morphology.KeyAmong("menyerang", keys) == "serang");
  const std::vector<std::string> other = {"serang"};
  CHECK(morphology.KeyAmong("diserang", other) == "serang");
  CHECK(morphology.KeyAmong("menembak", other) == "menembak");     // cannot be serang's
  CHECK(morphology.KeyAmong("menembakkan", other) == "tembak");   // analysed before: its key stays
}

TEST_CASE("Each thread has its own analyser, and they agree", "[morphology]") {
  const Morphology* here = &Morphology::ForLanguage(Language::kIndonesian);
  const Morphology* there = nullptr;
  std::string key;
  std::thread([&] {
    there = &Morphology::ForLanguage(Language::kIndonesian);
    key = there->Key("penembakan");
  }).join();
  CHECK(here != there);
  CHECK(key == here->Key("penembakan"));
  CHECK(&Morphology::ForLanguage(Language::kIndonesian) == here);
}

TEST_CASE("Every Indonesian root of data/lang/id/triggers.json is written as its own key", "[morphology]") {
  // The extractor takes Indonesian roots as written, so that building the
  // lexicon needs no dictionary (an English run never loads it).
  std::ifstream in(std::string(TIMELINE_SOURCE_DIR) + "/data/lang/id/triggers.json");
  nlohmann::json data = nlohmann::json::parse(in);
  Morphology morphology(Language::kIndonesian);
  size_t roots = 0;
  for (const auto& [type, entries] : data.at("roots").at("types").items()) {
    for (const auto& entry : entries) {
      std::string phrase = entry.is_object() ? entry.at("phrase").get<std::string>() : entry.get<std::string>();
      std::istringstream words(phrase);
      for (std::string w; words >> w;) {
        if (w[0] != '~') continue;
        ++roots;
        INFO(type << ": " << w);
        CHECK(morphology.Key(w.substr(1)) == w.substr(1));
      }
    }
  }
  CHECK(roots > 10);
}

TEST_CASE("A missing dictionary is an error that names its path", "[morphology]") {
  try {
    Morphology morphology(Language::kIndonesian, "/nonexistent/hunspell");
    FAIL("no error");
  } catch (const Error& e) {
    CHECK(std::string(e.what()).find("/nonexistent/hunspell/id_ID.aff") != std::string::npos);
    CHECK(std::string(e.what()).find("hunspell-id") != std::string::npos);
  }
  CHECK_NOTHROW(Morphology(Language::kEnglish, "/nonexistent/hunspell"));  // Snowball needs no file
}

TEST_CASE("IsWord: a dictionary word as it stands, in Indonesian only", "[morphology]") {
  const Morphology& id = Morphology::ForLanguage(Language::kIndonesian);
  // Roots of forms Hunspell does not derive ("dibobol", "diretas").
  CHECK(id.IsWord("bobol"));
  CHECK(id.IsWord("retas"));
  // What is left of "dialog" and "diplomasi" after "di" is no word.
  CHECK_FALSE(id.IsWord("alog"));
  CHECK_FALSE(id.IsWord("plomasi"));
  CHECK_FALSE(Morphology::ForLanguage(Language::kEnglish).IsWord("launch"));
}

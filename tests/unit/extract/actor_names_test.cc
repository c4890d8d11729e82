// Actor names in running text: the registry's groups and bodies, acronyms
// written with full stops, and currencies that carry a country's name.

#include <catch2/catch.hpp>

#include <algorithm>
#include <string>
#include <vector>

#include "extract/extractor.h"
#include "extract/tokens.h"

using namespace timeline;

namespace {

// Every actor id of the events extracted from `body` (a small article with
// a header date and a title), in order, without repeats.
std::vector<std::string> ActorsIn(const std::string& header, const std::string& body) {
  FactDocument doc = ExtractArticle(header + "\n\nTitle\n\n" + body, "t.txt", {});
  std::vector<std::string> ids;
  for (const Event& e : doc.events) {
    for (const ActorRef& a : e.actors) {
      if (std::find(ids.begin(), ids.end(), a.id) == ids.end()) ids.push_back(a.id);
    }
  }
  return ids;
}

const char kEnglish[] = "\xE2\x80\xA2 January 26, 2026";
const char kIndonesian[] = "Senin, 26/01/2026 10:00 WIB";

}  // namespace

TEST_CASE("A dotted acronym names its actor", "[extract][actors]") {
  CHECK(ActorsIn(kEnglish, "The I.A.E.A. condemned Iran on Monday.\n") ==
        std::vector<std::string>{"IAEA", "IRN"});
  CHECK(ActorsIn(kEnglish, "The U.N. Security Council imposed sanctions on North Korea on Tuesday.\n") ==
        std::vector<std::string>{"UNSC", "PRK"});
}

TEST_CASE("Armed groups and forces are actors in both languages", "[extract][actors]") {
  CHECK(ActorsIn(kEnglish, "The Houthis attacked a tanker in the Red Sea on Sunday.\n") ==
        std::vector<std::string>{"YEM-HOUTHI"});
  CHECK(ActorsIn(kIndonesian, "Hizbullah menyerang pos militer Israel pada hari Minggu.\n").front() ==
        "LBN-HEZBOLLAH");
  CHECK(ActorsIn(kIndonesian, "Dewan Gubernur IAEA mengecam Iran pada hari Jumat.\n").front() == "IAEA");
}

TEST_CASE("A currency written with its country's letters is no actor", "[extract][actors]") {
  std::vector<Token> tokens = Tokenize("US$30 juta, S$5, HK$2 dan $1");
  std::vector<std::string> words;
  for (const Token& t : tokens) words.push_back(t.folded);
  CHECK(words == std::vector<std::string>{"us$", "30", "juta", ",", "s$", "5", ",", "hk$", "2", "dan", "$", "1"});
  CHECK(ActorsIn(kEnglish, "Hackers stole US$30 million from an exchange on Wednesday.\n").empty());
}

TEST_CASE("'The Security Council' is the UN's, the National Security Council is not", "[extract][actors]") {
  CHECK(ActorsIn(kEnglish, "The Security Council met on Monday to discuss the launch.\n") ==
        std::vector<std::string>{"UNSC"});
  CHECK(ActorsIn(kEnglish, "The National Security Council met on Tuesday.\n").empty());
}

TEST_CASE("'Greek-owned', 'Liberian-flagged': the state before the hyphen is named", "[extract][actors]") {
  CHECK(ActorsIn(kEnglish, "Houthi rebels attacked a Greek-owned tanker on Tuesday.\n") ==
        std::vector<std::string>{"YEM-HOUTHI", "GRC"});
  CHECK(ActorsIn(kEnglish, "Houthi rebels attacked a Liberian-flagged tanker on Tuesday.\n") ==
        std::vector<std::string>{"YEM-HOUTHI", "LBR"});
  // Other compounds name no one: "US-made" missiles are no party.
  CHECK(ActorsIn(kEnglish, "Ukraine test-fired US-made missiles on Tuesday.\n") ==
        std::vector<std::string>{"UKR"});
}

TEST_CASE("State-backed hacking groups and insurgents act for their country", "[extract][actors]") {
  // Security vendors' names for the same group resolve to one actor.
  CHECK(ActorsIn(kEnglish, "Volt Typhoon hacked US water utilities on Monday.\n") ==
        std::vector<std::string>{"CHN-VOLT-TYPHOON", "USA"});
  CHECK(ActorsIn(kEnglish, "Fancy Bear breached the German parliament's network on Monday.\n").front() ==
        "RUS-APT28");
  CHECK(ActorsIn(kIndonesian, "Kelompok peretas Andariel membobol server rumah sakit pada Senin.\n") ==
        std::vector<std::string>{"PRK-ANDARIEL"});
  CHECK(ActorsIn(kEnglish, "Kataib Hezbollah attacked a US base with drones on Monday.\n") ==
        std::vector<std::string>{"IRQ-KATAIB-HEZBOLLAH", "USA"});
  CHECK(ActorsIn(kIndonesian, "Pasukan Demokratik Suriah menyerang posisi ISIS pada Senin.\n") ==
        std::vector<std::string>{"SYR-SDF", "ISIS"});
  // "PDF", in capitals only (an exact alias), is Myanmar's resistance.
  CHECK(ActorsIn(kEnglish, "The PDF attacked a junta base in Sagaing on Monday.\n").front() == "MMR-PDF");
}

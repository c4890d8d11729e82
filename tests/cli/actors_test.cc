// End-to-end: `timeline actors NAME` as people read it (names in both
// languages, aliases as written, every member), and CSV actor names in one
// language per file.

#include <catch2/catch.hpp>
#include <algorithm>
#include <filesystem>
#include <map>
#include <nlohmann/json.hpp>
#include <set>

#include "cli/run.h"
#include "registry/registry.h"

using namespace timeline::testing;
namespace fs = std::filesystem;

namespace {

const char* const kSeed = "000_69a52ad502c6601e";

// The seed, and a second article (the seed's text with a line more) whose
// facts name the actors in English, as an English article's would, with an
// actor of the file's own that acts for North Korea.
struct TwoLanguages {
  TempDir dir;
  std::string db = dir.File("t.db");
  TwoLanguages() {
    std::string text = ReadAll(SourcePath(std::string("seeds/") + kSeed + ".txt")) + "\nCopied.\n";
    WriteAll(dir.File("en.txt"), text);
    nlohmann::json doc = nlohmann::json::parse(ReadAll(SourcePath(std::string("seeds/") + kSeed + ".json")));
    doc["article"]["path"] = "en.txt";
    doc["article"].erase("id");
    const timeline::Registry& registry = timeline::Registry::Builtin();
    for (auto& event : doc["events"]) {
      event["id"] = event["id"].get<std::string>() + "-en";
      for (auto& actor : event["actors"]) {
        if (const timeline::ActorInfo* info = registry.Find(actor["id"].get<std::string>())) {
          actor["name"] = info->name;
        }
      }
    }
    doc["events"][0]["actors"].push_back(
        {{"id", "prk-hackers"}, {"name", "peretas Korea Utara"}, {"country", "PRK"}, {"role", "participant"}});
    WriteAll(dir.File("en.json"), doc.dump(2));
    RunResult loaded = RunTimeline({"--db", db, "load", SourcePath("seeds"), dir.File("en.json")});
    INFO(loaded.err);
    REQUIRE(loaded.exit_code == 0);
  }
  RunResult Run(std::vector<std::string> args) const {
    args.insert(args.begin(), {"--db", db});
    return RunTimeline(args);
  }
};

std::vector<std::string> Split(const std::string& text, const std::string& separator) {
  std::vector<std::string> out;
  size_t start = 0;
  for (size_t at; (at = text.find(separator, start)) != std::string::npos; start = at + separator.size()) {
    out.push_back(text.substr(start, at - start));
  }
  out.push_back(text.substr(start));
  return out;
}

// actor id -> every name a CSV export gives it, over all its rows.
std::map<std::string, std::set<std::string>> NamesById(const std::string& csv) {
  std::vector<std::vector<std::string>> rows = ParseCsv(csv);
  const std::vector<std::string>& header = rows.at(0);
  auto column = [&](const std::string& name) {
    return static_cast<size_t>(std::find(header.begin(), header.end(), name) - header.begin());
  };
  std::map<std::string, std::set<std::string>> out;
  for (size_t row = 1; row < rows.size(); ++row) {
    std::vector<std::string> names = Split(rows[row].at(column("actor_names")), "; ");
    std::vector<std::string> ids = Split(rows[row].at(column("actor_ids")), "; ");
    REQUIRE(names.size() == ids.size());
    for (size_t i = 0; i < ids.size(); ++i) {
      if (!ids[i].empty()) out[ids[i]].insert(names[i]);
    }
  }
  return out;
}

}  // namespace

TEST_CASE("timeline actors PRK: both names, aliases as written, every member", "[cli][registry][golden]") {
  TempDir dir;
  std::string db = dir.File("t.db");
  REQUIRE(RunTimeline({"--db", db, "load", SourcePath("seeds")}).exit_code == 0);
  RunResult r = RunTimeline({"--db", db, "actors", "Korut"});
  INFO(r.err);
  REQUIRE(r.exit_code == 0);
  CheckGolden("actors_prk.txt", r.out);
  // What the golden file must hold, said on its own so that a careless
  // golden update cannot hide it.
  CHECK(r.out.find("  names: North Korea (en); Korea Utara (id)\n") != std::string::npos);
  CHECK(r.out.find("D.P.R.K.") != std::string::npos);
  CHECK(r.out.find("d.p.r.k.") == std::string::npos);
  CHECK(r.out.find("Korea, Democratic People's Republic of") != std::string::npos);
  CHECK(r.out.find("members (15, included in --actor unless --exact):\n") != std::string::npos);
  // Members without events yet are listed.
  CHECK(r.out.find("  PRK-KPA\tagency\tKorean People's Army / Tentara Rakyat Korea\tcountry PRK\t0 events\n") !=
        std::string::npos);
  CHECK(r.out.find("  kim-jong-un\tperson\tKim Jong Un\tcountry PRK\t0 events\n") != std::string::npos);
}

TEST_CASE("timeline actors lists an actor of a fact file's own among its state's members", "[cli][registry]") {
  TwoLanguages t;
  RunResult r = t.Run({"actors", "PRK"});
  INFO(r.err);
  REQUIRE(r.exit_code == 0);
  CHECK(r.out.find("members (16, included in --actor unless --exact):\n") != std::string::npos);
  CHECK(r.out.find("  prk-hackers\tother\tperetas Korea Utara\tcountry PRK\t1 event\n") != std::string::npos);
  RunResult own = t.Run({"actors", "peretas Korea Utara"});
  REQUIRE(own.exit_code == 0);
  CHECK(own.out.find("  names: peretas Korea Utara (from a fact file)\n") != std::string::npos);
}

TEST_CASE("CSV actor names are in one language for the whole file", "[cli][export]") {
  TwoLanguages t;
  const timeline::Registry& registry = timeline::Registry::Builtin();
  for (const char* lang : {"en", "id"}) {
    INFO(lang);
    std::vector<std::string> args = {"export", "--format", "csv", "--no-bom", "--factuality", "any"};
    if (std::string(lang) == "id") args.insert(args.end(), {"--lang", "id"});
    RunResult csv = t.Run(args);
    INFO(csv.err);
    REQUIRE(csv.exit_code == 0);
    std::map<std::string, std::set<std::string>> names = NamesById(csv.out);
    REQUIRE(names.count("KOR"));
    REQUIRE(names.count("prk-hackers"));
    for (const auto& [id, set] : names) {
      INFO(id);
      // The same actor under one name only, in every row ...
      CHECK(set.size() == 1);
      // ... the registry's in the language asked for.
      const timeline::ActorInfo* info = registry.Find(id);
      std::string expected = !info ? "peretas Korea Utara"
                             : std::string(lang) == "id" && !info->name_id.empty() ? info->name_id
                                                                                  : info->name;
      CHECK(*set.begin() == expected);
    }
  }
  CHECK(t.Run({"export", "--format", "csv", "--lang", "fr"}).exit_code == 2);
}

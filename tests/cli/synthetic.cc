#include "cli/synthetic.h"

#include <filesystem>
#include <nlohmann/json.hpp>

#include "cli/run.h"

namespace timeline::testing {

std::string WriteSyntheticFacts(const std::string& folder, const std::string& name, int articles,
                                int events_per_article, const std::string& prefix,
                                const std::string& title_prefix) {
  static const char* kActors[] = {"PRK", "KOR", "USA", "JPN", "CHN", "RUS"};
  static const char* kTypes[] = {"meeting", "drill", "missile_test", "sanction", "theft", "appeal"};
  std::filesystem::create_directories(folder + "/articles");
  std::string lines;
  for (int a = 0; a < articles; ++a) {
    char article_name[32];
    std::snprintf(article_name, sizeof article_name, "a%05d.txt", a);
    std::string text = "2026-01-26\n\nSynthetic article " + prefix + " " + std::to_string(a) + "\n\n";
    nlohmann::ordered_json doc;
    doc["article"] = {{"title", "Synthetic article " + std::to_string(a)},
                      {"published", "2026-01-26"},
                      {"language", "en"},
                      {"path", "articles/" + std::string(article_name)}};
    doc["events"] = nlohmann::ordered_json::array();
    for (int e = 0; e < events_per_article; ++e) {
      int k = a * events_per_article + e;
      std::string sentence = "Event " + std::to_string(k) + " happened between " +
                             kActors[k % 6] + " and " + kActors[(k / 6 + 1 + k) % 6] + ".";
      size_t start = text.size();
      text += sentence + " ";
      int day = 1 + k % 28, month = 1 + (k / 28) % 12, year = 1990 + (k / 336) % 36;
      char iso[16];
      std::snprintf(iso, sizeof iso, "%04d-%02d-%02d", year, month, day);
      std::string first = kActors[k % 6], second = kActors[(k / 6 + 1 + k) % 6];
      nlohmann::ordered_json actors = nlohmann::ordered_json::array();
      actors.push_back({{"id", first}, {"name", first}, {"role", "initiator"}});
      if (second != first) actors.push_back({{"id", second}, {"name", second}, {"role", "target"}});
      doc["events"].push_back({{"id", prefix + "-" + std::to_string(a) + "-" + std::to_string(e)},
                               {"type", kTypes[k % 6]},
                               {"title", title_prefix + "Synthetic event " + std::to_string(k)},
                               {"date", {{"start", iso}, {"end", iso}, {"precision", "day"}}},
                               {"actors", actors},
                               {"factuality", "asserted"},
                               {"evidence", {{"text", sentence}, {"start", start}, {"end", start + sentence.size()}}}});
    }
    WriteAll(folder + "/articles/" + article_name, text + "\n");
    lines += doc.dump() + "\n";
  }
  std::string path = folder + "/" + name;
  WriteAll(path, lines);
  return path;
}

}  // namespace timeline::testing

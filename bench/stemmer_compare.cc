// Word roots for English triggers: Snowball's English stemmer against
// Hunspell with Debian's en_US dictionary (docs/design.md, "Word roots").
// For each family of a trigger word (the lemma first, then its inflections
// and, for nouns, plurals), counts the forms whose key is the lemma's, and
// lists the other words of a vocabulary that share a family's key: Hunspell
// en_US's own word list (lower-case entries) plus the words of the English
// articles in the folders given. Prints figures; asserts nothing. Needs
// hunspell-en-us at run time (not a build dependency).
//
//   build/bench/stemmer_compare [ARTICLE_DIR...]

#include <hunspell/hunspell.hxx>
#include <libstemmer.h>

#include <filesystem>
#include <fstream>
#include <functional>
#include <iostream>
#include <map>
#include <set>
#include <sstream>
#include <string>
#include <vector>

namespace fs = std::filesystem;

namespace {

const std::vector<std::vector<std::string>> kFamilies = {
    {"launch", "launched", "launching", "launches"},
    {"sanction", "sanctioned", "sanctioning", "sanctions"},
    {"condemn", "condemned", "condemns", "condemning"},
    {"drill", "drills", "drilled", "drilling"},
    {"strike", "struck", "strikes", "striking"},
    {"fire", "fired", "fires", "firing"},
    {"attack", "attacked", "attacks", "attacking"},
    {"meet", "met", "meets", "meeting"},
    {"warn", "warned", "warns", "warning"},
    {"urge", "urged", "urges", "urging"},
    {"threaten", "threatened", "threatens", "threatening"},
    {"denounce", "denounced", "denounces", "denouncing"},
    {"protest", "protested", "protests", "protesting"},
    {"accuse", "accused", "accuses", "accusing"},
    {"criticise", "criticised", "criticises", "criticising"},
    {"criticize", "criticized", "criticizes", "criticizing"},
    {"agree", "agreed", "agrees", "agreeing"},
    {"sign", "signed", "signs", "signing"},
    {"approve", "approved", "approves", "approving"},
    {"pledge", "pledged", "pledges", "pledging"},
    {"unveil", "unveiled", "unveils", "unveiling"},
    {"showcase", "showcased", "showcases", "showcasing"},
    {"commission", "commissioned", "commissions", "commissioning"},
    {"shell", "shelled", "shells", "shelling"},
    {"ram", "rammed", "rams", "ramming"},
    {"board", "boarded", "boards", "boarding"},
    {"bomb", "bombed", "bombs", "bombing"},
    {"blacklist", "blacklisted", "blacklists", "blacklisting"},
    {"designate", "designated", "designates", "designating"},
    {"steal", "stole", "stolen", "steals", "stealing"},
    {"drain", "drained", "drains", "draining"},
    {"loot", "looted", "loots", "looting"},
    {"rob", "robbed", "robs", "robbing"},
    {"hack", "hacked", "hacks", "hacking"},
    {"breach", "breached", "breaches", "breaching"},
    {"compromise", "compromised", "compromises", "compromising"},
    {"report", "reported", "reports", "reporting"},
    {"state", "stated", "states", "stating"},
    {"find", "found", "finds", "finding"},
    {"estimate", "estimated", "estimates", "estimating"},
    {"assess", "assessed", "assesses", "assessing"},
    {"conclude", "concluded", "concludes", "concluding"},
    {"blame", "blamed", "blames", "blaming"},
    {"attribute", "attributed", "attributes", "attributing"},
    {"tie", "tied", "ties", "tying"},
    {"link", "linked", "links", "linking"},
    {"visit", "visited", "visits", "visiting"},
    {"host", "hosted", "hosts", "hosting"},
    {"talk", "talks", "talked", "talking"},
    {"summit", "summits"},
    {"exercise", "exercises", "exercised", "exercising"},
    {"test", "tests", "tested", "testing"},
    {"appeal", "appealed", "appeals", "appealing"},
    {"ask", "asked", "asks", "asking"},
    {"say", "said", "says", "saying"},
    {"treaty", "treaties"},
    {"theft", "thefts"},
    {"heist", "heists"},
    {"airstrike", "airstrikes"},
    {"cyberattack", "cyberattacks"},
    {"deal", "deals", "dealt", "dealing"},
    {"pact", "pacts"},
    {"intrusion", "intrusions"},
    {"missile", "missiles"},
    {"slam", "slammed", "slams", "slamming"},
    {"hold", "held", "holds", "holding"},
    {"provide", "provided", "provides", "providing"},
    {"admit", "admitted", "admits", "admitting"},
    {"join", "joined", "joins", "joining"},
    {"display", "displayed", "displays", "displaying"},
    {"fly", "flew", "flies", "flying"},
    {"freeze", "froze", "frozen", "freezes", "freezing"},
    {"call", "called", "calls", "calling"},
    {"roll", "rolled", "rolls", "rolling"},
    {"sit", "sat", "sits", "sitting"},
    {"lodge", "lodged", "lodges", "lodging"}
};

bool Lower(const std::string& w) {
  if (w.empty()) return false;
  for (char c : w) {
    if (!((c >= 'a' && c <= 'z') || c == '-')) return false;
  }
  return true;
}

}  // namespace

int main(int argc, char** argv) {
  const std::string dir = "/usr/share/hunspell/";
  if (!fs::exists(dir + "en_US.dic")) {
    std::cerr << "stemmer_compare: needs " << dir << "en_US.dic (apt-get install hunspell-en-us)\n";
    return 1;
  }
  Hunspell hunspell((dir + "en_US.aff").c_str(), (dir + "en_US.dic").c_str());
  sb_stemmer* snowball = sb_stemmer_new("english", nullptr);
  auto snowball_key = [&](const std::string& w) {
    const sb_symbol* s = sb_stemmer_stem(snowball, reinterpret_cast<const sb_symbol*>(w.data()), static_cast<int>(w.size()));
    return std::string(reinterpret_cast<const char*>(s), static_cast<size_t>(sb_stemmer_length(snowball)));
  };
  // Hunspell, the rule Indonesian uses: the word if it is a stem, else the
  // shortest stem that is a word on its own.
  auto hunspell_shortest = [&](const std::string& w) {
    std::string best;
    for (const std::string& s : hunspell.stem(w)) {
      if (s == w) return w;
      if (hunspell.spell(s) && (best.empty() || s.size() < best.size())) best = s;
    }
    return best.empty() ? w : best;
  };
  // Hunspell, suffixes only (analyses with a prefix, re+port, dropped): the
  // shortest stem.
  auto hunspell_suffixes = [&](const std::string& w) {
    std::string best;
    for (const std::string& a : hunspell.analyze(w)) {
      size_t st = a.find("st:");
      if (st == std::string::npos || a.find_first_not_of(' ') < st) continue;
      size_t end = a.find(' ', st);
      std::string s = a.substr(st + 3, end == std::string::npos ? std::string::npos : end - st - 3);
      if (best.empty() || s.size() < best.size()) best = s;
    }
    return best.empty() ? w : best;
  };
  std::set<std::string> vocabulary;
  {
    std::ifstream in(dir + "en_US.dic");
    std::string line;
    std::getline(in, line);  // the count
    while (std::getline(in, line)) {
      std::string w = line.substr(0, line.find('/'));
      if (Lower(w)) vocabulary.insert(w);
    }
  }
  size_t from_articles = 0;
  for (int i = 1; i < argc; ++i) {
    for (const auto& entry : fs::directory_iterator(argv[i])) {
      std::ifstream in(entry.path());
      std::stringstream text;
      text << in.rdbuf();
      std::vector<std::string> words;
      std::string w;
      for (char c : text.str()) {
        if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c == '-' && !w.empty())) {
          w += static_cast<char>(c >= 'A' && c <= 'Z' ? c + 32 : c);
        } else if (!w.empty()) {
          words.push_back(w);
          w.clear();
        }
      }
      if (std::count(words.begin(), words.end(), "the") < 5) continue;  // not English
      for (const std::string& x : words) from_articles += vocabulary.insert(x).second;
    }
  }
  std::map<std::string, size_t> family_of;
  for (size_t f = 0; f < kFamilies.size(); ++f) {
    for (const std::string& w : kFamilies[f]) {
      family_of[w] = f;
      vocabulary.insert(w);
    }
  }
  size_t forms = 0;
  for (const auto& family : kFamilies) forms += family.size() - 1;
  std::cout << "families: " << kFamilies.size() << ", forms besides the lemma: " << forms
            << "; vocabulary: " << vocabulary.size() << " words (" << from_articles << " from articles)\n";
  const std::vector<std::pair<const char*, std::function<std::string(const std::string&)>>> rules = {
      {"snowball", snowball_key}, {"hunspell, shortest stem", hunspell_shortest}, {"hunspell, suffixes only", hunspell_suffixes}};
  for (const auto& [name, key] : rules) {
    size_t same = 0;
    std::ostringstream misses, shared;
    for (const auto& family : kFamilies) {
      for (size_t i = 1; i < family.size(); ++i) {
        if (key(family[i]) == key(family[0])) {
          ++same;
        } else {
          misses << " " << family[i] << "(" << key(family[i]) << ")";
        }
      }
    }
    std::map<std::string, std::vector<std::string>> by_key;
    for (const std::string& w : vocabulary) by_key[key(w)].push_back(w);
    size_t others = 0;
    for (size_t f = 0; f < kFamilies.size(); ++f) {
      std::set<std::string> seen;
      for (const std::string& member : kFamilies[f]) {
        for (const std::string& w : by_key[key(member)]) {
          auto it = family_of.find(w);
          if ((it != family_of.end() && it->second == f) || !seen.insert(w).second) continue;
          ++others;
          shared << " " << kFamilies[f][0] << "~" << w;
        }
      }
    }
    std::cout << "\n" << name << ": forms with their lemma's key " << same << "/" << forms
              << "; other words sharing a family's key " << others << "\n  apart:" << misses.str()
              << "\n  shared:" << shared.str() << "\n";
  }
  sb_stemmer_delete(snowball);
  return 0;
}

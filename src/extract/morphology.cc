#include "extract/morphology.h"

#include <hunspell/hunspell.hxx>
#include <libstemmer.h>

#include <algorithm>
#include <cstdio>
#include <fstream>
#include <sstream>
#include <vector>

#include "util/error.h"

namespace timeline {
namespace {

// Past this many distinct words the cache starts again (a long run over a
// large corpus keeps meeting new names and typos; each costs ~100 bytes).
constexpr size_t kCacheLimit = size_t{1} << 20;
// Longer "words" are not words (URLs, hashes); Hunspell's own limit is 100.
constexpr size_t kLongestWord = 40;

void RequireReadable(const std::string& path, const char* what, const char* package) {
  if (std::FILE* f = std::fopen(path.c_str(), "rb")) {
    std::fclose(f);
    return;
  }
  throw Error(std::string(what) + " needs the dictionary " + path +
              ", which cannot be read: install Debian's " + package + " (scripts/install-deps)");
}

// Letters a-z and inner hyphens only: the dictionaries' alphabet once folded.
bool Analysable(std::string_view word) {
  if (word.empty() || word.size() > kLongestWord) return false;
  for (char c : word) {
    if (!((c >= 'a' && c <= 'z') || c == '-')) return false;
  }
  return word.front() != '-' && word.back() != '-';
}

// Whether every affix rule of a Hunspell affix file strips at most one
// letter from a stem's start and none from its end, so that every form of a
// stem holds the stem less its first letter. Rule lines are "PFX|SFX flag
// strip add condition"; headers "PFX|SFX flag Y|N count".
bool AffixesKeepStemTail(const std::string& aff_path) {
  std::ifstream in(aff_path);
  std::string line;
  while (std::getline(in, line)) {
    std::istringstream fields(line);
    std::string kind, flag, strip, add;
    if (!(fields >> kind >> flag >> strip >> add)) continue;
    if (kind != "PFX" && kind != "SFX") {
      if (kind.rfind("COMPOUND", 0) == 0 || kind == "ICONV") return false;
      continue;
    }
    if (strip == "Y" || strip == "N" || strip == "0") continue;
    if (kind == "SFX" || strip.size() > 1) return false;
  }
  return true;
}

}  // namespace

Morphology::Morphology(Language language, const std::string& dictionary_dir) : language_(language) {
  if (language == Language::kIndonesian) {
    aff_ = dictionary_dir + "/id_ID.aff";
    dic_ = dictionary_dir + "/id_ID.dic";
    RequireReadable(aff_, "Indonesian word roots (Hunspell)", "hunspell-id");
    RequireReadable(dic_, "Indonesian word roots (Hunspell)", "hunspell-id");
    keys_inside_words_ = AffixesKeepStemTail(aff_);
  } else {
    stemmer_ = sb_stemmer_new("english", nullptr);  // UTF-8
    if (!stemmer_) throw Error("English word roots: libstemmer has no English stemmer");
  }
}

Morphology::~Morphology() {
  if (stemmer_) sb_stemmer_delete(stemmer_);
}

const Morphology& Morphology::ForLanguage(Language language) {
  thread_local std::unique_ptr<Morphology> analysers[2];
  std::unique_ptr<Morphology>& slot = analysers[language == Language::kIndonesian ? 0 : 1];
  if (!slot) slot = std::make_unique<Morphology>(language);
  return *slot;
}

std::string Morphology::Key(std::string_view folded_word) const { return Lookup(folded_word, true).key; }

const std::string& Morphology::KeyAmong(std::string_view folded_word, const std::vector<std::string>& keys) const {
  if (!keys_inside_words_) return Lookup(folded_word, true).key;
  if (&keys != among_ || keys.size() != among_size_) {
    // Words skipped for other keys may hold one of these.
    for (auto it = cache_.begin(); it != cache_.end();) it = it->second.analysed ? std::next(it) : cache_.erase(it);
    among_ = &keys;
    among_size_ = keys.size();
    needles_.clear();
    for (const std::string& key : keys) needles_.push_back(key.size() > 1 ? key.substr(1) : std::string());
  }
  return Lookup(folded_word, false).key;
}

const Morphology::Entry& Morphology::Lookup(std::string_view folded_word, bool analyse) const {
  auto it = cache_.find(folded_word);
  if (it != cache_.end() && (it->second.analysed || !analyse)) return it->second;
  std::string word(folded_word);
  if (!analyse) {
    analyse = std::any_of(needles_.begin(), needles_.end(),
                          [&](const std::string& needle) { return word.find(needle) != std::string::npos; });
  }
  std::string key = analyse ? Analyse(word) : word;
  it = cache_.find(folded_word);  // Analyse may have added or cleared entries
  if (it != cache_.end()) {
    it->second.key = std::move(key);
    it->second.analysed = analyse;
    return it->second;
  }
  if (cache_.size() >= kCacheLimit) cache_.clear();
  // The key views the node's own copy of the word: insert, then re-aim it.
  auto node = cache_.extract(cache_.emplace(folded_word, Entry{std::move(word), std::move(key), analyse}).first);
  node.key() = node.mapped().word;
  return cache_.insert(std::move(node)).position->second;
}

std::string Morphology::Analyse(const std::string& word) const {
  if (!Analysable(word)) return word;
  return language_ == Language::kIndonesian ? IndonesianKey(word) : EnglishKey(word);
}

// Hunspell's stems of the word, then:
// - none: the word is its own key (names, abbreviations: "asean", "polri");
// - the word itself among them: it is a dictionary word of its own and stays
//   whole ("menteri", "mereka" — not me+reka —, "sekitar", "pegawai");
// - else the shortest stem that is a word on its own (spell()): "mengecek"
//   is menge+cek, not meng+kecek; "melarikan" me+lari+kan, not
//   me+larik+an. Equal lengths: the stem the word starts with (a suffix
//   alone, no prefix with its nasal change): "berikan" is beri+kan, not
//   ber+ikan. Where no stem is a word on its own, the shortest of the
//   stems that only occur with affixes ("menandatangani" -> tandatangan,
//   which the dictionary marks NEEDAFFIX).
// A reduplication the dictionary lacks ("serangan-serangan") takes the key
// of its half.
std::string Morphology::IndonesianKey(const std::string& word) const {
  if (!hunspell_) hunspell_ = std::make_unique<Hunspell>(aff_.c_str(), dic_.c_str());
  std::vector<std::string> stems = hunspell_->stem(word);
  if (stems.empty()) {
    size_t dash = word.find('-');
    if (dash != std::string::npos && 2 * dash + 1 == word.size() && word.compare(0, dash, word, dash + 1) == 0) {
      return Key(std::string_view(word).substr(0, dash));
    }
    return word;
  }
  if (std::find(stems.begin(), stems.end(), word) != stems.end()) return word;
  const std::string* best = nullptr;
  bool best_free = false, best_starts = false;
  for (const std::string& stem : stems) {
    if (stem.empty()) continue;
    bool free = hunspell_->spell(stem);  // else a stem only ever seen with affixes
    bool starts = word.compare(0, stem.size(), stem) == 0;
    if (!best || (free && !best_free) ||
        (free == best_free && (stem.size() < best->size() ||
                               (stem.size() == best->size() && starts && !best_starts)))) {
      best = &stem;
      best_free = free;
      best_starts = starts;
    }
  }
  return best ? *best : word;
}

bool Morphology::IsWord(const std::string& folded_word) const {
  if (language_ != Language::kIndonesian || !Analysable(folded_word)) return false;
  if (!hunspell_) hunspell_ = std::make_unique<Hunspell>(aff_.c_str(), dic_.c_str());
  return hunspell_->spell(folded_word);
}

// Snowball's English (Porter 2) stem: "launched", "launching", "launches"
// -> "launch"; irregular forms stay apart ("struck", "met", "said").
std::string Morphology::EnglishKey(const std::string& word) const {
  const sb_symbol* stem =
      sb_stemmer_stem(stemmer_, reinterpret_cast<const sb_symbol*>(word.data()), static_cast<int>(word.size()));
  if (!stem) return word;  // out of memory: no worse than no stemming
  return std::string(reinterpret_cast<const char*>(stem), static_cast<size_t>(sb_stemmer_length(stemmer_)));
}

}  // namespace timeline

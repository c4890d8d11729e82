#include "extract/morphology.h"

#include <hunspell/hunspell.hxx>
#include <libstemmer.h>

#include <cstdio>
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

}  // namespace

Morphology::Morphology(Language language, const std::string& dictionary_dir) : language_(language) {
  if (language == Language::kIndonesian) {
    std::string aff = dictionary_dir + "/id_ID.aff", dic = dictionary_dir + "/id_ID.dic";
    RequireReadable(aff, "Indonesian word roots (Hunspell)", "hunspell-id");
    RequireReadable(dic, "Indonesian word roots (Hunspell)", "hunspell-id");
    hunspell_ = std::make_unique<Hunspell>(aff.c_str(), dic.c_str());
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

std::string Morphology::Key(std::string_view folded_word) const {
  std::string word(folded_word);
  auto it = cache_.find(word);
  if (it != cache_.end()) return it->second;
  if (cache_.size() >= kCacheLimit) cache_.clear();
  std::string key = Analyse(word);
  cache_.emplace(std::move(word), key);
  return key;
}

std::string Morphology::Analyse(const std::string& word) const {
  if (!Analysable(word)) return word;
  return language_ == Language::kIndonesian ? IndonesianKey(word) : EnglishKey(word);
}

// Hunspell's stems of the word, then:
// - none: the word is its own key (names, abbreviations: "asean", "polri");
// - the word itself among them: it is a dictionary word of its own and stays
//   whole ("menteri", "mereka" — not me+reka —, "sekitar", "pegawai");
// - else the shortest stem that is a word on its own (spell(), not a bound
//   stem): "mengecek" is menge+cek, not meng+kecek; "melarikan" me+lari+kan,
//   not me+larik+an. Equal lengths: the stem the word starts with (a suffix
//   alone, no prefix with its nasal change): "berikan" is beri+kan, not
//   ber+ikan.
// A reduplication the dictionary lacks ("serangan-serangan") takes the key
// of its half.
std::string Morphology::IndonesianKey(const std::string& word) const {
  std::vector<std::string> stems = hunspell_->stem(word);
  if (stems.empty()) {
    size_t dash = word.find('-');
    if (dash != std::string::npos && 2 * dash + 1 == word.size() && word.compare(0, dash, word, dash + 1) == 0) {
      return Key(std::string_view(word).substr(0, dash));
    }
    return word;
  }
  const std::string* best = nullptr;
  bool best_starts = false;
  for (const std::string& stem : stems) {
    if (stem == word) return word;
    if (stem.empty() || !hunspell_->spell(stem)) continue;
    bool starts = word.compare(0, stem.size(), stem) == 0;
    if (!best || stem.size() < best->size() || (stem.size() == best->size() && starts && !best_starts)) {
      best = &stem;
      best_starts = starts;
    }
  }
  return best ? *best : word;
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

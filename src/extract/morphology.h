#pragma once
// Word roots, so that a trigger can be declared once by its root and match
// every inflection ("~tembak": menembak, menembakkan, ditembak, penembakan,
// tembakan; "~launch": launched, launching, launches). Indonesian words are
// analysed by Hunspell with Debian's id_ID dictionary (hunspell-id), English
// words stemmed by Snowball's English stemmer (libstemmer); docs/design.md,
// "Word roots", says why and how a key is chosen.
//
// Analysers are per thread (Hunspell and Snowball handles are not
// thread-safe): ForLanguage() gives the calling thread its own, with its own
// cache, so `timeline extract --jobs N` shares nothing and locks nothing.

#include <memory>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "model/types.h"

class Hunspell;
struct sb_stemmer;

namespace timeline {

class Morphology {
 public:
  // Where Debian's hunspell-* packages install their dictionaries.
  static constexpr const char* kDictionaryDir = "/usr/share/hunspell";

  // The calling thread's analyser for `language`, made at its first use and
  // kept until the thread ends. Throws timeline::Error naming the dictionary
  // file when it is missing (and again at each later call).
  static const Morphology& ForLanguage(Language language);

  // An analyser reading its dictionary (Indonesian: id_ID.aff and id_ID.dic)
  // from `dictionary_dir` when it first analyses a word (loading takes about
  // 10 ms: a run that never meets an Indonesian word that could have a
  // declared root never pays it). Throws timeline::Error naming a missing
  // file at once.
  explicit Morphology(Language language, const std::string& dictionary_dir = kDictionaryDir);
  ~Morphology();
  Morphology(const Morphology&) = delete;
  Morphology& operator=(const Morphology&) = delete;

  // The root key of a folded word (lower case, no diacritics: FoldForMatch):
  // two words with the same key are taken as forms of one word. A word the
  // analyser does not know, or that is not plain letters, is its own key
  // ("asean", "2026"). Each distinct word is analysed once, then cached.
  std::string Key(std::string_view folded_word) const;

  // Key(folded_word) where that can be one of `keys` (a caller's fixed set,
  // such as a lexicon's declared roots: pass the same vector at every call),
  // else possibly the word itself, unanalysed. Equal to Key() for every word
  // whose key is in `keys`; faster, as most words are never analysed: the
  // dictionary's affixes only add letters around a stem and replace at most
  // its first letter (checked when the affix file is read), so a word that
  // does not contain some key less its first letter cannot have that key
  // (menembak holds "embak"). The same as Key() where that does not hold,
  // and for English (Snowball is fast).
  // The reference is good until the next call on this analyser.
  const std::string& KeyAmong(std::string_view folded_word, const std::vector<std::string>& keys) const;

  // Whether a folded word is a word of the language's dictionary as it
  // stands (Indonesian: Hunspell's spell(); "bobol", "retas"). False for
  // English, which has no dictionary here. Not cached: one look-up.
  bool IsWord(const std::string& folded_word) const;

  Language language() const { return language_; }

 private:
  struct Entry {
    std::string word;  // what the cache's key views (nodes never move)
    std::string key;
    bool analysed;  // false: KeyAmong found it could have none of its keys
  };
  const Entry& Lookup(std::string_view folded_word, bool analyse) const;
  std::string Analyse(const std::string& word) const;
  std::string IndonesianKey(const std::string& word) const;
  std::string EnglishKey(const std::string& word) const;

  Language language_;
  std::string aff_, dic_;                       // Indonesian: the dictionary's files
  mutable std::unique_ptr<Hunspell> hunspell_;  // loaded at the first word analysed
  sb_stemmer* stemmer_ = nullptr;       // English
  bool keys_inside_words_ = false;      // KeyAmong may skip words (see there)
  mutable std::unordered_map<std::string_view, Entry> cache_;  // looked up without a copy
  // KeyAmong's keys (by address and size) and what a word must contain to
  // have one of them; a different set starts the cache again.
  mutable const std::vector<std::string>* among_ = nullptr;
  mutable size_t among_size_ = 0;
  mutable std::vector<std::string> needles_;
};

}  // namespace timeline

#pragma once
// WordSet: a set of folded words asked about every token (the lexicon's and
// the date tagger's word lists).

#include <algorithm>
#include <cstdint>
#include <initializer_list>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace timeline {
namespace lexicon {

// The hash of a short word for the open-addressed tables below (FNV-1a:
// no setup, a few multiplications for a word of a few letters).
inline size_t HashWord(std::string_view word) {
  uint64_t h = 1469598103934665603ull;
  for (unsigned char c : word) h = (h ^ c) * 1099511628211ull;
  return static_cast<size_t>(h ^ (h >> 29));
}

// A set of folded words. The extractor asks these sets about every token
// many times over (about an eighth of its time went to std::set's string
// comparisons), so a look-up hashes the word once into an open-addressed
// table; iteration is in sorted order, as std::set's was. Built once at load.
class WordSet {
 public:
  WordSet() = default;
  WordSet(std::initializer_list<std::string> words) {
    for (const std::string& w : words) insert(w);
  }
  bool insert(std::string word) {
    if (count(word)) return false;
    words_.insert(std::lower_bound(words_.begin(), words_.end(), word), std::move(word));
    Rehash();
    return true;
  }
  template <typename Iterator>
  void insert(Iterator first, Iterator last) {
    for (; first != last; ++first) insert(*first);
  }
  size_t count(std::string_view word) const {
    if (slots_.empty()) return 0;
    for (size_t at = HashWord(word) & mask_;; at = (at + 1) & mask_) {
      const uint32_t slot = slots_[at];
      if (slot == 0) return 0;
      if (words_[slot - 1] == word) return 1;
    }
  }
  bool empty() const { return words_.empty(); }
  size_t size() const { return words_.size(); }
  std::vector<std::string>::const_iterator begin() const { return words_.begin(); }
  std::vector<std::string>::const_iterator end() const { return words_.end(); }

 private:
  void Rehash() {
    size_t capacity = 8;
    while (capacity < 2 * words_.size()) capacity *= 2;  // at most half full
    slots_.assign(capacity, 0);
    mask_ = capacity - 1;
    for (size_t i = 0; i < words_.size(); ++i) {
      size_t at = HashWord(words_[i]) & mask_;
      while (slots_[at] != 0) at = (at + 1) & mask_;
      slots_[at] = static_cast<uint32_t>(i + 1);
    }
  }

  std::vector<std::string> words_;  // sorted
  std::vector<uint32_t> slots_;     // index + 1 into words_, 0 for empty
  size_t mask_ = 0;
};

}  // namespace lexicon
}  // namespace timeline

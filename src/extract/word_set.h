#pragma once
// WordNumbers and WordSet: folded words asked about every token (the
// extractor's vocabulary and the lexicon's word lists).

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

// Words numbered from 1 in the order added, found by an open-addressed
// table (every token of an article is looked up: the vocabulary, below; a
// std::unordered_map's hashing and buckets had been 7% of extraction).
// Built once at load.
class WordNumbers {
 public:
  // The word's number, added if new.
  uint32_t Add(std::string_view word) {
    if (uint32_t number = Find(word)) return number;
    words_.emplace_back(word);
    if (2 * words_.size() > slots_.size()) {
      size_t capacity = 16;
      while (capacity < 4 * words_.size()) capacity *= 2;  // at most half full until the next growth
      slots_.assign(capacity, 0);
      for (size_t i = 0; i < words_.size(); ++i) Place(i);
    } else {
      Place(words_.size() - 1);
    }
    return static_cast<uint32_t>(words_.size());
  }
  // Its number, 0 when it was never added.
  uint32_t Find(std::string_view word) const {
    if (slots_.empty()) return 0;
    const size_t mask = slots_.size() - 1;
    for (size_t at = HashWord(word) & mask;; at = (at + 1) & mask) {
      const uint32_t number = slots_[at];
      if (number == 0 || words_[number - 1] == word) return number;
    }
  }
  size_t size() const { return words_.size(); }

 private:
  void Place(size_t index) {
    const size_t mask = slots_.size() - 1;
    size_t at = HashWord(words_[index]) & mask;
    while (slots_[at] != 0) at = (at + 1) & mask;
    slots_[at] = static_cast<uint32_t>(index + 1);
  }

  std::vector<std::string> words_;  // by number - 1
  std::vector<uint32_t> slots_;     // numbers, 0 for empty; a power of two long
};

// A set of folded words. The extractor asks these sets about every token
// many times over (about an eighth of its time went to std::set's string
// comparisons), so a look-up is WordNumbers'; iteration is in sorted order,
// as std::set's was. Built once at load.
class WordSet {
 public:
  WordSet() = default;
  WordSet(std::initializer_list<std::string> words) {
    for (const std::string& w : words) insert(w);
  }
  bool insert(std::string word) {
    if (count(word)) return false;
    numbers_.Add(word);
    sorted_.insert(std::lower_bound(sorted_.begin(), sorted_.end(), word), std::move(word));
    return true;
  }
  template <typename Iterator>
  void insert(Iterator first, Iterator last) {
    for (; first != last; ++first) insert(*first);
  }
  size_t count(std::string_view word) const { return numbers_.Find(word) != 0; }
  bool empty() const { return sorted_.empty(); }
  size_t size() const { return sorted_.size(); }
  std::vector<std::string>::const_iterator begin() const { return sorted_.begin(); }
  std::vector<std::string>::const_iterator end() const { return sorted_.end(); }

 private:
  WordNumbers numbers_;
  std::vector<std::string> sorted_;  // the same words, for iteration
};

}  // namespace lexicon
}  // namespace timeline

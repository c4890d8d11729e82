#include <catch2/catch.hpp>

#include <algorithm>
#include <string>
#include <vector>

#include "extract/word_set.h"

using timeline::lexicon::WordSet;

TEST_CASE("A word set finds its words and no others", "[extract][lexicon]") {
  WordSet empty;
  CHECK(empty.count("the") == 0);
  CHECK(empty.empty());

  WordSet words{"the", "a", "its", "telah", "sudah"};
  CHECK(words.size() == 5);
  for (const char* w : {"the", "a", "its", "telah", "sudah"}) CHECK(words.count(w) == 1);
  // Prefixes, extensions and case are other words.
  for (const char* w : {"", "th", "them", "The", "tela", "telahh", "b"}) CHECK(words.count(w) == 0);
  CHECK_FALSE(words.insert("the"));  // already there: no duplicate
  CHECK(words.size() == 5);
}

TEST_CASE("A word set iterates in sorted order and keeps every word past its table's growth", "[extract][lexicon]") {
  WordSet words;
  std::vector<std::string> inserted;
  for (int i = 200; i > 0; --i) {  // many times its first table: every rehash is exercised
    inserted.push_back("w" + std::to_string(i));
    CHECK(words.insert(inserted.back()));
  }
  for (const std::string& w : inserted) CHECK(words.count(w) == 1);
  CHECK(words.count("w0") == 0);
  CHECK(words.count("w201") == 0);
  std::vector<std::string> seen(words.begin(), words.end());
  std::vector<std::string> sorted = inserted;
  std::sort(sorted.begin(), sorted.end());
  CHECK(seen == sorted);
}

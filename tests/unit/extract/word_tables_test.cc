#include <catch2/catch.hpp>

#include <algorithm>
#include <string>
#include <vector>

#include "extract/lexicon.h"
#include "extract/tokens.h"
#include "extract/word_set.h"

using timeline::lexicon::PhraseList;
using timeline::lexicon::Vocabulary;
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

TEST_CASE("A vocabulary numbers each word once, from 1, across its table's growth", "[extract][lexicon]") {
  Vocabulary vocabulary;
  CHECK(vocabulary.Find("the") == 0);  // nothing yet
  std::vector<uint32_t> ids;
  for (int i = 0; i < 300; ++i) ids.push_back(vocabulary.Add("w" + std::to_string(i)));
  for (int i = 0; i < 300; ++i) {
    CHECK(ids[i] == static_cast<uint32_t>(i + 1));
    CHECK(vocabulary.Find("w" + std::to_string(i)) == ids[i]);
    CHECK(vocabulary.Add("w" + std::to_string(i)) == ids[i]);  // again: the same number
  }
  CHECK(vocabulary.size() == 300);
  CHECK(vocabulary.Find("w300") == 0);
  CHECK(vocabulary.Find("") == 0);
}

TEST_CASE("A phrase list matches phrases by their first words' numbers, whatever the number", "[extract][lexicon]") {
  Vocabulary vocabulary;
  for (int i = 0; i < 130; ++i) vocabulary.Add("filler" + std::to_string(i));  // numbers past one word of bits
  PhraseList list;
  list.Add(timeline::lexicon::ParsePattern("called off", &vocabulary));
  list.Add(timeline::lexicon::ParsePattern("called", &vocabulary));
  list.Add(timeline::lexicon::ParsePattern("filler3", &vocabulary));
  auto tokens = [&](std::vector<std::string> words) {
    std::vector<timeline::Token> out;
    for (std::string& w : words) {
      timeline::Token t;
      t.folded = w;
      t.id = vocabulary.Find(w);
      out.push_back(t);
    }
    return out;
  };
  CHECK(list.LongestAt(tokens({"was", "called", "off"}), 1) == 2);
  CHECK(list.LongestAt(tokens({"called", "in"}), 0) == 1);
  CHECK(list.LongestAt(tokens({"filler3"}), 0) == 1);
  CHECK(list.LongestAt(tokens({"filler4"}), 0) == 0);   // a known word that starts none
  CHECK(list.LongestAt(tokens({"unknown"}), 0) == 0);   // number 0
  CHECK(list.LongestAt(tokens({"off"}), 0) == 0);       // a second word only
  CHECK(list.EndsBefore(tokens({"called", "off", "today"}), 2));
}

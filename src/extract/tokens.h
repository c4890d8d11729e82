#pragma once
// Word tokens with byte offsets, the unit every extraction rule matches on.

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace timeline {

struct Token {
  size_t begin = 0, end = 0;  // byte offsets in the text, end exclusive
  std::string folded;         // lower case, no diacritics (FoldForMatch)
  bool word = false;          // letters (and digits) — else punctuation or a number
  bool number = false;        // digits only
  bool capitalized = false;   // first letter upper case in the text
  uint32_t id = 0;            // the word's number in the extractor's phrase vocabulary; 0: none
  // The number in the vocabulary of the word's root key (Morphology::Key:
  // "menembakkan" -> "tembak", "launched" -> "launch"; 0: not in the
  // vocabulary), set once per token by the extractor before triggers are
  // matched, where the word can have a root that a trigger is declared by
  // (else the word's own key: Morphology::KeyAmong). 0 for numbers and
  // punctuation.
  uint32_t root_id = 0;

  // Whether the folded word is `word`; sizes first, inline (rules compare
  // tokens with literals like "," at every position).
  bool Is(std::string_view word) const { return std::string_view(folded) == word; }
};

// Splits `text` into words ("mata-mata" and "Jum'at" stay one word; "US$" is
// one currency token), numbers and single punctuation marks (a multi-byte
// dash or quote is one token).
std::vector<Token> Tokenize(std::string_view text);

// Tokenize's tokens one at a time, as byte ranges, neither folded nor kept:
// to cut a sentence of any length without holding all its tokens.
class TokenScanner {
 public:
  explicit TokenScanner(std::string_view text) : text_(text) {}
  // The next token's [begin, end); false at the end of the text.
  bool Next(size_t* begin, size_t* end);

 private:
  std::string_view text_;
  size_t at_ = 0;
};

// The folded words of `phrase`, for matching against Tokenize() output.
std::vector<std::string> FoldedWords(std::string_view phrase);

}  // namespace timeline

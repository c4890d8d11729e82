#include "extract/tokens.h"

#include <algorithm>

#include "util/text.h"

namespace timeline {
namespace {

// Length of the UTF-8 sequence starting with `c` (1 for bytes that are not
// a valid lead byte, so that junk never stalls the scan).
size_t SequenceLength(unsigned char c) {
  return c < 0x80 ? 1 : (c >> 5) == 0x6 ? 2 : (c >> 4) == 0xE ? 3 : (c >> 3) == 0x1E ? 4 : 1;
}

bool IsDigit(unsigned char c) { return c >= '0' && c <= '9'; }

// Letters: ASCII letters and digits, and the Latin letters with diacritics
// (U+00C0..U+024F, which start with the two-byte lead bytes 0xC3..0xC9).
// ASCII tests, not the C locale's std::isalnum: this runs at every byte.
inline bool IsWordStart(std::string_view text, size_t i) {
  unsigned char c = static_cast<unsigned char>(text[i]);
  if (c < 0x80) return IsDigit(c) || ((c | 0x20) >= 'a' && (c | 0x20) <= 'z');
  return c >= 0xC3 && c <= 0xC9;
}

// The end of the token that starts at text[i] (not a space), and whether
// it is a word or number (`*is_word`) made of digits only (`*all_digits`).
inline size_t TokenEnd(std::string_view text, size_t i, bool* is_word, bool* all_digits) {
  const size_t begin = i;
  unsigned char c = static_cast<unsigned char>(text[i]);
  *is_word = IsWordStart(text, i);
  *all_digits = true;
  if (!*is_word) {
    i += SequenceLength(c);
    return i > text.size() ? text.size() : i;
  }
  while (i < text.size()) {
    if (IsWordStart(text, i)) {
      *all_digits = *all_digits && IsDigit(static_cast<unsigned char>(text[i]));
      i += SequenceLength(static_cast<unsigned char>(text[i]));
    } else if (text[i] == '\'' && i + 1 < text.size() && (text[i + 1] == 's' || text[i + 1] == 'S') &&
               (i + 2 == text.size() || !IsWordStart(text, i + 2))) {
      break;  // "Russia's": the name, then the possessive
    } else if ((text[i] == '-' || text[i] == '\'') && i + 1 < text.size() && IsWordStart(text, i + 1) &&
               !IsDigit(static_cast<unsigned char>(text[i + 1])) && !*all_digits) {
      i += 1;  // "mata-mata", "Jum'at": one word
    } else {
      break;
    }
  }
  // "US$", "S$", "HK$": a dollar sign right after up to three capitals
  // is one currency token, so the letters name no actor ("US" in "US$5").
  if (i < text.size() && text[i] == '$' && i - begin <= 3 &&
      std::all_of(text.begin() + begin, text.begin() + i, [](char ch) { return ch >= 'A' && ch <= 'Z'; })) {
    ++i;
  }
  return i;
}

inline bool IsSpace(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }

}  // namespace

std::vector<Token> Tokenize(std::string_view text) {
  std::vector<Token> tokens;
  tokens.reserve(text.size() / 5 + 1);  // words average about six bytes with their space
  size_t i = 0;
  while (i < text.size()) {
    unsigned char c = static_cast<unsigned char>(text[i]);
    if (IsSpace(text[i])) {
      ++i;
      continue;
    }
    Token token;
    token.begin = i;
    bool is_word = false, all_digits = false;
    i = TokenEnd(text, i, &is_word, &all_digits);
    if (is_word) {
      token.word = !all_digits;
      token.number = all_digits;
      token.capitalized = (c >= 'A' && c <= 'Z') || (c >= 0xC3 && c <= 0xC9);
    }
    token.end = i;
    token.folded = FoldForMatch(text.substr(token.begin, token.end - token.begin));
    tokens.push_back(std::move(token));
  }
  return tokens;
}

bool TokenScanner::Next(size_t* begin, size_t* end) {
  while (at_ < text_.size() && IsSpace(text_[at_])) ++at_;
  if (at_ >= text_.size()) return false;
  bool is_word = false, all_digits = false;
  *begin = at_;
  at_ = TokenEnd(text_, at_, &is_word, &all_digits);
  *end = at_;
  return true;
}

std::vector<std::string> FoldedWords(std::string_view phrase) {
  std::vector<std::string> words;
  for (const Token& token : Tokenize(phrase)) words.push_back(token.folded);
  return words;
}

}  // namespace timeline

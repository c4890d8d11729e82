#include "cli/suggest.h"

#include <algorithm>
#include <cctype>

#include "util/text.h"

namespace timeline {
namespace {

std::string Lower(std::string_view text) {
  std::string out(text);
  for (char& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return out;
}

}  // namespace

std::string Nearest(std::string_view typed, const std::vector<std::string>& candidates) {
  std::string word = Lower(typed);
  // One edit for words of up to four letters ("fr" is two edits from every
  // two-letter word), two from five ("qurey": a swap is two), three at most.
  size_t limit = word.size() < 5 ? 1 : word.size() < 7 ? 2 : 3;
  size_t best = limit + 1;
  std::string nearest;
  for (const std::string& candidate : candidates) {
    size_t distance = EditDistance(word, Lower(candidate), limit);
    if (distance < best) {
      best = distance;
      nearest = candidate;
    }
  }
  return nearest;
}

std::string DidYouMean(std::string_view typed, const std::vector<std::string>& candidates) {
  std::string nearest = Nearest(typed, candidates);
  return nearest.empty() ? std::string() : "; did you mean " + nearest + "?";
}

std::string JoinAlternatives(const std::vector<std::string>& words) {
  std::string out;
  for (size_t i = 0; i < words.size(); ++i) {
    if (i > 0) out += i + 1 == words.size() ? " or " : ", ";
    out += words[i];
  }
  return out;
}

}  // namespace timeline

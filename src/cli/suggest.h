#pragma once
// "Did you mean ...?": the known word closest to what was typed, by edit
// distance, for options, subcommands and option values (types, roles,
// formats). Actor names have their own, richer search (registry/).

#include <string>
#include <string_view>
#include <vector>

namespace timeline {

// The candidate nearest to `typed` (case-insensitive), or "" when none is
// close enough to be a likely typo: one edit for words of up to four
// characters, two from five, three from seven. Ties go to the earlier one.
std::string Nearest(std::string_view typed, const std::vector<std::string>& candidates);

// "; did you mean X?" for the nearest candidate, else "".
std::string DidYouMean(std::string_view typed, const std::vector<std::string>& candidates);

// "a, b or c".
std::string JoinAlternatives(const std::vector<std::string>& words);

}  // namespace timeline

#pragma once
// Counts of extraction's inner-loop steps, per thread, for the tests that
// keep extraction linear in the article's size without timing anything
// (tests/unit/extract/linear_test.cc): each counts one step of a loop whose
// length depended on the sentence or the article before it was bounded.

#include <cstdint>

namespace timeline {

struct ExtractionSteps {
  uint64_t temporal = 0;  // date rules tried from a token (Matcher::Match)
  uint64_t dates = 0;     // date mentions weighed for a trigger (Extractor::Build)
  uint64_t earlier = 0;   // events looked at: merging, and Build's look-backs
  uint64_t cues = 0;      // tokens searched for a cue (Extractor::HasCue)
  uint64_t tokens = 0;    // tokens of the sentence windows analysed
  uint64_t longest_window = 0;  // the most tokens analysed as one sentence (not a step)

  uint64_t total() const { return temporal + dates + earlier + cues + tokens; }
};

// This thread's counts (`timeline extract --jobs N` runs N threads).
inline ExtractionSteps& Steps() {
  static thread_local ExtractionSteps steps;
  return steps;
}

}  // namespace timeline

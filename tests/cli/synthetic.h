#pragma once
// Synthetic fact files for tests that need many events: deterministic, with
// real article files whose sentences the evidence points into.

#include <string>

namespace timeline::testing {

// Writes `folder`/articles/aNNNN.txt and `folder`/`name` (JSON Lines), one
// document per article with `events_per_article` events; event ids are
// "<prefix>-<article>-<n>". `title_prefix` starts every title (for
// injection tests). Returns the .jsonl path.
std::string WriteSyntheticFacts(const std::string& folder, const std::string& name, int articles,
                                int events_per_article, const std::string& prefix = "syn",
                                const std::string& title_prefix = "");

}  // namespace timeline::testing

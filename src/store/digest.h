#pragma once
// What tells an unchanged document or event when an article is loaded again:
// a digest of every field (format 2), and the JSON-text digests of format 1
// that rows stored before it still carry.

#include <string>
#include <string_view>
#include <vector>

#include "model/event.h"

namespace timeline {

// Fills `facts_digest` and one digest per event, in order.
void DigestsOf(const FactDocument& facts, std::string_view article_bytes, std::string* facts_digest,
               std::vector<std::string>* event_digests);

// Format 1, for rows stored before format 2; computed only when a stored row
// has it.
std::string FactsDigestFormat1(const FactDocument& facts, std::string_view article_bytes);
std::string EventDigestFormat1(const Event& event);

// Whether a stored digest is of format 2 (compared as is) rather than 1.
bool IsCurrentDigest(const std::string& stored);

// Whether a stored digest says "unchanged" for `digest` (format 2), or, when
// it is of format 1, for what `format1` computes.
template <typename Format1>
bool MatchesStored(const std::string& stored, const std::string& digest, Format1 format1) {
  if (IsCurrentDigest(stored)) return stored == digest;
  return stored == format1();
}

}  // namespace timeline

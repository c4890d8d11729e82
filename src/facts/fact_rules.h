#pragma once
// The rules of SPEC §5's fields, shared by the two readers of a fact
// document (internal to src/facts/): fact_json.cc reads through a JSON
// document and reports every problem; fact_sax.cc reads a JSON Lines line
// straight into a FactDocument and gives up at the first one. Each rule is
// written once so that the readers cannot drift apart; what is left to each
// (which fields are required, which may be null) is compared by
// tests/unit/facts/fact_sax_test.cc.

#include <nlohmann/json.hpp>

#include <array>
#include <cmath>
#include <cstddef>
#include <optional>
#include <set>
#include <string>
#include <string_view>

#include "model/event.h"
#include "util/text.h"

namespace timeline::fact_rules {

// The fields each object may have, in SPEC §5 order (the order an "unknown
// field" message lists them in); any other field is an error, so that a typo
// ("factualty") is not a silently dropped value.
inline constexpr std::array<std::string_view, 2> kDocumentFields = {"article", "events"};
inline constexpr std::array<std::string_view, 6> kArticleFields = {"id", "title", "published",
                                                                   "language", "path", "source_url"};
// plover and cameo: written by `export --format json`, derived from the
// rest (codes/event_codes.h); read and ignored, so that the export loads back.
inline constexpr std::array<std::string_view, 12> kEventFields = {
    "id", "type", "title", "date", "actors", "place", "factuality", "quantities", "evidence",
    "confidence", "plover", "cameo"};
inline constexpr std::array<std::string_view, 4> kDateFields = {"start", "end", "precision",
                                                                "text"};
inline constexpr std::array<std::string_view, 4> kActorFields = {"id", "name", "country", "role"};
inline constexpr std::array<std::string_view, 2> kPlaceFields = {"name", "country"};
inline constexpr std::array<std::string_view, 3> kQuantityFields = {"value", "unit", "text"};
inline constexpr std::array<std::string_view, 3> kEvidenceFields = {"text", "start", "end"};

// A word of a vocabulary (type, factuality, role, precision) into *field.
// The empty word keeps the default: it is present, so not "missing", and the
// format has always read it so. False for an unknown word.
template <typename T>
bool SetWord(std::string_view word, std::optional<T> (*parse)(std::string_view), T* field) {
  if (word.empty()) return true;
  std::optional<T> parsed = parse(word);
  if (!parsed) return false;
  *field = *parsed;
  return true;
}

// An evidence offset: a whole number ≥ 0, as JSON wrote it (1.0 is not one).
inline std::optional<size_t> ByteOffset(const nlohmann::json& value) {
  if (!value.is_number_unsigned() && !(value.is_number_integer() && value.get<long long>() >= 0)) {
    return std::nullopt;
  }
  return value.get<size_t>();
}

// A quantity's value: any finite number.
inline std::optional<double> QuantityValue(const nlohmann::json& value) {
  if (!value.is_number() || !std::isfinite(value.get<double>())) return std::nullopt;
  return value.get<double>();
}

// A confidence: a number from 0 to 1, both included.
inline std::optional<double> Confidence(const nlohmann::json& value) {
  if (!value.is_number() || value.get<double>() < 0 || value.get<double>() > 1) return std::nullopt;
  return value.get<double>();
}

// An article's source_url: a web address, http or https (util/text.h);
// anything else (a file path, ftp:, javascript:) would become the article's
// identity and a link in every export.
inline bool UsableSourceUrl(std::string_view url) { return IsWebAddress(url); }

// An actor's id may not be blank: the actor could not be found or stored.
inline bool UsableActorId(std::string_view id) { return !Trim(id).empty(); }

// Evidence quotes file[start:end], so it cannot end before it starts.
inline bool InOrder(const Evidence& evidence) { return evidence.start <= evidence.end; }

// Adds an event's id to the ids seen so far; false when it is there already.
// Empty ids are not compared: a missing one is reported where its event is
// read, and an empty one has always been let through.
inline bool ClaimEventId(const std::string& id, std::set<std::string>* seen) {
  return id.empty() || seen->insert(id).second;
}

}  // namespace timeline::fact_rules

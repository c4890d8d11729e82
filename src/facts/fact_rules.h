#pragma once
// The rules of SPEC §5's fields, shared by the two readers of a fact
// document (internal to src/facts/): fact_json.cc reads through a JSON
// document and reports every problem; fact_sax.cc reads a JSON Lines line
// straight into a FactDocument and gives up at the first one. Each rule is
// written once so that the readers cannot drift apart; what is left to each
// (which fields are required, which may be null) is compared by
// tests/unit/facts/fact_sax_test.cc.

#include <nlohmann/json.hpp>

#include <algorithm>
#include <array>
#include <cmath>
#include <cstddef>
#include <map>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "model/event.h"
#include "util/text.h"

namespace timeline::fact_rules {

// The fields each object may have, in SPEC §5 order (the order an "unknown
// field" message lists them in); any other field is an error, so that a typo
// ("factualty") is not a silently dropped value.
inline constexpr std::array<std::string_view, 2> kDocumentFields = {"article", "events"};
inline constexpr std::array<std::string_view, 6> kArticleFields = {"id", "title", "published",
                                                                   "language", "path", "source_url"};
// merged_with and split_from: people's decisions (the format's own, not
// SPEC §5's; docs/formats.md). plover and cameo: written by `export
// --format json`, derived from the rest (codes/event_codes.h); read and
// ignored, so that the export loads back.
inline constexpr std::array<std::string_view, 14> kEventFields = {
    "id", "type", "title", "date", "actors", "place", "factuality", "quantities", "evidence",
    "confidence", "merged_with", "split_from", "plover", "cameo"};
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

// A report id in `merged_with` or `split_from`: what an event id can be
// (not empty, no control character, no white space at either end; ids are
// compared byte for byte, so " e1" would name no report). Empty when it
// is one, else what is wrong with it.
inline std::string ReportIdProblem(std::string_view id) {
  if (id.empty()) return "is empty";
  for (unsigned char c : id) {
    if (c < 0x20 || c == 0x7f) return "has a control character";
  }
  if (Trim(id).size() != id.size()) return "begins or ends with white space";
  return "";
}

// The decisions of one event, once its id and both lists are read: a
// report is not merged with or split from itself, named twice, or both
// merged with and split from it. Empty when they are consistent, else the
// field ("merged_with[1]") and the problem (a DOM reader's message).
struct DecisionProblem {
  std::string field, message;
};
inline std::optional<DecisionProblem> CheckDecisions(const Event& event) {
  if (event.id.empty()) {
    return DecisionProblem{event.merged_with.empty() ? "split_from" : "merged_with",
                           "an event without an id has no decisions"};
  }
  // Each list names other reports, each once; none is in both lists.
  auto check = [&](const char* name, const std::vector<std::string>& ids, std::set<std::string_view>* seen,
                   const std::set<std::string_view>* other) -> std::optional<DecisionProblem> {
    for (size_t i = 0; i < ids.size(); ++i) {
      const std::string& id = ids[i];
      std::string at = std::string(name) + "[" + std::to_string(i) + "]";
      if (id == event.id) return DecisionProblem{at, "names the event itself"};
      if (!seen->insert(id).second) return DecisionProblem{at, "names \"" + id + "\" twice"};
      if (other && other->count(id)) {
        return DecisionProblem{at, "\"" + id + "\" is in merged_with too; a report is merged with another or split from it"};
      }
    }
    return std::nullopt;
  };
  std::set<std::string_view> merged, split;
  if (auto problem = check("merged_with", event.merged_with, &merged, nullptr)) return problem;
  if (auto problem = check("split_from", event.split_from, &split, &merged)) return problem;
  return std::nullopt;
}

// The decisions of a file's events, pair by pair: one file says one thing
// of a pair of reports ("a merged_with b" and "b split_from a" contradict
// each other; which one a load kept would depend on their order).
class DecisionPairs {
 public:
  // Adds the event's decisions; calls contradiction(merge, index, other)
  // for each that says the opposite of an earlier one (merge: it is in
  // merged_with, else split_from; `other`: the event that said the opposite).
  template <typename F>
  void Add(const Event& event, F contradiction) {
    for (bool merge : {true, false}) {
      const std::vector<std::string>& ids = merge ? event.merged_with : event.split_from;
      for (size_t i = 0; i < ids.size(); ++i) {
        auto pair = std::minmax(event.id, ids[i]);
        auto [it, added] = said_.emplace(std::make_pair(pair.first, pair.second), std::make_pair(merge, event.id));
        if (!added && it->second.first != merge) contradiction(merge, i, it->second.second);
      }
    }
  }

 private:
  std::map<std::pair<std::string, std::string>, std::pair<bool, std::string>> said_;
};

// Adds an event's id to the ids seen so far; false when it is there already.
// Empty ids are not compared: a missing one is reported where its event is
// read, and an empty one has always been let through.
inline bool ClaimEventId(const std::string& id, std::set<std::string>* seen) {
  return id.empty() || seen->insert(id).second;
}

}  // namespace timeline::fact_rules

#pragma once
// Fact files (SPEC.md §5) <-> FactDocument. Reading checks every field and
// reports problems as Diagnostics naming the file and the line:column (syntax)
// or the event and field (meaning); writing produces the same shape, so that
// what `export --format json` writes loads back unchanged.

#include <nlohmann/json.hpp>

#include <string>
#include <string_view>
#include <vector>

#include "model/event.h"
#include "util/diagnostic.h"

namespace timeline {

// JSON of one event / article / document, in SPEC §5 field order.
nlohmann::ordered_json EventToJson(const Event& event);
nlohmann::ordered_json ArticleToJson(const ArticleInfo& article);
nlohmann::ordered_json DocumentToJson(const FactDocument& document);

// Parses a fact file's text: one document or an array of documents.
// `file` names the file in diagnostics. Meaning errors (unknown type, bad
// dates, end before start, duplicate ids ...) are collected, not thrown: the
// result is empty when *diagnostics gains an entry. Actor ids and evidence are
// not checked here (they need the registry and the article; see facts/check.h).
std::vector<FactDocument> ParseFactFile(std::string_view text, const std::string& file,
                                        std::vector<Diagnostic>* diagnostics);

// Parses one JSON Lines line (one document); `line` is its 1-based number.
FactDocument ParseFactLine(std::string_view text, const std::string& file, size_t line,
                           std::vector<Diagnostic>* diagnostics);

}  // namespace timeline

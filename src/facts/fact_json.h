#pragma once
// Fact files (SPEC.md §5) <-> FactDocument. Reading checks every field and
// reports problems as Diagnostics naming the file and the line:column (syntax)
// or the event and field (meaning); writing produces the same shape, so that
// what `export --format json` writes loads back unchanged.

#include <nlohmann/json.hpp>

#include <optional>
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
// Reads it with ParseValidFactLine, and a line that one gives up on again
// with ParseFactLineDom, for the diagnostics: a valid line costs one parse
// and no JSON document, a bad one two parses.
FactDocument ParseFactLine(std::string_view text, const std::string& file, size_t line,
                           std::vector<Diagnostic>* diagnostics);

// The two readers ParseFactLine combines, apart for the tests that compare
// them. ParseFactLineDom parses the line into a JSON document and checks it
// field by field, reporting every problem: the reference. ParseValidFactLine
// (fact_sax.cc) parses with nlohmann's SAX interface straight into the
// document and returns the same document as ParseFactLineDom for a valid
// line; nullopt at the first problem, and for a valid line it does not take
// (one with a key twice, whose last value counts).
FactDocument ParseFactLineDom(std::string_view text, const std::string& file, size_t line,
                              std::vector<Diagnostic>* diagnostics);
std::optional<FactDocument> ParseValidFactLine(std::string_view text);

}  // namespace timeline

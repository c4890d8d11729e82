// The fact-file parser (document, array and JSON Lines forms) on arbitrary
// bytes: either diagnostics or documents, never both, never a crash; what
// parses writes back and parses again to the same JSON. A JSON Lines line
// read by the SAX reader is one the DOM reader reads without a problem, into
// the same document.
#include <cstdint>
#include <cstdlib>
#include <optional>
#include <string>

#include "facts/fact_json.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string text(reinterpret_cast<const char*>(data), size);
  std::vector<timeline::Diagnostic> diagnostics;
  std::vector<timeline::FactDocument> docs = timeline::ParseFactFile(text, "fuzz.json", &diagnostics);
  if (!diagnostics.empty() && !docs.empty()) std::abort();
  for (const timeline::FactDocument& doc : docs) {
    std::string written = timeline::DocumentToJson(doc).dump();
    std::vector<timeline::Diagnostic> again;
    std::vector<timeline::FactDocument> reread = timeline::ParseFactFile(written, "again.json", &again);
    if (!again.empty() || reread.size() != 1 || timeline::DocumentToJson(reread[0]).dump() != written) {
      std::abort();
    }
  }
  diagnostics.clear();
  timeline::FactDocument line = timeline::ParseFactLine(text, "fuzz.jsonl", 1, &diagnostics);
  std::vector<timeline::Diagnostic> reference;
  timeline::FactDocument expected = timeline::ParseFactLineDom(text, "fuzz.jsonl", 1, &reference);
  if (timeline::JoinDiagnostics(diagnostics) != timeline::JoinDiagnostics(reference) ||
      timeline::DocumentToJson(line).dump() != timeline::DocumentToJson(expected).dump()) {
    std::abort();
  }
  if (std::optional<timeline::FactDocument> fast = timeline::ParseValidFactLine(text)) {
    if (!reference.empty() ||
        timeline::DocumentToJson(*fast).dump() != timeline::DocumentToJson(expected).dump()) {
      std::abort();
    }
  }
  return 0;
}

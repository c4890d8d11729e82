// The article reader and the whole extractor on arbitrary bytes: no crash,
// no hang; any failure is a timeline::InputError, and evidence stays inside
// the input.
#include <cstdint>
#include <cstdlib>
#include <string>

#include "extract/extractor.h"
#include "util/error.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string bytes(reinterpret_cast<const char*>(data), size);
  try {
    timeline::ExtractOptions options;
    options.fallback_published = timeline::ParseIsoDay("2026-01-26");
    timeline::FactDocument doc = timeline::ExtractArticle(bytes, "fuzz.txt", options);
    for (const timeline::Event& e : doc.events) {
      if (e.evidence.end > bytes.size() ||
          bytes.compare(e.evidence.start, e.evidence.end - e.evidence.start, e.evidence.text) != 0) {
        std::abort();
      }
    }
  } catch (const timeline::InputError&) {
  }
  return 0;
}

// Query option values: dates (--from/--to) and full-text words (--text) on
// arbitrary input. A date either fails with a message or is a well-formed
// span; the FTS query is always balanced quotes.
#include <cstdint>
#include <cstdlib>
#include <string>

#include "model/date_span.h"
#include "query/filter.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string text(reinterpret_cast<const char*>(data), size);
  std::string error;
  std::optional<timeline::DateSpan> span = timeline::ParseQueryDate(text, &error);
  if (span ? !timeline::CheckSpan(*span, &error) : error.empty()) std::abort();
  std::string fts = timeline::FtsQueryOf(text);
  size_t quotes = 0;
  for (char c : fts) quotes += c == '"';
  if (quotes % 2 != 0) std::abort();
  return 0;
}

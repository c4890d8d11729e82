// The temporal tagger on arbitrary sentences: mentions lie inside the
// sentence, in order, and every resolved span is well formed.
#include <cstdint>
#include <cstdlib>
#include <string>

#include "extract/temporal.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  if (size < 2) return 0;
  std::string sentence(reinterpret_cast<const char*>(data) + 2, size - 2);
  timeline::TemporalContext context{
      date::sys_days(date::days(18000 + data[0] * 40)),
      data[1] % 2 ? timeline::Language::kEnglish : timeline::Language::kIndonesian};
  size_t last_end = 0;
  for (const timeline::TimeMention& m : timeline::FindTimeMentions(sentence, context)) {
    if (m.begin < last_end || m.end > sentence.size() || m.begin >= m.end) std::abort();
    last_end = m.end;
    std::string error;
    if (m.span.known() && !timeline::CheckSpan(m.span, &error)) std::abort();
  }
  return 0;
}

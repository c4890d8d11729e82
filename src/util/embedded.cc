#include "util/embedded.h"

#include <string>

#include "util/error.h"

namespace timeline {

std::string_view EmbeddedData(std::string_view name) {
  for (size_t i = 0; i < kDataFiles_count; ++i) {
    if (name == kDataFiles[i].name) return kDataFiles[i].bytes;
  }
  throw Error("data file " + std::string(name) + " was not compiled into timeline");
}

}  // namespace timeline

#pragma once
// Files compiled into the binary at build time (cmake/Embed.cmake): the SQL
// migrations in schema/, the extraction data in data/ and the page in web/.

#include <cstddef>
#include <string_view>

namespace timeline {

struct EmbeddedFile {
  const char* name;        // file name without directory, e.g. "0001_init.sql"
  std::string_view bytes;  // the file's exact bytes
};

// schema/*.sql sorted by name; kMigrations_count entries (a sentinel follows).
extern const EmbeddedFile kMigrations[];
extern const size_t kMigrations_count;

// data/*.json sorted by name.
extern const EmbeddedFile kDataFiles[];
extern const size_t kDataFiles_count;

// web/timeline.{css,html,js}, the timeline page (export/html_writer.h).
extern const EmbeddedFile kWebFiles[];
extern const size_t kWebFiles_count;

// The embedded data file called `name`; throws timeline::Error if absent.
std::string_view EmbeddedData(std::string_view name);

}  // namespace timeline

#include "cli/html_output.h"

#include <stdlib.h>
#include <unistd.h>

#include <chrono>
#include <cstdlib>
#include <filesystem>
#include <iostream>

#include "cli/common.h"
#include "export/html_writer.h"
#include "util/atomic_file.h"
#include "util/error.h"

namespace timeline {
namespace {

// Now, unless SOURCE_DATE_EPOCH fixes it (reproducible output; as the
// calendar's DTSTAMP in cli/output.cc).
std::string GeneratedAt() {
  auto now = std::chrono::time_point_cast<std::chrono::seconds>(std::chrono::system_clock::now());
  if (const char* epoch = std::getenv("SOURCE_DATE_EPOCH"); epoch && *epoch) {
    now = date::sys_seconds(std::chrono::seconds(std::strtoll(epoch, nullptr, 10)));
  }
  return date::format("%Y-%m-%dT%H:%M:%SZ", now);
}

size_t WritePage(const Store& store, StoreQuery query, std::ostream& out, SourceFolders sources) {
  HtmlWriter writer(out, HtmlOptions{GeneratedAt(), std::move(sources)});
  query.with_quantities = false;  // the page shows none
  store.Find(query, [&](const EventRecord& record) { writer.Write(record); });
  writer.Finish();
  return writer.events();
}

// A new, empty file for the page: $TMPDIR/timeline-XXXXXX.html.
std::string NewTemporaryPage() {
  std::string path = (std::filesystem::temp_directory_path() / "timeline-XXXXXX.html").string();
  int fd = mkstemps(path.data(), 5);
  if (fd < 0) throw Error("cannot create a temporary file in " + std::filesystem::temp_directory_path().string());
  close(fd);
  return path;
}

}  // namespace

size_t ExportHtml(const Filter& filter, const std::string& path, const GlobalOptions& global) {
  // A read: it never migrates or creates the database (issue 13, point 4).
  std::unique_ptr<Store> store = OpenStore(global, Store::Mode::kReadOnly);
  StoreQuery query = ResolveFilter(filter, *store);
  size_t events = 0;
  if (path.empty() || path == "-") {
    events = WritePage(*store, query, std::cout, SourceFolders::For(global.DatabasePath(), ""));
  } else {
    AtomicFile file(path);  // the file appears whole, or not at all
    events = WritePage(*store, query, file.stream(), SourceFolders::For(global.DatabasePath(), path));
    file.Commit();
  }
  std::cerr << "timeline: exported " << events << " events";
  if (!path.empty() && path != "-") std::cerr << " to " << path;
  std::cerr << "\n";
  return events;
}

void AddViewCommand(CLI::App& app, GlobalOptions& global) {
  auto filter = std::make_shared<Filter>();
  CLI::App* command = app.add_subcommand(
      "view", "write the timeline page to a temporary file and print its path");
  AddFilterOptions(command, *filter);
  command->callback([filter, &global] {
    std::string path = NewTemporaryPage();
    try {
      ExportHtml(*filter, path, global);
    } catch (...) {
      std::filesystem::remove(path);
      throw;
    }
    std::cout << path << "\n";
  });
}

}  // namespace timeline

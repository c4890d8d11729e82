// timeline stats: what the database holds.

#include <iostream>

#include "cli/common.h"
#include "model/date_span.h"

namespace timeline {
namespace {

void PrintGroups(const char* heading, const std::vector<std::pair<std::string, int64_t>>& groups) {
  std::cout << heading << ":";
  for (const auto& [name, count] : groups) std::cout << "  " << name << " " << count;
  std::cout << "\n";
}

void RunStats(const GlobalOptions& global) {
  std::unique_ptr<Store> store = OpenStore(global, Store::Mode::kReadOnly);
  StoreStats s = store->Stats();
  std::cout << "database:   " << global.DatabasePath() << " (schema version " << s.schema_version
            << ", " << s.file_bytes << " bytes)\n";
  std::cout << "articles:   " << s.articles << "\n";
  std::cout << "events:     " << s.events << " (" << s.undated << " undated)\n";
  if (s.first_day && s.last_day) {
    std::cout << "span:       " << FormatIsoDay(FromDayNumber(*s.first_day)) << " .. "
              << FormatIsoDay(FromDayNumber(*s.last_day)) << "\n";
  }
  std::cout << "actors:     " << s.actors_involved << " take part in events\n";
  PrintGroups("types", s.by_type);
  PrintGroups("factuality", s.by_factuality);
  PrintGroups("precision", s.by_precision);
  PrintGroups("top actors", s.top_actors);
}

}  // namespace

void AddStatsCommand(CLI::App& app, GlobalOptions& global) {
  CLI::App* command = app.add_subcommand("stats", "counts of what the database holds");
  command->callback([&global] { RunStats(global); });
}

}  // namespace timeline

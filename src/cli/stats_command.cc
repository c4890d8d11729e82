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
  // Where the facts came from (docs/manual.md, Provenance).
  std::cout << "provenance:";
  for (const StoreStats::Provenance& p : s.by_provenance) {
    std::cout << "  " << p.provenance << " " << p.articles << (p.articles == 1 ? " article (" : " articles (")
              << p.events << (p.events == 1 ? " event)" : " events)");
  }
  std::cout << "\n";
  for (const auto& [version, articles] : s.extractors) {
    std::cout << "extracted:  " << articles << (articles == 1 ? " article" : " articles") << " by " << version << "\n";
  }
  for (const auto& [file, articles] : s.fact_files) {
    std::cout << "reviewed:   " << articles << (articles == 1 ? " article" : " articles") << " from " << file << "\n";
  }
  std::cout << "urls:       " << s.articles_with_url << " of " << s.articles << " articles have a source URL\n";
}

}  // namespace

void AddStatsCommand(CLI::App& app, GlobalOptions& global) {
  CLI::App* command = app.add_subcommand("stats", "counts of what the database holds");
  command->callback([&global] { RunStats(global); });
}

}  // namespace timeline

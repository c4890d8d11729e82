// timeline load PATH...: fact files, JSON Lines, articles and folders of them.

#include <filesystem>
#include <iostream>

#include "cli/choices.h"
#include "cli/common.h"
#include "load/loader.h"
#include "model/date_span.h"
#include "registry/registry.h"
#include "util/error.h"

namespace timeline {
namespace {

struct LoadCommandOptions {
  std::vector<std::string> paths;
  ArticleOptionValues article;
  bool dry_run = false;
  bool replace_reviewed = false;
  bool prune = false;
  DateOrder date_order = DateOrder::kUnknown;
};

// What a dry run stores into: the database inside a transaction rolled back
// at the end (the file untouched), or, when there is no database yet, a new
// one in memory (no file created).
std::unique_ptr<Store> OpenDryRun(const GlobalOptions& global, bool existed) {
  if (existed) return OpenStore(global, Store::Mode::kDryRun, Store::Threads::kThreads);
  return std::make_unique<Store>(":memory:", Store::Mode::kCreate, Registry::Builtin(),
                                 Store::Threads::kThreads);
}

LoadReport LoadInto(const std::string& path, bool existed, const std::vector<std::string>& paths,
                    const GlobalOptions& global, const LoadOptions& options) {
  try {
    // The loader's reader thread checks actors while its writer inserts.
    std::unique_ptr<Store> store = OpenStore(global, Store::Mode::kCreate, Store::Threads::kThreads);
    return Load(paths, *store, Registry::Builtin(), options);
  } catch (const Error&) {
    // A failed first load leaves no database behind, as if never run. A
    // bulk load writes a rollback journal, gone after its rollback; should
    // one be left, it goes too: a hot journal must not meet a new database
    // of the same name.
    if (!existed) {
      for (const char* suffix : {"", "-wal", "-shm", "-journal"}) {
        std::filesystem::remove(path + suffix);
      }
    }
    throw;
  }
}

void RunLoad(const LoadCommandOptions& opts, const GlobalOptions& global) {
  LoadOptions options;
  options.fallback_published = opts.article.published;
  options.language = opts.article.language;
  options.replace_reviewed = opts.replace_reviewed;
  options.prune = opts.prune;
  options.date_order = opts.date_order;
  // Check the inputs exist before creating a database for them.
  ExpandInputs(opts.paths);
  std::string path = global.DatabasePath();
  bool existed = std::filesystem::exists(path);
  LoadReport report = opts.dry_run
                          ? Load(opts.paths, *OpenDryRun(global, existed), Registry::Builtin(), options)
                          : LoadInto(path, existed, opts.paths, global, options);
  for (const std::string& warning : report.warnings) std::cerr << "timeline: warning: " << warning << "\n";
  const LoadCounts& c = report.counts;
  std::cout << (opts.dry_run ? "would load " : "loaded ") << report.files << (report.files == 1 ? " file" : " files") << " into "
            << global.DatabasePath() << ": " << c.articles_added << " articles added, "
            << c.articles_replaced << " replaced, " << c.articles_unchanged << " unchanged; "
            << c.events_added << " events added, " << c.events_changed << " changed, "
            << c.events_removed << " removed, " << c.events_unchanged << " unchanged";
  if (report.extracted > 0) std::cout << " (" << report.extracted << " articles extracted)";
  if (opts.dry_run) std::cout << " (dry run: nothing written)";
  std::cout << "\n";
}

}  // namespace

void AddLoadCommand(CLI::App& app, GlobalOptions& global) {
  auto opts = std::make_shared<LoadCommandOptions>();
  CLI::App* command = app.add_subcommand(
      "load", "load fact files (.json, .jsonl), raw articles (.txt) or folders of them");
  command->add_option("paths", opts->paths, "files or folders")->required();
  AddArticleOptions(command, opts->article);
  command->add_flag("--dry-run", opts->dry_run,
                    "check everything and say what would change, writing nothing");
  command->add_flag("--replace-reviewed", opts->replace_reviewed,
                    "let raw articles' extracted facts replace facts a fact file gave");
  command->add_flag("--prune", opts->prune,
                    "spreadsheet (.csv): remove the events of the articles its rows name that have "
                    "no row (deleted rows)");
  AddChoiceOption<DateOrder>(command, "--date-order", opts->date_order,
                             {{"dmy", DateOrder::kDayFirst}, {"mdy", DateOrder::kMonthFirst}},
                             "a date order",
                             "spreadsheet (.csv): numeric dates are day first (dmy: 23/01/2026) or "
                             "month first (mdy: 1/23/2026), where the sheet's own dates do not say");
  command->callback([opts, &global] { RunLoad(*opts, global); });
}

}  // namespace timeline

#pragma once
// `timeline load`: turns input paths (fact files, JSON Lines files, raw
// articles, folders of them) into checked documents and stores each input
// file in one transaction.

#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "facts/csv_sheet.h"
#include "model/event.h"
#include "store/store.h"
#include "util/diagnostic.h"

namespace timeline {

class Registry;

struct LoadOptions {
  // For raw articles (passed to the extractor): the publication date of
  // those that state none, and the language instead of detection.
  std::optional<date::sys_days> fallback_published;
  std::optional<Language> language;
  // Let a raw article's extracted facts replace facts a fact file gave
  // (reviewed ones); otherwise such a load is refused.
  bool replace_reviewed = false;
  // For a spreadsheet (.csv): remove the events of the articles its rows
  // name that have no row (a deleted row); and how its numeric dates put
  // day and month when the sheet itself does not say (kUnknown: an
  // ambiguous date is an error).
  bool prune = false;
  DateOrder date_order = DateOrder::kUnknown;
};

struct LoadReport {
  size_t files = 0;
  size_t documents = 0;
  size_t extracted = 0;  // raw articles that went through the extractor
  std::vector<std::string> warnings;  // e.g. an article without a publication date
  LoadCounts counts;
};

// The input files behind `paths`, in load order: a folder stands for every
// .json, .jsonl and .txt file below it (sorted; a .txt article is skipped when
// a reviewed fact file with the same stem sits beside it). A spreadsheet
// (.csv) is taken only when named, and alone. Throws InputError for a path
// that does not exist or has an unknown kind.
std::vector<std::string> ExpandInputs(const std::vector<std::string>& paths);

// Checks one parsed document against the registry, the actors the store
// already knows, and the article's bytes; appends problems to *diagnostics.
void CheckDocument(const FactDocument& document, std::string_view article_bytes,
                   const std::string& file, const Registry& registry, const Store& store,
                   std::vector<Diagnostic>* diagnostics);

// The checks of one event's actors and place against the registry and the
// actors the store knows, as CheckDocument makes them (it calls this):
// `problem` gets the field ("actors[1].id", "place.country") and the message.
void CheckActorsAndPlace(const Event& event, const Registry& registry, const Store& store,
                         const std::function<void(const std::string& field, const std::string& message)>& problem);

// Loads `paths` into `store`. Every fact file and article is parsed and
// checked before anything is written; with any problem, throws InputError
// listing them all and the database is unchanged. Then each file loads in its
// own transaction. JSON Lines are read on a second thread, so `store` must
// be opened with Store::Threads::kThreads. A spreadsheet (LoadSheet) loads
// on its own.
LoadReport Load(const std::vector<std::string>& paths, Store& store, const Registry& registry,
                const LoadOptions& options);

}  // namespace timeline

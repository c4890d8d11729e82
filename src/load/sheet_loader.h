#pragma once
// `timeline load edited.csv`: a spreadsheet's rows back into the store
// (docs/design.md, "Spreadsheet edits"). Internal to src/load/: Load()
// calls it for a .csv input, which loads on its own.

#include <string>

#include "load/loader.h"

namespace timeline {

// Rows with an id update their events (an article with a changed event
// becomes reviewed, its facts_file the sheet); rows without one add events
// to the sheet's pseudo-article (provenance 'manual', found by the sheet's
// path); with options.prune, the events of the articles the rows name that
// have no row are removed. Everything is checked first, each problem at its
// file:line:column; with any, throws InputError and writes nothing. Then
// one transaction.
LoadReport LoadSheet(const std::string& file, Store& store, const Registry& registry,
                     const LoadOptions& options);

// The id of a row without one: "manual-" and a digest of what the row says,
// so that loading the same sheet again finds the event it added.
std::string ManualEventId(const Event& event, size_t occurrence);

// The code of a sheet's pseudo-article: a digest of its absolute path.
std::string ManualArticleCode(const std::string& absolute_path);

}  // namespace timeline

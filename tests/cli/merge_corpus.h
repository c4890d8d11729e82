// The overlap corpus (tests/merge/corpus/) for the end-to-end tests of
// merging: its files, loading them, and which timeline event each report
// belongs to.
#pragma once

#include <map>
#include <string>
#include <vector>

#include "cli/run.h"

namespace timeline::testing {

// The corpus's fact files, sorted by name.
std::vector<std::string> CorpusFiles();

// `timeline --db DB load FILES...`, which must succeed.
RunResult LoadFiles(const std::string& db, const std::vector<std::string>& files);

// report uid -> the id of the timeline event it belongs to.
std::map<std::string, std::string> EventsOf(const std::string& db);

}  // namespace timeline::testing

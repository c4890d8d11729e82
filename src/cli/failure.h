#pragma once
// One voice for every failure: each message starts "timeline: error: ", names
// the option, command or file it is about, and suggests the nearest known
// word where the user probably mistyped one. Exit codes (docs/manual.md):

#include <CLI/CLI.hpp>

#include <exception>
#include <string>
#include <vector>

namespace timeline {

enum ExitCode : int {
  kExitOk = 0,
  kExitBadInput = 1,  // input files, the database or names in them; the environment
  kExitUsage = 2,     // the command line: unknown option or command, bad option value
  kExitInternal = 3,  // a bug in timeline
};

constexpr const char* kErrorPrefix = "timeline: error: ";

// CLI11's failure_message hook: the message for a usage error CLI11 (or a
// validator, or a command's own check) raised while parsing `args` (argv
// without the program name), starting with kErrorPrefix.
std::string UsageMessage(const CLI::App* app, const CLI::Error& error, const std::vector<std::string>& args);

// Prints the message for an exception a command threw (not a CLI11 one) and
// returns its exit code: timeline::Error 1; an SQLite error of the
// environment (busy, locked, disk full, I/O, corrupt, read-only, cannot open)
// 1, named by `database`; anything else 3.
int ReportFailure(const std::exception_ptr& failure, const std::string& database);

}  // namespace timeline

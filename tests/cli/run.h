#pragma once
// Runs the built `timeline` binary for end-to-end tests: arguments, optional
// standard input and environment; captures exit code, stdout and stderr.

#include <string>
#include <vector>

namespace timeline::testing {

struct RunResult {
  int exit_code = -1;
  std::string out;
  std::string err;
};

// Runs TIMELINE_BINARY with `args` (no shell involved), in `cwd` if given,
// with TIMELINE_DB unset and COLUMNS=100 unless `env` sets them ("NAME=value"
// entries replace the variable, a bare "NAME" unsets it).
RunResult RunTimeline(const std::vector<std::string>& args,
                      const std::vector<std::string>& env = {}, const std::string& cwd = "");

// A fresh temporary folder, removed when the object goes.
class TempDir {
 public:
  TempDir();
  ~TempDir();
  const std::string& path() const { return path_; }
  std::string File(const std::string& name) const { return path_ + "/" + name; }

 private:
  std::string path_;
};

// A temporary database loaded from seeds/ (the load must succeed); Run runs
// timeline on it, with RunTimeline's environment and folder.
struct SeededDb {
  TempDir dir;
  std::string db = dir.File("t.db");
  SeededDb();
  RunResult Run(std::vector<std::string> args, const std::vector<std::string>& env = {},
                const std::string& cwd = "") const;
};

std::string ReadAll(const std::string& path);
void WriteAll(const std::string& path, const std::string& bytes);

// RFC 4180 reader for the read-back tests: quoted fields, doubled quotes,
// CRLF row ends, line breaks inside quotes. One vector of cells per row.
std::vector<std::vector<std::string>> ParseCsv(const std::string& text);

// The repository's own files (seeds/, tests/golden/ ...).
std::string SourcePath(const std::string& relative);

// Compares `actual` with tests/golden/<name>; with TIMELINE_UPDATE_GOLDEN=1
// in the environment, rewrites the golden file instead (review the diff!).
void CheckGolden(const std::string& name, const std::string& actual);

}  // namespace timeline::testing

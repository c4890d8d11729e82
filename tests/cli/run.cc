#include "cli/run.h"

#include <fcntl.h>
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

#include <catch2/catch.hpp>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <sstream>

extern char** environ;

namespace timeline::testing {

namespace fs = std::filesystem;

RunResult RunTimeline(const std::vector<std::string>& args, const std::vector<std::string>& env,
                      const std::string& cwd) {
  TempDir capture;
  std::string out_path = capture.File("out"), err_path = capture.File("err");
  // `env` entries replace the variables they name ("NAME=value"), or unset
  // them ("NAME").
  auto name_of = [](const std::string& entry) { return entry.substr(0, entry.find('=')); };
  auto given = [&](const std::string& name) {
    for (const std::string& e : env) {
      if (name_of(e) == name) return true;
    }
    return false;
  };
  std::vector<std::string> environment;
  for (char** e = environ; *e; ++e) {
    std::string name = name_of(*e);
    if (name != "TIMELINE_DB" && name != "COLUMNS" && !given(name)) environment.push_back(*e);
  }
  if (!given("COLUMNS")) environment.push_back("COLUMNS=100");  // the table's width, fixed for golden files
  for (const std::string& e : env) {
    if (e.find('=') != std::string::npos) environment.push_back(e);
  }

  pid_t pid = fork();
  REQUIRE(pid >= 0);
  if (pid == 0) {
    int in = open("/dev/null", O_RDONLY);
    int out = open(out_path.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0644);
    int err = open(err_path.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0644);
    dup2(in, 0);
    dup2(out, 1);
    dup2(err, 2);
    if (!cwd.empty() && chdir(cwd.c_str()) != 0) _exit(126);
    std::vector<char*> argv;
    std::string binary = TIMELINE_BINARY;
    argv.push_back(binary.data());
    std::vector<std::string> copies = args;
    for (std::string& a : copies) argv.push_back(a.data());
    argv.push_back(nullptr);
    std::vector<char*> envp;
    for (std::string& e : environment) envp.push_back(e.data());
    envp.push_back(nullptr);
    execve(binary.c_str(), argv.data(), envp.data());
    _exit(127);
  }
  int status = 0;
  waitpid(pid, &status, 0);
  RunResult result;
  result.exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
  result.out = ReadAll(out_path);
  result.err = ReadAll(err_path);
  return result;
}

TempDir::TempDir() {
  std::string pattern = (fs::temp_directory_path() / "timeline-test-XXXXXX").string();
  REQUIRE(mkdtemp(pattern.data()) != nullptr);
  path_ = pattern;
}

TempDir::~TempDir() {
  std::error_code ec;
  fs::remove_all(path_, ec);
}

std::string ReadAll(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream buffer;
  buffer << in.rdbuf();
  return buffer.str();
}

void WriteAll(const std::string& path, const std::string& bytes) {
  std::ofstream out(path, std::ios::binary);
  out << bytes;
}

std::string SourcePath(const std::string& relative) {
  return std::string(TIMELINE_SOURCE_DIR) + "/" + relative;
}

void CheckGolden(const std::string& name, const std::string& actual) {
  std::string path = SourcePath("tests/golden/" + name);
  const char* update = std::getenv("TIMELINE_UPDATE_GOLDEN");
  if (update && std::string(update) == "1") {
    WriteAll(path, actual);
    return;
  }
  INFO("golden file " << path << " (TIMELINE_UPDATE_GOLDEN=1 rewrites it)");
  REQUIRE(fs::exists(path));
  CHECK(actual == ReadAll(path));
}

std::vector<std::vector<std::string>> ParseCsv(const std::string& text) {
  std::vector<std::vector<std::string>> rows(1);
  std::string field;
  bool quoted = false, in_quotes = false;
  for (size_t i = 0; i < text.size(); ++i) {
    char c = text[i];
    if (in_quotes) {
      if (c == '"' && i + 1 < text.size() && text[i + 1] == '"') {
        field += '"';
        ++i;
      } else if (c == '"') {
        in_quotes = false;
      } else {
        field += c;
      }
    } else if (c == '"' && field.empty() && !quoted) {
      in_quotes = quoted = true;
    } else if (c == ',') {
      rows.back().push_back(field);
      field.clear();
      quoted = false;
    } else if (c == '\r' && i + 1 < text.size() && text[i + 1] == '\n') {
      rows.back().push_back(field);
      field.clear();
      quoted = false;
      rows.emplace_back();
      ++i;
    } else {
      field += c;
    }
  }
  if (rows.back().empty()) rows.pop_back();
  return rows;
}

SeededDb::SeededDb() {
  RunResult r = RunTimeline({"--db", db, "load", SourcePath("seeds")});
  INFO(r.err);
  REQUIRE(r.exit_code == 0);
}

RunResult SeededDb::Run(std::vector<std::string> args, const std::vector<std::string>& env,
                        const std::string& cwd) const {
  args.insert(args.begin(), {"--db", db});
  return RunTimeline(args, env, cwd);
}

}  // namespace timeline::testing

#include "util/terminal.h"

#include <fcntl.h>
#include <spawn.h>
#include <sys/ioctl.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cerrno>
#include <csignal>
#include <cstdlib>
#include <cstring>
#include <streambuf>
#include <vector>

#include "util/error.h"

extern char** environ;

namespace timeline {

namespace {

// A positive whole number from the environment, else none.
std::optional<size_t> PositiveFromEnv(const char* name) {
  const char* value = std::getenv(name);
  if (!value || !*value) return std::nullopt;
  char* end = nullptr;
  errno = 0;
  long long number = std::strtoll(value, &end, 10);
  if (errno != 0 || *end != '\0' || number <= 0) return std::nullopt;
  return static_cast<size_t>(number);
}

std::optional<winsize> TerminalSize(int fd) {
  winsize size{};
  if (::isatty(fd) != 1 || ::ioctl(fd, TIOCGWINSZ, &size) != 0) return std::nullopt;
  return size;
}

// Writes all of `data` to `fd`; false on an error (errno set).
bool WriteAll(int fd, const char* data, size_t size) {
  while (size > 0) {
    ssize_t n = ::write(fd, data, size);
    if (n < 0) {
      if (errno == EINTR) continue;
      return false;
    }
    data += n;
    size -= static_cast<size_t>(n);
  }
  return true;
}

// A command run without a shell is split at spaces; anything a shell would
// read otherwise (quotes, $, >, |, ;, ~, globs ...) goes to /bin/sh -c.
std::vector<std::string> PagerArgv(const std::string& command) {
  bool plain = true;
  for (char c : command) {
    bool word = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
                std::strchr(" -_./+,:@", c) != nullptr;
    if (!word) plain = false;
  }
  if (!plain) return {"/bin/sh", "-c", command};
  std::vector<std::string> argv;
  size_t i = 0;
  while (i < command.size()) {
    size_t start = command.find_first_not_of(' ', i);
    if (start == std::string::npos) break;
    size_t end = command.find(' ', start);
    if (end == std::string::npos) end = command.size();
    argv.push_back(command.substr(start, end - start));
    i = end;
  }
  return argv;
}

}  // namespace

std::optional<size_t> OutputColumns(int fd) {
  if (std::optional<size_t> columns = PositiveFromEnv("COLUMNS")) return columns;
  if (std::optional<winsize> size = TerminalSize(fd); size && size->ws_col > 0) return size->ws_col;
  return std::nullopt;
}

size_t ScreenRows(int fd) {
  if (std::optional<size_t> rows = PositiveFromEnv("LINES")) return *rows;
  if (std::optional<winsize> size = TerminalSize(fd); size && size->ws_row > 0) return size->ws_row;
  return 24;
}

std::optional<std::string> PagerCommand(const char* pager_env) {
  if (!pager_env) return "less -FRX";
  std::string command = pager_env;
  size_t first = command.find_first_not_of(" \t");
  if (first == std::string::npos) return std::nullopt;
  command = command.substr(first, command.find_last_not_of(" \t") + 1 - first);
  if (command == "cat") return std::nullopt;
  return command;
}

size_t ScreenLines(size_t bytes, size_t columns) {
  if (bytes == 0 || columns == 0) return 1;
  return (bytes + columns - 1) / columns;
}

struct Pager::Impl : std::streambuf {
  int fd;
  std::string command;
  size_t rows, columns;
  std::ostream out{this};
  enum class State { kHolding, kDirect, kPaging, kPagerGone, kFinished } state = State::kHolding;
  std::string held;          // kHolding: everything so far; kPaging/kDirect: not yet written
  size_t held_lines = 0;     // screen lines of the complete lines held
  size_t line_bytes = 0;     // bytes of the line being written
  pid_t pager = -1;
  int pipe_in = -1;          // the pager's standard input
  struct sigaction old_pipe {}, old_int {}, old_quit {};

  Impl(int fd, std::string command, size_t rows, size_t columns)
      : fd(fd), command(std::move(command)), rows(rows), columns(columns) {}

  // Once the pager is gone the stream goes bad, so that writers can stop.
  int_type overflow(int_type c) override {
    if (c == traits_type::eof()) return traits_type::not_eof(c);
    char ch = traits_type::to_char_type(c);
    return Put(&ch, 1) ? c : traits_type::eof();
  }

  std::streamsize xsputn(const char* data, std::streamsize size) override {
    return Put(data, static_cast<size_t>(size)) ? size : 0;
  }

  int sync() override { return Flush() ? 0 : -1; }

  // False once nothing more will be shown: the pager quit.
  bool Put(const char* data, size_t size) {
    if (state == State::kPagerGone || state == State::kFinished) return false;
    held.append(data, size);
    if (state == State::kHolding) {
      for (size_t i = 0; i < size; ++i) {
        if (data[i] != '\n') {
          ++line_bytes;
          continue;
        }
        held_lines += ScreenLines(line_bytes, columns);
        line_bytes = 0;
      }
      // The screen's last row is the prompt's; a partial last line counts.
      size_t lines = held_lines + (line_bytes > 0 ? ScreenLines(line_bytes, columns) : 0);
      if (lines + 1 > rows) Start();
    }
    if (state != State::kHolding && held.size() >= (1 << 16)) Flush();
    return state != State::kPagerGone;
  }

  // Sends what is held on; false when `fd` cannot be written.
  bool Flush() {
    if (state == State::kDirect) {
      bool ok = WriteAll(fd, held.data(), held.size());
      held.clear();
      return ok;
    }
    if (state == State::kPaging) {
      if (!WriteAll(pipe_in, held.data(), held.size())) {
        // EPIPE: the pager quit (q in less); the rest is not wanted.
        state = State::kPagerGone;
      }
      held.clear();
    }
    return true;
  }

  void Start() {
    std::vector<std::string> args = PagerArgv(command);
    if (args.empty()) {
      state = State::kDirect;
      return;
    }
    int pipe_fds[2];
    if (::pipe2(pipe_fds, O_CLOEXEC) != 0) {
      state = State::kDirect;
      return;
    }
    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    posix_spawn_file_actions_adddup2(&actions, pipe_fds[0], STDIN_FILENO);
    if (fd != STDOUT_FILENO) posix_spawn_file_actions_adddup2(&actions, fd, STDOUT_FILENO);
    posix_spawnattr_t attributes;
    posix_spawnattr_init(&attributes);
    sigset_t defaults;
    sigemptyset(&defaults);
    for (int signal : {SIGPIPE, SIGINT, SIGQUIT}) sigaddset(&defaults, signal);
    posix_spawnattr_setsigdefault(&attributes, &defaults);
    posix_spawnattr_setflags(&attributes, POSIX_SPAWN_SETSIGDEF);
    // Ignored before the spawn, so that a pager quitting at once cannot kill
    // this process with SIGPIPE; the pager gets them back by SETSIGDEF.
    struct sigaction ignore {};
    ignore.sa_handler = SIG_IGN;
    sigemptyset(&ignore.sa_mask);
    sigaction(SIGPIPE, &ignore, &old_pipe);
    sigaction(SIGINT, &ignore, &old_int);
    sigaction(SIGQUIT, &ignore, &old_quit);
    std::vector<char*> argv;
    for (std::string& a : args) argv.push_back(a.data());
    argv.push_back(nullptr);
    int error = posix_spawnp(&pager, argv[0], &actions, &attributes, argv.data(), environ);
    posix_spawn_file_actions_destroy(&actions);
    posix_spawnattr_destroy(&attributes);
    ::close(pipe_fds[0]);
    if (error != 0) {  // not found, not executable: print directly
      ::close(pipe_fds[1]);
      RestoreSignals();
      pager = -1;
      state = State::kDirect;
      return;
    }
    pipe_in = pipe_fds[1];
    state = State::kPaging;
  }

  void RestoreSignals() {
    sigaction(SIGPIPE, &old_pipe, nullptr);
    sigaction(SIGINT, &old_int, nullptr);
    sigaction(SIGQUIT, &old_quit, nullptr);
  }

  // Returns false when `fd` could not be written.
  bool Finish() {
    if (state == State::kFinished) return true;
    if (state == State::kHolding) state = State::kDirect;
    bool ok = Flush();
    if (pipe_in >= 0) {
      ::close(pipe_in);
      pipe_in = -1;
      int status = 0;
      while (::waitpid(pager, &status, 0) < 0 && errno == EINTR) {
      }
      RestoreSignals();
    }
    state = State::kFinished;
    return ok;
  }
};

Pager::Pager(int fd, std::string command, size_t rows, size_t columns)
    : impl_(std::make_unique<Impl>(fd, std::move(command), rows, columns)) {}

Pager::~Pager() { impl_->Finish(); }

std::ostream& Pager::stream() { return impl_->out; }

void Pager::Finish() {
  impl_->out.flush();
  if (!impl_->Finish()) throw Error(std::string("standard output: ") + std::strerror(errno));
}

bool Pager::paged() const { return impl_->pager >= 0; }

}  // namespace timeline

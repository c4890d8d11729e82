#pragma once
// What a terminal shows: its size, and a pager for output longer than its
// screen (the query table). As GNU ls and ncurses do, $COLUMNS and $LINES,
// when they are positive numbers, win over the terminal's own size.

#include <cstddef>
#include <memory>
#include <optional>
#include <ostream>
#include <string>

namespace timeline {

// The display columns output to `fd` should fit in: $COLUMNS, else the
// terminal's width when `fd` is a terminal, else none (a pipe or a file:
// nothing to fit).
std::optional<size_t> OutputColumns(int fd);

// The rows of the screen `fd` shows: $LINES, else the terminal's, else 24.
size_t ScreenRows(int fd);

// The pager to run, from $PAGER (`pager_env`, null when unset): unset, the
// default "less -FRX"; empty or "cat", none (git's convention).
std::optional<std::string> PagerCommand(const char* pager_env);

// The screen rows a line of `bytes` bytes (without its newline) takes on a
// screen `columns` wide: 1 for an empty line, more when it wraps. Counts a
// byte as a column, so a line of wide or accented characters may be counted
// longer than it is, never shorter.
size_t ScreenLines(size_t bytes, size_t columns);

// Output to a terminal that goes through a pager only when it is longer than
// the screen. The stream holds its first lines; once they would not fit
// above the prompt (`rows` - 1 screen lines), it starts `command` reading
// from a pipe, sends it what it held and then everything written. Otherwise
// Finish() writes what it held to `fd`. A command of plain words is started
// directly (a missing program is found at once: the output then goes to `fd`
// instead); one with shell syntax (quotes, redirections, $) through
// /bin/sh -c. A pager that quits early (q in less) ends the output quietly:
// the stream goes bad (writers may stop) and the rest is dropped. While the pager runs, SIGPIPE, SIGINT and SIGQUIT are
// ignored here (the pager gets them as usual), so that Ctrl-C in the pager
// does not leave it without its writer.
class Pager {
 public:
  Pager(int fd, std::string command, size_t rows, size_t columns);
  ~Pager();  // Finish(), errors ignored
  Pager(const Pager&) = delete;
  Pager& operator=(const Pager&) = delete;

  std::ostream& stream();
  // Writes what is held to `fd`, or closes the pager's input and waits for
  // it to quit. Throws timeline::Error when `fd` cannot be written.
  void Finish();
  // Whether the pager ran.
  bool paged() const;

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace timeline

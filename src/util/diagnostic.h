#pragma once
// Diagnostics for bad input: "file:line:col: message" with the offending line
// and a caret under the column, the way ninja's Lexer::Error prints them.

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace timeline {

struct Diagnostic {
  std::string file;     // as the user named it
  size_t line = 0;      // 1-based; 0 when the problem has no position
  size_t column = 0;    // 1-based, in bytes
  std::string where;    // a field path when there is no position, e.g. "event 102-e03: date.start"
  std::string message;  // what is wrong and what would be right
  std::string excerpt;  // the offending source line, or empty

  // "file:line:col: message" (+ excerpt and caret), or "file: where: message".
  std::string ToString() const;
};

// 1-based line and column (in bytes) of byte `offset` in `text`.
struct LineColumn {
  size_t line;
  size_t column;
};
LineColumn LineColumnAt(std::string_view text, size_t offset);

// The line of `text` that holds byte `offset`, without its newline.
std::string_view LineAt(std::string_view text, size_t offset);

// Joins several diagnostics one per line, with "N errors" last when N > 1.
std::string JoinDiagnostics(const std::vector<Diagnostic>& diagnostics);

}  // namespace timeline

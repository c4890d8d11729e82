#include "util/diagnostic.h"

#include <algorithm>

namespace timeline {

LineColumn LineColumnAt(std::string_view text, size_t offset) {
  offset = std::min(offset, text.size());
  LineColumn at{1, 1};
  size_t line_start = 0;
  for (size_t i = 0; i < offset; ++i) {
    if (text[i] == '\n') {
      ++at.line;
      line_start = i + 1;
    }
  }
  at.column = offset - line_start + 1;
  return at;
}

std::string_view LineAt(std::string_view text, size_t offset) {
  offset = std::min(offset, text.size());
  size_t begin = offset == 0 ? std::string_view::npos : text.rfind('\n', offset - 1);
  begin = begin == std::string_view::npos ? 0 : begin + 1;
  size_t end = text.find('\n', offset);
  if (end == std::string_view::npos) end = text.size();
  std::string_view line = text.substr(begin, end - begin);
  if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
  return line;
}

std::string Diagnostic::ToString() const {
  std::string out = file;
  if (line > 0) out += ":" + std::to_string(line);
  if (line > 0 && column > 0) out += ":" + std::to_string(column);
  if (!where.empty()) out += (out.empty() ? "" : ": ") + where;
  out += (out.empty() ? "" : ": ") + message;
  // Long lines (minified JSON, a 20 MB line) would flood the terminal: show
  // an excerpt only when it is short enough to read.
  if (!excerpt.empty() && excerpt.size() <= 160 && column > 0 && column <= excerpt.size() + 1) {
    out += "\n" + excerpt + "\n";
    for (size_t i = 0; i + 1 < column; ++i) out += excerpt[i] == '\t' ? '\t' : ' ';
    out += "^";
  }
  return out;
}

std::string JoinDiagnostics(const std::vector<Diagnostic>& diagnostics) {
  std::string out;
  for (const Diagnostic& d : diagnostics) {
    if (!out.empty()) out += "\n";
    out += d.ToString();
  }
  if (diagnostics.size() > 1) out += "\n" + std::to_string(diagnostics.size()) + " errors";
  return out;
}

}  // namespace timeline

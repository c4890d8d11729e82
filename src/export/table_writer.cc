#include "export/table_writer.h"

#include <sys/ioctl.h>
#include <unistd.h>

#include <algorithm>
#include <cstdlib>

#include "model/date_span.h"
#include "util/text.h"

namespace timeline {

namespace {

constexpr size_t kDateWidth = 13;     // "2026-05-08–09"
constexpr size_t kTypeWidth = 16;     // "weapon_unveiling"
constexpr size_t kActorsWidth = 14;
constexpr size_t kSourceWidth = 26;   // shortened title + published day
constexpr size_t kSourceFrom = 120;   // terminal width from which SOURCE shows
constexpr size_t kIdWidth = 7;        // "000-e01"; longer ids widen their cell
constexpr size_t kMinTitleWidth = 16;
constexpr size_t kGap = 2;

// One line per event: control characters (a newline in a title) become spaces.
std::string Pad(std::string text, size_t width) {
  for (char& c : text) {
    if (static_cast<unsigned char>(c) < 0x20 || c == 0x7F) c = ' ';
  }
  std::string cell = FitToWidth(text, width);
  size_t used = DisplayWidth(cell);
  return cell + std::string(width > used ? width - used : 0, ' ');
}

}  // namespace

size_t TerminalWidth(std::FILE* stream) {
  struct winsize size {};
  if (::isatty(fileno(stream)) && ::ioctl(fileno(stream), TIOCGWINSZ, &size) == 0 && size.ws_col > 0) {
    return size.ws_col;
  }
  if (const char* columns = std::getenv("COLUMNS")) {
    long value = std::strtol(columns, nullptr, 10);
    if (value > 0) return static_cast<size_t>(value);
  }
  return 100;
}

TableWriter::TableWriter(std::ostream& out, TableOptions options) : out_(out), options_(options) {}

void TableWriter::Row(const std::string& date, const std::string& type, const std::string& actors,
                      const std::string& title, const std::string& source, const std::string& id) {
  size_t width = std::max<size_t>(options_.width, 40);
  bool with_source = width >= kSourceFrom;
  // Narrow terminals: shorter TYPE and ACTORS before TITLE gets too thin.
  bool narrow = width < 70;
  size_t type_width = narrow ? 12 : kTypeWidth;
  size_t actors_width = narrow ? 7 : kActorsWidth;
  size_t fixed = kDateWidth + type_width + actors_width + kIdWidth + 4 * kGap +
                 (with_source ? kSourceWidth + kGap : 0);
  size_t title_width = width > fixed + kMinTitleWidth ? width - fixed : (narrow ? 8 : kMinTitleWidth);
  std::string gap(kGap, ' ');
  std::string line = Pad(date, kDateWidth) + gap + Pad(type, type_width) + gap +
                     Pad(actors, actors_width) + gap + Pad(title, title_width) + gap;
  if (with_source) line += Pad(source, kSourceWidth) + gap;
  line += Pad(id, DisplayWidth(id));  // whole, even when long: `timeline show` needs it
  while (!line.empty() && line.back() == ' ') line.pop_back();
  out_ << line << "\n";
}

void TableWriter::Write(const EventRecord& record) {
  if (rows_ == 0) {
    Row("DATE", "TYPE", "ACTORS", "TITLE", "SOURCE", "ID");
    size_t width = std::max<size_t>(options_.width, 40);
    std::string rule;
    for (size_t i = 0; i < width; ++i) rule += "-";
    out_ << rule << "\n";
  }
  const Event& e = record.event;
  std::string type(ToString(e.type));
  if (e.factuality == Factuality::kPossible) type += "?";
  if (e.factuality == Factuality::kNegated) type = "not " + type;
  std::string actors;
  for (size_t i = 0; i < e.actors.size(); ++i) actors += (i ? "," : "") + e.actors[i].id;
  std::string source = record.source.title;
  if (record.source.published) {
    std::string day = " " + FormatIsoDay(*record.source.published);
    source = FitToWidth(source, kSourceWidth - day.size()) + day;
  }
  Row(e.date.known() ? DateLabel(e.date) : "undated", type, actors, e.title, source, e.id);
  ++rows_;
}

void TableWriter::Finish() { out_.flush(); }

}  // namespace timeline

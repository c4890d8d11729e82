#include "export/csv_writer.h"

#include <cctype>
#include <cstdio>

#include "model/date_span.h"

namespace timeline {

const char* const kCsvColumns[] = {
    "id",           "start",       "end",          "precision",        "date_label",
    "type",         "category",    "title",        "actor_names",      "actor_ids",
    "roles",        "place",       "place_country", "factuality",      "source_title",
    "source_published", "source_path", "evidence", "evidence_start",   "evidence_end"};
const size_t kCsvColumnCount = sizeof(kCsvColumns) / sizeof(kCsvColumns[0]);

namespace {

// "-12.5", "+3", "1e6": a spreadsheet reads these as numbers, not formulas.
bool IsPlainNumber(std::string_view text) {
  size_t i = 0;
  if (i < text.size() && (text[i] == '+' || text[i] == '-')) ++i;
  size_t digits = 0;
  while (i < text.size() && std::isdigit(static_cast<unsigned char>(text[i]))) ++i, ++digits;
  if (i < text.size() && text[i] == '.') {
    ++i;
    while (i < text.size() && std::isdigit(static_cast<unsigned char>(text[i]))) ++i, ++digits;
  }
  if (digits == 0) return false;
  if (i < text.size() && (text[i] == 'e' || text[i] == 'E')) {
    ++i;
    if (i < text.size() && (text[i] == '+' || text[i] == '-')) ++i;
    size_t exponent = 0;
    while (i < text.size() && std::isdigit(static_cast<unsigned char>(text[i]))) ++i, ++exponent;
    if (exponent == 0) return false;
  }
  return i == text.size();
}

std::string Join(const std::vector<ActorRef>& actors, std::string (*field)(const ActorRef&)) {
  std::string out;
  for (size_t i = 0; i < actors.size(); ++i) out += (i ? "; " : "") + field(actors[i]);
  return out;
}

}  // namespace

std::string CsvCell(std::string_view value) {
  std::string cell;
  bool formula = !value.empty() && (value[0] == '=' || value[0] == '+' || value[0] == '-' ||
                                    value[0] == '@' || value[0] == '\t' || value[0] == '\r');
  if (formula && !IsPlainNumber(value)) cell = "'";
  cell.append(value);
  if (cell.find_first_of(",\"\r\n") == std::string::npos) return cell;
  std::string quoted = "\"";
  for (char c : cell) {
    if (c == '"') quoted += '"';
    quoted += c;
  }
  return quoted + "\"";
}

CsvWriter::CsvWriter(std::ostream& out, CsvOptions options) : out_(out) {
  if (options.bom) out_ << "\xEF\xBB\xBF";
  for (size_t i = 0; i < kCsvColumnCount; ++i) out_ << (i ? "," : "") << kCsvColumns[i];
  out_ << "\r\n";
}

void CsvWriter::Write(const EventRecord& record) {
  const Event& e = record.event;
  const std::string cells[] = {
      e.id,
      e.date.start ? FormatIsoDay(*e.date.start) : "",
      e.date.end ? FormatIsoDay(*e.date.end) : "",
      std::string(ToString(e.date.precision)),
      DateLabel(e.date),
      std::string(ToString(e.type)),
      std::string(ToString(CategoryOf(e.type))),
      e.title,
      Join(e.actors, [](const ActorRef& a) { return a.name; }),
      Join(e.actors, [](const ActorRef& a) { return a.id; }),
      Join(e.actors, [](const ActorRef& a) { return std::string(ToString(a.role)); }),
      e.place ? e.place->name : "",
      e.place ? e.place->country : "",
      std::string(ToString(e.factuality)),
      record.source.title,
      record.source.published ? FormatIsoDay(*record.source.published) : "",
      record.source.path,
      e.evidence.text,
      std::to_string(e.evidence.start),
      std::to_string(e.evidence.end),
  };
  static_assert(sizeof(cells) / sizeof(cells[0]) == 20, "one cell per column");
  for (size_t i = 0; i < kCsvColumnCount; ++i) out_ << (i ? "," : "") << CsvCell(cells[i]);
  out_ << "\r\n";
  ++rows_;
}

void CsvWriter::Finish() { out_.flush(); }

}  // namespace timeline

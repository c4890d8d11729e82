#include "export/csv_writer.h"

#include <cassert>
#include <charconv>
#include <cctype>
#include <cstdio>

#include "codes/event_codes.h"
#include "model/date_span.h"
#include "registry/registry.h"

namespace timeline {

const char* const kCsvColumns[] = {
    "id",           "start",       "end",          "precision",        "date_label",
    "type",         "category",    "title",        "actor_names",      "actor_ids",
    "roles",        "place",       "place_country", "factuality",      "source_title",
    "source_published", "source_path", "source_url", "evidence", "evidence_start",   "evidence_end",
    // Appended, so that the columns before keep their places.
    "plover",       "cameo",       "sources",      "source_titles"};
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

// Either dialect's separator and TAB too: LibreOffice's import dialog splits
// on `,`, `;` and TAB until told otherwise, so an actor list "PRK; KOR"
// unquoted would spread over two columns. One table look-up a character,
// not six comparisons (this scan of every cell was a fifth of the writer's
// time, perf; 6% of "actor, first 100" at 1M).
struct QuoteTable {
  bool quotes[256] = {};
  QuoteTable() {
    for (unsigned char c : {',', ';', '\t', '"', '\r', '\n'}) quotes[c] = true;
  }
};
bool NeedsQuotes(std::string_view value) {
  static const QuoteTable table;
  for (char c : value) {
    if (table.quotes[static_cast<unsigned char>(c)]) return true;
  }
  return false;
}

}  // namespace

void AppendCsvCell(std::string_view value, std::string* out) {
  bool formula = !value.empty() && (value[0] == '=' || value[0] == '+' || value[0] == '-' ||
                                    value[0] == '@' || value[0] == '\t' || value[0] == '\r');
  bool neutralise = formula && !IsPlainNumber(value);
  if (!NeedsQuotes(value)) {
    if (neutralise) *out += '\'';
    out->append(value);
    return;
  }
  *out += '"';
  if (neutralise) *out += '\'';
  // The runs between quotes appended whole, each quote doubled.
  for (size_t start = 0;;) {
    size_t quote = value.find('"', start);
    if (quote == std::string_view::npos) {
      out->append(value.substr(start));
      break;
    }
    out->append(value.substr(start, quote + 1 - start));
    *out += '"';
    start = quote + 1;
  }
  *out += '"';
}

std::string_view ActorDisplayName(const ActorRef& actor, const Registry* registry, Language language) {
  if (registry) {
    if (const ActorInfo* info = registry->Find(actor.id)) return Registry::DisplayName(*info, language);
  }
  return actor.name.empty() ? std::string_view(actor.id) : std::string_view(actor.name);
}

char CsvSeparator(CsvDialect dialect) { return dialect == CsvDialect::kExcelId ? ';' : ','; }

std::string_view ToString(CsvDialect dialect) {
  return dialect == CsvDialect::kExcelId ? "excel-id" : "default";
}

std::optional<CsvDialect> ParseCsvDialect(std::string_view text) {
  if (text == "default") return CsvDialect::kDefault;
  if (text == "excel-id") return CsvDialect::kExcelId;
  return std::nullopt;
}

namespace {

// SpreadsheetDateLabel into `out` (cleared first), a buffer the writer
// keeps from row to row.
void SpreadsheetDateLabelInto(const DateSpan& span, std::string* out) {
  std::string label = DateLabel(span);
  out->clear();
  for (char c : label) {
    if (c == '-') {
      *out += "\xE2\x80\x91";  // U+2011
    } else {
      *out += c;
    }
  }
}

}  // namespace

std::string SpreadsheetDateLabel(const DateSpan& span) {
  std::string out;
  SpreadsheetDateLabelInto(span, &out);
  return out;
}

std::string CsvCell(std::string_view value) {
  std::string cell;
  AppendCsvCell(value, &cell);
  return cell;
}

CsvWriter::CsvWriter(std::ostream& out, CsvOptions options)
    : out_(out),
      sources_(std::move(options.sources), SourceStyle::kLabel),
      registry_(options.registry),
      language_(options.language),
      separator_(CsvSeparator(options.dialect)) {
  if (options.bom) out_ << "\xEF\xBB\xBF";
  for (size_t i = 0; i < kCsvColumnCount; ++i) {
    if (i) out_ << separator_;
    out_ << kCsvColumns[i];
  }
  out_ << "\r\n";
}

// The row is built in one buffer, reused from row to row, and written at
// once: a string per cell and a stream insertion per cell were most of the
// writer's time (perf).
void CsvWriter::Write(const EventRecord& record) {
  const Event& e = record.event;
  std::string& row = row_;
  row.clear();
  size_t cells = 0;
  auto cell = [&](std::string_view value) {
    AppendCsvCell(value, &row);
    row += separator_;
    ++cells;
  };
  // A count, as std::to_string writes it, without a string.
  auto number = [&](size_t value) {
    char digits[24];
    char* end = std::to_chars(digits, digits + sizeof digits, value).ptr;
    cell(std::string_view(digits, static_cast<size_t>(end - digits)));
  };
  // One cell per actor field, "; " between actors.
  auto actors = [&](auto field) {
    scratch_.clear();
    for (size_t i = 0; i < e.actors.size(); ++i) {
      if (i) scratch_ += "; ";
      scratch_ += field(e.actors[i]);
    }
    cell(scratch_);
  };
  cell(e.id);
  cell(e.date.start ? FormatIsoDay(*e.date.start) : "");
  cell(e.date.end ? FormatIsoDay(*e.date.end) : "");
  cell(ToString(e.date.precision));
  SpreadsheetDateLabelInto(e.date, &scratch_);
  cell(scratch_);
  cell(ToString(e.type));
  cell(ToString(CategoryOf(e.type)));
  cell(e.title);
  actors([&](const ActorRef& a) { return ActorDisplayName(a, registry_, language_); });
  actors([](const ActorRef& a) -> std::string_view { return a.id; });
  actors([](const ActorRef& a) -> std::string_view { return ToString(a.role); });
  cell(e.place ? std::string_view(e.place->name) : "");
  cell(e.place ? std::string_view(e.place->country) : "");
  cell(ToString(e.factuality));
  cell(record.source.title);
  cell(record.source.published ? FormatIsoDay(*record.source.published) : "");
  cell(sources_.Name(record.source));
  cell(record.source.source_url);
  cell(e.evidence.text);
  number(e.evidence.start);
  number(e.evidence.end);
  EventCodes codes = EventCodeTable::Builtin().CodesOf(e);
  cell(codes.plover);
  cell(codes.cameo);
  number(record.source_count());
  if (record.sources.empty()) {
    cell(record.source.title);
  } else {
    scratch_.clear();
    for (size_t i = 0; i < record.sources.size(); ++i) {
      if (i) scratch_ += "; ";
      scratch_ += record.sources[i].title;
    }
    cell(scratch_);
  }
  assert(cells == kCsvColumnCount);  // one cell per column
  row.back() = '\r';                 // in place of the last cell's separator
  row += '\n';
  out_.write(row.data(), static_cast<std::streamsize>(row.size()));
  ++rows_;
}

void CsvWriter::Finish() { out_.flush(); }

}  // namespace timeline

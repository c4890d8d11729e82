#include "facts/csv_sheet.h"

#include <algorithm>
#include <cctype>

#include "facts/fact_rules.h"
#include "model/date_span.h"
#include "util/text.h"

namespace timeline {

namespace {

constexpr std::array<std::string_view, kSheetColumns> kNames = {
    "id",        "start", "end",         "precision", "date_label", "type",      "title",
    "actor_names", "actor_ids", "roles", "place",     "place_country", "factuality"};

// Columns exports write that the reader never updates from: derived from the
// event (category) or its article and evidence, or added by other exports of
// this version (PLOVER and CAMEO codes, the source's URL, a merged event's
// sources). Not a warning: they are expected.
constexpr std::array<std::string_view, 12> kReadOnly = {
    "category", "source_title", "source_published", "source_path", "evidence", "evidence_start",
    "evidence_end", "plover", "cameo", "source_url", "sources", "source_titles"};

const std::string kEnDash = "\xE2\x80\x93";

Diagnostic At(const std::string& file, size_t line, size_t column, const std::string& message) {
  Diagnostic d;
  d.file = file;
  d.line = line;
  d.column = column;
  d.message = message;
  return d;
}

Diagnostic At(const std::string& file, const SheetCell& cell, const std::string& message) {
  return At(file, cell.line, cell.column, message);
}

// Formula-like cells were written with a leading apostrophe (csv_writer.h);
// it goes again only where the export put it, so "'Tis" keeps its own.
std::string Unneutralise(std::string text) {
  if (text.size() >= 2 && text[0] == '\'' &&
      (text[1] == '=' || text[1] == '+' || text[1] == '-' || text[1] == '@' || text[1] == '\t' ||
       text[1] == '\r')) {
    text.erase(0, 1);
  }
  return text;
}

// One record of the file: its cells with where each begins.
struct RawCell {
  std::string text;
  size_t line, column;
};

// Splits the text into records by `separator` (RFC 4180 quotes; line ends
// CRLF, LF or CR), each with its first line and raw text. Stops at an
// unterminated quote, reporting it.
struct RawRecord {
  size_t line;
  std::string text;
  std::vector<RawCell> cells;
};

std::vector<RawRecord> SplitRecords(std::string_view text, size_t offset, char separator,
                                    const std::string& file, std::vector<Diagnostic>* diagnostics) {
  std::vector<RawRecord> records;
  size_t line = 1, line_start = 0;  // of position i
  size_t i = offset;
  while (i < text.size()) {
    RawRecord record;
    record.line = line;
    size_t record_start = i;
    bool end_of_record = false;
    while (!end_of_record) {
      RawCell cell{"", line, i - line_start + 1};
      if (i < text.size() && text[i] == '"') {
        size_t quote_line = line, quote_column = i - line_start + 1;
        ++i;
        bool closed = false;
        while (i < text.size()) {
          char c = text[i];
          if (c == '"') {
            if (i + 1 < text.size() && text[i + 1] == '"') {
              cell.text += '"';
              i += 2;
              continue;
            }
            ++i;
            closed = true;
            break;
          }
          if (c == '\n' || (c == '\r' && (i + 1 >= text.size() || text[i + 1] != '\n'))) {
            ++line;
            line_start = i + 1;
          }
          cell.text += c;
          ++i;
        }
        if (!closed) {
          diagnostics->push_back(At(file, quote_line, quote_column,
                                    "this quote is never closed; a quoted cell ends with \" before "
                                    "the next separator"));
          return records;
        }
      }
      // Unquoted text, or what follows a closing quote up to the separator.
      while (i < text.size() && text[i] != separator && text[i] != '\n' && text[i] != '\r') {
        cell.text += text[i++];
      }
      record.cells.push_back(std::move(cell));
      if (i < text.size() && text[i] == separator) {
        ++i;
        continue;
      }
      size_t record_end = i;
      if (i < text.size() && text[i] == '\r') ++i;
      if (i < text.size() && text[i] == '\n' && (i == record_end || text[i - 1] == '\r')) ++i;
      if (i > record_end) {
        ++line;
        line_start = i;
      }
      record.text = std::string(text.substr(record_start, record_end - record_start));
      end_of_record = true;
    }
    records.push_back(std::move(record));
  }
  return records;
}

// The header line's separator: the one of `,` `;` TAB it has most of,
// outside quotes (`,` on a tie).
char SniffSeparator(std::string_view text, size_t offset) {
  size_t counts[3] = {0, 0, 0};
  bool quoted = false;
  for (size_t i = offset; i < text.size(); ++i) {
    char c = text[i];
    if (c == '"') quoted = !quoted;
    if (quoted) continue;
    if (c == '\n' || c == '\r') break;
    if (c == ',') ++counts[0];
    if (c == ';') ++counts[1];
    if (c == '\t') ++counts[2];
  }
  if (counts[1] > counts[0] && counts[1] >= counts[2]) return ';';
  if (counts[2] > counts[0] && counts[2] > counts[1]) return '\t';
  return ',';
}

bool AllDigits(std::string_view text) {
  return !text.empty() &&
         std::all_of(text.begin(), text.end(), [](unsigned char c) { return std::isdigit(c); });
}

int ToInt(std::string_view digits) {
  int n = 0;
  for (char c : digits) n = n * 10 + (c - '0');
  return n;
}

// Hyphens a spreadsheet or a person may write (U+2010, U+2011, U+2012,
// U+2212) to '-', and em dashes to the en dash of ranges.
std::string NormaliseDashes(std::string_view text) {
  std::string out;
  for (size_t i = 0; i < text.size(); ++i) {
    if (i + 2 < text.size() && static_cast<unsigned char>(text[i]) == 0xE2) {
      unsigned char b1 = static_cast<unsigned char>(text[i + 1]), b2 = static_cast<unsigned char>(text[i + 2]);
      if (b1 == 0x80 && (b2 == 0x90 || b2 == 0x91 || b2 == 0x92)) {
        out += '-';
        i += 2;
        continue;
      }
      if ((b1 == 0x88 && b2 == 0x92)) {
        out += '-';
        i += 2;
        continue;
      }
      if (b1 == 0x80 && b2 == 0x94) {
        out += kEnDash;
        i += 2;
        continue;
      }
    }
    out += text[i];
  }
  return out;
}

// A numeric date's three parts, time of day dropped: "23/01/2026 00:00".
struct NumericDate {
  std::string a, b, c;
};

std::optional<NumericDate> SplitNumericDate(std::string_view text) {
  text = Trim(text);
  size_t space = text.find_first_of(" T");
  if (space != std::string_view::npos) {
    std::string_view time = Trim(text.substr(space + 1));
    bool is_time = !time.empty() && std::all_of(time.begin(), time.end(), [](unsigned char c) {
      return std::isdigit(c) || c == ':' || c == '.';
    });
    if (!is_time) return std::nullopt;
    text = text.substr(0, space);
  }
  size_t first = text.find_first_of("/.-");
  if (first == std::string_view::npos) return std::nullopt;
  char separator = text[first];
  size_t second = text.find(separator, first + 1);
  if (second == std::string_view::npos || text.find(separator, second + 1) != std::string_view::npos) {
    return std::nullopt;
  }
  NumericDate parts{std::string(text.substr(0, first)), std::string(text.substr(first + 1, second - first - 1)),
                    std::string(text.substr(second + 1))};
  if (!AllDigits(parts.a) || !AllDigits(parts.b) || !AllDigits(parts.c)) return std::nullopt;
  return parts;
}

// What a day-month-year date says of the order, when it can be read one way
// only (23/01/2026: day first); nullopt for year-first and ambiguous ones.
std::optional<DateOrder> OrderEvidence(std::string_view text) {
  std::optional<NumericDate> parts = SplitNumericDate(text);
  if (!parts || parts->a.size() == 4 || parts->a.size() > 2 || parts->b.size() > 2) return std::nullopt;
  int a = ToInt(parts->a), b = ToInt(parts->b);
  if (a > 12 && b >= 1 && b <= 12) return DateOrder::kDayFirst;
  if (b > 12 && a >= 1 && a <= 12) return DateOrder::kMonthFirst;
  return std::nullopt;
}

std::string Quoted(std::string_view text) { return "\"" + std::string(text) + "\""; }

}  // namespace

std::string_view SheetColumnName(SheetColumn column) { return kNames[static_cast<size_t>(column)]; }

std::optional<DateOrder> ParseDateOrder(std::string_view text) {
  if (text == "dmy") return DateOrder::kDayFirst;
  if (text == "mdy") return DateOrder::kMonthFirst;
  return std::nullopt;
}

Sheet ReadSheet(std::string_view text, const std::string& file, std::vector<Diagnostic>* diagnostics) {
  Sheet sheet;
  size_t offset = StartsWith(text, "\xEF\xBB\xBF") ? 3 : 0;
  sheet.separator = SniffSeparator(text, offset);
  size_t before = diagnostics->size();
  std::vector<RawRecord> records = SplitRecords(text, offset, sheet.separator, file, diagnostics);
  if (diagnostics->size() != before) return sheet;
  if (records.empty()) {
    diagnostics->push_back(At(file, 1, 1, "empty file; a spreadsheet of events starts with the "
                                          "header row that `timeline export --format csv` writes"));
    return sheet;
  }
  // Header: which cell of a row holds which column.
  const RawRecord& header = records[0];
  std::array<std::optional<size_t>, kSheetColumns> index;
  for (size_t i = 0; i < header.cells.size(); ++i) {
    std::string name = std::string(Trim(header.cells[i].text));
    std::transform(name.begin(), name.end(), name.begin(), [](unsigned char c) { return std::tolower(c); });
    auto known = std::find(kNames.begin(), kNames.end(), name);
    if (known != kNames.end()) {
      auto& slot = index[static_cast<size_t>(known - kNames.begin())];
      if (slot) {
        diagnostics->push_back(At(file, header.line, header.cells[i].column,
                                  "column \"" + name + "\" appears twice; which one holds the values?"));
      }
      slot = i;
    } else if (!name.empty() && std::find(kReadOnly.begin(), kReadOnly.end(), name) == kReadOnly.end()) {
      sheet.unknown_columns.push_back(name);
    }
  }
  if (!index[static_cast<size_t>(SheetColumn::kId)]) {
    diagnostics->push_back(
        At(file, header.line, 1,
           "no \"id\" column in the header; a spreadsheet loads back only with the header row that "
           "`timeline export --format csv` writes (the separator read from it: '" +
               std::string(1, sheet.separator == '\t' ? ' ' : sheet.separator) + "')"));
    return sheet;
  }
  for (size_t r = 1; r < records.size(); ++r) {
    const RawRecord& record = records[r];
    bool blank = std::all_of(record.cells.begin(), record.cells.end(),
                             [](const RawCell& c) { return Trim(c.text).empty(); });
    if (blank) continue;
    if (record.cells.size() != header.cells.size()) {
      diagnostics->push_back(At(file, record.line, 1,
                                "this row has " + std::to_string(record.cells.size()) +
                                    " cells and the header " + std::to_string(header.cells.size()) +
                                    "; a cell with the separator '" + std::string(1, sheet.separator) +
                                    "' in it must be in double quotes"));
      continue;
    }
    SheetRow row;
    row.line = record.line;
    row.text = record.text;
    for (size_t c = 0; c < kSheetColumns; ++c) {
      if (!index[c]) continue;
      const RawCell& raw = record.cells[*index[c]];
      row.cells[c] = SheetCell{Unneutralise(std::string(Trim(raw.text))), raw.line, raw.column};
    }
    sheet.rows.push_back(std::move(row));
  }
  return sheet;
}

DateOrder SheetDateOrder(const Sheet& sheet, DateOrder given, const std::string& file,
                         std::vector<Diagnostic>* diagnostics) {
  const SheetCell* day_first = nullptr;
  const SheetCell* month_first = nullptr;
  for (const SheetRow& row : sheet.rows) {
    for (SheetColumn column : {SheetColumn::kStart, SheetColumn::kEnd, SheetColumn::kDateLabel}) {
      const SheetCell* cell = row.Cell(column);
      if (!cell) continue;
      std::optional<DateOrder> says = OrderEvidence(cell->text);
      if (says == DateOrder::kDayFirst && !day_first) day_first = cell;
      if (says == DateOrder::kMonthFirst && !month_first) month_first = cell;
    }
  }
  if (given != DateOrder::kUnknown) return given;  // cells that contradict it fail where read
  if (day_first && month_first) {
    const SheetCell* later = day_first->line > month_first->line ? day_first : month_first;
    const SheetCell* earlier = later == day_first ? month_first : day_first;
    diagnostics->push_back(At(
        file, *later,
        Quoted(later->text) + (later == day_first ? " puts the day first" : " puts the month first") +
            ", but " + Quoted(earlier->text) + " on line " + std::to_string(earlier->line) +
            (later == day_first ? " puts the month first" : " puts the day first") +
            "; write dates as YYYY-MM-DD, or give --date-order dmy or mdy"));
    return DateOrder::kUnknown;
  }
  if (day_first) return DateOrder::kDayFirst;
  if (month_first) return DateOrder::kMonthFirst;
  return DateOrder::kUnknown;
}

std::optional<date::sys_days> ParseSheetDay(std::string_view text, DateOrder order, std::string* error) {
  std::string normal = NormaliseDashes(Trim(text));
  if (!normal.empty() && normal[0] == '\'') normal.erase(0, 1);  // forced text
  std::optional<NumericDate> parts = SplitNumericDate(normal);
  const std::string forms = "write YYYY-MM-DD (or the day as the spreadsheet shows it, e.g. 23/01/2026)";
  if (!parts) {
    *error = Quoted(text) + " is not a date; " + forms;
    return std::nullopt;
  }
  int year, month, day;
  if (parts->a.size() == 4) {  // year first: 2026-01-23, 2026/01/23
    year = ToInt(parts->a);
    month = ToInt(parts->b);
    day = ToInt(parts->c);
  } else {
    if (parts->a.size() > 2 || parts->b.size() > 2 || (parts->c.size() != 2 && parts->c.size() != 4)) {
      *error = Quoted(text) + " is not a date; " + forms;
      return std::nullopt;
    }
    int a = ToInt(parts->a), b = ToInt(parts->b);
    year = ToInt(parts->c);
    if (parts->c.size() == 2) year += year >= 30 ? 1900 : 2000;
    DateOrder reading = order;
    if (a > 12 && b <= 12) {
      if (order == DateOrder::kMonthFirst) {
        *error = Quoted(text) + ": " + std::to_string(a) +
                 " is no month, but the dates are read month first (--date-order mdy, or the "
                 "sheet's other dates)";
        return std::nullopt;
      }
      reading = DateOrder::kDayFirst;
    } else if (b > 12 && a <= 12) {
      if (order == DateOrder::kDayFirst) {
        *error = Quoted(text) + ": " + std::to_string(b) +
                 " is no month, but the dates are read day first (--date-order dmy, or the "
                 "sheet's other dates)";
        return std::nullopt;
      }
      reading = DateOrder::kMonthFirst;
    } else if (a == b) {
      reading = DateOrder::kDayFirst;  // either way the same
    }
    if (reading == DateOrder::kUnknown) {
      *error = Quoted(text) + " is ambiguous: day " + std::to_string(a) + " of month " +
               std::to_string(b) + ", or day " + std::to_string(b) + " of month " + std::to_string(a) +
               "? Give --date-order dmy or mdy (how the spreadsheet wrote its dates)";
      return std::nullopt;
    }
    day = reading == DateOrder::kDayFirst ? a : b;
    month = reading == DateOrder::kDayFirst ? b : a;
  }
  date::year_month_day ymd{date::year{year}, date::month(static_cast<unsigned>(month)),
                           date::day(static_cast<unsigned>(day))};
  if (month < 1 || month > 12 || !ymd.ok()) {
    *error = Quoted(text) + " is not a calendar day (day " + std::to_string(day) + ", month " +
             std::to_string(month) + ", year " + std::to_string(year) + ")";
    return std::nullopt;
  }
  return date::sys_days(ymd);
}

std::optional<DateSpan> ParseSheetDateLabel(std::string_view text, DateOrder order, std::string* error) {
  std::string label = NormaliseDashes(Trim(text));
  if (!label.empty() && label[0] == '\'') label.erase(0, 1);
  const std::string forms =
      "write it as the export does (2026-01-23, 2026-05-08–09, 2026-W04, 2025-12, 2024-Q3, 2017, "
      "2021–2025)";
  size_t dash = label.find(kEnDash);
  if (dash != std::string::npos) {
    std::string first = std::string(Trim(label.substr(0, dash)));
    std::string last = std::string(Trim(label.substr(dash + kEnDash.size())));
    if (first.size() == 4 && last.size() == 4 && AllDigits(first) && AllDigits(last)) {
      DateSpan span = YearsSpan(date::year{ToInt(first)}, date::year{ToInt(last)});
      if (!CheckSpan(span, error)) return std::nullopt;
      return span;
    }
    std::optional<date::sys_days> start = ParseSheetDay(first, order, error);
    if (!start) return std::nullopt;
    std::optional<date::sys_days> end;
    if (last.size() <= 2 && AllDigits(last)) {  // 2026-05-08–09: the same month
      date::year_month_day ymd(*start);
      date::year_month_day last_day{ymd.year(), ymd.month(), date::day(static_cast<unsigned>(ToInt(last)))};
      if (last_day.ok()) end = date::sys_days(last_day);
    } else {
      end = ParseSheetDay(last, order, error);
      if (!end) return std::nullopt;
    }
    if (!end) {
      *error = Quoted(text) + " is not a span of days; " + forms;
      return std::nullopt;
    }
    DateSpan span = DaysSpan(*start, *end);
    if (!CheckSpan(span, error)) return std::nullopt;
    return span;
  }
  if (label.size() == 7 && label[4] == '-' && (label[5] == 'Q' || label[5] == 'q') &&
      AllDigits(label.substr(0, 4)) && label[6] >= '1' && label[6] <= '4') {
    return QuarterSpan(date::year{ToInt(label.substr(0, 4))}, static_cast<unsigned>(label[6] - '0'));
  }
  // A year a spreadsheet wrote as a number with a thousands separator.
  if (label.size() >= 5 && std::isdigit(static_cast<unsigned char>(label[0]))) {
    std::string digits;
    for (char c : label) {
      if (std::isdigit(static_cast<unsigned char>(c))) digits += c;
    }
    std::string_view separator = std::string_view(label).substr(1, label.size() - 4);
    if (digits.size() == 4 && label.substr(label.size() - 3) == digits.substr(1) &&
        (separator == "." || separator == "," || separator == " " || separator == "\xC2\xA0" ||
         separator == "\xE2\x80\xAF" || separator == "'")) {
      label = digits;
    }
  }
  std::string query_error;
  if (std::optional<DateSpan> span = ParseQueryDate(label, &query_error)) return span;
  if (label.size() == 4 && AllDigits(label)) {
    *error = query_error;
    return std::nullopt;
  }
  std::string day_error;
  if (std::optional<date::sys_days> day = ParseSheetDay(label, order, &day_error)) return DaySpan(*day);
  *error = SplitNumericDate(label) ? day_error
                                   : (label.size() >= 7 && label[4] == '-' ? query_error
                                                                            : Quoted(text) + " is not a date; " + forms);
  return std::nullopt;
}

namespace {

// Reads one row's cells into an event; each problem names its cell.
class RowReader {
 public:
  RowReader(const SheetRow& row, DateOrder order, const std::string& file,
            std::vector<Diagnostic>* diagnostics)
      : row_(row), order_(order), file_(file), out_(diagnostics) {}

  void Fail(const SheetCell& cell, const std::string& message) { out_->push_back(At(file_, cell, message)); }
  size_t count() const { return out_->size(); }

  const SheetCell* Cell(SheetColumn column) const { return row_.Cell(column); }

  // A vocabulary word into *field with the fact files' message when unknown
  // (fact_rules::SetWord: the empty word keeps the default).
  template <typename T>
  void Word(SheetColumn column, const char* what, std::optional<T> (*parse)(std::string_view),
            std::string_view words, T* field) {
    const SheetCell* cell = Cell(column);
    if (!cell) return;
    if (!fact_rules::SetWord(cell->text, parse, field)) {
      Fail(*cell, std::string(SheetColumnName(column)) + ": unknown " + what + " \"" + cell->text +
                      "\"; use one of " + std::string(words));
    }
  }

  std::optional<date::sys_days> Day(const SheetCell& cell) {
    std::string error;
    std::optional<date::sys_days> day = ParseSheetDay(cell.text, order_, &error);
    if (!day) Fail(cell, std::string(SheetColumnName(column_of(cell))) + ": " + error);
    return day;
  }

  // The span start, end and precision say; nullopt when they are bad.
  std::optional<DateSpan> SpanOfColumns(const DateSpan& stored) {
    const SheetCell* start = Cell(SheetColumn::kStart);
    const SheetCell* end = Cell(SheetColumn::kEnd);
    const SheetCell* precision = Cell(SheetColumn::kPrecision);
    size_t before = count();
    DateSpan span;
    span.start = stored.start;
    span.end = stored.end;
    span.precision = stored.precision;
    if (start) span.start = start->text.empty() ? std::nullopt : Day(*start);
    if (end) span.end = end->text.empty() ? std::nullopt : Day(*end);
    if (count() != before) return std::nullopt;
    if (span.start && !span.end) span.end = span.start;  // one day
    if (span.end && !span.start) {
      Fail(*end, "end: a date with no start; give the start too (the same day for one day)");
      return std::nullopt;
    }
    if (precision) {
      if (precision->text.empty()) {
        span.precision = span.start ? DatePrecision::kDay : DatePrecision::kUnknown;
      } else if (!fact_rules::SetWord(precision->text, ParseDatePrecision, &span.precision)) {
        Fail(*precision, "precision: unknown precision \"" + precision->text + "\"; use one of " +
                             std::string(DatePrecisionWords()));
        return std::nullopt;
      }
    }
    std::string error;
    if (!CheckSpan(span, &error)) {
      const SheetCell* at = precision ? precision : (start ? start : end);
      if (at) Fail(*at, "date: " + error);
      return std::nullopt;
    }
    return span;
  }

  SheetColumn column_of(const SheetCell& cell) const {
    for (size_t c = 0; c < kSheetColumns; ++c) {
      if (row_.cells[c] && &*row_.cells[c] == &cell) return static_cast<SheetColumn>(c);
    }
    return SheetColumn::kId;
  }

  DateOrder order() const { return order_; }

 private:
  const SheetRow& row_;
  DateOrder order_;
  const std::string& file_;
  std::vector<Diagnostic>* out_;
};

bool SameSpan(const DateSpan& a, const DateSpan& b) {
  return a.start == b.start && a.end == b.end && a.precision == b.precision;
}

std::vector<std::string> SplitList(std::string_view text) {
  std::vector<std::string> items;
  if (Trim(text).empty()) return items;
  for (const std::string& item : Split(text, ';')) items.emplace_back(Trim(item));
  return items;
}

std::string OneLine(std::string text) {
  for (char& c : text) {
    if (c == '\r' || c == '\n' || c == '\t') c = ' ';
  }
  return std::string(Trim(text));
}

}  // namespace

std::optional<Event> ApplyRow(const SheetRow& row, const Event* stored, DateOrder order,
                              const std::string& file, std::vector<Diagnostic>* diagnostics) {
  RowReader read(row, order, file, diagnostics);
  size_t before = read.count();
  Event event = stored ? *stored : Event{};
  if (!stored) {
    // A new event needs what a fact file's event needs of these columns.
    const SheetCell* type = read.Cell(SheetColumn::kType);
    if (!type || type->text.empty()) {
      const SheetCell* at = type ? type : read.Cell(SheetColumn::kId);
      read.Fail(*at, "type: a row without an id adds an event, which needs a type; use one of " +
                         std::string(EventTypeWords()));
    }
  }
  if (const SheetCell* type = read.Cell(SheetColumn::kType); type && type->text.empty() && stored) {
    read.Fail(*type, "type: empty; an event keeps a type (one of " + std::string(EventTypeWords()) + ")");
  } else {
    read.Word(SheetColumn::kType, "type", ParseEventType, EventTypeWords(), &event.type);
  }
  if (const SheetCell* title = read.Cell(SheetColumn::kTitle)) event.title = OneLine(title->text);
  if (read.Cell(SheetColumn::kFactuality)) {
    event.factuality = Factuality::kAsserted;  // an emptied cell: the default, as in fact files
    read.Word(SheetColumn::kFactuality, "factuality", ParseFactuality, FactualityWords(),
              &event.factuality);
  }

  // The date: start, end and precision; date_label only where start and
  // end are empty (a new row, or cells cleared for the label). A label
  // beside dates is left alone: after a person changes start and end, the
  // label still shows the old date, and reading it would undo the change
  // on the next load.
  DateSpan old_date = stored ? stored->date : DateSpan{};
  const SheetCell* start = read.Cell(SheetColumn::kStart);
  const SheetCell* end = read.Cell(SheetColumn::kEnd);
  const SheetCell* label = read.Cell(SheetColumn::kDateLabel);
  bool dated_cells = (start && !start->text.empty()) || (end && !end->text.empty());
  if (label && !label->text.empty() && !dated_cells) {
    if (NormaliseDashes(label->text) != DateLabel(old_date)) {
      std::string error;
      if (std::optional<DateSpan> span = ParseSheetDateLabel(label->text, order, &error)) {
        if (!SameSpan(*span, old_date)) event.date = *span;  // a new date: the source's words were for the old one
      } else {
        read.Fail(*label, "date_label: " + error);
      }
    }
  } else if (start || end || read.Cell(SheetColumn::kPrecision)) {
    std::optional<DateSpan> span = read.SpanOfColumns(old_date);
    if (span && !SameSpan(*span, old_date)) event.date = *span;
  }

  // Actors: ids in order, with roles and (for an actor of the sheet's own)
  // names at the same places.
  const SheetCell* ids = read.Cell(SheetColumn::kActorIds);
  const SheetCell* roles = read.Cell(SheetColumn::kRoles);
  const SheetCell* names = read.Cell(SheetColumn::kActorNames);
  if (ids || roles) {
    std::vector<std::string> id_list;
    if (ids) {
      id_list = SplitList(ids->text);
    } else {
      for (const ActorRef& actor : event.actors) id_list.push_back(actor.id);
    }
    std::vector<std::string> role_list = roles ? SplitList(roles->text) : std::vector<std::string>{};
    std::vector<std::string> name_list = names ? SplitList(names->text) : std::vector<std::string>{};
    if (!role_list.empty() && role_list.size() != id_list.size()) {
      read.Fail(*roles, "roles: " + std::to_string(role_list.size()) + " roles for " +
                            std::to_string(id_list.size()) +
                            " actors; give one role per actor id, in the same order, separated by ;");
    } else {
      std::vector<ActorRef> actors;
      for (size_t i = 0; i < id_list.size(); ++i) {
        ActorRef actor;
        actor.id = id_list[i];
        auto kept = std::find_if(event.actors.begin(), event.actors.end(),
                                 [&](const ActorRef& a) { return a.id == actor.id; });
        if (kept != event.actors.end()) actor = *kept;  // its name and country as stored
        if (!fact_rules::UsableActorId(actor.id)) {
          read.Fail(*ids, "actor_ids: an empty id between separators");
          continue;
        }
        if (kept == event.actors.end() && name_list.size() == id_list.size()) actor.name = name_list[i];
        if (!role_list.empty()) {
          if (!fact_rules::SetWord(role_list[i], ParseActorRole, &actor.role)) {
            read.Fail(*roles, "roles: unknown role \"" + role_list[i] + "\"; use one of " +
                                  std::string(ActorRoleWords()));
          }
        } else if (kept == event.actors.end()) {
          actor.role = ActorRole::kParticipant;
        }
        actors.push_back(std::move(actor));
      }
      event.actors = std::move(actors);
    }
  }

  if (const SheetCell* place = read.Cell(SheetColumn::kPlace)) {
    if (place->text.empty()) {
      event.place.reset();
    } else if (!event.place || event.place->name != place->text) {
      event.place = Place{place->text, event.place ? event.place->country : ""};
    }
  }
  if (const SheetCell* country = read.Cell(SheetColumn::kPlaceCountry)) {
    if (!country->text.empty() && !event.place) {
      read.Fail(*country, "place_country: a country with no place; give the place too");
    } else if (event.place) {
      event.place->country = country->text;
    }
  }
  if (read.count() != before) return std::nullopt;
  return event;
}

bool SameSheetFields(const Event& a, const Event& b) {
  if (a.type != b.type || a.title != b.title || !(a.date == b.date) || a.factuality != b.factuality) {
    return false;
  }
  if (a.place.has_value() != b.place.has_value()) return false;
  if (a.place && (a.place->name != b.place->name || a.place->country != b.place->country)) return false;
  if (a.actors.size() != b.actors.size()) return false;
  for (size_t i = 0; i < a.actors.size(); ++i) {
    const ActorRef &x = a.actors[i], &y = b.actors[i];
    if (x.id != y.id || x.role != y.role || x.name != y.name || x.country != y.country) return false;
  }
  return true;
}

}  // namespace timeline

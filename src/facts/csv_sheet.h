#pragma once
// A CSV that `timeline export --format csv` wrote and a person edited in a
// spreadsheet, read back (formats.md, "Spreadsheets (.csv)"): cells found by
// their header's name, each with its line and column for messages, and the
// event a row makes of the stored one. What spreadsheets do to CSV is undone
// here: a byte order mark or none, `,`, `;` or TAB between fields (read from
// the header line), CRLF, LF or CR, quotes, the apostrophe that neutralised a
// formula-like cell, dates rewritten in the locale's order (23/01/2026,
// 1/23/2026, 01/23/26), years with a thousands separator, and the
// non-breaking hyphens of `date_label`. The field rules are the fact
// files' (model/types.h, CheckSpan); the store and registry checks are the
// loader's.

#include <array>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "model/event.h"
#include "util/diagnostic.h"

namespace timeline {

// The columns a row updates an event from. Every other column (category,
// the source's and the evidence's, and columns other exports add) is
// read-only: derived from the event or its article, never read back.
enum class SheetColumn {
  kId, kStart, kEnd, kPrecision, kDateLabel, kType, kTitle, kActorNames, kActorIds, kRoles,
  kPlace, kPlaceCountry, kFactuality
};
inline constexpr size_t kSheetColumns = 13;

// The header name of a column: "id", "start", ... as the export writes it.
std::string_view SheetColumnName(SheetColumn column);

// How numeric dates put day and month: the reader's --date-order.
enum class DateOrder { kUnknown, kDayFirst, kMonthFirst };
std::optional<DateOrder> ParseDateOrder(std::string_view text);  // "dmy", "mdy"

struct SheetCell {
  std::string text;   // unquoted, trimmed, without a neutralising apostrophe
  size_t line = 0;    // 1-based, of the cell's first byte
  size_t column = 0;  // 1-based, in bytes
};

struct SheetRow {
  size_t line = 0;   // the row's first line
  std::string text;  // the row as the file has it, without its line end
  std::array<std::optional<SheetCell>, kSheetColumns> cells;  // unset: no such column
  const SheetCell* Cell(SheetColumn column) const {
    const auto& cell = cells[static_cast<size_t>(column)];
    return cell ? &*cell : nullptr;
  }
};

struct Sheet {
  char separator = ',';
  std::vector<SheetRow> rows;  // rows with every cell empty are left out
  // Columns the file has that no export of this version writes (a person's
  // own "notes", a misspelt "titel"): read by nobody, named in a warning.
  std::vector<std::string> unknown_columns;
};

// Reads the CSV text. Problems (no `id` column, a column twice, an
// unterminated quote, a row with more or fewer cells than the header) are
// appended to *diagnostics with file:line:column.
Sheet ReadSheet(std::string_view text, const std::string& file, std::vector<Diagnostic>* diagnostics);

// The order of day and month in the sheet's numeric dates: `given` (from
// --date-order) when known, else what its dates that can be read one way
// only say (a spreadsheet writes every date in one format: 23/01/2026 says
// day first, 01/23/26 month first). Dates that say both, or that contradict
// `given`, are diagnostics. kUnknown when nothing says: an ambiguous date is
// then an error where it is read.
DateOrder SheetDateOrder(const Sheet& sheet, DateOrder given, const std::string& file,
                         std::vector<Diagnostic>* diagnostics);

// A day as a spreadsheet may write it: 2026-01-23, 23/01/2026, 1/23/2026,
// 23.01.2026, 01/23/26 (two-digit years 30-99 are 19xx, 00-29 20xx, as
// LibreOffice reads them), with or without a time of day after it. Sets
// *error and returns nullopt when it is none, or when day and month could
// swap and `order` is kUnknown.
std::optional<date::sys_days> ParseSheetDay(std::string_view text, DateOrder order, std::string* error);

// A date_label back into its span: the export's forms (2026-01-23,
// 2026-05-08–09, 2026-W04, 2025-12, 2024-Q3, 2017, 2021–2025) with plain or
// non-breaking hyphens, a day as ParseSheetDay reads it, a year with a
// thousands separator (2.017).
std::optional<DateSpan> ParseSheetDateLabel(std::string_view text, DateOrder order, std::string* error);

// The event `row` makes: `stored` (the event with the row's id) with the
// row's cells applied, or, for a row without an id (stored == nullptr), a
// new event with no id and no evidence (the loader gives both). A column the
// file lacks leaves its field as stored. The date comes from start, end and
// precision, or, where start and end are empty, from date_label (a label
// beside dates may be stale: it is not read); a changed date drops the
// source's words for it. Bad cells are appended to *diagnostics at their
// line and column; nullopt then.
std::optional<Event> ApplyRow(const SheetRow& row, const Event* stored, DateOrder order,
                              const std::string& file, std::vector<Diagnostic>* diagnostics);

// Whether two events say the same in every field a sheet can change.
bool SameSheetFields(const Event& a, const Event& b);

}  // namespace timeline

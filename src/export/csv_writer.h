#pragma once
// CSV for spreadsheets (RFC 4180): CRLF rows, a header row, fields quoted when
// they hold a comma, semicolon, TAB, quote, CR or LF (LibreOffice's import
// splits on `,`, `;` and TAB by default), quotes doubled. Comma-separated,
// or semicolon-separated for Excel in locales whose decimal mark is a comma
// (CsvDialect::kExcelId). UTF-8 with a byte order mark by default so Excel
// reads the encoding right. A cell that a spreadsheet would run as a formula
// (=, +, -, @, TAB or CR first, and not a plain number) gets a leading
// apostrophe, in every column. `date_label` is written so that no
// spreadsheet takes it for a date (SpreadsheetDateLabel).

#include <optional>
#include <ostream>
#include <string>
#include <string_view>

#include "export/source_paths.h"
#include "model/date_span.h"
#include "model/event.h"

namespace timeline {

class Registry;

// The field separator: `,` (RFC 4180), or `;` as Excel expects it where the
// decimal mark is a comma (Indonesian, most of Europe). Both write a BOM and
// CRLF row ends (docs/exports.md).
enum class CsvDialect { kDefault, kExcelId };

struct CsvOptions {
  bool bom = true;  // false for programs that do not expect one
  // Where source_path counts from (source_paths.h); without them, the
  // article's file name.
  SourceFolders sources;
  // actor_names in one language for the whole file, so that a spreadsheet's
  // filters and pivots see one name per actor: a registry actor's display
  // name in `language`, a fact file's own actor by the name the file gives.
  // Without a registry, the names as the fact files wrote them.
  const Registry* registry = nullptr;
  Language language = Language::kEnglish;
  CsvDialect dialect = CsvDialect::kDefault;
};

// DateLabel with U+2011 NON-BREAKING HYPHEN for each hyphen ("2025‑12",
// "2026‑W04", "2026‑01‑23"): it looks the same, and no spreadsheet reads it
// as a date ("2025-12" becomes 1 December 2025 in Excel). Years stay
// digits ("2017", a number in a spreadsheet, written back as it is); ranges
// keep their en dash. The CSV reader takes either hyphen back.
std::string SpreadsheetDateLabel(const DateSpan& span);

// The name of `actor` in `language` (CsvOptions): the registry's display
// name, else the fact file's, else the id.
std::string_view ActorDisplayName(const ActorRef& actor, const Registry* registry, Language language);

class CsvWriter {
 public:
  // Writes the BOM (if asked) and the header row at once.
  CsvWriter(std::ostream& out, CsvOptions options);
  void Write(const EventRecord& record);
  void Finish();
  size_t rows() const { return rows_; }

 private:
  std::ostream& out_;
  SourceNamer sources_;
  const Registry* registry_;
  Language language_;
  char separator_;
  size_t rows_ = 0;
  std::string row_;      // the row being built, reused
  std::string scratch_;  // a joined actors or source titles cell, or the date label, reused
};

// The column names, in order.
extern const char* const kCsvColumns[];
extern const size_t kCsvColumnCount;

// One cell as written: neutralised, then quoted when needed.
std::string CsvCell(std::string_view value);
void AppendCsvCell(std::string_view value, std::string* out);

// The field separator of a dialect.
char CsvSeparator(CsvDialect dialect);
// "default", "excel-id"; ParseCsvDialect is its inverse.
std::string_view ToString(CsvDialect dialect);
std::optional<CsvDialect> ParseCsvDialect(std::string_view text);

}  // namespace timeline

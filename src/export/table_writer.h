#pragma once
// The terminal table of `timeline query`: one line per event, fitted to a
// width in display columns (never splitting a UTF-8 character):
//
//   DATE        TYPE           ACTORS       TITLE                 [SOURCE]          ID
//
// DATE is shown at its own precision (2026-01-23, 2026-W04, 2025-12, 2017,
// 2021–2025). TYPE carries the factuality of events that are not asserted: a
// trailing "?" for possible, a leading "not " for negated. TITLE takes the
// width the others leave; SOURCE shows from 120 columns on. IDs are never
// shortened (they are what `timeline show` takes).

#include <cstdio>
#include <ostream>
#include <string>

#include "model/event.h"

namespace timeline {

struct TableOptions {
  size_t width = 100;
};

class TableWriter {
 public:
  TableWriter(std::ostream& out, TableOptions options);
  void Write(const EventRecord& record);  // the header goes before the first row
  void Finish();
  size_t rows() const { return rows_; }

 private:
  void Row(const std::string& date, const std::string& type, const std::string& actors,
           const std::string& title, const std::string& source, const std::string& id);
  std::ostream& out_;
  TableOptions options_;
  size_t rows_ = 0;
};

// Columns of `stream` when it is a terminal, else $COLUMNS, else 100.
size_t TerminalWidth(std::FILE* stream);

}  // namespace timeline

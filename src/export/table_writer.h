#pragma once
// The terminal table of `timeline query`: one line per event, fitted to a
// width in display columns (never splitting a UTF-8 character):
//
//   DATE        TYPE           ACTORS       TITLE                 SOURCE          ID
//
// DATE is shown at its own precision (2026-01-23, 2026-W04, 2025-12, 2017,
// 2021–2025). TYPE carries the factuality of events that are not asserted: a
// trailing "?" for possible, a leading "not " for negated. ACTORS are display
// names in one language (ActorsCell). Which columns show and how wide they
// are depends on the width only (LayoutTable), so every row lines up while
// the table streams. IDs are never shortened (they are what `timeline show`
// takes).

#include <cstddef>
#include <optional>
#include <ostream>
#include <string>
#include <vector>

#include "model/event.h"

namespace timeline {

class Registry;

// Narrower widths are laid out as this one: date, type and title still fit.
inline constexpr size_t kMinTableWidth = 40;
// The layout of a table whose cells are not cut (TableOptions::width unset).
inline constexpr size_t kUncutTableWidth = 160;  // every column shows

// Each column's width in display columns; 0: the column is not shown.
struct TableLayout {
  size_t gap = 2;  // between columns
  size_t date = 0, type = 0, actors = 0, title = 0, source = 0, id = 0;
  // The columns and gaps together.
  size_t total() const;
};

// The columns for a table `width` columns wide (kMinTableWidth at least)
// whose ids are `id_width` wide. DATE, TYPE and TITLE always show; ACTORS,
// then ID, then SOURCE join as the width allows while TITLE keeps room, and
// the width left after DATE, TYPE and ID is shared among TITLE, ACTORS and
// SOURCE. total() <= max(width, kMinTableWidth).
TableLayout LayoutTable(size_t width, size_t id_width);

// The ACTORS cell: each actor's display name in `language` (registry actors;
// others by the name their fact file gave, else the id), in stored order,
// ", " between them. When some actors are targets and the others initiators
// or participants, and the names fit in `width` columns that way (or no
// width is given), the targets come last after " → " ("United States →
// North Korea").
std::string ActorsCell(const std::vector<ActorRef>& actors, const Registry* registry, Language language,
                       std::optional<size_t> width = std::nullopt);

struct TableOptions {
  // The display columns the table fits in (kMinTableWidth at least); unset:
  // nothing is cut, each cell is whole and the columns are laid out as at
  // kUncutTableWidth (a longer cell pushes the rest of its row right).
  std::optional<size_t> width;
  const Registry* registry = nullptr;  // actor names (ActorsCell)
  Language language = Language::kEnglish;
  // At most this many rows; a record past them is not written and sets
  // more() instead (the query asks for one record more to know).
  std::optional<size_t> rows;
};

class TableWriter {
 public:
  TableWriter(std::ostream& out, TableOptions options);
  void Write(const EventRecord& record);  // the header goes before the first row
  void Finish();
  size_t rows() const { return rows_; }
  // Whether a record came past options.rows.
  bool more() const { return more_; }

 private:
  void Line(const std::vector<std::string>& cells);
  std::ostream& out_;
  TableOptions options_;
  TableLayout layout_;
  size_t rows_ = 0;
  bool more_ = false;
};

}  // namespace timeline

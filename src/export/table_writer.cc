#include "export/table_writer.h"

#include <algorithm>

#include "export/csv_writer.h"
#include "model/date_span.h"
#include "util/text.h"

namespace timeline {

namespace {

constexpr size_t kDateWidth = 13;  // "2026-05-08–09"; longer spans show their start
constexpr size_t kMinTitleWidth = 12;
constexpr size_t kMinActorsWidth = 10;
constexpr size_t kMaxActorsWidth = 36;  // beyond it, TITLE makes better use of the room
constexpr size_t kMaxSourceWidth = 50;
// What the flexible columns (TITLE, ACTORS, SOURCE) must have, together, for
// ACTORS, ID and SOURCE to show: each joins only while TITLE keeps room.
constexpr size_t kActorsFrom = 26;
constexpr size_t kIdFrom = 30;
constexpr size_t kSourceFrom = 90;  // so that SOURCE has room for more than the day
constexpr const char* kPublishedSeparator = " ";

// The cell as the table shows it: control characters (a newline in a title)
// become spaces, so that each event stays one line.
std::string OneLine(std::string text) {
  for (char& c : text) {
    if (static_cast<unsigned char>(c) < 0x20 || c == 0x7F) c = ' ';
  }
  return text;
}

// `text` cut to `width` columns when `cut`, then padded to it.
std::string Cell(const std::string& text, size_t width, bool cut) {
  std::string cell = cut ? FitToWidth(text, width) : text;
  size_t used = DisplayWidth(cell);
  return cell + std::string(width > used ? width - used : 0, ' ');
}

// A date label wider than its column shows its start and that it goes on
// ("2025-12-30–…"), rather than a cut in the middle of the end date.
std::string DateCell(const Event& e, size_t width, bool cut) {
  if (!e.date.known()) return "undated";
  std::string label = DateLabel(e.date);
  if (!cut || DisplayWidth(label) <= width) return label;
  return FitToWidth(FormatIsoDay(*e.date.start) + "\xE2\x80\x93\xE2\x80\xA6", width);
}

// The article's title and its publication day, the day at the right of the
// column so that the days line up.
std::string SourceCell(const ArticleInfo& source, size_t width, bool cut) {
  std::string title = OneLine(source.title);
  if (!source.published) return title;
  std::string day = kPublishedSeparator + FormatIsoDay(*source.published);
  size_t day_width = DisplayWidth(day);
  if (!cut) return title + day;
  if (width <= day_width) return FitToWidth(title, width);
  return Cell(title, width - day_width, true) + day;
}

}  // namespace

size_t TableLayout::total() const {
  size_t sum = 0, shown = 0;
  for (size_t w : {date, type, actors, title, source, id}) {
    sum += w;
    shown += w > 0;
  }
  return sum + (shown > 0 ? (shown - 1) * gap : 0);
}

TableLayout LayoutTable(size_t width, size_t id_width) {
  width = std::max(width, kMinTableWidth);
  TableLayout layout;
  layout.gap = width < 60 ? 1 : 2;
  layout.date = kDateWidth;
  // 10: "sanction?", "not drill"; 13: every type but weapon_unveiling, with
  // "?"; 17: all with "?".
  layout.type = width < 60 ? 10 : width < 120 ? 13 : 17;
  size_t fixed = layout.date + layout.type;
  size_t columns = 3;  // date, type, title
  // The width TITLE, ACTORS and SOURCE would share with `more` columns more.
  auto flexible = [&](size_t more, size_t more_fixed) -> long long {
    return static_cast<long long>(width) - static_cast<long long>(fixed + more_fixed) -
           static_cast<long long>((columns + more - 1) * layout.gap);
  };
  bool actors = flexible(1, 0) >= static_cast<long long>(kActorsFrom);
  if (actors) ++columns;
  bool id = flexible(1, id_width) >= static_cast<long long>(kIdFrom);
  if (id) {
    ++columns;
    fixed += id_width;
    layout.id = id_width;
  }
  bool source = actors && flexible(1, 0) >= static_cast<long long>(kSourceFrom);
  if (source) ++columns;
  size_t shared = static_cast<size_t>(flexible(0, 0));
  if (actors) {
    layout.actors = std::clamp<size_t>(shared * (source ? 25 : 40) / 100, kMinActorsWidth, kMaxActorsWidth);
  }
  if (source) layout.source = std::min(shared * 30 / 100, kMaxSourceWidth);
  layout.title = std::max(shared - layout.actors - layout.source, kMinTitleWidth);
  return layout;
}

std::string ActorsCell(const std::vector<ActorRef>& actors, const Registry* registry, Language language,
                       std::optional<size_t> width) {
  size_t targets = 0;
  for (const ActorRef& a : actors) targets += a.role == ActorRole::kTarget;
  auto names = [&](bool arrow) {
    std::string cell;
    for (const ActorRef& a : actors) {
      if (arrow && a.role == ActorRole::kTarget) continue;
      if (!cell.empty()) cell += ", ";
      cell += ActorDisplayName(a, registry, language);
    }
    if (!arrow) return cell;
    bool first = true;
    for (const ActorRef& a : actors) {
      if (a.role != ActorRole::kTarget) continue;
      cell += first ? " \xE2\x86\x92 " : ", ";  // →
      cell += ActorDisplayName(a, registry, language);
      first = false;
    }
    return cell;
  };
  if (targets > 0 && targets < actors.size()) {
    std::string with_roles = names(true);
    if (!width || DisplayWidth(with_roles) <= *width) return OneLine(with_roles);
  }
  return OneLine(names(false));
}

TableWriter::TableWriter(std::ostream& out, TableOptions options) : out_(out), options_(options) {}

void TableWriter::Line(const std::vector<std::string>& cells) {
  const size_t widths[] = {layout_.date, layout_.type, layout_.actors, layout_.title, layout_.source, layout_.id};
  bool cut = options_.width.has_value();
  std::string line;
  for (size_t i = 0; i < cells.size(); ++i) {
    if (widths[i] == 0) continue;
    if (!line.empty()) line += std::string(layout_.gap, ' ');
    // The ID whole, even when long: `timeline show` needs it.
    line += Cell(cells[i], widths[i], cut && i != 5);
  }
  while (!line.empty() && line.back() == ' ') line.pop_back();
  out_ << line << "\n";
}

void TableWriter::Write(const EventRecord& record) {
  if (options_.rows && rows_ >= *options_.rows) {
    more_ = true;
    return;
  }
  const Event& e = record.event;
  if (rows_ == 0) {
    // Laid out for the first id's width: the ids of one database are mostly
    // of one form ("000-e01" in fact files, "<article>-<offset>" extracted).
    layout_ = LayoutTable(options_.width.value_or(kUncutTableWidth), DisplayWidth(e.id));
    Line({"DATE", "TYPE", "ACTORS", "TITLE", "SOURCE", "ID"});
    out_ << std::string(layout_.total(), '-') << "\n";
  }
  bool cut = options_.width.has_value();
  std::string type(ToString(e.type));
  if (e.factuality == Factuality::kPossible) type += "?";
  if (e.factuality == Factuality::kNegated) type = "not " + type;
  std::optional<size_t> actors_width;
  if (cut) actors_width = layout_.actors;
  Line({DateCell(e, layout_.date, cut), type,
        layout_.actors ? ActorsCell(e.actors, options_.registry, options_.language, actors_width) : "",
        OneLine(e.title), layout_.source ? SourceCell(record.source, layout_.source, cut) : "", OneLine(e.id)});
  ++rows_;
}

void TableWriter::Finish() { out_.flush(); }

}  // namespace timeline

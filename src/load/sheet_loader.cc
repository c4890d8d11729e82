#include "load/sheet_loader.h"

#include <filesystem>
#include <map>
#include <set>

#include "facts/csv_sheet.h"
#include "model/date_span.h"
#include "registry/registry.h"
#include "store/digest.h"
#include "util/error.h"
#include "util/hash.h"
#include "util/text.h"

namespace timeline {

namespace fs = std::filesystem;

namespace {

// What an export wrote for an event in the fields a sheet can change. A
// timeline event of several reports (`merged`) is exported under its lead
// report's id with what the reports agree on (docs/design.md, "Merging
// reports"): its date, title, actors, place and factuality, not the lead's
// own. The row is read against that: a row that still says it is
// unchanged; a row that says something else is a person's word on the
// event, stored on the lead report (`stored`, whose evidence it keeps).
Event AsExported(const std::optional<EventRecord>& merged, const Event& stored) {
  if (!merged) return stored;
  const Event& shown = merged->event;
  Event out = stored;
  out.type = shown.type;
  out.title = shown.title;
  out.factuality = shown.factuality;
  out.place = shown.place;
  out.actors = shown.actors;
  // A row's new date has no source words (ApplyRow): neither has this one.
  if (!(shown.date.start == stored.date.start && shown.date.end == stored.date.end &&
        shown.date.precision == stored.date.precision)) {
    out.date = shown.date;
    out.date.text.clear();
  }
  return out;
}

Diagnostic At(const std::string& file, const SheetCell& cell, const std::string& message) {
  Diagnostic d;
  d.file = file;
  d.line = cell.line;
  d.column = cell.column;
  d.message = message;
  return d;
}

// "1.00E+06", "1000000": an id a spreadsheet took for a number.
bool LooksConverted(const std::string& id) {
  return !id.empty() && id.find_first_not_of("0123456789.,E+-") == std::string::npos;
}

// The cell a problem of CheckActorsAndPlace's field is in.
const SheetCell* CellOfField(const SheetRow& row, const std::string& field) {
  if (StartsWith(field, "place")) {
    const SheetCell* country = row.Cell(SheetColumn::kPlaceCountry);
    return country ? country : row.Cell(SheetColumn::kPlace);
  }
  const SheetCell* ids = row.Cell(SheetColumn::kActorIds);
  return ids ? ids : row.Cell(SheetColumn::kId);
}

// What an article's document becomes: the stored one, with edits.
struct Rewrite {
  StoredDocument document;           // as stored (FindStoredDocument)
  std::map<std::string, Event> edits;  // by id: the rows' events
  std::set<std::string> rows;        // ids with a row in the sheet
  std::vector<Event> added;          // the sheet's pseudo-article only
  bool pruning = false;
};

}  // namespace

std::string ManualEventId(const Event& event, size_t occurrence) {
  std::string key = std::string(ToString(event.type)) + '\n' + event.title + '\n' + DateLabel(event.date) +
                    '\n' + std::string(ToString(event.date.precision)) + '\n' +
                    std::string(ToString(event.factuality)) + '\n';
  for (const ActorRef& actor : event.actors) key += actor.id + ':' + std::string(ToString(actor.role)) + ';';
  if (event.place) key += '\n' + event.place->name + '\n' + event.place->country;
  std::string id = "manual-" + Sha256Hex(key).substr(0, 12);
  return occurrence > 1 ? id + "-" + std::to_string(occurrence) : id;
}

std::string ManualArticleCode(const std::string& absolute_path) {
  return ArticleIdOf("timeline manual events\n" + absolute_path);
}

LoadReport LoadSheet(const std::string& file, Store& store, const Registry& registry,
                     const LoadOptions& options) {
  std::string text = ReadFile(file);
  std::vector<Diagnostic> diagnostics;
  if (size_t invalid = FindInvalidUtf8(text); invalid != std::string::npos) {
    Diagnostic d;
    d.file = file;
    LineColumn at = LineColumnAt(text, invalid);
    d.line = at.line;
    d.column = at.column;
    d.message = "invalid UTF-8 at byte " + std::to_string(invalid) +
                "; save the spreadsheet as CSV with the character set UTF-8";
    throw InputError(d.ToString());
  }
  Sheet sheet = ReadSheet(text, file, &diagnostics);
  DateOrder order = SheetDateOrder(sheet, options.date_order, file, &diagnostics);
  if (!diagnostics.empty()) throw InputError(JoinDiagnostics(diagnostics));

  LoadReport report;
  for (const std::string& column : sheet.unknown_columns) {
    report.warnings.push_back(file + ": column \"" + column +
                              "\" is not one timeline reads or writes; its cells are left as they are");
  }
  std::string absolute = fs::absolute(file).lexically_normal().string();
  std::string manual_code = ManualArticleCode(absolute);

  std::map<std::string, Rewrite> rewrites;        // by article code
  std::map<std::string, size_t> row_of_id;        // id -> line, for ids given twice
  std::set<std::string> row_reports;              // reports of the rows' merged events
  std::map<std::string, size_t> manual_seen;      // a new event's id -> rows with it so far
  size_t rows_unchanged = 0;
  auto rewrite_of = [&](const std::string& code) -> Rewrite& {
    auto found = rewrites.find(code);
    if (found != rewrites.end()) return found->second;
    Rewrite rewrite;
    if (std::optional<StoredDocument> stored = store.FindStoredDocument(code)) rewrite.document = std::move(*stored);
    return rewrites.emplace(code, std::move(rewrite)).first->second;
  };
  auto check_parties = [&](const SheetRow& row, const Event& event) {
    CheckActorsAndPlace(event, registry, store, [&](const std::string& field, const std::string& message) {
      const SheetCell* cell = CellOfField(row, field);
      diagnostics.push_back(At(file, *cell, std::string(field.rfind("place", 0) == 0 ? "place_country" : "actor_ids") +
                                                ": " + message));
    });
  };

  for (const SheetRow& row : sheet.rows) {
    const SheetCell& id_cell = *row.Cell(SheetColumn::kId);
    const std::string& id = id_cell.text;
    if (id.empty()) {
      std::optional<Event> event = ApplyRow(row, nullptr, order, file, &diagnostics);
      if (!event) continue;
      check_parties(row, *event);
      event->id = ManualEventId(*event, ++manual_seen[ManualEventId(*event, 1)]);
      if (store.FindEvent(event->id, nullptr)) {  // this row, loaded before
        ++rows_unchanged;
        continue;
      }
      // Evidence: the row itself, as a line of the pseudo-article's text.
      std::string line = fs::path(file).filename().string() + ":" + std::to_string(row.line) + ": " + row.text;
      event->evidence.text = line;
      rewrite_of(manual_code).added.push_back(std::move(*event));
      continue;
    }
    if (auto [earlier, fresh] = row_of_id.emplace(id, row.line); !fresh) {
      diagnostics.push_back(At(file, id_cell,
                               "id: " + id + " has a row on line " + std::to_string(earlier->second) +
                                   " too; one row per event"));
      continue;
    }
    std::optional<EventRecord> stored = store.FindEvent(id, nullptr);
    if (!stored) {
      diagnostics.push_back(At(
          file, id_cell,
          "id: no event has the id \"" + id + "\"" +
              (LooksConverted(id) ? " (did the spreadsheet read the id as a number? import the id "
                                    "column as text)"
                                  : "") +
              "; leave the id empty to add an event, and keep the ids the export wrote"));
      continue;
    }
    std::optional<EventRecord> merged = store.FindMergedEvent(id);
    Event exported = AsExported(merged, stored->event);
    std::optional<Event> event = ApplyRow(row, &exported, order, file, &diagnostics);
    if (!event) continue;
    Rewrite& rewrite = rewrite_of(stored->source.id);
    rewrite.rows.insert(id);
    // The row stands for every report of its event: --prune keeps them.
    if (merged) row_reports.insert(merged->report_ids.begin(), merged->report_ids.end());
    if (SameSheetFields(*event, exported)) {
      ++rows_unchanged;
      continue;
    }
    check_parties(row, *event);
    rewrite.edits.emplace(id, std::move(*event));
  }
  if (!diagnostics.empty()) throw InputError(JoinDiagnostics(diagnostics));

  // The documents to store: each article with an edit, a pruned row or new
  // events, as stored with the changes.
  std::vector<StoredDocument> documents;
  for (auto& [code, rewrite] : rewrites) {
    StoredDocument& stored = rewrite.document;
    bool is_manual_article = code == manual_code;
    size_t pruned = 0;
    FactDocument facts;
    facts.article = stored.facts.article;
    std::vector<std::string> kept_digests;
    std::vector<bool> fresh;  // digested anew: edited or added
    for (size_t i = 0; i < stored.facts.events.size(); ++i) {
      const Event& event = stored.facts.events[i];
      if (options.prune && !rewrite.rows.empty() && !rewrite.rows.count(event.id) &&
          !row_reports.count(event.id)) {
        ++pruned;
        continue;
      }
      auto edit = rewrite.edits.find(event.id);
      facts.events.push_back(edit == rewrite.edits.end() ? event : edit->second);
      kept_digests.push_back(stored.event_digests[i]);
      fresh.push_back(edit != rewrite.edits.end());
    }
    if (is_manual_article && stored.facts.article.id.empty()) {  // the sheet's first new events
      facts.article.id = code;
      facts.article.title = "Events added in " + fs::path(file).filename().string();
      facts.article.path = absolute;
    }
    std::string body = stored.article_bytes;
    for (Event& event : rewrite.added) {
      event.evidence.start = body.size();
      body += event.evidence.text;
      event.evidence.end = body.size();
      body += '\n';
      facts.events.push_back(event);
      kept_digests.emplace_back();
      fresh.push_back(true);
    }
    if (rewrite.edits.empty() && pruned == 0 && rewrite.added.empty()) continue;
    StoredDocument document;
    document.facts = std::move(facts);
    document.article_bytes = std::move(body);
    std::vector<std::string> digests;
    DigestsOf(document.facts, document.article_bytes, &document.facts_digest, &digests);
    for (size_t i = 0; i < digests.size(); ++i) {
      if (!fresh[i]) digests[i] = kept_digests[i];  // untouched: unchanged, whatever its format
    }
    document.event_digests = std::move(digests);
    document.manual = is_manual_article || stored.manual;
    document.edited = !document.manual;
    document.source_file = absolute;
    documents.push_back(std::move(document));
  }

  report.files = 1;
  if (!documents.empty()) {  // nothing changed: no write at all
    Store::Batch batch(store);
    for (const StoredDocument& document : documents) batch.Add(document);
    batch.Commit();
    report.documents = documents.size();
    report.counts = batch.counts();
  }
  report.counts.events_unchanged = rows_unchanged;  // rows, not the articles' other events
  return report;
}

}  // namespace timeline

#include "load/loader.h"

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <map>
#include <set>
#include <stdexcept>
#include <thread>

#include "article/article.h"
#include "extract/extractor.h"
#include "facts/article_path.h"
#include "facts/fact_json.h"
#include "load/sheet_loader.h"
#include "registry/registry.h"
#include "util/bounded_queue.h"
#include "util/error.h"
#include "util/hash.h"
#include "util/progress.h"
#include "util/text.h"

namespace timeline {

namespace fs = std::filesystem;

namespace {

enum class InputKind { kFacts, kFactLines, kArticle, kSheet, kOther };

InputKind KindOf(const fs::path& path) {
  std::string ext = path.extension().string();
  std::transform(ext.begin(), ext.end(), ext.begin(), [](unsigned char c) { return std::tolower(c); });
  if (ext == ".json") return InputKind::kFacts;
  if (ext == ".jsonl" || ext == ".ndjson") return InputKind::kFactLines;
  if (ext == ".txt") return InputKind::kArticle;
  if (ext == ".csv") return InputKind::kSheet;
  return InputKind::kOther;
}

bool IsHidden(const fs::path& path) {
  std::string name = path.filename().string();
  return !name.empty() && name[0] == '.';
}

Diagnostic Problem(const std::string& file, const std::string& where, const std::string& message) {
  Diagnostic d;
  d.file = file;
  d.where = where;
  d.message = message;
  return d;
}

// An id in the registry's own form (upper case: "PRK", "KOR-NIS"): a fact
// file may not invent one, since a typo of a registry id would otherwise
// become a new actor.
bool LooksLikeRegistryId(const std::string& id) {
  bool has_upper = false;
  for (char c : id) {
    if (c >= 'a' && c <= 'z') return false;
    has_upper = has_upper || (c >= 'A' && c <= 'Z');
  }
  return has_upper;
}

std::string DidYouMean(const Registry& registry, const std::string& name) {
  std::vector<std::string> suggestions = registry.Suggest(name, 3);
  if (suggestions.empty()) return "";
  std::string out = "; did you mean ";
  for (size_t i = 0; i < suggestions.size(); ++i) {
    out += (i ? (i + 1 == suggestions.size() ? " or " : ", ") : "") + ("\"" + suggestions[i] + "\"");
  }
  return out + "?";
}

// Reads the article a document cites, from where its path leads
// (ResolveArticlePath: relative to the fact file's folder). Caches the last
// few articles, since the documents of a JSON Lines file often cite the same
// ones.
struct ArticleText {
  std::string bytes;
  std::string resolved_path;  // absolute: where the article was looked for
  bool found = false;
  std::string source_url;  // the web address its header gives (FindSourceUrl), if any
};

class ArticleReader {
 public:
  const ArticleText& Read(const std::string& article_path, const std::string& fact_file) {
    // Keyed by the words, not the resolved path: resolving takes system
    // calls, and a JSON Lines file names the same few articles line after line.
    std::string key = fact_file + '\n' + article_path;
    for (const auto& [cached_key, text] : cache_) {
      if (cached_key == key) return text;
    }
    ArticleText text;
    text.resolved_path = ResolveArticlePath(article_path, fact_file).string();
    std::error_code ec;
    if (fs::is_regular_file(text.resolved_path, ec)) {
      text.bytes = ReadFile(text.resolved_path);
      text.found = true;
      text.source_url = FindSourceUrl(text.bytes);
    }
    if (cache_.size() >= kCapacity) cache_.erase(cache_.begin());
    cache_.emplace_back(std::move(key), std::move(text));
    return cache_.back().second;
  }

 private:
  static constexpr size_t kCapacity = 16;
  std::vector<std::pair<std::string, ArticleText>> cache_;
};

struct PreparedFile {
  std::string file;
  InputKind kind;
  std::vector<StoredDocument> documents;
};

}  // namespace

namespace {

// Extraction never replaces a person's facts unless asked: a raw article
// whose article has reviewed facts, stored or in this load's fact files, is
// a problem naming the fact file.
void RefuseOverReviewed(const std::vector<PreparedFile>& prepared, const Store& store,
                        std::vector<Diagnostic>* diagnostics) {
  // Article id, URL and path (a text's earlier version) -> fact file, of
  // this load.
  std::map<std::string, std::string> reviewed;
  for (const PreparedFile& input : prepared) {
    for (const StoredDocument& document : input.documents) {
      if (document.extracted) continue;
      reviewed.emplace(document.facts.article.id, input.file);
      if (!document.facts.article.source_url.empty()) reviewed.emplace(document.facts.article.source_url, input.file);
      reviewed.emplace(document.facts.article.path, input.file);
    }
  }
  for (const PreparedFile& input : prepared) {
    for (const StoredDocument& document : input.documents) {
      if (!document.extracted) continue;
      const ArticleInfo& article = document.facts.article;
      const std::string& id = article.id;
      std::string facts_file;
      auto in_load = reviewed.find(id);
      if (in_load == reviewed.end() && !article.source_url.empty()) in_load = reviewed.find(article.source_url);
      if (in_load == reviewed.end()) in_load = reviewed.find(article.path);
      if (in_load != reviewed.end()) {
        facts_file = in_load->second + " (in this load)";
      } else if (std::optional<ArticleSource> stored =
                     store.FindArticleSource(id, article.path, article.source_url);
                 stored && stored->provenance == "reviewed") {
        facts_file = stored->facts_file;
      } else {
        continue;
      }
      diagnostics->push_back(Problem(
          input.file, "",
          "article " + id + " has reviewed facts from " + facts_file +
              "; loading the raw article would replace them with extracted ones. Load the fact "
              "file instead, or pass --replace-reviewed to replace them"));
    }
  }
}

}  // namespace

std::vector<std::string> ExpandInputs(const std::vector<std::string>& paths) {
  std::vector<std::string> files;
  for (const std::string& path : paths) {
    std::error_code ec;
    fs::file_status status = fs::status(path, ec);
    if (!fs::exists(status)) throw InputError(path + ": no such file or folder");
    if (!fs::is_directory(status)) {
      if (KindOf(path) == InputKind::kOther) {
        throw InputError(path + ": not a fact file (.json), JSON Lines file (.jsonl), "
                         "article (.txt) or spreadsheet (.csv)");
      }
      files.push_back(path);
      continue;
    }
    std::vector<fs::path> found;
    for (auto it = fs::recursive_directory_iterator(path, ec); it != fs::recursive_directory_iterator();
         it.increment(ec)) {
      if (ec) throw InputError(path + ": cannot read folder: " + ec.message());
      if (IsHidden(it->path())) {
        if (it->is_directory()) it.disable_recursion_pending();
        continue;
      }
      // A folder's CSV files are exports, not edits: a spreadsheet is loaded
      // only when named.
      InputKind kind = KindOf(it->path());
      if (it->is_regular_file() && kind != InputKind::kOther && kind != InputKind::kSheet) {
        found.push_back(it->path());
      }
    }
    std::sort(found.begin(), found.end());
    std::set<fs::path> fact_stems;
    for (const fs::path& p : found) {
      if (KindOf(p) == InputKind::kFacts) fact_stems.insert(fs::path(p).replace_extension());
    }
    for (const fs::path& p : found) {
      // A reviewed fact file beside an article wins over extracting it.
      if (KindOf(p) == InputKind::kArticle && fact_stems.count(fs::path(p).replace_extension())) continue;
      files.push_back(p.string());
    }
  }
  return files;
}

void CheckActorsAndPlace(const Event& event, const Registry& registry, const Store& store,
                         const std::function<void(const std::string& field, const std::string& message)>& problem) {
  auto known_country = [&](const std::string& code) {
    return registry.Find(code) != nullptr || store.FindActorByCode(code).has_value();
  };
  for (size_t i = 0; i < event.actors.size(); ++i) {
    const ActorRef& actor = event.actors[i];
    std::string at = "actors[" + std::to_string(i) + "]";
    const ActorInfo* info = registry.Find(actor.id);
    if (!info && !store.FindActorByCode(actor.id)) {
      if (LooksLikeRegistryId(actor.id) || actor.name.empty()) {
        problem(at + ".id", "unknown actor id \"" + actor.id + "\"" + DidYouMean(registry, actor.id) +
                                (actor.name.empty() ? " (an actor of this file's own needs a lower-case id and a name)"
                                                    : " (ids of the registry's form must be in the registry)"));
        continue;
      }
    }
    if (!actor.country.empty() && actor.country != actor.id) {
      if (!known_country(actor.country)) {
        problem(at + ".country", "unknown country \"" + actor.country + "\"" + DidYouMean(registry, actor.country));
      } else if (info) {
        std::string expected = registry.CountryOf(actor.id);
        if (!expected.empty() && expected != actor.country) {
          problem(at + ".country", actor.id + " acts for " + expected + ", not " + actor.country);
        }
      }
    }
  }
  if (event.place && !event.place->country.empty() && !known_country(event.place->country)) {
    problem("place.country", "unknown country \"" + event.place->country + "\"" +
                                 DidYouMean(registry, event.place->country));
  }
}

void CheckDocument(const FactDocument& document, std::string_view article_bytes,
                   const std::string& file, const Registry& registry, const Store& store,
                   std::vector<Diagnostic>* diagnostics) {
  const ArticleInfo& article = document.article;
  std::string computed_id = ArticleIdOf(article_bytes);
  if (!article.id.empty() && article.id != computed_id) {
    diagnostics->push_back(Problem(file, "article.id",
                                   "\"" + article.id + "\" does not match the text of " + article.path +
                                       " (its sha256 prefix is " + computed_id +
                                       "): the article changed since these facts were written"));
  }
  if (!article.language.empty() &&
      (article.language.size() != 2 || !std::islower(static_cast<unsigned char>(article.language[0])) ||
       !std::islower(static_cast<unsigned char>(article.language[1])))) {
    diagnostics->push_back(Problem(file, "article.language",
                                   "\"" + article.language + "\" is not an ISO 639-1 code such as id or en"));
  }
  for (const Event& event : document.events) {
    std::string where = "event " + event.id;
    CheckActorsAndPlace(event, registry, store, [&](const std::string& field, const std::string& message) {
      diagnostics->push_back(Problem(file, where + ": " + field, message));
    });
    const Evidence& evidence = event.evidence;
    if (evidence.end > article_bytes.size()) {
      diagnostics->push_back(Problem(
          file, where + ": evidence",
          "offsets " + std::to_string(evidence.start) + ".." + std::to_string(evidence.end) +
              " run past the end of " + article.path + " (" + std::to_string(article_bytes.size()) +
              " bytes)"));
    } else if (article_bytes.substr(evidence.start, evidence.end - evidence.start) != evidence.text) {
      size_t at = evidence.text.empty() ? std::string_view::npos : article_bytes.find(evidence.text);
      diagnostics->push_back(Problem(
          file, where + ": evidence",
          "text does not match " + article.path + " at bytes " + std::to_string(evidence.start) +
              ".." + std::to_string(evidence.end) +
              (at == std::string_view::npos
                   ? std::string(" and does not occur in the article")
                   : "; it occurs at " + std::to_string(at) + ".." +
                         std::to_string(at + evidence.text.size()))));
    }
  }
}

namespace {

// Checks one fact document against its article's text, found at
// `article.resolved_path` (which a found article's document then records, so
// that the store knows where the text came from); fills `out`.
void PrepareDocument(FactDocument document, const ArticleText& article, const std::string& file,
                     const Registry& registry, const Store& store, std::vector<StoredDocument>* out,
                     std::vector<Diagnostic>* diagnostics) {
  if (!article.found) {
    diagnostics->push_back(Problem(file, "article.path",
                                   "cannot find the article \"" + document.article.path + "\" (looked for " +
                                       article.resolved_path +
                                       (std::filesystem::path(document.article.path).is_absolute()
                                            ? std::string()
                                            : "; a relative path counts from the fact file's folder") +
                                       "); evidence cannot be checked without it"));
    return;
  }
  if (document.article.id.empty()) document.article.id = ArticleIdOf(article.bytes);
  // The fact file's URL wins over the header's: a person wrote it.
  if (document.article.source_url.empty()) document.article.source_url = article.source_url;
  CheckDocument(document, article.bytes, file, registry, store, diagnostics);
  // Store where the text really is, so an export names a path that loads back
  // from anywhere on this machine.
  document.article.path = article.resolved_path;
  StoredDocument stored;
  stored.facts = std::move(document);
  stored.article_bytes = article.bytes;
  stored.source_file = fs::absolute(file).lexically_normal().string();  // provenance
  out->push_back(std::move(stored));
}

// A fact document of `file`: its article is where article.path leads.
void PrepareFacts(FactDocument document, const std::string& file, const Registry& registry,
                  const Store& store, ArticleReader& articles, std::vector<StoredDocument>* out,
                  std::vector<Diagnostic>* diagnostics) {
  const ArticleText& article = articles.Read(document.article.path, file);
  PrepareDocument(std::move(document), article, file, registry, store, out, diagnostics);
}

}  // namespace

namespace {

Diagnostic InvalidUtf8(const std::string& file, std::string_view text, size_t invalid,
                       size_t line_offset, size_t byte_offset) {
  Diagnostic d;
  d.file = file;
  LineColumn at = LineColumnAt(text, invalid);
  d.line = at.line + line_offset;
  d.column = at.column;
  d.message = "invalid UTF-8 at byte " + std::to_string(invalid + byte_offset) +
              "; save the file as UTF-8";
  return d;
}

// Event ids must be unique across everything one load reads, since an id is
// an event's identity in the database (and its calendar UID).
Diagnostic DuplicateId(const std::string& file, size_t line, const std::string& id) {
  Diagnostic d =
      Problem(file, "event " + id, "duplicate event id: another event of this load has it");
  d.line = line;
  return d;
}

// Fact files (read whole and checked before anything is written) claim their
// ids here; JSON Lines files, which stream, through the store (LoadClaims).
void ClaimEventIds(const FactDocument& document, const std::string& file,
                   std::set<std::string>* event_ids, std::vector<Diagnostic>* diagnostics) {
  for (const Event& event : document.events) {
    if (!event_ids->insert(event.id).second) diagnostics->push_back(DuplicateId(file, 0, event.id));
  }
}

// Stores one streamed document; an id this load stored before is reported at
// the document's line.
void AddLine(Store::Batch& batch, const StoredDocument& document, const std::string& file) {
  try {
    batch.Add(document);
  } catch (const DuplicateEventIds& e) {
    std::vector<Diagnostic> diagnostics;
    for (const std::string& id : e.ids()) {
      diagnostics.push_back(DuplicateId(file, document.line, id));
    }
    throw InputError(JoinDiagnostics(diagnostics) + "\n" + file +
                     ": nothing from this file was loaded");
  }
}

// Streams a JSON Lines file into one batch, a line at a time, so a file of
// any size loads in bounded memory. A second thread reads, parses, checks and
// digests the lines while this one writes (each is about half the work,
// measured with perf; a load has two cores); the documents pass between them
// in file order through a bounded queue. The reader's few store lookups
// (actors of a file's own) share the connection, which SQLite serialises.
// Throws InputError at the first bad line; the batch then rolls back and
// nothing of this file is stored. An id that another event of this load has
// is found by the writer, through the database (`claims`): no set of every id.
void LoadFactLines(const std::string& file, Store& store, const Registry& registry,
                   LoadClaims* claims, LoadReport* report) {
  if (store.threads() != Store::Threads::kThreads) {
    throw std::logic_error("Load needs a store opened for two threads");
  }
  std::ifstream in(file, std::ios::binary);
  if (!in) throw InputError(file + ": cannot open file");
  std::error_code ec;
  uintmax_t size = fs::file_size(file, ec);
  Store::Batch batch(store, claims);
  BoundedQueue<StoredDocument> queue(64);
  std::exception_ptr read_error;

  std::thread reader([&] {
    try {
      Progress progress("loading " + fs::path(file).filename().string(), size, "bytes");
      ArticleReader articles;
      std::string text;
      size_t line = 0, offset = 0;
      while (std::getline(in, text)) {
        ++line;
        size_t line_start = offset;
        offset += text.size() + 1;
        progress.Update(offset);
        std::vector<Diagnostic> diagnostics;
        std::vector<StoredDocument> stored;
        size_t invalid = FindInvalidUtf8(text);
        if (invalid != std::string::npos) {
          diagnostics.push_back(InvalidUtf8(file, text, invalid, line - 1, line_start));
        } else if (!Trim(text).empty()) {
          FactDocument document = ParseFactLine(text, file, line, &diagnostics);
          if (diagnostics.empty()) {
            PrepareFacts(std::move(document), file, registry, store, articles, &stored, &diagnostics);
          }
        }
        if (!diagnostics.empty()) {
          throw InputError(JoinDiagnostics(diagnostics) + "\n" + file +
                           ": nothing from this file was loaded");
        }
        if (stored.empty()) continue;
        stored[0].line = line;
        ComputeDigests(&stored[0]);
        if (!queue.Push(std::move(stored[0]))) return;  // the writer failed
      }
      if (in.bad()) throw InputError(file + ": read error");
    } catch (...) {
      read_error = std::current_exception();
    }
    queue.Close();
  });

  size_t documents = 0;
  try {
    while (std::optional<StoredDocument> document = queue.Pop()) {
      AddLine(batch, *document, file);
      ++documents;
    }
  } catch (...) {
    queue.Cancel();
    reader.join();
    throw;
  }
  reader.join();
  if (read_error) std::rethrow_exception(read_error);
  batch.Commit();
  for (const std::string& warning : batch.warnings()) report->warnings.push_back(file + ": " + warning);
  report->counts += batch.counts();
  report->documents += documents;
  ++report->files;
}

}  // namespace

LoadReport Load(const std::vector<std::string>& paths, Store& store, const Registry& registry,
                const LoadOptions& options) {
  std::vector<std::string> files = ExpandInputs(paths);
  if (files.empty()) throw InputError("no fact files or articles found in the paths given");
  // A spreadsheet edits what is stored: it loads alone, against the
  // database as it is, so that no other file of the load changes an event
  // under its rows.
  for (const std::string& file : files) {
    if (KindOf(file) != InputKind::kSheet) continue;
    if (files.size() > 1) {
      throw InputError(file + ": a spreadsheet (.csv) loads on its own; load the other files in "
                              "another `timeline load`");
    }
    return LoadSheet(file, store, registry, options);
  }
  if (options.prune) throw InputError("--prune: only a spreadsheet (.csv) can prune; no .csv was given");
  size_t extracted = 0;
  std::vector<std::string> warnings;

  // Phase 1: parse and check every fact file and article; nothing is written
  // if anything is wrong. JSON Lines files are checked as they stream (phase 3).
  std::vector<Diagnostic> diagnostics;
  std::vector<PreparedFile> prepared;
  std::vector<std::string> fact_lines;
  std::set<std::string> event_ids;  // of the fact files (not JSON Lines, not articles)
  ArticleReader articles;
  for (const std::string& file : files) {
    InputKind kind = KindOf(file);
    if (kind == InputKind::kFactLines) {
      fact_lines.push_back(file);
      continue;
    }
    PreparedFile input{file, kind, {}};
    std::string text = ReadFile(file);
    size_t invalid = FindInvalidUtf8(text);
    if (invalid != std::string::npos) {
      diagnostics.push_back(InvalidUtf8(file, text, invalid, 0, 0));
      continue;
    }
    if (kind == InputKind::kFacts) {
      size_t before = diagnostics.size();
      std::vector<FactDocument> documents = ParseFactFile(text, file, &diagnostics);
      if (diagnostics.size() != before) continue;
      for (FactDocument& document : documents) {
        ClaimEventIds(document, file, &event_ids, &diagnostics);
        PrepareFacts(std::move(document), file, registry, store, articles, &input.documents,
                     &diagnostics);
      }
    } else {
      // A raw article: extract it; the facts go through the same checks.
      ExtractOptions extract;
      extract.fallback_published = options.fallback_published;
      extract.language = options.language;
      try {
        FactDocument document = ExtractArticle(text, file, extract);
        ++extracted;
        if (!document.article.published) warnings.push_back(NoPublicationDateWarning(file));
        // The article is the file itself, already read.
        ArticleText article{std::move(text), ResolveArticlePath(file, "").string(), true, document.article.source_url};
        PrepareDocument(std::move(document), article, file, registry, store, &input.documents,
                        &diagnostics);
        for (StoredDocument& stored : input.documents) {
          stored.extracted = true;
          stored.extractor = ExtractorVersion();
        }
      } catch (const InputError& e) {
        diagnostics.push_back(Problem(file, "", e.what()));
        diagnostics.back().file.clear();  // the message names the file already
      }
    }
    prepared.push_back(std::move(input));
  }
  if (!options.replace_reviewed) RefuseOverReviewed(prepared, store, &diagnostics);
  if (!diagnostics.empty()) throw InputError(JoinDiagnostics(diagnostics));

  // Phase 2: one transaction per input file. The ids stored or confirmed
  // from here on are the load's claims: a JSON Lines event may not repeat one.
  LoadReport report;
  report.extracted = extracted;
  report.warnings = std::move(warnings);
  LoadClaims claims;
  for (const PreparedFile& input : prepared) {
    Store::Batch batch(store, &claims);
    for (const StoredDocument& document : input.documents) batch.Add(document);
    batch.Commit();
    for (const std::string& warning : batch.warnings()) report.warnings.push_back(input.file + ": " + warning);
    report.counts += batch.counts();
    report.documents += input.documents.size();
    ++report.files;
  }
  // Phase 3: JSON Lines, streamed, each file all or nothing.
  for (const std::string& file : fact_lines) LoadFactLines(file, store, registry, &claims, &report);
  return report;
}

}  // namespace timeline

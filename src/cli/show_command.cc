// timeline show ID: one event, with its evidence inside its paragraph.

#include <unistd.h>

#include <iostream>

#include "cli/common.h"
#include "model/date_span.h"
#include "util/error.h"

namespace timeline {
namespace {

struct ShowOptions {
  std::string id;
};

// The paragraph (text between blank lines) of `bytes` around [begin, end).
std::pair<size_t, size_t> ParagraphAround(std::string_view bytes, size_t begin, size_t end) {
  size_t start = bytes.rfind("\n\n", begin == 0 ? 0 : begin - 1);
  start = start == std::string_view::npos ? 0 : start + 2;
  size_t stop = bytes.find("\n\n", end);
  if (stop == std::string_view::npos) stop = bytes.size();
  while (stop > start && (bytes[stop - 1] == '\n' || bytes[stop - 1] == '\r')) --stop;
  return {start, stop};
}

// Where the event's facts came from (docs/manual.md, Provenance).
std::string ProvenanceLine(const std::optional<ArticleSource>& source) {
  if (!source || source->provenance == "unknown") return "unknown (stored before schema version 6)";
  if (source->provenance == "reviewed") {
    return "reviewed" + (source->facts_file.empty() ? std::string() : ", from " + source->facts_file);
  }
  return source->provenance + (source->extractor.empty() ? std::string() : " by " + source->extractor);
}

void RunShow(const ShowOptions& opts, const GlobalOptions& global) {
  std::unique_ptr<Store> store = OpenStore(global, Store::Mode::kReadOnly);
  std::string article;
  std::optional<EventRecord> found = store->FindEvent(opts.id, &article);
  if (!found) {
    throw InputError("no event with id \"" + opts.id + "\"; `timeline query` lists ids");
  }
  const Event& e = found->event;
  std::cout << e.id << "  " << ToString(e.type) << " (" << ToString(CategoryOf(e.type)) << ")\n";
  std::cout << "title:      " << e.title << "\n";
  std::cout << "date:       " << (e.date.known() ? DateLabel(e.date) : "unknown") << "  ("
            << DateInWords(e.date) << (e.date.text.empty() ? "" : "; \"" + e.date.text + "\"")
            << ")\n";
  std::cout << "factuality: " << ToString(e.factuality) << "\n";
  for (const ActorRef& actor : e.actors) {
    std::cout << "actor:      " << actor.id << "  " << actor.name << "  (" << ToString(actor.role)
              << ")\n";
  }
  if (e.place) {
    std::cout << "place:      " << e.place->name
              << (e.place->country.empty() ? "" : " (" + e.place->country + ")") << "\n";
  }
  for (const Quantity& q : e.quantities) {
    std::cout << "quantity:   " << q.value << " " << q.unit
              << (q.text.empty() ? "" : "  (\"" + q.text + "\")") << "\n";
  }
  const ArticleInfo& source = found->source;
  std::cout << "source:     " << source.title << " ("
            << (source.published ? FormatIsoDay(*source.published) : "undated") << ")\n";
  if (!source.source_url.empty()) std::cout << "            " << source.source_url << "\n";
  std::cout << "            " << source.path << ", bytes " << e.evidence.start << ".."
            << e.evidence.end << "\n";
  std::cout << "facts:      " << ProvenanceLine(store->FindArticleSource(source.id)) << "\n\n";
  bool evidence_in_article = e.evidence.end <= article.size() &&
                             article.compare(e.evidence.start, e.evidence.end - e.evidence.start,
                                             e.evidence.text) == 0;
  if (!evidence_in_article) {
    std::cout << e.evidence.text << "\n";
    return;
  }
  // The evidence sentence inside its paragraph, marked: bold on a terminal,
  // between » and « otherwise.
  auto [begin, end] = ParagraphAround(article, e.evidence.start, e.evidence.end);
  bool tty = ::isatty(STDOUT_FILENO);
  std::cout << std::string_view(article).substr(begin, e.evidence.start - begin)
            << (tty ? "\x1b[1m" : "»") << e.evidence.text << (tty ? "\x1b[0m" : "«")
            << std::string_view(article).substr(e.evidence.end, end - e.evidence.end) << "\n";
}

}  // namespace

void AddShowCommand(CLI::App& app, GlobalOptions& global) {
  auto opts = std::make_shared<ShowOptions>();
  CLI::App* command = app.add_subcommand("show", "show one event with its evidence in context");
  command->add_option("id", opts->id, "event id (the ID column of `timeline query`)")->required();
  command->callback([opts, &global] { RunShow(*opts, global); });
}

}  // namespace timeline

// timeline show ID: one event, with its evidence inside its paragraph; an
// event told by several articles shows each report side by side, where they
// differ, and the reports that dispute it.

#include <unistd.h>

#include <iostream>

#include <algorithm>
#include <map>
#include <set>

#include "cli/common.h"
#include "merge/merge_rule.h"
#include "registry/registry.h"
#include "util/text.h"
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

void PrintDate(const DateSpan& d) {
  std::cout << "date:       " << (d.known() ? DateLabel(d) : "unknown") << "  (" << DateInWords(d)
            << (d.text.empty() ? "" : "; \"" + d.text + "\"") << ")\n";
}

void PrintActors(const std::vector<ActorRef>& actors) {
  for (const ActorRef& actor : actors) {
    std::cout << "actor:      " << actor.id << "  " << actor.name << "  (" << ToString(actor.role) << ")\n";
  }
}

// Where the event's facts came from (docs/manual.md, Provenance).
std::string ProvenanceLine(const std::optional<ArticleSource>& source) {
  if (!source || source->provenance == "unknown") return "unknown (stored before schema version 6)";
  if (source->provenance == "reviewed") {
    return "reviewed" + (source->facts_file.empty() ? std::string() : ", from " + source->facts_file);
  }
  return source->provenance + (source->extractor.empty() ? std::string() : " by " + source->extractor);
}

// One report: what its article says and where its facts came from, with the
// evidence in its paragraph.
void PrintReport(const Store& store, const EventRecord& record, const std::string& article) {
  const Event& e = record.event;
  PrintDate(e.date);
  std::cout << "factuality: " << ToString(e.factuality) << "\n";
  PrintActors(e.actors);
  if (e.place) {
    std::cout << "place:      " << e.place->name
              << (e.place->country.empty() ? "" : " (" + e.place->country + ")") << "\n";
  }
  for (const Quantity& q : e.quantities) {
    std::cout << "quantity:   " << q.value << " " << q.unit
              << (q.text.empty() ? "" : "  (\"" + q.text + "\")") << "\n";
  }
  const ArticleInfo& source = record.source;
  std::cout << "source:     " << source.title << " ("
            << (source.published ? FormatIsoDay(*source.published) : "undated") << ")\n";
  if (!source.source_url.empty()) std::cout << "            " << source.source_url << "\n";
  std::cout << "            " << source.path << ", bytes " << e.evidence.start << ".."
            << e.evidence.end << "\n";
  std::cout << "facts:      " << ProvenanceLine(store.FindArticleSource(source.id)) << "\n\n";
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

// What the merge rule compares of a report (actors rolled up through the
// registry, as the store's clusterer does through its actor table).
MergeReport RuleView(const EventRecord& record, int64_t article) {
  const Event& e = record.event;
  MergeReport r;
  r.uid = e.id;
  r.article = article;
  r.type = e.type;
  r.precision = e.date.precision;
  if (e.date.known()) {
    r.start_day = ToDayNumber(*e.date.start);
    r.end_day = ToDayNumber(*e.date.end);
  } else {
    r.precision = DatePrecision::kUnknown;
  }
  r.factuality = e.factuality;
  const Registry& registry = Registry::Builtin();
  for (const ActorRef& actor : e.actors) {
    std::string key = registry.CountryOf(actor.id);
    if (key.empty()) key = actor.country.empty() ? actor.id : actor.country;
    (actor.role == ActorRole::kTarget ? r.targets : r.principals).push_back(key);
  }
  for (auto* keys : {&r.principals, &r.targets}) {
    std::sort(keys->begin(), keys->end());
    keys->erase(std::unique(keys->begin(), keys->end()), keys->end());
  }
  if (e.place) {
    r.place_name = FoldForMatch(e.place->name);
    r.place_country = e.place->country;
  }
  return r;
}

// Where the reports of one event differ from what the event shows.
std::vector<std::string> Differences(const TimelineEventView& view) {
  std::vector<std::string> out;
  const Event& shown = view.event.event;
  std::set<std::string> places;
  for (const EventRecord& r : view.reports) {
    const Event& e = r.event;
    if (!(e.date.start == shown.date.start && e.date.end == shown.date.end)) {
      out.push_back(e.id + " gives the date less precisely: " + DateLabel(e.date) + " (" +
                    std::string(ToString(e.date.precision)) + ")");
    }
    std::vector<std::string> missing;
    for (const ActorRef& a : shown.actors) {
      bool named = std::any_of(e.actors.begin(), e.actors.end(), [&](const ActorRef& b) { return b.id == a.id; });
      if (!named) missing.push_back(a.id);
    }
    for (const ActorRef& a : e.actors) {
      for (const ActorRef& b : shown.actors) {
        if (a.id == b.id && a.role != b.role) {
          out.push_back(e.id + " gives " + a.id + " the role " + std::string(ToString(a.role)) + ", not " +
                        std::string(ToString(b.role)));
        }
      }
    }
    if (!missing.empty()) {
      std::string list;
      for (const std::string& m : missing) list += (list.empty() ? "" : ", ") + m;
      out.push_back(e.id + " does not name " + list);
    }
    if (e.place) places.insert(e.place->name);
  }
  if (places.size() > 1) {
    std::string list;
    for (const std::string& p : places) list += (list.empty() ? "" : "; ") + p;
    out.push_back("places as told: " + list);
  }
  return out;
}

void RunShow(const ShowOptions& opts, const GlobalOptions& global) {
  std::unique_ptr<Store> store = OpenStore(global, Store::Mode::kReadOnly);
  std::optional<TimelineEventView> view = store->FindTimelineEvent(opts.id);
  if (!view) {
    throw InputError("no event with id \"" + opts.id + "\"; `timeline query` lists ids");
  }
  const EventRecord& event = view->event;
  const Event& e = event.event;
  std::cout << e.id << "  " << ToString(e.type) << " (" << ToString(CategoryOf(e.type)) << ")\n";
  std::cout << "title:      " << e.title << "\n";
  if (view->reports.size() == 1 && view->rivals.empty()) {
    PrintReport(*store, view->reports[0], view->bodies[0]);
    return;
  }
  PrintDate(e.date);
  std::cout << "factuality: " << ToString(e.factuality) << "\n";
  PrintActors(e.actors);
  std::cout << "sources:    " << event.source_count() << " article" << (event.source_count() == 1 ? "" : "s")
            << ", " << view->reports.size() << " report" << (view->reports.size() == 1 ? "" : "s")
            << (event.disputed ? "; disputed" : "") << "\n";
  std::vector<std::string> differences = Differences(*view);
  for (const std::string& d : differences) std::cout << "differs:    " << d << "\n";
  // Reports of this type and time the rule kept apart because they
  // contradict this event: each side with its sources.
  std::map<std::string, int64_t> article_numbers;
  auto article_of = [&](const EventRecord& r) {
    return article_numbers.emplace(r.source.id, static_cast<int64_t>(article_numbers.size())).first->second;
  };
  for (const EventRecord& rival : view->rivals) {
    for (const EventRecord& report : view->reports) {
      MergeVerdict verdict = CompareReports(RuleView(report, article_of(report)), RuleView(rival, article_of(rival)));
      if (!IsDispute(verdict)) continue;
      std::cout << "disputed:   " << rival.event.id << " (" << rival.source.title << ") gives "
                << ToString(verdict) << ": " << ToString(rival.event.factuality) << ", "
                << DateLabel(rival.event.date) << "; this event: " << report.source.title << "\n";
      break;
    }
  }
  for (size_t i = 0; i < view->reports.size(); ++i) {
    std::cout << "\n-- report " << (i + 1) << " of " << view->reports.size() << ": " << view->reports[i].event.id
              << "  \"" << view->reports[i].event.title << "\"\n";
    PrintReport(*store, view->reports[i], view->bodies[i]);
  }
}

}  // namespace

void AddShowCommand(CLI::App& app, GlobalOptions& global) {
  auto opts = std::make_shared<ShowOptions>();
  CLI::App* command = app.add_subcommand("show", "show one event with its evidence in context");
  command->add_option("id", opts->id, "event id (the ID column of `timeline query`)")->required();
  command->callback([opts, &global] { RunShow(*opts, global); });
}

}  // namespace timeline

// timeline extract ARTICLE...: facts of raw articles, printed or written to a
// fact file for review, without touching the database.

#include <unistd.h>

#include <atomic>
#include <iostream>
#include <sstream>
#include <thread>

#include "cli/choices.h"
#include "cli/common.h"
#include "export/table_writer.h"
#include "extract/extractor.h"
#include "facts/article_path.h"
#include "facts/fact_json.h"
#include "model/date_span.h"
#include "registry/registry.h"
#include "util/atomic_file.h"
#include "util/error.h"
#include "util/terminal.h"
#include "util/text.h"

namespace timeline {
namespace {

struct ExtractCommandOptions {
  std::vector<std::string> articles;
  ArticleOptionValues article;
  OutputFormat format = OutputFormat::kJson;
  CLI::Option* format_option = nullptr;  // given or not
  std::string output;
  unsigned jobs = 1;
  bool explain = false;
};

struct Extracted {
  FactDocument facts;
  // DocumentToJson(facts).dump(2), made by the worker too; one level deeper
  // (Indented) when it is an element of the array of several.
  std::string json;
};

// What nlohmann's dump(2) of an array prints of an element: each line of its
// own dump(2) two spaces deeper (JSON text has no raw newline inside a string).
std::string Indented(std::string_view json) {
  std::string out;
  if (json.empty()) return out;
  out.reserve(json.size() + json.size() / 8 + 2);
  out += "  ";
  for (size_t i = 0; i < json.size(); ++i) {
    out += json[i];
    if (json[i] == '\n' && i + 1 < json.size()) out += "  ";
  }
  return out;
}

bool WritesFile(const ExtractCommandOptions& opts) { return !opts.output.empty() && opts.output != "-"; }

// Extracts every article, `jobs` at a time, and turns each into JSON text on
// the same thread, indented as an array element when there are several
// (serialising on one thread kept --jobs 2 at 1.5x one job; indenting there,
// at 1.77x); results in input order. The first failure (in input order) is rethrown
// after all threads finish.
std::vector<Extracted> ExtractAll(const ExtractCommandOptions& opts, const ExtractOptions& options) {
  std::vector<Extracted> documents(opts.articles.size());
  std::vector<std::string> errors(opts.articles.size());
  std::atomic<size_t> next{0};
  auto work = [&] {
    for (size_t i; (i = next++) < opts.articles.size();) {
      try {
        std::string bytes = ReadFile(opts.articles[i]);
        documents[i].facts = ExtractArticle(bytes, opts.articles[i], options);
        if (opts.format == OutputFormat::kJson && !opts.explain) {
          // A fact file names its article from its own folder (formats.md).
          if (WritesFile(opts)) {
            documents[i].facts.article.path = ArticlePathFor(opts.articles[i], opts.output);
          }
          documents[i].json = DocumentToJson(documents[i].facts).dump(2);
          if (opts.articles.size() > 1) documents[i].json = Indented(documents[i].json);
        }
      } catch (const std::exception& e) {
        errors[i] = e.what();
      }
    }
  };
  std::vector<std::thread> threads;
  unsigned jobs = std::max(1u, std::min<unsigned>(opts.jobs, static_cast<unsigned>(opts.articles.size())));
  for (unsigned j = 1; j < jobs; ++j) threads.emplace_back(work);
  work();
  for (std::thread& t : threads) t.join();
  for (const std::string& error : errors) {
    if (!error.empty()) throw InputError(error);
  }
  return documents;
}

// --explain: per event, its line, its evidence and what decided each part.
void WriteExplanation(std::ostream& out, const FactDocument& facts) {
  out << facts.article.path << " ("
      << (facts.article.published ? "published " + FormatIsoDay(*facts.article.published) : std::string("undated"))
      << ", " << facts.article.language << "): " << facts.events.size() << " events\n";
  for (const Event& e : facts.events) {
    out << "\n" << e.id << "  " << ToString(e.type) << "  " << DateLabel(e.date) << "  "
        << ToString(e.factuality) << "\n";
    out << "  evidence [" << e.evidence.start << ", " << e.evidence.end << "): " << FitToWidth(Trim(e.evidence.text), 160)
        << "\n";
    std::string actors;
    for (const ActorRef& a : e.actors) {
      actors += (actors.empty() ? "" : ", ") + a.id + " (" + std::string(ToString(a.role)) + ")";
    }
    out << "  actors: " << (actors.empty() ? "none" : actors) << "\n";
    for (const std::string& line : e.why) out << "    " << line << "\n";
  }
  if (!facts.dropped.empty()) out << "\nno event from:\n";
  for (const std::string& line : facts.dropped) out << "  " << line << "\n";
}

void RunExtract(const ExtractCommandOptions& opts) {
  // A fact file is .json: without --format, `-o a.txt` is a slip (it would
  // overwrite the article), not a wish for JSON under another name.
  if (WritesFile(opts) && opts.format_option->count() == 0 && !opts.explain) {
    FormatFromExtension(opts.output, {OutputFormat::kJson});
  }
  ExtractOptions options;
  options.fallback_published = opts.article.published;
  options.language = opts.article.language;
  options.explain = opts.explain;
  std::vector<Extracted> documents = ExtractAll(opts, options);
  for (size_t i = 0; i < documents.size(); ++i) {
    if (!documents[i].facts.article.published) {
      std::cerr << "timeline: warning: " << NoPublicationDateWarning(opts.articles[i]) << "\n";
    }
  }
  // The output is put together in one string of the right size (this part
  // runs on one thread, after the workers).
  std::string text;
  if (opts.explain) {
    std::ostringstream out;
    for (const Extracted& d : documents) WriteExplanation(out, d.facts);
    text = out.str();
  } else if (opts.format == OutputFormat::kTable) {
    std::ostringstream out;
    TableOptions options;
    options.width = OutputColumns(STDOUT_FILENO);
    options.registry = &Registry::Builtin();
    TableWriter table(out, options);
    for (const Extracted& d : documents) {
      for (const Event& e : d.facts.events) {
        EventRecord record;
        record.event = e;
        record.source = d.facts.article;
        table.Write(record);
      }
    }
    text = out.str();
  } else if (documents.size() == 1) {
    text = documents[0].json + "\n";
  } else {
    // What nlohmann's dump(2) of the array would print (the documents are
    // indented already, by the workers).
    size_t size = 4;
    for (const Extracted& d : documents) size += d.json.size() + 2;
    text.reserve(size);
    text += "[\n";
    for (size_t i = 0; i < documents.size(); ++i) {
      if (i) text += ",\n";
      text += documents[i].json;
    }
    text += "\n]\n";
  }
  if (!WritesFile(opts)) {
    std::cout.write(text.data(), static_cast<std::streamsize>(text.size()));
  } else {
    WriteFileAtomically(opts.output, text);
  }
}

}  // namespace

void AddExtractCommand(CLI::App& app, GlobalOptions&) {
  auto opts = std::make_shared<ExtractCommandOptions>();
  CLI::App* command = app.add_subcommand(
      "extract", "print the facts of raw articles (.txt) without storing them");
  // A file that does not exist is bad input (exit 1), named by ReadFile.
  command->add_option("articles", opts->articles, "article files")->required();
  AddArticleOptions(command, opts->article);
  opts->format_option =
      AddFormatOption(command, opts->format, {OutputFormat::kJson, OutputFormat::kTable}, "json (default) or table");
  command->add_option("-o,--output", opts->output,
                      "write a fact file to review and load (it names the article relative to itself)");
  command->add_flag("--explain", opts->explain,
                    "print, per event, the words and rules that decided its type, date, actors, roles and "
                    "factuality (instead of the facts)");
  command->add_option("-j,--jobs", opts->jobs, "articles extracted in parallel (output keeps input order)")
      ->check(WholeNumberIn(1, 64));
  command->callback([opts] { RunExtract(*opts); });
}

}  // namespace timeline

// timeline dates ARTICLE...: every time expression the temporal tagger finds
// in raw articles, whether or not an event uses it, with its byte span in the
// file, the interval it resolved to and what it was anchored on.

#include <nlohmann/json.hpp>

#include <algorithm>
#include <iostream>
#include <sstream>

#include "article/article.h"
#include "cli/commands.h"
#include "cli/common.h"
#include "extract/extractor.h"
#include "extract/temporal.h"
#include "extract/tokens.h"
#include "model/date_span.h"
#include "util/error.h"
#include "util/text.h"

namespace timeline {
namespace {

using nlohmann::ordered_json;

struct DatesOptions {
  std::vector<std::string> articles;
  ArticleOptionValues article;
  OutputFormat format = OutputFormat::kTable;
};

// One time expression of an article.
struct DateFound {
  size_t start = 0, end = 0;  // byte offsets in the file, end exclusive
  TimeMention mention;
};

// What an expression's interval was computed from:
//   "published": the article's publication date ("last week", "on Tuesday",
//                "8 May" without a year, "the past five years");
//   "event":     the event it refers to ("the next day", "a day after",
//                "pada hari yang sama"): no interval of its own here, only
//                the offset in days;
//   "story-year": the year the story last wrote in full ("November that
//                year", "pada November tahun itu");
//   "none":      nothing, a date written in full ("8-9 May 2026", "in 2017").
const char* Anchor(const TimeMention& m) {
  if (m.relative_to_event) return "event";
  return m.from_published ? "published" : m.from_story_year ? "story-year" : "none";
}

struct ArticleDates {
  std::string path;
  Article article;
  std::string bytes;
  std::vector<DateFound> dates;
};

// The expressions of every sentence, tagged as the extractor tags them (one
// sentence at a time, against the publication date, in the article's language).
std::vector<DateFound> FindDates(const Article& article) {
  std::vector<DateFound> out;
  TemporalContext context{article.published, article.language, std::nullopt};
  for (const Sentence& sentence : article.sentences) {
    std::string_view text = article.Text(sentence);
    std::vector<TimeMention> mentions = FindTimeMentions(text, Tokenize(text), context);
    context.story_year = StoryYearAfter(mentions, context.story_year);
    for (TimeMention& m : mentions) {
      DateFound found;
      found.start = sentence.begin + m.begin;
      found.end = sentence.begin + m.end;
      found.mention = std::move(m);
      out.push_back(std::move(found));
    }
  }
  return out;
}

std::string Interval(const TimeMention& m) {
  if (m.relative_to_event) {
    auto signed_count = [](int n, const char* unit) {
      return "event" + std::string(n < 0 ? "-" : "+") + std::to_string(std::abs(n)) + unit;
    };
    if (m.offset_years) return signed_count(m.offset_years, "y");
    if (m.offset_in_months) return signed_count(m.offset_months, "mo");
    return signed_count(m.offset_days, "d");
  }
  if (!m.span.known()) return "-";
  if (*m.span.start == *m.span.end) return FormatIsoDay(*m.span.start);
  return FormatIsoDay(*m.span.start) + ".." + FormatIsoDay(*m.span.end);
}

// The text on one line: control characters (a line break inside a sentence)
// as spaces.
std::string OneLine(std::string_view text) {
  std::string out(text);
  for (char& c : out) {
    if (static_cast<unsigned char>(c) < 0x20) c = ' ';
  }
  return out;
}

std::string Pad(const std::string& text, size_t width) {
  size_t shown = DisplayWidth(text);
  return text + std::string(width > shown ? width - shown : 0, ' ');
}

void WriteTable(const std::vector<ArticleDates>& all, std::ostream& out) {
  for (const ArticleDates& a : all) {
    out << a.path << " ("
        << (a.article.published ? "published " + FormatIsoDay(*a.article.published) : "no publication date") << ", "
        << ToString(a.article.language) << "): " << a.dates.size() << (a.dates.size() == 1 ? " time expression" : " time expressions") << "\n";
    std::vector<std::vector<std::string>> rows;
    for (const DateFound& d : a.dates) {
      rows.push_back({std::to_string(d.start) + "-" + std::to_string(d.end), OneLine(d.mention.span.text),
                      Interval(d.mention), std::string(ToString(d.mention.span.precision)), Anchor(d.mention)});
    }
    std::vector<size_t> widths(5, 0);
    for (const auto& row : rows) {
      for (size_t i = 0; i < row.size(); ++i) widths[i] = std::max(widths[i], DisplayWidth(row[i]));
    }
    for (const auto& row : rows) {
      std::string line = "  ";
      for (size_t i = 0; i < row.size(); ++i) line += i + 1 < row.size() ? Pad(row[i], widths[i]) + "  " : row[i];
      out << line << "\n";
    }
  }
}

ordered_json Day(const std::optional<date::sys_days>& day) {
  return day ? ordered_json(FormatIsoDay(*day)) : ordered_json(nullptr);
}

void WriteJson(const std::vector<ArticleDates>& all, std::ostream& out) {
  ordered_json root = ordered_json::array();
  for (const ArticleDates& a : all) {
    ordered_json article;
    article["article"] = a.path;
    article["published"] = Day(a.article.published);
    ordered_json dates = ordered_json::array();
    for (const DateFound& d : a.dates) {
      const TimeMention& m = d.mention;
      ordered_json date;
      date["start"] = Day(m.span.start);
      date["end"] = Day(m.span.end);
      date["precision"] = std::string(ToString(m.span.precision));
      ordered_json entry;
      entry["text"] = m.span.text;
      entry["start"] = d.start;
      entry["end"] = d.end;
      entry["date"] = std::move(date);
      entry["anchor"] = Anchor(m);
      if (m.relative_to_event) entry["offset_days"] = m.offset_days;
      if (m.offset_months) entry["offset_months"] = m.offset_months;
      if (m.offset_years) entry["offset_years"] = m.offset_years;
      dates.push_back(std::move(entry));
    }
    article["dates"] = std::move(dates);
    root.push_back(std::move(article));
  }
  out << root.dump(2) << "\n";
}

void RunDates(const DatesOptions& opts) {
  ArticleOptions options;
  options.fallback_published = opts.article.published;
  options.language = opts.article.language;
  // Articles keep views into their bytes: sized up front, so that none moves.
  std::vector<ArticleDates> all(opts.articles.size());
  for (size_t i = 0; i < opts.articles.size(); ++i) {
    ArticleDates& a = all[i];
    a.path = opts.articles[i];
    a.bytes = ReadFile(a.path);
    a.article = ParseArticle(a.bytes, a.path, options);
    a.dates = FindDates(a.article);
    if (!a.article.published) std::cerr << "timeline: warning: " << NoPublicationDateWarning(a.path) << "\n";
  }
  std::ostringstream out;
  if (opts.format == OutputFormat::kJson) {
    WriteJson(all, out);
  } else {
    WriteTable(all, out);
  }
  std::cout << out.str();
}

}  // namespace

void AddDatesCommand(CLI::App& app, GlobalOptions&) {
  auto opts = std::make_shared<DatesOptions>();
  CLI::App* command = app.add_subcommand(
      "dates", "list every time expression found in raw articles (.txt), with its resolved interval");
  // A file that does not exist is bad input (exit 1), named by ReadFile.
  command->add_option("articles", opts->articles, "article files")->required();
  AddArticleOptions(command, opts->article);
  AddFormatOption(command, opts->format, {OutputFormat::kTable, OutputFormat::kJson}, "table (default) or json");
  command->callback([opts] { RunDates(*opts); });
}

}  // namespace timeline

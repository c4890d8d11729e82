#pragma once
// A raw news article as saved from a site -> its parts: publication date
// (from the header), title, language, and the story's paragraphs and
// sentences as byte ranges of the original file (so evidence offsets point
// into the file as given, BOM and CRLF included).

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "model/date_span.h"
#include "model/types.h"

namespace timeline {

struct Span {
  size_t begin = 0, end = 0;  // byte offsets, end exclusive
};

struct Sentence : Span {
  size_t paragraph = 0;  // index into Article::paragraphs
};

struct Article {
  std::string_view bytes;  // the file as given (not owned)
  std::string title;
  // From the header (or the story's dateline); else the caller's fallback;
  // else none: relative dates in the story then stay unknown.
  std::optional<date::sys_days> published;
  Language language = Language::kIndonesian;
  // The web address a header line gives (FindSourceUrl), else empty.
  std::string source_url;
  std::vector<Span> paragraphs;  // of the story, trailing matter dropped
  std::vector<Sentence> sentences;

  std::string_view Text(const Span& span) const {
    return bytes.substr(span.begin, span.end - span.begin);
  }
};

struct ArticleOptions {
  // The publication date when the article states none; never overrides one
  // it states.
  std::optional<date::sys_days> fallback_published;
  std::optional<Language> language;  // overrides detection
};

// REQUIRES: `bytes` outlives the result. Throws timeline::InputError naming
// `path` when the text is not UTF-8, is empty, or has no headline and story.
// An article without a findable publication date (and no fallback) is read
// all the same, with `published` unset.
Article ParseArticle(std::string_view bytes, const std::string& path, const ArticleOptions& options);

// The first publication date in one header line, if it holds one: "•
// January 26, 2026", "Rabu, 07/01/2026 16:20 WIB", "Published: 16 Jun 2026",
// "2026-02-26T09:30:00+07:00", "Diperbarui 18 Des 2025", "(10/5/2026)",
// "Thu, 04 Dec. 2025 09:30 KST" (docs/formats.md lists the shapes). Numeric
// dates whose day and month could swap are read day first unless a weekday
// on the line says otherwise (ParseArticle also weighs the story).
// `year_hint` completes a dateline without a year ("SEOUL, Feb. 6 (Yonhap)").
std::optional<date::sys_days> FindHeaderDate(std::string_view line, std::optional<int> year_hint);

// The article's web address, when a line of its header (never of its story)
// is one: a bare "https://..." or "http://..." line, or one labelled "URL:",
// "Source:", "Sumber:", "Link:", "Tautan:" (data/article.json,
// source_url_labels; docs/formats.md). The first such line counts; empty
// when there is none or the text is not UTF-8. Reads only the header.
std::string FindSourceUrl(std::string_view bytes);

// Sentences of one paragraph [begin, end) of `text`: split after . ! ? (and a
// closing quote or bracket) when the next word starts a sentence; not after
// abbreviations (U.S., Feb., Dr.), initials or inside numbers (1,5  $1.2).
std::vector<Span> SplitSentences(std::string_view text, size_t begin, size_t end);

// "id" or "en" by function-word counts.
Language DetectLanguage(std::string_view text);

}  // namespace timeline

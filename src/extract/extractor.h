#pragma once
// Raw article -> fact document: the article reader finds the sentences, the
// gazetteer the actors (registry names), the trigger lexicon the events
// (data/triggers.json), the temporal tagger their dates; factuality comes
// from negation and modality cues in the trigger's clause. Every event keeps
// the byte range of its sentence as evidence.

#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "model/event.h"

namespace timeline {

struct ExtractOptions {
  // The publication date when the article states none (never overrides one).
  std::optional<date::sys_days> fallback_published;
  std::optional<Language> language;  // overrides detection
  // Record in each Event::why the words and rules that decided its type,
  // date, actors, roles and factuality (timeline extract --explain).
  bool explain = false;
};

// Reads one article's bytes (as in the file) and returns its facts; `path`
// is recorded as article.path and named in errors. Event ids are
// "<article id>-<byte offset of the trigger>" ("-2" after it for a second event
// of one trigger): stable for the same text, whatever other events rules add or drop. Throws timeline::InputError
// naming the file when the article is unusable (not UTF-8, no story). An
// article without a publication date (and no fallback) is extracted all the
// same: article.published stays null and relative dates unknown; callers
// warn (NoPublicationDateWarning).
FactDocument ExtractArticle(std::string_view bytes, const std::string& path,
                            const ExtractOptions& options);

// Loads trigger data as the extractor does: the rules (data/triggers.json)
// and each language's words (data/lang/id/triggers.json,
// data/lang/en/triggers.json), and throws std::runtime_error naming the file
// and the key when a key is missing, unknown (a misspelling, or a section the
// rules do not declare) or names no event type. The embedded data is checked
// the same way on first use.
void CheckTriggerData(std::string_view rules, std::string_view indonesian, std::string_view english);

// The extractor's version, stored with the facts it extracted (provenance):
// "timeline-extract 0.1.0 sha256:0123456789abcdef", the program's version
// and the first 16 hex digits of a SHA-256 over the extractor's sources
// (src/extract/, src/article/) and the data compiled in (data/), computed
// by the build (cmake/ExtractorDigest.cmake), so that a change to the rules'
// code or to their words gives another version.
std::string ExtractorVersion();

// "FILE: no publication date found in the header; relative dates left unknown
// (give --published YYYY-MM-DD)": what extract and load say of such an article.
std::string NoPublicationDateWarning(const std::string& path);

// Extraction analyses a sentence in windows of at most this many tokens
// (words and punctuation marks), so that what one sentence costs is bounded
// and an article's extraction time grows linearly with its size whatever its
// shape (docs/extraction.md, "Linear time"). Real sentences are far shorter:
// the longest in the development set and the seed has 62 tokens.
constexpr size_t kMaxWindowTokens = 512;

// The windows of one sentence's text, as byte ranges [first, second) of it:
// the whole text when it has at most kMaxWindowTokens tokens; else windows
// of at most that many tokens, each cut after the last clause break (";",
// ":", a dash, a line break) in its second half, else after the last comma
// there, else after kMaxWindowTokens tokens. Together they cover the text.
std::vector<std::pair<size_t, size_t>> SentenceWindows(std::string_view sentence);

}  // namespace timeline

#pragma once
// Small text helpers with no domain knowledge. All strings are UTF-8.

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace timeline {

// Lower-cases and strips diacritics (é -> e, Ş -> s, ß -> ss) so that names
// compare "without regard to case or diacritics"; also folds typographic
// apostrophes and dashes to ASCII and collapses runs of white space.
std::string FoldForMatch(std::string_view text);

// Byte offset of the first invalid UTF-8 sequence, or npos when valid.
size_t FindInvalidUtf8(std::string_view text);

// Number of terminal columns `text` takes (one per code point; East Asian wide
// characters take two).
size_t DisplayWidth(std::string_view text);

// The longest prefix of `text` that fits in `width` columns, with "…" in the
// last column when it had to be cut. Never splits a UTF-8 sequence.
std::string FitToWidth(std::string_view text, size_t width);

// Levenshtein distance over bytes, stopping early once it passes `limit`
// (returns limit + 1 then).
size_t EditDistance(std::string_view a, std::string_view b, size_t limit);

std::string_view Trim(std::string_view text);
std::vector<std::string> Split(std::string_view text, char separator);
bool StartsWith(std::string_view text, std::string_view prefix);
bool EndsWith(std::string_view text, std::string_view suffix);

// Whether `text` is a web address: "http://" or "https://" (the scheme in
// any case), a host, then anything without white space, control characters
// or the characters a URI may not hold unencoded (" < > \ ^ ` { | }):
// "https://www.example.com/news/a?id=1#top". No other scheme
// counts: ftp:, file:, javascript:, mailto: are not an article's source.
bool IsWebAddress(std::string_view text);

// Reads a whole file; throws timeline::InputError naming `path` on failure.
std::string ReadFile(const std::string& path);

// Writes `bytes` to `path` whole or not at all: a temporary file beside it,
// then rename. Throws timeline::Error naming the path on failure.
void WriteFileAtomically(const std::string& path, std::string_view bytes);

}  // namespace timeline

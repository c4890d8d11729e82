#include "util/text.h"

#include <utf8proc.h>

#include <algorithm>
#include <cctype>
#include <fstream>
#include <sstream>

#include "util/atomic_file.h"
#include "util/error.h"

namespace timeline {
namespace {

// Latin letters with diacritics (U+00C0..U+024F) and their ASCII base,
// lower-cased; generated from Unicode's NFKD decompositions.
struct Fold {
  char32_t code_point;
  const char* ascii;
};
const Fold kLatinFolds[] = {
    {0xC0, "a"},
    {0xC1, "a"},
    {0xC2, "a"},
    {0xC3, "a"},
    {0xC4, "a"},
    {0xC5, "a"},
    {0xC6, "ae"},
    {0xC7, "c"},
    {0xC8, "e"},
    {0xC9, "e"},
    {0xCA, "e"},
    {0xCB, "e"},
    {0xCC, "i"},
    {0xCD, "i"},
    {0xCE, "i"},
    {0xCF, "i"},
    {0xD0, "d"},
    {0xD1, "n"},
    {0xD2, "o"},
    {0xD3, "o"},
    {0xD4, "o"},
    {0xD5, "o"},
    {0xD6, "o"},
    {0xD8, "o"},
    {0xD9, "u"},
    {0xDA, "u"},
    {0xDB, "u"},
    {0xDC, "u"},
    {0xDD, "y"},
    {0xDE, "th"},
    {0xDF, "ss"},
    {0xE0, "a"},
    {0xE1, "a"},
    {0xE2, "a"},
    {0xE3, "a"},
    {0xE4, "a"},
    {0xE5, "a"},
    {0xE6, "ae"},
    {0xE7, "c"},
    {0xE8, "e"},
    {0xE9, "e"},
    {0xEA, "e"},
    {0xEB, "e"},
    {0xEC, "i"},
    {0xED, "i"},
    {0xEE, "i"},
    {0xEF, "i"},
    {0xF0, "d"},
    {0xF1, "n"},
    {0xF2, "o"},
    {0xF3, "o"},
    {0xF4, "o"},
    {0xF5, "o"},
    {0xF6, "o"},
    {0xF8, "o"},
    {0xF9, "u"},
    {0xFA, "u"},
    {0xFB, "u"},
    {0xFC, "u"},
    {0xFD, "y"},
    {0xFE, "th"},
    {0xFF, "y"},
    {0x100, "a"},
    {0x101, "a"},
    {0x102, "a"},
    {0x103, "a"},
    {0x104, "a"},
    {0x105, "a"},
    {0x106, "c"},
    {0x107, "c"},
    {0x108, "c"},
    {0x109, "c"},
    {0x10A, "c"},
    {0x10B, "c"},
    {0x10C, "c"},
    {0x10D, "c"},
    {0x10E, "d"},
    {0x10F, "d"},
    {0x110, "d"},
    {0x111, "d"},
    {0x112, "e"},
    {0x113, "e"},
    {0x114, "e"},
    {0x115, "e"},
    {0x116, "e"},
    {0x117, "e"},
    {0x118, "e"},
    {0x119, "e"},
    {0x11A, "e"},
    {0x11B, "e"},
    {0x11C, "g"},
    {0x11D, "g"},
    {0x11E, "g"},
    {0x11F, "g"},
    {0x120, "g"},
    {0x121, "g"},
    {0x122, "g"},
    {0x123, "g"},
    {0x124, "h"},
    {0x125, "h"},
    {0x126, "h"},
    {0x127, "h"},
    {0x128, "i"},
    {0x129, "i"},
    {0x12A, "i"},
    {0x12B, "i"},
    {0x12C, "i"},
    {0x12D, "i"},
    {0x12E, "i"},
    {0x12F, "i"},
    {0x130, "i"},
    {0x131, "i"},
    {0x132, "ij"},
    {0x133, "ij"},
    {0x134, "j"},
    {0x135, "j"},
    {0x136, "k"},
    {0x137, "k"},
    {0x139, "l"},
    {0x13A, "l"},
    {0x13B, "l"},
    {0x13C, "l"},
    {0x13D, "l"},
    {0x13E, "l"},
    {0x141, "l"},
    {0x142, "l"},
    {0x143, "n"},
    {0x144, "n"},
    {0x145, "n"},
    {0x146, "n"},
    {0x147, "n"},
    {0x148, "n"},
    {0x14C, "o"},
    {0x14D, "o"},
    {0x14E, "o"},
    {0x14F, "o"},
    {0x150, "o"},
    {0x151, "o"},
    {0x152, "oe"},
    {0x153, "oe"},
    {0x154, "r"},
    {0x155, "r"},
    {0x156, "r"},
    {0x157, "r"},
    {0x158, "r"},
    {0x159, "r"},
    {0x15A, "s"},
    {0x15B, "s"},
    {0x15C, "s"},
    {0x15D, "s"},
    {0x15E, "s"},
    {0x15F, "s"},
    {0x160, "s"},
    {0x161, "s"},
    {0x162, "t"},
    {0x163, "t"},
    {0x164, "t"},
    {0x165, "t"},
    {0x166, "t"},
    {0x167, "t"},
    {0x168, "u"},
    {0x169, "u"},
    {0x16A, "u"},
    {0x16B, "u"},
    {0x16C, "u"},
    {0x16D, "u"},
    {0x16E, "u"},
    {0x16F, "u"},
    {0x170, "u"},
    {0x171, "u"},
    {0x172, "u"},
    {0x173, "u"},
    {0x174, "w"},
    {0x175, "w"},
    {0x176, "y"},
    {0x177, "y"},
    {0x178, "y"},
    {0x179, "z"},
    {0x17A, "z"},
    {0x17B, "z"},
    {0x17C, "z"},
    {0x17D, "z"},
    {0x17E, "z"},
    {0x17F, "s"},
    {0x192, "f"},
    {0x1A0, "o"},
    {0x1A1, "o"},
    {0x1AF, "u"},
    {0x1B0, "u"},
    {0x1C4, "dz"},
    {0x1C5, "dz"},
    {0x1C6, "dz"},
    {0x1C7, "lj"},
    {0x1C8, "lj"},
    {0x1C9, "lj"},
    {0x1CA, "nj"},
    {0x1CB, "nj"},
    {0x1CC, "nj"},
    {0x1CD, "a"},
    {0x1CE, "a"},
    {0x1CF, "i"},
    {0x1D0, "i"},
    {0x1D1, "o"},
    {0x1D2, "o"},
    {0x1D3, "u"},
    {0x1D4, "u"},
    {0x1D5, "u"},
    {0x1D6, "u"},
    {0x1D7, "u"},
    {0x1D8, "u"},
    {0x1D9, "u"},
    {0x1DA, "u"},
    {0x1DB, "u"},
    {0x1DC, "u"},
    {0x1DE, "a"},
    {0x1DF, "a"},
    {0x1E0, "a"},
    {0x1E1, "a"},
    {0x1E6, "g"},
    {0x1E7, "g"},
    {0x1E8, "k"},
    {0x1E9, "k"},
    {0x1EA, "o"},
    {0x1EB, "o"},
    {0x1EC, "o"},
    {0x1ED, "o"},
    {0x1F0, "j"},
    {0x1F1, "dz"},
    {0x1F2, "dz"},
    {0x1F3, "dz"},
    {0x1F4, "g"},
    {0x1F5, "g"},
    {0x1F8, "n"},
    {0x1F9, "n"},
    {0x1FA, "a"},
    {0x1FB, "a"},
    {0x200, "a"},
    {0x201, "a"},
    {0x202, "a"},
    {0x203, "a"},
    {0x204, "e"},
    {0x205, "e"},
    {0x206, "e"},
    {0x207, "e"},
    {0x208, "i"},
    {0x209, "i"},
    {0x20A, "i"},
    {0x20B, "i"},
    {0x20C, "o"},
    {0x20D, "o"},
    {0x20E, "o"},
    {0x20F, "o"},
    {0x210, "r"},
    {0x211, "r"},
    {0x212, "r"},
    {0x213, "r"},
    {0x214, "u"},
    {0x215, "u"},
    {0x216, "u"},
    {0x217, "u"},
    {0x218, "s"},
    {0x219, "s"},
    {0x21A, "t"},
    {0x21B, "t"},
    {0x21E, "h"},
    {0x21F, "h"},
    {0x226, "a"},
    {0x227, "a"},
    {0x228, "e"},
    {0x229, "e"},
    {0x22A, "o"},
    {0x22B, "o"},
    {0x22C, "o"},
    {0x22D, "o"},
    {0x22E, "o"},
    {0x22F, "o"},
    {0x230, "o"},
    {0x231, "o"},
    {0x232, "y"},
    {0x233, "y"}};

// Decodes one UTF-8 sequence at text[*i]; advances *i. Invalid bytes decode as
// themselves (U+0080..U+00FF would be wrong, so they map to U+FFFD).
char32_t DecodeUtf8(std::string_view text, size_t* i) {
  unsigned char c = static_cast<unsigned char>(text[*i]);
  size_t length = c < 0x80 ? 1 : (c >> 5) == 0x6 ? 2 : (c >> 4) == 0xE ? 3 : (c >> 3) == 0x1E ? 4 : 0;
  if (length == 0 || *i + length > text.size()) {
    ++*i;
    return 0xFFFD;
  }
  char32_t cp = length == 1 ? c : length == 2 ? (c & 0x1F) : length == 3 ? (c & 0x0F) : (c & 0x07);
  for (size_t k = 1; k < length; ++k) {
    unsigned char next = static_cast<unsigned char>(text[*i + k]);
    if ((next & 0xC0) != 0x80) {
      ++*i;
      return 0xFFFD;
    }
    cp = (cp << 6) | (next & 0x3F);
  }
  *i += length;
  return cp;
}

void AppendUtf8(char32_t cp, std::string* out) {
  if (cp < 0x80) {
    out->push_back(static_cast<char>(cp));
  } else if (cp < 0x800) {
    out->push_back(static_cast<char>(0xC0 | (cp >> 6)));
    out->push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  } else if (cp < 0x10000) {
    out->push_back(static_cast<char>(0xE0 | (cp >> 12)));
    out->push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
    out->push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  } else {
    out->push_back(static_cast<char>(0xF0 | (cp >> 18)));
    out->push_back(static_cast<char>(0x80 | ((cp >> 12) & 0x3F)));
    out->push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
    out->push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  }
}

const char* LatinFold(char32_t cp) {
  const Fold* end = kLatinFolds + sizeof(kLatinFolds) / sizeof(kLatinFolds[0]);
  const Fold* it = std::lower_bound(kLatinFolds, end, cp,
                                    [](const Fold& f, char32_t c) { return f.code_point < c; });
  return it != end && it->code_point == cp ? it->ascii : nullptr;
}

bool IsSpace(char32_t cp) {
  return cp == ' ' || cp == '\t' || cp == '\n' || cp == '\r' || cp == '\f' || cp == '\v' ||
         cp == 0xA0 || cp == 0x2007 || cp == 0x202F || (cp >= 0x2000 && cp <= 0x200A);
}

// Terminal columns of one code point, from utf8proc's tables of the Unicode
// East Asian Width and general categories (wide and fullwidth: 2; combining
// marks, zero-width joiners and format characters: 0; others: 1).
size_t ColumnsOf(char32_t cp) {
  int width = utf8proc_charwidth(static_cast<utf8proc_int32_t>(cp));
  return width > 0 ? static_cast<size_t>(width) : 0;
}

bool IsCombining(char32_t cp) { return cp >= 0x0300 && cp <= 0x036F; }

}  // namespace

std::string FoldForMatch(std::string_view text) {
  // Most words are printable ASCII without spaces: lower-case them without
  // decoding (the same result as the loop below; a third of extraction).
  if (std::all_of(text.begin(), text.end(), [](char c) { return c > ' ' && c < 0x7f; })) {
    std::string out(text);
    for (char& c : out) c = (c >= 'A' && c <= 'Z') ? static_cast<char>(c + 32) : c;
    return out;
  }
  std::string out;
  out.reserve(text.size());
  bool pending_space = false;
  for (size_t i = 0; i < text.size();) {
    char32_t cp = DecodeUtf8(text, &i);
    if (IsSpace(cp)) {
      pending_space = !out.empty();
      continue;
    }
    if (IsCombining(cp)) continue;  // decomposed diacritics
    if (pending_space) {
      out.push_back(' ');
      pending_space = false;
    }
    if (cp < 0x80) {
      out.push_back(static_cast<char>(cp >= 'A' && cp <= 'Z' ? cp + 32 : cp));
    } else if (const char* ascii = LatinFold(cp)) {
      out += ascii;
    } else if (cp == 0x2018 || cp == 0x2019 || cp == 0x02BC || cp == 0x00B4 || cp == 0x0060) {
      out.push_back('\'');
    } else if (cp == 0x201C || cp == 0x201D) {
      out.push_back('"');
    } else if (cp >= 0x2010 && cp <= 0x2015) {
      out.push_back('-');
    } else if ((cp >= 0x0410 && cp <= 0x042F) || (cp >= 0x0391 && cp <= 0x03A9)) {
      AppendUtf8(cp + 0x20, &out);  // Cyrillic and Greek capitals
    } else {
      AppendUtf8(cp, &out);
    }
  }
  return out;
}

size_t FindInvalidUtf8(std::string_view text) {
  size_t i = 0;
  while (i < text.size()) {
    unsigned char c = static_cast<unsigned char>(text[i]);
    if (c < 0x80) {
      ++i;
      continue;
    }
    size_t length = (c >> 5) == 0x6 ? 2 : (c >> 4) == 0xE ? 3 : (c >> 3) == 0x1E ? 4 : 0;
    if (length == 0 || i + length > text.size()) return i;
    char32_t cp = length == 2 ? (c & 0x1F) : length == 3 ? (c & 0x0F) : (c & 0x07);
    for (size_t k = 1; k < length; ++k) {
      unsigned char next = static_cast<unsigned char>(text[i + k]);
      if ((next & 0xC0) != 0x80) return i;
      cp = (cp << 6) | (next & 0x3F);
    }
    // Overlong forms, surrogates and values past U+10FFFF are invalid too.
    bool overlong = (length == 2 && cp < 0x80) || (length == 3 && cp < 0x800) ||
                    (length == 4 && cp < 0x10000);
    if (overlong || (cp >= 0xD800 && cp <= 0xDFFF) || cp > 0x10FFFF) return i;
    i += length;
  }
  return std::string_view::npos;
}

size_t DisplayWidth(std::string_view text) {
  size_t width = 0;
  for (size_t i = 0; i < text.size();) {
    if (static_cast<unsigned char>(text[i]) < 0x80) {  // ASCII: one column, no decoding
      ++width;
      ++i;
      continue;
    }
    width += ColumnsOf(DecodeUtf8(text, &i));
  }
  return width;
}

std::string FitToWidth(std::string_view text, size_t width) {
  // No character is wider than its bytes: short text fits without measuring.
  if (text.size() <= width) return std::string(text);
  if (width == 0) return DisplayWidth(text) == 0 ? std::string(text) : "";
  // One pass, measured only until the text is known not to fit: `cut` is
  // where width - 1 columns end (one is kept for the ellipsis).
  size_t used = 0, cut = std::string_view::npos;
  for (size_t i = 0; i < text.size() && used <= width;) {
    size_t begin = i;
    size_t w = 1;
    if (static_cast<unsigned char>(text[i]) < 0x80) {  // ASCII: one column, one byte
      ++i;
    } else {
      w = ColumnsOf(DecodeUtf8(text, &i));
    }
    if (cut == std::string_view::npos && used + w > width - 1) cut = begin;
    used += w;
  }
  if (used <= width) return std::string(text);
  std::string out(text.substr(0, cut));
  return out + "\xE2\x80\xA6";  // …
}

size_t EditDistance(std::string_view a, std::string_view b, size_t limit) {
  if (a.size() > b.size()) std::swap(a, b);
  if (b.size() - a.size() > limit) return limit + 1;
  std::vector<size_t> row(a.size() + 1);
  for (size_t i = 0; i <= a.size(); ++i) row[i] = i;
  for (size_t j = 1; j <= b.size(); ++j) {
    size_t diagonal = row[0];
    row[0] = j;
    size_t best = row[0];
    for (size_t i = 1; i <= a.size(); ++i) {
      size_t above = row[i];
      row[i] = std::min({row[i] + 1, row[i - 1] + 1, diagonal + (a[i - 1] == b[j - 1] ? 0 : 1)});
      diagonal = above;
      best = std::min(best, row[i]);
    }
    if (best > limit) return limit + 1;
  }
  return std::min(row[a.size()], limit + 1);
}

std::string_view Trim(std::string_view text) {
  const char* space = " \t\r\n\f\v";
  size_t begin = text.find_first_not_of(space);
  if (begin == std::string_view::npos) return {};
  size_t end = text.find_last_not_of(space);
  return text.substr(begin, end - begin + 1);
}

std::vector<std::string> Split(std::string_view text, char separator) {
  std::vector<std::string> parts;
  size_t begin = 0;
  while (true) {
    size_t end = text.find(separator, begin);
    parts.emplace_back(text.substr(begin, end == std::string_view::npos ? end : end - begin));
    if (end == std::string_view::npos) break;
    begin = end + 1;
  }
  return parts;
}

bool StartsWith(std::string_view text, std::string_view prefix) {
  return text.substr(0, prefix.size()) == prefix;
}

bool EndsWith(std::string_view text, std::string_view suffix) {
  return text.size() >= suffix.size() && text.substr(text.size() - suffix.size()) == suffix;
}

bool IsWebAddress(std::string_view text) {
  std::string_view rest;
  for (std::string_view scheme : {"http://", "https://"}) {
    if (text.size() < scheme.size()) continue;
    bool same = true;
    for (size_t i = 0; i < scheme.size(); ++i) {
      same = same && std::tolower(static_cast<unsigned char>(text[i])) == scheme[i];
    }
    if (same) rest = text.substr(scheme.size());
  }
  size_t host_end = rest.find_first_of("/?#");
  std::string_view host = rest.substr(0, host_end);
  if (host.empty() || host.front() == '.' || host.front() == ':' || host.find('@') == 0) return false;
  for (char c : rest) {
    unsigned char u = static_cast<unsigned char>(c);
    if (u <= 0x20 || u == 0x7F) return false;  // white space and control characters
    // Not in a URI (RFC 3986 §2); a browser would send them %-encoded.
    if (std::string_view("\"<>\\^`{|}").find(c) != std::string_view::npos) return false;
  }
  return true;
}

std::string ReadFile(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) throw InputError(path + ": cannot open file");
  std::ostringstream buffer;
  buffer << in.rdbuf();
  if (in.bad()) throw InputError(path + ": cannot read file");
  return std::move(buffer).str();
}

void WriteFileAtomically(const std::string& path, std::string_view bytes) {
  AtomicFile file(path);
  file.stream().write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
  file.Commit();
}

}  // namespace timeline

// md2man MANUAL.md VERSION > timeline.1: the man page timeline(1) from
// docs/manual.md, at build time. The manual uses a small part of Markdown
// (headings, paragraphs, fenced code, pipe tables, lists, `code`, **bold**,
// [links](...)), so a page of C++ converts it and the build needs no pandoc.
// Anything else passes through as text, escaped for roff.

#include <cctype>
#include <cstdio>
#include <fstream>
#include <iostream>
#include <sstream>
#include <string>
#include <vector>

namespace {

// Text for roff: backslashes escaped, and every non-ASCII character written
// \[uXXXX], so that the page reads the same whatever the reader's locale
// (man feeds pages through preconv by the locale's encoding).
std::string Escape(const std::string& text) {
  std::string out;
  for (size_t i = 0; i < text.size(); ++i) {
    unsigned char c = static_cast<unsigned char>(text[i]);
    if (c == '\\') {
      out += "\\e";
    } else if (c < 0x80) {
      out += static_cast<char>(c);
    } else {
      size_t length = c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : 2;
      unsigned code = c & (length == 4 ? 0x07 : length == 3 ? 0x0F : 0x1F);
      for (size_t k = 1; k < length && i + k < text.size(); ++k) {
        code = (code << 6) | (static_cast<unsigned char>(text[i + k]) & 0x3F);
      }
      i += length - 1;
      char hex[16];
      std::snprintf(hex, sizeof hex, "\\[u%04X]", code);
      out += hex;
    }
  }
  return out;
}

std::string LineStart(const std::string& line) {
  return !line.empty() && (line[0] == '.' || line[0] == '\'') ? "\\&" + line : line;
}

// Code spans, bold and links to roff fonts; in code, '-' is a minus so that
// options copied from the page work.
std::string Inline(const std::string& text) {
  std::string out;
  for (size_t i = 0; i < text.size(); ++i) {
    char c = text[i];
    if (c == '`') {
      size_t end = text.find('`', i + 1);
      if (end != std::string::npos) {
        std::string code = Escape(text.substr(i + 1, end - i - 1));
        std::string minus;
        for (char k : code) minus += k == '-' ? std::string("\\-") : std::string(1, k);
        out += "\\fB" + minus + "\\fR";
        i = end;
        continue;
      }
    }
    if (c == '*' && i + 1 < text.size() && text[i + 1] == '*') {
      size_t end = text.find("**", i + 2);
      if (end != std::string::npos) {
        out += "\\fB" + Inline(text.substr(i + 2, end - i - 2)) + "\\fR";
        i = end + 1;
        continue;
      }
    }
    if (c == '[') {
      size_t close = text.find("](", i);
      size_t end = close == std::string::npos ? close : text.find(')', close);
      if (end != std::string::npos) {
        out += Inline(text.substr(i + 1, close - i - 1));  // the link's text; the target is a file of the repository
        i = end;
        continue;
      }
    }
    // One character, with all the bytes of its UTF-8 sequence.
    unsigned char lead = static_cast<unsigned char>(c);
    size_t length = lead < 0x80 ? 1 : lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : 2;
    out += Escape(text.substr(i, length));
    i += length - 1;
  }
  return out;
}

// The cells of a table row "| a | b \| c |": split on unescaped bars.
std::vector<std::string> Cells(const std::string& row) {
  std::vector<std::string> cells;
  std::string cell;
  bool in_code = false;
  for (size_t i = 1; i < row.size(); ++i) {
    char c = row[i];
    if (c == '\\' && i + 1 < row.size() && row[i + 1] == '|') {  // a bar inside a cell
      cell += "|";
      ++i;
      continue;
    }
    if (c == '`') in_code = !in_code;
    if (c == '|' && !in_code) {
      size_t begin = cell.find_first_not_of(' '), end = cell.find_last_not_of(' ');
      cells.push_back(begin == std::string::npos ? "" : cell.substr(begin, end - begin + 1));
      cell.clear();
      continue;
    }
    cell += c;
  }
  return cells;
}

bool StartsWith(const std::string& text, const std::string& prefix) { return text.rfind(prefix, 0) == 0; }

bool IsTableRule(const std::string& line) { return StartsWith(line, "|") && line.find_first_not_of("|-: ") == std::string::npos; }

}  // namespace

int main(int argc, char** argv) {
  if (argc != 3) {
    std::cerr << "usage: md2man MANUAL.md VERSION\n";
    return 2;
  }
  std::ifstream in(argv[1]);
  if (!in) {
    std::cerr << "md2man: cannot read " << argv[1] << "\n";
    return 1;
  }
  std::vector<std::string> lines;
  for (std::string line; std::getline(in, line);) lines.push_back(line);

  std::ostringstream out;
  out << ".TH TIMELINE 1 \"\" \"timeline " << argv[2] << "\" \"User Commands\"\n"
      << ".SH NAME\ntimeline \\- event timelines from news articles\n"
      << ".SH SYNOPSIS\n\\fBtimeline\\fR [\\fB\\-\\-db\\fR \\fIPATH\\fR] \\fICOMMAND\\fR [\\fIOPTIONS\\fR]\n"
      << ".br\n\\fBtimeline help\\fR [\\fICOMMAND\\fR]\n.br\n\\fBtimeline \\-\\-version\\fR\n"
      << ".SH DESCRIPTION\n";
  bool in_code = false, in_paragraph = false, header_row = false;
  for (size_t n = 0; n < lines.size(); ++n) {
    const std::string& line = lines[n];
    if (StartsWith(line, "```")) {
      out << (in_code ? ".fi\n.RE\n" : ".PP\n.RS 4\n.nf\n");
      in_code = !in_code;
      in_paragraph = false;
      continue;
    }
    if (in_code) {
      out << LineStart(Escape(line)) << "\n";
      continue;
    }
    if (StartsWith(line, "# ")) continue;  // the title: the page has its own
    if (StartsWith(line, "## ")) {
      out << ".SH \"" << Inline(line.substr(3)) << "\"\n";
      in_paragraph = false;
      continue;
    }
    if (StartsWith(line, "### ")) {
      out << ".SS \"" << Inline(line.substr(4)) << "\"\n";
      in_paragraph = false;
      continue;
    }
    if (line.empty()) {
      in_paragraph = false;
      header_row = false;
      continue;
    }
    if (StartsWith(line, "|")) {
      // A table: each row a tagged paragraph, its first cell the tag, the
      // others after it. The header row names the columns: left out.
      if (!header_row && n + 1 < lines.size() && IsTableRule(lines[n + 1])) {
        header_row = true;
        continue;
      }
      if (IsTableRule(line)) continue;
      std::vector<std::string> cells = Cells(line);
      if (cells.empty()) continue;
      out << ".TP\n" << LineStart(Inline(cells[0])) << "\n";
      std::string rest;
      for (size_t i = 1; i < cells.size(); ++i) {
        if (cells[i].empty()) continue;
        rest += (rest.empty() ? "" : " \\(em ") + Inline(cells[i]);
      }
      out << LineStart(rest) << "\n";
      in_paragraph = false;
      continue;
    }
    if (StartsWith(line, "- ")) {
      out << ".IP \\(bu 2\n" << LineStart(Inline(line.substr(2))) << "\n";
      in_paragraph = true;  // continuation lines join the item
      continue;
    }
    if (line.size() > 2 && isdigit(static_cast<unsigned char>(line[0])) && StartsWith(line.substr(1), ". ")) {
      out << ".IP " << line[0] << ". 4\n" << LineStart(Inline(line.substr(3))) << "\n";
      in_paragraph = true;
      continue;
    }
    if (!in_paragraph) out << ".PP\n";
    in_paragraph = true;
    size_t indent = line.find_first_not_of(' ');
    out << LineStart(Inline(line.substr(indent))) << "\n";
  }
  std::cout << out.str();
  return 0;
}

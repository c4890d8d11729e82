#pragma once
// What an export says of the file an event's article came from (exports.md):
// never an absolute local path, which names this machine's folders and is no
// use anywhere else.
//
// - CSV `source_path` and the iCalendar DESCRIPTION (kLabel): the article's
//   path relative to the database's folder when it lies inside it, else
//   relative to the export file's folder when it lies inside that, else its
//   file name.
// - JSON `article.path` (kLoadable): relative to the export file's folder,
//   as a fact file names its article (formats.md), so `timeline load` reads
//   the export back from any working folder.
//
// The store keeps the absolute path a load resolved; a path stored relative
// (by an older version) is written as it is.

#include <filesystem>
#include <string>

#include "model/event.h"

namespace timeline {

struct SourceFolders {
  std::filesystem::path database;  // the database file's folder
  std::filesystem::path output;    // the export file's folder; the working folder for stdout
  // Both absolute, symbolic links resolved (as the stored paths are): the
  // folders of these two files; an empty output file (stdout) stands for
  // the working folder.
  static SourceFolders For(const std::string& database_file, const std::string& output_file);
};

enum class SourceStyle { kLabel, kLoadable };

// `path` relative to `folder` when it lies inside it ("seeds/a.txt"), else
// empty (it lies elsewhere, or either is empty or relative).
std::string PathInside(const std::filesystem::path& path, const std::filesystem::path& folder);

// The path an export writes for `stored` (an article's stored path).
std::string ExportedSourcePath(const std::string& stored, const SourceFolders& folders, SourceStyle style);

// ExportedSourcePath for a stream of records: remembers the last article
// only (rows of one article often follow each other), so that memory does
// not grow with the number of articles an export names.
class SourceNamer {
 public:
  SourceNamer(SourceFolders folders, SourceStyle style) : folders_(std::move(folders)), style_(style) {}
  const std::string& Name(const ArticleInfo& article);

 private:
  SourceFolders folders_;
  SourceStyle style_;
  bool named_ = false;
  std::string stored_;  // the last article's stored path
  std::string name_;    // and what was written for it
};

}  // namespace timeline

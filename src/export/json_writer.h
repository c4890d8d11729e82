#pragma once
// JSON in the fact-file shape (SPEC.md §5): an array of documents, one per
// article, so that an export loads back with `timeline load` unchanged.
// Records must arrive grouped by article (Store's group_by_article order); a
// document is written as soon as its article's records end.

#include <ostream>

#include "export/source_paths.h"
#include "model/event.h"

namespace timeline {

class JsonWriter {
 public:
  // article.path counts from sources.output (source_paths.h); without it,
  // the article's file name.
  explicit JsonWriter(std::ostream& out, SourceFolders sources = {});
  void Write(const EventRecord& record);
  // Writes the last document and closes the array.
  void Finish();
  size_t documents() const { return documents_; }

 private:
  void Flush();
  std::ostream& out_;
  SourceNamer sources_;
  FactDocument current_;
  bool open_ = false;
  size_t documents_ = 0;
};

}  // namespace timeline

#pragma once
// An output file that appears whole or not at all: writes go to a temporary
// file in the same folder, Commit() flushes, fsyncs and renames it over the
// target; destroying an uncommitted AtomicFile removes the temporary file.
// A target that exists and is no regular file (a device such as /dev/null,
// a pipe) is written in place, never replaced.

#include <fstream>
#include <string>

namespace timeline {

class AtomicFile {
 public:
  // Throws timeline::InputError naming `path` when its folder does not exist
  // or cannot be written.
  explicit AtomicFile(std::string path);
  ~AtomicFile();
  AtomicFile(const AtomicFile&) = delete;
  AtomicFile& operator=(const AtomicFile&) = delete;

  std::ostream& stream() { return out_; }
  // Throws timeline::Error when flushing or renaming fails.
  void Commit();

 private:
  std::string path_;
  std::string temp_path_;
  std::ofstream out_;
  bool committed_ = false;
  bool direct_ = false;  // written in place: the target is a device or a pipe
};

}  // namespace timeline

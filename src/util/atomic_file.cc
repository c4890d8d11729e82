#include "util/atomic_file.h"

#include <fcntl.h>
#include <unistd.h>

#include <cstdio>
#include <filesystem>
#include <random>

#include "util/error.h"

namespace timeline {

namespace fs = std::filesystem;

AtomicFile::AtomicFile(std::string path) : path_(std::move(path)) {
  fs::path target(path_);
  fs::path folder = target.has_parent_path() ? target.parent_path() : fs::path(".");
  std::error_code ec;
  if (!fs::is_directory(folder, ec)) {
    throw InputError(path_ + ": folder " + folder.string() + " does not exist; create it first");
  }
  // A device, a pipe or a socket ("-o /dev/null", "-o >(gzip ...)") is
  // written in place: renaming a file over it would replace the device
  // itself (as root, /dev/null), and it cannot appear "whole" anyway.
  fs::file_status status = fs::status(target, ec);
  if (!ec && fs::exists(status) && !fs::is_regular_file(status)) {
    direct_ = true;
    out_.open(path_, std::ios::binary);
    if (!out_) throw InputError(path_ + ": cannot write to it");
    return;
  }
  std::random_device random;
  temp_path_ = (folder / ("." + target.filename().string() + ".tmp" +
                          std::to_string(::getpid()) + "-" + std::to_string(random())))
                   .string();
  out_.open(temp_path_, std::ios::binary | std::ios::trunc);
  if (!out_) throw InputError(path_ + ": cannot write in folder " + folder.string());
}

AtomicFile::~AtomicFile() {
  if (!committed_ && !direct_) {
    out_.close();
    std::remove(temp_path_.c_str());
  }
}

void AtomicFile::Commit() {
  out_.flush();
  if (!out_) throw Error(path_ + ": write failed (disk full?)");
  out_.close();
  if (direct_) {
    committed_ = true;
    return;
  }
  // fsync before rename so that a crash leaves the old file or the new one.
  int fd = ::open(temp_path_.c_str(), O_RDONLY);
  if (fd >= 0) {
    ::fsync(fd);
    ::close(fd);
  }
  if (std::rename(temp_path_.c_str(), path_.c_str()) != 0) {
    std::remove(temp_path_.c_str());
    throw Error(path_ + ": cannot replace the file");
  }
  committed_ = true;
}

}  // namespace timeline

// AtomicFile: a regular file appears whole; a pipe or device is written in
// place and never replaced by a regular file.

#include <catch2/catch.hpp>

#include <sys/stat.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <iterator>
#include <string>
#include <thread>

#include "util/atomic_file.h"

namespace fs = std::filesystem;
using timeline::AtomicFile;

TEST_CASE("AtomicFile writes a pipe in place and leaves it a pipe", "[util]") {
  fs::path dir = fs::temp_directory_path() / ("atomic_file_test_" + std::to_string(::getpid()));
  fs::create_directories(dir);
  fs::path fifo = dir / "out.fifo";
  REQUIRE(::mkfifo(fifo.c_str(), 0600) == 0);
  std::string read;
  std::thread reader([&] {
    std::ifstream in(fifo, std::ios::binary);
    read.assign(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
  });
  {
    AtomicFile file(fifo.string());
    file.stream() << "a,b\n1,2\n";
    file.Commit();
  }
  reader.join();
  CHECK(read == "a,b\n1,2\n");
  CHECK(fs::is_fifo(fifo));  // not replaced by a regular file
  // A regular file still appears whole, by rename.
  fs::path regular = dir / "out.csv";
  {
    AtomicFile file(regular.string());
    file.stream() << "x\n";
    CHECK_FALSE(fs::exists(regular));  // nothing there before Commit
    file.Commit();
  }
  CHECK(fs::is_regular_file(regular));
  fs::remove_all(dir);
}

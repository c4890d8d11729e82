#pragma once
// A progress bar with rate and time left for long loads and exports, drawn on
// stderr only when stderr is a terminal (nothing at all otherwise, so logs and
// pipes stay clean). Redraws at most ten times a second.

#include <chrono>
#include <cstdint>
#include <cstdio>
#include <string>

namespace timeline {

class Progress {
 public:
  // `total` in `unit`s ("bytes" are shown as MB); 0 when unknown.
  Progress(std::string label, uint64_t total, std::string unit);
  ~Progress();  // clears the bar
  Progress(const Progress&) = delete;
  Progress& operator=(const Progress&) = delete;

  void Update(uint64_t done);
  bool active() const { return active_; }

 private:
  void Draw(uint64_t done);

  std::string label_;
  uint64_t total_;
  std::string unit_;
  bool active_;
  std::chrono::steady_clock::time_point start_;
  std::chrono::steady_clock::time_point last_draw_;
};

}  // namespace timeline

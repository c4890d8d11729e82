#include "util/progress.h"

#include <unistd.h>

namespace timeline {

namespace {
constexpr auto kRedrawEvery = std::chrono::milliseconds(100);
// Don't flash a bar for work that ends at once.
constexpr auto kFirstDrawAfter = std::chrono::milliseconds(500);
}  // namespace

Progress::Progress(std::string label, uint64_t total, std::string unit)
    : label_(std::move(label)),
      total_(total),
      unit_(std::move(unit)),
      active_(::isatty(STDERR_FILENO) == 1),
      start_(std::chrono::steady_clock::now()),
      last_draw_(start_) {}

Progress::~Progress() {
  if (active_ && last_draw_ != start_) std::fprintf(stderr, "\r\x1b[K");
}

void Progress::Update(uint64_t done) {
  if (!active_) return;
  auto now = std::chrono::steady_clock::now();
  if (now - start_ < kFirstDrawAfter || now - last_draw_ < kRedrawEvery) return;
  last_draw_ = now;
  Draw(done);
}

void Progress::Draw(uint64_t done) {
  double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start_).count();
  bool bytes = unit_ == "bytes";
  double scale = bytes ? 1e6 : 1.0;
  const char* shown_unit = bytes ? "MB" : unit_.c_str();
  double rate = seconds > 0 ? done / seconds : 0;
  char line[160];
  if (total_ > 0) {
    double fraction = done >= total_ ? 1.0 : static_cast<double>(done) / total_;
    int filled = static_cast<int>(fraction * 24);
    std::string bar(filled, '#');
    bar.resize(24, '.');
    double left = rate > 0 ? (total_ - std::min(done, total_)) / rate : 0;
    std::snprintf(line, sizeof line, "%s [%s] %3.0f%%  %.1f %s/s  %.0f s left", label_.c_str(),
                  bar.c_str(), fraction * 100, rate / scale, shown_unit, left);
  } else {
    std::snprintf(line, sizeof line, "%s %.1f %s  %.1f %s/s", label_.c_str(), done / scale,
                  shown_unit, rate / scale, shown_unit);
  }
  std::fprintf(stderr, "\r%s\x1b[K", line);
  std::fflush(stderr);
}

}  // namespace timeline

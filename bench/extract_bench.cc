// Extraction speed on one core: articles/s and MB/s of article text over the
// seed, the fixture articles (tests/fixtures/eval, where there are any) and
// the .txt articles of any ARTICLE_DIR given (the shared development set:
// /work/shared/eval/dev/articles), repeated until about two seconds have
// passed (or ROUNDS times, 0 for timed: a fixed amount of work, for counting
// instructions under callgrind). Prints figures; asserts nothing about time.
//
//   build/bench/bench_extract [REPO_ROOT [ROUNDS [ARTICLE_DIR...]]]

#include <algorithm>
#include <chrono>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <sstream>
#include <string>
#include <vector>

#include "extract/extractor.h"

namespace fs = std::filesystem;

int main(int argc, char** argv) {
  fs::path root = argc > 1 ? fs::path(argv[1]) : fs::path(TIMELINE_SOURCE_DIR);
  size_t fixed_rounds = argc > 2 ? std::stoul(argv[2]) : 0;
  std::vector<std::pair<std::string, std::string>> articles;
  std::vector<fs::path> dirs = {root / "tests/fixtures/eval/articles"};
  for (int i = 3; i < argc; ++i) dirs.emplace_back(argv[i]);
  for (const fs::path& dir : dirs) {
    if (!fs::is_directory(dir)) continue;
    std::vector<fs::path> paths;
    for (const auto& entry : fs::directory_iterator(dir)) {
      if (entry.path().extension() == ".txt") paths.push_back(entry.path());
    }
    std::sort(paths.begin(), paths.end());
    for (const fs::path& path : paths) {
      std::ifstream in(path, std::ios::binary);
      std::ostringstream bytes;
      bytes << in.rdbuf();
      articles.emplace_back(path.string(), bytes.str());
    }
  }
  {
    std::ifstream in(root / "seeds/000_69a52ad502c6601e.txt", std::ios::binary);
    std::ostringstream bytes;
    bytes << in.rdbuf();
    articles.emplace_back("seed", bytes.str());
  }
  size_t bytes_per_round = 0;
  for (const auto& a : articles) bytes_per_round += a.second.size();
  // Warm up: loads the lexicon and the registry once, as a real run does.
  timeline::ExtractArticle(articles[0].second, articles[0].first, {});
  auto start = std::chrono::steady_clock::now();
  size_t rounds = 0, events = 0;
  double seconds = 0;
  while (fixed_rounds ? rounds < fixed_rounds : seconds < 2.0) {
    for (const auto& [path, text] : articles) events += timeline::ExtractArticle(text, path, {}).events.size();
    ++rounds;
    seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  }
  double megabytes = static_cast<double>(bytes_per_round * rounds) / 1e6;
  std::cout << "articles: " << articles.size() << " (" << bytes_per_round << " bytes), rounds: " << rounds
            << ", events: " << events << "\n"
            << "articles/s: " << static_cast<double>(articles.size() * rounds) / seconds << "\n"
            << "MB/s: " << megabytes / seconds << " (one core)\n";
  return 0;
}

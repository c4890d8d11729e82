#pragma once
// A deterministic generator of synthetic timeline data for the benchmarks:
// N events in fact documents (SPEC.md §5) with the articles they cite. Actors
// are Zipf-distributed over the registry (North Korea first, in about two
// events of three), dates uniform over 1990–2026 at mixed precisions
// (day 38%, week 20%, month 24%, year 14%, range 3% of up to five years,
// unknown 1%), and titles drawn from a Zipf vocabulary so that full-text
// questions have answers of every size. The same seed gives the same bytes.

#include <cstdint>
#include <functional>
#include <string>
#include <vector>

#include "model/event.h"

namespace timeline::bench {

// xoshiro256** (Blackman and Vigna): the standard library's distributions are
// implementation-defined, so the benchmarks draw their own numbers.
class Random {
 public:
  explicit Random(uint64_t seed);
  uint64_t Next();
  double Uniform();                        // [0, 1)
  uint64_t Below(uint64_t bound);          // [0, bound)

 private:
  uint64_t s_[4];
};

// Ranks 1..n drawn with probability proportional to 1 / rank^s (inverse CDF
// over a precomputed table).
class Zipf {
 public:
  Zipf(size_t n, double s);
  size_t Draw(Random& random) const;  // 0-based rank

 private:
  std::vector<double> cdf_;
};

struct GeneratedDocument {
  FactDocument facts;       // article.path relative to the output folder
  std::string article_text; // the bytes the evidence points into
};

struct GeneratorOptions {
  uint64_t events = 10000;
  uint64_t events_per_article = 16;
  uint64_t seed = 20260126;
};

// The actor ids the generator draws from, most frequent first.
std::vector<std::string> GeneratorActors();
// The vocabulary of titles, most frequent first.
const std::vector<std::string>& GeneratorWords();

// Calls `document` for each generated document, in order.
void Generate(const GeneratorOptions& options,
              const std::function<void(const GeneratedDocument&)>& document);

}  // namespace timeline::bench

#pragma once
// Content digests: SHA-256 (article ids are its hex prefix, SPEC.md §5) and
// FNV-1a 64 (cheap change detection inside the database).

#include <cstdint>
#include <string>
#include <string_view>

namespace timeline {

// Lower-case hex SHA-256 of `bytes` (FIPS 180-4).
std::string Sha256Hex(std::string_view bytes);

// The article id of an article file: the first 16 hex digits of its SHA-256.
inline std::string ArticleIdOf(std::string_view bytes) { return Sha256Hex(bytes).substr(0, 16); }

uint64_t Fnv1a64(std::string_view bytes);
std::string Fnv1a64Hex(std::string_view bytes);

// FNV-1a 64 over pieces fed in order: Fnv1a64(a + b) == hasher.Add(a), Add(b).
class Fnv1a64Hasher {
 public:
  void Add(std::string_view bytes);
  uint64_t value() const { return hash_; }
  std::string Hex() const;  // 16 lower-case hex digits

 private:
  uint64_t hash_ = 0xcbf29ce484222325ULL;
};

}  // namespace timeline

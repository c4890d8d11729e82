#include "util/hash.h"

#include <openssl/sha.h>

#include <cstdio>

namespace timeline {

// OpenSSL's SHA-256 (libcrypto): it uses the processor's SHA or vector
// instructions where there are some, and every extracted article is hashed
// whole for its id (the hash was 9% of extraction with portable code).
std::string Sha256Hex(std::string_view bytes) {
  unsigned char digest[SHA256_DIGEST_LENGTH];
  SHA256(reinterpret_cast<const unsigned char*>(bytes.data()), bytes.size(), digest);
  static const char kHex[] = "0123456789abcdef";
  std::string hex(2 * SHA256_DIGEST_LENGTH, '0');
  for (int i = 0; i < SHA256_DIGEST_LENGTH; ++i) {
    hex[2 * i] = kHex[digest[i] >> 4];
    hex[2 * i + 1] = kHex[digest[i] & 15];
  }
  return hex;
}

void Fnv1a64Hasher::Add(std::string_view bytes) {
  for (unsigned char c : bytes) {
    hash_ ^= c;
    hash_ *= 0x100000001b3ULL;
  }
}

std::string Fnv1a64Hasher::Hex() const {
  char buffer[17];
  std::snprintf(buffer, sizeof buffer, "%016llx", static_cast<unsigned long long>(hash_));
  return buffer;
}

uint64_t Fnv1a64(std::string_view bytes) {
  Fnv1a64Hasher hasher;
  hasher.Add(bytes);
  return hasher.value();
}

std::string Fnv1a64Hex(std::string_view bytes) {
  Fnv1a64Hasher hasher;
  hasher.Add(bytes);
  return hasher.Hex();
}

}  // namespace timeline

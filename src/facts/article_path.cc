#include "facts/article_path.h"

namespace timeline {

namespace fs = std::filesystem;

namespace {

// Absolute, with the symbolic links of the part that exists resolved: a
// relative path with ".." written from it then climbs the folders the
// kernel climbs when it opens the file.
fs::path Physical(const fs::path& path) {
  std::error_code ec;
  fs::path absolute = fs::absolute(path, ec);
  if (ec) return path.lexically_normal();
  fs::path canonical = fs::weakly_canonical(absolute, ec);
  return ec ? absolute.lexically_normal() : canonical;
}

}  // namespace

fs::path ResolveArticlePath(std::string_view article_path, std::string_view fact_file) {
  fs::path given{std::string(article_path)};
  if (given.is_absolute()) return Physical(given);
  return Physical(fs::path(std::string(fact_file)).parent_path() / given);
}

std::string ArticlePathFor(std::string_view article, std::string_view fact_file) {
  fs::path target = Physical(fs::path(std::string(article)));
  fs::path folder = Physical(fs::path(std::string(fact_file))).parent_path();
  fs::path relative = target.lexically_relative(folder);
  // Empty only when the two share no root, which POSIX paths always do.
  return relative.empty() ? target.string() : relative.generic_string();
}

}  // namespace timeline

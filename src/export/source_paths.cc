#include "export/source_paths.h"

namespace timeline {

namespace fs = std::filesystem;

namespace {

// The folder of `file`, absolute, links resolved; of "" the working folder.
fs::path FolderOf(const std::string& file) {
  std::error_code ec;
  fs::path folder = file.empty() ? fs::current_path(ec) : fs::absolute(file, ec).parent_path();
  if (ec) return {};
  fs::path canonical = fs::weakly_canonical(folder, ec);
  return ec ? folder.lexically_normal() : canonical;
}

}  // namespace

SourceFolders SourceFolders::For(const std::string& database_file, const std::string& output_file) {
  return SourceFolders{FolderOf(database_file), FolderOf(output_file)};
}

namespace {

// Stored paths and SourceFolders are normal already (no "." or ".." parts,
// no doubled separators): a prefix test is enough, and cheap enough for
// every CSV row. Anything else goes through lexically_relative.
bool Plain(const std::string& p) { return p.find("/.") == std::string::npos && p.find("//") == std::string::npos; }

// PathInside of two plain absolute paths, by their text.
std::string PlainPathInside(const std::string& p, const std::string& f) {
  size_t base = f.size() == 1 ? 1 : f.size() + 1;  // "/" or "/home/ana" + "/"
  if (p.size() <= base || p.compare(0, f.size(), f) != 0 || (f.size() > 1 && p[f.size()] != '/')) return "";
  return p.substr(base);
}

}  // namespace

std::string PathInside(const fs::path& path, const fs::path& folder) {
  if (!path.is_absolute() || !folder.is_absolute()) return "";
  const std::string& p = path.native();
  const std::string& f = folder.native();
  if (Plain(p) && Plain(f)) return PlainPathInside(p, f);
  fs::path relative = path.lexically_normal().lexically_relative(folder.lexically_normal());
  if (relative.empty() || relative == "." || *relative.begin() == "..") return "";
  return relative.generic_string();
}

std::string ExportedSourcePath(const std::string& stored, const SourceFolders& folders, SourceStyle style) {
  // The label of a plain absolute path (POSIX: it begins with the root
  // directory), the usual case, by its text: making an fs::path of it
  // allocates its parts, 17% of the CSV writer's time (perf). The same
  // answer as below.
  if (style == SourceStyle::kLabel && fs::path::preferred_separator == '/' && !stored.empty() && stored[0] == '/' &&
      Plain(stored)) {
    for (const fs::path* folder : {&folders.database, &folders.output}) {
      if (!folder->is_absolute()) continue;
      std::string inside = Plain(folder->native()) ? PlainPathInside(stored, folder->native())
                                                   : PathInside(fs::path(stored), *folder);
      if (!inside.empty()) return inside;
    }
    return stored.substr(stored.rfind('/') + 1);
  }
  fs::path path(stored);
  if (!path.is_absolute()) return stored;
  if (style == SourceStyle::kLoadable) {
    fs::path relative = folders.output.is_absolute() ? path.lexically_relative(folders.output) : fs::path();
    return relative.empty() ? path.filename().string() : relative.generic_string();
  }
  for (const fs::path* folder : {&folders.database, &folders.output}) {
    std::string inside = PathInside(path, *folder);
    if (!inside.empty()) return inside;
  }
  return stored.substr(stored.rfind('/') + 1);
}

const std::string& SourceNamer::Name(const ArticleInfo& article) {
  if (!named_ || article.path != stored_) {
    stored_ = article.path;
    name_ = ExportedSourcePath(article.path, folders_, style_);
    named_ = true;
  }
  return name_;
}

}  // namespace timeline

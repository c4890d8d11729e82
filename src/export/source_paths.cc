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

std::string PathInside(const fs::path& path, const fs::path& folder) {
  if (!path.is_absolute() || !folder.is_absolute()) return "";
  fs::path relative = path.lexically_relative(folder);
  if (relative.empty() || relative == "." || *relative.begin() == "..") return "";
  return relative.generic_string();
}

std::string ExportedSourcePath(const std::string& stored, const SourceFolders& folders, SourceStyle style) {
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
  return path.filename().string();
}

const std::string& SourceNamer::Name(const ArticleInfo& article) {
  auto it = names_.find(article.path);
  if (it == names_.end()) {
    it = names_.emplace(article.path, ExportedSourcePath(article.path, folders_, style_)).first;
  }
  return it->second;
}

}  // namespace timeline

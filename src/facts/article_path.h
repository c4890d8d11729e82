#pragma once
// Where a fact file's article.path points (formats.md): a relative path
// counts from the fact file's own folder, so a fact file and its article can
// move together and load from any working folder; an absolute path is taken
// as it is.

#include <filesystem>
#include <string>
#include <string_view>

namespace timeline {

// The article `article_path` of the fact file `fact_file` names: absolute,
// symbolic links of its existing part resolved (std::filesystem's
// weakly_canonical), so that a message can say exactly where it looked.
std::filesystem::path ResolveArticlePath(std::string_view article_path, std::string_view fact_file);

// What a fact file written at `fact_file` (which need not exist yet; its
// folder must) records for the article at `article`: the article's path
// relative to the fact file's folder ("a.txt", "../articles/a.txt").
// ResolveArticlePath of the result leads back to `article`.
std::string ArticlePathFor(std::string_view article, std::string_view fact_file);

}  // namespace timeline

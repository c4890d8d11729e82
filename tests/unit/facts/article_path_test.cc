// Where a fact file's article.path leads, and what a fact file written
// somewhere records for its article: the two must meet, from any folder.

#include <catch2/catch.hpp>
#include <filesystem>

#include "cli/run.h"
#include "facts/article_path.h"

using namespace timeline;
using timeline::testing::TempDir;
using timeline::testing::WriteAll;
namespace fs = std::filesystem;

TEST_CASE("A relative article path counts from the fact file's folder", "[facts]") {
  TempDir dir;
  fs::path root = fs::weakly_canonical(dir.path());
  fs::create_directories(root / "facts");
  CHECK(ResolveArticlePath("a.txt", (root / "facts" / "a.json").string()) == root / "facts" / "a.txt");
  CHECK(ResolveArticlePath("../articles/a.txt", (root / "facts" / "a.json").string()) ==
        root / "articles" / "a.txt");
  // An absolute path is taken as it is, wherever the fact file lies.
  CHECK(ResolveArticlePath((root / "x" / "a.txt").string(), "elsewhere/f.json") == root / "x" / "a.txt");
  // A fact file given relative counts from the working folder, as the shell does.
  CHECK(ResolveArticlePath("a.txt", "f.json") == fs::weakly_canonical(fs::current_path() / "a.txt"));
  CHECK(ResolveArticlePath("a.txt", "f.json").is_absolute());
}

TEST_CASE("A fact file names its article from its own folder, and that leads back", "[facts]") {
  TempDir dir;
  fs::path root = fs::weakly_canonical(dir.path());
  fs::create_directories(root / "articles");
  fs::create_directories(root / "facts" / "deep");
  WriteAll((root / "articles" / "a.txt").string(), "text");
  struct Case {
    fs::path fact_file;
    std::string expected;
  };
  const Case cases[] = {
      {root / "facts" / "a.json", "../articles/a.txt"},
      {root / "facts" / "deep" / "a.json", "../../articles/a.txt"},
      {root / "articles" / "a.json", "a.txt"},
      {root / "a.json", "articles/a.txt"},
  };
  for (const Case& c : cases) {
    INFO(c.fact_file);
    std::string written = ArticlePathFor((root / "articles" / "a.txt").string(), c.fact_file.string());
    CHECK(written == c.expected);
    CHECK(ResolveArticlePath(written, c.fact_file.string()) == root / "articles" / "a.txt");
  }
}

TEST_CASE("A fact file in a linked folder names the article the kernel finds from there", "[facts]") {
  // facts -> real/facts: written lexically, "../articles/a.txt" from facts/
  // would climb to real/, where there is no article.
  TempDir dir;
  fs::path root = fs::weakly_canonical(dir.path());
  fs::create_directories(root / "articles");
  fs::create_directories(root / "real" / "facts");
  fs::create_directory_symlink(root / "real" / "facts", root / "facts");
  WriteAll((root / "articles" / "a.txt").string(), "text");
  std::string fact_file = (root / "facts" / "a.json").string();
  std::string written = ArticlePathFor((root / "articles" / "a.txt").string(), fact_file);
  CHECK(written == "../../articles/a.txt");
  CHECK(fs::exists(root / "facts" / written));
  CHECK(ResolveArticlePath(written, fact_file) == root / "articles" / "a.txt");
}

// Extraction speed by shape of text (docs/performance.md, "Extraction
// speed"): MB/s on one core for normal articles and for pathological ones
// built from the same words, each at growing sizes, so that a time growing
// faster than the size shows; and `timeline extract --jobs 2` against one job
// over many articles. Prints figures; asserts nothing about time.
//
//   build/bench/bench_linear [--articles DIR]... [--sizes 1,4] [--shapes a,b]
//                            [--budget SECONDS] [--jobs-copies N] [--no-jobs]
//                            [--timeline PATH] [--write DIR]
//
// --articles  directories of normal articles (default: the shared
//             development set, ../shared/eval/dev/articles, and seeds/);
//             every *.txt whose extraction succeeds.
// --sizes     article sizes in MB for the pathological shapes.
// --budget    a shape whose run takes longer than this many seconds is not
//             run at the larger sizes (a quadratic shape would take hours).
// --write     also write each generated article to DIR (to profile one with
//             `timeline extract`).
//
// Shapes (each one article: a dated header, a title, then the body):
//   sentence-id, sentence-en  the normal articles' bodies in one paragraph
//                             with no sentence punctuation: one sentence
//   triggers    trigger words in a row, no actors, no dates
//   events      "Korea Utara menyerang Jepang pada 5 Mei 2025 , kata ..."
//               over and over in one sentence: triggers, actors, dates,
//               commas, clause breaks, attributions, cues
//   table       a table pasted as text: short lines of numbers, names and
//               tabs, no blank line and no full stop (one sentence)
//   dates       "5 Mei 2025, 6 Mei 2025, ..." in one sentence
//   actors      registry names in a row in one sentence
//   prepositions "pada hari pada sejak ..." (words a date may start with)
//   sentences   short sentences, most dated a day of their own: the events
//               of one article grow with it (Merge and the look-backs)
//   protests    condemnations with no target, each dated: each looks back
//               for the event it answers
//   groups      thefts on one day by groups the registry does not know,
//               each another ("the Kovax group stole ..."): events of one
//               type and day with no party in common, all kept (Merge)

#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <ctime>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <functional>
#include <iostream>
#include <map>
#include <sstream>
#include <string>
#include <vector>

#include "extract/extractor.h"
#include "util/error.h"

namespace fs = std::filesystem;

namespace {

double Now() {
  return std::chrono::duration<double>(std::chrono::steady_clock::now().time_since_epoch()).count();
}

// This thread's CPU time: the in-process figures are CPU seconds, which other
// work on a shared machine disturbs less than wall time.
double Cpu() {
  timespec t{};
  clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t);
  return static_cast<double>(t.tv_sec) + static_cast<double>(t.tv_nsec) / 1e9;
}

std::string ReadAll(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream bytes;
  bytes << in.rdbuf();
  return bytes.str();
}

struct Article {
  std::string path, text;
};

// The body of an article: what follows its title (the first blank line
// after the first non-blank lines).
std::string Body(const std::string& text) {
  size_t at = text.find("\n\n");
  at = at == std::string::npos ? 0 : text.find("\n\n", at + 2);
  return at == std::string::npos ? text : text.substr(at + 2);
}

const std::string kHeaderId = "Kompas.com - 12/03/2026, 19:48 WIB\n\nJudul berita yang panjang untuk uji kecepatan\n\n";
const std::string kHeaderEn = "Published: 12 Mar 2026\n\nA long headline for the speed test of extraction\n\n";

// `unit` repeated (with `separator` between) up to `bytes`.
std::string Repeat(const std::vector<std::string>& units, size_t bytes, const std::string& separator = " ") {
  std::string out;
  out.reserve(bytes + 256);
  for (size_t i = 0; out.size() < bytes; ++i) {
    if (i) out += separator;
    out += units[i % units.size()];
  }
  return out;
}

// The text of `articles` with . ! ? and line breaks dropped: one sentence.
std::string Unpunctuated(const std::vector<Article>& articles, bool english) {
  std::string out;
  for (const Article& a : articles) {
    bool is_english = a.text.find(" the ") != std::string::npos;
    if (is_english != english) continue;
    for (char c : Body(a.text)) {
      if (c == '.' || c == '!' || c == '?') continue;
      out += (c == '\n' || c == '\r') ? ' ' : c;
    }
    out += ' ';
  }
  return out;
}

using Shape = std::function<std::string(size_t bytes)>;

std::map<std::string, Shape> Shapes(const std::vector<Article>& normal) {
  std::map<std::string, Shape> shapes;
  std::string id_words = Unpunctuated(normal, false), en_words = Unpunctuated(normal, true);
  shapes["sentence-id"] = [id_words](size_t bytes) {
    return kHeaderId + Repeat({id_words}, bytes, "") + "\n";
  };
  shapes["sentence-en"] = [en_words](size_t bytes) {
    return kHeaderEn + Repeat({en_words}, bytes, "") + "\n";
  };
  shapes["triggers"] = [](size_t bytes) {
    return kHeaderId +
           Repeat({"menyerang", "mengecam", "bertemu", "sanksi", "latihan", "memperingatkan", "mencuri",
                   "mengatakan", "menyepakati", "peretasan"},
                  bytes) +
           "\n";
  };
  shapes["events"] = [](size_t bytes) {
    std::vector<std::string> units;
    const char* days[] = {"5 Mei 2025", "Senin (6/5)", "pada hari Jumat", "kemarin", "tahun lalu",
                          "keesokan harinya"};
    const char* verbs[] = {"menyerang", "mengecam", "bertemu dengan", "menjatuhkan sanksi kepada",
                           "tidak menyerang", "akan bertemu"};
    const char* actors[] = {"Korea Utara", "Jepang", "Amerika Serikat", "China", "Rusia", "Korea Selatan"};
    for (int i = 0; i < 36; ++i) {
      units.push_back(std::string(actors[i % 6]) + " " + verbs[(i / 6) % 6] + " " + actors[(i + 1) % 6] +
                      " pada " + days[i % 6] + " , kata Kementerian Luar Negeri bahwa latihan yang");
    }
    return kHeaderId + Repeat(units, bytes) + "\n";
  };
  shapes["table"] = [](size_t bytes) {
    std::vector<std::string> rows;
    const char* names[] = {"Korea Utara", "Jepang", "Amerika Serikat", "China", "Rusia", "Indonesia"};
    for (int i = 0; i < 60; ++i) {
      rows.push_back(std::to_string(i + 1) + "\t" + names[i % 6] + "\t" + std::to_string(2000 + i % 26) +
                     "\t" + std::to_string(1000 + 37 * i) + ",5\t" + std::to_string(i % 28 + 1) + "/" +
                     std::to_string(i % 12 + 1) + "\t" + (i % 3 ? "sanksi" : "latihan") + "\t-");
    }
    return kHeaderId + Repeat(rows, bytes, "\n") + "\n";
  };
  shapes["dates"] = [](size_t bytes) {
    std::vector<std::string> units;
    const char* months[] = {"Januari", "Februari", "Maret", "April", "Mei", "Juni"};
    for (int i = 0; i < 168; ++i) {
      units.push_back(std::to_string(i % 28 + 1) + " " + months[i % 6] + " " + std::to_string(2000 + i % 26) +
                      ",");
    }
    return kHeaderId + "Korea Utara menyerang Jepang pada " + Repeat(units, bytes) + "\n";
  };
  shapes["actors"] = [](size_t bytes) {
    return kHeaderId +
           Repeat({"Korea Utara", "Jepang", "Amerika Serikat", "China", "Rusia", "Korea Selatan", "Indonesia",
                   "Filipina", "Vietnam", "Ukraina", "Iran", "Israel"},
                  bytes) +
           "\n";
  };
  shapes["organs"] = [](size_t bytes) {
    // One sentence of states' organs that report, verbs joined by "dan",
    // possessors after nouns and unnamed attackers in places: each rule
    // that looks at the sentence's names must search them, not scan them.
    return kHeaderId +
           Repeat({"Kementerian Luar Negeri Vietnam mengatakan pada Senin bahwa", "latihan militer China",
                   "dan mendesak Jepang ,", "orang bersenjata menyerang di Papua", "dan menuduh Filipina"},
                  bytes) +
           "\n";
  };
  shapes["prepositions"] = [](size_t bytes) {
    return kHeaderId + Repeat({"pada", "hari", "sejak", "pada", "tanggal", "sekitar"}, bytes) + "\n";
  };
  // Short sentences, each dated a day of its own (1900 to 2100, then again
  // with other actors), so that the events of the article grow with it and
  // few merge.
  const size_t kDays = 201 * 336;
  auto day = [kDays](size_t i) {
    i %= kDays;
    const char* months[] = {"Januari", "Februari", "Maret",     "April",   "Mei",      "Juni",
                            "Juli",    "Agustus",  "September", "Oktober", "November", "Desember"};
    return std::to_string(i % 28 + 1) + " " + months[(i / 28) % 12] + " " + std::to_string(1900 + i / 336);
  };
  const std::vector<std::string> actors = {"Korea Utara", "Jepang", "Amerika Serikat", "China", "Rusia",
                                           "Korea Selatan", "Indonesia", "Filipina", "Vietnam", "Ukraina",
                                           "Iran", "Israel"};
  shapes["sentences"] = [day, actors, kDays](size_t bytes) {
    // Attacks, meetings and condemnations with dates, and undated attacks
    // and condemnations (which look back for a date or what they answer),
    // in paragraphs of four.
    std::string out = kHeaderId;
    for (size_t i = 0; out.size() < bytes; ++i) {
      const std::string& a = actors[(i + i / kDays) % 12];
      const std::string& b = actors[(i * 7 + 1 + i / kDays) % 12];
      switch (i % 4) {
        case 0: out += a + " menyerang " + b + " pada " + day(i) + ". "; break;
        case 1: out += a + " bertemu " + b + " pada " + day(i) + ". "; break;
        case 2: out += a + " mengecam pada " + day(i) + ". "; break;
        case 3: out += a + " menyerang " + b + ".\n\n"; break;
      }
    }
    return out + "\n";
  };
  shapes["protests"] = [day, actors, kDays](size_t bytes) {
    // Condemnations with no target and nothing before them they could
    // answer: each looks back through all the events before it.
    std::string out = kHeaderId;
    for (size_t i = 0; out.size() < bytes; ++i) {
      out += actors[(i + i / kDays) % 12] + " mengecam pada " + day(i) + ". ";
    }
    return out + "\n";
  };
  shapes["groups"] = [](size_t bytes) {
    // A new name per sentence, from letters only (a name is no number).
    std::string out = kHeaderId;
    for (size_t i = 0; out.size() < bytes; ++i) {
      std::string name = "K";
      for (size_t n = i; name.size() < 6; n /= 26) name += static_cast<char>('a' + n % 26);
      out += "Peretas dari kelompok " + name + " mencuri 5 juta dolar dari bursa kripto Jepang pada 5 Mei 2025. ";
    }
    return out + "\n";
  };
  return shapes;
}

struct Run {
  double seconds = 0;
  size_t events = 0;
};

Run Extract(const std::string& text, const std::string& path) {
  double start = Cpu();
  Run run;
  run.events = timeline::ExtractArticle(text, path, {}).events.size();
  run.seconds = Cpu() - start;
  return run;
}

std::vector<double> ParseList(const std::string& s) {
  std::vector<double> out;
  std::stringstream in(s);
  for (std::string item; std::getline(in, item, ',');) out.push_back(std::stod(item));
  return out;
}

// Wall time of one command (its output to /dev/null).
double Time(const std::vector<std::string>& argv) {
  std::fflush(stdout);  // or the child writes what is buffered again
  double start = Now();
  pid_t pid = fork();
  if (pid == 0) {
    std::freopen("/dev/null", "w", stdout);
    std::vector<char*> args;
    for (const std::string& a : argv) args.push_back(const_cast<char*>(a.c_str()));
    args.push_back(nullptr);
    execv(args[0], args.data());
    _exit(127);
  }
  int status = 0;
  waitpid(pid, &status, 0);
  if (!WIFEXITED(status) || WEXITSTATUS(status) != 0) {
    std::cerr << "bench_linear: " << argv[0] << " failed\n";
    std::exit(1);
  }
  return Now() - start;
}

}  // namespace

int main(int argc, char** argv) {
  fs::path root = TIMELINE_SOURCE_DIR;
  std::vector<fs::path> dirs;
  std::vector<double> sizes = {1, 4};
  std::string only, timeline = TIMELINE_BINARY, write;
  double budget = 20;
  size_t copies = 20;
  bool jobs = true;
  for (int i = 1; i < argc; ++i) {
    std::string a = argv[i];
    auto value = [&]() -> std::string {
      if (i + 1 >= argc) {
        std::cerr << "bench_linear: " << a << " needs a value\n";
        std::exit(2);
      }
      return argv[++i];
    };
    if (a == "--articles") dirs.push_back(value());
    else if (a == "--sizes") sizes = ParseList(value());
    else if (a == "--shapes") only = "," + value() + ",";
    else if (a == "--budget") budget = std::stod(value());
    else if (a == "--jobs-copies") copies = std::stoul(value());
    else if (a == "--no-jobs") jobs = false;
    else if (a == "--timeline") timeline = value();
    else if (a == "--write") write = value();
    else {
      std::cerr << "usage: bench_linear [--articles DIR]... [--sizes 1,4] [--shapes a,b] [--budget S]\n"
                   "                    [--jobs-copies N] [--no-jobs] [--timeline PATH] [--write DIR]\n";
      return 2;
    }
  }
  if (dirs.empty()) dirs = {root / "../shared/eval/dev/articles", root / "seeds"};

  // Normal articles: those that extract (one dev article has no date).
  std::vector<Article> normal;
  for (const fs::path& dir : dirs) {
    std::vector<fs::path> files;
    if (!fs::is_directory(dir)) {
      std::cerr << "bench_linear: no directory " << dir << "\n";
      continue;
    }
    for (const auto& entry : fs::directory_iterator(dir)) {
      if (entry.path().extension() == ".txt") files.push_back(entry.path());
    }
    std::sort(files.begin(), files.end());
    for (const fs::path& f : files) {
      Article a{f.string(), ReadAll(f)};
      try {
        timeline::ExtractArticle(a.text, a.path, {});
        normal.push_back(std::move(a));
      } catch (const timeline::InputError&) {
      }
    }
  }
  size_t normal_bytes = 0;
  for (const Article& a : normal) normal_bytes += a.text.size();
  std::printf("%-13s %8s %9s %9s %8s\n", "shape", "MB", "CPU s", "MB/s", "events");
  if (only.empty() || only.find(",normal,") != std::string::npos) {
    // Each article on its own, all of them over and over for two seconds.
    double start = Cpu(), seconds = 0;
    size_t rounds = 0, events = 0;
    while (seconds < 2.0) {
      for (const Article& a : normal) events += timeline::ExtractArticle(a.text, a.path, {}).events.size();
      ++rounds;
      seconds = Cpu() - start;
    }
    double mb = static_cast<double>(normal_bytes * rounds) / 1e6;
    std::printf("%-13s %8.2f %9.3f %9.2f %8zu   (%zu articles x %zu rounds)\n", "normal", mb, seconds,
                mb / seconds, events, normal.size(), rounds);
  }
  for (const auto& [name, make] : Shapes(normal)) {
    if (!only.empty() && only.find("," + name + ",") == std::string::npos) continue;
    for (double size : sizes) {
      std::string text = make(static_cast<size_t>(size * 1e6));
      if (!write.empty()) {
        fs::create_directories(write);
        std::ofstream(fs::path(write) / (name + "-" + std::to_string(static_cast<int>(size * 1000)) + "k.txt"),
                      std::ios::binary)
            << text;
      }
      Run run = Extract(text, name);
      double mb = static_cast<double>(text.size()) / 1e6;
      std::printf("%-13s %8.2f %9.3f %9.2f %8zu\n", name.c_str(), mb, run.seconds, mb / run.seconds, run.events);
      std::fflush(stdout);
      if (run.seconds > budget) {
        std::printf("%-13s (over the %.0f s budget: larger sizes not run)\n", name.c_str(), budget);
        break;
      }
    }
  }

  if (jobs && !normal.empty()) {
    // Many articles: the normal ones, `copies` times each, as files.
    fs::path dir = fs::temp_directory_path() / ("bench_linear." + std::to_string(getpid()));
    fs::create_directories(dir);
    std::vector<std::string> files;
    for (size_t c = 0; c < copies; ++c) {
      for (size_t i = 0; i < normal.size(); ++i) {
        fs::path p = dir / (std::to_string(c) + "_" + fs::path(normal[i].path).filename().string());
        std::ofstream(p, std::ios::binary) << normal[i].text;
        files.push_back(p.string());
      }
    }
    // Median wall time of 7 runs, and the CPU time of a run (user + system,
    // all threads): when other work holds a core, two jobs cannot be faster.
    auto median = [&](unsigned n, double* cpu) {
      std::vector<std::string> argv = {timeline, "extract", "--jobs", std::to_string(n)};
      argv.insert(argv.end(), files.begin(), files.end());
      std::vector<double> times;
      rusage before{}, after{};
      getrusage(RUSAGE_CHILDREN, &before);
      for (int r = 0; r < 7; ++r) times.push_back(Time(argv));
      getrusage(RUSAGE_CHILDREN, &after);
      auto seconds = [](const timeval& t) { return static_cast<double>(t.tv_sec) + static_cast<double>(t.tv_usec) / 1e6; };
      *cpu = (seconds(after.ru_utime) - seconds(before.ru_utime) + seconds(after.ru_stime) - seconds(before.ru_stime)) / 7;
      std::sort(times.begin(), times.end());
      return times[times.size() / 2];
    };
    double cpu1 = 0, cpu2 = 0;
    median(1, &cpu1);  // warm the page cache
    double one = median(1, &cpu1), two = median(2, &cpu2);
    std::printf("jobs: %zu articles (%.2f MB): --jobs 1 %.3f s, --jobs 2 %.3f s: %.2fx (median of 7 wall times;"
                " CPU %.3f s and %.3f s a run)\n",
                files.size(), static_cast<double>(normal_bytes * copies) / 1e6, one, two, one / two, cpu1, cpu2);
    fs::remove_all(dir);
  }
  return 0;
}

// perf_bench: timeline against the stock sqlite3 shell, in one run on one
// machine (issue 4). For each size N it generates N synthetic events with
// their articles (bench/generator.h), then measures, for timeline and for
// sqlite3 doing the same work:
//   load     `timeline load events.jsonl` into a new database, against
//            sqlite3 `.import` of the same rows (CSV) into the same tables,
//            then the same indexes, triggers and full-text index;
//   queries  p50/p95 of a mix of questions, timeline's Store::Find (what
//            `timeline query` runs, rows formatted as CSV into a null
//            stream) against the same SQL statement in the sqlite3 shell
//            (`.timer on`, rows to /dev/null), both as CPU time;
//   exports  `timeline export` CSV, iCalendar and JSON against
//            `sqlite3 -csv` of the same rows: MB/s, events/s, peak memory;
//   optimize `timeline optimize` on the loaded database: the read snapshot
//            (docs/design.md, "The read snapshot") that the queries and
//            exports after it then read; its time and the file's growth;
//   R*Tree   SQLite's R*Tree beside the B-tree layout for the date-range
//            and actor + date-range questions;
//   lean     the layout of PERF-NOTES.md (integer keys, an events table of
//            display rows in date order, an actor table with copies of its
//            event's days indexed (actor, start_day, end_day, event)) built
//            from timeline's database by the sqlite3 shell: "actor, first
//            100 by date" and "actor + one month" in this process (CPU
//            time, rows formatted as CSV) and `sqlite3 -csv` of its rows,
//            beside timeline's figures (issue 14, point 7).
// Usage: perf_bench [--sizes 10000,100000,1000000] [--large] [--queries 200]
//                   [--work DIR] [--timeline PATH] [--sqlite3 PATH] [--keep]
//                   [--steps load,optimize,queries,exports,rtree,lean,words]
// Without `load` in --steps, the other steps reuse the databases that a run
// with --keep left in --work (to measure one change quickly).

#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include <CLI/CLI.hpp>
#include <SQLiteCpp/SQLiteCpp.h>
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <ctime>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <map>
#include <sstream>
#include <string>
#include <vector>

#include "bench/generator.h"
#include "export/csv_writer.h"
#include "facts/fact_json.h"
#include "model/date_span.h"
#include "query/filter.h"
#include "registry/registry.h"
#include "store/store.h"
#include "store/testing.h"

namespace fs = std::filesystem;
using namespace timeline;
using timeline::bench::Random;
using timeline::bench::Zipf;

namespace {

double Now() {
  return std::chrono::duration<double>(std::chrono::steady_clock::now().time_since_epoch()).count();
}

double ThreadCpu() {
  timespec t{};
  clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t);
  return t.tv_sec + t.tv_nsec * 1e-9;
}

struct Run {
  double seconds = 0;
  long peak_kb = 0;  // the child's peak resident set
  int status = 0;
};

// Runs argv with stdin/stdout redirected to files (empty = inherit) and
// returns its wall time and peak memory.
Run Spawn(const std::vector<std::string>& argv, const std::string& in, const std::string& out) {
  std::cout.flush();  // or the child inherits, and prints again, what is buffered
  std::fflush(nullptr);
  double start = Now();
  pid_t pid = fork();
  if (pid == 0) {
    if (!in.empty() && !freopen(in.c_str(), "r", stdin)) _exit(126);
    if (!out.empty() && !freopen(out.c_str(), "w", stdout)) _exit(126);
    std::vector<char*> args;
    for (const std::string& a : argv) args.push_back(const_cast<char*>(a.c_str()));
    args.push_back(nullptr);
    execvp(args[0], args.data());
    _exit(127);
  }
  int status = 0;
  rusage usage{};
  wait4(pid, &status, 0, &usage);
  Run run{Now() - start, usage.ru_maxrss, status};
  if (!WIFEXITED(status) || WEXITSTATUS(status) != 0) {
    std::cerr << "perf_bench: " << argv[0] << " " << (argv.size() > 1 ? argv[1] : "")
              << " failed (status " << status << ")\n";
    std::exit(1);
  }
  return run;
}

std::string CsvField(const std::string& value) {
  if (value.find_first_of(",\"\r\n") == std::string::npos) return value;
  std::string out = "\"";
  for (char c : value) out += c == '"' ? std::string("\"\"") : std::string(1, c);
  return out + "\"";
}

// Writes rows of one table as CSV in the table's own column order (read from
// the database), so the sqlite3 shell imports them positionally.
class TableCsv {
 public:
  TableCsv(SQLite::Database& db, const std::string& table, const fs::path& file)
      : out_(file, std::ios::binary) {
    SQLite::Statement info(db, "SELECT name FROM pragma_table_info('" + table + "')");
    while (info.executeStep()) columns_.push_back(info.getColumn(0).getString());
    for (size_t i = 0; i < columns_.size(); ++i) out_ << (i ? "," : "") << columns_[i];
    out_ << "\n";
  }
  // `row` maps column names to values; a column it lacks is a bug here.
  void Write(const std::map<std::string, std::string>& row) {
    for (size_t i = 0; i < columns_.size(); ++i) {
      auto it = row.find(columns_[i]);
      if (it == row.end()) {
        std::cerr << "perf_bench: no value for column " << columns_[i] << "\n";
        std::exit(1);
      }
      out_ << (i ? "," : "") << CsvField(it->second);
    }
    out_ << "\n";
  }

 private:
  std::ofstream out_;
  std::vector<std::string> columns_;
};

struct Dataset {
  fs::path dir;
  uint64_t events = 0;
  uint64_t actor_rows = 0;
  uint64_t jsonl_bytes = 0;
  double generate_seconds = 0;
};

// events.jsonl + articles/ for timeline; articles.csv, events.csv,
// event_actors.csv, quantities.csv (the same rows) for sqlite3.
Dataset GenerateDataset(uint64_t n, const fs::path& dir) {
  double start = Now();
  fs::remove_all(dir);
  fs::create_directories(dir);
  {
    Store empty((dir / "empty.db").string(), Store::Mode::kCreate, Registry::Builtin());
  }
  SQLite::Database db((dir / "empty.db").string());
  std::map<std::string, std::string> actor_keys;
  SQLite::Statement actors(db, "SELECT code, id FROM actors");
  while (actors.executeStep()) actor_keys[actors.getColumn(0).getString()] = actors.getColumn(1).getString();

  TableCsv articles_csv(db, "articles", dir / "articles.csv");
  TableCsv events_csv(db, "events", dir / "events.csv");
  TableCsv actors_csv(db, "event_actors", dir / "event_actors.csv");
  TableCsv quantities_csv(db, "quantities", dir / "quantities.csv");
  std::ofstream jsonl(dir / "events.jsonl", std::ios::binary);
  Dataset data{dir, n, 0, 0, 0};
  uint64_t article_key = 0, event_key = 0;
  const std::string now = "2026-11-30 00:00:00";
  const std::string digest(64, '0');

  bench::GeneratorOptions options;
  options.events = n;
  bench::Generate(options, [&](const bench::GeneratedDocument& doc) {
    fs::path article = dir / doc.facts.article.path;
    fs::create_directories(article.parent_path());
    std::ofstream(article, std::ios::binary) << doc.article_text;
    std::string line = DocumentToJson(doc.facts).dump() + "\n";
    jsonl << line;
    data.jsonl_bytes += line.size();

    ++article_key;
    articles_csv.Write({{"id", std::to_string(article_key)},
                        {"code", doc.facts.article.id},
                        {"title", doc.facts.article.title},
                        {"published", FormatIsoDay(*doc.facts.article.published)},
                        {"language", doc.facts.article.language},
                        {"path", fs::absolute(article).string()},
                        {"body", doc.article_text},
                        {"facts_digest", digest},
                        {"loaded_at", now},
                        // What timeline records of a fact file's facts (migration 0006).
                        {"provenance", "reviewed"},
                        {"facts_file", fs::absolute(dir / "events.jsonl").string()},
                        {"extractor", ""},
                        // The generated articles give no URL (migration 0008).
                        {"source_url", ""}});
    int seq = 0;
    for (const Event& e : doc.facts.events) {
      ++event_key;
      std::string start = e.date.start ? std::to_string(ToDayNumber(*e.date.start)) : "";
      std::string end = e.date.end ? std::to_string(ToDayNumber(*e.date.end)) : "";
      int64_t span = e.date.start ? (*e.date.end - *e.date.start).count() : 0;
      std::string span_class = span <= 31 ? "0" : span <= 366 ? "1" : "2";
      std::string time_key = std::to_string(
          e.date.start ? ToDayNumber(*e.date.start) * 8 + static_cast<int>(e.date.precision)
                       : int64_t{1} << 50);
      events_csv.Write({{"id", std::to_string(event_key)},
                        {"uid", e.id},
                        {"article", std::to_string(article_key)},
                        {"seq", std::to_string(seq++)},
                        {"type", std::string(ToString(e.type))},
                        {"title", e.title},
                        {"start_day", start},
                        {"end_day", end},
                        {"precision", std::to_string(static_cast<int>(e.date.precision))},
                        {"time_key", time_key},
                        {"span_class", span_class},
                        {"date_text", e.date.text},
                        {"factuality", std::string(ToString(e.factuality))},
                        {"place_name", e.place ? e.place->name : ""},
                        {"place_country", e.place ? e.place->country : ""},
                        {"evidence_text", e.evidence.text},
                        {"evidence_start", std::to_string(e.evidence.start)},
                        {"evidence_end", std::to_string(e.evidence.end)},
                        {"confidence", ""},
                        {"content_digest", digest},
                        {"revision", "0"},
                        {"modified_at", now},
                        {"cluster", ""}});  // a report alone (0010); the load's own clustering is not copied
      int actor_seq = 0;
      for (const ActorRef& a : e.actors) {
        ++data.actor_rows;
        actors_csv.Write({{"event", std::to_string(event_key)},
                          {"actor", actor_keys.at(a.id)},
                          {"role", std::string(ToString(a.role))},
                          {"name", a.name},
                          {"country", a.country},
                          {"seq", std::to_string(actor_seq++)},
                          {"time_key", time_key},
                          {"span_class", span_class},
                          {"end_day", end}});
      }
      int q = 0;
      for (const Quantity& quantity : e.quantities) {
        std::ostringstream value;
        value.precision(17);
        value << quantity.value;
        quantities_csv.Write({{"event", std::to_string(event_key)},
                              {"seq", std::to_string(q++)},
                              {"value", value.str()},
                              {"unit", quantity.unit},
                              {"text", quantity.text}});
      }
    }
  });
  data.generate_seconds = Now() - start;
  return data;
}

std::string Slurp(const fs::path& file) {
  std::ifstream in(file, std::ios::binary);
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

// The sqlite3 side of a load: the same empty database, its indexes and
// triggers dropped, the CSV imported, then the indexes, triggers and the
// full-text index built again: SQLite's fastest way to the same database.
Run SqliteLoad(const Dataset& data, const std::string& sqlite3, fs::path* db_path) {
  *db_path = data.dir / "sqlite.db";
  fs::copy_file(data.dir / "empty.db", *db_path, fs::copy_options::overwrite_existing);
  std::vector<std::pair<std::string, std::string>> schema;  // name, sql
  {
    SQLite::Database db(db_path->string());
    SQLite::Statement s(db,
                        "SELECT name, sql FROM sqlite_master WHERE type IN ('index', 'trigger') "
                        "AND sql IS NOT NULL AND tbl_name IN ('events', 'event_actors', "
                        "'quantities', 'articles', 'actor_timeline') ORDER BY type, name");
    while (s.executeStep()) schema.emplace_back(s.getColumn(0).getString(), s.getColumn(1).getString());
  }
  std::ofstream script(data.dir / "import.sql");
  script << "PRAGMA journal_mode = OFF;\nPRAGMA synchronous = OFF;\n";
  for (const auto& [name, sql] : schema) {
    script << (sql.rfind("CREATE TRIGGER", 0) == 0 ? "DROP TRIGGER " : "DROP INDEX ") << name << ";\n";
  }
  script << "BEGIN;\n";
  for (const char* table : {"articles", "events", "event_actors", "quantities"}) {
    script << ".import --csv --skip 1 " << (data.dir / (std::string(table) + ".csv")).string() << " "
           << table << "\n";
  }
  // .import stores empty fields as '' where timeline stores NULL.
  script << "UPDATE events SET start_day = NULL, end_day = NULL WHERE start_day = '';\n"
            "UPDATE events SET cluster = NULL WHERE cluster = '';\n"
            "UPDATE event_actors SET end_day = NULL WHERE end_day = '';\n"
            "UPDATE articles SET extractor = NULL WHERE extractor = '';\n"
            "UPDATE articles SET source_url = NULL WHERE source_url = '';\n";
  // The rolled-up actor index, with the statement timeline's store fills it.
  script << StoreTesting::RollUpStatement() << ";\n";
  for (const auto& [name, sql] : schema) script << sql << ";\n";
  script << "INSERT INTO events_fts (events_fts) VALUES ('rebuild');\n"
            "INSERT OR REPLACE INTO meta (key, value) SELECT 'max_span_days_' || span_class, "
            "max(end_day - start_day) FROM events WHERE start_day IS NOT NULL GROUP BY span_class;\n"
            "COMMIT;\n";
  script.close();
  return Spawn({sqlite3, db_path->string()}, (data.dir / "import.sql").string(), "/dev/null");
}

// ---- queries ---------------------------------------------------------------

struct QueryClass {
  std::string name;
  std::function<Filter(Random&)> make;
};

std::vector<QueryClass> QueryMix() {
  static const std::vector<std::string> actors = bench::GeneratorActors();
  static const Zipf actor_rank(actors.size(), 1.5);
  static const Zipf word_rank(bench::GeneratorWords().size(), 1.0);
  static const char* types[] = {"meeting", "statement", "drill", "missile_test", "sanction", "theft"};
  auto year = [](Random& r) { return std::to_string(1990 + r.Below(37)); };
  auto month = [&](Random& r) {
    char m[8];
    std::snprintf(m, sizeof m, "-%02d", static_cast<int>(1 + r.Below(12)));
    return year(r) + m;
  };
  auto actor = [&](Random& r) { return actors[actor_rank.Draw(r)]; };
  auto any = [](Filter f) {
    f.factuality = {std::nullopt};
    return f;
  };
  return {
      {"actor + one month",
       [=](Random& r) { Filter f; f.actors = {actor(r)}; f.from = f.to = month(r); return any(f); }},
      {"actor, first 100 by date",
       [=](Random& r) { Filter f; f.actors = {actor(r)}; f.limit = 100; return any(f); }},
      {"one year, first 100",
       [=](Random& r) { Filter f; f.from = f.to = year(r); f.limit = 100; return any(f); }},
      {"type + a year",
       [=](Random& r) { Filter f; f.types = {types[r.Below(6)]}; f.from = f.to = year(r); return any(f); }},
      {"actor + type + a year",
       [=](Random& r) {
         Filter f; f.actors = {actor(r)}; f.types = {types[r.Below(6)]}; f.from = f.to = year(r);
         return any(f);
       }},
      {"word + a year",
       [=](Random& r) {
         Filter f; f.text = bench::GeneratorWords()[word_rank.Draw(r)]; f.from = f.to = year(r);
         return any(f);
       }},
      {"word + a year, first 100",
       [=](Random& r) {
         Filter f; f.text = bench::GeneratorWords()[word_rank.Draw(r)]; f.from = f.to = year(r); f.limit = 100;
         return any(f);
       }},
  };
}

double Percentile(std::vector<double> v, double p) {
  if (v.empty()) return 0;
  std::sort(v.begin(), v.end());
  size_t i = static_cast<size_t>(p * (v.size() - 1) + 0.5);
  return v[std::min(i, v.size() - 1)];
}

struct QueryResult {
  std::string name;
  double ours_p50 = 0, ours_p95 = 0, sqlite_p50 = 0, sqlite_p95 = 0, rows = 0;
  // A question with words: the same statement with the list plan, what
  // every such question ran before plans were chosen (store/text_plan.h).
  bool has_words = false;
  double list_p50 = 0, list_p95 = 0;
  std::vector<std::string> plan;
  bool full_scan = false;
};

// "Run Time: real 0.012 user 0.011000 sys 0.001000" -> user + sys.
std::vector<double> ParseTimer(const fs::path& file) {
  std::vector<double> out;
  std::ifstream in(file);
  std::string line;
  while (std::getline(in, line)) {
    double real = 0, user = 0, sys = 0;
    if (std::sscanf(line.c_str(), "Run Time: real %lf user %lf sys %lf", &real, &user, &sys) == 3) {
      out.push_back(user + sys);
    }
  }
  return out;
}

bool IsFullScan(const std::string& detail) {
  // "SCAN e" reads a whole table, "SCAN e USING INDEX" a whole index; only
  // "SEARCH" seeks. The FTS virtual table, constant rows and a limited
  // answer's own keys (at most `limit` rows) are no scans of our tables.
  size_t start = detail.find_first_not_of(' ');
  if (start == std::string::npos || detail.compare(start, 5, "SCAN ") != 0) return false;
  return detail.find("VIRTUAL TABLE") == std::string::npos &&
         detail.find("CONSTANT ROW") == std::string::npos &&
         detail.compare(start, std::string::npos, std::string("SCAN ") + kLimitedKeysTable) != 0;
}

// One statement for the sqlite3 shell's script, its parameters set first;
// timed (.timer on) or only run (the first pass warms the cache).
void WriteTimed(std::ostream& script, const StoreTesting::Statement& statement, bool timed) {
  script << ".timer off\nDELETE FROM temp.sqlite_parameters;\n";
  if (!statement.parameters.empty()) {
    script << "INSERT INTO temp.sqlite_parameters (key, value) VALUES ";
    for (size_t i = 0; i < statement.parameters.size(); ++i) {
      script << (i ? ", " : "") << "('" << statement.parameters[i].first << "', " << statement.parameters[i].second
             << ")";
    }
    script << ";\n";
  }
  script << ".timer " << (timed ? "on" : "off") << "\n" << statement.sql << ";\n";
}

// The mix's questions, resolved: the same draws (seed 7) for timeline, the
// shell and the lean layout.
std::vector<std::pair<std::string, std::vector<StoreQuery>>> DrawQuestions(const Store& store, int per_class) {
  Random random(7);
  std::vector<std::pair<std::string, std::vector<StoreQuery>>> out;
  for (const QueryClass& query_class : QueryMix()) {
    std::vector<StoreQuery> queries;
    for (int i = 0; i < per_class; ++i) {
      queries.push_back(ResolveFilter(query_class.make(random), store));
      queries.back().with_quantities = false;  // as `timeline query --format csv` reads them
    }
    out.emplace_back(query_class.name, std::move(queries));
  }
  return out;
}

std::vector<QueryResult> MeasureQueries(const fs::path& db_path, const fs::path& dir,
                                        const std::string& sqlite3, int per_class) {
  Store store(db_path.string(), Store::Mode::kExisting, Registry::Builtin());
  std::vector<QueryResult> results;
  std::ofstream script(dir / "queries.sql");
  script << ".output /dev/null\n.parameter init\n";
  struct NullBuffer : std::streambuf {
    int overflow(int c) override { return c; }
    std::streamsize xsputn(const char*, std::streamsize n) override { return n; }
  } null_buffer;
  std::ostream sink(&null_buffer);

  std::vector<std::pair<size_t, std::vector<StoreQuery>>> word_queries;  // result index, its questions
  for (const auto& [name, queries] : DrawQuestions(store, per_class)) {
    QueryResult result;
    result.name = name;
    result.plan = store.Explain(queries[0]);
    for (const std::string& line : result.plan) result.full_scan |= IsFullScan(line);

    std::vector<double> times;
    double rows = 0;
    for (int pass = 0; pass < 2; ++pass) {  // the first pass warms the cache
      times.clear();
      rows = 0;
      for (const StoreQuery& q : queries) {
        CsvWriter writer(sink, CsvOptions{false});
        double start = ThreadCpu();
        store.Find(q, [&](const EventRecord& record) {
          writer.Write(record);
          ++rows;
        });
        times.push_back(ThreadCpu() - start);
      }
    }
    result.ours_p50 = Percentile(times, 0.5);
    result.ours_p95 = Percentile(times, 0.95);
    result.rows = rows / queries.size();
    for (int pass = 0; pass < 2; ++pass) {
      for (const StoreQuery& q : queries) {
        WriteTimed(script, StoreTesting::QueryStatement(store, q), pass == 1);
      }
    }
    result.has_words = !queries[0].fts_match.empty();
    results.push_back(result);
    if (result.has_words) word_queries.emplace_back(results.size() - 1, queries);
  }
  // The list plan of each question with words, timed after all the others.
  for (const auto& [index, queries] : word_queries) {
    for (int pass = 0; pass < 2; ++pass) {
      for (const StoreQuery& q : queries) {
        WriteTimed(script, StoreTesting::QueryStatement(store, q, TextPlan::kList), pass == 1);
      }
    }
  }
  script.close();
  Spawn({sqlite3, db_path.string()}, (dir / "queries.sql").string(), (dir / "timer.txt").string());
  std::vector<double> timer = ParseTimer(dir / "timer.txt");
  size_t expected = (results.size() + word_queries.size()) * per_class;
  if (timer.size() != expected) {
    std::cerr << "perf_bench: expected " << expected << " timings from sqlite3, got " << timer.size() << "\n";
    std::exit(1);
  }
  for (size_t w = 0; w < word_queries.size(); ++w) {
    auto from = timer.begin() + (results.size() + w) * per_class;
    std::vector<double> list(from, from + per_class);
    results[word_queries[w].first].list_p50 = Percentile(list, 0.5);
    results[word_queries[w].first].list_p95 = Percentile(list, 0.95);
  }
  for (size_t c = 0; c < results.size(); ++c) {
    std::vector<double> mine(timer.begin() + c * per_class, timer.begin() + (c + 1) * per_class);
    results[c].sqlite_p50 = Percentile(mine, 0.5);
    results[c].sqlite_p95 = Percentile(mine, 0.95);
  }
  return results;
}

// ---- words -----------------------------------------------------------------

std::string Fixed(double v, int digits);

const char* PlanName(TextPlan plan) {
  switch (plan) {
    case TextPlan::kList: return "list";
    case TextPlan::kProbe: return "probe";
    case TextPlan::kDriven: return "driven";
  }
  return "?";
}

// Per question of each class with words, what it costs and why (issue 14,
// point 6): the word, how many events it matches (fts5vocab), the plan
// chosen, its rows, SQLite's virtual machine steps and full-scan steps, the
// CPU time of choosing the plan, and of the whole answer (Find, rows to CSV,
// the second of two runs).
void MeasureWords(const fs::path& db_path, int per_class) {
  Store store(db_path.string(), Store::Mode::kExisting, Registry::Builtin());
  struct NullBuffer : std::streambuf {
    int overflow(int c) override { return c; }
    std::streamsize xsputn(const char*, std::streamsize n) override { return n; }
  } null_buffer;
  std::ostream sink(&null_buffer);
  for (const auto& [name, queries] : DrawQuestions(store, per_class)) {
    if (queries[0].fts_match.empty()) continue;
    std::cout << "words    " << name << "\n"
              << "         word                 matching  plan    rows   vm_steps  fullscan  sorts  choose_ms  find_ms\n";
    std::map<std::string, std::vector<double>> by_plan;
    std::vector<double> all, choose;
    for (const StoreQuery& q : queries) {
      double find_ms = 0;
      for (int pass = 0; pass < 2; ++pass) {
        CsvWriter writer(sink, CsvOptions{false});
        double start = ThreadCpu();
        store.Find(q, [&](const EventRecord& record) { writer.Write(record); });
        find_ms = (ThreadCpu() - start) * 1e3;
      }
      StoreTesting::Profile p = StoreTesting::ProfileQuery(store, q);
      char line[256];
      std::snprintf(line, sizeof line, "         %-20s %9lld  %-6s %5lld %10lld %9lld %6lld %10.2f %8.2f\n",
                    q.fts_match.c_str(), static_cast<long long>(p.matching), PlanName(p.plan),
                    static_cast<long long>(p.rows), static_cast<long long>(p.vm_steps),
                    static_cast<long long>(p.fullscan_steps), static_cast<long long>(p.sorts), p.compile_ms, find_ms);
      std::cout << line;
      by_plan[PlanName(p.plan)].push_back(find_ms);
      all.push_back(find_ms);
      choose.push_back(p.compile_ms);
    }
    for (const auto& [plan, times] : by_plan) {
      std::cout << "         " << plan << ": " << times.size() << " questions, find p50 / p95 "
                << Fixed(Percentile(times, 0.5), 2) << " / " << Fixed(Percentile(times, 0.95), 2) << " ms\n";
    }
    std::cout << "         all: find p50 / p95 " << Fixed(Percentile(all, 0.5), 2) << " / "
              << Fixed(Percentile(all, 0.95), 2) << " ms; choosing the plan p50 / p95 "
              << Fixed(Percentile(choose, 0.5), 2) << " / " << Fixed(Percentile(choose, 0.95), 2) << " ms\n";
  }
}

// ---- R*Tree ----------------------------------------------------------------

struct RtreeResult {
  double build_btree = 0, build_rtree = 0;
  std::vector<std::pair<std::string, std::pair<double, double>>> p50;  // name -> (btree, rtree)
};

// Times SQLite's R*Tree against B-tree indexes for the two interval
// questions, both run by the sqlite3 shell on a copy of the database.
RtreeResult MeasureRtree(const fs::path& db_path, const fs::path& dir, const std::string& sqlite3,
                         int per_class) {
  fs::path copy = dir / "rtree.db";
  fs::copy_file(db_path, copy, fs::copy_options::overwrite_existing);
  RtreeResult result;
  {
    std::ofstream s(dir / "rtree-build.sql");
    s << ".timer on\n"
         "CREATE INDEX ea_btree ON event_actors(actor, time_key, end_day, event);\n"
         "CREATE INDEX e_btree ON events(time_key, end_day);\n"
         "CREATE VIRTUAL TABLE ea_rtree USING rtree_i32(id, actor_lo, actor_hi, start_lo, end_hi, +event);\n"
         "INSERT INTO ea_rtree SELECT NULL, actor, actor, time_key / 8, end_day, event FROM event_actors "
         "WHERE end_day IS NOT NULL;\n"
         "CREATE VIRTUAL TABLE e_rtree USING rtree_i32(id, start_lo, end_hi);\n"
         "INSERT INTO e_rtree SELECT id, start_day, end_day FROM events WHERE start_day IS NOT NULL;\n";
  }
  Spawn({sqlite3, copy.string()}, (dir / "rtree-build.sql").string(), (dir / "rtree-build.txt").string());
  std::vector<double> build = ParseTimer(dir / "rtree-build.txt");
  result.build_btree = build.at(0) + build.at(1);
  result.build_rtree = build.at(3) + build.at(5);

  SQLite::Database db(copy.string());
  SQLite::Statement keys(db, "SELECT id FROM actors WHERE code = ?");
  std::vector<std::string> actors = bench::GeneratorActors();
  Zipf actor_rank(actors.size(), 1.5);
  Random random(11);
  std::ofstream s(dir / "rtree-queries.sql");
  s << ".output /dev/null\n.timer on\n";
  for (int i = 0; i < per_class; ++i) {
    keys.bind(1, actors[actor_rank.Draw(random)]);
    keys.executeStep();
    long long actor = keys.getColumn(0).getInt64();
    keys.reset();
    date::year_month month(date::year(1990 + random.Below(37)), date::month(1 + random.Below(12)));
    long long from = ToDayNumber(date::sys_days(month / 1));
    long long to = ToDayNumber(date::sys_days(month / date::last));
    long long span = 1830;  // the generator's longest range
    // actor + one month: B-tree bounded by the longest span, R*Tree by overlap.
    s << "SELECT e.* FROM event_actors ea INDEXED BY ea_btree JOIN events e ON e.id = ea.event "
         "WHERE ea.actor = " << actor << " AND ea.time_key BETWEEN " << (from - span) * 8 << " AND "
      << to * 8 + 7 << " AND ea.end_day >= " << from << " ORDER BY ea.time_key;\n";
    s << "SELECT e.* FROM ea_rtree r JOIN events e ON e.id = r.event WHERE r.actor_lo <= " << actor
      << " AND r.actor_hi >= " << actor << " AND r.start_lo <= " << to << " AND r.end_hi >= " << from
      << " ORDER BY e.time_key;\n";
    long long year_from = ToDayNumber(date::sys_days(month.year() / 1 / 1));
    long long year_to = ToDayNumber(date::sys_days(month.year() / 12 / 31));
    s << "SELECT * FROM events INDEXED BY e_btree WHERE time_key BETWEEN " << (year_from - span) * 8 << " AND "
      << year_to * 8 + 7 << " AND end_day >= " << year_from << " ORDER BY time_key LIMIT 100;\n";
    s << "SELECT e.* FROM e_rtree r JOIN events e ON e.id = r.id WHERE r.start_lo <= " << year_to
      << " AND r.end_hi >= " << year_from << " ORDER BY e.time_key LIMIT 100;\n";
  }
  s.close();
  Spawn({sqlite3, copy.string()}, (dir / "rtree-queries.sql").string(), (dir / "rtree-queries.txt").string());
  std::vector<double> t = ParseTimer(dir / "rtree-queries.txt");
  std::vector<double> columns[4];
  for (size_t i = 0; i < t.size(); ++i) columns[i % 4].push_back(t[i]);
  result.p50 = {{"actor + one month", {Percentile(columns[0], 0.5), Percentile(columns[1], 0.5)}},
                {"one year, first 100", {Percentile(columns[2], 0.5), Percentile(columns[3], 0.5)}}};
  fs::remove(copy);
  return result;
}

// ---- exports ---------------------------------------------------------------

struct ExportResult {
  std::string name;
  double seconds = 0, bytes = 0;
  long peak_kb = 0;
};

std::vector<ExportResult> MeasureExports(const std::string& timeline, const std::string& sqlite3,
                                         const fs::path& db_path, const fs::path& dir) {
  std::vector<ExportResult> out;
  fs::path file = dir / "export.out";
  for (const char* format : {"csv", "ics", "json"}) {
    Run run = Spawn({timeline, "--db", db_path.string(), "export", "--format", format, "--factuality",
                     "any"},
                    "", file.string());
    out.push_back({std::string("timeline ") + format, run.seconds,
                   static_cast<double>(fs::file_size(file)), run.peak_kb});
  }
  // The same rows, as the statement timeline's export runs.
  Store store(db_path.string(), Store::Mode::kExisting, Registry::Builtin());
  Filter all;
  all.factuality = {std::nullopt};
  StoreQuery export_query = ResolveFilter(all, store);
  export_query.with_quantities = false;  // as the CSV export reads its rows (cli/output.cc)
  StoreTesting::Statement statement = StoreTesting::QueryStatement(store, export_query);
  std::ofstream(dir / "export.sql") << statement.sql << ";\n";  // kept with --keep, to rerun
  Run run = Spawn({sqlite3, "-csv", "-header", db_path.string(), statement.sql}, "", file.string());
  out.push_back({"sqlite3 -csv", run.seconds, static_cast<double>(fs::file_size(file)), run.peak_kb});
  fs::remove(file);
  return out;
}

// ---- lean ------------------------------------------------------------------

// The layout PERF-NOTES.md measured SQLite's floor with, built from
// timeline's database by the sqlite3 shell: integer event keys; an events
// table of display rows (what the CSV prints) in date order; an actor table
// carrying copies of its event's start and end day, keyed (actor,
// start_day, end_day, event), from actor_timeline so that an actor's rows
// are the same rolled-up events timeline answers with; the longest span in
// meta, which bounds an interval scan below. Undated events sort last, as
// in timeline (their days 2^40 in the actor table).
constexpr const char* kLeanColumns =
    "uid, start, \"end\", precision, date_text, type, title, actor_names, actor_ids, roles, place, "
    "place_country, factuality, source_title, source_published, source_path, source_url, evidence, "
    "evidence_start, evidence_end";

Run BuildLean(const fs::path& ours, const fs::path& lean, const fs::path& dir, const std::string& sqlite3) {
  fs::remove(lean);
  std::ofstream s(dir / "lean.sql");
  s << "PRAGMA journal_mode = OFF;\nPRAGMA synchronous = OFF;\n"
    << "ATTACH '" << ours.string() << "' AS t;\n"
    << "BEGIN;\n"
       "CREATE TEMP TABLE k (old INTEGER PRIMARY KEY, new INTEGER NOT NULL);\n"
       "INSERT INTO k SELECT id, row_number() OVER (ORDER BY time_key, end_day, id) FROM t.events;\n"
       "CREATE TABLE events (id INTEGER PRIMARY KEY, uid TEXT, start_day INTEGER, end_day INTEGER, "
       "start TEXT, \"end\" TEXT, precision INTEGER, date_text TEXT, type TEXT, title TEXT, actor_names TEXT, "
       "actor_ids TEXT, roles TEXT, place TEXT, place_country TEXT, factuality TEXT, source_title TEXT, "
       "source_published TEXT, source_path TEXT, source_url TEXT, evidence TEXT, evidence_start INTEGER, "
       "evidence_end INTEGER);\n"
       "INSERT INTO events SELECT k.new, e.uid, e.start_day, e.end_day, date(e.start_day * 86400, 'unixepoch'), "
       "date(e.end_day * 86400, 'unixepoch'), e.precision, e.date_text, e.type, e.title, "
       "(SELECT group_concat(coalesce(x.name, ac.name), '; ') FROM t.event_actors x JOIN t.actors ac "
       "ON ac.id = x.actor WHERE x.event = e.id), "
       "(SELECT group_concat(ac.code, '; ') FROM t.event_actors x JOIN t.actors ac ON ac.id = x.actor "
       "WHERE x.event = e.id), "
       "(SELECT group_concat(x.role, '; ') FROM t.event_actors x WHERE x.event = e.id), "
       "e.place_name, e.place_country, e.factuality, a.title, a.published, a.path, a.source_url, "
       "e.evidence_text, e.evidence_start, e.evidence_end "
       "FROM k JOIN t.events e ON e.id = k.old JOIN t.articles a ON a.id = e.article ORDER BY k.new;\n"
       "CREATE TABLE actor_events (actor INTEGER NOT NULL, start_day INTEGER NOT NULL, end_day INTEGER NOT NULL, "
       "event INTEGER NOT NULL, PRIMARY KEY (actor, start_day, end_day, event)) WITHOUT ROWID;\n"
       "INSERT INTO actor_events SELECT x.actor, coalesce(e.start_day, 1 << 40), coalesce(e.end_day, 1 << 40), "
       "k.new FROM t.actor_timeline x JOIN k ON k.old = x.event JOIN t.events e ON e.id = x.event "
       "ORDER BY 1, 2, 3, 4;\n"
       "CREATE TABLE meta (key TEXT PRIMARY KEY, value INTEGER) WITHOUT ROWID;\n"
       "INSERT INTO meta SELECT 'max_span_days', coalesce(max(end_day - start_day), 0) FROM events;\n"
       "COMMIT;\n";
  s.close();
  return Spawn({sqlite3, lean.string()}, (dir / "lean.sql").string(), "/dev/null");
}

struct LeanResult {
  double build_seconds = 0, size = 0;
  double first_p50 = 0, first_p95 = 0, first_rows = 0;
  double month_p50 = 0, month_p95 = 0, month_rows = 0;
  ExportResult csv;
  bool has_export = false;
};

// Times one class of questions on the lean layout: each row's columns
// formatted as CSV into a string (what timeline's side does with its
// records), CPU time of the thread, the statement prepared once.
void TimeLean(SQLite::Statement& statement, const std::vector<StoreQuery>& queries, bool month, double* p50,
              double* p95, double* rows_mean) {
  std::vector<double> times;
  double rows = 0;
  std::string line;
  size_t bytes = 0;
  for (int pass = 0; pass < 2; ++pass) {  // the first pass warms the cache
    times.clear();
    rows = 0;
    for (const StoreQuery& q : queries) {
      double start = ThreadCpu();
      int64_t actor = q.actor_roots.at(0).empty() ? q.actor_sets.at(0).at(0) : q.actor_roots[0].at(0);
      statement.reset();
      statement.bind(":actor", static_cast<int64_t>(actor));
      if (month) {
        statement.bind(":from", static_cast<int64_t>(*q.from_day));
        statement.bind(":to", static_cast<int64_t>(*q.to_day));
      }
      int columns = statement.getColumnCount();
      while (statement.executeStep()) {
        line.clear();
        for (int c = 0; c < columns; ++c) {
          if (c) line += ',';
          SQLite::Column column = statement.getColumn(c);
          AppendCsvCell(std::string_view(column.getText(), static_cast<size_t>(column.getBytes())), &line);
        }
        line += "\r\n";
        bytes += line.size();
        ++rows;
      }
      times.push_back(ThreadCpu() - start);
    }
  }
  *p50 = Percentile(times, 0.5);
  *p95 = Percentile(times, 0.95);
  *rows_mean = rows / queries.size();
  if (bytes == 0 && rows > 0) std::cerr << "perf_bench: lean rows without bytes\n";
}

LeanResult MeasureLean(const fs::path& ours, const fs::path& dir, const std::string& sqlite3, int per_class,
                       bool exports) {
  LeanResult result;
  fs::path lean = dir / "lean.db";
  if (!fs::exists(lean)) {
    result.build_seconds = BuildLean(ours, lean, dir, sqlite3).seconds;
  }
  result.size = static_cast<double>(fs::file_size(lean));
  std::vector<std::pair<std::string, std::vector<StoreQuery>>> questions;
  {
    Store store(ours.string(), Store::Mode::kReadOnly, Registry::Builtin());
    questions = DrawQuestions(store, per_class);
  }
  SQLite::Database db(lean.string(), SQLite::OPEN_READONLY);
  int64_t max_span = db.execAndGet("SELECT value FROM meta WHERE key = 'max_span_days'").getInt64();
  // No column of kLeanColumns is also one of actor_events'.
  std::string columns = kLeanColumns;
  SQLite::Statement first(db, "SELECT " + columns +
                                  " FROM actor_events x JOIN events e ON e.id = x.event WHERE x.actor = :actor "
                                  "ORDER BY x.start_day, x.end_day, x.event LIMIT 100");
  SQLite::Statement month(db, "SELECT " + columns +
                                  " FROM actor_events x JOIN events e ON e.id = x.event WHERE x.actor = :actor "
                                  "AND x.start_day >= :from - " + std::to_string(max_span) +
                                  " AND x.start_day <= :to AND x.end_day >= :from "
                                  "ORDER BY x.start_day, x.end_day, x.event");
  for (const auto& [name, queries] : questions) {
    if (name == "actor, first 100 by date") {
      TimeLean(first, queries, false, &result.first_p50, &result.first_p95, &result.first_rows);
    } else if (name == "actor + one month") {
      TimeLean(month, queries, true, &result.month_p50, &result.month_p95, &result.month_rows);
    }
  }
  if (exports) {
    fs::path file = dir / "lean-export.csv";
    Run run = Spawn({sqlite3, "-csv", "-header", lean.string(),
                     std::string("SELECT ") + kLeanColumns + " FROM events ORDER BY id"},
                    "", file.string());
    result.csv = {"lean sqlite3 -csv", run.seconds, static_cast<double>(fs::file_size(file)), run.peak_kb};
    result.has_export = true;
    fs::remove(file);
  }
  return result;
}

std::string Fixed(double v, int digits) {
  char buf[64];
  std::snprintf(buf, sizeof buf, "%.*f", digits, v);
  return buf;
}

std::string Ratio(double ours, double theirs) {
  return theirs > 0 ? Fixed(ours / theirs, 2) + "x" : "-";
}

void PrintQueries(const std::vector<QueryResult>& results, int queries) {
  std::cout << "query (CPU ms; " << queries << " random each)      rows  timeline p50/p95   "
               "sqlite3 p50/p95   ratio p50/p95  plan\n";
  for (const QueryResult& r : results) {
    char line[256];
    std::snprintf(line, sizeof line, "  %-26s %8.0f  %7.3f %7.3f   %7.3f %7.3f   %6s %6s  %s\n",
                  r.name.c_str(), r.rows, r.ours_p50 * 1e3, r.ours_p95 * 1e3, r.sqlite_p50 * 1e3,
                  r.sqlite_p95 * 1e3, Ratio(r.ours_p50, r.sqlite_p50).c_str(),
                  Ratio(r.ours_p95, r.sqlite_p95).c_str(), r.full_scan ? "FULL SCAN" : "indexed");
    std::cout << line;
    if (r.has_words) {
      std::snprintf(line, sizeof line, "  %-26s %8s  %15s   %7.3f %7.3f   (the list plan, in sqlite3)\n", "", "", "",
                    r.list_p50 * 1e3, r.list_p95 * 1e3);
      std::cout << line;
    }
    for (const std::string& p : r.plan) std::cout << "      | " << p << "\n";
  }
}

// Each export against sqlite3 -csv of the same rows: in MB/s, and in time
// (events/s), which compares the work whatever the bytes: the shell writes
// every column of the statement (internal keys, the actors as JSON), 474
// bytes an event at 100k where timeline's CSV has 370.
void PrintExports(const std::vector<ExportResult>& exports, uint64_t n) {
  const ExportResult& sqlite = exports.back();
  double sqlite_rate = sqlite.bytes / sqlite.seconds;
  double csv_rate = exports[0].bytes / exports[0].seconds;
  for (const ExportResult& e : exports) {
    double rate = e.bytes / e.seconds;
    std::cout << "export   " << e.name << ": " << Fixed(rate / 1e6, 1) << " MB/s, "
              << Fixed(n / e.seconds, 0) << " events/s, " << Fixed(e.bytes / 1e6, 1) << " MB in "
              << Fixed(e.seconds, 2) << " s, peak " << e.peak_kb / 1024 << " MB; vs sqlite3 -csv "
              << Ratio(rate, sqlite_rate) << " MB/s, " << Ratio(sqlite.seconds, e.seconds)
              << " events/s; vs timeline csv " << Ratio(rate, csv_rate) << " MB/s\n";
  }
}

// The lean layout beside timeline's figures of the same run, with the
// issue's targets: "actor, first 100" <= 0.5 ms, "actor + one month" <= 4 us
// a returned row, CSV >= 60 MB/s.
void PrintLean(const LeanResult& lean, const std::vector<QueryResult>* queries,
               const std::vector<ExportResult>* exports) {
  std::cout << "lean     PERF-NOTES layout: " << Fixed(lean.size / 1e6, 1) << " MB"
            << (lean.build_seconds > 0 ? ", built by sqlite3 in " + Fixed(lean.build_seconds, 2) + " s" : "")
            << "\n";
  auto ours = [&](const std::string& name) -> const QueryResult* {
    if (!queries) return nullptr;
    for (const QueryResult& r : *queries) {
      if (r.name == name) return &r;
    }
    return nullptr;
  };
  auto line = [&](const char* name, double rows, double p50, double p95) {
    char text[320];
    std::snprintf(text, sizeof text, "  %-26s %8.0f  lean %7.3f %7.3f ms (%.2f us/row)", name, rows, p50 * 1e3,
                  p95 * 1e3, rows > 0 ? p50 * 1e6 / rows : 0.0);
    std::cout << text;
    if (const QueryResult* r = ours(name)) {
      std::snprintf(text, sizeof text, "   timeline %8.0f rows %7.3f %7.3f ms (%.2f us/row)   %sx / %sx",
                    r->rows, r->ours_p50 * 1e3, r->ours_p95 * 1e3, r->rows > 0 ? r->ours_p50 * 1e6 / r->rows : 0.0,
                    Fixed(r->ours_p50 / p50, 1).c_str(), Fixed(r->ours_p95 / p95, 1).c_str());
      std::cout << text;
    }
    std::cout << "\n";
  };
  line("actor, first 100 by date", lean.first_rows, lean.first_p50, lean.first_p95);
  line("actor + one month", lean.month_rows, lean.month_p50, lean.month_p95);
  if (lean.has_export) {
    double rate = lean.csv.bytes / lean.csv.seconds;
    std::cout << "  export lean sqlite3 -csv: " << Fixed(rate / 1e6, 1) << " MB/s, " << Fixed(lean.csv.bytes / 1e6, 1)
              << " MB in " << Fixed(lean.csv.seconds, 2) << " s, peak " << lean.csv.peak_kb / 1024 << " MB";
    if (exports && !exports->empty()) {
      const ExportResult& csv = exports->front();
      std::cout << "   timeline csv " << Fixed(csv.bytes / csv.seconds / 1e6, 1) << " MB/s, peak "
                << csv.peak_kb / 1024 << " MB";
    }
    std::cout << "\n";
  }
}

void PrintRtree(const RtreeResult& rtree) {
  std::cout << "R*Tree   build: B-tree index " << Fixed(rtree.build_btree, 2) << " s, R*Trees "
            << Fixed(rtree.build_rtree, 2) << " s\n";
  for (const auto& [name, p] : rtree.p50) {
    std::cout << "         " << name << " p50: B-tree with one global span bound "
              << Fixed(p.first * 1e3, 3) << " ms, R*Tree " << Fixed(p.second * 1e3, 3) << " ms ("
              << Ratio(p.second, p.first) << ")\n";
  }
}

}  // namespace

int main(int argc, char** argv) {
  CLI::App app{"timeline against the sqlite3 shell: load, queries, exports"};
  std::vector<uint64_t> sizes = {10000, 100000, 1000000};
  bool large = false, keep = false;
  int queries = 200;
  std::string work = "bench-work";
  std::string timeline = "build/timeline", sqlite3 = "sqlite3";
  app.add_option("--sizes", sizes, "event counts")->delimiter(',');
  app.add_flag("--large", large, "add 10,000,000 events");
  app.add_option("--queries", queries, "random queries per class of the mix");
  app.add_option("--work", work, "scratch folder (deleted unless --keep)");
  app.add_option("--timeline", timeline, "the timeline binary");
  app.add_option("--sqlite3", sqlite3, "the sqlite3 shell");
  app.add_flag("--keep", keep, "keep the generated data and databases");
  std::vector<std::string> steps = {"load", "queries", "exports", "rtree", "lean"};
  app.add_option("--steps", steps, "what to measure (without load: reuse a --keep run's databases)")
      ->delimiter(',')
      ->check(CLI::IsMember({"load", "optimize", "queries", "exports", "rtree", "lean", "words"}));
  CLI11_PARSE(app, argc, argv);
  auto runs = [&steps](const char* step) {
    return std::find(steps.begin(), steps.end(), step) != steps.end();
  };
  if (large) sizes.push_back(10000000);
  timeline = fs::absolute(timeline).string();

  for (uint64_t n : sizes) {
    fs::path dir = fs::absolute(fs::path(work) / std::to_string(n));
    std::cout << "\n== " << n << " events\n" << std::flush;
    fs::path ours = dir / "timeline.db";
    if (runs("load")) {
      Dataset data = GenerateDataset(n, dir);
      std::cout << "generated " << data.actor_rows << " actor rows, "
                << Fixed(data.jsonl_bytes / 1e6, 1) << " MB of JSON Lines in "
                << Fixed(data.generate_seconds, 1) << " s\n";
      Run load = Spawn({timeline, "--db", ours.string(), "load", (dir / "events.jsonl").string()},
                       "", "/dev/null");
      fs::path theirs;
      Run import = SqliteLoad(data, sqlite3, &theirs);
      std::cout << "load     timeline " << Fixed(load.seconds, 2) << " s ("
                << Fixed(n / load.seconds, 0) << " events/s, peak " << load.peak_kb / 1024
                << " MB)   sqlite3 .import + indexes " << Fixed(import.seconds, 2) << " s (peak "
                << import.peak_kb / 1024 << " MB)   ratio " << Ratio(load.seconds, import.seconds)
                << "\n"
                << "size     timeline " << Fixed(fs::file_size(ours) / 1e6, 1) << " MB   sqlite3 "
                << Fixed(fs::file_size(theirs) / 1e6, 1) << " MB\n";
    } else if (!fs::exists(ours)) {
      std::cerr << "perf_bench: " << ours.string() << " not found: run with load and --keep first\n";
      return 1;
    }
    if (runs("optimize")) {
      double before = fs::file_size(ours) / 1e6;
      Run optimize = Spawn({timeline, "--db", ours.string(), "optimize"}, "", "/dev/null");
      if (optimize.status != 0) {
        std::cerr << "perf_bench: timeline optimize failed\n";
        return 1;
      }
      std::cout << "optimize timeline " << Fixed(optimize.seconds, 2) << " s (peak " << optimize.peak_kb / 1024
                << " MB)   size " << Fixed(before, 1) << " -> " << Fixed(fs::file_size(ours) / 1e6, 1) << " MB\n";
    }
    std::vector<QueryResult> query_results;
    std::vector<ExportResult> export_results;
    if (runs("queries")) {
      query_results = MeasureQueries(ours, dir, sqlite3, queries);
      PrintQueries(query_results, queries);
    }
    if (runs("exports")) {
      export_results = MeasureExports(timeline, sqlite3, ours, dir);
      PrintExports(export_results, n);
    }
    if (runs("lean")) {
      PrintLean(MeasureLean(ours, dir, sqlite3, queries, runs("exports")),
                query_results.empty() ? nullptr : &query_results, export_results.empty() ? nullptr : &export_results);
    }
    if (runs("words")) MeasureWords(ours, queries);
    if (runs("rtree")) PrintRtree(MeasureRtree(ours, dir, sqlite3, std::min(queries, 100)));
    std::cout << std::flush;
    if (!keep) fs::remove_all(dir);
  }
  return 0;
}

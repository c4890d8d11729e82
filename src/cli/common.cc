#include "cli/common.h"

#include <cstdlib>

#include "model/date_span.h"
#include "registry/registry.h"

namespace timeline {

std::string GlobalOptions::DatabasePath() const {
  if (!db_path.empty()) return db_path;
  if (const char* env = std::getenv("TIMELINE_DB"); env && *env) return env;
  return "timeline.db";
}

std::unique_ptr<Store> OpenStore(const GlobalOptions& global, Store::Mode mode,
                                 Store::Threads threads) {
  return std::make_unique<Store>(global.DatabasePath(), mode, Registry::Builtin(), threads);
}

CLI::Validator QueryDateValidator() {
  return CLI::Validator(
      [](std::string& value) {
        std::string error;
        return ParseQueryDate(value, &error) ? std::string() : error;
      },
      "DATE", "QueryDate");
}

void AddFilterOptions(CLI::App* command, Filter& filter) {
  command->add_option("-a,--actor", filter.actors,
                      "actor name in any language or id; repeat: all must take part")
      ->option_text("NAME");
  command->add_flag("--exact", filter.exact, "do not include the actor's agencies and people");
  command->add_option("--role", filter.role, "the role the --actor had")
      ->check(CLI::IsMember({"initiator", "target", "participant"}));
  command->add_option("--from", filter.from, "from this date: YYYY, YYYY-MM, YYYY-MM-DD or YYYY-Www")
      ->check(QueryDateValidator());
  command->add_option("--to", filter.to, "to this date (inclusive), same forms as --from")
      ->check(QueryDateValidator());
  command->add_flag("--within", filter.within,
                    "only events wholly inside --from..--to (default: any overlap)");
  command->add_option("-t,--type", filter.types, "event type or category; repeatable")
      ->option_text("TYPE");
  command->add_option("--text", filter.text, "words in the title or evidence (full-text)");
  command->add_option("--place", filter.place, "place name or country");
  command->add_option("--factuality", filter.factuality,
                      "asserted (default), negated, possible or any")
      ->check(CLI::IsMember({"asserted", "negated", "possible", "any"}));
  command->add_option("-n,--limit", filter.limit, "at most this many events")
      ->check(CLI::PositiveNumber);
}

void AddArticleOptions(CLI::App* command, std::string* published, std::string* language) {
  command->add_option("--published", *published,
                      "publication date of raw articles whose header gives none (YYYY-MM-DD); never overrides a "
                      "date the article states")
      ->check(CLI::Validator(
          [](std::string& value) { return ParseIsoDay(value) ? std::string() : "not a calendar day YYYY-MM-DD"; },
          "YYYY-MM-DD", "Day"));
  command->add_option("--language", *language, "id or en (default: detected)")->check(CLI::IsMember({"id", "en"}));
}

}  // namespace timeline

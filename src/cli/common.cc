#include "cli/common.h"

#include <cstdlib>
#include <filesystem>
#include <limits>

#include "cli/choices.h"
#include "cli/suggest.h"
#include "registry/registry.h"
#include "util/text.h"

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

// A value that is only white space: a usage error, so that it is refused
// before the database is opened (query/filter.h says the same, later).
CLI::Validator NotBlank(const std::string& what) {
  return CLI::Validator(
      [what](std::string& value) { return FoldForMatch(value).empty() ? what : std::string(); }, "", "NotBlank");
}

void AddFilterOptions(CLI::App* command, Filter& filter) {
  command->add_option("-a,--actor", filter.actors,
                      "actor name in any language or id; repeat: all must take part")
      ->check(NotBlank("the name is empty; give an actor's name or id"))
      ->option_text("NAME");
  command->add_flag("--exact", filter.exact, "do not include the actor's agencies and people");
  AddChoiceOption<std::optional<ActorRole>>(command, "--role", filter.role,
                                            {{"initiator", ActorRole::kInitiator},
                                             {"target", ActorRole::kTarget},
                                             {"participant", ActorRole::kParticipant}},
                                            "a role", "the role the --actor had");
  command->add_option("--from", filter.from, "from this date: YYYY, YYYY-MM, YYYY-MM-DD or YYYY-Www")
      ->check(QueryDateValidator());
  command->add_option("--to", filter.to, "to this date (inclusive), same forms as --from")
      ->check(QueryDateValidator());
  command->add_flag("--within", filter.within,
                    "only events wholly inside --from..--to (default: any overlap)");
  // A type or a category, by its name as the manual spells it; ResolveFilter
  // expands categories.
  std::vector<Choice<std::string>> types;
  for (EventType type : AllEventTypes()) types.push_back({std::string(ToString(type)), std::string(ToString(type))});
  for (Category category : AllCategories()) {
    types.push_back({std::string(ToString(category)), std::string(ToString(category))});
  }
  AddChoicesOption(command, "-t,--type", filter.types, types, "a type or category",
                   "event type or category; repeatable")
      ->option_text("TYPE");
  command->add_option("--text", filter.text, "words in the title or evidence (full-text)")
      ->check(NotBlank("give at least one word"));
  command->add_option("--place", filter.place, "place name or country")->check(NotBlank("the name is empty"));
  AddChoiceOption<std::optional<Factuality>>(command, "--factuality", filter.factuality,
                                             {{"asserted", Factuality::kAsserted},
                                              {"negated", Factuality::kNegated},
                                              {"possible", Factuality::kPossible},
                                              {"any", std::nullopt}},
                                             "a factuality", "asserted (default), negated, possible or any");
  command->add_option("-n,--limit", filter.limit, "at most this many events")
      ->check(WholeNumberIn(1, std::numeric_limits<long long>::max()))
      ->option_text("N");
  command->add_option("--min-sources", filter.min_sources, "only events told by at least N articles")
      ->check(WholeNumberIn(1, std::numeric_limits<long long>::max()))
      ->option_text("N");
  command->add_flag("--reports", filter.reports,
                    "each article's report of an event as its own row, instead of one row per event");
}

void CheckDateRange(const Filter& filter) {
  if (filter.from.empty() || filter.to.empty()) return;
  std::string error;
  std::optional<DateSpan> from = ParseQueryDate(filter.from, &error);
  std::optional<DateSpan> to = ParseQueryDate(filter.to, &error);
  if (from && to && *from->start > *to->end) {
    throw CLI::ValidationError("--from " + filter.from + " is after --to " + filter.to +
                               "; the range runs from --from to --to");
  }
}

void AddArticleOptions(CLI::App* command, ArticleOptionValues& values) {
  command
      ->add_option_function<std::string>(
          "--published", [&values](const std::string& day) { values.published = ParseIsoDay(day); },
          "publication date of raw articles whose header gives none (YYYY-MM-DD); never overrides a "
          "date the article states")
      ->check(CLI::Validator(
          [](std::string& value) {
            return ParseIsoDay(value) ? std::string() : "\"" + value + "\" is not a calendar day YYYY-MM-DD";
          },
          "YYYY-MM-DD", "Day"));
  AddChoiceOption<std::optional<Language>>(command, "--language", values.language,
                                           {{"id", Language::kIndonesian}, {"en", Language::kEnglish}},
                                           "a language", "id or en (default: detected)");
}

void AddNamesLanguageOption(CLI::App* command, Language& target) {
  AddChoiceOption<Language>(command, "--lang", target, {{"en", Language::kEnglish}, {"id", Language::kIndonesian}},
                            "a language of names", "CSV and iCalendar actor names in English (en, default) or Indonesian (id)");
}

CLI::Option* AddFormatOption(CLI::App* command, OutputFormat& target, const std::vector<OutputFormat>& formats,
                             const std::string& help) {
  std::vector<Choice<OutputFormat>> choices;
  for (OutputFormat format : formats) choices.push_back({std::string(ToString(format)), format});
  return AddChoiceOption(command, "-f,--format", target, choices, "a format", help);
}

}  // namespace timeline

namespace timeline {

OutputFormat FormatFromExtension(const std::string& path, const std::vector<OutputFormat>& formats) {
  std::string extension = std::filesystem::path(path).extension().string();
  std::vector<std::string> extensions, names;
  for (OutputFormat format : formats) {
    if (extension == "." + std::string(ToString(format))) return format;
    extensions.push_back("." + std::string(ToString(format)));
    names.push_back(std::string(ToString(format)));
  }
  std::string lower = extension;
  for (char& c : lower) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  std::string hint;
  for (const std::string& name : names) {
    if (lower == "." + name) hint = "; did you mean --format " + name + "?";
  }
  std::string why = extension.empty() ? "no extension to tell the format by"
                    : !hint.empty()   ? "the extension \"" + extension + "\" is not lower case"
                                      : "the extension \"" + extension + "\" names no format";
  throw CLI::ValidationError("-o " + path + ": " + why + "; name it " + JoinAlternatives(extensions) +
                             " or give --format " + JoinAlternatives(names) + hint);
}

}  // namespace timeline

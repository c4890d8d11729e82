#include "cli/common.h"

#include <algorithm>
#include <cctype>
#include <cstdlib>
#include <filesystem>
#include <limits>

#include "cli/choices.h"
#include "codes/event_codes.h"
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
  // PLOVER's names (any case: "MOBILIZE", "mobilize") for the types whose
  // events carry them; one spelt like a type of ours (AID, SANCTION,
  // PROTEST) stands for that type already.
  const EventCodeTable& codes = EventCodeTable::Builtin();
  for (const std::string& plover : codes.PloverTypes()) {
    std::string lower = plover;
    for (char& c : lower) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    bool taken = std::any_of(types.begin(), types.end(), [&](const Choice<std::string>& c) { return c.name == lower; });
    if (!taken && !codes.TypesOfPlover(plover).empty()) types.push_back({lower, plover});
  }
  AddChoicesOption(command, "-t,--type", filter.types, types, "a type, category or PLOVER type",
                   "event type, category or PLOVER event type (MOBILIZE); repeatable")
      ->option_text("TYPE");
  command->add_option("--text", filter.text, "words in the title or evidence (full-text)")
      ->check(NotBlank("give at least one word"));
  command->add_option("--place", filter.place, "place name or country")->check(NotBlank("the name is empty"));
  // Several at once, split at commas ("asserted,possible") or repeated.
  AddChoicesOption<std::optional<Factuality>>(command, "--factuality", filter.factuality,
                                              {{"asserted", Factuality::kAsserted},
                                               {"negated", Factuality::kNegated},
                                               {"possible", Factuality::kPossible},
                                               {"any", std::nullopt}},
                                              "a factuality",
                                              "asserted (default), negated, possible or any; several "
                                              "with commas (asserted,possible)")
      ->delimiter(',');
  // --count is --limit by another name: with --offset it reads as a page.
  command->add_option("-n,--limit,--count", filter.limit, "at most this many events (--count: the same)")
      ->check(WholeNumberIn(1, std::numeric_limits<long long>::max()))
      ->option_text("N");
  command->add_option("--offset", filter.offset, "skip this many events first (with --count: a page)")
      ->check(WholeNumberIn(0, std::numeric_limits<long long>::max()))
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
                            "a language of names", "actor names in the table, CSV and iCalendar: English (en, default) or Indonesian (id)");
}

void AddCsvDialectOption(CLI::App* command, CsvDialect& target) {
  AddChoiceOption<CsvDialect>(command, "--csv-dialect", target,
                              {{"default", CsvDialect::kDefault}, {"excel-id", CsvDialect::kExcelId}},
                              "a CSV dialect",
                              "CSV separated by commas (default) or by semicolons, as Excel expects "
                              "in Indonesian and other comma-decimal locales (excel-id)");
}

void AddCalendarOptions(CLI::App* command, CalendarOptionValues& values) {
  values.long_events_option = AddChoiceOption<LongEvents>(
      command, "--long-events", values.long_events,
      {{"skip", LongEvents::kSkip}, {"start", LongEvents::kStart}, {"keep", LongEvents::kKeep}},
      "a way to show long events",
      "iCalendar: events longer than --long-event-days are left out (skip), put on their first day "
      "with the span in their title and description (start, default), or spanned whole (keep)");
  values.days_option = command
                           ->add_option("--long-event-days", values.long_event_days,
                                        "iCalendar: an event spanning more days than this is long (default 7: "
                                        "a week is not, a month is)")
                           ->check(WholeNumberIn(1, 36525))
                           ->option_text("N");
}

void ApplyCalendarOptions(const CalendarOptionValues& values, const Filter& filter, OutputOptions& output) {
  if (output.format != OutputFormat::kIcs) {
    for (CLI::Option* option : {values.long_events_option, values.days_option}) {
      if (option && option->count() > 0) {
        throw CLI::ValidationError(option->get_name() + ": only a calendar (--format ics) has long events; this output is " +
                                   std::string(ToString(output.format)));
      }
    }
  }
  output.long_events = values.long_events;
  output.long_event_days = values.long_event_days;
  output.negated = NamesFactuality(filter, Factuality::kNegated);
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

#include "cli/choices.h"

#include <cctype>
#include <cerrno>
#include <cstdlib>
#include <limits>

#include "cli/suggest.h"

namespace timeline {
namespace {

constexpr const char* kChoicesValidator = "choices";

std::string Lower(std::string text) {
  for (char& c : text) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return text;
}

std::string Joined(const std::vector<std::string>& names, const char* separator) {
  std::string out;
  for (const std::string& name : names) out += (out.empty() ? "" : separator) + name;
  return out;
}

}  // namespace

CLI::Option* DescribeChoices(CLI::Option* option, const std::vector<std::string>& names,
                             const std::string& what) {
  std::map<std::string, size_t> index;
  for (size_t i = 0; i < names.size(); ++i) index[names[i]] = i;
  option->transform(CLI::CheckedTransformer(index, CLI::ignore_case));
  // Runs before the transformer (transform() inserts in front): the
  // transformer alone would also accept the positions themselves ("--role 1")
  // and word its refusal in CLI11's terms.
  CLI::Validator check(
      [names, what](std::string& value) -> std::string {
        std::string lower = Lower(value);
        for (const std::string& name : names) {
          if (name == lower) return {};
        }
        return "\"" + value + "\" is not " + what + ": use " + JoinAlternatives(names) +
               DidYouMean(value, names);
      },
      Joined(names, "|"), kChoicesValidator);
  option->transform(check);
  std::string text = Joined(names, "|");
  if (text.size() <= 32) option->option_text(text);
  return option;
}

std::vector<std::string> ChoiceNames(CLI::Option* option) {
  CLI::Validator* validator = nullptr;
  try {
    validator = option->get_validator(kChoicesValidator);
  } catch (const CLI::OptionNotFound&) {
    return {};
  }
  std::vector<std::string> names;
  std::string all = validator->get_description();
  for (size_t start = 0; start <= all.size();) {
    size_t bar = all.find('|', start);
    if (bar == std::string::npos) bar = all.size();
    if (bar > start) names.push_back(all.substr(start, bar - start));
    start = bar + 1;
  }
  return names;
}

CLI::Validator WholeNumberIn(long long min, long long max) {
  std::string range = max == std::numeric_limits<long long>::max()
                          ? ", " + std::to_string(min) + " or more"
                          : " from " + std::to_string(min) + " to " + std::to_string(max);
  return CLI::Validator(
      [min, max, range](std::string& value) -> std::string {
        errno = 0;
        char* end = nullptr;
        long long number = std::strtoll(value.c_str(), &end, 10);
        bool whole = !value.empty() && end == value.c_str() + value.size() && errno == 0;
        if (whole && number >= min && number <= max) return {};
        return "\"" + value + "\": give a whole number" + range;
      },
      "N", "WholeNumber");
}

}  // namespace timeline

#pragma once
// Options whose value is one of a fixed set of names (formats, roles,
// factualities, types, languages): CLI11 maps the name as typed, in any case,
// straight to its value with a CheckedTransformer, once, at parse time; a name
// that is not in the set is a usage error (exit 2) that lists the set and
// suggests the nearest name. Commands then only see typed values.

#include <CLI/CLI.hpp>

#include <map>
#include <string>
#include <utility>
#include <vector>

namespace timeline {

template <typename T>
struct Choice {
  std::string name;  // lower case, as the manual spells it
  T value;
};

// Adds the transformer and the check to `option`, whose results are then the
// position of the chosen name in `names`. `what` names the set in messages
// ("a role"). Shown in help as name|name|... when short. Internal to the
// templates below.
CLI::Option* DescribeChoices(CLI::Option* option, const std::vector<std::string>& names,
                             const std::string& what);

// The names an option registered here accepts (for shell completion); empty
// for other options.
std::vector<std::string> ChoiceNames(CLI::Option* option);

// A table's names and values, apart.
template <typename T>
std::pair<std::vector<std::string>, std::vector<T>> Split(const std::vector<Choice<T>>& choices) {
  std::pair<std::vector<std::string>, std::vector<T>> apart;
  for (const Choice<T>& c : choices) {
    apart.first.push_back(c.name);
    apart.second.push_back(c.value);
  }
  return apart;
}

// The value CLI11 writes is an index into the table, not the value itself:
// CLI11 2.1 can only write types it can convert from text, and std::optional
// ("--factuality any" is no filter) is not one of them.
template <typename T>
CLI::Option* AddChoiceOption(CLI::App* command, const std::string& flags, T& target,
                             const std::vector<Choice<T>>& choices, const std::string& what,
                             const std::string& help) {
  // (Plain variables, not a structured binding: the lambda captures one.)
  const auto apart = Split(choices);
  const std::vector<std::string>& names = apart.first;
  const std::vector<T>& values = apart.second;
  CLI::Option* option = command->add_option_function<size_t>(
      flags, [&target, values](const size_t& index) { target = values.at(index); }, help);
  return DescribeChoices(option, names, what);
}

// The same for a repeatable option: each value given is appended.
template <typename T>
CLI::Option* AddChoicesOption(CLI::App* command, const std::string& flags, std::vector<T>& target,
                              const std::vector<Choice<T>>& choices, const std::string& what,
                              const std::string& help) {
  // (Plain variables, not a structured binding: the lambda captures one.)
  const auto apart = Split(choices);
  const std::vector<std::string>& names = apart.first;
  const std::vector<T>& values = apart.second;
  CLI::Option* option = command->add_option_function<std::vector<size_t>>(
      flags,
      [&target, values](const std::vector<size_t>& indexes) {
        for (size_t index : indexes) target.push_back(values.at(index));
      },
      help);
  return DescribeChoices(option, names, what);
}

// A whole number in [min, max]: "--limit: 0 is not a whole number from 1 up".
CLI::Validator WholeNumberIn(long long min, long long max);

}  // namespace timeline

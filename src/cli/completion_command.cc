// timeline completion bash: a bash completion script for the commands and
// options as this binary defines them, so it cannot drift from them. The
// build writes it and `cmake --install` puts it where bash-completion looks
// (share/bash-completion/completions/timeline). Hidden from help.

#include <iostream>
#include <set>

#include "cli/choices.h"
#include "cli/commands.h"

namespace timeline {
namespace {

// Options whose value is a file or folder name.
const std::set<std::string> kFileOptions = {"--db", "--output"};

std::string Names(const CLI::Option* option) {
  std::string out;
  for (const std::string& s : option->get_snames()) out += (out.empty() ? "-" : " -") + s;
  for (const std::string& l : option->get_lnames()) out += (out.empty() ? "--" : " --") + l;
  return out;
}

// "-f|--format": a bash case pattern for `command:option`.
std::string Pattern(const std::string& command, const CLI::Option* option) {
  std::string out;
  for (const std::string& s : option->get_snames()) out += (out.empty() ? "" : "|") + command + ":-" + s;
  for (const std::string& l : option->get_lnames()) out += (out.empty() ? "" : "|") + command + ":--" + l;
  return out;
}

std::vector<CLI::App*> Commands(CLI::App& app) {
  std::vector<CLI::App*> out;
  for (CLI::App* sub : app.get_subcommands([](CLI::App*) { return true; })) {
    if (!sub->get_group().empty()) out.push_back(sub);
  }
  return out;
}

std::string Join(const std::vector<std::string>& words, const char* separator = " ") {
  std::string out;
  for (const std::string& w : words) out += (out.empty() ? "" : separator) + w;
  return out;
}

// "load:*|extract:*" less words starting with "-": the file arguments.
std::string FilePatterns(const std::string& commands) {
  std::string out;
  size_t start = 0;
  while (start <= commands.size()) {
    size_t bar = commands.find('|', start);
    if (bar == std::string::npos) bar = commands.size();
    out += (out.empty() ? "" : "|") + commands.substr(start, bar - start) + ":[!-]*|" +
           commands.substr(start, bar - start) + ":";
    start = bar + 1;
  }
  return out;
}

std::string BashCompletion(CLI::App& app) {
  std::vector<CLI::App*> commands = Commands(app);
  std::vector<std::string> command_names;
  for (CLI::App* c : commands) command_names.push_back(c->get_name());
  std::string top_words = Join(command_names);
  for (CLI::Option* option : app.get_options([](CLI::Option* o) { return o->nonpositional(); })) {
    top_words += " " + Names(option);
  }
  // What the word after an option may be: a choice, a file, or anything
  // (nothing to offer). Options of the program itself may follow a command.
  std::string values;
  std::vector<std::pair<std::string, CLI::Option*>> valued;
  for (CLI::Option* option : app.get_options([](CLI::Option* o) { return o->nonpositional(); })) {
    valued.emplace_back("*", option);
  }
  std::string positionals;  // commands whose arguments are files
  std::string options;      // per command, its options
  for (CLI::App* command : commands) {
    std::string words;
    bool file_arguments = false;
    for (CLI::Option* option : command->get_options()) {
      if (option->get_positional()) {
        // Every positional of load, extract and dates is a file or folder.
        file_arguments = option->get_name() == "paths" || option->get_name() == "articles";
        continue;
      }
      words += (words.empty() ? "" : " ") + Names(option);
      valued.emplace_back(command->get_name(), option);
    }
    if (command->get_name() == "help") words = Join(command_names);
    options += "    " + command->get_name() + ") words=\"" + words + "\" ;;\n";
    if (file_arguments) positionals += (positionals.empty() ? "" : "|") + command->get_name();
  }
  for (const auto& [command, option] : valued) {
    if (option->get_expected_max() == 0) continue;  // a flag takes no value
    std::vector<std::string> choices = ChoiceNames(option);
    bool file = false;
    for (const std::string& l : option->get_lnames()) file = file || kFileOptions.count("--" + l) > 0;
    values += "    " + Pattern(command, option) + ") ";
    if (!choices.empty()) {
      values += "COMPREPLY=($(compgen -W \"" + Join(choices) + "\" -- \"$cur\")); return ;;\n";
    } else if (file) {
      values += "compopt -o filenames 2>/dev/null; COMPREPLY=($(compgen -f -- \"$cur\")); return ;;\n";
    } else {
      values += "return ;;\n";
    }
  }
  return "# bash completion for timeline, written by `timeline completion bash`: the\n"
         "# commands, options and option values of the binary that wrote it.\n"
         "_timeline() {\n"
         "  local cur=${COMP_WORDS[COMP_CWORD]} prev=${COMP_WORDS[COMP_CWORD-1]}\n"
         "  local command= words= i\n"
         "  for ((i = 1; i < COMP_CWORD; i++)); do\n"
         "    case ${COMP_WORDS[i]} in\n"
         "      " + Join(command_names, "|") + ") command=${COMP_WORDS[i]}; break ;;\n"
         "    esac\n"
         "  done\n"
         "  case $command:$prev in\n" + values +
         "  esac\n"
         "  case $command in\n"
         "    '') words=\"" + top_words + "\" ;;\n" + options +
         "  esac\n"
         "  case $command:$cur in\n"
         "    " + FilePatterns(positionals) + ") compopt -o filenames 2>/dev/null; COMPREPLY=($(compgen -f -- \"$cur\")); return ;;\n"
         "  esac\n"
         "  COMPREPLY=($(compgen -W \"$words\" -- \"$cur\"))\n"
         "}\n"
         "complete -F _timeline timeline\n";
}

}  // namespace

void AddCompletionCommand(CLI::App& app) {
  auto shell = std::make_shared<std::string>();
  CLI::App* command = app.add_subcommand("completion", "print a shell completion script");
  command->group("");  // for packagers and the install rules, not in help
  AddChoiceOption<std::string>(command, "shell", *shell, {{"bash", "bash"}}, "a shell timeline completes for",
                               "the shell: bash")
      ->required();
  // The callback holds `shell`: the option writes into it while parsing,
  // long after this function returns.
  command->callback([&app, shell] { std::cout << BashCompletion(app); });
}

}  // namespace timeline

// timeline help [COMMAND]: the same text as --help, for those who type it the
// way git and go take it.

#include <iostream>

#include "cli/commands.h"
#include "cli/suggest.h"

namespace timeline {

void AddHelpCommand(CLI::App& app) {
  auto name = std::make_shared<std::string>();
  CLI::App* command = app.add_subcommand("help", "help for timeline or one of its commands");
  command->add_option("command", *name, "the command to explain");
  command->callback([&app, name] {
    if (name->empty()) {
      // Not app.help(): that gives the help of the chosen subcommand, this one.
      std::cout << app.get_formatter()->make_help(&app, app.get_name(), CLI::AppFormatMode::Normal);
      return;
    }
    std::vector<std::string> names;
    for (const CLI::App* sub : app.get_subcommands([](const CLI::App*) { return true; })) {
      if (sub->get_group().empty()) continue;  // hidden
      if (sub->get_name() == *name) {
        std::cout << sub->help(app.get_name());
        return;
      }
      names.push_back(sub->get_name());
    }
    throw CLI::ValidationError("help: unknown command \"" + *name + "\": the commands are " +
                               JoinAlternatives(names) + DidYouMean(*name, names));
  });
}

}  // namespace timeline

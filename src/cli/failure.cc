#include "cli/failure.h"

#include <algorithm>
#include <filesystem>
#include <iostream>
#include <new>

#include <SQLiteCpp/Exception.h>
#include <sqlite3.h>

#include "cli/suggest.h"
#include "util/error.h"
#include "util/text.h"

namespace timeline {
namespace {

// The subcommand the command line chose, or null.
const CLI::App* Chosen(const CLI::App* app) {
  std::vector<CLI::App*> chosen = app->get_subcommands();
  return chosen.empty() ? nullptr : chosen.front();
}

std::vector<std::string> CommandNames(const CLI::App* app) {
  std::vector<std::string> names;
  for (const CLI::App* sub : app->get_subcommands([](const CLI::App*) { return true; })) {
    if (!sub->get_group().empty()) names.push_back(sub->get_name());  // hidden ones have no group
  }
  return names;
}

// "--name" for every long option of `app` and, since --db may follow the
// subcommand, of its parent.
std::vector<std::string> LongOptions(const CLI::App* app) {
  std::vector<std::string> names;
  for (const CLI::App* a = app; a != nullptr; a = a->get_parent()) {
    for (const CLI::Option* option : a->get_options()) {
      for (const std::string& name : option->get_lnames()) names.push_back("--" + name);
    }
  }
  return names;
}

std::string HelpHint(const CLI::App* command) {
  return command ? "`timeline help " + command->get_name() + "` lists its options" : "`timeline help` lists the commands";
}

std::string Where(const CLI::App* command) { return command ? command->get_name() + ": " : ""; }

// Arguments CLI11 could not place, in command-line order.
std::vector<std::string> Unplaced(const CLI::App* app, const std::vector<std::string>& args) {
  std::vector<std::string> left = app->remaining(true);
  std::vector<std::string> ordered;
  for (const std::string& arg : args) {
    for (auto it = left.begin(); it != left.end(); ++it) {
      if (*it == arg) {
        ordered.push_back(arg);
        left.erase(it);
        break;
      }
    }
  }
  ordered.insert(ordered.end(), left.begin(), left.end());
  return ordered;
}

bool IsOptionLike(const std::string& arg) { return arg.size() > 1 && arg[0] == '-'; }

std::string UnknownArguments(const CLI::App* app, const std::vector<std::string>& args) {
  const CLI::App* command = Chosen(app);
  std::vector<std::string> unplaced = Unplaced(app, args);
  // An unknown option first: its value, if it had one, is unplaced too.
  // Without a command, the first word: `timeline quer --actor X` is about
  // the command, whose options --actor is.
  for (const std::string& arg : unplaced) {
    if (!command && !IsOptionLike(arg)) break;
    if (!IsOptionLike(arg)) continue;
    std::string option = arg.substr(0, arg.find('='));
    std::string hint = StartsWith(option, "--") ? DidYouMean(option, LongOptions(command ? command : app)) : "";
    // A known option CLI11 left over was given where it is not read (after
    // "--", or before the command it belongs to): no option to suggest.
    if (hint == "; did you mean " + option + "?") {
      return Where(command) + "unexpected argument \"" + arg + "\"; " + HelpHint(command);
    }
    if (hint.empty() && !command) {
      hint = "; options of a command come after it, `timeline help` lists the commands";
    }
    return Where(command) + "unknown option " + option + (hint.empty() ? "; " + HelpHint(command) : hint);
  }
  if (unplaced.empty()) return "unexpected arguments; " + HelpHint(command);
  auto first_word = std::find_if(unplaced.begin(), unplaced.end(), [](const std::string& a) { return !IsOptionLike(a); });
  const std::string& word = *first_word;  // there is one: no option was unplaced
  if (!command) {
    std::string hint = DidYouMean(word, CommandNames(app));
    return "unknown command \"" + word + "\"" + (hint.empty() ? "; " + HelpHint(nullptr) : hint);
  }
  return Where(command) + "unexpected argument \"" + word + "\"; " + HelpHint(command);
}

// "id is required": the positional's name and what it is.
std::string Missing(const CLI::App* app, const std::string& what) {
  const CLI::App* command = Chosen(app);
  if (!command) {
    return "no command given: use " + JoinAlternatives(CommandNames(app)) + "; " + HelpHint(nullptr);
  }
  std::string name = what.substr(0, what.find(" is required"));
  for (const CLI::Option* option : command->get_options()) {
    if (option->get_name() == name && option->get_positional()) {
      std::string upper = name;
      for (char& c : upper) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
      return Where(command) + "missing " + upper + ": " + option->get_description() + "; " + HelpHint(command);
    }
  }
  return Where(command) + what + "; " + HelpHint(command);
}

constexpr const char* kBug =
    "; this is a bug in timeline (or its compiled-in data/ files): please report it with the command that caused it\n";

}  // namespace

std::string UsageMessage(const CLI::App* app, const CLI::Error& error, const std::vector<std::string>& args) {
  // By type, not get_name(): CLI11 names an ExtrasError after the app.
  std::string what = error.what();
  std::string message;
  if (dynamic_cast<const CLI::ExtrasError*>(&error)) {
    message = UnknownArguments(app, args);
  } else if (dynamic_cast<const CLI::RequiredError*>(&error)) {
    // CLI11 checks requirements before leftovers, but a mistyped command or
    // option is the likelier cause: `timeline quer`, `timeline load -x`.
    message = !Unplaced(app, args).empty() ? UnknownArguments(app, args) : Missing(app, what);
  } else if (dynamic_cast<const CLI::ArgumentMismatch*>(&error) && what.find(": ") != std::string::npos) {
    std::string option = what.substr(0, what.find(':'));
    if (EndsWith(what, " missing")) {  // "--actor: 1 required TEXT missing"
      message = Where(Chosen(app)) + option + " needs a value";
    } else if (what.find(": At Most ") != std::string::npos) {  // given twice
      message = Where(Chosen(app)) + option + " takes one value: give it once";
    } else {
      message = Where(Chosen(app)) + what;
    }
  } else if (dynamic_cast<const CLI::ConversionError*>(&error) && StartsWith(what, "Could not convert: ")) {
    // "Could not convert: --within = x": a flag given a value.
    std::string rest = what.substr(std::string("Could not convert: ").size());
    std::string option = rest.substr(0, rest.find(" = "));
    std::string value = rest.find(" = ") == std::string::npos ? "" : rest.substr(rest.find(" = ") + 3);
    message = Where(Chosen(app)) + option + ": \"" + value + "\" is not a value it takes; it is a flag, given alone";
  } else {
    // Validation errors are already "--option: what is wrong" (choices.cc,
    // the date validators, the commands' own checks).
    message = what;
  }
  return kErrorPrefix + message + "\n";
}

int ReportFailure(const std::exception_ptr& failure, const std::string& database) {
  try {
    std::rethrow_exception(failure);
  } catch (const Error& e) {
    std::cerr << kErrorPrefix << e.what() << "\n";
    return kExitBadInput;
  } catch (const SQLite::Exception& e) {
    // The store turns the errors it expects into timeline::Error; one that
    // escapes it is still the environment's when SQLite says so (another
    // command's bulk load holds the file, the disk is full), a bug otherwise.
    switch (e.getErrorCode() & 0xff) {  // the primary code of an extended one
      case SQLITE_BUSY:
      case SQLITE_LOCKED:
      case SQLITE_FULL:
      case SQLITE_IOERR:
      case SQLITE_CORRUPT:
      case SQLITE_NOTADB:
      case SQLITE_READONLY:
      case SQLITE_CANTOPEN:
      case SQLITE_PERM:
        std::cerr << kErrorPrefix << database << ": " << e.what() << "\n";
        return kExitBadInput;
      default:
        std::cerr << kErrorPrefix << "internal error: " << database << ": " << e.what() << kBug;
        return kExitInternal;
    }
  } catch (const std::filesystem::filesystem_error& e) {
    // The environment (a folder that cannot be read or written); the
    // message names the path.
    std::cerr << kErrorPrefix << e.what() << "\n";
    return kExitBadInput;
  } catch (const std::bad_alloc&) {
    std::cerr << kErrorPrefix << "out of memory\n";
    return kExitInternal;
  } catch (const std::exception& e) {
    std::cerr << kErrorPrefix << "internal error: " << e.what() << kBug;
    return kExitInternal;
  } catch (...) {
    std::cerr << kErrorPrefix << "internal error of unknown kind; please report it with the command that caused it\n";
    return kExitInternal;
  }
}

}  // namespace timeline

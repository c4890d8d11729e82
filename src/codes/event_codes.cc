#include "codes/event_codes.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <cctype>

#include "util/diagnostic.h"
#include "util/embedded.h"
#include "util/error.h"

namespace timeline {
namespace {

using json = nlohmann::json;

std::string Upper(std::string_view text) {
  std::string out(text);
  for (char& c : out) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
  return out;
}

// The object's keys must be among `known`: a misspelt key is no silent default.
void CheckKeys(const json& object, const std::string& where, std::initializer_list<std::string_view> known) {
  for (auto it = object.begin(); it != object.end(); ++it) {
    if (std::find(known.begin(), known.end(), it.key()) == known.end()) {
      std::string list;
      for (std::string_view k : known) list.append(list.empty() ? "" : ", ").append(k);
      throw InputError(where + ": unknown field \"" + it.key() + "\"; the fields are " + list);
    }
  }
}

std::string Text(const json& object, const char* key, const std::string& where) {
  auto it = object.find(key);
  if (it == object.end()) throw InputError(where + ": missing field \"" + key + "\"");
  if (!it->is_string() || it->get<std::string>().empty()) {
    throw InputError(where + ": " + key + " must be a non-empty string");
  }
  return it->get<std::string>();
}

}  // namespace

const EventCodeTable& EventCodeTable::Builtin() {
  static const EventCodeTable table = Parse(EmbeddedData("event_types.json"), "data/event_types.json");
  return table;
}

EventCodeTable EventCodeTable::Parse(std::string_view text, std::string_view origin) {
  const std::string source(origin);
  json root;
  try {
    root = json::parse(text);
  } catch (const json::parse_error& e) {
    LineColumn at = LineColumnAt(text, e.byte == 0 ? 0 : e.byte - 1);
    throw InputError(source + ":" + std::to_string(at.line) + ":" + std::to_string(at.column) + ": invalid JSON");
  }
  if (!root.is_object()) throw InputError(source + ": must be an object");
  CheckKeys(root, source, {"comment", "plover_types", "cameo_roots", "types"});
  EventCodeTable table;

  auto plover = root.find("plover_types");
  if (plover == root.end() || !plover->is_array() || plover->empty()) {
    throw InputError(source + ": plover_types must be a non-empty array of names");
  }
  for (const json& name : *plover) {
    if (!name.is_string() || name.get<std::string>() != Upper(name.get<std::string>()) ||
        name.get<std::string>().empty()) {
      throw InputError(source + ": plover_types: " + name.dump() + " is not an upper-case name");
    }
    table.plover_types_.push_back(name.get<std::string>());
  }

  auto cameo = root.find("cameo_roots");
  if (cameo == root.end() || !cameo->is_object() || cameo->empty()) {
    throw InputError(source + ": cameo_roots must be an object of code: name");
  }
  for (auto it = cameo->begin(); it != cameo->end(); ++it) {
    const std::string& code = it.key();
    bool two_digits = code.size() == 2 && std::isdigit(static_cast<unsigned char>(code[0])) &&
                      std::isdigit(static_cast<unsigned char>(code[1]));
    int number = two_digits ? std::stoi(code) : 0;
    // CAMEO's cue categories run from 01 (MAKE PUBLIC STATEMENT) to 20.
    if (number < 1 || number > 20) {
      throw InputError(source + ": cameo_roots: \"" + code + "\" is not a CAMEO root code (01 to 20)");
    }
    if (!it->is_string()) throw InputError(source + ": cameo_roots." + code + " must be a string");
    table.cameo_roots_[code] = it->get<std::string>();
  }

  auto types = root.find("types");
  if (types == root.end() || !types->is_object()) throw InputError(source + ": types must be an object");
  for (auto it = types->begin(); it != types->end(); ++it) {
    if (!ParseEventType(it.key())) {
      throw InputError(source + ": types: \"" + it.key() + "\" is not a type; the types are " +
                       std::string(EventTypeWords()));
    }
  }
  auto check_plover = [&](const json& value, const std::string& where) -> std::string {
    if (value.is_null()) return "";
    if (!value.is_string()) throw InputError(where + ": plover must be a PLOVER type or null");
    std::string name = value.get<std::string>();
    if (std::find(table.plover_types_.begin(), table.plover_types_.end(), name) == table.plover_types_.end()) {
      throw InputError(where + ": \"" + name + "\" is not a PLOVER event type (plover_types)");
    }
    return name;
  };
  auto check_cameo = [&](const json& value, const std::string& where) -> std::string {
    if (!value.is_string() || table.cameo_roots_.count(value.get<std::string>()) == 0) {
      throw InputError(where + ": cameo " + value.dump() + " is not a CAMEO root code (cameo_roots, 01 to 20)");
    }
    return value.get<std::string>();
  };
  table.entries_.resize(AllEventTypes().size());
  for (EventType type : AllEventTypes()) {
    std::string where = source + ": types." + std::string(ToString(type));
    auto found = types->find(std::string(ToString(type)));
    if (found == types->end()) throw InputError(where + ": missing; every type needs names and codes");
    const json& t = *found;
    if (!t.is_object()) throw InputError(where + ": must be an object");
    CheckKeys(t, where, {"names", "plover", "cameo", "rules"});
    Entry entry;
    auto names = t.find("names");
    if (names == t.end() || !names->is_object()) throw InputError(where + ": names must be an object {en, id}");
    CheckKeys(*names, where + ".names", {"en", "id"});
    entry.name_en = Text(*names, "en", where + ".names");
    entry.name_id = Text(*names, "id", where + ".names");
    if (!t.contains("plover")) throw InputError(where + ": missing field \"plover\" (null where PLOVER codes none)");
    entry.plover = check_plover(t["plover"], where);
    if (!t.contains("cameo")) throw InputError(where + ": missing field \"cameo\"");
    entry.cameo = check_cameo(t["cameo"], where);
    if (auto rules = t.find("rules"); rules != t.end()) {
      if (!rules->is_array()) throw InputError(where + ": rules must be an array");
      for (size_t i = 0; i < rules->size(); ++i) {
        const json& r = (*rules)[i];
        std::string at = where + ".rules[" + std::to_string(i) + "]";
        if (!r.is_object()) throw InputError(at + ": must be an object");
        CheckKeys(r, at, {"factuality", "without_role", "plover", "cameo"});
        Rule rule;
        if (auto f = r.find("factuality"); f != r.end()) {
          rule.factuality = f->is_string() ? ParseFactuality(f->get<std::string>()) : std::nullopt;
          if (!rule.factuality) {
            throw InputError(at + ": factuality " + f->dump() + " is not one of " + std::string(FactualityWords()));
          }
        }
        if (auto role = r.find("without_role"); role != r.end()) {
          rule.without_role = role->is_string() ? ParseActorRole(role->get<std::string>()) : std::nullopt;
          if (!rule.without_role) {
            throw InputError(at + ": without_role " + role->dump() + " is not one of " +
                             std::string(ActorRoleWords()));
          }
        }
        if (!rule.factuality && !rule.without_role) {
          throw InputError(at + ": a rule needs a condition (factuality or without_role)");
        }
        if (r.contains("plover")) {
          rule.plover = check_plover(r["plover"], at);
          if (rule.plover.empty()) throw InputError(at + ": plover null in a rule; give a PLOVER type");
        }
        if (r.contains("cameo")) rule.cameo = check_cameo(r["cameo"], at);
        if (rule.plover.empty() && rule.cameo.empty()) {
          throw InputError(at + ": a rule changes nothing; give plover, cameo or both");
        }
        entry.rules.push_back(std::move(rule));
      }
    }
    table.entries_.at(static_cast<size_t>(type)) = std::move(entry);
  }
  return table;
}

EventCodes EventCodeTable::CodesOf(const Event& event) const {
  const Entry& entry = entries_.at(static_cast<size_t>(event.type));
  EventCodes codes{entry.plover, entry.cameo};
  for (const Rule& rule : entry.rules) {
    if (rule.factuality && *rule.factuality != event.factuality) continue;
    if (rule.without_role &&
        std::any_of(event.actors.begin(), event.actors.end(),
                    [&](const ActorRef& a) { return a.role == *rule.without_role; })) {
      continue;
    }
    if (!rule.plover.empty()) codes.plover = rule.plover;
    if (!rule.cameo.empty()) codes.cameo = rule.cameo;
    break;
  }
  return codes;
}

std::string_view EventCodeTable::Name(EventType type, Language language) const {
  const Entry& entry = entries_.at(static_cast<size_t>(type));
  return language == Language::kIndonesian ? entry.name_id : entry.name_en;
}

std::vector<EventType> EventCodeTable::TypesOfPlover(std::string_view name) const {
  std::string upper = Upper(name);
  std::vector<EventType> out;
  for (EventType type : AllEventTypes()) {
    const Entry& entry = entries_.at(static_cast<size_t>(type));
    bool carries = entry.plover == upper;
    for (const Rule& rule : entry.rules) carries = carries || rule.plover == upper;
    if (carries && !upper.empty()) out.push_back(type);
  }
  return out;
}

}  // namespace timeline

#pragma once
// What people and other event data call each event type (data/event_types.json,
// docs/exports.md "Codes"): display names in English and Indonesian, and the
// codes that set a record beside GDELT (a CAMEO root code, "01" to "20") and
// POLECAT (a PLOVER event type, "CONSULT"), chosen from the event's type,
// factuality and roles.

#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "model/event.h"

namespace timeline {

struct EventCodes {
  std::string_view plover;  // a PLOVER event type; empty where PLOVER codes none (statement, report)
  std::string_view cameo;   // a CAMEO root code, two digits
};

class EventCodeTable {
 public:
  // The table compiled in (data/event_types.json), parsed and checked once.
  // Throws timeline::Error if it is broken (a test keeps it whole).
  static const EventCodeTable& Builtin();

  // Parses and checks a table: every type of SPEC.md §1 has names in both
  // languages, a CAMEO root among "cameo_roots" and a PLOVER type among
  // "plover_types" (or null); rules name a known factuality or role. Throws
  // timeline::InputError "ORIGIN: types.meeting: ..." for the first fault.
  static EventCodeTable Parse(std::string_view json, std::string_view origin);

  EventCodes CodesOf(const Event& event) const;
  std::string_view Name(EventType type, Language language) const;

  // PLOVER's event types, in the ontology's order, and CAMEO's root codes
  // with their names, as the table lists them.
  const std::vector<std::string>& PloverTypes() const { return plover_types_; }
  const std::map<std::string, std::string>& CameoRoots() const { return cameo_roots_; }

  // The types whose events can carry the PLOVER type `name` (any case):
  // MOBILIZE -> drill, missile_test, nuclear_test, weapon_unveiling. Empty
  // for a PLOVER type no type maps to, and for a name that is none.
  std::vector<EventType> TypesOfPlover(std::string_view name) const;

 private:
  struct Rule {
    std::optional<Factuality> factuality;
    std::optional<ActorRole> without_role;
    std::string plover, cameo;  // empty: the type's own
  };
  struct Entry {
    std::string name_en, name_id;
    std::string plover, cameo;
    std::vector<Rule> rules;
  };
  std::vector<Entry> entries_;  // by EventType's value
  std::vector<std::string> plover_types_;
  std::map<std::string, std::string> cameo_roots_;
};

}  // namespace timeline

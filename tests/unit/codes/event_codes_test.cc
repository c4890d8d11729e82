// data/event_types.json: display names, PLOVER types and CAMEO root codes.

#include <catch2/catch.hpp>

#include <algorithm>
#include <set>
#include <string>

#include "codes/event_codes.h"
#include "util/embedded.h"
#include "util/error.h"

using namespace timeline;

namespace {

Event Of(EventType type, Factuality factuality, std::vector<ActorRole> roles) {
  Event e;
  e.type = type;
  e.factuality = factuality;
  for (ActorRole role : roles) e.actors.push_back({"X" + std::to_string(e.actors.size()), "", "", role});
  return e;
}

std::string Codes(EventType type, Factuality factuality, std::vector<ActorRole> roles) {
  EventCodes c = EventCodeTable::Builtin().CodesOf(Of(type, factuality, roles));
  return std::string(c.plover.empty() ? "-" : c.plover) + "/" + std::string(c.cameo);
}

// A minimal valid table with `types_json` as its "types" (the rest filled in).
std::string Table(const std::string& meeting, const std::string& plover = "[\"CONSULT\", \"AGREE\"]") {
  std::string types = "\"meeting\": " + meeting;
  for (EventType type : AllEventTypes()) {
    if (type == EventType::kMeeting) continue;
    types += ", \"" + std::string(ToString(type)) +
             "\": {\"names\": {\"en\": \"E\", \"id\": \"I\"}, \"plover\": null, \"cameo\": \"01\"}";
  }
  return "{\"plover_types\": " + plover + ", \"cameo_roots\": {\"01\": \"A\", \"03\": \"B\", \"04\": \"C\"}, " +
         "\"types\": {" + types + "}}";
}

const std::string kMeeting = R"({"names": {"en": "Meeting", "id": "Pertemuan"}, "plover": "CONSULT", "cameo": "04"})";

}  // namespace

TEST_CASE("The compiled-in table lists PLOVER's 16 types and CAMEO's 20 roots", "[codes]") {
  const EventCodeTable& table = EventCodeTable::Builtin();
  // PLOVER as POLECAT codes it (Halterman et al. 2023; docs/exports.md, Codes).
  CHECK(table.PloverTypes() == std::vector<std::string>{"AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE",
                                                        "AID", "RETREAT", "REQUEST", "ACCUSE", "REJECT",
                                                        "THREATEN", "PROTEST", "SANCTION", "MOBILIZE",
                                                        "COERCE", "ASSAULT"});
  REQUIRE(table.CameoRoots().size() == 20);
  CHECK(table.CameoRoots().begin()->first == "01");
  CHECK(table.CameoRoots().at("01") == "MAKE PUBLIC STATEMENT");
  CHECK(table.CameoRoots().at("15") == "EXHIBIT FORCE POSTURE");
  CHECK(table.CameoRoots().rbegin()->first == "20");
  // Every type has both names, and every factuality and role shape a code.
  std::set<std::string> english, indonesian;
  for (EventType type : AllEventTypes()) {
    INFO(ToString(type));
    CHECK_FALSE(table.Name(type, Language::kEnglish).empty());
    CHECK_FALSE(table.Name(type, Language::kIndonesian).empty());
    english.insert(std::string(table.Name(type, Language::kEnglish)));
    indonesian.insert(std::string(table.Name(type, Language::kIndonesian)));
    for (Factuality f : {Factuality::kAsserted, Factuality::kNegated, Factuality::kPossible}) {
      for (const auto& roles : std::vector<std::vector<ActorRole>>{{}, {ActorRole::kInitiator, ActorRole::kTarget}}) {
        EventCodes codes = table.CodesOf(Of(type, f, roles));
        CHECK(table.CameoRoots().count(std::string(codes.cameo)) == 1);
        if (!codes.plover.empty()) {
          CHECK(std::count(table.PloverTypes().begin(), table.PloverTypes().end(), codes.plover) == 1);
        }
      }
    }
  }
  CHECK(english.size() == 16);  // no two types share a name
  CHECK(indonesian.size() == 16);
  CHECK(table.Name(EventType::kMissileTest, Language::kIndonesian) == "Uji coba rudal");
  CHECK(table.Name(EventType::kMissileTest, Language::kEnglish) == "Missile test");
}

TEST_CASE("Codes follow the type, the factuality and the roles", "[codes]") {
  using F = Factuality;
  using R = ActorRole;
  CHECK(Codes(EventType::kMeeting, F::kAsserted, {R::kParticipant}) == "CONSULT/04");
  CHECK(Codes(EventType::kMeeting, F::kPossible, {R::kParticipant}) == "CONSULT/03");  // intent to meet
  CHECK(Codes(EventType::kMeeting, F::kNegated, {R::kParticipant}) == "CONSULT/04");
  CHECK(Codes(EventType::kStatement, F::kAsserted, {}) == "-/01");
  CHECK(Codes(EventType::kReport, F::kAsserted, {R::kInitiator}) == "-/01");
  CHECK(Codes(EventType::kAppeal, F::kAsserted, {}) == "REQUEST/02");
  CHECK(Codes(EventType::kWarning, F::kAsserted, {}) == "THREATEN/13");
  // Condemning someone is an accusation; a protest aimed at no one a protest.
  CHECK(Codes(EventType::kProtest, F::kAsserted, {R::kInitiator, R::kTarget}) == "ACCUSE/11");
  CHECK(Codes(EventType::kProtest, F::kAsserted, {R::kInitiator}) == "PROTEST/14");
  CHECK(Codes(EventType::kAgreement, F::kAsserted, {}) == "AGREE/05");
  CHECK(Codes(EventType::kAgreement, F::kPossible, {}) == "AGREE/03");
  CHECK(Codes(EventType::kNuclearTest, F::kPossible, {}) == "MOBILIZE/15");
  // An attack that may come is, in CAMEO, the threat of one.
  CHECK(Codes(EventType::kAttack, F::kAsserted, {R::kInitiator, R::kTarget}) == "ASSAULT/19");
  CHECK(Codes(EventType::kAttack, F::kPossible, {R::kInitiator, R::kTarget}) == "ASSAULT/13");
  CHECK(Codes(EventType::kAttack, F::kNegated, {R::kInitiator, R::kTarget}) == "ASSAULT/19");
  CHECK(Codes(EventType::kSanction, F::kPossible, {}) == "SANCTION/13");
  CHECK(Codes(EventType::kAid, F::kPossible, {}) == "AID/03");
  CHECK(Codes(EventType::kTheft, F::kAsserted, {}) == "COERCE/17");
  CHECK(Codes(EventType::kCyberattack, F::kAsserted, {}) == "ASSAULT/17");
}

TEST_CASE("A PLOVER name stands for every type whose events can carry it", "[codes]") {
  const EventCodeTable& table = EventCodeTable::Builtin();
  CHECK(table.TypesOfPlover("MOBILIZE") == std::vector<EventType>{EventType::kDrill, EventType::kMissileTest,
                                                                 EventType::kNuclearTest,
                                                                 EventType::kWeaponUnveiling});
  CHECK(table.TypesOfPlover("mobilize") == table.TypesOfPlover("MOBILIZE"));
  CHECK(table.TypesOfPlover("ASSAULT") == std::vector<EventType>{EventType::kAttack, EventType::kCyberattack});
  CHECK(table.TypesOfPlover("ACCUSE") == std::vector<EventType>{EventType::kProtest});
  CHECK(table.TypesOfPlover("PROTEST") == std::vector<EventType>{EventType::kProtest});
  CHECK(table.TypesOfPlover("SUPPORT").empty());  // a PLOVER type none of ours maps to
  CHECK(table.TypesOfPlover("parade").empty());
  CHECK(table.TypesOfPlover("").empty());  // statement's "none" is no name
}

TEST_CASE("A broken table is refused with the field at fault", "[codes]") {
  CHECK_NOTHROW(EventCodeTable::Parse(Table(kMeeting), "t.json"));
  struct Case {
    std::string json, message;
  };
  const std::vector<Case> cases = {
      {"{\"types\": ", "t.json:1:11: invalid JSON"},
      {Table(kMeeting, "[]"), "t.json: plover_types must be a non-empty array of names"},
      {Table(kMeeting, "[\"Consult\"]"), "t.json: plover_types: \"Consult\" is not an upper-case name"},
      {Table(R"({"names": {"en": "M", "id": "P"}, "plover": "DEMAND", "cameo": "04"})"),
       "t.json: types.meeting: \"DEMAND\" is not a PLOVER event type (plover_types)"},
      {Table(R"({"names": {"en": "M", "id": "P"}, "plover": "CONSULT", "cameo": "21"})"),
       "t.json: types.meeting: cameo \"21\" is not a CAMEO root code (cameo_roots, 01 to 20)"},
      {Table(R"({"names": {"en": "M", "id": "P"}, "plover": "CONSULT", "cameo": 4})"),
       "t.json: types.meeting: cameo 4 is not a CAMEO root code (cameo_roots, 01 to 20)"},
      {Table(R"({"names": {"en": "M"}, "plover": "CONSULT", "cameo": "04"})"),
       "t.json: types.meeting.names: missing field \"id\""},
      {Table(R"({"names": {"en": "M", "id": "P"}, "cameo": "04"})"),
       "t.json: types.meeting: missing field \"plover\" (null where PLOVER codes none)"},
      {Table(R"({"names": {"en": "M", "id": "P"}, "plover": "CONSULT", "camoe": "04"})"),
       "t.json: types.meeting: unknown field \"camoe\"; the fields are names, plover, cameo, rules"},
      {Table(R"({"names": {"en": "M", "id": "P"}, "plover": "CONSULT", "cameo": "04",
                 "rules": [{"factuality": "likely", "cameo": "03"}]})"),
       "t.json: types.meeting.rules[0]: factuality \"likely\" is not one of asserted, negated, possible"},
      {Table(R"({"names": {"en": "M", "id": "P"}, "plover": "CONSULT", "cameo": "04",
                 "rules": [{"cameo": "03"}]})"),
       "t.json: types.meeting.rules[0]: a rule needs a condition (factuality or without_role)"},
      {Table(R"({"names": {"en": "M", "id": "P"}, "plover": "CONSULT", "cameo": "04",
                 "rules": [{"without_role": "target"}]})"),
       "t.json: types.meeting.rules[0]: a rule changes nothing; give plover, cameo or both"},
  };
  for (const Case& c : cases) {
    INFO(c.json);
    CHECK_THROWS_WITH(EventCodeTable::Parse(c.json, "t.json"), c.message);
  }
  // A type left out of the table.
  std::string missing = Table(kMeeting);
  size_t at = missing.find(", \"report\"");
  missing.erase(at, missing.find('}', missing.find('}', at) + 1) + 1 - at);
  CHECK_THROWS_WITH(EventCodeTable::Parse(missing, "t.json"),
                    "t.json: types.report: missing; every type needs names and codes");
  std::string unknown = Table(kMeeting);
  unknown.insert(unknown.find("\"meeting\""), "\"parade\": {}, ");
  CHECK_THROWS_WITH(EventCodeTable::Parse(unknown, "t.json"),
                    Catch::StartsWith("t.json: types: \"parade\" is not a type; the types are meeting,"));
}

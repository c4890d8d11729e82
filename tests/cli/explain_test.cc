// End-to-end: `timeline extract --explain` says, per event, which words and
// rules decided its type, date, actors, roles and factuality.

#include <catch2/catch.hpp>

#include "cli/run.h"

using namespace timeline::testing;

namespace {

// Published Monday 2026-01-26.
const char kArticle[] =
    "Monday, January 26, 2026\n"
    "\n"
    "Drills and a protest\n"
    "\n"
    "On Friday, Malaysia was condemned by Thailand over the border clash.\n"
    "\n"
    "North Korea could fire a ballistic missile next week, officials said.\n";

}  // namespace

TEST_CASE("extract --explain names the trigger, the date expression, the agent and the cue", "[cli][explain]") {
  TempDir dir;
  WriteAll(dir.File("a.txt"), kArticle);
  RunResult r = RunTimeline({"extract", "--explain", dir.File("a.txt")});
  REQUIRE(r.exit_code == 0);
  INFO(r.out);
  CHECK(r.out.find("(published 2026-01-26, en): 2 events") != std::string::npos);
  // The protest: its trigger, its own date, the passive's agent.
  CHECK(r.out.find("protest  2026-01-23  asserted") != std::string::npos);
  CHECK(r.out.find("type: trigger \"condemned\"") != std::string::npos);
  CHECK(r.out.find("date: \"On Friday\", the nearest in the trigger's clause") != std::string::npos);
  CHECK(r.out.find("roles: the agent after \"by\" acts") != std::string::npos);
  CHECK(r.out.find("MYS (target), THA (initiator)") != std::string::npos);
  // The test: possible because of "could".
  CHECK(r.out.find("factuality: possible: cue \"could\"") != std::string::npos);
  // --explain replaces the facts; without it the JSON has no explanation.
  RunResult json = RunTimeline({"extract", dir.File("a.txt")});
  REQUIRE(json.exit_code == 0);
  CHECK(json.out.find("why") == std::string::npos);
  CHECK(json.out.find("\"type\": \"protest\"") != std::string::npos);
}

TEST_CASE("extract --explain says which trigger words gave no event, and why", "[cli][explain]") {
  TempDir dir;
  const std::string text =
      "Monday, January 26, 2026\n\nTalks\n\n"
      "Japan and China held talks in Tokyo on Tuesday. The talks lasted three hours. A summit is often useful. "
      "Japanese and Chinese diplomats discussed trade. Seoul urged a ceasefire in Gaza.\n";
  WriteAll(dir.File("a.txt"), text);
  RunResult r = RunTimeline({"extract", "--explain", dir.File("a.txt")});
  REQUIRE(r.exit_code == 0);
  INFO(r.out);
  CHECK(r.out.find(": 2 events") != std::string::npos);  // the talks and the appeal
  const size_t dropped = r.out.find("\nno event from:\n");
  REQUIRE(dropped != std::string::npos);
  // Each with its words, type, byte offset in the file and the reason.
  const std::string second = "\"talks\" (meeting) at byte " + std::to_string(text.find("talks lasted")) +
                             ": a definite reference to an event told already";
  CHECK(r.out.find(second, dropped) != std::string::npos);
  const std::string third = "\"summit\" (meeting) at byte " + std::to_string(text.find("summit")) +
                            ": no actor named";
  CHECK(r.out.find(third, dropped) != std::string::npos);
  // A retype rule that makes a trigger no event is named.
  const std::string fourth = "\"discussed\" (meeting) at byte " + std::to_string(text.find("discussed")) +
                             ": no event by the retype rule \"discussed with no one: no meeting\"";
  CHECK(r.out.find(fourth, dropped) != std::string::npos);
  // So is the trigger whose event another trigger's object is.
  const std::string fifth = "\"ceasefire\" (agreement) at byte " + std::to_string(text.find("ceasefire")) +
                            ": the object of \"urged\", with no date of its own";
  CHECK(r.out.find(fifth, dropped) != std::string::npos);
  // Without --explain nothing of it reaches the facts.
  RunResult json = RunTimeline({"extract", dir.File("a.txt")});
  CHECK(json.out.find("no event from") == std::string::npos);
  CHECK(json.out.find("dropped") == std::string::npos);
}

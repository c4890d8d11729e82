#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "store/new_reports.h"

using namespace timeline;

TEST_CASE("New reports kept as written are given back once in order and then cover the load no more",
          "[store][merge]") {
  NewReports kept;
  for (int64_t key = 10; key < 13; ++key) {
    kept.AddEvent(key, 7, "a-" + std::to_string(key), EventType::kMeeting, true, 100 + key, 100 + key, 0,
                  Factuality::kAsserted, key == 11, key == 11 ? "Seoul" : "", key == 11 ? "KOR" : "");
    kept.AddActor(key, 3, ActorRole::kParticipant, "Korea Selatan", "", 0);
    kept.AddActor(key, 4, ActorRole::kTarget, "", "PRK", 1);
  }
  CHECK(kept.Covers(10, 12));
  CHECK_FALSE(kept.Covers(10, 13));

  std::vector<std::string> uids, places;
  std::vector<int64_t> keys;
  kept.TakeEvents([&](const NewReports::EventRow& row) {
    keys.push_back(row.Int(0));
    uids.emplace_back(row.Text(4));
    places.emplace_back(row.Null(2) ? "-" : std::string(row.Text(2)));
  });
  CHECK(keys == std::vector<int64_t>{10, 11, 12});
  CHECK(uids == std::vector<std::string>{"a-10", "a-11", "a-12"});
  CHECK(places == std::vector<std::string>{"-", "Seoul", "-"});

  std::vector<int64_t> events, forms;
  kept.TakeActors([&](const NewReports::ActorRow& row) {
    events.push_back(row.Int(0));
    forms.push_back(row.Form());
  });
  CHECK(events == std::vector<int64_t>{10, 10, 11, 11, 12, 12});
  // Two distinct forms, each numbered once however many rows have it.
  CHECK(forms == std::vector<int64_t>{0, 1, 0, 1, 0, 1});
  // Taken: a second filter must read the database.
  CHECK_FALSE(kept.Covers(10, 12));
}

TEST_CASE("New reports are dropped when a key breaks the run", "[store][merge]") {
  NewReports kept;
  kept.AddEvent(10, 7, "a-10", EventType::kMeeting, false, 0, 0, 0, Factuality::kAsserted, false, "", "");
  kept.AddEvent(12, 7, "a-12", EventType::kMeeting, false, 0, 0, 0, Factuality::kAsserted, false, "", "");
  CHECK_FALSE(kept.Covers(10, 12));
  CHECK_FALSE(kept.Covers(10, 10));
}

TEST_CASE("A form's answer is worked out once and taken by its other rows", "[store][merge]") {
  FormAnswers<uint32_t> answers;
  CHECK(answers.Of(-1) == nullptr);  // a row from the database has no form
  auto* slot = answers.Of(5);
  REQUIRE(slot != nullptr);
  CHECK(slot->state == slot->kUnseen);
  *slot = {slot->kKnown, 42};
  answers.Of(200)->state = slot->kDropped;  // grows past it
  CHECK(answers.Of(5)->state == slot->kKnown);
  CHECK(answers.Of(5)->value == 42u);
  CHECK(answers.Of(200)->state == slot->kDropped);
  CHECK(answers.Of(6)->state == slot->kUnseen);
}

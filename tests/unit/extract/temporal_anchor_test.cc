// What a date expression was resolved against: the publication date, the
// event it refers to, or nothing (a date written in full).

#include <catch2/catch.hpp>

#include <string>

#include "extract/temporal.h"

using namespace timeline;

TEST_CASE("A mention says whether it was resolved from the publication date", "[temporal]") {
  struct Case {
    const char* sentence;
    Language language;
    const char* text;
    bool from_published;
    bool relative_to_event;
  };
  const Case cases[] = {
      {"Mereka bertemu minggu lalu.", Language::kIndonesian, "minggu lalu", true, false},
      {"They met on Tuesday.", Language::kEnglish, "on Tuesday", true, false},
      {"They met on May 8.", Language::kEnglish, "on May 8", true, false},
      {"Mereka bertemu kemarin.", Language::kIndonesian, "kemarin", true, false},
      {"Mereka bertemu pada Selasa (6/1).", Language::kIndonesian, "pada Selasa (6/1)", true, false},
      {"Attacks rose over the past five years.", Language::kEnglish, "over the past five years", true, false},
      {"The summit ran 8-9 May 2026.", Language::kEnglish, "8-9 May 2026", false, false},
      {"KTT digelar pada 8 Mei 2026.", Language::kIndonesian, "pada 8 Mei 2026", false, false},
      {"Mereka bertemu (10/5/2026).", Language::kIndonesian, "(10/5/2026)", false, false},
      {"Sanctions were tightened in 2017.", Language::kEnglish, "in 2017", false, false},
      {"It has not tested since September 2017.", Language::kEnglish, "since September 2017", false, false},
      {"The next day, they met again.", Language::kEnglish, "The next day", false, true},
      {"Keesokan harinya, mereka bertemu.", Language::kIndonesian, "Keesokan harinya", false, true},
  };
  for (const Case& c : cases) {
    INFO(c.sentence);
    std::vector<TimeMention> mentions =
        FindTimeMentions(c.sentence, TemporalContext{*ParseIsoDay("2026-05-13"), c.language, std::nullopt});
    REQUIRE(mentions.size() == 1);
    CHECK(mentions[0].span.text == c.text);
    CHECK(mentions[0].from_published == c.from_published);
    CHECK(mentions[0].relative_to_event == c.relative_to_event);
  }
}

// A dateline that opens the story names where it was written: its city is a
// place, never an actor, in every shape wires and sites use.
#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "extract/extractor.h"

using namespace timeline;

TEST_CASE("A dateline's city is the place of writing in every dateline shape", "[extract]") {
  // Each city is a capital the registry knows as its state; the event's only
  // actor is the one that acted.
  const char* stories[] = {
      "MANILA, KOMPAS.com - Korea Utara menembakkan rudal balistik pada hari Jumat.\n",
      "KYIV, Dec 4 (Reuters) - North Korea fired a ballistic missile on Friday.\n",
      "SEOUL, Dec. 4 (Yonhap) -- North Korea fired a ballistic missile on Friday.\n",
      "Seoul (ANTARA) - Korea Utara menembakkan rudal balistik pada hari Jumat.\n",
      "TOKYO \xE2\x80\x94 North Korea fired a ballistic missile on Friday.\n",
      "BEIJING: North Korea fired a ballistic missile on Friday.\n",
      "Jakarta, CNN Indonesia -- Korea Utara menembakkan rudal balistik pada hari Jumat.\n",
      // Dated datelines: the date of writing (the 6th) dates no event.
      "SEOUL, Dec. 6, 2025 - North Korea fired a ballistic missile on Friday.\n",
      "JAKARTA, 6 Desember 2025 - Korea Utara menembakkan rudal balistik pada hari Jumat.\n",
      "Jakarta, 6/12 (ANTARA) - Korea Utara menembakkan rudal balistik pada hari Jumat.\n",
  };
  for (const char* story : stories) {
    INFO(story);
    FactDocument doc = ExtractArticle("Sabtu, 06/12/2025 08:00 WIB\n\nJudul\n\n" + std::string(story), "d.txt", {});
    REQUIRE(doc.events.size() == 1);
    CHECK(doc.events[0].type == EventType::kMissileTest);
    std::vector<std::string> ids;
    for (const ActorRef& a : doc.events[0].actors) ids.push_back(a.id);
    CHECK(ids == std::vector<std::string>{"PRK"});
    CHECK(FormatIsoDay(*doc.events[0].date.start) == "2025-12-05");
  }
}

TEST_CASE("An undated article is extracted: full dates resolve, relative ones stay unknown", "[extract]") {
  FactDocument doc = ExtractArticle(
      "Reuters\n\nMissile tests\n\nNorth Korea fired a ballistic missile on 3 March 2026. "
      "South Korea held a drill on Friday.\n",
      "u.txt", {});
  CHECK_FALSE(doc.article.published);
  bool dated = false, undated = false;
  for (const Event& e : doc.events) {
    if (e.type == EventType::kMissileTest) {
      dated = e.date.known() && FormatIsoDay(*e.date.start) == "2026-03-03";
    } else if (!e.date.known()) {
      undated = true;
    }
  }
  CHECK(dated);
  CHECK((undated || doc.events.size() == 1));
  CHECK(NoPublicationDateWarning("u.txt") ==
        "u.txt: no publication date found in the header; relative dates left unknown (give --published "
        "YYYY-MM-DD)");
}

#include <catch2/catch.hpp>

#include "extract/temporal.h"

using namespace timeline;

namespace {

struct Case {
  const char* sentence;
  const char* published;
  Language language;
  const char* text;   // the words matched
  const char* start;  // "" for a mention relative to an event
  const char* end;
  DatePrecision precision;
};

constexpr Language kId = Language::kIndonesian;
constexpr Language kEn = Language::kEnglish;

}  // namespace

TEST_CASE("Date expressions resolve against the publication date", "[temporal]") {
  const Case cases[] = {
      // Weekdays: the latest on or before publication (Mon 2026-01-26).
      {"Mereka bertemu di Seoul pada hari Jumat.", "2026-01-26", kId, "pada hari Jumat", "2026-01-23", "2026-01-23", DatePrecision::kDay},
      {"The envoys met on Monday.", "2026-01-26", kEn, "on Monday", "2026-01-26", "2026-01-26", DatePrecision::kDay},
      {"They met last Friday, he said on Friday.", "2026-01-23", kEn, "last Friday", "2026-01-16", "2026-01-16", DatePrecision::kDay},
      {"He said on Friday that talks went well.", "2026-01-23", kEn, "on Friday", "2026-01-23", "2026-01-23", DatePrecision::kDay},
      {"Pada Minggu (4/1) dini hari peretas masuk.", "2026-01-07", kId, "Pada Minggu (4/1)", "2026-01-04", "2026-01-04", DatePrecision::kDay},
      {"latihan pada hari Rabu dan Kamis", "2025-12-18", kId, "pada hari Rabu dan Kamis", "2025-12-17", "2025-12-18", DatePrecision::kDay},
      {"disetujui pada Jumat pekan lalu", "2025-12-18", kId, "pada Jumat pekan lalu", "2025-12-12", "2025-12-12", DatePrecision::kDay},
      {"Mereka akan bertemu pada hari Jumat.", "2026-01-26", kId, "pada hari Jumat", "2026-01-30", "2026-01-30", DatePrecision::kDay},
      // Explicit dates and spans.
      {"KTT digelar pada 8–9 Mei 2026 di Cebu.", "2026-05-10", kId, "pada 8–9 Mei 2026", "2026-05-08", "2026-05-09", DatePrecision::kDay},
      {"The exchange was hacked on June 9.", "2026-06-16", kEn, "on June 9", "2026-06-09", "2026-06-09", DatePrecision::kDay},
      {"sejak 29 Februari 2024", "2026-01-26", kId, "sejak 29 Februari 2024", "2024-02-29", "2024-02-29", DatePrecision::kDay},
      // Weeks (ISO), across a year end too.
      {"meluncurkan hulu ledak baru minggu lalu", "2026-01-26", kId, "minggu lalu", "2026-01-19", "2026-01-25", DatePrecision::kWeek},
      {"Awal pekan ini, AS melakukan latihan", "2026-01-26", kId, "Awal pekan ini", "2026-01-26", "2026-02-01", DatePrecision::kWeek},
      {"BSSN mencatat pekan lalu", "2026-01-01", kId, "pekan lalu", "2025-12-22", "2025-12-28", DatePrecision::kWeek},
      {"They will meet next week.", "2025-07-13", kEn, "next week", "2025-07-14", "2025-07-20", DatePrecision::kWeek},
      // Months: without a year across a year end; last/next month.
      {"Pada bulan November, peretas mencuri", "2026-01-07", kId, "Pada bulan November", "2025-11-01", "2025-11-30", DatePrecision::kMonth},
      {"Namun bulan lalu mereka menembakkan rudal", "2026-01-26", kId, "bulan lalu", "2025-12-01", "2025-12-31", DatePrecision::kMonth},
      {"diterima pada Oktober tahun lalu", "2026-05-10", kId, "pada Oktober tahun lalu", "2025-10-01", "2025-10-31", DatePrecision::kMonth},
      {"hackers stole $1.5 billion in February last year", "2026-06-16", kEn, "in February last year", "2025-02-01", "2025-02-28", DatePrecision::kMonth},
      {"The next round is planned for next month.", "2025-07-13", kEn, "for next month", "2025-08-01", "2025-08-31", DatePrecision::kMonth},
      // Years, ends of years, ranges, quarters.
      {"sanksi diperketat pada tahun 2017", "2026-01-26", kId, "pada tahun 2017", "2017-01-01", "2017-12-31", DatePrecision::kYear},
      {"mengusir mereka pada akhir tahun. 2019", "2026-01-26", kId, "pada akhir tahun. 2019", "2019-12-01", "2019-12-31", DatePrecision::kMonth},
      {"the EU aims to end imports by the end of 2027", "2025-05-21", kEn, "by the end of 2027", "2027-12-01", "2027-12-31", DatePrecision::kMonth},
      {"stole $3 billion over the past three years", "2026-06-16", kEn, "the past three years", "2024-01-01", "2026-12-31", DatePrecision::kRange},
      {"pertumbuhan pada kuartal ketiga 2024", "2026-01-26", kId, "pada kuartal ketiga 2024", "2024-07-01", "2024-09-30", DatePrecision::kQuarter},
      {"latihan serupa tahun depan", "2025-12-18", kId, "tahun depan", "2026-01-01", "2026-12-31", DatePrecision::kYear},
      // Anaphora: relative to the event referred to.
      {"Beijing memprotes keesokan harinya.", "2025-12-18", kId, "keesokan harinya", "", "", DatePrecision::kUnknown},
  };
  for (const Case& c : cases) {
    INFO(c.sentence);
    std::vector<TimeMention> mentions =
        FindTimeMentions(c.sentence, TemporalContext{*ParseIsoDay(c.published), c.language});
    REQUIRE_FALSE(mentions.empty());
    const TimeMention& m = mentions.front();
    CHECK(m.span.text == c.text);
    CHECK(std::string(c.sentence).substr(m.begin, m.end - m.begin) == c.text);
    CHECK(m.span.precision == c.precision);
    if (*c.start) {
      CHECK(FormatIsoDay(*m.span.start) == c.start);
      CHECK(FormatIsoDay(*m.span.end) == c.end);
    } else {
      CHECK(m.relative_to_event);
      CHECK(m.offset_days == 1);
    }
  }
}

TEST_CASE("A finding's past N years run up to when it was reported", "[temporal]") {
  auto mentions = FindTimeMentions(
      "Badan itu mengatakan pada bulan Desember bahwa peretas mencuri 1,5 triliun won selama lima "
      "tahun terakhir.",
      TemporalContext{*ParseIsoDay("2026-01-26"), kId});
  REQUIRE(mentions.size() == 2);
  CHECK(FormatIsoDay(*mentions[1].span.start) == "2021-01-01");
  CHECK(FormatIsoDay(*mentions[1].span.end) == "2025-12-31");
}

TEST_CASE("Words that only look like dates are not dates", "[temporal]") {
  TemporalContext en{*ParseIsoDay("2026-06-16"), kEn};
  TemporalContext id{*ParseIsoDay("2026-01-26"), kId};
  CHECK(FindTimeMentions("Officials said the sanctions may have failed.", en).empty());
  CHECK(FindTimeMentions("AS dan Jepang bertemu.", id).empty());
  CHECK(FindTimeMentions("nearly 200 tankers and 2026 barrels", en).empty());
  CHECK(FindTimeMentions("tidak ada uji coba dalam satu minggu ini", id).front().span.precision ==
        DatePrecision::kWeek);  // "minggu ini" is a week, never Sunday
  // No such day: at most the month is understood.
  for (const TimeMention& m : FindTimeMentions("pada 30 Februari 2026", id)) {
    CHECK(m.span.precision != DatePrecision::kDay);
  }
  CHECK(ResolveDate("sejak September 2017", id).precision == DatePrecision::kMonth);
  // Found by fuzz_temporal: a huge number after "(3/" overflowed std::stoul.
  CHECK(FindTimeMentions("pada (3/22222222222222222222222) dan 1(4/1", id).empty());
  CHECK(FindTimeMentions("sejak September 2017", id).front().open_ended);
}

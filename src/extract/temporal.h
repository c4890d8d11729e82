#pragma once
// The temporal tagger: finds date expressions in one sentence of Indonesian
// or English news and resolves each against the publication date, by the
// conventions of SPEC.md §3. The words are data (data/temporal.json); the
// rules are in temporal.cc. Pure: nothing reads the clock.

#include <optional>
#include <string_view>
#include <vector>

#include "extract/tokens.h"
#include "model/date_span.h"
#include "model/types.h"

namespace timeline {

struct TemporalContext {
  // The article's publication date (document creation time). Without one,
  // dates written in full still resolve; those that count from it
  // ("yesterday", "last week", a bare weekday, a month without a year) are
  // found but left unknown.
  std::optional<date::sys_days> published;
  Language language = Language::kIndonesian;
  // The year the story last wrote in full before this sentence ("pada Juni
  // 2024"), for "November that year", "pada November tahun itu", "later the
  // same year"; the sentence's own full years update it as they come.
  // Without it those words are not read.
  std::optional<int> story_year;
};


struct TimeMention {
  size_t begin = 0, end = 0;  // byte offsets in the sentence, end exclusive
  // The resolved interval (inclusive) and precision; span.text is the
  // sentence's bytes [begin, end). Unknown when relative_to_event.
  DateSpan span;
  // Anaphora ("keesokan harinya", "the next day", "a day after", "on the same
  // day", "dua hari kemudian"): the date is the referenced event's day plus
  // offset_days (negative for "sehari sebelumnya", "a day earlier").
  bool relative_to_event = false;
  int offset_days = 0;
  // Or whole months or years: "the following month", "a year later",
  // "setahun kemudian", "tahun berikutnya" are the month or year of the
  // referenced event plus these (precision month or year).
  int offset_months = 0, offset_years = 0;
  // Or whole weeks: "the following week", "pekan berikutnya" are the ISO week
  // after the referenced event's (precision week).
  int offset_weeks = 0;
  // Counted in months even when offset_months is 0: "the same month",
  // "pada bulan itu" (the referenced event's month, precision month).
  bool offset_in_months = false;
  // "a day after X", "sehari setelah X", "the day before X": the event
  // referred to is named after these words, so an event told *before* them
  // lies offset_days before X ("the unveiling came a day after the drill"),
  // while in "X, a day after the drill" X is the later one.
  bool names_event_after = false;
  // "later in the day", "earlier in the day": the day of the story's news,
  // when the paragraph it opens has told no time yet (not "the same day",
  // which names the event told last).
  bool story_day = false;
  // "sejak September 2017", "since 2017": span is the named date, which opens
  // a period that runs on to the present.
  bool open_ended = false;
  // Resolved from the publication date: "minggu lalu", "on Tuesday", "8 May"
  // without a year, "the past five years". False for a date written in full
  // ("8-9 May 2026", "in 2017") and for relative_to_event.
  bool from_published = false;
  // "November that year", "pada November tahun itu": the year is the one the
  // story last named (TemporalContext::story_year).
  bool from_story_year = false;
  // A bare weekday whose week the sentence's tense chose ("on Monday"):
  // read as past, it is the next such day where the event turns out to be
  // one that may come (a cue further back than the tagger looks).
  bool weekday_by_tense = false;
};

// The year a sentence's mentions leave as the story's ("in June 2024" makes
// it 2024): that of its last mention written in full, else `before`.
std::optional<int> StoryYearAfter(const std::vector<TimeMention>& mentions, std::optional<int> before);

// All date expressions in `sentence` (one sentence of `context.language`),
// left to right, the longest match at each position, without overlaps.
// Tense is decided per expression from cues in its clause (akan, will,
// dijadwalkan, plans, is set to ...): a bare weekday is the latest such day on
// or before publication, or in a future-tense clause the next one after it; a
// month without a year is the latest such month not after publication's (the
// next not before it in the future). Never throws on any input.
std::vector<TimeMention> FindTimeMentions(std::string_view sentence, const TemporalContext& context);
// The same, given Tokenize(sentence) (the extractor has it already; not copied).
std::vector<TimeMention> FindTimeMentions(std::string_view sentence, const std::vector<Token>& tokens,
                                          const TemporalContext& context);

// Whether `folded`, followed by `next`, makes a clause future for the
// tagger ("will", "akan", "expected", "dijadwalkan"; data/temporal.json
// future_cues), not a perfect after it ("may have").
bool IsFutureCue(const std::string& folded, const std::string& next);

// The first resolved (known) mention in `phrase`, or an unknown span.
DateSpan ResolveDate(std::string_view phrase, const TemporalContext& context);

}  // namespace timeline

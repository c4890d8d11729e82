#pragma once
// The temporal tagger: finds date expressions in one sentence of Indonesian
// or English news and resolves each against the publication date, by the
// conventions of SPEC.md §3. The words are data (data/temporal.json); the
// rules are here. Pure: nothing reads the clock.

#include <string_view>
#include <vector>

#include "model/date_span.h"
#include "model/types.h"

namespace timeline {

struct TemporalContext {
  date::sys_days published;  // the article's publication date
  Language language = Language::kIndonesian;
};

struct TimeMention {
  size_t begin = 0, end = 0;  // byte offsets in the sentence, end exclusive
  DateSpan span;              // resolved; span.text = the sentence's words
  // "keesokan harinya", "a day after", "on the same day": counts from the
  // date of the event referred to, not from publication (span is unknown).
  bool relative_to_event = false;
  int offset_days = 0;
  // "a day after X", "sehari setelah X": the event referred to is named after
  // these words, so when the words come before the event they date, that
  // event is offset_days *before* X ("the unveiling came a day after the drill").
  bool names_event_after = false;
  bool open_ended = false;    // "sejak 2017", "since September 2017"
};

// All date expressions in `sentence`, left to right, longest match first,
// without overlaps. A bare weekday or month is the latest such day or month
// on or before publication, or the next one after it when a future cue (akan,
// will, dijadwalkan, plans ...) stands just before it in its clause.
std::vector<TimeMention> FindTimeMentions(std::string_view sentence, const TemporalContext& context);

// The first resolved mention in `phrase`, or an unknown span.
DateSpan ResolveDate(std::string_view phrase, const TemporalContext& context);

}  // namespace timeline

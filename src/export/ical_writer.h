#pragma once
// iCalendar (RFC 5545) for calendar apps: one all-day VEVENT per dated event,
// spanning the event's interval (a week-precision event its week; one longer
// than IcalOptions::long_event_days only its first day, by default), marked
// free time (TRANSP:TRANSPARENT) so it never blocks a day.
// CRLF line ends, content lines folded at 75 octets (never inside a UTF-8
// sequence), TEXT values escaped so no title can add a property or component.

#include <date/date.h>

#include <ostream>
#include <string>
#include <string_view>

#include "export/source_paths.h"
#include "model/event.h"

namespace timeline {

class Registry;

// What a calendar does with an event whose date spans more days than
// IcalOptions::long_event_days (a month, a year, "the past five years"): as a
// banner across every day of it, it hides the days' real events.
enum class LongEvents {
  kSkip,   // left out (and counted)
  kStart,  // an all-day event on the span's first day; the span in SUMMARY and DESCRIPTION
  kKeep,   // across its whole span
};
std::string_view ToString(LongEvents policy);

struct IcalOptions {
  std::string calendar_name = "timeline";  // X-WR-CALNAME
  date::sys_seconds now;                   // DTSTAMP; given, so output is reproducible
  // Where the DESCRIPTION's source path counts from (source_paths.h);
  // without them, the article's file name.
  SourceFolders sources;
  // The DESCRIPTION's actor and type names, one language for the calendar,
  // as in CsvOptions.
  const Registry* registry = nullptr;
  Language language = Language::kEnglish;
  LongEvents long_events = LongEvents::kStart;
  int long_event_days = 7;  // a span of more days than this is long (an ISO week is not)
  // Negated events (the text says they did not happen) as STATUS:CANCELLED;
  // false: left out and counted. Possible events are always TENTATIVE.
  bool negated = false;
};

class IcalWriter {
 public:
  // Writes the VCALENDAR header at once.
  IcalWriter(std::ostream& out, IcalOptions options);
  // Writes one VEVENT; returns false (and counts it) for an undated event,
  // which a calendar has no place for, for a long event under
  // LongEvents::kSkip and for a negated one unless IcalOptions::negated. A
  // removed event (its cancellation) is written whatever its span and
  // factuality: a calendar that never had it ignores it.
  bool Write(const EventRecord& record);
  // Closes the VCALENDAR.
  void Finish();
  size_t written() const { return written_; }
  size_t skipped() const { return skipped_; }            // undated
  size_t skipped_long() const { return skipped_long_; }  // LongEvents::kSkip
  size_t skipped_negated() const { return skipped_negated_; }
  size_t shortened() const { return shortened_; }        // LongEvents::kStart

 private:
  void Line(std::string_view content);
  std::ostream& out_;
  IcalOptions options_;
  SourceNamer sources_;
  std::string dtstamp_;
  size_t written_ = 0;
  size_t skipped_ = 0;
  size_t skipped_long_ = 0;
  size_t skipped_negated_ = 0;
  size_t shortened_ = 0;
};

// TEXT escaping (RFC 5545 3.3.11): backslash, semicolon, comma and newline
// escaped; CR and other control characters dropped.
std::string IcalText(std::string_view text);

// One content line folded to at most 75 octets per physical line, each
// continuation starting with a space, every line ending in CRLF.
std::string FoldIcalLine(std::string_view content);

}  // namespace timeline

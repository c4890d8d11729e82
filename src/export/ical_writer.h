#pragma once
// iCalendar (RFC 5545) for calendar apps: one all-day VEVENT per dated event,
// spanning the event's whole interval (a month-precision event spans the
// month), marked free time (TRANSP:TRANSPARENT) so it never blocks a day.
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

struct IcalOptions {
  std::string calendar_name = "timeline";  // X-WR-CALNAME
  date::sys_seconds now;                   // DTSTAMP; given, so output is reproducible
  // Where the DESCRIPTION's source path counts from (source_paths.h);
  // without them, the article's file name.
  SourceFolders sources;
  // The DESCRIPTION's actor names, one language for the calendar, as in
  // CsvOptions.
  const Registry* registry = nullptr;
  Language language = Language::kEnglish;
};

class IcalWriter {
 public:
  // Writes the VCALENDAR header at once.
  IcalWriter(std::ostream& out, IcalOptions options);
  // Writes one VEVENT; returns false (and counts it) for an undated event,
  // which a calendar has no place for.
  bool Write(const EventRecord& record);
  // Closes the VCALENDAR.
  void Finish();
  size_t written() const { return written_; }
  size_t skipped() const { return skipped_; }

 private:
  void Line(std::string_view content);
  std::ostream& out_;
  IcalOptions options_;
  SourceNamer sources_;
  std::string dtstamp_;
  size_t written_ = 0;
  size_t skipped_ = 0;
};

// TEXT escaping (RFC 5545 3.3.11): backslash, semicolon, comma and newline
// escaped; CR and other control characters dropped.
std::string IcalText(std::string_view text);

// One content line folded to at most 75 octets per physical line, each
// continuation starting with a space, every line ending in CRLF.
std::string FoldIcalLine(std::string_view content);

}  // namespace timeline

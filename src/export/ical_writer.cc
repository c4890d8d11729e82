#include "export/ical_writer.h"

#include "codes/event_codes.h"
#include "export/csv_writer.h"  // ActorDisplayName
#include "model/date_span.h"

namespace timeline {

namespace {

constexpr size_t kMaxOctets = 75;

std::string UtcStamp(date::sys_seconds when) { return date::format("%Y%m%dT%H%M%SZ", when); }

std::string ActorsWithRoles(const std::vector<ActorRef>& actors, const IcalOptions& options) {
  std::string out;
  for (size_t i = 0; i < actors.size(); ++i) {
    const ActorRef& a = actors[i];
    out += (i ? ", " : "") + std::string(ActorDisplayName(a, options.registry, options.language)) + " (" +
           a.id + ", " + std::string(ToString(a.role)) + ")";
  }
  return out;
}

// What the date as told is, for a shortened event's DESCRIPTION.
std::string_view SpanKind(DatePrecision precision) {
  switch (precision) {
    case DatePrecision::kDay: return "days";
    case DatePrecision::kWeek: return "a week";
    case DatePrecision::kMonth: return "a month";
    case DatePrecision::kQuarter: return "a quarter";
    case DatePrecision::kYear: return "a year";
    case DatePrecision::kRange: return "a range of years";
    case DatePrecision::kUnknown: break;
  }
  return "a span";
}

}  // namespace

std::string_view ToString(LongEvents policy) {
  switch (policy) {
    case LongEvents::kSkip: return "skip";
    case LongEvents::kStart: return "start";
    case LongEvents::kKeep: return "keep";
  }
  return "?";
}

std::string IcalText(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (char c : text) {
    switch (c) {
      case '\\': out += "\\\\"; break;
      case ';': out += "\\;"; break;
      case ',': out += "\\,"; break;
      case '\n': out += "\\n"; break;
      case '\t': out += ' '; break;
      default:
        // CR and the other control characters are not allowed in TEXT.
        if (static_cast<unsigned char>(c) >= 0x20 && c != 0x7F) out += c;
    }
  }
  return out;
}

std::string FoldIcalLine(std::string_view content) {
  std::string out;
  size_t limit = kMaxOctets;  // the first line has all 75; later ones 74 after the space
  while (content.size() > limit) {
    size_t cut = limit;
    // Never split a UTF-8 sequence: back up to the start of a character.
    while (cut > 0 && (static_cast<unsigned char>(content[cut]) & 0xC0) == 0x80) --cut;
    out.append(content.substr(0, cut));
    out += "\r\n ";
    content.remove_prefix(cut);
    limit = kMaxOctets - 1;
  }
  out.append(content);
  out += "\r\n";
  return out;
}

IcalWriter::IcalWriter(std::ostream& out, IcalOptions options)
    : out_(out),
      options_(std::move(options)),
      sources_(options_.sources, SourceStyle::kLabel),
      dtstamp_(UtcStamp(options_.now)) {
  Line("BEGIN:VCALENDAR");
  Line("VERSION:2.0");
  Line("PRODID:-//timeline//timeline 0.1//EN");
  Line("CALSCALE:GREGORIAN");
  Line("METHOD:PUBLISH");
  Line("X-WR-CALNAME:" + IcalText(options_.calendar_name));
}

void IcalWriter::Line(std::string_view content) { out_ << FoldIcalLine(content); }

bool IcalWriter::Write(const EventRecord& record) {
  const Event& e = record.event;
  if (!e.date.known()) {
    ++skipped_;
    return false;
  }
  if (e.factuality == Factuality::kNegated && !options_.negated && !record.removed) {
    ++skipped_negated_;
    return false;
  }
  // Inclusive day count of the interval.
  long long days = (*e.date.end - *e.date.start).count() + 1;
  bool long_event = days > options_.long_event_days;
  if (long_event && options_.long_events == LongEvents::kSkip && !record.removed) {
    ++skipped_long_;
    return false;
  }
  bool shorten = long_event && options_.long_events != LongEvents::kKeep;
  std::string summary = e.title;
  if (summary.empty()) {
    summary = std::string(ToString(e.type));
    for (size_t i = 0; i < e.actors.size(); ++i) summary += (i ? ", " : ": ") + e.actors[i].id;
  }
  // On its first day alone, an event would read as that day's: the title
  // says the span too.
  if (shorten) summary += " (" + DateLabel(e.date) + ")";
  std::string description = "When: " + DateInWords(e.date);
  if (!e.date.text.empty()) description += " (\"" + e.date.text + "\")";
  if (shorten) {
    description += "\nShown on its first day: the date as told spans " + std::to_string(days) + " days (" +
                   DateLabel(e.date) + ", " + std::string(SpanKind(e.date.precision)) + ")";
  }
  // The type's name for people in the calendar's language (--lang), then its id.
  description += "\nType: " + std::string(EventCodeTable::Builtin().Name(e.type, options_.language)) + " (" +
                 std::string(ToString(e.type)) + ", " + std::string(ToString(CategoryOf(e.type))) + ")";
  if (!e.actors.empty()) description += "\nActors: " + ActorsWithRoles(e.actors, options_);
  if (e.factuality != Factuality::kAsserted) {
    description += "\nFactuality: " + std::string(ToString(e.factuality));
  }
  description += "\nEvidence: " + e.evidence.text;
  description += "\nSource: " + record.source.title;
  if (record.source.published) description += ", " + FormatIsoDay(*record.source.published);
  // The article's URL when known (offsets into a saved file mean nothing
  // beside it), else its path and the evidence's bytes there.
  const std::string& url = record.source.source_url;
  description += "\n" + (url.empty() ? sources_.Name(record.source) + " bytes " + std::to_string(e.evidence.start) +
                                           ".." + std::to_string(e.evidence.end)
                                     : url);
  // A timeline event told by several articles lists every one, each by its
  // URL when known, else its path.
  if (!record.sources.empty()) {
    description += "\nSources (" + std::to_string(record.sources.size()) + "):";
    for (const ArticleInfo& source : record.sources) {
      description += "\n- " + source.title;
      if (source.published) description += ", " + FormatIsoDay(*source.published);
      description += " (" + (source.source_url.empty() ? sources_.Name(source) : source.source_url) + ")";
    }
  }
  if (record.disputed) description += "\nDisputed: reports of this event disagree (timeline show " + e.id + ")";

  Line("BEGIN:VEVENT");
  Line("UID:" + IcalText(e.id) + "@timeline");
  Line("DTSTAMP:" + dtstamp_);
  if (record.modified) Line("LAST-MODIFIED:" + UtcStamp(*record.modified));
  Line("SEQUENCE:" + std::to_string(record.revision));
  Line("DTSTART;VALUE=DATE:" + FormatBasicDay(*e.date.start));
  // DTEND is exclusive: the day after the interval's last day.
  Line("DTEND;VALUE=DATE:" + FormatBasicDay((shorten ? *e.date.start : *e.date.end) + date::days(1)));
  Line("TRANSP:TRANSPARENT");
  // A removed event (its tombstone) is cancelled under the same UID with a
  // higher SEQUENCE, so a subscribed calendar drops it.
  Line(std::string("STATUS:") + (record.removed                          ? "CANCELLED"
                                 : e.factuality == Factuality::kAsserted  ? "CONFIRMED"
                                 : e.factuality == Factuality::kPossible ? "TENTATIVE"
                                                                         : "CANCELLED"));
  Line("SUMMARY:" + IcalText(summary));
  Line("DESCRIPTION:" + IcalText(description));
  if (e.place) {
    Line("LOCATION:" + IcalText(e.place->name + (e.place->country.empty() ? "" : ", " + e.place->country)));
  }
  // URL (RFC 5545 §3.8.4.6) is a URI, not TEXT: no backslash escapes. A
  // stored URL is a web address (IsWebAddress): no white space, quote or
  // control character to escape.
  if (!url.empty()) Line("URL:" + url);
  Line("CATEGORIES:" + IcalText(std::string(ToString(CategoryOf(e.type)))) + "," +
       IcalText(std::string(ToString(e.type))));
  Line("END:VEVENT");
  if (shorten) ++shortened_;
  ++written_;
  return true;
}

void IcalWriter::Finish() {
  Line("END:VCALENDAR");
  out_.flush();
}

}  // namespace timeline

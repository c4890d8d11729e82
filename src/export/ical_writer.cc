#include "export/ical_writer.h"

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

}  // namespace

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
  std::string summary = e.title;
  if (summary.empty()) {
    summary = std::string(ToString(e.type));
    for (size_t i = 0; i < e.actors.size(); ++i) summary += (i ? ", " : ": ") + e.actors[i].id;
  }
  std::string description = "When: " + DateInWords(e.date);
  if (!e.date.text.empty()) description += " (\"" + e.date.text + "\")";
  description += "\nType: " + std::string(ToString(e.type)) + " (" +
                 std::string(ToString(CategoryOf(e.type))) + ")";
  if (!e.actors.empty()) description += "\nActors: " + ActorsWithRoles(e.actors, options_);
  if (e.factuality != Factuality::kAsserted) {
    description += "\nFactuality: " + std::string(ToString(e.factuality));
  }
  description += "\nEvidence: " + e.evidence.text;
  description += "\nSource: " + record.source.title;
  if (record.source.published) description += ", " + FormatIsoDay(*record.source.published);
  description += "\n" + sources_.Name(record.source) + " bytes " + std::to_string(e.evidence.start) + ".." +
                 std::to_string(e.evidence.end);
  // A timeline event told by several articles lists every one.
  if (!record.sources.empty()) {
    description += "\nSources (" + std::to_string(record.sources.size()) + "):";
    for (const ArticleInfo& source : record.sources) {
      description += "\n- " + source.title;
      if (source.published) description += ", " + FormatIsoDay(*source.published);
      description += " (" + sources_.Name(source) + ")";
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
  Line("DTEND;VALUE=DATE:" + FormatBasicDay(*e.date.end + date::days(1)));
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
  Line("CATEGORIES:" + IcalText(std::string(ToString(CategoryOf(e.type)))) + "," +
       IcalText(std::string(ToString(e.type))));
  Line("END:VEVENT");
  ++written_;
  return true;
}

void IcalWriter::Finish() {
  Line("END:VCALENDAR");
  out_.flush();
}

}  // namespace timeline

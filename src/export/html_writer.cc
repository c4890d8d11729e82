#include "export/html_writer.h"

#include "codes/event_codes.h"
#include "util/embedded.h"
#include "util/error.h"

namespace timeline {

namespace {

// Where the template takes the style, the data and the script. Markers, not
// a template language: the page needs three holes and nothing else.
constexpr std::string_view kStyleMarker = "<!--timeline:style-->";
constexpr std::string_view kDataMarker = "<!--timeline:data-->";
constexpr std::string_view kScriptMarker = "<!--timeline:script-->";

// Splits `text` at `marker`: what precedes it is returned, what follows it
// is left in `text`.
std::string_view TakeUntil(std::string_view* text, std::string_view marker) {
  size_t at = text->find(marker);
  if (at == std::string_view::npos) {
    throw Error("the compiled-in page has no " + std::string(marker));
  }
  std::string_view before = text->substr(0, at);
  text->remove_prefix(at + marker.size());
  return before;
}

void WriteDataElement(std::ostream& out, std::string_view id, const nlohmann::json& value) {
  out << "<script type=\"application/json\" id=\"" << id << "\">" << JsonForScript(value)
      << "</script>\n";
}

}  // namespace

std::string_view WebFile(std::string_view name) {
  for (size_t i = 0; i < kWebFiles_count; ++i) {
    if (name == kWebFiles[i].name) return kWebFiles[i].bytes;
  }
  throw Error("page file " + std::string(name) + " was not compiled into timeline");
}

std::string JsonForScript(const nlohmann::json& value) {
  std::string json = value.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
  std::string out;
  out.reserve(json.size() + json.size() / 16);
  for (size_t i = 0; i < json.size(); ++i) {
    char c = json[i];
    if (c == '<') {
      out += "\\u003c";
    } else if (c == '>') {
      out += "\\u003e";
    } else if (c == '&') {
      out += "\\u0026";
    } else if (c == '\xE2' && i + 2 < json.size() && json[i + 1] == '\x80' &&
               (json[i + 2] == '\xA8' || json[i + 2] == '\xA9')) {
      // U+2028, U+2029: valid in JSON, line ends in older JavaScript.
      out += json[i + 2] == '\xA8' ? "\\u2028" : "\\u2029";
      i += 2;
    } else {
      out += c;
    }
  }
  return out;
}

HtmlWriter::HtmlWriter(std::ostream& out, HtmlOptions options)
    : out_(out), options_(std::move(options)), source_names_(options_.sources, SourceStyle::kLabel) {
  std::string_view page = WebFile("timeline.html");
  out_ << TakeUntil(&page, kStyleMarker);
  out_ << "<style>\n" << WebFile("timeline.css") << "</style>";
  out_ << TakeUntil(&page, kDataMarker);
  template_rest_ = std::string(page);
  out_ << "<script type=\"application/json\" id=\"timeline-events\">[";
}

void HtmlWriter::Write(const EventRecord& record) {
  const Event& e = record.event;
  auto [source, added] = source_index_.emplace(record.source.id, sources_.size());
  if (added) {
    // Where the article is: its URL (the card links it), else its path as
    // CSV names it; never this machine's absolute path.
    const std::string& url = record.source.source_url;
    sources_.push_back({record.source.title,
                        record.source.published ? FormatIsoDay(*record.source.published) : "",
                        url.empty() ? source_names_.Name(record.source) : url, record.source.language});
  }
  nlohmann::json actors = nlohmann::json::array();
  for (const ActorRef& a : e.actors) {
    actors.push_back({a.id, ToString(a.role)});
    if (!actors_.contains(a.id)) actors_[a.id] = {a.name, a.country};
  }
  nlohmann::json event = {
      {"id", e.id},
      {"type", ToString(e.type)},
      {"cat", ToString(CategoryOf(e.type))},
      {"title", e.title},
      {"precision", ToString(e.date.precision)},
      {"label", DateLabel(e.date)},
      {"told", e.date.text},
      {"fact", ToString(e.factuality)},
      {"actors", std::move(actors)},
      {"evidence", e.evidence.text},
      {"source", source->second},
  };
  EventCodes codes = EventCodeTable::Builtin().CodesOf(e);
  if (!codes.plover.empty()) event["plover"] = codes.plover;
  event["cameo"] = codes.cameo;
  if (e.date.known()) {
    event["start"] = FormatIsoDay(*e.date.start);
    event["end"] = FormatIsoDay(*e.date.end);
  }
  if (e.place) event["place"] = {e.place->name, e.place->country};
  if (events_ > 0) out_ << ",\n";
  out_ << JsonForScript(event);
  ++events_;
}

void HtmlWriter::Finish() {
  out_ << "]</script>\n";
  WriteDataElement(out_, "timeline-actors", actors_);
  WriteDataElement(out_, "timeline-sources", sources_);
  // Type names in both languages and CAMEO's root names, from
  // data/event_types.json: the page has no list of its own to drift.
  const EventCodeTable& table = EventCodeTable::Builtin();
  nlohmann::json types = nlohmann::json::object();
  for (EventType type : AllEventTypes()) {
    types[std::string(ToString(type))] = {{"en", table.Name(type, Language::kEnglish)},
                                          {"id", table.Name(type, Language::kIndonesian)}};
  }
  WriteDataElement(out_, "timeline-types", {{"names", types}, {"cameo", table.CameoRoots()}});
  WriteDataElement(out_, "timeline-meta",
                   {{"events", events_}, {"generated", options_.generated}});
  std::string_view rest = template_rest_;
  out_ << TakeUntil(&rest, kScriptMarker);
  out_ << "<script>\n" << WebFile("timeline.js") << "</script>";
  out_ << rest;
  out_.flush();
}

}  // namespace timeline

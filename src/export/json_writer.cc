#include "export/json_writer.h"

#include "codes/event_codes.h"
#include "facts/fact_json.h"

namespace timeline {

JsonWriter::JsonWriter(std::ostream& out, SourceFolders sources)
    : out_(out), sources_(std::move(sources), SourceStyle::kLoadable) {
  out_ << "[";
}

void JsonWriter::Write(const EventRecord& record) {
  if (open_ && current_.article.id != record.source.id) Flush();
  if (!open_) {
    current_.article = record.source;
    current_.article.path = sources_.Name(record.source);
    current_.events.clear();
    open_ = true;
  }
  current_.events.push_back(record.event);
}

void JsonWriter::Flush() {
  nlohmann::ordered_json document = DocumentToJson(current_);
  // The codes are derived (codes/event_codes.h), for readers beside GDELT
  // and POLECAT data; `load` accepts and ignores them.
  const EventCodeTable& table = EventCodeTable::Builtin();
  for (size_t i = 0; i < current_.events.size(); ++i) {
    EventCodes codes = table.CodesOf(current_.events[i]);
    nlohmann::ordered_json& event = document["events"][i];
    event["plover"] = codes.plover.empty() ? nlohmann::ordered_json(nullptr) : nlohmann::ordered_json(codes.plover);
    event["cameo"] = codes.cameo;
  }
  // nlohmann escapes control characters (\r, \u0001 ...) in strings.
  out_ << (documents_ ? ",\n" : "\n") << document.dump(2);
  ++documents_;
  open_ = false;
}

void JsonWriter::Finish() {
  if (open_) Flush();
  out_ << (documents_ ? "\n]\n" : "]\n");
  out_.flush();
}

}  // namespace timeline

#pragma once
// The timeline page (docs/exports.md, "HTML"): one self-contained HTML file,
// web/timeline.{html,css,js} compiled into the binary, with the events as
// JSON inside <script type="application/json"> elements. Events stream out
// as they arrive; only the articles and actors they cite are kept, and
// written after the events, so memory grows with those, not with events.

#include <map>
#include <ostream>
#include <string>
#include <string_view>

#include <nlohmann/json.hpp>

#include "export/source_paths.h"
#include "model/event.h"

namespace timeline {

struct HtmlOptions {
  std::string generated;  // when the page was written, ISO 8601 UTC; shown in the page
  // Where an article's path counts from when it has no URL (source_paths.h,
  // as CSV's source_path); without them, the file name.
  SourceFolders sources;
};

class HtmlWriter {
 public:
  // Writes the page up to the first event at once.
  HtmlWriter(std::ostream& out, HtmlOptions options);
  void Write(const EventRecord& record);
  // Closes the events, writes the actors, articles and the script.
  void Finish();
  size_t events() const { return events_; }

 private:
  std::ostream& out_;
  HtmlOptions options_;
  size_t events_ = 0;
  SourceNamer source_names_;
  std::map<std::string, size_t> source_index_;  // article id -> index in sources_
  nlohmann::json sources_ = nlohmann::json::array();
  nlohmann::json actors_ = nlohmann::json::object();
  std::string template_rest_;  // the page after the data marker
};

// `value` as JSON that can sit inside a <script> element: every '<', '>' and
// '&' (which occur only inside JSON strings) written as \u003c, \u003e,
// \u0026, so that no text ("</script>", "<!--") ends the element or starts
// a comment in it; U+2028 and U+2029 escaped too. JSON.parse reads back the
// same strings. Invalid UTF-8 becomes U+FFFD rather than an exception.
std::string JsonForScript(const nlohmann::json& value);

// The page's parts as compiled in: "timeline.html", "timeline.css",
// "timeline.js". Throws timeline::Error for another name.
std::string_view WebFile(std::string_view name);

}  // namespace timeline

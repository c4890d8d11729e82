// ParseValidFactLine: a JSON Lines line read with nlohmann's SAX interface
// straight into a FactDocument. Building the line's JSON document first (a
// node per value, a map per object) was the largest cost of a load's reading
// thread. This reader takes only valid lines and gives up at the first thing
// it does not expect, leaving the line to the DOM reader (fact_json.cc),
// which reports it; the rules of the fields are shared (fact_rules.h).

#include <nlohmann/json.hpp>

#include <array>
#include <cstdint>
#include <initializer_list>
#include <optional>
#include <set>
#include <stdexcept>
#include <string>

#include "facts/fact_json.h"
#include "facts/fact_rules.h"

namespace timeline {

namespace {

using nlohmann::json;
using fact_rules::kActorFields;
using fact_rules::kArticleFields;
using fact_rules::kDateFields;
using fact_rules::kDocumentFields;
using fact_rules::kEventFields;
using fact_rules::kEvidenceFields;
using fact_rules::kPlaceFields;
using fact_rules::kQuantityFields;

// The position of `name` in one of fact_rules' lists of fields, which is how
// the reader refers to a field; a name not in the list does not compile.
template <size_t N>
constexpr int Field(const std::array<std::string_view, N>& fields, std::string_view name) {
  for (size_t i = 0; i < N; ++i) {
    if (fields[i] == name) return static_cast<int>(i);
  }
  throw std::logic_error("no such field");
}

// An object's fields, and those that must be there and not null (a null
// optional field counts as absent in the DOM reader; a null required one is
// reported there).
struct Shape {
  const std::string_view* fields = nullptr;
  int count = 0;
  uint32_t required = 0;
};

template <size_t N>
constexpr Shape MakeShape(const std::array<std::string_view, N>& fields,
                          std::initializer_list<std::string_view> required) {
  Shape shape{fields.data(), static_cast<int>(N), 0};
  for (std::string_view name : required) shape.required |= 1u << Field(fields, name);
  return shape;
}

constexpr Shape kDocumentShape = MakeShape(kDocumentFields, {"article", "events"});
constexpr Shape kArticleShape = MakeShape(kArticleFields, {"path"});
constexpr Shape kEventShape =
    MakeShape(kEventFields, {"id", "type", "date", "actors", "factuality", "evidence"});
constexpr Shape kDateShape = MakeShape(kDateFields, {"precision"});
constexpr Shape kActorShape = MakeShape(kActorFields, {"id", "role"});
constexpr Shape kPlaceShape = MakeShape(kPlaceFields, {"name"});
constexpr Shape kQuantityShape = MakeShape(kQuantityFields, {"value", "unit"});
constexpr Shape kEvidenceShape = MakeShape(kEvidenceFields, {"text", "start", "end"});
constexpr Shape kArrayShape;  // arrays have no keys

// What the values being read belong to: an object of SPEC §5 or an array of
// them.
enum class Kind {
  kDocument, kArticle, kEvents, kEvent, kDate, kActors, kActor, kPlace, kQuantities, kQuantity,
  kEvidence, kMergedWith, kSplitFrom
};

struct Frame {
  Kind kind = Kind::kDocument;
  const Shape* shape = &kArrayShape;
  int field = -1;     // the field whose value comes next (objects)
  uint32_t seen = 0;  // the fields read so far, a bit each (objects)
};

// The SAX handler: every callback returns false, which stops the parse, at
// anything a valid document does not have.
class LineReader final : public nlohmann::json_sax<json> {
 public:
  bool Read(std::string_view text) { return json::sax_parse(text.begin(), text.end(), this); }
  FactDocument& document() { return document_; }

  bool null() override {
    return depth_ > 0 && top().field >= 0 && !(top().shape->required & (1u << top().field));
  }
  bool boolean(bool) override { return false; }  // no field is true/false
  bool number_integer(number_integer_t value) override { return Number(json(value)); }
  bool number_unsigned(number_unsigned_t value) override { return Number(json(value)); }
  bool number_float(number_float_t value, const string_t&) override { return Number(json(value)); }
  bool string(string_t& value) override;
  bool binary(binary_t&) override { return false; }
  bool start_object(std::size_t) override;
  bool key(string_t& name) override;
  bool end_object() override;
  bool start_array(std::size_t) override;
  bool end_array() override {
    --depth_;
    return true;
  }
  bool parse_error(std::size_t, const std::string&, const nlohmann::detail::exception&) override {
    return false;
  }

 private:
  Frame& top() { return stack_[depth_ - 1]; }
  Event& event() { return document_.events.back(); }
  bool Push(Kind kind, const Shape& shape);
  bool Number(const json& value);
  bool ArticleString(int field, const std::string& value);
  bool EventString(int field, const std::string& value);
  bool DateString(int field, const std::string& value);
  bool ActorString(int field, const std::string& value);
  bool OtherString(Kind kind, int field, const std::string& value);
  bool Finish(const Frame& frame);

  FactDocument document_;
  // A valid document is five levels deep at most: document, events, event,
  // actors, actor.
  std::array<Frame, 5> stack_;
  size_t depth_ = 0;
};

bool LineReader::Push(Kind kind, const Shape& shape) {
  if (depth_ == stack_.size()) return false;
  stack_[depth_++] = Frame{kind, &shape, -1, 0};
  return true;
}

bool LineReader::start_object(std::size_t) {
  if (depth_ == 0) return Push(Kind::kDocument, kDocumentShape);
  const Frame& frame = top();
  switch (frame.kind) {
    case Kind::kDocument:
      if (frame.field != Field(kDocumentFields, "article")) return false;
      return Push(Kind::kArticle, kArticleShape);
    case Kind::kEvents:
      document_.events.emplace_back();
      return Push(Kind::kEvent, kEventShape);
    case Kind::kEvent:
      if (frame.field == Field(kEventFields, "date")) return Push(Kind::kDate, kDateShape);
      if (frame.field == Field(kEventFields, "evidence")) {
        return Push(Kind::kEvidence, kEvidenceShape);
      }
      if (frame.field != Field(kEventFields, "place")) return false;
      event().place.emplace();
      return Push(Kind::kPlace, kPlaceShape);
    case Kind::kActors:
      event().actors.emplace_back();
      return Push(Kind::kActor, kActorShape);
    case Kind::kQuantities:
      event().quantities.emplace_back();
      return Push(Kind::kQuantity, kQuantityShape);
    default:
      return false;
  }
}

bool LineReader::start_array(std::size_t) {
  if (depth_ == 0) return false;
  const Frame& frame = top();
  if (frame.kind == Kind::kDocument && frame.field == Field(kDocumentFields, "events")) {
    return Push(Kind::kEvents, kArrayShape);
  }
  if (frame.kind != Kind::kEvent) return false;
  if (frame.field == Field(kEventFields, "actors")) return Push(Kind::kActors, kArrayShape);
  if (frame.field == Field(kEventFields, "quantities")) return Push(Kind::kQuantities, kArrayShape);
  if (frame.field == Field(kEventFields, "merged_with")) return Push(Kind::kMergedWith, kArrayShape);
  if (frame.field == Field(kEventFields, "split_from")) return Push(Kind::kSplitFrom, kArrayShape);
  return false;
}

// A key names the field of the value that follows. An unknown one is an
// error; one seen before in this object is valid, but the DOM reader takes
// its last value, and this reader leaves such lines to it.
bool LineReader::key(string_t& name) {
  Frame& frame = top();
  for (int i = 0; i < frame.shape->count; ++i) {
    if (frame.shape->fields[i] != name) continue;
    if (frame.seen & (1u << i)) return false;
    frame.seen |= 1u << i;
    frame.field = i;
    return true;
  }
  return false;
}

bool LineReader::end_object() {
  bool valid = Finish(top());
  --depth_;
  return valid;
}

// The checks of an object as a whole, once all its fields are read.
bool LineReader::Finish(const Frame& frame) {
  if ((frame.seen & frame.shape->required) != frame.shape->required) return false;
  switch (frame.kind) {
    case Kind::kDate: {
      std::string error;
      return CheckSpan(event().date, &error);
    }
    case Kind::kActor:
      return fact_rules::UsableActorId(event().actors.back().id);
    case Kind::kEvidence:
      return fact_rules::InOrder(event().evidence);
    case Kind::kEvent:
      return (event().merged_with.empty() && event().split_from.empty()) ||
             !fact_rules::CheckDecisions(event());
    default:
      return true;
  }
}

bool LineReader::Number(const json& value) {
  if (depth_ == 0) return false;
  const Frame& frame = top();
  if (frame.kind == Kind::kEvent && frame.field == Field(kEventFields, "confidence")) {
    event().confidence = fact_rules::Confidence(value);
    return event().confidence.has_value();
  }
  if (frame.kind == Kind::kQuantity && frame.field == Field(kQuantityFields, "value")) {
    std::optional<double> number = fact_rules::QuantityValue(value);
    if (number) event().quantities.back().value = *number;
    return number.has_value();
  }
  if (frame.kind != Kind::kEvidence) return false;
  std::optional<size_t> offset = fact_rules::ByteOffset(value);
  if (!offset) return false;
  if (frame.field == Field(kEvidenceFields, "start")) {
    event().evidence.start = *offset;
  } else if (frame.field == Field(kEvidenceFields, "end")) {
    event().evidence.end = *offset;
  } else {
    return false;
  }
  return true;
}

// Strings are copied, not moved, out of the parser's buffer: it keeps its
// capacity for the next string.
bool LineReader::string(string_t& value) {
  if (depth_ == 0) return false;
  const Frame& frame = top();
  switch (frame.kind) {
    case Kind::kArticle: return ArticleString(frame.field, value);
    case Kind::kEvent: return EventString(frame.field, value);
    case Kind::kDate: return DateString(frame.field, value);
    case Kind::kActor: return ActorString(frame.field, value);
    case Kind::kMergedWith:
    case Kind::kSplitFrom: {
      if (!fact_rules::ReportIdProblem(value).empty()) return false;
      (frame.kind == Kind::kMergedWith ? event().merged_with : event().split_from).push_back(value);
      return true;
    }
    default: return OtherString(frame.kind, frame.field, value);
  }
}

// A day "YYYY-MM-DD" into *day; false when it is not a calendar day.
bool SetDay(const std::string& text, std::optional<date::sys_days>* day) {
  *day = ParseIsoDay(text);
  return day->has_value();
}

bool LineReader::ArticleString(int field, const std::string& value) {
  ArticleInfo& article = document_.article;
  switch (field) {
    case Field(kArticleFields, "id"): article.id = value; return true;
    case Field(kArticleFields, "title"): article.title = value; return true;
    case Field(kArticleFields, "published"): return SetDay(value, &article.published);
    case Field(kArticleFields, "language"): article.language = value; return true;
    case Field(kArticleFields, "path"): article.path = value; return true;
    case Field(kArticleFields, "source_url"):
      article.source_url = value;
      return fact_rules::UsableSourceUrl(value);
    default: return false;
  }
}

bool LineReader::EventString(int field, const std::string& value) {
  Event& e = event();
  switch (field) {
    case Field(kEventFields, "id"): e.id = value; return true;
    case Field(kEventFields, "type"): return fact_rules::SetWord(value, ParseEventType, &e.type);
    case Field(kEventFields, "title"): e.title = value; return true;
    case Field(kEventFields, "factuality"):
      return fact_rules::SetWord(value, ParseFactuality, &e.factuality);
    case Field(kEventFields, "plover"):  // derived on export; not stored
    case Field(kEventFields, "cameo"): return true;
    default: return false;
  }
}

bool LineReader::DateString(int field, const std::string& value) {
  DateSpan& span = event().date;
  switch (field) {
    case Field(kDateFields, "start"): return SetDay(value, &span.start);
    case Field(kDateFields, "end"): return SetDay(value, &span.end);
    case Field(kDateFields, "precision"):
      return fact_rules::SetWord(value, ParseDatePrecision, &span.precision);
    case Field(kDateFields, "text"): span.text = value; return true;
    default: return false;
  }
}

bool LineReader::ActorString(int field, const std::string& value) {
  ActorRef& actor = event().actors.back();
  switch (field) {
    case Field(kActorFields, "id"): actor.id = value; return true;
    case Field(kActorFields, "name"): actor.name = value; return true;
    case Field(kActorFields, "country"): actor.country = value; return true;
    case Field(kActorFields, "role"):
      return fact_rules::SetWord(value, ParseActorRole, &actor.role);
    default: return false;
  }
}

// The place, a quantity and the evidence: strings only, and no check of
// their own.
bool LineReader::OtherString(Kind kind, int field, const std::string& value) {
  std::string* target = nullptr;
  if (kind == Kind::kPlace) {
    Place& place = *event().place;
    if (field == Field(kPlaceFields, "name")) target = &place.name;
    if (field == Field(kPlaceFields, "country")) target = &place.country;
  } else if (kind == Kind::kQuantity) {
    Quantity& quantity = event().quantities.back();
    if (field == Field(kQuantityFields, "unit")) target = &quantity.unit;
    if (field == Field(kQuantityFields, "text")) target = &quantity.text;
  } else if (kind == Kind::kEvidence && field == Field(kEvidenceFields, "text")) {
    target = &event().evidence.text;
  }
  if (!target) return false;
  *target = value;
  return true;
}

}  // namespace

std::optional<FactDocument> ParseValidFactLine(std::string_view text) {
  LineReader reader;
  if (!reader.Read(text)) return std::nullopt;
  FactDocument& document = reader.document();
  std::set<std::string> seen;
  bool decisions = false;
  for (const Event& event : document.events) {
    if (!fact_rules::ClaimEventId(event.id, &seen)) return std::nullopt;
    decisions = decisions || !event.merged_with.empty() || !event.split_from.empty();
  }
  if (decisions) {
    bool contradicts = false;
    fact_rules::DecisionPairs pairs;
    for (const Event& event : document.events) {
      pairs.Add(event, [&](bool, size_t, const std::string&) { contradicts = true; });
    }
    if (contradicts) return std::nullopt;
  }
  return std::move(document);
}

}  // namespace timeline

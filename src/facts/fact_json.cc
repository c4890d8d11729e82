#include "facts/fact_json.h"

#include <algorithm>
#include <map>
#include <set>

#include "facts/fact_rules.h"
#include "util/text.h"

namespace timeline {

using nlohmann::json;
using nlohmann::ordered_json;
using fact_rules::SetWord;

namespace {

// Deeper documents are malformed for this format (an event is four levels
// down); refusing them early also keeps the recursive parser off the stack's end.
constexpr int kMaxDepth = 32;

// Collects the meaning errors of one document, each named by its event and
// field: "event 000-e03: date.start: ...".
class Checker {
 public:
  Checker(const std::string& file, std::vector<Diagnostic>* out) : file_(file), out_(out) {}

  void Fail(const std::string& where, const std::string& message) {
    Diagnostic d;
    d.file = file_;
    d.where = where;
    d.message = message;
    out_->push_back(std::move(d));
  }
  size_t count() const { return out_->size(); }

  static std::string KindOf(const json& value) {
    switch (value.type()) {
      case json::value_t::null: return "null";
      case json::value_t::object: return "an object";
      case json::value_t::array: return "an array";
      case json::value_t::string: return "a string";
      case json::value_t::boolean: return "true/false";
      case json::value_t::binary: return "binary";
      case json::value_t::discarded: return "nothing";
      default: return "a number";
    }
  }

  // Rejects fields the format does not have; `known` is one of the lists
  // of fact_rules.h.
  template <size_t N>
  void CheckKeys(const json& object, const std::string& where,
                 const std::array<std::string_view, N>& known) {
    for (auto it = object.begin(); it != object.end(); ++it) {
      bool ok = false;
      for (std::string_view k : known) ok = ok || it.key() == k;
      if (!ok) {
        std::string list;
        for (std::string_view k : known) list.append(list.empty() ? "" : ", ").append(k);
        Fail(where, "unknown field \"" + it.key() + "\"; the fields are " + list);
      }
    }
  }

  // The string at object[key]; reports and returns "" when absent (if
  // required) or not a string.
  std::string String(const json& object, const char* key, const std::string& where,
                     bool required) {
    auto it = object.find(key);
    if (it == object.end() || it->is_null()) {
      if (required) Fail(where, "missing field \"" + std::string(key) + "\"");
      return "";
    }
    if (!it->is_string()) {
      Fail(Join(where, key), "must be a string, not " + KindOf(*it));
      return "";
    }
    return it->get<std::string>();
  }

  static std::string Join(const std::string& where, const std::string& field) {
    return where + (where.empty() ? "" : ": ") + field;
  }

 private:
  const std::string& file_;
  std::vector<Diagnostic>* out_;
};

std::optional<date::sys_days> ParseDay(Checker& check, const json& value, const std::string& where) {
  if (!value.is_string()) {
    check.Fail(where, "must be a date \"YYYY-MM-DD\", not " + Checker::KindOf(value));
    return std::nullopt;
  }
  std::string text = value.get<std::string>();
  auto day = ParseIsoDay(text);
  if (!day) {
    std::string error;
    std::optional<DateSpan> span = text.size() == 10 ? ParseQueryDate(text, &error) : std::nullopt;
    check.Fail(where, "\"" + text + "\" is not a calendar day" +
                          (error.empty() ? "; use YYYY-MM-DD" : ": " + error));
  }
  return day;
}

DateSpan ParseDate(Checker& check, const json& value, const std::string& where) {
  DateSpan span;
  if (!value.is_object()) {
    check.Fail(where, "must be an object {start, end, precision, text}, not " + Checker::KindOf(value));
    return span;
  }
  check.CheckKeys(value, where, fact_rules::kDateFields);
  size_t before = check.count();
  std::string precision = check.String(value, "precision", where, true);
  if (!SetWord(precision, ParseDatePrecision, &span.precision)) {
    check.Fail(where + ".precision", "unknown precision \"" + precision + "\"; use one of " +
                                         std::string(DatePrecisionWords()));
  }
  span.text = check.String(value, "text", where, false);
  auto start = value.find("start");
  auto end = value.find("end");
  bool has_start = start != value.end() && !start->is_null();
  bool has_end = end != value.end() && !end->is_null();
  if (has_start) span.start = ParseDay(check, *start, where + ".start");
  if (has_end) span.end = ParseDay(check, *end, where + ".end");
  if (check.count() != before) return span;
  std::string error;
  if (!CheckSpan(span, &error)) check.Fail(where, error);
  return span;
}

ActorRef ParseActor(Checker& check, const json& value, const std::string& where) {
  ActorRef actor;
  if (!value.is_object()) {
    check.Fail(where, "must be an object {id, name, country, role}, not " + Checker::KindOf(value));
    return actor;
  }
  check.CheckKeys(value, where, fact_rules::kActorFields);
  actor.id = check.String(value, "id", where, true);
  if (value.contains("id") && value["id"].is_string() && !fact_rules::UsableActorId(actor.id)) {
    check.Fail(where + ".id", "must not be empty");
  }
  actor.name = check.String(value, "name", where, false);
  actor.country = check.String(value, "country", where, false);
  std::string role = check.String(value, "role", where, true);
  if (!SetWord(role, ParseActorRole, &actor.role)) {
    check.Fail(where + ".role",
               "unknown role \"" + role + "\"; use one of " + std::string(ActorRoleWords()));
  }
  return actor;
}

Evidence ParseEvidence(Checker& check, const json& value, const std::string& where) {
  Evidence evidence;
  if (!value.is_object()) {
    check.Fail(where, "must be an object {text, start, end}, not " + Checker::KindOf(value));
    return evidence;
  }
  check.CheckKeys(value, where, fact_rules::kEvidenceFields);
  evidence.text = check.String(value, "text", where, true);
  for (const char* key : {"start", "end"}) {
    auto it = value.find(key);
    if (it == value.end()) {
      check.Fail(where, "missing field \"" + std::string(key) + "\"");
      continue;
    }
    std::optional<size_t> offset = fact_rules::ByteOffset(*it);
    if (!offset) {
      check.Fail(where + "." + key, "must be a byte offset (a whole number ≥ 0), not " +
                                        (it->is_number() ? it->dump() : Checker::KindOf(*it)));
    } else {
      (std::string(key) == "start" ? evidence.start : evidence.end) = *offset;
    }
  }
  if (!fact_rules::InOrder(evidence)) {
    check.Fail(where, "end " + std::to_string(evidence.end) + " is before start " +
                          std::to_string(evidence.start));
  }
  return evidence;
}

// One of an event's lists of decisions (merged_with, split_from): event ids
// of other reports. Absent or null: none.
void ParseDecisions(Checker& check, const json& value, const char* key, const std::string& where,
                    std::vector<std::string>* ids) {
  auto it = value.find(key);
  if (it == value.end() || it->is_null()) return;
  std::string at = where + ": " + key;
  if (!it->is_array()) {
    check.Fail(at, "must be an array of event ids, not " + Checker::KindOf(*it));
    return;
  }
  for (size_t i = 0; i < it->size(); ++i) {
    const json& id = (*it)[i];
    std::string item = at + "[" + std::to_string(i) + "]";
    if (!id.is_string()) {
      check.Fail(item, "must be an event id (a string), not " + Checker::KindOf(id));
      continue;
    }
    std::string problem = fact_rules::ReportIdProblem(id.get<std::string>());
    if (!problem.empty()) {
      check.Fail(item, "event id " + id.dump() + " " + problem);  // dump: quoted, escaped
      continue;
    }
    ids->push_back(id.get<std::string>());
  }
}

Event ParseEvent(Checker& check, const json& value, size_t index) {
  Event event;
  std::string where = "events[" + std::to_string(index) + "]";
  if (!value.is_object()) {
    check.Fail(where, "must be an object, not " + Checker::KindOf(value));
    return event;
  }
  event.id = check.String(value, "id", where, true);
  if (!event.id.empty()) where = "event " + event.id;
  check.CheckKeys(value, where, fact_rules::kEventFields);
  std::string type = check.String(value, "type", where, true);
  if (!SetWord(type, ParseEventType, &event.type)) {
    check.Fail(where + ": type",
               "unknown type \"" + type + "\"; use one of " + std::string(EventTypeWords()));
  }
  event.title = check.String(value, "title", where, false);
  if (auto it = value.find("date"); it == value.end()) {
    check.Fail(where, "missing field \"date\" (use {\"precision\": \"unknown\"} when the text gives none)");
  } else {
    event.date = ParseDate(check, *it, where + ": date");
  }
  if (auto it = value.find("actors"); it == value.end()) {
    check.Fail(where, "missing field \"actors\"");
  } else if (!it->is_array()) {
    check.Fail(where + ": actors", "must be an array, not " + Checker::KindOf(*it));
  } else {
    for (size_t i = 0; i < it->size(); ++i) {
      event.actors.push_back(ParseActor(check, (*it)[i], where + ": actors[" + std::to_string(i) + "]"));
    }
  }
  if (auto it = value.find("place"); it != value.end() && !it->is_null()) {
    if (!it->is_object()) {
      check.Fail(where + ": place", "must be an object {name, country}, not " + Checker::KindOf(*it));
    } else {
      check.CheckKeys(*it, where + ": place", fact_rules::kPlaceFields);
      Place place;
      place.name = check.String(*it, "name", where + ": place", true);
      place.country = check.String(*it, "country", where + ": place", false);
      event.place = place;
    }
  }
  std::string factuality = check.String(value, "factuality", where, true);
  if (!SetWord(factuality, ParseFactuality, &event.factuality)) {
    check.Fail(where + ": factuality", "unknown factuality \"" + factuality + "\"; use one of " +
                                           std::string(FactualityWords()));
  }
  if (auto it = value.find("quantities"); it != value.end() && !it->is_null()) {
    if (!it->is_array()) {
      check.Fail(where + ": quantities", "must be an array, not " + Checker::KindOf(*it));
    } else {
      for (size_t i = 0; i < it->size(); ++i) {
        std::string at = where + ": quantities[" + std::to_string(i) + "]";
        const json& q = (*it)[i];
        if (!q.is_object()) {
          check.Fail(at, "must be an object {value, unit, text}, not " + Checker::KindOf(q));
          continue;
        }
        check.CheckKeys(q, at, fact_rules::kQuantityFields);
        Quantity quantity;
        auto v = q.find("value");
        std::optional<double> number = v == q.end() ? std::nullopt : fact_rules::QuantityValue(*v);
        if (!number) {
          check.Fail(at + ".value", "must be a finite number");
        } else {
          quantity.value = *number;
        }
        quantity.unit = check.String(q, "unit", at, true);
        quantity.text = check.String(q, "text", at, false);
        event.quantities.push_back(quantity);
      }
    }
  }
  if (auto it = value.find("evidence"); it == value.end()) {
    check.Fail(where, "missing field \"evidence\"");
  } else {
    event.evidence = ParseEvidence(check, *it, where + ": evidence");
  }
  if (auto it = value.find("confidence"); it != value.end() && !it->is_null()) {
    event.confidence = fact_rules::Confidence(*it);
    if (!event.confidence) check.Fail(where + ": confidence", "must be a number from 0 to 1");
  }
  ParseDecisions(check, value, "merged_with", where, &event.merged_with);
  ParseDecisions(check, value, "split_from", where, &event.split_from);
  if (!event.merged_with.empty() || !event.split_from.empty()) {
    if (auto problem = fact_rules::CheckDecisions(event)) {
      check.Fail(where + ": " + problem->field, problem->message);
    }
  }
  // Derived from the type, factuality and roles on export; not stored.
  check.String(value, "plover", where, false);
  check.String(value, "cameo", where, false);
  return event;
}

FactDocument ParseDocument(Checker& check, const json& value, const std::string& where) {
  FactDocument document;
  if (!value.is_object()) {
    check.Fail(where, "must be a fact document {article, events}, not " + Checker::KindOf(value));
    return document;
  }
  check.CheckKeys(value, where, fact_rules::kDocumentFields);
  auto article = value.find("article");
  std::string at = Checker::Join(where, "article");
  if (article == value.end()) {
    check.Fail(where, "missing field \"article\"");
  } else if (!article->is_object()) {
    check.Fail(at, "must be an object, not " + Checker::KindOf(*article));
  } else {
    check.CheckKeys(*article, at, fact_rules::kArticleFields);
    ArticleInfo& info = document.article;
    info.id = check.String(*article, "id", at, false);
    info.title = check.String(*article, "title", at, false);
    info.language = check.String(*article, "language", at, false);
    info.path = check.String(*article, "path", at, true);
    info.source_url = check.String(*article, "source_url", at, false);
    if (auto url = article->find("source_url");
        url != article->end() && url->is_string() && !fact_rules::UsableSourceUrl(info.source_url)) {
      check.Fail(at + ".source_url", "\"" + info.source_url +
                                         "\" is not a web address; give the article's http:// or https:// URL, "
                                         "or leave the field out");
    }
    if (auto p = article->find("published"); p != article->end() && !p->is_null()) {
      info.published = ParseDay(check, *p, at + ".published");
    }
  }
  auto events = value.find("events");
  if (events == value.end()) {
    check.Fail(where, "missing field \"events\"");
  } else if (!events->is_array()) {
    check.Fail(Checker::Join(where, "events"), "must be an array, not " + Checker::KindOf(*events));
  } else {
    for (size_t i = 0; i < events->size(); ++i) {
      document.events.push_back(ParseEvent(check, (*events)[i], i));
    }
  }
  return document;
}

// Where nesting passes kMaxDepth (the first bracket too deep), or npos: the
// parser recurses once per level, so deeper input is refused before it. A
// scan of brackets outside strings, cheaper than the parser's per-value
// callback that did this before (a tenth of reading a JSON Lines load).
size_t TooDeepAt(std::string_view text) {
  int depth = 0;
  bool in_string = false;
  for (size_t i = 0; i < text.size(); ++i) {
    char c = text[i];
    if (in_string) {
      if (c == '\\') {
        ++i;
      } else if (c == '"') {
        in_string = false;
      }
    } else if (c == '"') {
      in_string = true;
    } else if (c == '{' || c == '[') {
      if (++depth > kMaxDepth) return i;
    } else if (c == '}' || c == ']') {
      --depth;
    }
  }
  return std::string_view::npos;
}

json ParseJson(std::string_view text, const std::string& file, size_t line_offset,
               std::vector<Diagnostic>* diagnostics) {
  auto report = [&](size_t offset, const std::string& message) {
    Diagnostic d;
    d.file = file;
    LineColumn at = LineColumnAt(text, offset);
    d.line = at.line + line_offset;
    d.column = at.column;
    d.excerpt = std::string(LineAt(text, offset));
    d.message = message;
    diagnostics->push_back(std::move(d));
  };
  if (size_t deep = TooDeepAt(text); deep != std::string_view::npos) {
    report(deep, "invalid fact file: nesting deeper than " + std::to_string(kMaxDepth) + " levels");
    return json();
  }
  try {
    return json::parse(text.begin(), text.end());
  } catch (const json::parse_error& e) {
    std::string what = e.what();
    // "[json.exception.parse_error.101] parse error at line 1, column 5: syntax error while
    // parsing value - invalid literal; last read: 'tru,'": keep the part after the position.
    size_t colon = what.find(": ", what.find("parse error"));
    std::string message = colon == std::string::npos ? what : what.substr(colon + 2);
    size_t offset = e.byte == 0 ? 0 : e.byte - 1;
    report(offset, "invalid JSON: " + message);
  } catch (const json::out_of_range& e) {
    // A number too large for a double ("1e999999"): nlohmann says which.
    std::string what = e.what();
    size_t at = what.find("] ");
    std::string number = what.substr(what.rfind('\'') == std::string::npos ? 0 : what.find('\'') + 1);
    if (!number.empty() && number.back() == '\'') number.pop_back();
    size_t offset = number.empty() ? 0 : text.find(number);
    report(offset == std::string_view::npos ? 0 : offset,
           "invalid JSON: " + (at == std::string::npos ? what : what.substr(at + 2)));
  }
  return json();
}

void CheckDuplicateIds(Checker& check, const FactDocument& document, std::set<std::string>* seen) {
  for (const Event& event : document.events) {
    if (!fact_rules::ClaimEventId(event.id, seen)) {
      check.Fail("event " + event.id, "duplicate event id; every event needs its own id");
    }
  }
}

// Contradicting decisions of the documents' events (fact_rules::DecisionPairs).
void CheckDecisionPairs(Checker& check, const std::vector<const FactDocument*>& documents) {
  fact_rules::DecisionPairs pairs;
  for (const FactDocument* document : documents) {
    for (const Event& event : document->events) {
      if (event.merged_with.empty() && event.split_from.empty()) continue;
      pairs.Add(event, [&](bool merge, size_t i, const std::string& other) {
        check.Fail("event " + event.id + ": " + (merge ? "merged_with[" : "split_from[") + std::to_string(i) + "]",
                   "contradicts event " + other + ", whose " + (merge ? "split_from" : "merged_with") +
                       " names \"" + event.id + "\"; a file gives one decision for a pair of reports");
      });
    }
  }
}

void PutDay(ordered_json& object, const char* key, const std::optional<date::sys_days>& day) {
  object[key] = day ? ordered_json(FormatIsoDay(*day)) : ordered_json(nullptr);
}

}  // namespace

ordered_json EventToJson(const Event& event) {
  ordered_json out;
  out["id"] = event.id;
  out["type"] = std::string(ToString(event.type));
  out["title"] = event.title;
  ordered_json date;
  PutDay(date, "start", event.date.start);
  PutDay(date, "end", event.date.end);
  date["precision"] = std::string(ToString(event.date.precision));
  if (!event.date.text.empty()) date["text"] = event.date.text;
  out["date"] = date;
  out["actors"] = ordered_json::array();
  for (const ActorRef& actor : event.actors) {
    ordered_json a;
    a["id"] = actor.id;
    a["name"] = actor.name;
    if (!actor.country.empty()) a["country"] = actor.country;
    a["role"] = std::string(ToString(actor.role));
    out["actors"].push_back(a);
  }
  if (event.place) {
    ordered_json place;
    place["name"] = event.place->name;
    if (!event.place->country.empty()) place["country"] = event.place->country;
    out["place"] = place;
  }
  out["factuality"] = std::string(ToString(event.factuality));
  if (!event.quantities.empty()) {
    out["quantities"] = ordered_json::array();
    for (const Quantity& q : event.quantities) {
      ordered_json quantity;
      quantity["value"] = q.value;
      quantity["unit"] = q.unit;
      if (!q.text.empty()) quantity["text"] = q.text;
      out["quantities"].push_back(quantity);
    }
  }
  out["evidence"] = {{"text", event.evidence.text},
                     {"start", event.evidence.start},
                     {"end", event.evidence.end}};
  if (event.confidence) out["confidence"] = *event.confidence;
  // Only with decisions, so that files without them keep their shape.
  if (!event.merged_with.empty()) out["merged_with"] = event.merged_with;
  if (!event.split_from.empty()) out["split_from"] = event.split_from;
  return out;
}

ordered_json ArticleToJson(const ArticleInfo& article) {
  ordered_json out;
  out["id"] = article.id;
  out["title"] = article.title;
  PutDay(out, "published", article.published);
  out["language"] = article.language;
  out["path"] = article.path;
  if (!article.source_url.empty()) out["source_url"] = article.source_url;
  return out;
}

ordered_json DocumentToJson(const FactDocument& document) {
  ordered_json out;
  out["article"] = ArticleToJson(document.article);
  out["events"] = ordered_json::array();
  for (const Event& event : document.events) out["events"].push_back(EventToJson(event));
  return out;
}

std::vector<FactDocument> ParseFactFile(std::string_view text, const std::string& file,
                                        std::vector<Diagnostic>* diagnostics) {
  size_t before = diagnostics->size();
  json root = ParseJson(text, file, 0, diagnostics);
  if (diagnostics->size() != before) return {};
  Checker check(file, diagnostics);
  std::vector<FactDocument> documents;
  if (root.is_array()) {
    for (size_t i = 0; i < root.size(); ++i) {
      documents.push_back(ParseDocument(check, root[i], "documents[" + std::to_string(i) + "]"));
    }
  } else {
    documents.push_back(ParseDocument(check, root, ""));
  }
  std::set<std::string> seen;
  bool decisions = false;
  for (const FactDocument& document : documents) {
    CheckDuplicateIds(check, document, &seen);
    for (const Event& event : document.events) {
      decisions = decisions || !event.merged_with.empty() || !event.split_from.empty();
    }
  }
  if (decisions && diagnostics->size() == before) {
    std::vector<const FactDocument*> all;
    for (const FactDocument& document : documents) all.push_back(&document);
    CheckDecisionPairs(check, all);
  }
  if (diagnostics->size() != before) return {};
  return documents;
}

FactDocument ParseFactLine(std::string_view text, const std::string& file, size_t line,
                           std::vector<Diagnostic>* diagnostics) {
  if (std::optional<FactDocument> document = ParseValidFactLine(text)) return std::move(*document);
  return ParseFactLineDom(text, file, line, diagnostics);
}

FactDocument ParseFactLineDom(std::string_view text, const std::string& file, size_t line,
                              std::vector<Diagnostic>* diagnostics) {
  size_t before = diagnostics->size();
  json root = ParseJson(text, file, line - 1, diagnostics);
  if (diagnostics->size() != before) return {};
  Checker check(file, diagnostics);
  FactDocument document = ParseDocument(check, root, "");
  if (diagnostics->size() == before) CheckDecisionPairs(check, {&document});
  // Meaning errors carry the line too: "facts.jsonl:7: event e1: type: ...".
  for (size_t i = before; i < diagnostics->size(); ++i) (*diagnostics)[i].line = line;
  std::set<std::string> seen;
  CheckDuplicateIds(check, document, &seen);
  return diagnostics->size() == before ? document : FactDocument{};
}

}  // namespace timeline

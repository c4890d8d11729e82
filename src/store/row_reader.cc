#include "store/row_reader.h"

#include <nlohmann/json.hpp>
#include <sqlite3.h>

#include <algorithm>
#include <chrono>
#include <cstring>
#include <string_view>

#include "model/date_span.h"
#include "model/types.h"
#include "store/event_columns.h"
#include "util/error.h"

namespace timeline {
namespace {

}  // namespace

// "YYYY-MM-DD HH:MM:SS" (UTC, as the store writes it) -> a time point.
std::optional<date::sys_seconds> ParseStoredTime(std::string_view text) {
  if (text.size() != 19 || text[10] != ' ' || text[13] != ':' || text[16] != ':') {
    return std::nullopt;
  }
  std::optional<date::sys_days> day = ParseIsoDay(text.substr(0, 10));
  int fields[3];  // hours, minutes, seconds
  for (int i = 0; i < 3; ++i) {
    char tens = text[11 + 3 * i], ones = text[12 + 3 * i];
    if (tens < '0' || tens > '9' || ones < '0' || ones > '9') return std::nullopt;
    fields[i] = (tens - '0') * 10 + (ones - '0');
  }
  if (!day) return std::nullopt;
  return date::sys_seconds(*day) + std::chrono::hours(fields[0]) +
         std::chrono::minutes(fields[1]) + std::chrono::seconds(fields[2]);
}

namespace {

// Decodes an actors_json or quantities_json column, [[seq, ...], ...] as
// SQLite's json_group_array builds it, straight into the record's vector
// (nlohmann's SAX interface: no JSON document per row). Each inner array has
// `arity` fields; field 0, the seq, orders the items (the fact file's order),
// and every other field goes to on_field, so an item left from the row
// before is overwritten whole.
template <typename Item>
class RowsDecoder : public nlohmann::json_sax<nlohmann::json> {
 public:
  using Field = void (*)(Item& item, int field, const std::string* text, double number);
  RowsDecoder(std::vector<Item>* items, int arity, Field on_field)
      : items_(items), arity_(arity), on_field_(on_field) {}

  void Decode(const char* json, size_t size) {
    if (!nlohmann::json::sax_parse(json, json + size, this)) {
      throw Error("a stored event has a malformed JSON column: " + std::string(json, size));
    }
    items_->resize(count_);
    if (std::is_sorted(seqs_.begin(), seqs_.end())) return;  // the usual case
    std::vector<size_t> order(count_);
    for (size_t i = 0; i < count_; ++i) order[i] = i;
    std::sort(order.begin(), order.end(), [&](size_t a, size_t b) { return seqs_[a] < seqs_[b]; });
    std::vector<Item> sorted;
    for (size_t i : order) sorted.push_back(std::move((*items_)[i]));
    items_->swap(sorted);
  }

  bool start_array(std::size_t) override {
    if (++depth_ == 2) {
      field_ = 0;
      if (items_->size() <= count_) items_->emplace_back();
    }
    return depth_ <= 2;
  }
  bool end_array() override {
    if (depth_-- == 2) {
      if (field_ != arity_) return false;
      ++count_;
    }
    return true;
  }
  bool null() override { return Value(nullptr, 0); }
  bool boolean(bool value) override { return Value(nullptr, value ? 1 : 0); }
  bool number_integer(number_integer_t value) override {
    return Value(nullptr, static_cast<double>(value));
  }
  bool number_unsigned(number_unsigned_t value) override {
    return Value(nullptr, static_cast<double>(value));
  }
  bool number_float(number_float_t value, const string_t&) override {
    return Value(nullptr, value);
  }
  bool string(string_t& value) override { return Value(&value, 0); }
  bool binary(binary_t&) override { return false; }
  bool start_object(std::size_t) override { return false; }
  bool key(string_t&) override { return false; }
  bool end_object() override { return false; }
  bool parse_error(std::size_t, const std::string&, const nlohmann::detail::exception&) override {
    return false;
  }

 private:
  bool Value(const std::string* text, double number) {
    if (depth_ != 2 || field_ >= arity_) return false;
    if (field_ == 0) {
      seqs_.push_back(number);
    } else {
      on_field_((*items_)[count_], field_, text, number);
    }
    ++field_;
    return true;
  }

  std::vector<Item>* items_;
  int arity_;
  Field on_field_;
  std::vector<double> seqs_;
  size_t count_ = 0;
  int depth_ = 0, field_ = 0;
};

void AssignJsonText(const std::string* text, std::string* out) {
  if (text) {
    out->assign(*text);
  } else {
    out->clear();
  }
}

// [seq, code, name, country, role]
void ActorField(ActorRef& actor, int field, const std::string* text, double) {
  switch (field) {
    case 1: AssignJsonText(text, &actor.id); break;
    case 2: AssignJsonText(text, &actor.name); break;
    case 3: AssignJsonText(text, &actor.country); break;
    case 4: actor.role = ParseActorRole(text ? *text : "").value_or(ActorRole::kParticipant); break;
  }
}

// [seq, value, unit, text]
void QuantityField(Quantity& quantity, int field, const std::string* text, double number) {
  switch (field) {
    case 1: quantity.value = text ? 0.0 : number; break;
    case 2: AssignJsonText(text, &quantity.unit); break;
    case 3: AssignJsonText(text, &quantity.text); break;
  }
}

// A timeline event's sources_json ([[code, title, published or null,
// language, path, url], ...]) straight into ArticleInfos, or its
// report_ids_json (["uid", ...]) into strings: SAX, no JSON document per row
// (the documents' allocations were a tenth of a CSV export's time, perf).
class StringRowsDecoder : public nlohmann::json_sax<nlohmann::json> {
 public:
  // Sources: six strings per row, field `nullable` (published) may be null.
  StringRowsDecoder(std::vector<ArticleInfo>* sources, int nullable) : sources_(sources), nullable_(nullable) {}
  explicit StringRowsDecoder(std::vector<std::string>* ids) : ids_(ids) {}

  void Decode(const char* json, size_t size) {
    if (!nlohmann::json::sax_parse(json, json + size, this)) {
      throw Error("a stored event has a malformed JSON column: " + std::string(json, size));
    }
  }

  bool start_array(std::size_t) override {
    ++depth_;
    if (sources_ && depth_ == 2) {
      sources_->emplace_back();
      field_ = 0;
    }
    return depth_ <= (sources_ ? 2 : 1);
  }
  bool end_array() override {
    if (sources_ && depth_ == 2 && field_ != 6) return false;  // a row of six fields
    --depth_;
    return true;
  }
  bool string(string_t& value) override {
    if (ids_) {
      if (depth_ != 1) return false;
      ids_->push_back(value);
      return true;
    }
    if (depth_ != 2) return false;
    ArticleInfo& info = sources_->back();
    switch (field_++) {
      case 0: info.id = value; break;
      case 1: info.title = value; break;
      case 2: info.published = ParseIsoDay(value); break;
      case 3: info.language = value; break;
      case 4: info.path = value; break;
      case 5: info.source_url = value; break;
      default: return false;
    }
    return true;
  }
  bool null() override {
    if (!sources_ || depth_ != 2 || field_ != nullable_) return false;
    ++field_;
    return true;
  }
  bool boolean(bool) override { return false; }
  bool number_integer(number_integer_t) override { return false; }
  bool number_unsigned(number_unsigned_t) override { return false; }
  bool number_float(number_float_t, const string_t&) override { return false; }
  bool binary(binary_t&) override { return false; }
  bool start_object(std::size_t) override { return false; }
  bool key(string_t&) override { return false; }
  bool end_object() override { return false; }
  bool parse_error(std::size_t, const std::string&, const nlohmann::detail::exception&) override { return false; }

 private:
  std::vector<ArticleInfo>* sources_ = nullptr;
  std::vector<std::string>* ids_ = nullptr;
  int nullable_ = -1;
  int depth_ = 0, field_ = 0;
};

// The JSON columns as SQLite's json_array and json_group_array write them
// (no spaces; strings with \" \\ and control characters escaped, other
// text as stored, validated UTF-8 at load; integers; null), read without a
// general JSON parser: the nlohmann lexer, one character at a time, was most
// of ReadRecord's time for events with sources (perf, 1M). Anything else it
// does not know (a \u escape, a fraction, a boolean) makes it give up, and
// the general decoder above reads the column instead, with the same result.
class JsonColumn {
 public:
  JsonColumn(const char* text, size_t size) : p_(text), end_(text + size) {}
  bool Take(char c) {
    if (p_ < end_ && *p_ == c) {
      ++p_;
      return true;
    }
    return false;
  }
  bool Next(char c) const { return p_ < end_ && *p_ == c; }
  bool Done() const { return p_ == end_; }
  // A string, or null (*is_null set); false when neither.
  bool Text(std::string* out, bool* is_null) {
    *is_null = false;
    if (end_ - p_ >= 4 && std::memcmp(p_, "null", 4) == 0) {
      p_ += 4;
      out->clear();
      *is_null = true;
      return true;
    }
    if (!Take('"')) return false;
    out->clear();
    const char* start = p_;
    for (;;) {
      const char* q = start;
      while (q < end_ && *q != '"' && *q != '\\' && static_cast<unsigned char>(*q) >= 0x20) ++q;
      out->append(start, static_cast<size_t>(q - start));
      if (q >= end_ || static_cast<unsigned char>(*q) < 0x20) return false;
      if (*q == '"') {
        p_ = q + 1;
        return true;
      }
      if (q + 1 >= end_) return false;
      switch (q[1]) {
        case '"': *out += '"'; break;
        case '\\': *out += '\\'; break;
        case '/': *out += '/'; break;
        case 'b': *out += '\b'; break;
        case 'f': *out += '\f'; break;
        case 'n': *out += '\n'; break;
        case 'r': *out += '\r'; break;
        case 't': *out += '\t'; break;
        default: return false;  // \u: the general decoder
      }
      start = q + 2;
    }
  }
  // An integer (no fraction or exponent).
  bool Integer(double* out) {
    const char* q = p_;
    bool negative = q < end_ && *q == '-';
    if (negative) ++q;
    if (q >= end_ || *q < '0' || *q > '9') return false;
    int64_t value = 0;
    int digits = 0;
    while (q < end_ && *q >= '0' && *q <= '9') {
      value = value * 10 + (*q++ - '0');
      if (++digits > 15) return false;
    }
    if (q < end_ && (*q == '.' || *q == 'e' || *q == 'E')) return false;
    p_ = q;
    *out = static_cast<double>(negative ? -value : value);
    return true;
  }

 private:
  const char* p_;
  const char* end_;
};

// actors_json ([[seq, code, name, country, role], ...]) as RowsDecoder with
// ActorField fills it: items reused, then ordered by seq. False: not read.
bool FastActors(const char* text, size_t size, std::vector<ActorRef>* items) {
  JsonColumn json(text, size);
  if (!json.Take('[')) return false;
  thread_local std::vector<double> seqs;
  thread_local std::string field;
  seqs.clear();
  size_t count = 0;
  bool is_null = false;
  while (!json.Next(']')) {
    if (count > 0 && !json.Take(',')) return false;
    if (!json.Take('[')) return false;
    double seq = 0;
    if (!json.Integer(&seq)) return false;
    if (items->size() <= count) items->emplace_back();
    ActorRef& actor = (*items)[count];
    // Straight into the actor's strings (no copy through `field`); on a
    // false return the general decoder overwrites every field anyway.
    if (!json.Take(',') || !json.Text(&actor.id, &is_null)) return false;
    if (!json.Take(',') || !json.Text(&actor.name, &is_null)) return false;
    if (!json.Take(',') || !json.Text(&actor.country, &is_null)) return false;
    if (!json.Take(',') || !json.Text(&field, &is_null)) return false;
    actor.role = ParseActorRole(field).value_or(ActorRole::kParticipant);
    if (!json.Take(']')) return false;
    seqs.push_back(seq);
    ++count;
  }
  json.Take(']');
  if (!json.Done()) return false;
  items->resize(count);
  if (std::is_sorted(seqs.begin(), seqs.end())) return true;
  std::vector<size_t> order(count);
  for (size_t i = 0; i < count; ++i) order[i] = i;
  std::sort(order.begin(), order.end(), [&](size_t a, size_t b) { return seqs[a] < seqs[b]; });
  std::vector<ActorRef> sorted;
  for (size_t i : order) sorted.push_back(std::move((*items)[i]));
  items->swap(sorted);
  return true;
}

// sources_json ([[code, title, published or null, language, path, url],
// ...]) as StringRowsDecoder reads it, into the vector's items kept from the
// row before (their strings' buffers reused: a new ArticleInfo a source was
// a quarter of ReadRecord, perf). False: not read.
bool FastSources(const char* text, size_t size, std::vector<ArticleInfo>* sources) {
  JsonColumn json(text, size);
  if (!json.Take('[')) return false;
  bool is_null = false;
  size_t count = 0;
  thread_local std::string published;
  while (!json.Next(']')) {
    if (count > 0 && !json.Take(',')) return false;
    if (!json.Take('[')) return false;
    if (sources->size() <= count) sources->emplace_back();
    ArticleInfo& info = (*sources)[count++];
    std::string* fields[] = {&info.id, &info.title, &published, &info.language, &info.path, &info.source_url};
    bool unpublished = false;
    for (int f = 0; f < 6; ++f) {
      if (f > 0 && !json.Take(',')) return false;
      if (!json.Text(fields[f], &is_null)) return false;
      if (f == 2) {
        unpublished = is_null;
      } else if (is_null) {
        return false;
      }
    }
    info.published.reset();
    if (!unpublished) info.published = ParseIsoDay(published);
    if (!json.Take(']')) return false;
  }
  json.Take(']');
  if (!json.Done()) return false;
  sources->resize(count);
  return true;
}

// report_ids_json (["uid", ...]).
bool FastIds(const char* text, size_t size, std::vector<std::string>* ids) {
  JsonColumn json(text, size);
  if (!json.Take('[')) return false;
  bool is_null = false;
  std::string id;
  while (!json.Next(']')) {
    if (!ids->empty() && !json.Take(',')) return false;
    if (!json.Text(&id, &is_null) || is_null) return false;
    ids->push_back(id);
  }
  json.Take(']');
  return json.Done();
}

}  // namespace

namespace {

// A row's columns by position, as ReadRecordFrom reads them: Text of NULL is
// empty. Two ways to the same values: SQLiteCpp's Column (a Column object
// per call, which copies the statement's shared pointer: two atomic
// operations), and SQLite's own functions on the statement's handle
// (Store::Find's rows, the hot path: Database::KeptStatement).
class WrappedRow {
 public:
  explicit WrappedRow(SQLite::Statement& statement) : statement_(statement) {}
  bool Null(int column) const { return statement_.getColumn(column).isNull(); }
  std::string_view Text(int column) const {
    SQLite::Column c = statement_.getColumn(column);
    const char* text = c.getText();
    return std::string_view(text, static_cast<size_t>(c.getBytes()));
  }
  int64_t Int(int column) const { return statement_.getColumn(column).getInt64(); }
  double Real(int column) const { return statement_.getColumn(column).getDouble(); }

 private:
  SQLite::Statement& statement_;
};

class RawRow {
 public:
  explicit RawRow(sqlite3_stmt* statement) : statement_(statement) {}
  bool Null(int column) const { return sqlite3_column_type(statement_, column) == SQLITE_NULL; }
  std::string_view Text(int column) const {
    // Text first, then its size (SQLite's rule for the two calls).
    const unsigned char* text = sqlite3_column_text(statement_, column);
    if (!text) return {};
    return std::string_view(reinterpret_cast<const char*>(text), static_cast<size_t>(sqlite3_column_bytes(statement_, column)));
  }
  int64_t Int(int column) const { return sqlite3_column_int64(statement_, column); }
  double Real(int column) const { return sqlite3_column_double(statement_, column); }

 private:
  sqlite3_stmt* statement_;
};

// A text column into a string kept from the row before (no allocation once
// it has grown); NULL reads as "".
template <typename Row>
void AssignText(const Row& row, int column, std::string* out) {
  std::string_view text = row.Text(column);
  out->assign(text.data(), text.size());
}

template <typename Row>
void ReadRecordFrom(const Row& row, EventRecord* record) {
  Event& e = record->event;
  AssignText(row, kUid, &e.id);
  e.type = ParseEventType(row.Text(kType)).value_or(EventType::kStatement);
  AssignText(row, kTitle, &e.title);
  if (row.Null(kStartDay)) {
    e.date.start.reset();
    e.date.end.reset();
  } else {
    e.date.start = FromDayNumber(row.Int(kStartDay));
    e.date.end = FromDayNumber(row.Int(kEndDay));
  }
  e.date.precision = static_cast<DatePrecision>(row.Int(kPrecision));
  AssignText(row, kDateText, &e.date.text);
  e.factuality = ParseFactuality(row.Text(kFactuality)).value_or(Factuality::kAsserted);
  if (row.Null(kPlaceName)) {
    e.place.reset();
  } else {
    if (!e.place) e.place.emplace();
    AssignText(row, kPlaceName, &e.place->name);
    AssignText(row, kPlaceCountry, &e.place->country);
  }
  AssignText(row, kEvidenceText, &e.evidence.text);
  e.evidence.start = static_cast<size_t>(row.Int(kEvidenceStart));
  e.evidence.end = static_cast<size_t>(row.Int(kEvidenceEnd));
  if (row.Null(kConfidence)) {
    e.confidence.reset();
  } else {
    e.confidence = row.Real(kConfidence);
  }
  record->revision = static_cast<int>(row.Int(kRevision));
  record->modified = ParseStoredTime(row.Text(kModifiedAt));
  AssignText(row, kArticleCode, &record->source.id);
  AssignText(row, kArticleTitle, &record->source.title);
  record->source.published.reset();
  if (!row.Null(kArticlePublished)) record->source.published = ParseIsoDay(row.Text(kArticlePublished));
  AssignText(row, kArticleLanguage, &record->source.language);
  AssignText(row, kArticlePath, &record->source.path);
  AssignText(row, kArticleUrl, &record->source.source_url);
  std::string_view actors = row.Text(kActorsJson);
  if (!FastActors(actors.data(), actors.size(), &e.actors)) {
    RowsDecoder<ActorRef>(&e.actors, 5, ActorField).Decode(actors.data(), actors.size());
  }
  // No quantities (most events, and every row of an output that prints
  // none: kNoQuantities) without setting up a JSON parser.
  std::string_view quantities = row.Text(kQuantitiesJson);
  if (quantities == "[]") {
    e.quantities.clear();
  } else {
    RowsDecoder<Quantity>(&e.quantities, 4, QuantityField).Decode(quantities.data(), quantities.size());
  }
  // A timeline event of several reports (its stored display row); a
  // report's row has NULLs here.
  if (!row.Null(kDisplayEndDay)) e.date.end = FromDayNumber(row.Int(kDisplayEndDay));
  record->report_ids.clear();
  if (row.Null(kSourcesJson)) {
    record->sources.clear();
  } else {
    std::string_view sources = row.Text(kSourcesJson);
    if (!FastSources(sources.data(), sources.size(), &record->sources)) {
      record->sources.clear();
      StringRowsDecoder(&record->sources, 2).Decode(sources.data(), sources.size());
    }
  }
  if (!row.Null(kReportIdsJson)) {
    std::string_view reports = row.Text(kReportIdsJson);
    if (!FastIds(reports.data(), reports.size(), &record->report_ids)) {
      record->report_ids.clear();
      StringRowsDecoder(&record->report_ids).Decode(reports.data(), reports.size());
    }
  }
  record->disputed = row.Int(kDisputed) != 0;
}

}  // namespace

// Fills `record` from one row of kEventColumns, reusing its buffers.
void ReadRecord(SQLite::Statement& statement, EventRecord* record) { ReadRecordFrom(WrappedRow(statement), record); }
void ReadRecord(sqlite3_stmt* statement, EventRecord* record) { ReadRecordFrom(RawRow(statement), record); }

void ReadRemoved(SQLite::Statement& statement, EventRecord* record) {
  *record = EventRecord();
  Event& e = record->event;
  e.id = statement.getColumn("uid").getString();
  e.type = ParseEventType(statement.getColumn("type").getText()).value_or(EventType::kStatement);
  e.title = statement.getColumn("title").getString();
  if (!statement.getColumn("start_day").isNull()) {
    e.date.start = FromDayNumber(statement.getColumn("start_day").getInt64());
    e.date.end = FromDayNumber(statement.getColumn("end_day").getInt64());
  }
  e.date.precision = static_cast<DatePrecision>(statement.getColumn("precision").getInt());
  e.date.text = ColumnText(statement, "date_text");
  e.factuality = ParseFactuality(statement.getColumn("factuality").getText()).value_or(Factuality::kAsserted);
  e.evidence.text = statement.getColumn("evidence_text").getString();
  record->source.id = statement.getColumn("article_code").getString();
  record->source.title = statement.getColumn("article_title").getString();
  record->source.path = statement.getColumn("article_path").getString();
  record->source.source_url = ColumnText(statement, "article_url");
  record->revision = statement.getColumn("revision").getInt();
  record->modified = ParseStoredTime(statement.getColumn("removed_at").getText());
  record->removed = true;
}

std::string ColumnText(SQLite::Statement& statement, const char* name) {
  SQLite::Column column = statement.getColumn(name);
  return column.isNull() ? std::string() : column.getString();
}

ActorSummary ReadActor(SQLite::Statement& statement) {
  ActorSummary actor;
  actor.key = statement.getColumn("id").getInt64();
  actor.id = statement.getColumn("code").getString();
  actor.name = statement.getColumn("name").getString();
  actor.kind = statement.getColumn("kind").getString();
  actor.country = ColumnText(statement, "country");
  actor.parent = ColumnText(statement, "parent");
  actor.source = statement.getColumn("source").getString();
  return actor;
}

void BindQuery(SQLite::Statement& statement, const QuerySql& sql) {
  for (const auto& [name, value] : sql.ints) statement.bind(name, value);
  for (const auto& [name, value] : sql.texts) statement.bind(name, value);
}

void BindQuery(Database::KeptStatement& statement, const QuerySql& sql) {
  for (const auto& [name, value] : sql.ints) statement.Bind(name, value);
  for (const auto& [name, value] : sql.texts) statement.Bind(name, value);
}

}  // namespace timeline

#pragma once
// The reports a load inserts, kept as the loader writes them (writer.cc), so
// that re-clustering at the load's commit need not read them back: the pair
// filter's two ordered passes over the new reports (events and event_actors
// from the first new key: clusterer.cc, LinkFilter) take these rows instead,
// column for column what the passes' SELECTs would give. Reading them back
// was the largest part of a 1M bulk load's re-clustering still spent on
// what the load had just written (docs/performance.md, "Load with merging:
// the new reports as written").
//
// What is kept can go stale: a report the load updated or deleted after
// inserting it (an article given twice in one load), keys that are not one
// run, actor rows that do not follow their report. The writer then calls
// Drop(), and so does a load whose rows pass the cap (TIMELINE_MERGE_CAPTURE
// bytes; 0 keeps nothing) or do not fit the records (ids past 32 bits, texts
// of 64 kB): re-clustering reads the reports back from the database, as it
// does for every load without them. The rows are kept in blocks of a
// megabyte mapped on their own, each returned to the system as the passes
// read it, so that what the filter builds from them replaces them rather
// than adding to the load's peak.

#include <sys/mman.h>

#include <algorithm>
#include <cctype>
#include <cerrno>
#include <cstdint>
#include <cstdlib>
#include <cstring>
#include <initializer_list>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "model/types.h"
#include "util/error.h"

namespace timeline {

// Per form number of an actor row the load wrote (NewReports::ActorRow::
// Form), the answer its first row worked out, for the others to take; or
// that rows of that form are dropped (no such actor).
template <class T>
class FormAnswers {
 public:
  struct Slot {
    enum State : uint8_t { kUnseen, kKnown, kDropped } state = kUnseen;
    T value{};
  };
  // The slot of `form`; null for a row read from the database (Form() -1).
  Slot* Of(int64_t form) {
    if (form < 0) return nullptr;
    if (static_cast<size_t>(form) >= slots_.size()) slots_.resize(static_cast<size_t>(form) + 1);
    return &slots_[static_cast<size_t>(form)];
  }

 private:
  std::vector<Slot> slots_;
};

class NewReports {
  // An actor row's own parts: the actor, its role, and the name and country
  // the row gives ("" for NULL).
  struct ActorForm {
    uint32_t actor;
    ActorRole role;
    std::string name, country;
  };

 public:
  // 512 MB by default (about 8M events of the generator's), else
  // TIMELINE_MERGE_CAPTURE (bytes; 0: nothing is kept).
  NewReports() : cap_(CapFromEnvironment()) { usable_ = cap_ > 0; }
  ~NewReports() { Drop(); }
  NewReports(const NewReports&) = delete;
  NewReports& operator=(const NewReports&) = delete;

  // A report as inserted (kInsertEvent's values): its key, article, uid,
  // type, dates (known: start and end day), precision, factuality, and
  // place (has_place: place_name is bound, maybe ""; an empty country is
  // NULL, as OptionalText binds it).
  void AddEvent(int64_t key, int64_t article, std::string_view uid, EventType type, bool known, int64_t start,
                int64_t end, int precision, Factuality factuality, bool has_place, std::string_view place_name,
                std::string_view place_country) {
    if (!usable_) return;
    if (!has_place) place_name = place_country = {};
    if ((last_ && key != *last_ + 1) || article < 0 || article > UINT32_MAX || !Fits32(start) || !Fits32(end) ||
        precision < 0 || precision > UINT8_MAX || uid.size() > UINT16_MAX || place_name.size() > UINT16_MAX ||
        place_country.size() > UINT16_MAX) {
      Drop();
      return;
    }
    if (!last_) first_ = key;
    last_ = key;
    EventRow::Head h;
    h.article = static_cast<uint32_t>(article);
    h.start = static_cast<int32_t>(start);
    h.end = static_cast<int32_t>(end);
    h.uid = static_cast<uint16_t>(uid.size());
    h.place = static_cast<uint16_t>(place_name.size());
    h.country = static_cast<uint16_t>(place_country.size());
    h.type = static_cast<uint8_t>(type);
    h.precision = static_cast<uint8_t>(precision);
    h.factuality = static_cast<uint8_t>(factuality);
    h.flags = static_cast<uint8_t>((known ? kKnown : 0) | (has_place ? kHasPlace : 0) |
                                   (has_place && !place_country.empty() ? kHasCountry : 0));
    Append(&events_, h, {uid, place_name, place_country});
  }

  // One of its actor rows as inserted (kInsertEventActor's values; an empty
  // name or country is NULL), right after the report. Each distinct
  // (actor, role, name, country) is kept once (1,512 forms for 2.1M rows
  // at 1M generated events), a row as its report, form and seq.
  void AddActor(int64_t event, int64_t actor, ActorRole role, std::string_view name, std::string_view country,
                int64_t seq) {
    if (!usable_) return;
    if (!last_ || event != *last_ || event - first_ > UINT32_MAX || actor < 0 || actor >= kMostActors || seq < 0 ||
        seq > UINT32_MAX) {
      Drop();
      return;
    }
    ActorRow::Head h;
    h.event = static_cast<uint32_t>(event - first_);
    h.form = FormOf(static_cast<uint32_t>(actor), role, name, country);
    h.seq = static_cast<uint32_t>(seq);
    Append(&actors_, h, {});
  }

  // What was kept may not be what the database holds: nothing is used.
  void Drop() {
    usable_ = false;
    for (std::vector<Block>* blocks : {&events_, &actors_}) {
      for (Block& b : *blocks) b.Free();
      blocks->clear();
    }
    bytes_ = 0;
    std::vector<ActorForm>().swap(forms_);
    std::vector<std::vector<uint32_t>>().swap(forms_of_);
  }

  // Whether the rows kept are exactly the reports with keys first..last
  // (the passes' `id >= first` when the largest key is `last`).
  bool Covers(int64_t first, int64_t last) const { return usable_ && last_ && first_ == first && *last_ == last; }

  // A row of the events pass: id, article, place_name, place_country, uid,
  // type, start_day, end_day, precision, factuality (LinkFilter's columns
  // and HeldReports::kColumns), with RawRow's Null, Int and Text.
  class EventRow {
   public:
    bool Null(int column) const {
      switch (column) {
        case 2: return !(h_.flags & kHasPlace);
        case 3: return !(h_.flags & kHasCountry);
        case 6: case 7: return !(h_.flags & kKnown);
        default: return false;
      }
    }
    int64_t Int(int column) const {
      switch (column) {
        case 0: return key_;
        case 1: return h_.article;
        case 6: return Null(6) ? 0 : h_.start;
        case 7: return Null(7) ? 0 : h_.end;
        case 8: return h_.precision;
        default: return 0;
      }
    }
    std::string_view Text(int column) const {
      switch (column) {
        case 2: return place_;
        case 3: return country_;
        case 4: return uid_;
        case 5: return ToString(static_cast<EventType>(h_.type));
        case 9: return ToString(static_cast<Factuality>(h_.factuality));
        default: return {};
      }
    }

   private:
    friend class NewReports;
    struct Head {  // 24 bytes, then the uid, place name and country
      uint32_t article;
      int32_t start, end;
      uint16_t uid, place, country;
      uint8_t type, precision, factuality, flags;
    };
    int64_t key_ = 0;
    Head h_{};
    std::string_view uid_, place_, country_;
  };

  // A row of the actors pass: event, role = 'target', actor, country,
  // role, name, seq (LinkFilter's and HeldReports::kActorColumns).
  class ActorRow {
   public:
    bool Null(int column) const {
      switch (column) {
        case 3: return form_->country.empty();
        case 5: return form_->name.empty();
        default: return false;
      }
    }
    int64_t Int(int column) const {
      switch (column) {
        case 0: return first_ + h_.event;
        case 1: return form_->role == ActorRole::kTarget ? 1 : 0;
        case 2: return form_->actor;
        case 6: return h_.seq;
        default: return 0;
      }
    }
    // The number of the row's (actor, role, name, country), the same for
    // every row of that form (RawRow's is -1).
    int64_t Form() const { return h_.form; }
    std::string_view Text(int column) const {
      switch (column) {
        case 3: return form_->country;
        case 4: return ToString(form_->role);
        case 5: return form_->name;
        default: return {};
      }
    }

   private:
    friend class NewReports;
    struct Head {  // 12 bytes
      uint32_t event;  // the report's key less the first's
      uint32_t form;   // into forms_
      uint32_t seq;
    };
    int64_t first_ = 0;
    Head h_{};
    const ActorForm* form_ = nullptr;
  };

  // The events pass, in key order; each block is returned once read.
  template <class Visit>
  void TakeEvents(Visit visit) {
    EventRow row;
    row.key_ = first_;
    Drain(&events_, [&](const Block& block, size_t at) {
      at = Read(block, at, &row.h_, {{&row.uid_, row.h_.uid}, {&row.place_, row.h_.place}, {&row.country_, row.h_.country}});
      visit(static_cast<const EventRow&>(row));
      ++row.key_;
      return at;
    });
  }
  // The actors pass, in key order (a report's rows in the order written).
  // Then the rows are gone: Covers says so, and a second filter reads the
  // database.
  template <class Visit>
  void TakeActors(Visit visit) {
    ActorRow row;
    row.first_ = first_;
    Drain(&actors_, [&](const Block& block, size_t at) {
      at = Read(block, at, &row.h_, {});
      row.form_ = &forms_[row.h_.form];
      visit(static_cast<const ActorRow&>(row));
      return at;
    });
    usable_ = false;
  }

 private:
  static constexpr uint8_t kKnown = 1, kHasPlace = 2, kHasCountry = 4;
  static constexpr size_t kBlockBytes = size_t{1} << 20;
  static constexpr int64_t kMostActors = int64_t{1} << 24;  // actors.id below this (forms_of_ is by id)

  // A megabyte (or a record's size) of its own mapping: munmap gives it
  // back to the system at once, where a freed heap block would stay with
  // the process among the allocations made after it.
  struct Block {
    char* data = nullptr;
    size_t size = 0, capacity = 0;
    void Free() {
      if (data) munmap(data, capacity);
      data = nullptr;
      size = capacity = 0;
    }
  };

  // (A value that is no whole number of bytes is an error, before the load
  // writes anything: never a silent default.)
  static size_t CapFromEnvironment() {
    if (const char* value = std::getenv("TIMELINE_MERGE_CAPTURE"); value && *value) {
      char* end = nullptr;
      errno = 0;
      unsigned long long n = std::strtoull(value, &end, 10);
      if (*end != '\0' || errno == ERANGE || *value == '-' || *value == '+' || std::isspace(static_cast<unsigned char>(*value))) {
        throw InputError(std::string("TIMELINE_MERGE_CAPTURE=") + value +
                         ": not a whole number of bytes (the memory a load may hold its new reports in; 0 holds none)");
      }
      return static_cast<size_t>(n);
    }
    return size_t{512} << 20;
  }
  static bool Fits32(int64_t v) { return v >= INT32_MIN && v <= INT32_MAX; }

  // Appends a record (its head, then its texts) to the last block, or to a
  // new one when it is full; past the cap, or when no memory is mapped,
  // everything is dropped.
  template <class Head>
  void Append(std::vector<Block>* blocks, const Head& head, std::initializer_list<std::string_view> texts) {
    constexpr size_t head_bytes = sizeof head;
    size_t bytes = head_bytes;
    for (std::string_view t : texts) bytes += t.size();
    if (blocks->empty() || blocks->back().size + bytes > blocks->back().capacity) {
      const size_t capacity = std::max(bytes, kBlockBytes);
      if (bytes_ + capacity > cap_) {
        Drop();
        return;
      }
      void* data = mmap(nullptr, capacity, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
      if (data == MAP_FAILED) {
        Drop();
        return;
      }
      blocks->push_back(Block{static_cast<char*>(data), 0, capacity});
      bytes_ += capacity;
    }
    Block& b = blocks->back();
    std::memcpy(b.data + b.size, &head, head_bytes);
    b.size += head_bytes;
    for (std::string_view t : texts) {
      if (t.empty()) continue;
      std::memcpy(b.data + b.size, t.data(), t.size());
      b.size += t.size();
    }
  }
  // Every record of `blocks` in order, each block returned once read:
  // read_one(block, at) reads the record at `at` and returns where the next
  // begins.
  template <class ReadOne>
  static void Drain(std::vector<Block>* blocks, ReadOne read_one) {
    for (Block& block : *blocks) {
      for (size_t at = 0; at < block.size;) at = read_one(block, at);
      block.Free();
    }
    blocks->clear();
  }
  // Reads the record at `at`: its head, then its texts of the lengths the
  // head gives. Returns where the next begins.
  template <class Head>
  static size_t Read(const Block& block, size_t at, Head* head,
                     std::initializer_list<std::pair<std::string_view*, const uint16_t&>> texts) {
    std::memcpy(head, block.data + at, sizeof *head);
    at += sizeof *head;
    for (const auto& [text, bytes] : texts) {
      *text = std::string_view(block.data + at, bytes);
      at += bytes;
    }
    return at;
  }

  // The form's number: looked up among the actor's forms, one by one (a few
  // each: the names an actor is written with).
  uint32_t FormOf(uint32_t actor, ActorRole role, std::string_view name, std::string_view country) {
    if (actor >= forms_of_.size()) forms_of_.resize(actor + 1);
    std::vector<uint32_t>& forms = forms_of_[actor];
    for (uint32_t f : forms) {
      const ActorForm& form = forms_[f];
      if (form.role == role && form.name == name && form.country == country) return f;
    }
    forms.push_back(static_cast<uint32_t>(forms_.size()));
    forms_.push_back(ActorForm{actor, role, std::string(name), std::string(country)});
    return forms.back();
  }

  size_t cap_;
  bool usable_ = true;
  size_t bytes_ = 0;  // the blocks' capacity
  int64_t first_ = 0;
  std::optional<int64_t> last_;
  std::vector<Block> events_, actors_;
  std::vector<ActorForm> forms_;
  std::vector<std::vector<uint32_t>> forms_of_;  // by actors.id: its forms
};

}  // namespace timeline

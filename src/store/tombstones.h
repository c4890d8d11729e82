#pragma once
// Removing an event leaves its tombstone (migration 0005, removed_events), so
// that an iCalendar export can cancel it; loading an event with that id again
// takes the tombstone back and revises the event above it. The writer
// (re-loads) and the remover (`timeline remove`) both remove through these.

namespace timeline {

// The event `:id`'s tombstone: what a cancelled VEVENT needs, and its last
// revision + 1 as the cancellation's SEQUENCE.
inline constexpr const char* kBuryEvent =
    "INSERT OR REPLACE INTO removed_events (uid, type, title, start_day, end_day, precision, "
    "date_text, factuality, evidence_text, article_code, article_title, article_path, article_url, "
    "revision, removed_at) SELECT e.uid, e.type, e.title, e.start_day, e.end_day, e.precision, "
    "e.date_text, e.factuality, e.evidence_text, a.code, a.title, a.path, a.source_url, "
    "e.revision + 1, :now "
    "FROM events e JOIN articles a ON a.id = e.article WHERE e.id = :id";
// Its actors, quantities and roll-up rows go with it (ON DELETE CASCADE), its
// words through the full-text delete trigger.
inline constexpr const char* kDeleteEvent = "DELETE FROM events WHERE id = :id";
// An event stored again under a removed id: the tombstone's revision, which
// the new event's must exceed.
inline constexpr const char* kReviveEvent = "DELETE FROM removed_events WHERE uid = :uid RETURNING revision";
inline constexpr const char* kSetRevision = "UPDATE events SET revision = :revision WHERE id = :id";
inline constexpr const char* kHasTombstones = "SELECT EXISTS (SELECT 1 FROM removed_events)";

}  // namespace timeline

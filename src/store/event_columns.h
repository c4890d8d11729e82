#pragma once
// The columns of an answer's row: what the query compiler selects and the row
// reader decodes, by position.

namespace timeline {

// An event row with its article, its actors and its quantities (as JSON
// arrays: one statement per answer, not three per row). EventColumns() puts
// the key and the time order's columns first; Col names the positions.
constexpr const char* kEventColumns =
    "e.uid, e.seq, e.type, e.title, e.start_day, e.precision, e.date_text, "
    "e.factuality, e.place_name, e.place_country, e.evidence_text, e.evidence_start, "
    "e.evidence_end, e.confidence, e.revision, e.modified_at, a.id AS article_key, "
    "a.code AS article_code, a.title AS article_title, a.published AS article_published, "
    "a.language AS article_language, a.path AS article_path, a.source_url AS article_url, "
    "(SELECT json_group_array(json_array(eax.seq, ac.code, coalesce(eax.name, ac.name), "
    "eax.country, eax.role)) FROM event_actors eax JOIN actors ac ON ac.id = eax.actor "
    "WHERE eax.event = e.id) AS actors_json, "
    "(SELECT json_group_array(json_array(qx.seq, qx.value, qx.unit, qx.text)) "
    "FROM quantities qx WHERE qx.event = e.id) AS quantities_json, e.cluster AS cluster_key";
enum Col {
  kKey, kTimeKey, kEndDay, kUid, kSeq, kType, kTitle, kStartDay, kPrecision, kDateText,
  kFactuality, kPlaceName, kPlaceCountry, kEvidenceText, kEvidenceStart, kEvidenceEnd,
  kConfidence, kRevision, kModifiedAt, kArticleKey, kArticleCode, kArticleTitle,
  kArticlePublished, kArticleLanguage, kArticlePath, kArticleUrl, kActorsJson, kQuantitiesJson,
  kCluster,     // timeline_events.id, NULL for a report alone (migration 0010)
  kArticleBody  // FindEvent only
};

}  // namespace timeline

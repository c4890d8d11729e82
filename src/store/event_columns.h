#pragma once
// The columns of an answer's row: what the query compiler selects and the row
// reader decodes, by position.

namespace timeline {

// The quantities of a report, and of the report a timeline event shows: a
// subquery per row, which outputs that print none leave out
// (StoreQuery::with_quantities, kNoQuantities).
#define TIMELINE_REPORT_QUANTITIES \
  "(SELECT json_group_array(json_array(qx.seq, qx.value, qx.unit, qx.text)) FROM quantities qx WHERE qx.event = e.id)"
#define TIMELINE_SHOWN_QUANTITIES                                                                 \
  "(SELECT json_group_array(json_array(qx.seq, qx.value, qx.unit, qx.text)) FROM quantities qx " \
  "WHERE qx.event = CASE WHEN te.id IS NULL THEN e.id ELSE sh.id END)"
constexpr const char* kReportQuantities = TIMELINE_REPORT_QUANTITIES;
constexpr const char* kShownQuantities = TIMELINE_SHOWN_QUANTITIES;
constexpr const char* kNoQuantities = "'[]'";

// An event row with its article, its actors and its quantities (as JSON
// arrays: one statement per answer, not three per row). EventColumns() puts
// the key and the time order's columns first; Col names the positions.
// A report's row: what one article told (query --reports, JSON documents,
// show, the spreadsheet); its timeline event's columns are NULL.
constexpr const char* kEventColumns =
    "e.uid, e.seq, e.type, e.title, e.start_day, e.precision, e.date_text, "
    "e.factuality, e.place_name, e.place_country, e.evidence_text, e.evidence_start, "
    "e.evidence_end, e.confidence, e.revision, e.modified_at, a.id AS article_key, "
    "a.code AS article_code, a.title AS article_title, a.published AS article_published, "
    "a.language AS article_language, a.path AS article_path, a.source_url AS article_url, "
    "(SELECT json_group_array(json_array(eax.seq, ac.code, coalesce(eax.name, ac.name), "
    "eax.country, eax.role)) FROM event_actors eax JOIN actors ac ON ac.id = eax.actor "
    "WHERE eax.event = e.id) AS actors_json, "
    TIMELINE_REPORT_QUANTITIES " AS quantities_json, e.cluster AS cluster_key, "
    "NULL AS display_end_day, NULL AS sources_json, NULL AS report_ids_json, 0 AS disputed";
constexpr const char* kReportJoins = " JOIN articles a ON a.id = e.article";

// A timeline event's row (docs/design.md, "Merging reports"): for a report
// alone (te NULL, most rows) the report's own columns, read as above; for a
// report of an event of several, the event's stored display row (te) and
// the report it shows (sh): its date, title, actors, sources, and that
// report's article, evidence and quantities. No statement per event: the
// two look-ups by key are skipped when e.cluster is NULL.
#define TIMELINE_SHOWN(column) "CASE WHEN te.id IS NULL THEN e." column " ELSE sh." column " END"
constexpr const char* kDisplayColumns =
    "coalesce(te.uid, e.uid) AS uid, " TIMELINE_SHOWN("seq") " AS seq, " TIMELINE_SHOWN("type") " AS type, "
    "coalesce(te.title, e.title) AS title, "
    "CASE WHEN te.id IS NULL THEN e.start_day ELSE te.start_day END AS start_day, "
    "coalesce(te.precision, e.precision) AS precision, " TIMELINE_SHOWN("date_text") " AS date_text, "
    TIMELINE_SHOWN("factuality") " AS factuality, " TIMELINE_SHOWN("place_name") " AS place_name, "
    TIMELINE_SHOWN("place_country") " AS place_country, " TIMELINE_SHOWN("evidence_text") " AS evidence_text, "
    TIMELINE_SHOWN("evidence_start") " AS evidence_start, " TIMELINE_SHOWN("evidence_end") " AS evidence_end, "
    TIMELINE_SHOWN("confidence") " AS confidence, coalesce(te.revision, e.revision) AS revision, "
    "coalesce(te.modified_at, e.modified_at) AS modified_at, a.id AS article_key, "
    "a.code AS article_code, a.title AS article_title, a.published AS article_published, "
    "a.language AS article_language, a.path AS article_path, a.source_url AS article_url, "
    "CASE WHEN te.id IS NULL THEN (SELECT json_group_array(json_array(eax.seq, ac.code, "
    "coalesce(eax.name, ac.name), eax.country, eax.role)) FROM event_actors eax JOIN actors ac ON ac.id = "
    "eax.actor WHERE eax.event = e.id) ELSE te.actors_json END AS actors_json, "
    TIMELINE_SHOWN_QUANTITIES " AS quantities_json, e.cluster AS cluster_key, "
    "te.end_day AS display_end_day, te.sources_json AS sources_json, te.report_ids_json AS report_ids_json, "
    "coalesce(te.disputed, 0) AS disputed";
#undef TIMELINE_SHOWN
#undef TIMELINE_REPORT_QUANTITIES
#undef TIMELINE_SHOWN_QUANTITIES
constexpr const char* kDisplayJoins =
    " LEFT JOIN timeline_events te ON te.id = e.cluster LEFT JOIN events sh ON sh.id = te.shown "
    "JOIN articles a ON a.id = CASE WHEN te.id IS NULL THEN e.article ELSE sh.article END";

enum Col {
  kKey, kTimeKey, kEndDay, kUid, kSeq, kType, kTitle, kStartDay, kPrecision, kDateText,
  kFactuality, kPlaceName, kPlaceCountry, kEvidenceText, kEvidenceStart, kEvidenceEnd,
  kConfidence, kRevision, kModifiedAt, kArticleKey, kArticleCode, kArticleTitle,
  kArticlePublished, kArticleLanguage, kArticlePath, kArticleUrl, kActorsJson, kQuantitiesJson,
  kCluster,        // timeline_events.id, NULL for a report alone (migration 0010)
  kDisplayEndDay,  // a timeline event's: its end day (kEndDay is the report's, the order's)
  kSourcesJson,    // its articles, earliest first
  kReportIdsJson,  // its reports' ids
  kDisputed,
  kArticleBody  // FindEvent only
};

}  // namespace timeline

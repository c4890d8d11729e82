#pragma once
// The closed vocabularies of SPEC.md: event types and their categories,
// factuality, actor roles and date precisions. One ToString/Parse pair per
// enum, spelling the SPEC ids exactly ("missile_test").

#include <optional>
#include <string_view>
#include <vector>

namespace timeline {

enum class EventType {
  kMeeting, kStatement, kAppeal, kWarning, kProtest, kAgreement,   // diplomacy
  kDrill, kMissileTest, kNuclearTest, kWeaponUnveiling, kAttack,   // military
  kSanction, kAid,                                                 // economic
  kTheft, kCyberattack,                                            // cyber
  kReport,                                                         // intelligence
};
enum class Category { kDiplomacy, kMilitary, kEconomic, kCyber, kIntelligence };
enum class Factuality { kAsserted, kNegated, kPossible };
enum class ActorRole { kInitiator, kTarget, kParticipant };
// Languages the extractor reads; spelled as ISO 639-1 ("id", "en").
enum class Language { kIndonesian, kEnglish };

// Ordered from finest to coarsest; results sort finer precision first.
enum class DatePrecision { kDay, kWeek, kMonth, kQuarter, kYear, kRange, kUnknown };

std::string_view ToString(EventType type);
std::string_view ToString(Category category);
std::string_view ToString(Factuality factuality);
std::string_view ToString(ActorRole role);
std::string_view ToString(DatePrecision precision);
std::string_view ToString(Language language);

// Each returns nullopt for a word that is not a SPEC id (case-sensitive).
std::optional<EventType> ParseEventType(std::string_view text);
std::optional<Category> ParseCategory(std::string_view text);
std::optional<Factuality> ParseFactuality(std::string_view text);
std::optional<ActorRole> ParseActorRole(std::string_view text);
std::optional<DatePrecision> ParseDatePrecision(std::string_view text);
std::optional<Language> ParseLanguage(std::string_view text);

Category CategoryOf(EventType type);
const std::vector<EventType>& AllEventTypes();
const std::vector<Category>& AllCategories();

// The accepted words of each vocabulary joined by ", ", for error messages.
std::string_view EventTypeWords();
std::string_view FactualityWords();
std::string_view ActorRoleWords();
std::string_view DatePrecisionWords();

}  // namespace timeline

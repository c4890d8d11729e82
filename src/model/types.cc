#include "model/types.h"

#include <array>
#include <string>

namespace timeline {
namespace {

template <typename Enum, size_t N>
using Names = std::array<std::pair<Enum, std::string_view>, N>;

const Names<EventType, 16> kEventTypeNames = {{
    {EventType::kMeeting, "meeting"},
    {EventType::kStatement, "statement"},
    {EventType::kAppeal, "appeal"},
    {EventType::kWarning, "warning"},
    {EventType::kProtest, "protest"},
    {EventType::kAgreement, "agreement"},
    {EventType::kDrill, "drill"},
    {EventType::kMissileTest, "missile_test"},
    {EventType::kNuclearTest, "nuclear_test"},
    {EventType::kWeaponUnveiling, "weapon_unveiling"},
    {EventType::kAttack, "attack"},
    {EventType::kSanction, "sanction"},
    {EventType::kAid, "aid"},
    {EventType::kTheft, "theft"},
    {EventType::kCyberattack, "cyberattack"},
    {EventType::kReport, "report"},
}};
const Names<Category, 5> kCategoryNames = {{
    {Category::kDiplomacy, "diplomacy"},
    {Category::kMilitary, "military"},
    {Category::kEconomic, "economic"},
    {Category::kCyber, "cyber"},
    {Category::kIntelligence, "intelligence"},
}};
const Names<Factuality, 3> kFactualityNames = {{
    {Factuality::kAsserted, "asserted"},
    {Factuality::kNegated, "negated"},
    {Factuality::kPossible, "possible"},
}};
const Names<ActorRole, 3> kActorRoleNames = {{
    {ActorRole::kInitiator, "initiator"},
    {ActorRole::kTarget, "target"},
    {ActorRole::kParticipant, "participant"},
}};
const Names<DatePrecision, 7> kDatePrecisionNames = {{
    {DatePrecision::kDay, "day"},
    {DatePrecision::kWeek, "week"},
    {DatePrecision::kMonth, "month"},
    {DatePrecision::kQuarter, "quarter"},
    {DatePrecision::kYear, "year"},
    {DatePrecision::kRange, "range"},
    {DatePrecision::kUnknown, "unknown"},
}};
const Names<Language, 2> kLanguageNames = {{
    {Language::kIndonesian, "id"},
    {Language::kEnglish, "en"},
}};

template <typename Enum, size_t N>
std::string_view NameOf(const Names<Enum, N>& names, Enum value) {
  for (const auto& [v, name] : names) {
    if (v == value) return name;
  }
  return "?";
}

template <typename Enum, size_t N>
std::optional<Enum> ValueOf(const Names<Enum, N>& names, std::string_view text) {
  for (const auto& [v, name] : names) {
    if (name == text) return v;
  }
  return std::nullopt;
}

template <typename Enum, size_t N>
std::string JoinNames(const Names<Enum, N>& names) {
  std::string out;
  for (const auto& entry : names) {
    if (!out.empty()) out += ", ";
    out += entry.second;
  }
  return out;
}

}  // namespace

std::string_view ToString(EventType type) { return NameOf(kEventTypeNames, type); }
std::string_view ToString(Category category) { return NameOf(kCategoryNames, category); }
std::string_view ToString(Factuality factuality) { return NameOf(kFactualityNames, factuality); }
std::string_view ToString(ActorRole role) { return NameOf(kActorRoleNames, role); }
std::string_view ToString(DatePrecision precision) {
  return NameOf(kDatePrecisionNames, precision);
}
std::string_view ToString(Language language) { return NameOf(kLanguageNames, language); }

std::optional<EventType> ParseEventType(std::string_view text) {
  return ValueOf(kEventTypeNames, text);
}
std::optional<Category> ParseCategory(std::string_view text) {
  return ValueOf(kCategoryNames, text);
}
std::optional<Factuality> ParseFactuality(std::string_view text) {
  return ValueOf(kFactualityNames, text);
}
std::optional<ActorRole> ParseActorRole(std::string_view text) {
  return ValueOf(kActorRoleNames, text);
}
std::optional<DatePrecision> ParseDatePrecision(std::string_view text) {
  return ValueOf(kDatePrecisionNames, text);
}
std::optional<Language> ParseLanguage(std::string_view text) {
  return ValueOf(kLanguageNames, text);
}

Category CategoryOf(EventType type) {
  switch (type) {
    case EventType::kMeeting:
    case EventType::kStatement:
    case EventType::kAppeal:
    case EventType::kWarning:
    case EventType::kProtest:
    case EventType::kAgreement:
      return Category::kDiplomacy;
    case EventType::kDrill:
    case EventType::kMissileTest:
    case EventType::kNuclearTest:
    case EventType::kWeaponUnveiling:
    case EventType::kAttack:
      return Category::kMilitary;
    case EventType::kSanction:
    case EventType::kAid:
      return Category::kEconomic;
    case EventType::kTheft:
    case EventType::kCyberattack:
      return Category::kCyber;
    case EventType::kReport:
      return Category::kIntelligence;
  }
  return Category::kDiplomacy;
}

const std::vector<EventType>& AllEventTypes() {
  static const std::vector<EventType> all = [] {
    std::vector<EventType> v;
    for (const auto& entry : kEventTypeNames) v.push_back(entry.first);
    return v;
  }();
  return all;
}

const std::vector<Category>& AllCategories() {
  static const std::vector<Category> all = [] {
    std::vector<Category> v;
    for (const auto& entry : kCategoryNames) v.push_back(entry.first);
    return v;
  }();
  return all;
}

std::string_view EventTypeWords() {
  static const std::string words = JoinNames(kEventTypeNames);
  return words;
}
std::string_view FactualityWords() {
  static const std::string words = JoinNames(kFactualityNames);
  return words;
}
std::string_view ActorRoleWords() {
  static const std::string words = JoinNames(kActorRoleNames);
  return words;
}
std::string_view DatePrecisionWords() {
  static const std::string words = JoinNames(kDatePrecisionNames);
  return words;
}

}  // namespace timeline

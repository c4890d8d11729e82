#include "extract/lexicon.h"

#include <stdexcept>

#include "extract/morphology.h"
#include "registry/registry.h"
#include "util/embedded.h"
#include "util/text.h"

namespace timeline {
namespace lexicon {

EventType ParseEventTypeOrThrow(const std::string& name, const char* key) {
  std::optional<EventType> type = ParseEventType(name);
  if (!type) throw std::runtime_error("data/triggers.json: " + std::string(key) + ": unknown event type \"" + name + "\"");
  return *type;
}

Pattern MakePattern(std::vector<std::string> words, Vocabulary* vocabulary) {
  Pattern p;
  for (const std::string& w : words) {
    p.ids.push_back(vocabulary->Add(w));
    p.prefix.push_back(!w.empty() && w.back() == '*');
  }
  p.words = std::move(words);
  return p;
}

Pattern ParsePattern(const std::string& text, Vocabulary* vocabulary) {
  std::vector<std::string> words;
  for (const std::string& w : Split(text, ' ')) {
    if (!w.empty()) words.push_back(FoldForMatch(w));
  }
  return MakePattern(std::move(words), vocabulary);
}

const Lexicon& Lexicon::Get() {
  static const Lexicon lexicon = [] {
    // A missing or misspelt key is an error naming the file and the key,
    // never a silent change of behaviour.
    Lexicon x = Checked(EmbeddedData("triggers.json"), {{"id", EmbeddedData("lang/id/triggers.json")},
                                                        {"en", EmbeddedData("lang/en/triggers.json")}});
    x.Index();
    return x;
  }();
  return lexicon;
}

Lexicon Lexicon::Checked(std::string_view rules, const std::vector<std::pair<std::string, std::string_view>>& words) {
  nlohmann::json data;
  try {
    data = nlohmann::json::parse(rules);
  } catch (const nlohmann::json::exception& e) {
    throw std::runtime_error(std::string("data/triggers.json: ") + e.what());
  }
  for (const auto& [code, text] : words) {
    const std::string file = "data/lang/" + code + "/triggers.json";
    try {
      PlugIn(nlohmann::json::parse(text), code, file, "", &data);
    } catch (const nlohmann::json::exception& e) {
      throw std::runtime_error(file + ": " + e.what());
    }
  }
  std::vector<std::string> codes;
  for (const auto& [code, text] : words) codes.push_back(code);
  RequireEveryLanguage(data, codes, "");
  try {
    return Build(data);
  } catch (const nlohmann::json::exception& e) {
    throw std::runtime_error(std::string("data/triggers.json with data/lang/*/triggers.json: ") + e.what());
  }
}

void Lexicon::RequireEveryLanguage(const nlohmann::json& node, const std::vector<std::string>& codes,
                                 const std::string& path) {
  if (node.is_array()) {
    for (const nlohmann::json& rule : node) {
      if (rule.is_object()) RequireEveryLanguage(rule, codes, path + "." + rule.value("name", "?"));
    }
    return;
  }
  if (!node.is_object()) return;
  bool some = false;
  for (const std::string& code : codes) some = some || node.contains(code);
  for (const std::string& code : codes) {
    if (some && !node.contains(code)) {
      throw std::runtime_error("data/lang/" + code + "/triggers.json: missing key \"" + path + "\"");
    }
  }
  for (const auto& [key, value] : node.items()) {
    if (std::find(codes.begin(), codes.end(), key) == codes.end()) {
      RequireEveryLanguage(value, codes, path.empty() ? key : path + "." + key);
    }
  }
}

void Lexicon::PlugIn(const nlohmann::json& words, const std::string& code, const std::string& file,
                   const std::string& path, nlohmann::json* rules) {
  if (!words.is_object()) throw std::runtime_error(file + ": " + (path.empty() ? "the file" : path) + " must be an object");
  for (const auto& [key, value] : words.items()) {
    const std::string here = path.empty() ? key : path + "." + key;
    nlohmann::json* target = nullptr;
    if (rules->is_object() && rules->contains(key)) {
      target = &(*rules)[key];
    } else if (rules->is_array()) {  // a rule by its name
      for (nlohmann::json& rule : *rules) {
        if (rule.is_object() && rule.value("name", "") == key) target = &rule;
      }
    }
    if (!target) {
      throw std::runtime_error(file + ": unknown key \"" + here + "\" (data/triggers.json declares no such section)");
    }
    if (value.is_array()) {
      if (!target->is_object()) throw std::runtime_error(file + ": " + here + " is no list of words in data/triggers.json");
      (*target)[code] = value;
    } else {
      PlugIn(value, code, file, here, target);
    }
  }
}

Lexicon Lexicon::Build(const nlohmann::json& data) {
  Lexicon x;
  // Every key read is recorded: a key of the file that nothing reads is
  // a misspelling, and an error.
  std::set<std::string> read = {"comment", "report_needs"};
  auto section = [&](const std::string& key) -> const nlohmann::json& {
    read.insert(key);
    return data.at(key);
  };
  const std::pair<Language, const char*> languages[] = {{Language::kIndonesian, "id"},
                                                        {Language::kEnglish, "en"}};
  for (auto& [type_name, by_language] : section("types").items()) {
    EventType type = ParseEventTypeOrThrow(type_name, "types");
    for (auto [language, code] : languages) {
      for (const auto& p : by_language[code]) x.triggers[language].push_back({ParsePattern(p, &x.vocabulary), type, {}, {}});
    }
  }
  // Triggers by root: "~tembak" matches every word whose root key is
  // tembak's (Morphology); after the surface triggers, so that a surface
  // entry of the same length wins.
  for (auto [language, code] : languages) x.root_keys[language];
  for (auto& [type_name, by_language] : section("roots").at("types").items()) {
    EventType type = ParseEventTypeOrThrow(type_name, "roots.types");
    for (auto [language, code] : languages) {
      const Morphology& morphology = Morphology::ForLanguage(language);
      std::vector<std::string>& keys = x.root_keys[language];
      for (const auto& entry : by_language.at(code)) {
        const nlohmann::json& phrase = entry.is_object() ? entry.at("phrase") : entry;
        std::vector<std::string> words;
        std::vector<bool> by_root;
        for (const std::string& w : Split(phrase.get<std::string>(), ' ')) {
          if (w.empty()) continue;
          bool root = w[0] == '~';
          std::string folded = FoldForMatch(root ? w.substr(1) : w);
          // Indonesian roots are written as their keys, dictionary stems
          // (morphology_test checks each), so that building the lexicon
          // needs no dictionary: an English run never loads it.
          words.push_back(root && language == Language::kEnglish ? morphology.Key(folded) : folded);
          by_root.push_back(root);
          if (root && std::find(keys.begin(), keys.end(), words.back()) == keys.end()) keys.push_back(words.back());
        }
        Trigger trigger{MakePattern(std::move(words), &x.vocabulary), type, std::move(by_root), {}};
        if (entry.is_object()) {
          for (const auto& w : entry.value("except", nlohmann::json::array())) {
            trigger.except.push_back(x.vocabulary.Add(FoldForMatch(w.get<std::string>())));
          }
        }
        x.triggers[language].push_back(std::move(trigger));
      }
    }
  }
  for (auto& [language, all] : x.triggers) {
    std::stable_sort(all.begin(), all.end(),
                     [](const Trigger& a, const Trigger& b) { return a.words.size() > b.words.size(); });
  }
  auto lists = [&](const char* key, std::map<Language, PhraseList>& out) {
    for (auto [language, code] : languages) {
      out[language];  // present, if empty
      for (const auto& p : section(key).at(code)) out[language].Add(ParsePattern(p, &x.vocabulary));
    }
  };
  // Per language, a set of folded single words.
  auto word_sets = [&](const char* key, std::map<Language, WordSet>& out) {
    for (auto [language, code] : languages) {
      out[language];  // present, if empty
      for (const auto& w : section(key).at(code)) out[language].insert(FoldForMatch(w.get<std::string>()));
    }
  };
  lists("negation", x.negation);
  lists("modality", x.modality);
  lists("collective", x.collective);
  lists("group_references", x.group_references);
  lists("failure_words", x.failure_words);
  lists("clause_breaks", x.clause_breaks);
  lists("suppressors", x.suppressors);
  lists("labels", x.labels);
  lists("negation_exceptions", x.negation_exceptions);
  lists("modality_exceptions", x.modality_exceptions);
  lists("same_type", x.same_type);
  lists("subordinators", x.subordinators);
  for (const auto& p : section("relative_pronouns")) x.relative_pronouns.insert(p.get<std::string>());
  for (auto [language, code] : languages) {
    for (const auto& w : section("purpose").at(code)) x.purpose_words[language].insert(w.get<std::string>());
  }
  for (const auto& t : section("purpose").at("types")) x.purpose_types.insert(ParseEventTypeOrThrow(t.get<std::string>(), "purpose.types"));
  lists("reference_before", x.reference_before);
  lists("anticipation_before", x.anticipation_before);
  lists("noun_negations", x.noun_negations);
  word_sets("circumstance_prepositions", x.circumstance_prepositions);
  lists("story_time", x.story_time);
  lists("distinct", x.distinct);
  lists("vague_past", x.vague_past);
  lists("vague_recent", x.vague_recent);
  lists("fixed_phrases", x.fixed_phrases);
  lists("occurrence_verbs", x.occurrence_verbs);
  lists("cancellation", x.cancellation);
  lists("own_act_verbs", x.own_act_verbs);
  lists("outcome_verbs", x.outcome_verbs);
  lists("sequence_words", x.sequence_words);
  lists("coordinators", x.coordinators);
  lists("agency_words", x.agency_words);
  lists("affiliation_before", x.affiliation_before);
  lists("habitual", x.habitual);
  lists("habitual_after", x.habitual_after);
  lists("partitive", x.partitive);
  for (auto [language, code] : languages) {
    x.next_before[language];  // present, if empty
    x.next_after[language];
    for (const auto& w : section("next_occurrence").at("before").at(code)) {
      x.next_before[language].insert(FoldForMatch(w.get<std::string>()));
    }
    for (const auto& w : section("next_occurrence").at("after").at(code)) {
      x.next_after[language].insert(FoldForMatch(w.get<std::string>()));
    }
  }
  for (const auto& rule : section("retype").at("rules")) {
    for (const auto& [key, value] : rule.items()) {
      static const std::set<std::string> kKeys = {"name", "from", "to", "when", "triggers", "absent"};
      if (!kKeys.count(key)) {
        throw std::runtime_error("data/triggers.json: retype.rules[\"" + rule.value("name", std::string()) +
                                 "\"]: unknown key \"" + key + "\"");
      }
    }
    Retype r;
    r.name = rule.value("name", std::string());
    r.from = ParseEventTypeOrThrow(rule.at("from").get<std::string>(), "retype.rules[].from");
    if (!rule.at("to").is_null()) r.to = ParseEventTypeOrThrow(rule.at("to").get<std::string>(), "retype.rules[].to");
    for (auto [language, code] : languages) {
      for (const auto& w : rule.at("when").at(code)) r.when[language].insert(FoldForMatch(w.get<std::string>()));
    }
    r.absent = rule.value("absent", false);
    if (rule.contains("triggers")) {
      for (const auto& w : rule.at("triggers")) {
        std::string phrase;
        for (const std::string& word : FoldedWords(w.get<std::string>())) phrase += (phrase.empty() ? "" : " ") + word;
        r.triggers.insert(phrase);
      }
    }
    x.retypes.push_back(std::move(r));
  }
  word_sets("agent_markers", x.agent_markers);
  word_sets("agency_heads", x.agency_heads);
  word_sets("plan_nouns", x.plan_nouns);
  word_sets("possessor_position", x.possessor_position);
  word_sets("agency_links", x.agency_links);
  word_sets("auxiliaries", x.auxiliaries);
  word_sets("possibility_modals", x.possibility_modals);
  word_sets("commenting_verbs", x.commenting_verbs);
  word_sets("inquiry_verbs", x.inquiry_verbs);
  word_sets("enclitics", x.enclitics);
  word_sets("verb_adverbs", x.verb_adverbs);
  word_sets("immediacy_adverbs", x.immediacy_adverbs);
  word_sets("manner_adverbs", x.manner_adverbs);
  word_sets("fronted_settings", x.fronted_settings);
  word_sets("accusation_verbs", x.accusation_verbs);
  word_sets("reaction_verbs", x.reaction_verbs);
  word_sets("forward_negations", x.forward_negations);
  word_sets("first_person", x.first_person);
  word_sets("light_verbs", x.light_verbs);
  word_sets("simultaneous_clauses", x.simultaneous_clauses);
  word_sets("statement_nouns", x.statement_nouns);
  word_sets("comitatives", x.comitatives);
  word_sets("instrument_prepositions", x.instrument_prepositions);
  word_sets("origin_prepositions", x.origin_prepositions);
  word_sets("aiming_prepositions", x.aiming_prepositions);
  word_sets("target_prepositions", x.target_prepositions);
  word_sets("aim_nouns", x.aim_nouns);
  word_sets("open_waters", x.open_waters);
  word_sets("agency_heads_first", x.agency_heads_first);
  word_sets("possessive_endings", x.possessive_endings);
  word_sets("topic_prepositions", x.topic_prepositions);
  word_sets("complementizers", x.complementizers);
  word_sets("put_off_to", x.put_off_to);
  word_sets("copulas", x.copulas);
  word_sets("naming_prepositions", x.naming_prepositions);
  word_sets("group_name_heads", x.group_name_heads);
  word_sets("attempt_nouns", x.attempt_nouns);
  word_sets("incident_nouns", x.incident_nouns);
  lists("series_before", x.series_before);
  lists("new_object_after", x.new_object_after);
  lists("support_before", x.support_before);
  lists("undergo_before", x.undergo_before);
  word_sets("victim_nouns", x.victim_nouns);
  lists("perpetrator_before", x.perpetrator_before);
  word_sets("comma_participle_endings", x.comma_participle_endings);
  word_sets("plural_endings", x.plural_endings);
  word_sets("gerund_endings", x.gerund_endings);
  word_sets("group_name_tails", x.group_name_tails);
  word_sets("group_name_modifiers", x.group_name_modifiers);
  word_sets("until", x.until);
  word_sets("listing_prepositions", x.listing_prepositions);
  word_sets("encircling_prepositions", x.encircling_prepositions);
  word_sets("opposition_prepositions", x.opposition_prepositions);
  word_sets("subject_pronouns", x.subject_pronouns);
  word_sets("subject_pronouns_plural", x.subject_pronouns_plural);
  word_sets("goal_prepositions", x.goal_prepositions);
  for (auto [language, code] : languages) {
    const nlohmann::json& passive = section("passive");
    for (const auto& w : passive.at("auxiliaries").at(code)) x.passive_auxiliaries[language].insert(FoldForMatch(w.get<std::string>()));
    for (const auto& w : passive.at("participles").at(code)) x.passive_participles[language].insert(FoldForMatch(w.get<std::string>()));
    x.passive_auxiliaries[language];  // present, if empty
    x.passive_participles[language];
    x.passive_prefixes[language];
    for (const auto& w : passive.at("prefixes").at(code)) x.passive_prefixes[language].push_back(FoldForMatch(w.get<std::string>()));
    x.participle_endings[language];
    x.adverb_endings[language];
    for (const auto& w : passive.at("participle_endings").at(code)) x.participle_endings[language].push_back(w.get<std::string>());
    for (const auto& w : passive.at("adverb_endings").at(code)) x.adverb_endings[language].push_back(w.get<std::string>());
  }
  for (auto [language, code] : languages) {
    const nlohmann::json& verbs = section("verbs");
    x.verb_words[language];  // present, if empty
    x.verb_prefixes[language];
    x.verb_endings[language];
    for (const auto& w : verbs.at("words").at(code)) x.verb_words[language].insert(FoldForMatch(w.get<std::string>()));
    for (const auto& w : verbs.at("prefixes").at(code)) x.verb_prefixes[language].push_back(FoldForMatch(w.get<std::string>()));
    for (const auto& w : verbs.at("endings").at(code)) x.verb_endings[language].push_back(FoldForMatch(w.get<std::string>()));
  }
  for (const auto& w : section("determiners")) x.determiners.insert(w.get<std::string>());
  for (const auto& w : section("purpose_object_blockers").at("modifiers")) x.noun_modifiers.insert(w.get<std::string>());
  for (const auto& w : section("purpose_object_blockers").at("heads")) x.to_preposition_heads.insert(w.get<std::string>());
  for (const auto& p : section("relative_pronouns_after_words")) {
    x.relative_pronouns_after_words.insert(p.get<std::string>());
  }
  for (const auto& p : section("place_prepositions")) x.place_prepositions.insert(p.get<std::string>());
  for (const auto& p : section("setting_prepositions")) x.setting_prepositions.insert(p.get<std::string>());
  for (const auto& p : section("setting_heads")) x.setting_heads.insert(p.get<std::string>());
  for (const auto& p : section("destination_prepositions")) x.destination_prepositions.insert(p.get<std::string>());
  for (const auto& p : section("definite_before")) x.definite_before.insert(p.get<std::string>());
  for (const auto& p : section("definite_after")) x.definite_after.insert(p.get<std::string>());
  for (const auto& p : section("armed_services_before")) x.armed_services_before.insert(FoldForMatch(p.get<std::string>()));
  for (const auto& p : section("possessives")) x.possessives.insert(FoldForMatch(p.get<std::string>()));
  for (const auto& p : section("owned_suffixes")) x.owned_suffixes.insert(FoldForMatch(p.get<std::string>()));
  lists("attribution", x.attribution);
  for (const auto& p : section("geographic_before")) x.geographic_before.Add(ParsePattern(p, &x.vocabulary));
  for (const auto& p : section("geographic_after")) x.geographic_after.Add(ParsePattern(p, &x.vocabulary));
  for (auto& [type, words] : section("requires").items()) {
    if (type == "comment") continue;
    for (const auto& w : words) x.requires[ParseEventTypeOrThrow(type, "requires")].insert(w.get<std::string>());
  }
  for (auto& [k, v] : section("currencies").at("prefixes").items()) x.currency_prefixes[FoldForMatch(k)] = v;
  for (auto& [k, v] : section("currencies").at("suffixes").items()) x.currency_suffixes[k] = v;
  for (auto& [k, v] : section("currencies").at("scales").items()) x.scales[k] = v;
  for (const ActorInfo& actor : Registry::Builtin().actors()) {
    auto add = [&](const std::string& name, bool exact, bool metonym, bool place_only = false) {
      std::vector<std::string> words = FoldedWords(name);
      if (!words.empty()) {
        x.names.push_back({MakePattern(words, &x.vocabulary), name, &actor, exact, metonym, place_only});
      }
    };
    add(actor.name, false, false);
    if (!actor.name_id.empty()) add(actor.name_id, false, false);
    for (const std::string& a : actor.aliases) {
      add(a, false, false);
      // A state's demonym names its people too, in the plural ("killed 30
      // Palestinians", "two Ukrainians were wounded"): "Palestinian" ->
      // "Palestinians", "Israeli" -> "Israelis", "Filipino" -> "Filipinos".
      const bool demonym = a.size() > 3 && (a.compare(a.size() - 2, 2, "an") == 0 || a.back() == 'i' || a.back() == 'o');
      if (actor.kind == ActorKind::kState && demonym && a != actor.name) add(a + "s", false, false);
    }
    for (const std::string& a : actor.exact_aliases) add(a, true, false);
    for (const std::string& a : actor.metonyms) add(a, false, true);
    for (const std::string& a : actor.places) add(a, false, true, /*place_only=*/true);
    if (actor.kind != ActorKind::kState) add(actor.id, true, false);  // "FBI" style ids
  }
  // "Badan Kepolisian Nasional Korea Selatan" is also "... Korsel": an
  // agency's name that ends in its country's name takes the country's
  // other names too.
  const Registry& registry = Registry::Builtin();
  std::vector<Name> variants;
  for (const Name& name : x.names) {
    if (name.metonym || name.exact_case || name.actor->kind == ActorKind::kState) continue;
    const ActorInfo* state = registry.Find(registry.CountryOf(name.actor->id));
    if (!state || state == name.actor) continue;
    std::vector<std::vector<std::string>> state_names = {FoldedWords(state->name), FoldedWords(state->name_id)};
    for (const std::string& a : state->aliases) state_names.push_back(FoldedWords(a));
    const std::vector<std::string>& name_words = name.words.words;
    for (const std::vector<std::string>& suffix : state_names) {
      if (suffix.empty() || suffix.size() >= name_words.size() ||
          !std::equal(suffix.begin(), suffix.end(), name_words.end() - suffix.size())) {
        continue;
      }
      std::vector<std::string> stem(name_words.begin(), name_words.end() - suffix.size());
      for (const std::vector<std::string>& other : state_names) {
        if (other.empty() || other == suffix) continue;
        std::vector<std::string> words = stem;
        words.insert(words.end(), other.begin(), other.end());
        variants.push_back({MakePattern(words, &x.vocabulary), name.raw, name.actor, false, false});
      }
      break;
    }
  }
  x.names.insert(x.names.end(), variants.begin(), variants.end());
  std::stable_sort(x.names.begin(), x.names.end(),
                   [](const Name& a, const Name& b) { return a.words.size() > b.words.size(); });
  for (const auto& [key, value] : data.items()) {
    if (!read.count(key)) throw std::runtime_error("data/triggers.json: unknown key \"" + key + "\"");
  }
  return x;
}

void Lexicon::Index() {
  // Names by their first word's text, '*' or not (names match by prefix
  // only after their first word).
  names_by_first.resize(vocabulary.size() + 1);
  for (const Name& name : names) names_by_first[name.words.ids[0]].push_back(&name);
  for (auto& [language, all] : triggers) {
    triggers_by_first[language].resize(vocabulary.size() + 1);
    triggers_by_first_root[language].resize(vocabulary.size() + 1);
    for (const Trigger& trigger : all) {
      if (!trigger.by_root.empty() && trigger.by_root[0]) {
        triggers_by_first_root[language][trigger.words.ids[0]].push_back(&trigger);
      } else if (trigger.words.prefix[0]) {
        prefix_triggers[language].push_back(&trigger);
      } else {
        triggers_by_first[language][trigger.words.ids[0]].push_back(&trigger);
      }
    }
  }
}

}  // namespace lexicon
}  // namespace timeline

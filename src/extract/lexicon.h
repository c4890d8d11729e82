#pragma once
// The extraction lexicon: the trigger words, cue lists and rules of
// data/triggers.json with each language's words (data/lang/<code>/
// triggers.json), loaded and checked once, with the phrase lists indexed by
// their first word so that a token is tried only against the phrases that
// can start with it. Internal to src/extract (the extractor's data).

#include <nlohmann/json.hpp>

#include <algorithm>
#include <cstdint>
#include <map>
#include <set>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "extract/tokens.h"
#include "extract/word_set.h"
#include "model/types.h"
#include "registry/registry.h"

namespace timeline {
namespace lexicon {

// An event type named in the lexicon; a misspelt one is an error naming
// the file and key, never a silent change of behaviour.
EventType ParseEventTypeOrThrow(const std::string& name, const char* key);

// Every word of the lexicon's phrases, numbered from 1 at load. A token's
// folded word is looked up once per sentence (Token::id); phrases then compare
// numbers, not strings, and index their lists by number.
using Vocabulary = WordNumbers;

// A phrase of folded words; a word ending in '*' matches by prefix.
struct Pattern {
  std::vector<std::string> words;
  std::vector<uint32_t> ids;  // the words' numbers in the vocabulary
  std::vector<bool> prefix;   // whether each word matches by prefix

  size_t size() const { return words.size(); }
};

Pattern MakePattern(std::vector<std::string> words, Vocabulary* vocabulary);

Pattern ParsePattern(const std::string& text, Vocabulary* vocabulary);

// Length in tokens of `pattern` matched at tokens[i], or 0.
inline size_t MatchAt(const Pattern& pattern, const std::vector<Token>& tokens, size_t i) {
  if (i + pattern.size() > tokens.size()) return 0;
  for (size_t k = 0; k < pattern.size(); ++k) {
    const Token& token = tokens[i + k];
    if (pattern.prefix[k]) {  // compared in place, no copy
      size_t n = pattern.words[k].size() - 1;
      if (token.folded.size() < n || token.folded.compare(0, n, pattern.words[k], 0, n) != 0) return 0;
    } else if (pattern.ids[k] != token.id) {
      return 0;
    }
  }
  return pattern.size();
}

// Length in tokens of `pattern` matched with its first word at tokens[i]
// and the others from tokens[resume] on (the tokens between skipped), or 0;
// the length counts the skipped tokens. Only phrases of two words or more.
inline size_t MatchAcross(const Pattern& pattern, const std::vector<Token>& tokens, size_t i, size_t resume) {
  if (pattern.size() < 2 || resume <= i || resume + pattern.size() - 1 > tokens.size()) return 0;
  for (size_t k = 0; k < pattern.size(); ++k) {
    const Token& token = tokens[k == 0 ? i : resume + k - 1];
    if (pattern.prefix[k]) {
      size_t n = pattern.words[k].size() - 1;
      if (token.folded.size() < n || token.folded.compare(0, n, pattern.words[k], 0, n) != 0) return 0;
    } else if (pattern.ids[k] != token.id) {
      return 0;
    }
  }
  return resume - i + pattern.size() - 1;
}

// A phrase list indexed by its phrases' first words, so that a token is
// tried only against the phrases that can start with it (most tokens start
// none). Built once at load (lists are immutable lexicon data).
class PhraseList {
 public:
  void Add(Pattern p) {
    if (p.size() == 0) return;
    size_t index = phrases_.size();
    max_size_ = std::max(max_size_, p.size());
    if (p.prefix[0]) {
      prefix_first_.push_back(index);  // "tahun*": tried everywhere
    } else {
      auto at = std::lower_bound(first_ids_.begin(), first_ids_.end(), p.ids[0]);
      size_t slot = static_cast<size_t>(at - first_ids_.begin());
      if (at == first_ids_.end() || *at != p.ids[0]) {
        if (first_bits_.size() <= p.ids[0] / 64) first_bits_.resize(p.ids[0] / 64 + 1, 0);
        first_bits_[p.ids[0] / 64] |= uint64_t{1} << (p.ids[0] % 64);
        first_ids_.insert(at, p.ids[0]);
        starting_.insert(starting_.begin() + static_cast<std::ptrdiff_t>(slot), std::vector<size_t>{});
      }
      starting_[slot].push_back(index);
    }
    phrases_.push_back(std::move(p));
  }
  std::vector<Pattern>::const_iterator begin() const { return phrases_.begin(); }
  std::vector<Pattern>::const_iterator end() const { return phrases_.end(); }

  // Calls visit(length, index in the list) for each phrase matched at tokens[i].
  template <typename Visit>
  void ForEachAt(const std::vector<Token>& tokens, size_t i, Visit visit) const {
    if (i >= tokens.size()) return;
    // A sorted vector: the lists are short, and most tokens start none (a
    // bit per word number says so before any search).
    auto at = MayStart(tokens[i].id) ? std::lower_bound(first_ids_.begin(), first_ids_.end(), tokens[i].id) : first_ids_.end();
    if (at != first_ids_.end() && *at == tokens[i].id) {
      for (size_t p : starting_[static_cast<size_t>(at - first_ids_.begin())]) {
        if (size_t n = MatchAt(phrases_[p], tokens, i)) visit(n, p);
      }
    }
    for (size_t p : prefix_first_) {
      if (size_t n = MatchAt(phrases_[p], tokens, i)) visit(n, p);
    }
  }

  // Length in tokens of the longest phrase at tokens[i], or 0.
  size_t LongestAt(const std::vector<Token>& tokens, size_t i) const {
    size_t longest = 0;
    ForEachAt(tokens, i, [&](size_t n, size_t) { longest = std::max(longest, n); });
    return longest;
  }

  // Length in tokens of the longest phrase of two words or more whose first
  // word is tokens[i] and whose others follow from tokens[resume] on (what
  // lies between skipped: a time mention in "failed on Monday to"), or 0.
  size_t LongestAcross(const std::vector<Token>& tokens, size_t i, size_t resume) const {
    if (i >= tokens.size()) return 0;
    size_t longest = 0;
    auto at = MayStart(tokens[i].id) ? std::lower_bound(first_ids_.begin(), first_ids_.end(), tokens[i].id) : first_ids_.end();
    if (at != first_ids_.end() && *at == tokens[i].id) {
      for (size_t p : starting_[static_cast<size_t>(at - first_ids_.begin())]) {
        longest = std::max(longest, MatchAcross(phrases_[p], tokens, i, resume));
      }
    }
    for (size_t p : prefix_first_) longest = std::max(longest, MatchAcross(phrases_[p], tokens, i, resume));
    return longest;
  }

  // Length in tokens of the first phrase in list order at tokens[i], or 0.
  size_t FirstAt(const std::vector<Token>& tokens, size_t i) const {
    size_t first = SIZE_MAX, length = 0;
    ForEachAt(tokens, i, [&](size_t n, size_t p) {
      if (p < first) {
        first = p;
        length = n;
      }
    });
    return length;
  }

  // Whether a phrase ends right before tokens[end].
  bool EndsBefore(const std::vector<Token>& tokens, size_t end) const { return EndingBefore(tokens, end) > 0; }

  // Length in tokens of the longest phrase that ends right before
  // tokens[end], or 0.
  size_t EndingBefore(const std::vector<Token>& tokens, size_t end) const {
    for (size_t k = end >= max_size_ ? end - max_size_ : 0; k < end; ++k) {
      bool found = false;
      ForEachAt(tokens, k, [&](size_t n, size_t) { found = found || k + n == end; });
      if (found) return end - k;
    }
    return 0;
  }

  // Whether a phrase covers a token of [begin, end) or ends right before it.
  bool Touches(const std::vector<Token>& tokens, size_t begin, size_t end) const {
    bool found = false;
    for (size_t k = begin >= max_size_ ? begin - max_size_ : 0; k < end && !found; ++k) {
      ForEachAt(tokens, k, [&](size_t n, size_t) { found = found || k + n >= begin; });
    }
    return found;
  }

 private:
  bool MayStart(uint32_t id) const { return id / 64 < first_bits_.size() && (first_bits_[id / 64] >> (id % 64) & 1); }

  std::vector<Pattern> phrases_;
  std::vector<uint64_t> first_bits_;             // per word number, whether a phrase starts with it
  std::vector<uint32_t> first_ids_;              // sorted
  std::vector<std::vector<size_t>> starting_;    // per first id: indexes into phrases_
  std::vector<size_t> prefix_first_;
  size_t max_size_ = 0;
};

// The extraction knowledge: triggers and cues (data/triggers.json) and the
// actor names of the registry, per language, loaded once.
struct Lexicon {
  struct Trigger {
    Pattern words;
    EventType type;
    // Triggers declared by root ("roots" in data/triggers.json): per word,
    // whether it matches by the token's root key (Token::root_id) rather
    // than its surface; empty for a surface trigger. `except`: surface words
    // (vocabulary numbers) that a root word never matches ("penyerang").
    std::vector<bool> by_root;
    std::vector<uint32_t> except;
  };
  struct Name {
    Pattern words;
    std::string raw;  // for case-sensitive names
    const ActorInfo* actor;
    bool exact_case;
    bool metonym;
    bool place_only = false;  // a region or city: where, never who
  };
  Vocabulary vocabulary;  // of all the phrases below
  std::map<Language, std::vector<Trigger>> triggers;
  std::map<Language, PhraseList> negation, modality, collective, clause_breaks;
  std::map<Language, PhraseList> group_references;  // "the group", "kelompok itu": the group named last
  std::map<Language, PhraseList> failure_words;  // "failed", "gagal": an attempt that did not succeed
  std::map<Language, WordSet> comma_participle_endings;  // ", accusing": the subject's act
  std::map<Language, WordSet> plural_endings;  // "attacks": after "that", said, not pointed at
  std::map<Language, WordSet> gerund_endings;  // "on restoring U.N. inspections": a verb as a noun
  std::map<Language, PhraseList> series_before;     // "the latest in a string of": a kind of event, not one
  // "the launch of a new missile", "the test-firing of two missiles": what a
  // definite noun is of, new to the story, makes it a new event, not a reference.
  std::map<Language, PhraseList> new_object_after;
  // "in support of Hamas", "untuk mendukung Hamas": whom an act supports takes no part in it.
  std::map<Language, PhraseList> support_before;
  // "lumpuh akibat serangan ransomware": the harm's cause; who is named before is harmed.
  std::map<Language, PhraseList> undergo_before;
  std::map<Language, WordSet> victim_nouns;  // "situs", "server": after a harm's noun, whose thing was struck
  // "a theft the FBI attributed to North Korea": who is named after it did the harm.
  std::map<Language, PhraseList> perpetrator_before;
  std::map<Language, WordSet> incident_nouns;  // "incident", "insiden": the story's event, by no type
  std::map<Language, WordSet> attempt_nouns;  // "attempt", "upaya": what is attempted may fail
  // Words around a trigger that make it no event ("accused of", "stolen
  // funds"), words that look like negation but are not ("tidak seperti"),
  // phrases that repeat the type of the event told before ("langkah
  // serupa", "similar measures"), and words that open a clause about another
  // time ("after", "setelah").
  std::map<Language, PhraseList> suppressors, negation_exceptions, same_type, subordinators;
  std::map<Language, PhraseList> labels;  // "what they call", "dubbed": a trigger soon after is a name used, not an event
  // "ended", "berakhir": how an event noun ended ("the talks ended without
  // agreement"), past which its predicate says nothing of whether it happened.
  std::map<Language, PhraseList> outcome_verbs;
  // "plans", "rencana": right after a verb trigger, its object, no cue.
  std::map<Language, WordSet> plan_nouns;
  // "followed", "after", "menyusul": between a definite reference and a
  // time, they give the time to another event ("The clashes followed a
  // landmine blast on Wednesday").
  std::map<Language, PhraseList> sequence_words;
  // "without", "tanpa": they deny what follows them, never the noun before.
  std::map<Language, WordSet> forward_negations;
  std::map<Language, PhraseList> modality_exceptions;  // "probably a", "diduga": hedges about an object
  // "which", "yang"; "that" only with words between it and the trigger
  // ("said that" opens a complement, "the cap on crude that" a relative).
  WordSet relative_pronouns, relative_pronouns_after_words;
  // "untuk memprotes", "to protest": the purpose of the act told, not an act.
  std::map<Language, WordSet> purpose_words;
  std::set<EventType> purpose_types;
  WordSet determiners;  // "a", "the", "its": "to a report" is no purpose
  // "to new sanctions", "due to heavy shelling": "to" as a preposition.
  WordSet noun_modifiers, to_preposition_heads;
  std::map<Language, PhraseList> reference_before;  // "in response to"
  std::map<Language, PhraseList> anticipation_before;  // "ahead of", "menjelang": still to come
  std::map<Language, PhraseList> noun_negations;  // "no one", "tidak ada": a noun denied
  std::map<Language, WordSet> circumstance_prepositions;  // "killed in the attack"
  std::map<Language, PhraseList> story_time;        // "kali ini", "this time"
  std::map<Language, PhraseList> distinct;          // "terpisah", "separate"
  std::map<Language, PhraseList> vague_past;        // "sebelumnya", "previously"
  std::map<Language, PhraseList> vague_recent;      // "baru-baru ini", "recently"
  std::map<Language, PhraseList> fixed_phrases;     // "at least": read as one, never cut by a trigger
  std::map<Language, PhraseList> occurrence_verbs;  // "take place", "digelar": a noun event's predicate
  std::map<Language, PhraseList> cancellation;      // "was called off", "batal": a predicate that undoes it
  std::map<Language, WordSet> put_off_to;  // "until", "hingga": a cancellation's new time follows
  std::map<Language, WordSet> copulas;     // "was", "merupakan": a definite reference described
  std::map<Language, WordSet> naming_prepositions;  // "as", "sebagai": what a speech act's object is called
  // A group the registry does not know, named after a head noun and its
  // modifiers ("kelompok peretas Medusa") or before a tail noun ("the Medusa group").
  std::map<Language, WordSet> group_name_heads, group_name_tails, group_name_modifiers;
  std::map<Language, WordSet> opposition_prepositions;  // "against the drills": the drills told before
  std::map<Language, WordSet> encircling_prepositions;  // "drills around Taiwan": its target
  std::map<Language, WordSet> listing_prepositions;  // "to", "ke" before a sanctions list: who is put on it
  std::map<Language, WordSet> until;       // "until", "hingga": a date an event runs until
  std::map<Language, WordSet> auxiliaries;  // "be", "akan": before a predicate's verb
  std::map<Language, WordSet> possibility_modals;  // "could", "dapat": of the verb after them
  std::map<Language, WordSet> verb_adverbs;  // "menutup sementara": after a verb, no clause break
  std::map<Language, WordSet> immediacy_adverbs;  // "langsung mengecam", "immediately condemned": at once
  std::map<Language, WordSet> manner_adverbs;     // "said that it strongly condemned": no word of its own
  std::map<Language, WordSet> fronted_settings;   // "During talks with X, Y asked": Y takes part in the talks
  std::map<Language, WordSet> accusation_verbs;   // "accused China on Wednesday of ramming": the time is the accusing's
  std::map<Language, WordSet> enclitics;  // "sanksinya": "sanksi" for the words of retype rules
  std::map<Language, WordSet> commenting_verbs;    // "comment", "mengomentari": an event spoken of
  std::map<Language, WordSet> inquiry_verbs;       // "identify", "diketahui": finding out of an event
  std::map<Language, WordSet> reaction_verbs;        // "drew", "menuai": condemnation drawn from others
  std::map<Language, WordSet> light_verbs;           // "launched": its event-noun object is the event
  std::map<Language, WordSet> simultaneous_clauses;  // "while", "sementara": at the time of the clause before
  std::map<Language, WordSet> statement_nouns;       // "statement", "pernyataan": its relative clause is its act
  std::map<Language, WordSet> comitatives;         // "with", "bersama": a partner in a drill
  std::map<Language, WordSet> instrument_prepositions;  // "hit Russia with sanctions": what the verb acts with
  std::map<Language, WordSet> origin_prepositions;  // "from", "dari": where a missile leaves from
  std::map<Language, WordSet> target_prepositions;  // "at Ukraine": a state aimed at, never a place
  std::map<Language, WordSet> aiming_prepositions;  // "at", "against": count for a retype only aimed at someone
  std::map<Language, WordSet> aim_nouns;             // "ship", "village": what can be aimed at
  std::map<Language, WordSet> open_waters;           // "sea", "perairan": fire aimed there hits no one
  std::map<Language, PhraseList> coordinators;      // "and", "dan": a second verb, out of a negation's reach
  std::map<Language, PhraseList> habitual;          // "telah lama", "has long"
  std::map<Language, PhraseList> habitual_after;    // "hampir setiap hari", "almost daily"
  std::map<Language, PhraseList> partitive;         // "lebih dari setengahnya", "most of it"
  // "the next round of talks", "pertemuan berikutnya": the next of a series.
  std::map<Language, WordSet> next_before, next_after;
  struct Retype {
    std::string name;  // said by --explain when the rule drops a trigger
    EventType from;
    std::optional<EventType> to;  // none: no event
    std::map<Language, WordSet> when;  // a word of the clause
    WordSet triggers;                  // if any, only these trigger phrases (folded)
    // The rule fires when none of `when` stands in the clause ("sent" with
    // no arms or money named is no aid), instead of when one does.
    bool absent = false;
  };
  std::vector<Retype> retypes;
  // "he", "ia" / "they", "mereka": a subject standing for the actor(s) named
  // before it (in its sentence, else in the sentence before).
  std::map<Language, WordSet> subject_pronouns, subject_pronouns_plural;
  std::map<Language, WordSet> agent_markers;  // "oleh", "by": the agent of a passive
  std::map<Language, WordSet> goal_prepositions;  // "ke", "terhadap", "on", "against"
  std::map<Language, WordSet> topic_prepositions;  // "on", "tentang": what a meeting is about
  std::map<Language, WordSet> first_person;  // "we", "kami": in a quotation, the speaker
  std::map<Language, WordSet> complementizers;     // "that", "bahwa": open what a verb says or denies
  // The passive voice without an agent marker ("was rammed", "ditabrak").
  std::map<Language, WordSet> passive_auxiliaries, passive_participles;
  std::map<Language, std::vector<std::string>> passive_prefixes;
  // How a trigger is known to be a verb: listed words, prefixes, endings.
  std::map<Language, WordSet> verb_words;
  std::map<Language, std::vector<std::string>> verb_prefixes, verb_endings;
  std::map<Language, WordSet> possessor_position;  // {"after"}: "latihan militer China"; {"before"}: "Israeli strikes"
  std::map<Language, PhraseList> agency_words;  // "foreign ministry", "militer": a state's organ
  // An agency's name by its head: last ("... Authority") after a state's
  // possessive or before a link ("... Agency of Singapore"); first ("Badan
  // ... Filipina") before its state.
  std::map<Language, WordSet> agency_heads, agency_links, agency_heads_first, possessive_endings;
  // "attacked", "beaten": a participle by its ending; "reportedly": an adverb.
  std::map<Language, std::vector<std::string>> participle_endings, adverb_endings;

  WordSet place_prepositions, definite_before, definite_after;
  WordSet armed_services_before;  // "angkatan": "Angkatan Laut X" is X's navy, no sea
  WordSet destination_prepositions;  // "ke Tokyo", "to Seoul": where a visit goes, its host
  WordSet setting_prepositions;  // "di KTT", "at the summit": where an act happened, out of its negation
  WordSet setting_heads;  // "at the end of the meeting", "di akhir pertemuan": a setting's head noun
  std::map<Language, PhraseList> affiliation_before;  // "linked to", "backed by": the name after acts
  WordSet possessives;  // "its", "their", "pihaknya": the speaker's own
  // "held", "imposed", "menggelar": before "its"/"their" and an event noun,
  // the subject's own new act ("imposed its own sanctions"), not one told.
  std::map<Language, PhraseList> own_act_verbs;
  WordSet owned_suffixes;    // "Greek-owned", "Liberian-flagged": the country named
  std::map<Language, PhraseList> attribution;
  PhraseList geographic_before, geographic_after;
  std::map<EventType, WordSet> requires;
  std::map<std::string, std::string> currency_prefixes, currency_suffixes;
  std::map<std::string, double> scales;
  std::vector<Name> names;  // longest first
  // Indexes by first word's number (a trailing-* trigger word falls back to
  // a scan), so each token looks at a handful of candidates, not every name.
  std::vector<std::vector<const Name*>> names_by_first;
  std::map<Language, std::vector<std::vector<const Trigger*>>> triggers_by_first;
  std::map<Language, std::vector<const Trigger*>> prefix_triggers;
  std::map<Language, std::vector<std::vector<const Trigger*>>> triggers_by_first_root;  // by root number
  std::map<Language, std::vector<std::string>> root_keys;  // of the triggers declared by root
  std::set<EventType> participant_types = {EventType::kMeeting, EventType::kAgreement};
  // Types a statement performs: what "the statement urged" or "condemned" is.
  std::set<EventType> speech_types = {EventType::kAppeal, EventType::kProtest, EventType::kWarning};

  static const Lexicon& Get();

  // Length in tokens of `trigger` at tokens[i], or 0: MatchAt, with the
  // words declared by root compared by the tokens' root keys.
  static size_t Match(const Trigger& trigger, const std::vector<Token>& tokens, size_t i) {
    if (trigger.by_root.empty()) return MatchAt(trigger.words, tokens, i);
    const Pattern& p = trigger.words;
    if (i + p.size() > tokens.size()) return 0;
    for (size_t k = 0; k < p.size(); ++k) {
      const Token& token = tokens[i + k];
      if (trigger.by_root[k]) {
        if (token.root_id != p.ids[k] ||
            std::find(trigger.except.begin(), trigger.except.end(), token.id) != trigger.except.end()) {
          return 0;
        }
      } else if (p.prefix[k]) {
        size_t n = p.words[k].size() - 1;
        if (token.folded.size() < n || token.folded.compare(0, n, p.words[k], 0, n) != 0) return 0;
      } else if (p.ids[k] != token.id) {
        return 0;
      }
    }
    return p.size();
  }

  // Build from the rules (data/triggers.json) and each language's words
  // (data/lang/<code>/triggers.json), with the JSON library's errors named
  // after the files.
  static Lexicon Checked(std::string_view rules, const std::vector<std::pair<std::string, std::string_view>>& words);

  // Where one language gives words, every language must (an empty list is
  // an answer): a key left out of one file is an error naming that file.
  static void RequireEveryLanguage(const nlohmann::json& node, const std::vector<std::string>& codes,
                                   const std::string& path);

  // Puts each list of a language's file under its code at the same place of
  // the rules: "negation": [...] of lang/id becomes "negation": {"id": [...]},
  // so that Build reads one document. Every key must name a section the rules
  // declare (rules in a list are named by their "name").
  static void PlugIn(const nlohmann::json& words, const std::string& code, const std::string& file,
                     const std::string& path, nlohmann::json* rules);

  static Lexicon Build(const nlohmann::json& data);

  // Builds the first-word indexes; call once the vectors stop moving.
  void Index();
};

}  // namespace lexicon
}  // namespace timeline

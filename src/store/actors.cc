// The stored actors: finding them by alias or code, with their members, and
// the summaries `timeline actors` prints.

#include <SQLiteCpp/SQLiteCpp.h>

#include <set>

#include "store/database.h"
#include "store/row_reader.h"
#include "store/store.h"

namespace timeline {
namespace {

constexpr const char* kFindActorsByAlias =
    "SELECT a.id FROM actor_aliases n JOIN actors a ON a.id = n.actor WHERE n.alias = :alias "
    "ORDER BY a.source = 'registry' DESC, a.id";
constexpr const char* kActorWithMembers =
    "WITH RECURSIVE members (id, code) AS ("
    "  SELECT id, code FROM actors WHERE id = :actor"
    "  UNION SELECT a.id, a.code FROM actors a JOIN members m"
    "    ON a.country = m.code OR a.parent = m.code) "
    // Members that take part in no event would only add empty arms to a
    // query (BuildQuery): leave them out.
    "SELECT id FROM members WHERE id = :actor "
    "OR EXISTS (SELECT 1 FROM event_actors ea WHERE ea.actor = members.id) ORDER BY id";
constexpr const char* kAllNames =
    "SELECT n.alias, a.name FROM actor_aliases n JOIN actors a ON a.id = n.actor";

constexpr const char* kActorSummaries =
    "SELECT a.id, a.code, a.name, a.kind, a.country, a.parent, a.source, "
    "(SELECT count(DISTINCT event) FROM event_actors ea WHERE ea.actor = a.id) AS events "
    "FROM actors a ORDER BY a.code";
constexpr const char* kActorAliases = "SELECT alias FROM actor_aliases WHERE actor = :actor ORDER BY alias";

}  // namespace

std::vector<int64_t> Store::FindActors(const std::string& folded) const {
  SQLite::Statement statement(database_->sql(), kFindActorsByAlias);
  statement.bind(":alias", folded);
  std::vector<int64_t> keys;
  while (statement.executeStep()) keys.push_back(statement.getColumn(0).getInt64());
  return keys;
}

std::vector<int64_t> Store::ActorWithMembers(int64_t actor) const {
  SQLite::Statement statement(database_->sql(), kActorWithMembers);
  statement.bind(":actor", actor);
  std::vector<int64_t> keys;
  while (statement.executeStep()) keys.push_back(statement.getColumn(0).getInt64());
  return keys;
}

std::vector<std::pair<std::string, std::string>> Store::AllNames() const {
  SQLite::Statement statement(database_->sql(), kAllNames);
  std::vector<std::pair<std::string, std::string>> names;
  while (statement.executeStep()) {
    names.emplace_back(statement.getColumn(0).getString(), statement.getColumn(1).getString());
  }
  return names;
}

std::optional<ActorSummary> Store::FindActorByCode(const std::string& code) const {
  SQLite::Statement statement(database_->sql(), kSelectActorByCode);
  statement.bind(":code", code);
  if (!statement.executeStep()) return std::nullopt;
  return ReadActor(statement);
}

std::vector<ActorSummary> Store::Actors(const std::vector<int64_t>& keys) const {
  std::set<int64_t> wanted(keys.begin(), keys.end());
  SQLite::Statement statement(database_->sql(), kActorSummaries);
  SQLite::Statement aliases(database_->sql(), kActorAliases);
  std::vector<ActorSummary> out;
  while (statement.executeStep()) {
    ActorSummary actor = ReadActor(statement);
    if (!wanted.empty() && !wanted.count(actor.key)) continue;
    actor.events = statement.getColumn("events").getInt64();
    aliases.bind(":actor", actor.key);
    while (aliases.executeStep()) actor.aliases.push_back(aliases.getColumn(0).getString());
    aliases.reset();
    out.push_back(std::move(actor));
  }
  return out;
}

}  // namespace timeline

#include "store/text_plan.h"

#include <algorithm>
#include <cctype>
#include <cmath>
#include <limits>

#include "util/text.h"

namespace timeline {
namespace {

bool IsTokenByte(unsigned char c) { return c >= 0x80 || std::isalnum(c); }

void AddTokens(const std::string& text, bool prefix, std::vector<IndexTerm>* out) {
  std::string folded = FoldForMatch(text);
  std::vector<IndexTerm> tokens;
  std::string token;
  for (char c : folded) {
    if (IsTokenByte(static_cast<unsigned char>(c))) {
      token += c;
    } else if (!token.empty()) {
      tokens.push_back({token, false});
      token.clear();
    }
  }
  if (!token.empty()) tokens.push_back({token, false});
  // Only a phrase's last token is a prefix ("\"uji coba\"*": "uji" whole).
  if (prefix && !tokens.empty()) tokens.back().prefix = true;
  out->insert(out->end(), tokens.begin(), tokens.end());
}

}  // namespace

std::vector<IndexTerm> IndexTermsOf(const std::string& fts_match) {
  std::vector<IndexTerm> terms;
  for (size_t i = 0; i < fts_match.size(); ++i) {
    if (fts_match[i] != '"') continue;
    std::string text;
    size_t k = i + 1;
    for (; k < fts_match.size(); ++k) {
      if (fts_match[k] != '"') {
        text += fts_match[k];
      } else if (k + 1 < fts_match.size() && fts_match[k + 1] == '"') {
        text += '"';  // a doubled quote inside the string
        ++k;
      } else {
        break;
      }
    }
    bool prefix = k + 1 < fts_match.size() && fts_match[k + 1] == '*';
    AddTokens(text, prefix, &terms);
    i = k;
  }
  return terms;
}

// Costs in units of one entry of the index's list of a word's events,
// measured at 100k and 1M events (docs/performance.md, "Words and dates"):
// each arm of the list plan builds the whole list; the driven plan builds it
// once and reads each hit's row (kHitCost); a probe seeks in the word's
// list once per candidate the arms read (kProbeCost).
namespace {
constexpr double kHitCost = 6, kProbeCost = 60;
// An unlimited driven answer is sorted whole: only a short one.
constexpr int64_t kMostSorted = 50'000;
}  // namespace

TextPlan ChooseTextPlan(int64_t matching, int64_t events, std::optional<int64_t> limit, size_t arms,
                        bool actor_driven) {
  constexpr double kNever = std::numeric_limits<double>::infinity();
  if (matching <= 0 || events <= 0) return actor_driven ? TextPlan::kList : TextPlan::kDriven;
  double share = std::min(1.0, static_cast<double>(matching) / static_cast<double>(events));
  double list = static_cast<double>(matching) * static_cast<double>(std::max<size_t>(arms, 1));
  double driven = actor_driven || (!limit && matching > kMostSorted) ? kNever : static_cast<double>(matching) * kHitCost;
  double probe = limit ? static_cast<double>(*limit) / share * kProbeCost : kNever;
  if (probe < list && probe < driven) return TextPlan::kProbe;
  return driven < list ? TextPlan::kDriven : TextPlan::kList;
}

int64_t EstimateMatches(int64_t sampled, int64_t last_rowid, int64_t events) {
  if (sampled < kSampledMatches || last_rowid <= 0 || last_rowid >= events) return sampled;
  double estimate = static_cast<double>(sampled) * static_cast<double>(events) / static_cast<double>(last_rowid);
  return std::max(sampled, static_cast<int64_t>(estimate));
}

// The thresholds of ChooseTextPlan's comparisons, solved for the count m
// (share = m / events): probe < driven when m^2 > kProbeCost / kHitCost *
// limit * events; probe < list when m^2 > kProbeCost * limit * events / arms;
// with more matches than events (share 1) when m > kProbeCost / kHitCost *
// limit and m > kProbeCost * limit / arms. driven < list does not turn on m
// but for an unlimited answer's kMostSorted. The largest threshold, and a
// margin for rounding.
int64_t DecidingMatches(int64_t events, std::optional<int64_t> limit, size_t arms, bool actor_driven) {
  double e = static_cast<double>(std::max<int64_t>(events, 0));
  double per_arm = kProbeCost / static_cast<double>(std::max<size_t>(arms, 1));
  double threshold = 0;
  if (limit) {
    double l = static_cast<double>(std::max<int64_t>(*limit, 0));
    if (!actor_driven) threshold = std::max(std::sqrt(kProbeCost / kHitCost * l * e), kProbeCost / kHitCost * l);
    threshold = std::max({threshold, std::sqrt(per_arm * l * e), per_arm * l});
  } else if (!actor_driven) {
    threshold = static_cast<double>(kMostSorted);
  }
  return static_cast<int64_t>(threshold) + 2;
}

}  // namespace timeline

#include "store/text_plan.h"

#include <algorithm>
#include <cctype>

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

// Costs in units of one list entry, measured at 100k and 1M events
// (docs/performance.md, "Words and dates"): building the list costs about
// one unit per matching event per arm; a probe, a seek in the term's
// doclist, about kProbeCost units per candidate the arms read.
TextPlan ChooseTextPlan(int64_t matching, int64_t events, std::optional<int64_t> limit, size_t arms) {
  constexpr double kProbeCost = 12;
  // Without a limit every candidate of the dates is read: the list, built
  // once per arm, is the cheaper bound we can know.
  if (!limit || matching <= 0 || events <= 0) return TextPlan::kList;
  double share = std::min(1.0, static_cast<double>(matching) / static_cast<double>(events));
  double probes = static_cast<double>(*limit) / share;
  double list = static_cast<double>(matching) * static_cast<double>(std::max<size_t>(arms, 1));
  return probes * kProbeCost < list ? TextPlan::kProbe : TextPlan::kList;
}

}  // namespace timeline

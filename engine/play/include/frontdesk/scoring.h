// Turning a session's history into results: each skill as raw points and as a percentage of the best this
// scenario allows, the overall mean, pass or fail, and a review of every decision. Pure functions of the
// history, so a replay or a report recomputes exactly what the trainee saw.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "frontdesk/analysis.h"
#include "frontdesk/scenario.h"
#include "frontdesk/session.h"

namespace frontdesk {

struct SkillResult {
    std::string skill;
    int raw = 0;
    int best = 0;
    // raw / best as 0..100; empty when no path of the scenario scores this skill above 0.
    std::optional<double> percent;
};

struct SessionResult {
    EndingKind ending = EndingKind::none;  // none: the session did not finish
    std::vector<SkillResult> skills;
    double overall = 0;  // mean of the skills' percentages
    bool passed = false;
};

// Passing needs an overall percentage of at least the scenario's `pass` and an ending that is not a failure.
SessionResult score_session(const Scenario& scenario, const Analysis& analysis, const std::vector<Decision>& history,
                            EndingKind ending);

struct DecisionReview {
    const Decision* decision = nullptr;
    std::string_view said;   // the trainee's words, or empty for a timeout (valid while the scenario lives)
    std::string_view feedback;
    int points = 0;          // sum over skills of what the decision earned
    std::optional<int> better_choice;  // the best-scoring choice that was offered, when it beats the one taken
    int better_points = 0;
};

std::vector<DecisionReview> review_session(const Scenario& scenario, const std::vector<Decision>& history);

}  // namespace frontdesk

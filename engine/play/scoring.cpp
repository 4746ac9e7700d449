#include "frontdesk/scoring.h"

#include <algorithm>
#include <numeric>

namespace frontdesk {

SessionResult score_session(const Scenario& scenario, const Analysis& analysis, const std::vector<Decision>& history,
                            EndingKind ending) {
    SessionResult result;
    result.ending = ending;
    std::vector<int> raw(scenario.skills.size(), 0);
    for (const Decision& decision : history)
        for (std::size_t s = 0; s < raw.size() && s < decision.score.size(); ++s) raw[s] += decision.score[s];
    double sum = 0;
    int measured = 0;
    for (std::size_t s = 0; s < raw.size(); ++s) {
        SkillResult skill{scenario.skills[s], raw[s], s < analysis.skills.size() ? analysis.skills[s].best : 0, {}};
        if (skill.best > 0) {
            skill.percent = std::clamp(100.0 * raw[s] / skill.best, 0.0, 100.0);
            sum += *skill.percent;
            ++measured;
        }
        result.skills.push_back(skill);
    }
    result.overall = measured > 0 ? sum / measured : 0.0;
    result.passed = ending != EndingKind::none && ending != EndingKind::failure && result.overall + 1e-9 >= scenario.pass;
    return result;
}

namespace {

int total(const std::vector<int>& score) { return std::accumulate(score.begin(), score.end(), 0); }

}  // namespace

std::vector<DecisionReview> review_session(const Scenario& scenario, const std::vector<Decision>& history) {
    std::vector<DecisionReview> reviews;
    for (const Decision& decision : history) {
        const Node& node = scenario.nodes[static_cast<std::size_t>(decision.node)];
        DecisionReview review;
        review.decision = &decision;
        const Effect& taken = decision.timed_out() ? static_cast<const Effect&>(*node.on_timeout)
                                                   : node.choices[static_cast<std::size_t>(decision.choice)];
        if (!decision.timed_out()) review.said = node.choices[static_cast<std::size_t>(decision.choice)].say;
        review.feedback = taken.feedback;
        review.points = total(decision.score);
        for (int offered : decision.offered) {
            if (offered == decision.choice) continue;
            int points = total(node.choices[static_cast<std::size_t>(offered)].score);
            if (points > review.points && (!review.better_choice || points > review.better_points)) {
                review.better_choice = offered;
                review.better_points = points;
            }
        }
        reviews.push_back(std::move(review));
    }
    return reviews;
}

}  // namespace frontdesk

#include "frontdesk/playtest.h"

#include <algorithm>
#include <limits>
#include <random>

#include "frontdesk/scoring.h"
#include "frontdesk/session.h"
#include "frontdesk/strategies.h"

namespace frontdesk {

PlaytestReport playtest(const std::shared_ptr<const Scenario>& scenario, const Analysis& analysis,
                        const PlaytestOptions& options) {
    PlaytestReport report;
    report.runs = std::max(0, options.runs);
    report.step_limit = options.step_limit > 0 ? options.step_limit : default_step_limit(*scenario);
    // A fixed engine and plain modulo keep runs identical for a seed on every platform.
    std::mt19937_64 random(options.seed);
    auto pick = [&random](std::size_t n) { return static_cast<std::size_t>(random() % n); };
    auto chance = [&random](double p) { return static_cast<double>(random() >> 11) * 0x1.0p-53 < p; };

    std::vector<bool> visited(scenario->nodes.size(), false);
    std::vector<std::vector<bool>> taken(scenario->nodes.size());
    for (std::size_t u = 0; u < scenario->nodes.size(); ++u) taken[u].assign(scenario->nodes[u].choices.size(), false);
    std::size_t skill_count = scenario->skills.size();
    std::vector<long long> sums(skill_count, 0);
    std::vector<int> mins(skill_count, std::numeric_limits<int>::max()), maxs(skill_count, std::numeric_limits<int>::min());
    double overall_sum = 0;
    long long steps_sum = 0;

    for (int run = 0; run < report.runs; ++run) {
        Session session(scenario);
        visited[static_cast<std::size_t>(session.current())] = true;
        int steps = 0;
        bool mood_zero = false;
        while (!session.finished() && steps < report.step_limit) {
            std::vector<int> offered = session.offered_choices();
            if (session.can_time_out() && (offered.empty() || chance(options.timeout_probability))) {
                mood_zero = session.time_out(0).mood_zero || mood_zero;
            } else {
                int choice = offered[pick(offered.size())];
                taken[static_cast<std::size_t>(session.current())][static_cast<std::size_t>(choice)] = true;
                mood_zero = session.choose(choice, 0).mood_zero || mood_zero;
            }
            visited[static_cast<std::size_t>(session.current())] = true;
            ++steps;
        }
        steps_sum += steps;
        if (mood_zero) ++report.mood_zero_runs;
        if (session.stuck()) {
            if (report.stuck_runs++ == 0) report.first_stuck_node = session.node().id;
            continue;
        }
        if (!session.at_ending()) {
            ++report.looping_runs;
            continue;
        }
        ++report.finished;
        ++report.endings_by_kind[session.ending()];
        ++report.endings_by_node[session.node().id];
        SessionResult result = score_session(*scenario, analysis, session.history(), session.ending());
        overall_sum += result.overall;
        if (result.passed) ++report.passed;
        for (std::size_t s = 0; s < skill_count; ++s) {
            int raw = session.totals()[s];
            sums[s] += raw;
            mins[s] = std::min(mins[s], raw);
            maxs[s] = std::max(maxs[s], raw);
        }
    }
    for (std::size_t s = 0; s < skill_count; ++s) {
        SkillSpread spread{scenario->skills[s], 0, 0, 0};
        if (report.finished > 0) {
            spread.min = mins[s];
            spread.max = maxs[s];
            spread.mean = static_cast<double>(sums[s]) / report.finished;
        }
        report.skills.push_back(spread);
    }
    if (report.finished > 0) report.mean_overall = overall_sum / report.finished;
    if (report.runs > 0) report.mean_steps = static_cast<double>(steps_sum) / report.runs;
    for (std::size_t u = 0; u < scenario->nodes.size(); ++u) {
        if (!visited[u]) report.unvisited_nodes.push_back(scenario->nodes[u].id);
        for (std::size_t c = 0; c < taken[u].size(); ++c)
            if (!taken[u][c] && visited[u]) report.untaken_choices.emplace_back(scenario->nodes[u].id, static_cast<int>(c));
    }
    return report;
}

}  // namespace frontdesk

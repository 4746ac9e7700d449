// Tells and balance: the rules' runs, chance's pass rate and the answers' lengths, from the engine's playtest
// and tell checks.
#include "frontdesk/studio_tells.h"

#include <algorithm>

#include "frontdesk/playtest.h"

namespace frontdesk {

const RuleOutcome* StudioTells::rule(Strategy strategy) const {
    auto found = std::find_if(rules.begin(), rules.end(), [strategy](const RuleOutcome& row) { return row.strategy == strategy; });
    return found == rules.end() ? nullptr : &*found;
}

StudioTells measure_studio_tells(const std::shared_ptr<const Scenario>& scenario, const Analysis& analysis,
                                 const StudioTellsOptions& options) {
    StudioTells tells;
    for (StrategyRun& run : run_deterministic_strategies(scenario, analysis)) {
        RuleOutcome row;
        row.strategy = run.strategy;
        row.finished = run.finished();
        row.passed = run.result.passed;
        row.ending = run.result.ending;
        row.overall = run.result.overall;
        row.run = std::move(run);
        tells.rules.push_back(std::move(row));
    }

    PlaytestOptions random_options;
    random_options.runs = std::max(0, options.random_runs);
    random_options.seed = options.seed;
    random_options.timeout_probability = options.timeout_probability;
    PlaytestReport report = playtest(scenario, analysis, random_options);
    tells.random.runs = report.runs;
    tells.random.finished = report.finished;
    tells.random.passed = report.passed;
    tells.random.pass_rate = report.runs > 0 ? static_cast<double>(report.passed) / report.runs : 0;
    tells.random.mean_overall = report.mean_overall;
    tells.random.endings = report.endings_by_kind;
    tells.random.stuck_runs = report.stuck_runs;
    tells.random.looping_runs = report.looping_runs;

    tells.length_tells = measure_length_tells(*scenario, analysis);
    if (tells.length_tells.decision_points > 0)
        tells.best_is_longest_share = static_cast<double>(tells.length_tells.best_is_longest) / tells.length_tells.decision_points;
    for (std::size_t u = 0; u < scenario->nodes.size(); ++u) {
        const Node& node = scenario->nodes[u];
        if (node.is_ending() || node.choices.empty()) continue;
        NodeLengths row;
        row.node = static_cast<NodeIndex>(u);
        row.reachable = u >= analysis.reachable.size() || analysis.reachable[u];
        row.lengths = measure_answer_lengths(node);
        tells.nodes.push_back(std::move(row));
    }
    return tells;
}

}  // namespace frontdesk

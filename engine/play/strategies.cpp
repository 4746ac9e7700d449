// The deterministic rules and a run of the scenario under one of them.
#include "frontdesk/strategies.h"

#include <numeric>
#include <stdexcept>

#include "frontdesk/diagnostic.h"
#include "frontdesk/placeholders.h"
#include "frontdesk/utf8.h"

namespace frontdesk {

namespace {

struct StrategyName {
    Strategy strategy;
    const char* name;
};

constexpr StrategyName strategy_names[] = {
    {Strategy::random, "random"}, {Strategy::longest, "longest"}, {Strategy::shortest, "shortest"}, {Strategy::first, "first"},
    {Strategy::last, "last"},     {Strategy::best, "best"},       {Strategy::worst, "worst"},
};

// How much a rule prefers a choice: the highest value wins, the first in authored order on a tie.
long long preference(const Choice& choice, Strategy strategy) {
    switch (strategy) {
        case Strategy::longest: return static_cast<long long>(answer_length(choice));
        case Strategy::shortest: return -static_cast<long long>(answer_length(choice));
        case Strategy::best: return total_points(choice);
        case Strategy::worst: return -static_cast<long long>(total_points(choice));
        case Strategy::first:
        case Strategy::last:
        case Strategy::random: break;
    }
    return 0;
}

}  // namespace

const char* strategy_name(Strategy strategy) {
    for (const StrategyName& entry : strategy_names)
        if (entry.strategy == strategy) return entry.name;
    return "random";
}

std::optional<Strategy> strategy_from_name(std::string_view name) {
    for (const StrategyName& entry : strategy_names)
        if (name == entry.name) return entry.strategy;
    return std::nullopt;
}

// As the trainee reads it: `{f:...|m:...|n:...}` counts as one of its forms, not all three.
std::size_t answer_length(const Choice& choice) {
    return has_placeholders(choice.say) ? utf8_length(spoken_text(choice.say)) : utf8_length(choice.say);
}

int total_points(const Effect& effect) { return std::accumulate(effect.score.begin(), effect.score.end(), 0); }

int pick_choice(const Node& node, const std::vector<int>& offered, Strategy strategy) {
    if (strategy == Strategy::random) throw std::logic_error("pick_choice needs a deterministic strategy");
    if (offered.empty()) throw std::logic_error("pick_choice needs at least one offered choice");
    if (strategy == Strategy::first) return offered.front();
    if (strategy == Strategy::last) return offered.back();
    int picked = offered.front();
    long long picked_value = preference(node.choices[static_cast<std::size_t>(picked)], strategy);
    for (int choice : offered) {
        long long value = preference(node.choices[static_cast<std::size_t>(choice)], strategy);
        if (value > picked_value) {
            picked = choice;
            picked_value = value;
        }
    }
    return picked;
}

std::string describe_path(const Scenario& scenario, const std::vector<Decision>& path) {
    constexpr std::size_t shown_at_each_end = 6;
    std::string out;
    for (std::size_t i = 0; i < path.size(); ++i) {
        if (path.size() > 2 * shown_at_each_end + 1 && i == shown_at_each_end) {
            out += " -> ... (" + grouped(path.size() - 2 * shown_at_each_end) + " more answers)";
            i = path.size() - shown_at_each_end - 1;
            continue;
        }
        const Decision& decision = path[i];
        out += (i ? " -> " : "") + message_text(scenario.nodes[static_cast<std::size_t>(decision.node)].id, 40) + ' ' +
               (decision.timed_out() ? std::string("(no answer in time)") : std::to_string(decision.choice + 1));
    }
    return out.empty() ? "no answer" : out;
}


int default_step_limit(const Scenario& scenario) { return static_cast<int>(scenario.nodes.size()) * 10 + 50; }

namespace {

// Plays from the start with `pick` choosing among the offered answers (-1: stop here), never letting the
// time run out unless a timeout is the only way on.
template <typename Pick>
void play_by_rule(const std::shared_ptr<const Scenario>& scenario, const Analysis& analysis, int step_limit, RuleRun& run,
                  Pick pick) {
    int limit = step_limit > 0 ? step_limit : default_step_limit(*scenario);
    // A step costs about as much as the node has choices; a hostile file could send a run round a node of a
    // hundred thousand choices for every one of its steps, so the run also stops after ten passes over the
    // whole scenario's worth of choices.
    std::size_t work_limit = 1000;
    for (const Node& node : scenario->nodes) work_limit += 10 * (node.choices.size() + 1);
    std::size_t work = 0;

    Session session(scenario);
    int steps = 0;
    bool stopped = false;
    while (!session.finished()) {
        if (steps >= limit || work >= work_limit) {
            run.looping = true;
            break;
        }
        work += session.node().choices.size() + 1;
        std::vector<int> offered = session.offered_choices();
        if (offered.empty()) {
            session.time_out(0);  // finished() says a timeout can fire
        } else {
            int choice = pick(session.node(), offered);
            if (choice < 0) {
                stopped = true;
                break;
            }
            session.choose(choice, 0);
        }
        ++steps;
    }
    run.stuck = session.stuck();
    run.stopped_at = session.current();
    run.path = session.history();
    bool ended = session.at_ending() && !run.looping && !stopped;
    run.result = score_session(*scenario, analysis, run.path, ended ? session.ending() : EndingKind::none);
}

}  // namespace

StrategyRun run_strategy(const std::shared_ptr<const Scenario>& scenario, const Analysis& analysis, Strategy strategy,
                         int step_limit) {
    if (strategy == Strategy::random) throw std::logic_error("run_strategy needs a deterministic strategy");
    StrategyRun run;
    run.strategy = strategy;
    play_by_rule(scenario, analysis, step_limit, run,
                 [strategy](const Node& node, const std::vector<int>& offered) { return pick_choice(node, offered, strategy); });
    return run;
}

std::vector<StrategyRun> run_deterministic_strategies(const std::shared_ptr<const Scenario>& scenario, const Analysis& analysis) {
    std::vector<StrategyRun> runs;
    runs.reserve(deterministic_strategies.size());
    for (Strategy strategy : deterministic_strategies) runs.push_back(run_strategy(scenario, analysis, strategy));
    return runs;
}

IdealPath follow_ideal_path(const std::shared_ptr<const Scenario>& scenario, const Analysis& analysis) {
    IdealPath ideal;
    for (const Node& node : scenario->nodes)
        for (const Choice& choice : node.choices) ideal.declared = ideal.declared || choice.ideal;
    if (!ideal.declared) return ideal;
    play_by_rule(scenario, analysis, 0, ideal, [&ideal, &scenario](const Node& node, const std::vector<int>& offered) {
        for (int choice : offered)
            if (node.choices[static_cast<std::size_t>(choice)].ideal) return choice;
        ideal.missing_at = static_cast<NodeIndex>(&node - scenario->nodes.data());
        return -1;
    });
    for (std::size_t s = 0; s < ideal.result.skills.size(); ++s) {
        const SkillResult& skill = ideal.result.skills[s];
        if (skill.best > 0 && skill.raw < skill.best) ideal.short_skills.push_back(s);
    }
    return ideal;
}

}  // namespace frontdesk

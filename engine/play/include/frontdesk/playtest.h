// Random play-throughs that honour conditions, flags, mood and on_mood_zero, which the static analysis
// cannot: how endings are spread, how skills vary, what is never reached, and runs that get stuck or loop.
#pragma once

#include <cstdint>
#include <map>
#include <memory>
#include <string>
#include <vector>

#include "frontdesk/analysis.h"
#include "frontdesk/scenario.h"

namespace frontdesk {

struct PlaytestOptions {
    int runs = 1000;
    std::uint64_t seed = 1;
    // Chance that a simulated trainee lets the time run out, when the scenario has a time limit.
    double timeout_probability = 0.1;
    // Steps after which a run counts as looping; 0 chooses 10 x nodes + 50.
    int step_limit = 0;
};

struct SkillSpread {
    std::string skill;
    int min = 0;
    int max = 0;
    double mean = 0;
};

struct PlaytestReport {
    int runs = 0;
    int finished = 0;
    std::map<EndingKind, int> endings_by_kind;
    std::map<std::string, int> endings_by_node;  // ending node id -> runs
    int mood_zero_runs = 0;                      // runs in which on_mood_zero took over
    int passed = 0;
    std::vector<SkillSpread> skills;
    double mean_overall = 0;
    double mean_steps = 0;
    std::vector<std::string> unvisited_nodes;
    std::vector<std::pair<std::string, int>> untaken_choices;  // node id, choice index (0-based)
    int stuck_runs = 0;
    std::string first_stuck_node;
    int looping_runs = 0;
    int step_limit = 0;
};

PlaytestReport playtest(const std::shared_ptr<const Scenario>& scenario, const Analysis& analysis,
                        const PlaytestOptions& options);

}  // namespace frontdesk

// The studio's "Tells and balance": whether a trainee who follows a rule instead of judgement passes (the
// rules of `playtest --strategy`, and chance as a pass rate over seeded random runs), how often the best answer
// is also the longest, and every node's answers by length with the best marked. The same figures as playtest
// and the tell checks, from the same engine code.
#pragma once

#include <cstddef>
#include <cstdint>
#include <map>
#include <memory>
#include <vector>

#include "frontdesk/analysis.h"
#include "frontdesk/scenario.h"
#include "frontdesk/strategies.h"
#include "frontdesk/tell_checks.h"

namespace frontdesk {

struct StudioTellsOptions {
    int random_runs = 200;   // enough for a pass rate to a few percent, quick enough to redo on every reload
    std::uint64_t seed = 1;  // the same seed gives the same runs, so a reload with no change shows the same rate
    double timeout_probability = 0.1;  // as playtest's default
};

// How a trainee who always answers by one rule fares: the figures the table shows, and the run behind them
// (where it stopped, stuck or looping, its path for replaying on the graph with studio_replay.h).
struct RuleOutcome {
    Strategy strategy = Strategy::first;
    bool finished = false;            // reached an ending (not stuck, not looping)
    bool passed = false;              // SessionResult::passed: a passing score and an ending that is not a failure
    EndingKind ending = EndingKind::none;
    double overall = 0;               // percent
    StrategyRun run;
};

// Chance: answers picked at random (playtest()).
struct RandomOutcome {
    int runs = 0;
    int finished = 0;
    int passed = 0;
    double pass_rate = 0;             // passed / runs, 0..1 (0 with no runs)
    double mean_overall = 0;          // percent, over finished runs
    std::map<EndingKind, int> endings;
    int stuck_runs = 0;
    int looping_runs = 0;
};

// One node's answers by length, for the table beside the graph.
struct NodeLengths {
    NodeIndex node = no_node;
    bool reachable = true;            // unreachable nodes are listed but do not count in the share
    AnswerLengths lengths;
};

struct StudioTells {
    std::vector<RuleOutcome> rules;   // deterministic_strategies, in that order (the table playtest prints)
    RandomOutcome random;
    LengthTells length_tells;
    double best_is_longest_share = 0; // of the decision points, 0..1 (0 when there are none)
    std::vector<NodeLengths> nodes;   // every node that has answers and is not an ending, in file order

    // The row for `strategy`; null for random (see `random`) or a rule not run.
    const RuleOutcome* rule(Strategy strategy) const;
};

// The scenario must be playable (loaded without errors), with the analysis its checks ran on.
StudioTells measure_studio_tells(const std::shared_ptr<const Scenario>& scenario, const Analysis& analysis,
                                 const StudioTellsOptions& options = {});

}  // namespace frontdesk

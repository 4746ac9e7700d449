// Static analysis of a scenario's graph: what can be reached, how endings are spread, the best and worst
// score per skill over complete paths, how many paths there are, and the quickest way to success.
// Conditions are treated as possibly true; on_mood_zero as possible after any answer that lowers mood.
#pragma once

#include <cstdint>
#include <optional>
#include <vector>

#include "frontdesk/scenario.h"

namespace frontdesk {

// Path counts stop being exact here and are reported as capped.
constexpr std::uint64_t path_count_cap = 1'000'000'000'000'000'000ULL;

struct SkillRange {
    int best = 0;
    int worst = 0;
    bool best_unbounded = false;   // a loop awards points (also a lint error)
    bool worst_unbounded = false;  // a loop costs points: going round it again and again has no floor
};

// A choice (or timeout, choice == -1) that awards points on an edge inside a loop.
struct ScoringLoop {
    NodeIndex node = no_node;
    int choice = -1;
    NodeIndex target = no_node;
    int skill = 0;
};

struct Analysis {
    std::vector<bool> reachable;   // from start
    std::vector<bool> can_end;     // some ending can be reached from the node
    std::size_t reachable_count = 0;
    int success_endings = 0;       // reachable ending nodes of each kind
    int partial_endings = 0;
    int failure_endings = 0;
    std::uint64_t paths = 0;       // complete paths from start to an ending
    bool paths_capped = false;     // more than path_count_cap, or infinitely many (a loop)
    std::optional<int> shortest_success;  // fewest answers from start to a success ending
    std::vector<SkillRange> skills;       // in the scenario's skill order
    std::vector<ScoringLoop> scoring_loops;
    bool has_complete_path = false;
};

Analysis analyze(const Scenario& scenario);

// What can still happen from one node (the studio's node panel): the best and worst each skill can still
// gain on the way from it to an ending, and how many complete paths go through it.
struct NodeAnalysis {
    bool can_end = false;            // some ending can be reached from it (skills are 0 when not)
    std::vector<SkillRange> skills;  // from this node to an ending, in the scenario's skill order
    std::uint64_t paths = 0;         // complete paths from the start through this node
    bool paths_capped = false;       // more than path_count_cap, or infinitely many (a loop on the way)
};

// Every node's NodeAnalysis, for the `analysis` of the same scenario (analyze). Linear in nodes + choices
// per skill, as analyze is.
std::vector<NodeAnalysis> analyze_nodes(const Scenario& scenario, const Analysis& analysis);

// A rough length for the library's cards: the answers on the way to success (or a third of the nodes when
// there is no success) at the time limit or 30 seconds each, in whole minutes, at least 1.
int estimated_minutes(const Scenario& scenario, const Analysis& analysis);

}  // namespace frontdesk

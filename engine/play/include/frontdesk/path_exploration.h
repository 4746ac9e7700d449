// Complete conversations that honour conditions, flags and mood (which the static analysis cannot), explored
// to find the endings a score does not deserve: a success reached with a failing score, a failure with a
// passing one. Every path is explored while there are few enough; beyond a budget of steps, paths are sampled
// at random (with a fixed seed, so the same file gives the same answer).
#pragma once

#include <cstddef>
#include <cstdint>
#include <memory>
#include <optional>
#include <vector>

#include "frontdesk/analysis.h"
#include "frontdesk/scenario.h"
#include "frontdesk/scoring.h"
#include "frontdesk/session.h"

namespace frontdesk {

// Budgets of work, counted in choices looked at: a step at a node of three choices costs 4 (a hostile node of
// 100,000 choices costs as much), so the time spent is bounded whatever the file holds.
struct ExplorationLimits {
    // Spent on trying every path; when it runs out, the paths found so far count and sampling starts.
    std::size_t exhaustive_budget = 400'000;
    // Spent on random paths after that.
    std::size_t sampled_budget = 200'000;
    std::uint64_t seed = 1;
};

// One complete conversation: its decisions, the ending it reached and the debrief's figures.
struct ExploredPath {
    std::vector<Decision> path;
    NodeIndex ending = no_node;
    SessionResult result;
};

struct PathExploration {
    bool exhaustive = false;          // every complete path was explored (else the figures are from a sample)
    std::size_t complete_paths = 0;   // explored, or sampled, to an ending
    std::optional<ExploredPath> lowest_success;  // the success ending reached with the lowest overall score
    std::optional<ExploredPath> highest_failure;  // the failure ending reached with the highest overall score
};

// Paths a trainee could take (every offered choice, and the timeout where one can fire), at most
// default_step_limit answers long.
PathExploration explore_paths(const std::shared_ptr<const Scenario>& scenario, const Analysis& analysis,
                              const ExplorationLimits& limits = {});

}  // namespace frontdesk

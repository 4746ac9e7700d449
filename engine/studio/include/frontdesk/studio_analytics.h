// What trainees did in a scenario, read from the results store for the studio's graph: how often each arrow
// was taken, how often each node was reached, and where points are lost. Counted against the file as it is
// now, by node id and choice index, so sessions recorded against older versions count wherever they still fit.
#pragma once

#include <cstddef>
#include <memory>
#include <vector>

#include "frontdesk/results_store.h"
#include "frontdesk/scenario_loader.h"
#include "frontdesk/studio_graph.h"

namespace frontdesk {

// Points lost at one node: for each decision there, the points (summed over skills) of the best answer on offer
// minus those of the answer taken (never below 0), averaged over its decisions.
struct NodeLoss {
    NodeIndex node = no_node;
    std::size_t decisions = 0;
    double average_lost = 0;
    long long total_lost = 0;
};

struct StudioAnalytics {
    std::size_t sessions = 0;                // of this scenario's id, every version
    std::size_t trainees = 0;                // who played them
    std::size_t other_version_sessions = 0;  // recorded against a version of the file other than this one (another hash)
    std::size_t decisions = 0;               // matched to a node and an answer (or timeout) of this version
    std::size_t not_matched = 0;             // their node, or their answer at it, is not in this version: not counted

    // Per node of the scenario (NodeIndex order).
    std::vector<std::size_t> arrivals;                 // times trainees reached it (see studio_analytics)
    std::vector<std::vector<std::size_t>> taken;       // per node, per choice (authored index): times taken
    std::vector<std::size_t> timeouts;                 // per node: times the trainee ran out of time there
    std::vector<NodeLoss> losses;                      // per node (decisions 0 where none was taken)
    // The nodes where decisions were taken, the most points lost on average first (ties: more decisions first,
    // then file order); nodes where nothing is lost come last.
    std::vector<NodeLoss> most_lost;

    // Times the arrow out of `node` for `choice` (0-based; -1 the timeout) was taken; 0 for what does not exist.
    std::size_t taken_count(NodeIndex node, int choice) const;
    // The same for each arrow of the graph, in GraphModel::arrows order (the mood-zero detour counts 0: the store
    // does not say when it was taken).
    std::vector<std::size_t> arrow_counts(const GraphModel& model) const;
};

// Reads every session of `loaded`'s scenario id in `store` (throws StoreError as the store does). A session is
// replayed on this version while its decisions fit it, which gives exactly which answers were on offer and
// where each led (so endings are reached too); from the first decision that does not fit (a session of an older
// version), each decision still found counts at its node, with the answers that need no condition as those on
// offer, and where it led is not counted. Without a playable scenario nothing is replayed.
StudioAnalytics studio_analytics(const ResultsReader& store, const LoadedScenario& loaded);

}  // namespace frontdesk

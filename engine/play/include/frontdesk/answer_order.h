// The order a session shows a node's answers in. Shuffled, so that where an answer sits tells a trainee
// nothing ("the best one is never last"), and reproducible: the order is a function of the session's seed,
// the node and how many times the conversation has arrived there, so it stays put within a visit, comes
// back the same after a resume, and differs on the next visit. `order: fixed` keeps the authored order.
#pragma once

#include <cstdint>
#include <vector>

#include "frontdesk/scenario.h"
#include "frontdesk/session.h"

namespace frontdesk {

// A new seed for a session, from the system's random source.
std::uint64_t new_shuffle_seed();

// `offered` (authored indices, in authored order) as shown on the `visit`-th arrival at `node` (1 the first
// time) in a session with `seed`; unchanged where the node's order is fixed. The relative order of two
// answers does not depend on which others are offered.
std::vector<int> shown_order(const Scenario& scenario, NodeIndex node, int visit, std::uint64_t seed, std::vector<int> offered);

// How many times the session has arrived at its current node (1 the first time).
int arrivals_at_current(const Session& session);

}  // namespace frontdesk

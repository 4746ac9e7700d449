// Fisher-Yates over a node's answers with a fixed engine and plain modulo, so a seed gives the same order on
// every platform and in every build (std::shuffle's algorithm is left to the library).
#include "frontdesk/answer_order.h"

#include <algorithm>
#include <random>
#include <utility>

namespace frontdesk {

namespace {

// SplitMix64's finaliser: nearby inputs (visit 1, 2, 3 of node 7) give unrelated outputs.
std::uint64_t mixed(std::uint64_t value) {
    value += 0x9e3779b97f4a7c15ULL;
    value = (value ^ (value >> 30)) * 0xbf58476d1ce4e5b9ULL;
    value = (value ^ (value >> 27)) * 0x94d049bb133111ebULL;
    return value ^ (value >> 31);
}

}  // namespace

std::uint64_t new_shuffle_seed() {
    std::random_device device;
    return (static_cast<std::uint64_t>(device()) << 32) ^ device();
}

std::vector<int> shown_order(const Scenario& scenario, NodeIndex node, int visit, std::uint64_t seed, std::vector<int> offered) {
    const Node& here = scenario.nodes[static_cast<std::size_t>(node)];
    if (scenario.order_at(here) == AnswerOrder::fixed || offered.size() < 2) return offered;
    // A rank for every answer of the node, so that the order of those offered is the same whichever are.
    std::size_t count = here.choices.size();
    std::vector<int> permutation(count);
    for (std::size_t i = 0; i < count; ++i) permutation[i] = static_cast<int>(i);
    std::mt19937_64 random(mixed(mixed(seed) ^ (static_cast<std::uint64_t>(static_cast<std::uint32_t>(node)) << 32 |
                                                static_cast<std::uint32_t>(visit))));
    for (std::size_t i = count; i > 1; --i) std::swap(permutation[i - 1], permutation[static_cast<std::size_t>(random() % i)]);
    std::vector<int> rank(count);
    for (std::size_t position = 0; position < count; ++position) rank[static_cast<std::size_t>(permutation[position])] = static_cast<int>(position);
    std::sort(offered.begin(), offered.end(), [&rank](int a, int b) { return rank[static_cast<std::size_t>(a)] < rank[static_cast<std::size_t>(b)]; });
    return offered;
}

int arrivals_at_current(const Session& session) {
    NodeIndex current = session.current();
    int arrivals = current == session.scenario().start ? 1 : 0;
    for (const Decision& decision : session.history())
        if (decision.next == current) ++arrivals;
    return arrivals;
}

}  // namespace frontdesk

// The graph work behind `frontdesk analyze` and the percentages: strongly connected components (Tarjan,
// iterative), then dynamic programming over them from the endings back to the start. Loop-free scenarios
// take time linear in nodes + choices; inside a loop a Dijkstra pass adds a log factor for that loop only.
#include "frontdesk/analysis.h"

#include <algorithm>
#include <deque>
#include <limits>
#include <queue>

namespace frontdesk {

namespace {

constexpr std::int64_t unreachable_value = std::numeric_limits<std::int64_t>::min() / 4;

struct Edge {
    NodeIndex from = no_node;
    NodeIndex to = no_node;
    const Effect* effect = nullptr;
    int choice = -1;  // -1 for a timeout
};

// The transition graph in compressed form: out-edges of node u are edges[begin[u] .. begin[u+1]).
struct Graph {
    std::vector<Edge> edges;
    std::vector<std::size_t> begin;
    std::vector<std::size_t> reverse;  // edge indices grouped by target
    std::vector<std::size_t> reverse_begin;

    std::size_t node_count() const { return begin.size() - 1; }
};

Graph build_graph(const Scenario& scenario) {
    Graph graph;
    graph.begin.reserve(scenario.nodes.size() + 1);
    std::size_t choices = 0;
    for (const Node& node : scenario.nodes) choices += node.choices.size() + 1;
    graph.edges.reserve(choices);
    for (const Node& node : scenario.nodes) {
        graph.begin.push_back(graph.edges.size());
        if (node.is_ending()) continue;  // an ending is final even if a broken file gave it choices
        auto from = static_cast<NodeIndex>(graph.begin.size() - 1);
        for_each_transition(scenario, node, [&](const Effect& effect, NodeIndex target) {
            int choice = -1;
            if (!(node.on_timeout && &effect == &*node.on_timeout))
                choice = static_cast<int>(static_cast<const Choice*>(&effect) - node.choices.data());
            graph.edges.push_back({from, target, &effect, choice});
        });
    }
    graph.begin.push_back(graph.edges.size());
    // Counting sort of edges by target for the reverse adjacency.
    std::size_t n = scenario.nodes.size();
    graph.reverse_begin.assign(n + 1, 0);
    for (const Edge& edge : graph.edges) ++graph.reverse_begin[static_cast<std::size_t>(edge.to) + 1];
    for (std::size_t i = 0; i < n; ++i) graph.reverse_begin[i + 1] += graph.reverse_begin[i];
    graph.reverse.resize(graph.edges.size());
    std::vector<std::size_t> fill(graph.reverse_begin.begin(), graph.reverse_begin.end() - 1);
    for (std::size_t e = 0; e < graph.edges.size(); ++e) graph.reverse[fill[static_cast<std::size_t>(graph.edges[e].to)]++] = e;
    return graph;
}

// Tarjan's algorithm without recursion (scenarios of 10,000 nodes in a chain would overflow the stack).
// Components come out in reverse topological order: a component after every component it leads to.
struct Components {
    std::vector<int> of;                     // node -> component
    std::vector<std::vector<NodeIndex>> members;
    std::vector<bool> cyclic;                // has an edge inside it (a loop)
};

Components find_components(const Graph& graph) {
    std::size_t n = graph.node_count();
    Components result;
    result.of.assign(n, -1);
    std::vector<int> index(n, -1), low(n, 0);
    std::vector<bool> on_stack(n, false);
    std::vector<NodeIndex> stack;
    struct Frame {
        NodeIndex node;
        std::size_t next_edge;
    };
    std::vector<Frame> call;
    int counter = 0;
    for (std::size_t root = 0; root < n; ++root) {
        if (index[root] != -1) continue;
        call.push_back({static_cast<NodeIndex>(root), graph.begin[root]});
        index[root] = low[root] = counter++;
        stack.push_back(static_cast<NodeIndex>(root));
        on_stack[root] = true;
        while (!call.empty()) {
            Frame& frame = call.back();
            auto u = static_cast<std::size_t>(frame.node);
            if (frame.next_edge < graph.begin[u + 1]) {
                auto v = static_cast<std::size_t>(graph.edges[frame.next_edge++].to);
                if (index[v] == -1) {
                    index[v] = low[v] = counter++;
                    stack.push_back(static_cast<NodeIndex>(v));
                    on_stack[v] = true;
                    call.push_back({static_cast<NodeIndex>(v), graph.begin[v]});
                } else if (on_stack[v]) {
                    low[u] = std::min(low[u], index[v]);
                }
                continue;
            }
            if (low[u] == index[u]) {
                auto component = static_cast<int>(result.members.size());
                result.members.emplace_back();
                NodeIndex w;
                do {
                    w = stack.back();
                    stack.pop_back();
                    on_stack[static_cast<std::size_t>(w)] = false;
                    result.of[static_cast<std::size_t>(w)] = component;
                    result.members.back().push_back(w);
                } while (static_cast<std::size_t>(w) != u);
            }
            call.pop_back();
            if (!call.empty()) {
                auto parent = static_cast<std::size_t>(call.back().node);
                low[parent] = std::min(low[parent], low[u]);
            }
        }
    }
    result.cyclic.assign(result.members.size(), false);
    for (const Edge& edge : graph.edges)
        if (result.of[static_cast<std::size_t>(edge.from)] == result.of[static_cast<std::size_t>(edge.to)])
            result.cyclic[static_cast<std::size_t>(result.of[static_cast<std::size_t>(edge.from)])] = true;
    return result;
}

// The highest total of `weight` over paths from each node to an ending. Edges inside a loop that gain
// make the value unbounded; the others are handled by a Dijkstra pass per loop (they only lose).
struct Extreme {
    std::vector<std::int64_t> value;
    std::vector<bool> unbounded;
};

template <typename Weight>
Extreme highest_to_end(const Scenario& scenario, const Graph& graph, const Components& components,
                       const std::vector<bool>& can_end, Weight weight) {
    std::size_t n = graph.node_count();
    Extreme out{std::vector<std::int64_t>(n, unreachable_value), std::vector<bool>(n, false)};
    using Item = std::pair<std::int64_t, NodeIndex>;
    std::priority_queue<Item> queue;
    for (std::size_t c = 0; c < components.members.size(); ++c) {
        const auto& members = components.members[c];
        bool gaining_loop = false;
        for (NodeIndex u : members) {
            auto ui = static_cast<std::size_t>(u);
            if (scenario.nodes[ui].is_ending()) {
                out.value[ui] = 0;
                continue;
            }
            for (std::size_t e = graph.begin[ui]; e < graph.begin[ui + 1]; ++e) {
                const Edge& edge = graph.edges[e];
                auto vi = static_cast<std::size_t>(edge.to);
                if (components.of[vi] == static_cast<int>(c)) {
                    if (weight(*edge.effect) > 0) gaining_loop = true;
                    continue;
                }
                if (out.value[vi] == unreachable_value) continue;
                out.value[ui] = std::max(out.value[ui], weight(*edge.effect) + out.value[vi]);
                if (out.unbounded[vi]) out.unbounded[ui] = true;
            }
        }
        if (!components.cyclic[c]) continue;
        bool any_end = false;
        for (NodeIndex u : members) any_end = any_end || can_end[static_cast<std::size_t>(u)];
        if (!any_end) continue;
        // Every node of a loop reaches every other, so one unbounded member makes them all unbounded.
        bool unbounded = gaining_loop;
        for (NodeIndex u : members) unbounded = unbounded || out.unbounded[static_cast<std::size_t>(u)];
        if (unbounded)
            for (NodeIndex u : members) out.unbounded[static_cast<std::size_t>(u)] = true;
        // Dijkstra backwards from the exits: along loop edges values only fall (gains count as 0 here; the
        // unbounded flag already says the true value has no ceiling).
        for (NodeIndex u : members)
            if (out.value[static_cast<std::size_t>(u)] != unreachable_value)
                queue.push({out.value[static_cast<std::size_t>(u)], u});
        while (!queue.empty()) {
            auto [value, u] = queue.top();
            queue.pop();
            auto ui = static_cast<std::size_t>(u);
            if (value != out.value[ui]) continue;
            for (std::size_t r = graph.reverse_begin[ui]; r < graph.reverse_begin[ui + 1]; ++r) {
                const Edge& edge = graph.edges[graph.reverse[r]];
                auto pi = static_cast<std::size_t>(edge.from);
                if (components.of[pi] != static_cast<int>(c)) continue;
                std::int64_t candidate = std::min<std::int64_t>(0, weight(*edge.effect)) + value;
                if (candidate > out.value[pi]) {
                    out.value[pi] = candidate;
                    queue.push({candidate, edge.from});
                }
            }
        }
    }
    return out;
}

// Paths from each node to an ending (or, with `forward`, from the start to each node), counted over the
// components; a loop on the way that can still end means infinitely many.
struct PathCounts {
    std::vector<std::uint64_t> count;
    std::vector<bool> infinite;
};

PathCounts count_paths_to_end(const Scenario& scenario, const Graph& graph, const Components& components,
                              const std::vector<bool>& can_end) {
    std::size_t n = graph.node_count();
    PathCounts out{std::vector<std::uint64_t>(n, 0), std::vector<bool>(n, false)};
    for (std::size_t c = 0; c < components.members.size(); ++c) {
        bool loop_can_end = false;
        for (NodeIndex u : components.members[c]) {
            auto ui = static_cast<std::size_t>(u);
            if (scenario.nodes[ui].is_ending()) {
                out.count[ui] = 1;
                continue;
            }
            for (std::size_t e = graph.begin[ui]; e < graph.begin[ui + 1]; ++e) {
                auto vi = static_cast<std::size_t>(graph.edges[e].to);
                if (components.of[vi] == static_cast<int>(c)) continue;
                out.count[ui] = std::min(path_count_cap, out.count[ui] + out.count[vi]);
                if (out.infinite[vi]) out.infinite[ui] = true;
            }
            loop_can_end = loop_can_end || can_end[ui];
        }
        if (components.cyclic[c] && loop_can_end)
            for (NodeIndex u : components.members[c]) out.infinite[static_cast<std::size_t>(u)] = true;
    }
    return out;
}

// Paths from the start to each node: the components in topological order (the reverse of Tarjan's), each
// node summing what arrives from earlier components; a loop the start reaches makes all after it infinite.
PathCounts count_paths_from_start(const Scenario& scenario, const Graph& graph, const Components& components) {
    std::size_t n = graph.node_count();
    PathCounts out{std::vector<std::uint64_t>(n, 0), std::vector<bool>(n, false)};
    if (scenario.start == no_node) return out;
    for (std::size_t c = components.members.size(); c-- > 0;) {
        bool arrived = false;
        for (NodeIndex u : components.members[c]) {
            auto ui = static_cast<std::size_t>(u);
            if (u == scenario.start) out.count[ui] = 1;
            for (std::size_t r = graph.reverse_begin[ui]; r < graph.reverse_begin[ui + 1]; ++r) {
                auto pi = static_cast<std::size_t>(graph.edges[graph.reverse[r]].from);
                if (components.of[pi] == static_cast<int>(c)) continue;
                out.count[ui] = std::min(path_count_cap, out.count[ui] + out.count[pi]);
                if (out.infinite[pi]) out.infinite[ui] = true;
            }
            arrived = arrived || out.count[ui] > 0 || out.infinite[ui];
        }
        if (components.cyclic[c] && arrived)
            for (NodeIndex u : components.members[c]) out.infinite[static_cast<std::size_t>(u)] = true;
    }
    return out;
}

}  // namespace

Analysis analyze(const Scenario& scenario) {
    Analysis analysis;
    std::size_t n = scenario.nodes.size();
    analysis.reachable.assign(n, false);
    analysis.can_end.assign(n, false);
    analysis.skills.assign(scenario.skills.size(), {});
    if (n == 0) return analysis;
    Graph graph = build_graph(scenario);

    // Reachable from start.
    if (scenario.start != no_node) {
        std::vector<NodeIndex> todo{scenario.start};
        analysis.reachable[static_cast<std::size_t>(scenario.start)] = true;
        while (!todo.empty()) {
            auto u = static_cast<std::size_t>(todo.back());
            todo.pop_back();
            for (std::size_t e = graph.begin[u]; e < graph.begin[u + 1]; ++e) {
                auto v = static_cast<std::size_t>(graph.edges[e].to);
                if (!analysis.reachable[v]) {
                    analysis.reachable[v] = true;
                    todo.push_back(graph.edges[e].to);
                }
            }
        }
    }
    // Some ending reachable from the node: backwards from every ending.
    {
        std::vector<NodeIndex> todo;
        for (std::size_t u = 0; u < n; ++u)
            if (scenario.nodes[u].is_ending()) {
                analysis.can_end[u] = true;
                todo.push_back(static_cast<NodeIndex>(u));
            }
        while (!todo.empty()) {
            auto v = static_cast<std::size_t>(todo.back());
            todo.pop_back();
            for (std::size_t r = graph.reverse_begin[v]; r < graph.reverse_begin[v + 1]; ++r) {
                auto p = static_cast<std::size_t>(graph.edges[graph.reverse[r]].from);
                if (!analysis.can_end[p]) {
                    analysis.can_end[p] = true;
                    todo.push_back(static_cast<NodeIndex>(p));
                }
            }
        }
    }
    for (std::size_t u = 0; u < n; ++u) {
        if (!analysis.reachable[u]) continue;
        ++analysis.reachable_count;
        switch (scenario.nodes[u].ending) {
            case EndingKind::success: ++analysis.success_endings; break;
            case EndingKind::partial: ++analysis.partial_endings; break;
            case EndingKind::failure: ++analysis.failure_endings; break;
            case EndingKind::none: break;
        }
    }

    Components components = find_components(graph);
    for (const Edge& edge : graph.edges) {
        if (components.of[static_cast<std::size_t>(edge.from)] != components.of[static_cast<std::size_t>(edge.to)]) continue;
        for (std::size_t s = 0; s < scenario.skills.size(); ++s)
            if (edge.effect->score[s] > 0)
                analysis.scoring_loops.push_back({edge.from, edge.choice, edge.to, static_cast<int>(s)});
    }

    // Complete paths, counted from the endings back; a loop that can still end means infinitely many.
    if (scenario.start != no_node) {
        PathCounts to_end = count_paths_to_end(scenario, graph, components, analysis.can_end);
        auto s = static_cast<std::size_t>(scenario.start);
        analysis.has_complete_path = analysis.can_end[s];
        analysis.paths_capped = to_end.infinite[s] || to_end.count[s] >= path_count_cap;
        analysis.paths = analysis.paths_capped ? path_count_cap : to_end.count[s];
    }

    // Fewest answers to a success ending: breadth-first from start.
    if (scenario.start != no_node) {
        std::vector<int> distance(n, -1);
        std::deque<NodeIndex> queue{scenario.start};
        distance[static_cast<std::size_t>(scenario.start)] = 0;
        while (!queue.empty()) {
            auto u = static_cast<std::size_t>(queue.front());
            queue.pop_front();
            if (scenario.nodes[u].ending == EndingKind::success) {
                analysis.shortest_success = distance[u];
                break;
            }
            for (std::size_t e = graph.begin[u]; e < graph.begin[u + 1]; ++e) {
                auto v = static_cast<std::size_t>(graph.edges[e].to);
                if (distance[v] == -1) {
                    distance[v] = distance[u] + 1;
                    queue.push_back(graph.edges[e].to);
                }
            }
        }
    }

    if (analysis.has_complete_path) {
        auto s = static_cast<std::size_t>(scenario.start);
        for (std::size_t k = 0; k < scenario.skills.size(); ++k) {
            Extreme best = highest_to_end(scenario, graph, components, analysis.can_end,
                                          [k](const Effect& effect) { return std::int64_t{effect.score[k]}; });
            Extreme worst = highest_to_end(scenario, graph, components, analysis.can_end,
                                           [k](const Effect& effect) { return -std::int64_t{effect.score[k]}; });
            SkillRange& range = analysis.skills[k];
            range.best = static_cast<int>(best.value[s]);
            range.best_unbounded = best.unbounded[s];
            range.worst = static_cast<int>(-worst.value[s]);
            range.worst_unbounded = worst.unbounded[s];
        }
    }
    return analysis;
}

std::vector<NodeAnalysis> analyze_nodes(const Scenario& scenario, const Analysis& analysis) {
    std::size_t n = scenario.nodes.size();
    std::vector<NodeAnalysis> nodes(n);
    if (n == 0 || analysis.can_end.size() != n) return nodes;
    Graph graph = build_graph(scenario);
    Components components = find_components(graph);
    PathCounts to_end = count_paths_to_end(scenario, graph, components, analysis.can_end);
    PathCounts from_start = count_paths_from_start(scenario, graph, components);
    for (std::size_t u = 0; u < n; ++u) {
        NodeAnalysis& node = nodes[u];
        node.can_end = analysis.can_end[u];
        std::uint64_t ahead = to_end.count[u], behind = from_start.count[u];
        // Paths through a node the start cannot reach, or from which no ending can, are none.
        bool reached = behind > 0 || from_start.infinite[u], ends = ahead > 0 || to_end.infinite[u];
        if (reached && ends) {
            node.paths_capped = to_end.infinite[u] || from_start.infinite[u] || behind > path_count_cap / ahead;
            node.paths = node.paths_capped ? path_count_cap : ahead * behind;
        }
        node.skills.assign(scenario.skills.size(), {});
    }
    for (std::size_t k = 0; k < scenario.skills.size(); ++k) {
        Extreme best = highest_to_end(scenario, graph, components, analysis.can_end,
                                      [k](const Effect& effect) { return std::int64_t{effect.score[k]}; });
        Extreme worst = highest_to_end(scenario, graph, components, analysis.can_end,
                                       [k](const Effect& effect) { return -std::int64_t{effect.score[k]}; });
        for (std::size_t u = 0; u < n; ++u) {
            if (!analysis.can_end[u]) continue;
            SkillRange& range = nodes[u].skills[k];
            range.best = static_cast<int>(best.value[u]);
            range.best_unbounded = best.unbounded[u];
            range.worst = static_cast<int>(-worst.value[u]);
            range.worst_unbounded = worst.unbounded[u];
        }
    }
    return nodes;
}

int estimated_minutes(const Scenario& scenario, const Analysis& analysis) {
    double answers = analysis.shortest_success ? *analysis.shortest_success + 2.0
                                               : static_cast<double>(analysis.reachable_count) / 3.0;
    double seconds_per_answer = scenario.time_limit ? *scenario.time_limit : 30.0;
    return std::max(1, static_cast<int>(answers * seconds_per_answer / 60.0 + 0.5));
}

}  // namespace frontdesk

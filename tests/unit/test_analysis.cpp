// The static analysis against brute-force enumeration of paths on many small random scenarios (conditional
// gotos and on_enter mood included), plus the cases that need loops: infinite path counts, unbounded worst
// totals, scoring loops.
#include <doctest/doctest.h>

#include <algorithm>
#include <functional>
#include <random>

#include "frontdesk/analysis.h"
#include "test_support.h"

using namespace frontdesk;

namespace {

struct RandomShape {
    int nodes = 6;
    int max_choices = 3;
    bool loops = false;      // allow choices that point backwards
    bool mood_zero = false;  // name an on_mood_zero node
    bool timeouts = false;   // give the scenario a time limit and some nodes an on_timeout
    bool conditional = false;  // give some effects a conditional goto (entries before the last target)
    bool arrivals = false;     // give some nodes an on_enter that changes mood
};

// Where an effect can lead, read straight from the format's rules (not through for_each_transition): every
// goto entry's node, and on_mood_zero when the answer lowers mood or a node it leads to lowers it on
// arrival; each node once.
std::vector<NodeIndex> outcomes(const Scenario& s, const Effect& effect) {
    std::vector<NodeIndex> targets;
    auto add = [&](NodeIndex target) {
        if (target != no_node && std::find(targets.begin(), targets.end(), target) == targets.end()) targets.push_back(target);
    };
    for (const ConditionalGoto& entry : effect.conditional_gotos) add(entry.target);
    add(effect.target);
    if (s.on_mood_zero == no_node || targets.empty()) return targets;
    bool lowers = effect.mood < 0;
    for (NodeIndex target : targets) {
        const Node& node = s.nodes[static_cast<std::size_t>(target)];
        if (target != s.on_mood_zero && node.on_enter && node.on_enter->mood < 0) lowers = true;
    }
    if (lowers) add(s.on_mood_zero);
    return targets;
}

// The effects the analysis follows out of a node: its choices, and its timeout when timeouts can happen.
std::vector<const Effect*> effects_of(const Scenario& s, const Node& node) {
    std::vector<const Effect*> effects;
    for (const Choice& choice : node.choices) effects.push_back(&choice);
    if (node.on_timeout && s.has_timeouts()) effects.push_back(&*node.on_timeout);
    return effects;
}

// A scenario built directly as data: node i's choices point forward (or anywhere when loops are allowed).
Scenario random_scenario(std::mt19937& random, const RandomShape& shape) {
    Scenario s;
    s.id = "random";
    s.skills = {"a", "b"};
    auto pick = [&](int lo, int hi) { return std::uniform_int_distribution<int>(lo, hi)(random); };
    for (int i = 0; i < shape.nodes; ++i) {
        Node node;
        node.id = "n" + std::to_string(i);
        bool last = i == shape.nodes - 1;
        if (last || (i > 0 && pick(0, 3) == 0)) node.ending = static_cast<EndingKind>(pick(1, 3));
        s.node_index[node.id] = i;
        s.nodes.push_back(node);
    }
    if (shape.timeouts) s.time_limit = 30;
    if (shape.mood_zero) s.on_mood_zero = shape.nodes - 1;
    auto make_effect = [&](Effect& effect, int from) {
        int lo = shape.loops ? 0 : from + 1;
        effect.target = pick(lo, shape.nodes - 1);
        effect.score = {pick(-2, 3), pick(-2, 3)};
        effect.mood = pick(-2, 1) * 10;
        // Entries may repeat a node, or name the last target again: the analysis must count each way once.
        if (shape.conditional)
            for (int entries = pick(0, 2); entries > 0; --entries) {
                ConditionalGoto entry;
                entry.target = pick(lo, shape.nodes - 1);
                effect.conditional_gotos.push_back(entry);
            }
    };
    for (int i = 0; i < shape.nodes; ++i) {
        Node& node = s.nodes[static_cast<std::size_t>(i)];
        if (node.is_ending()) continue;
        int count = pick(1, shape.max_choices);
        for (int c = 0; c < count; ++c) {
            Choice choice;
            make_effect(choice, i);
            node.choices.push_back(choice);
        }
        if (shape.timeouts && pick(0, 1) == 0) {
            Effect timeout;
            make_effect(timeout, i);
            node.on_timeout = timeout;
        }
    }
    if (shape.arrivals)
        for (Node& node : s.nodes)
            if (pick(0, 2) == 0) node.on_enter = frontdesk::Arrival{pick(-2, 1) * 10, {}, {}};
    s.start = 0;
    if (shape.loops) {
        // An edge inside a loop (its target leads back to its source) must not gain: clamp it to <= 0.
        std::size_t n = s.nodes.size();
        std::vector<std::vector<bool>> reaches(n, std::vector<bool>(n, false));
        for (std::size_t u = 0; u < n; ++u)
            for (const Effect* effect : effects_of(s, s.nodes[u]))
                for (NodeIndex v : outcomes(s, *effect)) reaches[u][static_cast<std::size_t>(v)] = true;
        for (std::size_t k = 0; k < n; ++k)
            for (std::size_t i = 0; i < n; ++i)
                for (std::size_t j = 0; j < n; ++j)
                    if (reaches[i][k] && reaches[k][j]) reaches[i][j] = true;
        for (std::size_t u = 0; u < n; ++u) {
            Node& node = s.nodes[u];
            auto clamp = [&](Effect& effect) {
                bool inside = false;
                auto check = [&](NodeIndex v) {
                    auto vi = static_cast<std::size_t>(v);
                    if (vi == u || reaches[vi][u]) inside = true;
                };
                for (NodeIndex v : outcomes(s, effect)) check(v);
                if (inside)
                    for (int& points : effect.score) points = std::min(points, 0);
            };
            for (Choice& choice : node.choices) clamp(choice);
            if (node.on_timeout) clamp(*node.on_timeout);
        }
    }
    return s;
}

struct BruteForce {
    std::uint64_t paths = 0;
    std::vector<int> best, worst;
    std::vector<bool> reachable;
    std::optional<int> shortest_success;
    bool any = false;
};

// Every path from start by depth-first search, up to `max_length` answers.
BruteForce enumerate(const Scenario& s, int max_length) {
    BruteForce out;
    out.best.assign(s.skills.size(), std::numeric_limits<int>::min());
    out.worst.assign(s.skills.size(), std::numeric_limits<int>::max());
    out.reachable.assign(s.nodes.size(), false);
    std::vector<int> totals(s.skills.size(), 0);
    std::function<void(NodeIndex, int)> walk = [&](NodeIndex u, int depth) {
        out.reachable[static_cast<std::size_t>(u)] = true;
        const Node& node = s.nodes[static_cast<std::size_t>(u)];
        if (node.is_ending()) {
            ++out.paths;
            out.any = true;
            for (std::size_t k = 0; k < totals.size(); ++k) {
                out.best[k] = std::max(out.best[k], totals[k]);
                out.worst[k] = std::min(out.worst[k], totals[k]);
            }
            if (node.ending == EndingKind::success && (!out.shortest_success || depth < *out.shortest_success))
                out.shortest_success = depth;
            return;
        }
        if (depth == max_length) return;
        for (const Effect* effect : effects_of(s, node)) {
            for (NodeIndex target : outcomes(s, *effect)) {
                for (std::size_t k = 0; k < totals.size(); ++k) totals[k] += effect->score[k];
                walk(target, depth + 1);
                for (std::size_t k = 0; k < totals.size(); ++k) totals[k] -= effect->score[k];
            }
        }
    };
    walk(s.start, 0);
    return out;
}

}  // namespace

TEST_CASE("analysis matches brute force on random loop-free scenarios") {
    std::mt19937 random(20261124);
    for (int round = 0; round < 600; ++round) {
        RandomShape shape;
        shape.nodes = 2 + round % 9;
        shape.mood_zero = round % 3 == 0;
        shape.timeouts = round % 4 == 0;
        shape.conditional = round % 5 >= 2;
        shape.arrivals = round % 7 >= 3;
        Scenario s = random_scenario(random, shape);
        Analysis a = analyze(s);
        BruteForce b = enumerate(s, 1000);
        CAPTURE(round);
        CHECK_FALSE(a.paths_capped);
        CHECK(a.paths == b.paths);
        CHECK(a.reachable == b.reachable);
        CHECK(a.shortest_success == b.shortest_success);
        CHECK(a.has_complete_path == b.any);
        if (b.any) {
            for (std::size_t k = 0; k < s.skills.size(); ++k) {
                CHECK(a.skills[k].best == b.best[k]);
                CHECK(a.skills[k].worst == b.worst[k]);
                CHECK_FALSE(a.skills[k].best_unbounded);
            }
        }
        int success = 0, partial = 0, failure = 0;
        for (std::size_t u = 0; u < s.nodes.size(); ++u) {
            if (!b.reachable[u]) continue;
            success += s.nodes[u].ending == EndingKind::success;
            partial += s.nodes[u].ending == EndingKind::partial;
            failure += s.nodes[u].ending == EndingKind::failure;
        }
        CHECK(a.success_endings == success);
        CHECK(a.partial_endings == partial);
        CHECK(a.failure_endings == failure);
    }
}

TEST_CASE("analysis matches brute force on random scenarios with loops that never award points") {
    std::mt19937 random(7);
    int with_loops = 0;
    for (int round = 0; round < 400; ++round) {
        RandomShape shape;
        shape.nodes = 2 + round % 5;
        shape.max_choices = 2;
        shape.loops = true;
        shape.mood_zero = round % 2 == 0;
        shape.conditional = round % 3 != 0;
        shape.arrivals = round % 4 >= 2;
        Scenario s = random_scenario(random, shape);
        Analysis a = analyze(s);
        CAPTURE(round);
        CHECK(a.scoring_loops.empty());
        // With loops that only cost, the best path never repeats a node: paths of n answers find it.
        int n = static_cast<int>(s.nodes.size());
        BruteForce b = enumerate(s, n);
        BruteForce longer = enumerate(s, 2 * n + 1);  // one more time round any loop: enough to see it
        if (longer.paths != b.paths) ++with_loops;
        CHECK(a.reachable == longer.reachable);
        CHECK(a.shortest_success == b.shortest_success);
        if (!b.any) continue;
        for (std::size_t k = 0; k < s.skills.size(); ++k) {
            CHECK(a.skills[k].best == b.best[k]);
            CHECK_FALSE(a.skills[k].best_unbounded);
            if (a.skills[k].worst_unbounded) CHECK(longer.worst[k] < b.worst[k]);  // going round loses more
            else CHECK(a.skills[k].worst == longer.worst[k]);
        }
        if (longer.paths != b.paths) CHECK(a.paths_capped);  // a loop that can still end: infinitely many
        else CHECK(a.paths == b.paths);
    }
    CHECK(with_loops > 20);  // the generator really produced loops
}

TEST_CASE("analysis: a loop that awards points is found and its best is unbounded") {
    Scenario s;
    s.skills = {"a"};
    for (const char* id : {"start", "loop", "end"}) {
        Node node;
        node.id = id;
        s.node_index[id] = static_cast<NodeIndex>(s.nodes.size());
        s.nodes.push_back(node);
    }
    s.nodes[2].ending = EndingKind::success;
    Choice to_loop, back, out;
    to_loop.target = 1;
    to_loop.score = {0};
    back.target = 0;
    back.score = {1};
    out.target = 2;
    out.score = {0};
    s.nodes[0].choices = {to_loop, out};
    s.nodes[1].choices = {back};
    s.start = 0;
    Analysis a = analyze(s);
    REQUIRE(a.scoring_loops.size() == 1);
    CHECK(a.scoring_loops[0].node == 1);
    CHECK(a.scoring_loops[0].choice == 0);
    CHECK(a.skills[0].best_unbounded);
    CHECK(a.paths_capped);
}

TEST_CASE("analysis: path counts saturate at the cap on huge trees") {
    // 70 nodes in a row, each with two choices to the next: 2^69 paths.
    Scenario s;
    s.skills = {"a"};
    const int n = 70;
    for (int i = 0; i < n; ++i) {
        Node node;
        node.id = "n" + std::to_string(i);
        if (i == n - 1) node.ending = EndingKind::success;
        else {
            Choice c;
            c.target = i + 1;
            c.score = {1};
            node.choices = {c, c};
        }
        s.node_index[node.id] = i;
        s.nodes.push_back(node);
    }
    s.start = 0;
    Analysis a = analyze(s);
    CHECK(a.paths_capped);
    CHECK(a.paths == path_count_cap);
    CHECK(a.skills[0].best == n - 1);
    CHECK(*a.shortest_success == n - 1);
}

TEST_CASE("analysis: the bundled-format example scenario") {
    LoadedScenario loaded = frontdesk::test::load_text(frontdesk::test::valid_scenario());
    REQUIRE(static_cast<bool>(loaded.analysis));
    const Analysis& a = *loaded.analysis;
    CHECK(a.reachable_count == 4);
    CHECK(a.success_endings == 1);
    CHECK(a.failure_endings == 1);
    // opening: 2 choices (the rude one also may reach on_mood_zero 'gone' directly); middle: 2 choices.
    CHECK(a.paths == 2 + 1 + 2);
    CHECK(*a.shortest_success == 2);
    CHECK(a.skills[0].best == 2);   // listening
    CHECK(a.skills[1].worst == -2); // respect
}

namespace {

// Every complete path from the start, as the nodes it goes through and the points earned after each one.
struct NodeBruteForce {
    std::vector<std::uint64_t> paths_through;
    std::vector<std::vector<int>> best, worst;  // per node, per skill: over the rest of the paths from it
};

NodeBruteForce enumerate_nodes(const Scenario& s) {
    std::size_t n = s.nodes.size(), skills = s.skills.size();
    NodeBruteForce out{std::vector<std::uint64_t>(n, 0), std::vector<std::vector<int>>(n, std::vector<int>(skills, std::numeric_limits<int>::min())),
                       std::vector<std::vector<int>>(n, std::vector<int>(skills, std::numeric_limits<int>::max()))};
    std::vector<NodeIndex> nodes;
    std::vector<std::vector<int>> totals_at;  // the running totals on arrival at each node of the path
    std::vector<int> totals(skills, 0);
    std::function<void(NodeIndex)> walk = [&](NodeIndex u) {
        nodes.push_back(u);
        totals_at.push_back(totals);
        const Node& node = s.nodes[static_cast<std::size_t>(u)];
        if (node.is_ending()) {
            std::vector<bool> counted(n, false);
            for (std::size_t i = 0; i < nodes.size(); ++i) {
                auto v = static_cast<std::size_t>(nodes[i]);
                if (!counted[v]) ++out.paths_through[v];
                counted[v] = true;
                for (std::size_t k = 0; k < skills; ++k) {
                    int rest = totals[k] - totals_at[i][k];
                    out.best[v][k] = std::max(out.best[v][k], rest);
                    out.worst[v][k] = std::min(out.worst[v][k], rest);
                }
            }
        } else {
            for (const Effect* effect : effects_of(s, node))
                for (NodeIndex target : outcomes(s, *effect)) {
                    for (std::size_t k = 0; k < skills; ++k) totals[k] += effect->score[k];
                    walk(target);
                    for (std::size_t k = 0; k < skills; ++k) totals[k] -= effect->score[k];
                }
        }
        nodes.pop_back();
        totals_at.pop_back();
    };
    walk(s.start);
    return out;
}

}  // namespace

TEST_CASE("each node's best and worst still reachable and paths through it match brute force (loop-free)") {
    std::mt19937 random(20261202);
    for (int round = 0; round < 400; ++round) {
        RandomShape shape;
        shape.nodes = 2 + round % 9;
        shape.mood_zero = round % 3 == 0;
        shape.timeouts = round % 4 == 0;
        shape.conditional = round % 5 >= 2;
        Scenario s = random_scenario(random, shape);
        Analysis a = analyze(s);
        std::vector<NodeAnalysis> nodes = analyze_nodes(s, a);
        NodeBruteForce b = enumerate_nodes(s);
        CAPTURE(round);
        REQUIRE(nodes.size() == s.nodes.size());
        for (std::size_t u = 0; u < s.nodes.size(); ++u) {
            CAPTURE(u);
            CHECK_FALSE(nodes[u].paths_capped);
            CHECK(nodes[u].paths == b.paths_through[u]);
            CHECK(nodes[u].can_end == a.can_end[u]);
            // Skills are compared where the brute force saw the node on a complete path.
            if (b.paths_through[u] == 0) continue;
            for (std::size_t k = 0; k < s.skills.size(); ++k) {
                CHECK(nodes[u].skills[k].best == b.best[u][k]);
                CHECK(nodes[u].skills[k].worst == b.worst[u][k]);
            }
        }
        if (s.start != no_node) CHECK(nodes[static_cast<std::size_t>(s.start)].paths == a.paths);
    }
}

TEST_CASE("a loop on the way through a node makes its paths capped; a node nobody reaches has none") {
    LoadedScenario loaded = test::load_text(test::valid_scenario());
    REQUIRE(static_cast<bool>(loaded.scenario));
    Scenario s = *loaded.scenario;
    std::vector<NodeAnalysis> nodes = analyze_nodes(s, *loaded.analysis);
    CHECK(nodes[static_cast<std::size_t>(s.start)].paths == loaded.analysis->paths);
    // A choice from the start back to itself: every node after it lies on infinitely many paths.
    Choice back = s.nodes[static_cast<std::size_t>(s.start)].choices.front();
    back.target = s.start;
    for (int& points : back.score) points = 0;
    back.conditional_gotos.clear();
    s.nodes[static_cast<std::size_t>(s.start)].choices.push_back(back);
    Analysis looped = analyze(s);
    nodes = analyze_nodes(s, looped);
    CHECK(nodes[static_cast<std::size_t>(s.start)].paths_capped);
    // Hostile: an analysis of another size gives empty results instead of reading past its vectors.
    Analysis wrong;
    CHECK(analyze_nodes(s, wrong).front().paths == 0);
}

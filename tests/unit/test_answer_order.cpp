// The order answers are shown in: a permutation of those offered, the same for a seed, node and visit, new
// on the next visit, independent of which others are offered, and the authored order where `order: fixed`.
#include <doctest/doctest.h>

#include <algorithm>
#include <set>

#include "frontdesk/answer_order.h"
#include "test_support.h"

using namespace frontdesk;

namespace {

// A scenario whose start node has `answers` answers, all to the ending.
std::shared_ptr<Scenario> many_answers(int answers) {
    std::string text = "format: 1\nid: order\ntitle: \"Order\"\nlanguage: en\nrole: client\nchannel: desk\ndifficulty: 1\n"
                       "summary: \"S.\"\ncharacter: {name: \"Ann\", mood: 50}\nstart: ask\nnodes:\n  ask:\n    say: \"Which?\"\n    choices:\n";
    for (int i = 0; i < answers; ++i)
        text += "      - {say: \"Answer " + std::to_string(i + 1) + ".\", goto: end, feedback: \"f\"}\n";
    text += "  end:\n    say: \"Bye.\"\n    end: success\n    debrief: \"d\"\n";
    LoadedScenario loaded = frontdesk::test::load_text(text, "order.yaml");
    REQUIRE_MESSAGE(static_cast<bool>(loaded.scenario), format_diagnostics(loaded));
    return std::make_shared<Scenario>(*loaded.scenario);
}

std::vector<int> all(int n) {
    std::vector<int> out;
    for (int i = 0; i < n; ++i) out.push_back(i);
    return out;
}

}  // namespace

TEST_CASE("answer order: a permutation of the offered answers, the same for the same seed, node and visit") {
    auto scenario = many_answers(6);
    std::vector<int> shown = shown_order(*scenario, 0, 1, 42, all(6));
    std::vector<int> sorted = shown;
    std::sort(sorted.begin(), sorted.end());
    CHECK(sorted == all(6));
    CHECK(shown_order(*scenario, 0, 1, 42, all(6)) == shown);
    // Over many seeds every answer is shown first at some point: no position is kept for anything.
    std::set<int> first;
    std::set<std::vector<int>> orders;
    for (std::uint64_t seed = 0; seed < 200; ++seed) {
        std::vector<int> order = shown_order(*scenario, 0, 1, seed, all(6));
        first.insert(order.front());
        orders.insert(order);
    }
    CHECK(first.size() == 6);
    CHECK(orders.size() > 100);
}

TEST_CASE("answer order: the next visit to a node and another node get other orders") {
    auto scenario = many_answers(8);
    int differ_by_visit = 0;
    for (std::uint64_t seed = 0; seed < 50; ++seed)
        if (shown_order(*scenario, 0, 1, seed, all(8)) != shown_order(*scenario, 0, 2, seed, all(8))) ++differ_by_visit;
    CHECK(differ_by_visit > 45);
}

TEST_CASE("answer order: two answers keep their relative order whichever others are offered") {
    auto scenario = many_answers(6);
    std::vector<int> full = shown_order(*scenario, 0, 1, 7, all(6));
    std::vector<int> some = shown_order(*scenario, 0, 1, 7, {1, 3, 4});
    std::vector<int> expected;
    for (int choice : full)
        if (choice == 1 || choice == 3 || choice == 4) expected.push_back(choice);
    CHECK(some == expected);
}

TEST_CASE("answer order: 'order: fixed' on the node or the scenario keeps the authored order") {
    auto scenario = many_answers(6);
    scenario->nodes[0].order = AnswerOrder::fixed;
    for (std::uint64_t seed = 0; seed < 20; ++seed) CHECK(shown_order(*scenario, 0, 1, seed, all(6)) == all(6));
    scenario->nodes[0].order.reset();
    scenario->order = AnswerOrder::fixed;
    CHECK(shown_order(*scenario, 0, 1, 3, all(6)) == all(6));
    // A node can ask for shuffling in a fixed scenario.
    scenario->nodes[0].order = AnswerOrder::shuffled;
    bool reordered = false;
    for (std::uint64_t seed = 0; seed < 20; ++seed) reordered = reordered || shown_order(*scenario, 0, 1, seed, all(6)) != all(6);
    CHECK(reordered);
}

TEST_CASE("answer order: the same seed gives the same order on every platform (a fixed engine, plain modulo)") {
    // Pinned: a change here reorders every recorded session's answers on resume.
    auto scenario = many_answers(5);
    CHECK(shown_order(*scenario, 0, 1, 1, all(5)) == std::vector<int>{2, 3, 1, 0, 4});
    CHECK(shown_order(*scenario, 0, 2, 0xdeadbeefULL, all(5)) == std::vector<int>{4, 3, 0, 2, 1});
}

TEST_CASE("answer order: arrivals count the start and every return") {
    LoadedScenario loaded = load_scenario_file(std::string(FRONTDESK_FIXTURE_DIR) + "/example/angry-client-wrong-invoice.yaml");
    REQUIRE(loaded.playable());
    Session session(loaded.scenario);
    CHECK(arrivals_at_current(session) == 1);
    session.choose(1, 0);  // invoice number: details
    CHECK(arrivals_at_current(session) == 1);
    session.time_out(0);  // silence
    session.choose(0, 0);  // back to details
    CHECK(session.node().id == "details");
    CHECK(arrivals_at_current(session) == 2);
}

// The rules a simulated trainee can follow instead of judgement (longest, shortest, first, last, best, worst):
// which answer each takes, ties, and whole runs that end, get stuck or go round a loop.
#include <doctest/doctest.h>

#include "frontdesk/strategies.h"
#include "hostile_support.h"
#include "test_support.h"

using namespace frontdesk;

namespace {

LoadedScenario fixture(const std::string& name) { return frontdesk::test::load_playable_fixture(name); }

StrategyRun run(const LoadedScenario& loaded, Strategy strategy) { return run_strategy(loaded.scenario, *loaded.analysis, strategy); }

// The authored choice numbers (1-based) a run took, as trainers count them.
std::vector<int> choices_taken(const StrategyRun& run) {
    std::vector<int> out;
    for (const Decision& decision : run.path) out.push_back(decision.choice + 1);
    return out;
}

Choice choice(std::string_view say, std::vector<int> score) {
    Choice c;
    c.say = say;
    c.score = std::move(score);
    return c;
}

}  // namespace

TEST_CASE("strategy names round-trip, and only the seven rules are known") {
    for (Strategy strategy : deterministic_strategies) CHECK(strategy_from_name(strategy_name(strategy)) == strategy);
    CHECK(strategy_from_name("random") == Strategy::random);
    CHECK_FALSE(strategy_from_name("longer").has_value());
    CHECK_FALSE(strategy_from_name("").has_value());
}

TEST_CASE("answer length counts characters, not bytes") {
    CHECK(answer_length(choice("Può attendere?", {})) == 14);
    CHECK(answer_length(choice("", {})) == 0);
}

TEST_CASE("each rule picks its answer among those offered; ties go to the first in authored order") {
    Node node;
    node.choices = {choice("Short.", {1, 0}), choice("A much longer answer.", {-1, 0}), choice("Tie len", {2, 1}),
                    choice("Also 1!", {3, 0}), choice("Same length.", {-1, 0})};
    std::vector<int> all{0, 1, 2, 3, 4};
    CHECK(pick_choice(node, all, Strategy::longest) == 1);
    CHECK(pick_choice(node, all, Strategy::shortest) == 0);
    CHECK(pick_choice(node, all, Strategy::first) == 0);
    CHECK(pick_choice(node, all, Strategy::last) == 4);
    CHECK(pick_choice(node, all, Strategy::best) == 2);   // 3 points, tied with choice 4: the first wins
    CHECK(pick_choice(node, all, Strategy::worst) == 1);  // -1, tied with choice 5
    // Only what is offered counts.
    std::vector<int> some{2, 3, 4};
    CHECK(pick_choice(node, some, Strategy::longest) == 4);
    CHECK(pick_choice(node, some, Strategy::shortest) == 2);  // 7 characters each: the first
    CHECK(pick_choice(node, some, Strategy::first) == 2);
    CHECK(pick_choice(node, some, Strategy::worst) == 4);
    CHECK_THROWS_AS(pick_choice(node, all, Strategy::random), std::logic_error);
    CHECK_THROWS_AS(pick_choice(node, {}, Strategy::first), std::logic_error);
}

TEST_CASE("the example: the best and first rules pass, the longest reaches success but fails, the others fail") {
    LoadedScenario loaded = fixture("example/angry-client-wrong-invoice.yaml");
    const Scenario& scenario = *loaded.scenario;
    StrategyRun best = run(loaded, Strategy::best);
    CHECK(choices_taken(best) == std::vector<int>{1, 1, 1});
    CHECK(best.finished());
    CHECK(scenario.nodes[static_cast<std::size_t>(best.stopped_at)].id == "thanks");
    CHECK(best.result.passed);
    CHECK(best.result.overall == doctest::Approx(100));
    CHECK(choices_taken(run(loaded, Strategy::first)) == std::vector<int>{1, 1, 1});

    // The longest opening asks for the invoice number (49 characters against 44 and 36).
    StrategyRun longest = run(loaded, Strategy::longest);
    CHECK(choices_taken(longest) == std::vector<int>{2, 1, 1});
    CHECK(longest.result.ending == EndingKind::success);
    CHECK_FALSE(longest.result.passed);
    CHECK(longest.result.overall == doctest::Approx((25.0 + 100.0 / 3 + 100.0) / 3));

    for (Strategy strategy : {Strategy::shortest, Strategy::last, Strategy::worst}) {
        INFO(strategy_name(strategy));
        StrategyRun failing = run(loaded, strategy);
        CHECK(choices_taken(failing) == std::vector<int>{3});
        CHECK(failing.path.front().mood_zero);
        CHECK(failing.result.ending == EndingKind::failure);
        CHECK_FALSE(failing.result.passed);
    }
}

TEST_CASE("a rule that leads where nothing is offered is stuck there, and does not pass") {
    LoadedScenario loaded = fixture("play/stuck.yaml");
    StrategyRun longest = run(loaded, Strategy::longest);  // "What?" is longer than "Hi."
    CHECK(longest.stuck);
    CHECK_FALSE(longest.finished());
    CHECK(loaded.scenario->nodes[static_cast<std::size_t>(longest.stopped_at)].id == "middle");
    CHECK(longest.result.ending == EndingKind::none);
    CHECK_FALSE(longest.result.passed);
    StrategyRun shortest = run(loaded, Strategy::shortest);
    CHECK(shortest.finished());
    CHECK(shortest.result.ending == EndingKind::success);
}

TEST_CASE("a rule that goes round a loop stops at the step limit and counts as looping") {
    std::string text = frontdesk::test::scenario_with("      - say: \"What?\"\n        goto: middle\n        score: {respect: -2}\n        mood: -40\n",
                                                      "      - say: \"What?\"\n        goto: opening\n");
    LoadedScenario loaded = frontdesk::test::load_text(text);
    REQUIRE(loaded.playable());
    // "What?" is longer than "Hi!" and now leads back to the opening.
    StrategyRun longest = run_strategy(loaded.scenario, *loaded.analysis, Strategy::longest, 25);
    CHECK(longest.looping);
    CHECK_FALSE(longest.stuck);
    CHECK(longest.path.size() == 25);
    CHECK_FALSE(longest.finished());
    CHECK_FALSE(longest.result.passed);
    // The playtest's limit when none is given.
    CHECK(run(loaded, Strategy::longest).path.size() == static_cast<std::size_t>(default_step_limit(*loaded.scenario)));
}

TEST_CASE("a rule sent round a node of 100,000 answers gives up in bounded time") {
    std::string choices;
    for (int i = 0; i < 100000; ++i) choices += "      - say: \"Choice.\"\n        goto: opening\n        feedback: \"Fine.\"\n";
    std::string text = frontdesk::test::scenario_with("    choices:\n      - say: \"Hi!\"\n",
                                                      "    choices:\n" + choices + "      - say: \"Hi!\"\n");
    LOAD_TEXT(loaded, text);
    REQUIRE_MESSAGE(loaded.playable(), frontdesk::test::all_diagnostics(loaded));
    auto first = frontdesk::test::run_within_limit<StrategyRun>(
        [&] { return run_strategy(loaded.scenario, *loaded.analysis, Strategy::first); });
    REQUIRE_MESSAGE(first.has_value(), "the run did not finish within the time limit");
    CHECK(first->looping);
    // Far fewer than the step limit of 10 x nodes + 50: the work limit stopped it.
    CHECK(first->path.size() < 100);
}

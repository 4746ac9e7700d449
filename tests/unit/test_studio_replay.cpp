// Replays on the studio's graph: a rule's run and a recorded session as steps, the cursor over them, and the
// graph arrows each step went along (conditional gotos, timeouts, both ways to on_mood_zero).
#include <doctest/doctest.h>

#include <string>

#include "frontdesk/recorded_session.h"
#include "frontdesk/scenario_loader.h"
#include "frontdesk/session.h"
#include "frontdesk/strategies.h"
#include "frontdesk/studio_graph.h"
#include "frontdesk/studio_replay.h"
#include "test_support.h"

using namespace frontdesk;

namespace {

LoadedScenario studio_fixture(const std::string& name) { return test::load_playable_fixture("studio/" + name); }

// The arrow a step's answer went along must start at its node and end where its goto led.
void check_answer_arrow(const GraphModel& model, const PlayStep& step, std::size_t arrow) {
    REQUIRE(arrow < model.arrows.size());
    CHECK(model.boxes[model.arrows[arrow].from].node == step.node);
    CHECK(model.boxes[model.arrows[arrow].to].node == step.led_to);
    CHECK(model.arrows[arrow].kind == (step.timed_out() ? ArrowKind::timeout : ArrowKind::choice));
    CHECK(model.arrows[arrow].choice == step.choice);
}

}  // namespace

TEST_CASE("studio replay: a rule's run replayed visits the run's nodes, with its mood and totals") {
    for (const char* file : {"play.yaml", "marks.yaml"}) {
        CAPTURE(file);
        LoadedScenario loaded = studio_fixture(file);
        for (const StrategyRun& run : run_deterministic_strategies(loaded.scenario, *loaded.analysis)) {
            CAPTURE(strategy_name(run.strategy));
            ReplayCursor cursor(replay_of_run(loaded.scenario, run));
            REQUIRE(cursor.size() == run.path.size());
            CHECK(cursor.node() == loaded.scenario->start);
            CHECK(cursor.mood() == loaded.scenario->character.mood);
            std::vector<int> totals(loaded.scenario->skills.size(), 0);
            for (std::size_t i = 0; i < run.path.size(); ++i) {
                REQUIRE(cursor.upcoming() != nullptr);
                CHECK(cursor.upcoming()->node == run.path[i].node);
                CHECK(cursor.node() == run.path[i].node);  // the session stands where the answer is given
                REQUIRE(cursor.next());
                for (std::size_t s = 0; s < totals.size(); ++s) totals[s] += run.path[i].score[s];
                CHECK(cursor.taken()->choice == run.path[i].choice);
                CHECK(cursor.node() == run.path[i].next);
                CHECK(cursor.mood() == run.path[i].mood_after);
                CHECK(cursor.totals() == totals);
            }
            CHECK(cursor.at_last());
            CHECK(cursor.node() == run.stopped_at);
        }
    }
}

TEST_CASE("studio replay: the cursor moves one step at a time and stops at both ends") {
    LoadedScenario loaded = studio_fixture("play.yaml");
    ReplayCursor cursor(replay_of_run(loaded.scenario, run_strategy(loaded.scenario, *loaded.analysis, Strategy::best)));
    REQUIRE(cursor.size() >= 2);
    CHECK(cursor.at_first());
    CHECK(cursor.taken() == nullptr);
    CHECK_FALSE(cursor.previous());
    CHECK(cursor.position() == 0);
    cursor.last();
    CHECK(cursor.at_last());
    CHECK(cursor.upcoming() == nullptr);
    CHECK_FALSE(cursor.next());
    CHECK(cursor.position() == cursor.size());
    REQUIRE(cursor.previous());
    CHECK(cursor.position() == cursor.size() - 1);
    cursor.first();
    CHECK(cursor.position() == 0);
    cursor.go_to(1'000'000);
    CHECK(cursor.at_last());

    ReplayCursor empty(Replay{});
    CHECK_FALSE(empty.next());
    CHECK_FALSE(empty.previous());
    CHECK(empty.node() == no_node);
    CHECK(empty.taken() == nullptr);
    CHECK(empty.upcoming() == nullptr);
}

TEST_CASE("studio replay: every step of every rule's run finds its arrow on the graph") {
    for (const char* file : {"play.yaml", "marks.yaml"}) {
        CAPTURE(file);
        LoadedScenario loaded = studio_fixture(file);
        GraphModel model = build_graph_model(*loaded.scenario, *loaded.analysis);
        for (const StrategyRun& run : run_deterministic_strategies(loaded.scenario, *loaded.analysis)) {
            CAPTURE(strategy_name(run.strategy));
            for (const PlayStep& step : replay_of_run(loaded.scenario, run).steps) {
                std::vector<std::size_t> arrows = graph_arrows_of(model, step);
                REQUIRE(arrows.size() == (step.led_to == no_node ? 0u : 1u) + (step.mood_zero ? 1u : 0u));
                if (step.led_to != no_node) check_answer_arrow(model, step, arrows.front());
            }
        }
    }
}

TEST_CASE("studio replay: a conditional goto's arrow is the entry that was taken") {
    // marks.yaml: opening's second answer goes to 'details' if listening > 0, else to 'stall'; from the start
    // listening is 0.
    LoadedScenario loaded = studio_fixture("marks.yaml");
    GraphModel model = build_graph_model(*loaded.scenario, *loaded.analysis);
    Session session(loaded.scenario);
    session.choose(1);
    Replay replay = replay_of_decisions(loaded.scenario, session.history());
    REQUIRE(replay.steps.size() == 1);
    CHECK(replay.steps[0].led_to == loaded.scenario->find_node("stall"));
    std::vector<std::size_t> arrows = graph_arrows_of(model, replay.steps[0]);
    REQUIRE(arrows.size() == 1);
    check_answer_arrow(model, replay.steps[0], arrows[0]);
    CHECK(model.arrows[arrows[0]].conditions.size() == 2);  // "only if ..." and "otherwise"
}

TEST_CASE("studio replay: mood falling to 0 draws the detour, after the arrow to where the answer arrived") {
    LoadedScenario loaded = studio_fixture("play.yaml");
    const Scenario& scenario = *loaded.scenario;
    GraphModel model = build_graph_model(scenario, *loaded.analysis);
    auto mood_zero_arrow = [&](std::size_t arrow) { return model.arrows[arrow].kind == ArrowKind::mood_zero; };

    // The answer's own mood: the goto is never followed, only the detour is drawn.
    Session direct(loaded.scenario);
    direct.choose(1);  // "Next.": 50 - 30, then middle's on_enter -5
    direct.choose(1);  // "Please calm down." at 15: -20 brings mood to 0
    Replay direct_replay = replay_of_decisions(loaded.scenario, direct.history());
    const PlayStep& to_zero = direct_replay.steps.back();
    CHECK(to_zero.mood_zero);
    CHECK(to_zero.led_to == no_node);
    CHECK(to_zero.next == scenario.find_node("gone"));
    std::vector<std::size_t> direct_arrows = graph_arrows_of(model, to_zero);
    REQUIRE(direct_arrows.size() == 1);
    CHECK(mood_zero_arrow(direct_arrows[0]));

    // The on_enter of the node an answer arrived at: its arrow, then the detour.
    Session arrival(loaded.scenario);
    arrival.choose(1);  // "Next.": 50 - 30, then middle's on_enter -5
    arrival.choose(2);  // to 'check' at 15
    arrival.time_out(0);  // 15 - 5, on to 'recheck', whose on_enter -10 brings mood to 0
    Replay arrival_replay = replay_of_decisions(loaded.scenario, arrival.history());
    REQUIRE(arrival_replay.steps.size() == 3);
    const PlayStep& on_arrival = arrival_replay.steps.back();
    CHECK(on_arrival.mood_zero);
    CHECK(on_arrival.led_to == scenario.find_node("recheck"));
    CHECK(on_arrival.next == scenario.find_node("gone"));
    std::vector<std::size_t> arrival_arrows = graph_arrows_of(model, on_arrival);
    REQUIRE(arrival_arrows.size() == 2);
    check_answer_arrow(model, on_arrival, arrival_arrows[0]);
    CHECK(mood_zero_arrow(arrival_arrows[1]));
}

TEST_CASE("studio replay: a recorded session replays to the same steps as the live one") {
    LoadedScenario loaded = studio_fixture("play.yaml");
    Session live(loaded.scenario);
    live.choose(0);
    live.choose(2);
    live.time_out(4);
    std::vector<DecisionRecord> records;
    for (std::size_t i = 0; i < live.history().size(); ++i)
        records.push_back(decision_record(*loaded.scenario, live.history()[i], 7, static_cast<int>(i + 1)));
    std::string error;
    std::optional<Replay> replay = replay_of_recording(loaded.scenario, records, error);
    REQUIRE_MESSAGE(replay, error);
    REQUIRE(replay->steps.size() == 3);
    for (std::size_t i = 0; i < 3; ++i) {
        CHECK(replay->steps[i].node == live.history()[i].node);
        CHECK(replay->steps[i].choice == live.history()[i].choice);
        CHECK(replay->steps[i].next == live.history()[i].next);
        CHECK(replay->steps[i].mood_after == live.history()[i].mood_after);
    }
    CHECK(replay->steps.back().timed_out());
    CHECK(replay->steps.back().totals_after == live.totals());
    // The first answer set 'greeted': the replay shows it, as the test run's log does.
    REQUIRE(replay->steps[0].flags.size() == 1);
    CHECK(loaded.scenario->flags[static_cast<std::size_t>(replay->steps[0].flags[0].flag)] == "greeted");
    CHECK(replay->steps[0].flags[0].after == 1);
}

TEST_CASE("studio replay: decisions that do not follow the scenario stop the replay where they go wrong") {
    LoadedScenario loaded = studio_fixture("play.yaml");
    Session live(loaded.scenario);
    live.choose(0);
    live.choose(2);
    std::vector<Decision> path = live.history();
    path[1].choice = 0;  // still offered at 'middle' ('greeted' is set): a different but possible answer
    CHECK(replay_of_decisions(loaded.scenario, path).steps.size() == 2);
    path[1].choice = 9;
    CHECK(replay_of_decisions(loaded.scenario, path).steps.size() == 1);
    path[0].node = loaded.scenario->find_node("check");
    CHECK(replay_of_decisions(loaded.scenario, path).steps.empty());
    path[0].node = 12345;
    CHECK(replay_of_decisions(loaded.scenario, path).steps.empty());
}

TEST_CASE("studio replay: a recording that does not fit, and a graph of another scenario, give nothing, not a crash") {
    LoadedScenario loaded = studio_fixture("play.yaml");
    DecisionRecord record;
    record.node = "opening";
    record.choice = 17;
    std::string error;
    CHECK_FALSE(replay_of_recording(loaded.scenario, {record}, error));
    CHECK(error.find("not offered") != std::string::npos);
    record.node = "no-such-node";
    record.choice = 0;
    CHECK_FALSE(replay_of_recording(loaded.scenario, {record}, error));

    PlayStep step;
    step.node = 3;
    step.led_to = 4;
    step.choice = 0;
    CHECK(graph_arrows_of(GraphModel{}, step).empty());
    CHECK_FALSE(graph_box_of(GraphModel{}, 0));
    step.node = -9;
    step.led_to = 1'000'000;
    step.mood_zero = true;
    GraphModel model = build_graph_model(*loaded.scenario, *loaded.analysis);
    std::vector<std::size_t> arrows = graph_arrows_of(model, step);
    REQUIRE(arrows.size() == 1);  // only the detour, which exists in this scenario
    CHECK(model.arrows[arrows[0]].kind == ArrowKind::mood_zero);
    CHECK_FALSE(graph_box_of(model, no_node));
    CHECK(graph_box_of(model, 2) == std::optional<std::size_t>(2));
}

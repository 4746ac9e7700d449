// The studio's test play: a session from any node with a state set by hand, what each answer changed, step
// back, restart, the state of a recorded session at a node, and hostile starts and answers.
#include <doctest/doctest.h>

#include <climits>
#include <string>

#include "frontdesk/recorded_session.h"
#include "frontdesk/scenario_loader.h"
#include "frontdesk/session.h"
#include "frontdesk/studio_play.h"
#include "test_support.h"

using namespace frontdesk;

namespace {

std::shared_ptr<const Scenario> play_fixture() { return test::load_playable_fixture("studio/play.yaml").scenario; }

int flag(const Scenario& scenario, const std::string& name) {
    for (std::size_t f = 0; f < scenario.flags.size(); ++f)
        if (scenario.flags[f] == name) return static_cast<int>(f);
    FAIL("no flag " << name);
    return -1;
}

// At 'middle' with `mood`, 'greeted' set or not.
SessionStart at_middle(const Scenario& scenario, int mood, bool greeted) {
    SessionStart start;
    start.node = scenario.find_node("middle");
    start.mood = mood;
    start.flags.assign(scenario.flags.size(), 0);
    start.flags[static_cast<std::size_t>(flag(scenario, "greeted"))] = greeted ? 1 : 0;
    return start;
}

// Everything a trainer reads of a session's state, to compare two of them.
void check_same_state(const Session& a, const Session& b) {
    CHECK(a.current() == b.current());
    CHECK(a.mood() == b.mood());
    CHECK(a.flags() == b.flags());
    CHECK(a.totals() == b.totals());
    CHECK(a.visited_nodes() == b.visited_nodes());
    CHECK(a.history().size() == b.history().size());
}

}  // namespace

TEST_CASE("studio play: from a mid node with mood 10 and a flag set, the answers offered follow that state") {
    auto scenario = play_fixture();
    TestPlay play(scenario);
    REQUIRE(play.start(at_middle(*scenario, 10, true)).empty());
    CHECK(play.current() == scenario->find_node("middle"));
    CHECK(play.session().mood() == 10);  // middle's on_enter (-5) is not applied to a state set by hand
    CHECK(play.session().flags()[static_cast<std::size_t>(flag(*scenario, "greeted"))] == 1);
    CHECK(play.offered() == std::vector<int>{0, 1, 2});  // 'greeted' holds, and 'mood < 20'
    CHECK(play.session().history().empty());
    CHECK(play.session().visited(scenario->find_node("middle")));
    CHECK_FALSE(play.session().visited(scenario->find_node("opening")));

    // The same node with mood 50 and the flag clear: only the answer without a condition.
    REQUIRE(play.start(at_middle(*scenario, 50, false)).empty());
    CHECK(play.offered() == std::vector<int>{2});
}

TEST_CASE("studio play: a start may ask for the node's on_enter, and skill totals and visited nodes are as given") {
    auto scenario = play_fixture();
    SessionStart start = at_middle(*scenario, 30, false);
    start.apply_on_enter = true;
    start.totals = {3, -1, 4};
    start.visited.assign(scenario->nodes.size(), false);
    start.visited[static_cast<std::size_t>(scenario->find_node("opening"))] = true;
    Session session(scenario, start);
    CHECK(session.mood() == 25);  // on_enter's -5
    CHECK(session.totals() == std::vector<int>{3, -1, 4});
    CHECK(session.visited(scenario->find_node("opening")));
    CHECK(session.visited(scenario->find_node("middle")));
    CHECK_FALSE(session.visited(scenario->find_node("check")));
    session.choose(2);
    CHECK(session.totals() == std::vector<int>{3, -1, 5});
}

TEST_CASE("studio play: the log says how each answer changed mood, points and flags") {
    auto scenario = play_fixture();
    TestPlay play(scenario);
    CHECK(play.current() == scenario->start);
    REQUIRE(play.choose(0));  // +10 mood, sets greeted, then middle's on_enter -5
    REQUIRE(play.log().size() == 1);
    const PlayStep& change = play.log()[0];
    CHECK(change.node == scenario->start);
    CHECK(change.choice == 0);
    CHECK(change.next == scenario->find_node("middle"));
    CHECK(change.mood_before == 50);
    CHECK(change.mood_after == 55);
    CHECK(change.arrival_mood == -5);
    CHECK(change.points == std::vector<int>{2, 1, 0});
    CHECK(change.totals_after == std::vector<int>{2, 1, 0});
    REQUIRE(change.flags.size() == 1);
    CHECK(change.flags[0].flag == flag(*scenario, "greeted"));
    CHECK(change.flags[0].before == 0);
    CHECK(change.flags[0].after == 1);

    REQUIRE(play.choose(2));  // no flag changes
    CHECK(play.log().back().flags.empty());
    CHECK(play.log().back().totals_after == std::vector<int>{2, 1, 1});
}

TEST_CASE("studio play: step back restores exactly the state before the last answer") {
    auto scenario = play_fixture();
    TestPlay play(scenario);
    REQUIRE(play.start(at_middle(*scenario, 10, true)).empty());
    REQUIRE(play.choose(2));  // to 'check'
    Session before = play.session();
    std::vector<PlayStep> log_before = play.log();
    REQUIRE(play.choose(0));  // to 'half' (promised not set)
    CHECK(play.finished());
    REQUIRE(play.step_back());
    check_same_state(play.session(), before);
    CHECK(play.log().size() == log_before.size());
    CHECK(play.log().back().next == log_before.back().next);
    CHECK(play.offered() == before.offered_choices());

    REQUIRE(play.step_back());  // back to the hand-set state
    CHECK(play.steps() == 0);
    CHECK(play.current() == scenario->find_node("middle"));
    CHECK(play.session().mood() == 10);
}

TEST_CASE("studio play: restart comes back to the state started from, with nothing played") {
    auto scenario = play_fixture();
    TestPlay play(scenario);
    REQUIRE(play.start(at_middle(*scenario, 10, true)).empty());
    Session fresh = play.session();
    REQUIRE(play.choose(0));
    REQUIRE(play.finished());
    play.restart();
    check_same_state(play.session(), fresh);
    CHECK(play.log().empty());

    // Before any start, restart is the scenario's own start, as a trainee's session (its on_enter applied).
    TestPlay from_start(scenario);
    REQUIRE(from_start.time_out());
    from_start.restart();
    check_same_state(from_start.session(), Session(scenario));
}

TEST_CASE("studio play: a session played from the start is the same as ever") {
    auto scenario = play_fixture();
    Session plain(scenario);
    Session from_default(scenario, SessionStart{no_node, std::nullopt, {}, {}, {}, true});
    check_same_state(plain, from_default);
    plain.choose(0);
    from_default.choose(0);
    check_same_state(plain, from_default);
    CHECK(plain.history()[0].led_to == scenario->find_node("middle"));
}

TEST_CASE("studio play: state_at_node from a replayed recording equals the live session's state there") {
    auto scenario = play_fixture();
    Session live(scenario);
    live.choose(0);  // opening -> middle
    SessionStart at_middle_live = live.state();
    live.choose(2);  // middle -> check
    SessionStart at_check_live = live.state();
    live.choose(0);  // check -> half
    std::vector<DecisionRecord> records;
    for (std::size_t i = 0; i < live.history().size(); ++i)
        records.push_back(decision_record(*scenario, live.history()[i], 1, static_cast<int>(i + 1)));

    RecordedState at_check = state_at_node(scenario, records, scenario->find_node("check"));
    REQUIRE_MESSAGE(at_check, at_check.reason);
    CHECK(at_check.answers == 2);
    CHECK(at_check.state->node == at_check_live.node);
    CHECK(at_check.state->mood == at_check_live.mood);
    CHECK(at_check.state->flags == at_check_live.flags);
    CHECK(at_check.state->totals == at_check_live.totals);
    CHECK(at_check.state->visited == at_check_live.visited);

    RecordedState at_middle = state_at_node(scenario, records, scenario->find_node("middle"));
    REQUIRE(at_middle);
    CHECK(at_middle.answers == 1);
    CHECK(at_middle.state->mood == at_middle_live.mood);

    // Playing from the state taken there is the live session from that point on.
    TestPlay play(scenario);
    REQUIRE(play.start(*at_check.state).empty());
    REQUIRE(play.choose(0));
    CHECK(play.current() == live.current());
    CHECK(play.session().mood() == live.mood());
    CHECK(play.session().totals() == live.totals());
    CHECK(play.session().flags() == live.flags());

    RecordedState at_start = state_at_node(scenario, records, scenario->start);
    REQUIRE(at_start);
    CHECK(at_start.answers == 0);
    CHECK(at_start.state->mood == 50);
}

TEST_CASE("studio play: state_at_node says why when the session never got there or does not fit") {
    auto scenario = play_fixture();
    Session live(scenario);
    live.choose(0);
    std::vector<DecisionRecord> records{decision_record(*scenario, live.history()[0], 1, 1)};

    RecordedState never = state_at_node(scenario, records, scenario->find_node("happy"));
    CHECK_FALSE(never);
    CHECK(never.reason.find("never reached node 'happy'") != std::string::npos);

    RecordedState bad_node = state_at_node(scenario, records, 99);
    CHECK_FALSE(bad_node);
    CHECK(bad_node.reason.find("not one of the scenario's") != std::string::npos);
    CHECK_FALSE(state_at_node(scenario, records, -7));

    records[0].node = "check";  // not where the session stood
    RecordedState misfit = state_at_node(scenario, records, scenario->find_node("middle"));
    CHECK_FALSE(misfit);
    CHECK(misfit.reason.find("does not fit") != std::string::npos);

    CHECK_FALSE(state_at_node(nullptr, records, 0));
}

TEST_CASE("studio play: a start with a node out of range or the wrong number of flags is refused and changes nothing") {
    auto scenario = play_fixture();
    TestPlay play(scenario);
    REQUIRE(play.choose(0));
    SessionStart bad;
    bad.node = static_cast<NodeIndex>(scenario->nodes.size());
    CHECK(play.start(bad).find("is not one of the scenario's") != std::string::npos);
    bad.node = -5;
    CHECK_FALSE(play.start(bad).empty());
    bad.node = no_node;
    bad.flags = {1, 2, 3, 4, 5};
    CHECK(play.start(bad).find("5 flag values given for the scenario's 2 flags") != std::string::npos);
    bad.flags.clear();
    bad.totals = {1};
    CHECK(play.start(bad).find("skill totals") != std::string::npos);
    bad.totals.clear();
    bad.visited = {true};
    CHECK(play.start(bad).find("visited marks") != std::string::npos);
    // Nothing changed: still one answer in, at middle.
    CHECK(play.steps() == 1);
    CHECK(play.current() == scenario->find_node("middle"));

    CHECK_THROWS_AS(Session(scenario, bad), std::logic_error);
}

TEST_CASE("studio play: mood and totals beyond their range are clamped, not trusted") {
    auto scenario = play_fixture();
    SessionStart start = at_middle(*scenario, 1000, false);
    start.totals = {INT_MAX, INT_MIN, 0};
    Session high(scenario, start);
    CHECK(high.mood() == 100);
    CHECK(high.totals() == std::vector<int>{session_total_limit, -session_total_limit, 0});
    high.choose(2);  // +1 problem solving: no overflow anywhere
    CHECK(high.totals()[2] == 1);
    start.mood = -40;
    CHECK(Session(scenario, start).mood() == 0);
}

TEST_CASE("studio play: step back at the start is a no-op, an answer not offered is refused") {
    auto scenario = play_fixture();
    TestPlay play(scenario);
    Session fresh = play.session();
    CHECK_FALSE(play.step_back());
    check_same_state(play.session(), fresh);

    REQUIRE(play.start(at_middle(*scenario, 50, false)).empty());
    CHECK_FALSE(play.choose(0));   // its condition ('greeted') does not hold
    CHECK_FALSE(play.choose(1));   // nor 'mood < 20'
    CHECK_FALSE(play.choose(3));   // no such choice
    CHECK_FALSE(play.choose(-1));
    CHECK_FALSE(play.choose(INT_MAX));
    CHECK(play.steps() == 0);
    CHECK(play.current() == scenario->find_node("middle"));

    REQUIRE(play.choose(2));
    REQUIRE(play.choose(0));   // to 'half', an ending
    REQUIRE(play.finished());
    CHECK_FALSE(play.choose(0));
    CHECK_FALSE(play.time_out());
    CHECK(play.steps() == 2);
}

TEST_CASE("studio play: a null scenario is a programming error, not a crash") {
    CHECK_THROWS_AS(TestPlay(nullptr), std::logic_error);
}

// Playing a scenario: offered choices, mood, flags, timeouts, on_mood_zero, save and restore.
#include <doctest/doctest.h>

#include "frontdesk/scoring.h"
#include "frontdesk/session.h"
#include "frontdesk/session_state.h"
#include "test_support.h"

using namespace frontdesk;
using frontdesk::test::load_text;
using frontdesk::test::valid_scenario;

namespace {

std::shared_ptr<const Scenario> valid() {
    LoadedScenario loaded = load_text(valid_scenario());
    REQUIRE_MESSAGE(loaded.playable(), format_diagnostics(loaded));
    return loaded.scenario;
}

const char* timed_scenario = R"YAML(format: 1
id: timed
title: "Timed"
language: en
role: client
channel: chat
difficulty: 1
summary: "Chat."
time_limit: 30
character: {name: "Ann", mood: 20}
on_mood_zero: left
start: hello
nodes:
  hello:
    say: "Hi?"
    choices:
      - say: "Hello Ann!"
        goto: again
        score: {respect: 2}
        feedback: "Greeting."
    on_timeout: {goto: again, mood: -10, score: {listening: -1}, feedback: "Slow."}
  again:
    say: "Are you there?"
    choices:
      - say: "Sorry, here I am."
        goto: done
        if: "visited(hello)"
        set: {apologised: 2}
        feedback: "Ok."
      - say: "Only if you asked twice"
        goto: done
        if: "apologised == 2"
        feedback: "Never offered."
    on_timeout: {goto: done, mood: -20, feedback: "Slower."}
  done:
    end: success
    debrief: "Done."
  left:
    end: failure
    debrief: "Left."
)YAML";

}  // namespace

TEST_CASE("session: starts at start with the character's mood") {
    Session session(valid());
    CHECK(session.node().id == "opening");
    CHECK(session.mood() == 40);
    CHECK(session.offered_choices() == std::vector<int>{0, 1});
    CHECK_FALSE(session.finished());
    CHECK_FALSE(session.can_time_out());  // no time_limit
}

TEST_CASE("session: choosing applies score, mood, flags and moves on") {
    Session session(valid());
    const Decision& d = session.choose(0, 3.5);
    CHECK(d.node == session.scenario().find_node("opening"));
    CHECK(d.mood_before == 40);
    CHECK(d.mood_after == 50);
    CHECK(d.response_seconds == doctest::Approx(3.5));
    CHECK(session.node().id == "middle");
    CHECK(session.totals() == std::vector<int>{2, 1, 0});
    CHECK(session.offered_choices() == std::vector<int>{0, 1});  // mood 50 >= 30
    session.choose(0);
    CHECK(session.flags()[0] == 1);
    CHECK(session.at_ending());
    CHECK(session.ending() == EndingKind::success);
    CHECK(session.history().size() == 2);
}

TEST_CASE("session: a false condition hides the choice; choosing it anyway is a programming error") {
    Session session(valid());
    session.choose(1);  // mood 40 - 40 = 0 -> on_mood_zero
    CHECK(session.node().id == "gone");
    CHECK(session.history().back().mood_zero);
    Session other(valid());
    CHECK_THROWS_AS(other.choose(5), std::logic_error);
}

TEST_CASE("session: mood is clamped to 0..100 and on_mood_zero takes over only when mood falls") {
    Session session(valid());
    session.choose(0);  // 50
    session.choose(1);  // -20 -> 30, goes to gone by goto
    CHECK(session.mood() == 30);
    CHECK_FALSE(session.history().back().mood_zero);
}

TEST_CASE("session: timeouts, visited() and integer flags") {
    LoadedScenario loaded = load_text(timed_scenario);
    REQUIRE_MESSAGE(loaded.playable(), format_diagnostics(loaded));
    Session session(loaded.scenario);
    CHECK(session.can_time_out());
    const Decision& d = session.time_out(31);
    CHECK(d.timed_out());
    CHECK(session.mood() == 10);
    CHECK(session.totals()[0] == -1);
    CHECK(session.node().id == "again");
    CHECK(session.offered_choices() == std::vector<int>{0});  // visited(hello) true, apologised not yet 2
    session.time_out(40);  // mood 10 - 20 -> 0: on_mood_zero
    CHECK(session.node().id == "left");
    CHECK(session.ending() == EndingKind::failure);
}

TEST_CASE("session: save and restore resumes exactly") {
    LoadedScenario loaded = load_text(timed_scenario);
    REQUIRE(loaded.playable());
    Session session(loaded.scenario);
    session.choose(0, 4.25);
    nlohmann::json saved = save_session(session);
    std::string text = saved.dump();
    std::string error;
    auto restored = restore_session(loaded.scenario, nlohmann::json::parse(text), error);
    REQUIRE_MESSAGE(restored, error);
    CHECK(restored->node().id == session.node().id);
    CHECK(restored->mood() == session.mood());
    CHECK(restored->totals() == session.totals());
    CHECK(restored->flags() == session.flags());
    REQUIRE(restored->history().size() == 1);
    CHECK(restored->history()[0].response_seconds == doctest::Approx(4.25));
    // Both continue identically.
    session.choose(0, 1);
    restored->choose(0, 1);
    CHECK(restored->flags() == session.flags());
    CHECK(restored->at_ending());
}

TEST_CASE("session: restore refuses other scenarios, changed files and impossible histories") {
    LoadedScenario loaded = load_text(timed_scenario);
    REQUIRE(loaded.playable());
    Session session(loaded.scenario);
    session.choose(0);
    nlohmann::json saved = save_session(session);
    std::string error;

    LoadedScenario changed = load_text(std::string(timed_scenario) + "\n# edited\n");
    REQUIRE(changed.playable());
    CHECK_FALSE(restore_session(changed.scenario, saved, error));
    CHECK(error.find("changed") != std::string::npos);

    nlohmann::json wrong = saved;
    wrong["decisions"][0]["choice"] = 7;
    CHECK_FALSE(restore_session(loaded.scenario, wrong, error));
    CHECK(error.find("not offered") != std::string::npos);

    nlohmann::json malformed = {{"scenario", "timed"}};
    CHECK_FALSE(restore_session(loaded.scenario, malformed, error));
    CHECK(error.find("malformed") != std::string::npos);

    nlohmann::json other = saved;
    other["scenario"] = "another";
    CHECK_FALSE(restore_session(loaded.scenario, other, error));
}

TEST_CASE("scoring: percentages of the best path, clamped, and the pass rule") {
    LoadedScenario loaded = load_text(valid_scenario());
    REQUIRE(loaded.playable());
    Session session(loaded.scenario);
    session.choose(0);
    session.choose(0);
    SessionResult result = score_session(session.scenario(), *loaded.analysis, session.history(), session.ending());
    REQUIRE(result.skills.size() == 3);
    CHECK(result.skills[0].raw == 2);
    CHECK(result.skills[0].best == 2);
    CHECK(*result.skills[0].percent == doctest::Approx(100));
    CHECK(*result.skills[2].percent == doctest::Approx(100));
    CHECK(result.overall == doctest::Approx(100));
    CHECK(result.passed);

    Session rude(loaded.scenario);
    rude.choose(1);  // respect -2, mood zero -> failure
    SessionResult bad = score_session(rude.scenario(), *loaded.analysis, rude.history(), rude.ending());
    CHECK(*bad.skills[1].percent == doctest::Approx(0));  // clamped, not negative
    CHECK_FALSE(bad.passed);
}

TEST_CASE("scoring: a failure ending never passes, whatever the points") {
    LoadedScenario loaded = load_text(valid_scenario());
    REQUIRE(loaded.playable());
    Session session(loaded.scenario);
    session.choose(0);
    SessionResult result = score_session(session.scenario(), *loaded.analysis, session.history(), EndingKind::failure);
    CHECK_FALSE(result.passed);
    SessionResult unfinished = score_session(session.scenario(), *loaded.analysis, session.history(), EndingKind::none);
    CHECK_FALSE(unfinished.passed);
}

TEST_CASE("review: the better-scoring offered alternative is named") {
    LoadedScenario loaded = load_text(valid_scenario());
    REQUIRE(loaded.playable());
    Session session(loaded.scenario);
    session.choose(0);
    session.choose(1);
    std::vector<DecisionReview> reviews = review_session(session.scenario(), session.history());
    REQUIRE(reviews.size() == 2);
    CHECK_FALSE(reviews[0].better_choice);  // the best answer was taken
    REQUIRE(reviews[1].better_choice);
    CHECK(*reviews[1].better_choice == 0);
    CHECK(reviews[1].feedback == "Passing the buck.");
    CHECK(reviews[1].said == "Not my department.");
}

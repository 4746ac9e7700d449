// on_enter (what arriving at a node does), `ideal: true` on an answer, `order` on a node or the scenario, and
// the Italian words a trainer may write for the format's English ones.
#include <doctest/doctest.h>

#include "format_support.h"
#include "frontdesk/session.h"

using namespace frontdesk;
using frontdesk::test::load_text;
using frontdesk::test::playable;
using frontdesk::test::scenario_nodes;

namespace {

// 'opening' leads to 'waited', whose on_enter costs mood and sets a flag; 'waited' offers an answer only
// when the flag is set. Character mood 50.
const char* waiting_nodes =
    "  opening:\n"                                   // 14
    "    say: \"Hello.\"\n"                           // 15
    "    choices:\n"                                 // 16
    "      - say: \"One moment, please.\"\n"          // 17
    "        goto: waited\n"                         // 18
    "        mood: 5\n"                              // 19
    "        score: {listening: 1}\n"                // 20
    "        feedback: \"Polite.\"\n"                 // 21
    "        ideal: true\n"                          // 22
    "      - say: \"Wait.\"\n"                        // 23
    "        goto: waited\n"                         // 24
    "        feedback: \"Curt.\"\n"                   // 25
    "  waited:\n"                                    // 26
    "    narration: \"Ten minutes pass.\"\n"          // 27
    "    on_enter: {mood: -30, set: {kept_waiting: true}}\n"  // 28
    "    order: fixed\n"                             // 29
    "    say: \"Still here.\"\n"                      // 30
    "    choices:\n"                                 // 31
    "      - say: \"Sorry for the wait.\"\n"          // 32
    "        if: \"kept_waiting\"\n"                  // 33
    "        goto: done\n"                           // 34
    "        feedback: \"Owned.\"\n"                  // 35
    "  done:\n"                                      // 36
    "    say: \"Fine.\"\n"                            // 37
    "    end: success\n"                             // 38
    "    debrief: \"Done.\"\n"                        // 39
    "  gone:\n"                                      // 40
    "    say: \"Bye.\"\n"                             // 41
    "    end: failure\n"                             // 42
    "    debrief: \"Gone.\"\n";                       // 43

}  // namespace

TEST_CASE("on_enter: arriving changes mood and flags before the answers are offered") {
    auto scenario = playable(load_text(scenario_nodes(waiting_nodes)));
    const Node& waited = scenario->nodes[static_cast<std::size_t>(scenario->find_node("waited"))];
    REQUIRE(waited.on_enter);
    CHECK(waited.on_enter->mood == -30);
    CHECK(waited.order == AnswerOrder::fixed);
    CHECK(scenario->nodes[0].choices[0].ideal);
    CHECK_FALSE(scenario->nodes[0].choices[1].ideal);
    Session session(scenario);
    const Decision& decision = session.choose(0);
    CHECK(decision.mood_before == 50);
    CHECK(decision.arrival_mood == -30);
    CHECK(decision.mood_after == 25);  // 50 + 5, then -30 on arrival
    CHECK(session.mood() == 25);
    CHECK(session.offered_choices() == std::vector<int>{0});  // the flag on_enter set
}

TEST_CASE("on_enter: bringing mood to 0 hands over to on_mood_zero, as an answer would") {
    std::string text = scenario_nodes(waiting_nodes, "on_mood_zero: gone\n");
    text.replace(text.find("mood: -30"), 9, "mood: -90");
    auto scenario = playable(load_text(text));
    Session session(scenario);
    const Decision& decision = session.choose(1);
    CHECK(decision.mood_zero);
    CHECK(scenario->nodes[static_cast<std::size_t>(session.current())].id == "gone");
    CHECK(session.at_ending());
}

TEST_CASE("on_enter on the start node is the situation the trainee walks into") {
    std::string text = scenario_nodes(waiting_nodes);
    text.replace(text.find("  opening:\n"), 11, "  opening:\n    on_enter: {mood: -10}\n");
    Session session(playable(load_text(text)));
    CHECK(session.mood() == 40);
}

TEST_CASE("on_enter, ideal and order: mistakes are located and named") {
    auto with = [](const std::string& from, const std::string& to, const std::string& top = "") {
        std::string text = scenario_nodes(waiting_nodes, top);
        text.replace(text.find(from), from.size(), to);
        return load_text(text);
    };
    CHECK_AT(with("{mood: -30, set: {kept_waiting: true}}", "{mood: -30, set: {kept_waiting: true}, score: 1}"), Severity::error, 28, 54, 5,
             "unknown key 'score' in node 'waited' 'on_enter'; expected one of: mood, set");
    LoadedScenario empty = with("    on_enter: {mood: -30, set: {kept_waiting: true}}\n", "    on_enter: {}\n    # kept_waiting\n");
    CHECK_AT(empty, Severity::warning, 28, 15, 1, "this 'on_enter' changes nothing");
    CHECK_AT(with("ideal: true", "ideal: yes please"), Severity::error, 22, 16, 10, "'ideal' must be true or false, found 'yes please'");
    CHECK_AT(with("ideal: true", "ideal: vero"), Severity::error, 22, 16, 4, "'ideal' is written in English: write true for 'vero'");
    CHECK_AT(with("        feedback: \"Curt.\"\n", "        feedback: \"Curt.\"\n        ideal: true\n"), Severity::error, 23, 9, 1,
             "choice 2 of node 'opening' is marked 'ideal', and so is choice 1; mark only the one answer you intend as the best");
    CHECK_AT(with("order: fixed", "order: random"), Severity::error, 29, 12, 6, "'order' must be one of: shuffled, fixed; found 'random'");
    CHECK_AT(with("    end: failure\n", "    end: failure\n    order: fixed\n"), Severity::error, 43, 5, 5,
             "'order' arranges a node's answers, and node 'gone' is an ending with none; remove it");
    LoadedScenario whole = with("    order: fixed\n", "", "order: fixed\n");
    REQUIRE(static_cast<bool>(whole.scenario));
    CHECK(whole.scenario->order == AnswerOrder::fixed);
}

TEST_CASE("Italian words for the format's English ones: the message names the English word") {
    auto with = [](const std::string& from, const std::string& to) {
        std::string text = scenario_nodes(waiting_nodes);
        text.replace(text.find(from), from.size(), to);
        return load_text(text);
    };
    CHECK_AT(with("role: client", "role: cliente"), Severity::error, 5, 7, 7,
             "'role' is written in English: write 'client' for 'cliente'");
    CHECK_AT(with("channel: desk", "channel: sportello"), Severity::error, 6, 10, 9, "write 'desk' for 'sportello'");
    CHECK_AT(with("    end: success\n", "    end: successo\n"), Severity::error, 38, 10, 8, "write 'success' for 'successo'");
    CHECK_AT(with("score: {listening: 1}", "score: {ascolto: 1}"), Severity::error, 20, 17, 7,
             "score for undeclared skill 'ascolto'; skills are written in English: write 'listening'");
    CHECK_AT(with("{kept_waiting: true}", "{kept_waiting: vero}"), Severity::error, 28, 47, 4,
             "flag 'kept_waiting' is set to 'vero'; values are written in English: write true");
    CHECK_AT(with("    say: \"Still here.\"\n", "    dice: \"Still here.\"\n"), Severity::error, 30, 5, 4,
             "unknown key 'dice' in node 'waited'; keys are written in English: write 'say'");
}

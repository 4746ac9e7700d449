// Conditional `goto` (a list of `- if: / node:` entries, the last with no `if`) on choices and on_timeout:
// reading it and its mistakes, where a session goes (conditions see the answer's set, score and mood), the
// checks, and the graph export's one arrow per entry.
#include <doctest/doctest.h>

#include "format_support.h"
#include "frontdesk/analysis.h"
#include "frontdesk/graph_export.h"
#include "frontdesk/session.h"

using frontdesk::LoadedScenario;
using frontdesk::Session;
using frontdesk::Severity;
using frontdesk::test::load_text;
using frontdesk::test::playable;
using frontdesk::test::scenario_nodes;

namespace {

// 'opening' (line 14) has two choices whose gotos are lists; the nodes they lead to follow. Character mood 50.
const char* promise_nodes =
    "  opening:\n"                              // 14
    "    say: \"Hello.\"\n"                      // 15
    "    choices:\n"                            // 16
    "      - say: \"I'll call you back.\"\n"     // 17
    "        set: {promised: true}\n"           // 18
    "        goto:\n"                           // 19
    "          - if: \"promised\"\n"             // 20
    "            node: broken_promise\n"        // 21
    "          - node: calm_again\n"            // 22
    "        score: {listening: 2}\n"           // 23
    "        feedback: \"A promise.\"\n"         // 24
    "      - say: \"Goodbye, then, and good luck with all of that.\"\n"  // 25
    "        goto:\n"                           // 26
    "          - if: \"mood < 40\"\n"            // 27
    "            node: gone\n"                  // 28
    "          - if: \"respect >= 1\"\n"         // 29
    "            node: broken_promise\n"        // 30
    "          - node: calm_again\n"            // 31
    "        mood: -20\n"                       // 32
    "        score: {respect: 1}\n"             // 33
    "        feedback: \"Cold.\"\n"              // 34
    "  broken_promise:\n"                       // 35
    "    say: \"You promised!\"\n"               // 36
    "    end: partial\n"                        // 37
    "    debrief: \"A promise.\"\n"              // 38
    "  calm_again:\n"                           // 39
    "    say: \"Thanks.\"\n"                     // 40
    "    end: success\n"                        // 41
    "    debrief: \"Good.\"\n"                   // 42
    "  gone:\n"                                 // 43
    "    say: \"Bye.\"\n"                        // 44
    "    end: failure\n"                        // 45
    "    debrief: \"Gone.\"\n";                  // 46

std::string promise_scenario() { return scenario_nodes(promise_nodes); }

// `text` with its one occurrence of `from` replaced by `to` (the test stops when `from` is missing or repeated).
std::string replaced(std::string text, const std::string& from, const std::string& to) {
    std::size_t at = text.find(from);
    REQUIRE_MESSAGE(at != std::string::npos, "text to replace not found: " << from);
    REQUIRE_MESSAGE(text.find(from, at + 1) == std::string::npos, "text to replace is ambiguous: " << from);
    return text.replace(at, from.size(), to);
}

const std::string& id_of(const Session& session) { return session.node().id; }

}  // namespace

TEST_SUITE("conditional goto") {

TEST_CASE("a goto list is read into entries and a last target") {
    LoadedScenario loaded = load_text(promise_scenario());
    auto scenario = playable(loaded);
    const frontdesk::Choice& choice = scenario->nodes[0].choices[1];
    REQUIRE(choice.conditional_gotos.size() == 2);
    CHECK(choice.conditional_gotos[0].condition->text() == "mood < 40");
    CHECK(choice.conditional_gotos[0].target == scenario->find_node("gone"));
    CHECK(choice.conditional_gotos[0].location.line == 27);
    CHECK(choice.conditional_gotos[0].location.column == 13);
    CHECK(choice.conditional_gotos[0].target_location.line == 28);
    CHECK(choice.conditional_gotos[1].condition->text() == "respect >= 1");
    CHECK(choice.target == scenario->find_node("calm_again"));
    CHECK(choice.target_location.line == 31);
    CHECK(choice.target_location.column == 19);
}

TEST_CASE("a list with one entry and no 'if' is a plain goto") {
    LoadedScenario loaded = load_text(replaced(promise_scenario(), "          - if: \"promised\"\n            node: broken_promise\n", ""));
    auto scenario = playable(loaded);
    CHECK(scenario->nodes[0].choices[0].conditional_gotos.empty());
    CHECK(scenario->nodes[0].choices[0].target == scenario->find_node("calm_again"));
}

TEST_CASE("the session takes the first entry that holds, after the answer's set") {
    auto scenario = playable(load_text(promise_scenario()));
    Session session(scenario);
    const frontdesk::Decision& decision = session.choose(0);
    CHECK(id_of(session) == "broken_promise");
    CHECK(decision.next == scenario->find_node("broken_promise"));
}

TEST_CASE("conditions see the answer's new mood and new skill totals") {
    auto scenario = playable(load_text(promise_scenario()));
    // Mood 50 - 20 = 30: 'mood < 40' holds.
    Session cold(scenario);
    cold.choose(1);
    CHECK(id_of(cold) == "gone");
    // With the mood at 70 - 20 = 50 the first entry fails and 'respect >= 1' sees the point just earned.
    auto warmer = playable(load_text(replaced(promise_scenario(), "  mood: 50\n", "  mood: 70\n")));
    Session session(warmer);
    session.choose(1);
    CHECK(id_of(session) == "broken_promise");
    CHECK(session.history().back().score == std::vector<int>{0, 1, 0});
}

TEST_CASE("when no entry holds the last one is taken") {
    auto scenario = playable(load_text(
        replaced(replaced(promise_scenario(), "  mood: 50\n", "  mood: 70\n"), "score: {respect: 1}", "score: {respect: 0}")));
    Session session(scenario);
    session.choose(1);
    CHECK(id_of(session) == "calm_again");
}

TEST_CASE("on_mood_zero takes over from a conditional goto when the answer empties the mood") {
    std::string text = replaced(promise_scenario(), "mood: -20", "mood: -60");
    text = replaced(text, "start: opening\n", "on_mood_zero: gone\nstart: opening\n");
    text = replaced(text, "          - if: \"mood < 40\"\n            node: gone\n", "");
    auto scenario = playable(load_text(text));
    Session session(scenario);
    const frontdesk::Decision& decision = session.choose(1);
    CHECK(decision.mood_zero);
    CHECK(id_of(session) == "gone");
}

TEST_CASE("an on_timeout with a conditional goto") {
    std::string text = replaced(promise_scenario(), "start: opening\n", "time_limit: 30\nstart: opening\n");
    text = replaced(text, "        feedback: \"Cold.\"\n",
                    "        feedback: \"Cold.\"\n"
                    "    on_timeout:\n"
                    "      mood: -30\n"
                    "      goto:\n"
                    "        - if: \"mood < 25\"\n"
                    "          node: gone\n"
                    "        - node: calm_again\n"
                    "      feedback: \"Silence.\"\n");
    auto scenario = playable(load_text(text));
    REQUIRE(scenario->nodes[0].on_timeout->conditional_gotos.size() == 1);
    Session session(scenario);
    session.time_out(40);
    CHECK(id_of(session) == "gone");  // 50 - 30 = 20
    auto calmer = playable(load_text(replaced(text, "  mood: 50\n", "  mood: 60\n")));
    Session other(calmer);
    other.time_out(40);
    CHECK(id_of(other) == "calm_again");  // 60 - 30 = 30
}

TEST_CASE("an entry before the last without 'if' is an error at the entry") {
    LoadedScenario loaded = load_text(replaced(promise_scenario(), "          - if: \"respect >= 1\"\n            node: broken_promise\n",
                                               "          - node: broken_promise\n"));
    CHECK_AT(loaded, Severity::error, 29, 13, 1,
             "entry 2 of 'goto' has no 'if', so the entries after it could never be taken; give it a condition, or make it the last entry");
    CHECK(loaded.diagnostics.error_count() == 1);
}

TEST_CASE("a last entry with 'if' is an error at its 'if'") {
    LoadedScenario loaded = load_text(replaced(promise_scenario(), "          - node: calm_again\n        mood: -20",
                                               "          - if: \"mood > 90\"\n            node: calm_again\n        mood: -20"));
    CHECK_AT(loaded, Severity::error, 31, 13, 2,
             "the last entry of a conditional goto takes no 'if': it is where the conversation goes when no condition holds");
    CHECK(loaded.diagnostics.error_count() == 1);
}

TEST_CASE("an entry's node is checked like any goto, with a suggestion") {
    LoadedScenario loaded = load_text(replaced(promise_scenario(), "            node: gone\n", "            node: gnoe\n"));
    CHECK_AT(loaded, Severity::error, 28, 19, 4, "'goto' names node 'gnoe', which does not exist; did you mean 'gone'?");
    CHECK(loaded.diagnostics.error_count() == 1);
}

TEST_CASE("an entry's keys are checked: a typo, and no node") {
    LoadedScenario typo = load_text(replaced(promise_scenario(), "            node: gone\n", "            nod: gone\n"));
    CHECK_AT(typo, Severity::error, 28, 13, 3, "unknown key 'nod' in entry 1 of 'goto'; did you mean 'node'?");
    CHECK(typo.diagnostics.error_count() == 1);
    LoadedScenario missing = load_text(replaced(promise_scenario(), "          - if: \"mood < 40\"\n            node: gone\n",
                                                "          - if: \"mood < 40\"\n"));
    CHECK_AT(missing, Severity::error, 27, 13, 1, "missing required key 'node' in entry 1 of 'goto'");
    CHECK(missing.diagnostics.error_count() == 1);
}

TEST_CASE("an entry that is not a map, an empty list and a map are errors") {
    LoadedScenario word = load_text(replaced(promise_scenario(), "          - node: calm_again\n        score: {listening",
                                             "          - calm_again\n        score: {listening"));
    CHECK_AT(word, Severity::error, 22, 13, 10, "entry 2 of 'goto' must be a map");
    LoadedScenario empty = load_text(replaced(promise_scenario(),
                                              "        goto:\n          - if: \"promised\"\n            node: broken_promise\n          - node: calm_again\n",
                                              "        goto: []\n"));
    CHECK_AT(empty, Severity::error, 19, 15, 1, "'goto' is an empty list");
    LoadedScenario map = load_text(replaced(promise_scenario(),
                                            "        goto:\n          - if: \"promised\"\n            node: broken_promise\n          - node: calm_again\n",
                                            "        goto:\n          if: \"promised\"\n          node: broken_promise\n"));
    CHECK_AT(map, Severity::error, 20, 11, 1, "'goto' must be a node id, or a list of entries each starting with '- '");
}

TEST_CASE("an entry's condition is bound with the others: errors point inside it") {
    LoadedScenario unset = load_text(replaced(promise_scenario(), "if: \"promised\"", "if: \"promissed\""));
    CHECK_AT(unset, Severity::error, 20, 18, 9, "flag 'promissed' is read in this condition but never set by any choice; did you mean 'promised'?");
    LoadedScenario syntax = load_text(replaced(promise_scenario(), "if: \"mood < 40\"", "if: \"mood < < 40\""));
    CHECK_AT(syntax, Severity::error, 27, 25, 1, "invalid condition");
    LoadedScenario visited = load_text(replaced(promise_scenario(), "if: \"respect >= 1\"", "if: \"visited(opening)\""));
    CHECK(playable(visited)->nodes[0].choices[1].conditional_gotos[1].condition->text() == "visited(opening)");
}

TEST_CASE("a conditional goto with more entries than the cap is one error") {
    std::string entries;
    for (int i = 0; i < 40; ++i) entries += "          - if: \"mood < " + std::to_string(i) + "\"\n            node: gone\n";
    LoadedScenario loaded = load_text(replaced(promise_scenario(), "          - if: \"mood < 40\"\n            node: gone\n", entries));
    CHECK_AT(loaded, Severity::error, 27, 11, 1, "this 'goto' lists 42 entries; a conditional goto has at most 32");
    CHECK(loaded.diagnostics.error_count() == 1);
}

TEST_CASE("an entry that repeats an earlier entry's condition is a warning at the entry") {
    LoadedScenario loaded = load_text(replaced(promise_scenario(), "if: \"respect >= 1\"", "if: \"mood<40\""));
    CHECK_AT(loaded, Severity::warning, 29, 13, 1, "entry 2 of this 'goto' has the same condition as entry 1 ('mood<40'), so it can never be taken");
}

TEST_CASE("a node reached only through an entry is reachable, and an entry's loop that scores is found") {
    LoadedScenario loaded = load_text(promise_scenario());
    CHECK(frontdesk::test::find_diagnostic(loaded, "cannot be reached") == nullptr);
    REQUIRE(loaded.analysis.get() != nullptr);
    CHECK(loaded.analysis->reachable_count == 4);
    // An entry leading back to the start from a choice that scores: points without limit.
    LoadedScenario loop = load_text(replaced(promise_scenario(), "            node: broken_promise\n          - node: calm_again\n        score: {listening: 2}",
                                             "            node: opening\n          - node: calm_again\n        score: {listening: 2}"));
    CHECK_AT(loop, Severity::error, 17, 9, 1, "scores can grow without limit: choice 1 of node 'opening' awards +2 listening inside a loop");
}

TEST_CASE("analysis of conditional gotos against every way real sessions can go") {
    // Four openings give the four combinations of 'promised' and the mood, so every entry is taken by some
    // session; the analysis, which takes every entry as possible, must agree on what can be reached and on
    // each skill's best and worst, and count each entry as its own way through.
    std::string nodes =
        "  opening:\n    say: \"Hello.\"\n    choices:\n"
        "      - {say: \"A\", set: {promised: true}, goto: middle, score: {listening: 1}, feedback: \"a\"}\n"
        "      - {say: \"B\", set: {promised: true}, mood: 20, goto: middle, score: {listening: 2}, feedback: \"b\"}\n"
        "      - {say: \"C\", goto: middle, feedback: \"c\"}\n"
        "      - {say: \"D\", mood: 20, goto: middle, score: {respect: 1}, feedback: \"d\"}\n"
        "  middle:\n    say: \"So?\"\n    choices:\n"
        "      - say: \"Check\"\n        goto:\n          - if: \"promised\"\n            node: broken\n          - node: calm\n"
        "        score: {respect: 2}\n        feedback: \"e\"\n"
        "      - say: \"Leave\"\n        goto:\n          - if: \"mood < 40\"\n            node: gone\n          - node: calm\n"
        "        mood: -20\n        score: {problem_solving: 1}\n        feedback: \"f\"\n"
        "  broken:\n    say: \"You promised!\"\n    end: partial\n    debrief: \"p\"\n"
        "  calm:\n    say: \"Thanks.\"\n    end: success\n    debrief: \"s\"\n"
        "  gone:\n    say: \"Bye.\"\n    end: failure\n    debrief: \"f\"\n";
    auto scenario = playable(load_text(scenario_nodes(nodes)));
    const frontdesk::Analysis analysis = frontdesk::analyze(*scenario);
    frontdesk::test::EveryWay played = frontdesk::test::play_every_way(scenario);
    CHECK(analysis.reachable == played.reached);
    CHECK(std::count(played.reached.begin(), played.reached.end(), true) == 5);
    for (std::size_t k = 0; k < scenario->skills.size(); ++k) {
        CAPTURE(scenario->skills[k]);
        CHECK(analysis.skills[k].best == played.best[k]);
        CHECK(analysis.skills[k].worst == played.worst[k]);
    }
    CHECK(analysis.skills[1].best == 3);  // D then Check
    // Each session takes one entry per answer (8 sessions); the analysis counts every entry: 4 x (2 + 2).
    CHECK(played.paths == 8);
    CHECK(analysis.paths == 16);
    CHECK(*analysis.shortest_success == 2);
}

TEST_CASE("the graph export draws one arrow per entry, labelled with its condition") {
    auto scenario = playable(load_text(promise_scenario()));
    std::string dot = frontdesk::graph_dot(*scenario);
    CHECK(dot.find("\"opening\" -> \"broken_promise\" [label=\"1. I'll call you back.\\nl+2\\nwhen promised\"];") != std::string::npos);
    CHECK(dot.find("\"opening\" -> \"calm_again\" [label=\"1. I'll call you back.\\nl+2\\notherwise\"];") != std::string::npos);
    CHECK(dot.find("\"opening\" -> \"gone\" [label=\"2. Goodbye, then, and good luck wit...\\nr+1 mood-20\\nwhen mood < 40\"];") != std::string::npos);
    CHECK(dot.find("when respect >= 1") != std::string::npos);
    std::string mermaid = frontdesk::graph_mermaid(*scenario);
    CHECK(mermaid.find("n_opening -->|\"1. I'll call you back. (l+2) when promised\"| n_broken__promise") != std::string::npos);
    CHECK(mermaid.find("n_opening -->|\"1. I'll call you back. (l+2) otherwise\"| n_calm__again") != std::string::npos);
    CHECK(mermaid.find("n_opening -->|\"2. Goodbye, then, and good luck... (r+1 mood-20) when mood #lt; 40\"| n_gone") != std::string::npos);
}

TEST_CASE("the graph export draws a conditional on_timeout as dashed arrows per entry") {
    std::string text = replaced(promise_scenario(), "start: opening\n", "time_limit: 30\nstart: opening\n");
    text = replaced(text, "        feedback: \"Cold.\"\n",
                    "        feedback: \"Cold.\"\n    on_timeout:\n      goto:\n        - if: \"mood < 25\"\n          node: gone\n"
                    "        - node: calm_again\n      feedback: \"Silence.\"\n");
    auto scenario = playable(load_text(text));
    std::string dot = frontdesk::graph_dot(*scenario);
    CHECK(dot.find("\"opening\" -> \"gone\" [label=\"timeout\\nwhen mood < 25\", style=dashed];") != std::string::npos);
    CHECK(dot.find("\"opening\" -> \"calm_again\" [label=\"timeout\\notherwise\", style=dashed];") != std::string::npos);
    std::string mermaid = frontdesk::graph_mermaid(*scenario);
    CHECK(mermaid.find("n_opening -.->|\"timeout when mood #lt; 25\"| n_gone") != std::string::npos);
    CHECK(mermaid.find("n_opening -.->|\"timeout otherwise\"| n_calm__again") != std::string::npos);
}

}  // TEST_SUITE

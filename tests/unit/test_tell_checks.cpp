// The tell checks: length against points at the decision points, the always-longest and always-shortest
// players, endings a score does not deserve (every path, or a sample when there are too many), and bounded
// time on hostile files.
#include <doctest/doctest.h>

#include "frontdesk/path_exploration.h"
#include "frontdesk/tell_checks.h"
#include "hostile_support.h"
#include "test_support.h"

using namespace frontdesk;
using frontdesk::test::find_diagnostic;
using frontdesk::test::load_text;

namespace {

LoadedScenario tells_fixture(const std::string& name) {
    return load_scenario_file(std::string(FRONTDESK_FIXTURE_DIR) + "/tells/" + name + ".yaml");
}

std::string header(const std::string& id = "generated") {
    return "format: 1\nid: " + id +
           "\ntitle: \"Generated\"\nlanguage: en\nrole: client\nchannel: desk\ndifficulty: 1\nsummary: \"S.\"\n"
           "character: {name: \"Ann\", mood: 50}\nstart: n0\nnodes:\n";
}

// A chain of `length` nodes with two answers each (+1 or -1 listening, both onwards) and a success at the
// end: 2^length complete paths, most of them scoring far below the pass mark.
std::string binary_chain(int length) {
    std::string text = header();
    for (int i = 0; i < length; ++i) {
        std::string next = i + 1 == length ? "end" : "n" + std::to_string(i + 1);
        text += "  n" + std::to_string(i) + ":\n    say: \"Go on.\"\n    choices:\n"
                "      - say: \"" + std::string(i % 2 ? "Yes, gladly." : "Yes.") + "\"\n        goto: " + next +
                "\n        score: {listening: 1}\n        feedback: \"Good.\"\n"
                "      - say: \"" + std::string(i % 2 ? "No." : "No, not now.") + "\"\n        goto: " + next +
                "\n        score: {listening: -1}\n        feedback: \"Poor.\"\n";
    }
    return text + "  end:\n    say: \"Bye.\"\n    end: success\n    debrief: \"Done.\"\n";
}

}  // namespace

TEST_SUITE("tell checks") {

TEST_CASE("length figures: decision points, where the best is the longest, and the mean lengths") {
    LoadedScenario loaded = tells_fixture("longest-best");
    REQUIRE(loaded.playable());
    LengthTells tells = measure_length_tells(*loaded.scenario, *loaded.analysis);
    CHECK(tells.decision_points == 4);
    CHECK(tells.best_is_longest == 3);
    REQUIRE(tells.best_is_longest_at.size() == 3);
    CHECK(loaded.scenario->nodes[static_cast<std::size_t>(tells.best_is_longest_at[0])].id == "greet");
    CHECK(tells.best_mean_length == doctest::Approx((72 + 92 + 86 + 4) / 4.0));
    CHECK(tells.other_mean_length == doctest::Approx((5 + 9 + 5 + 82) / 4.0));
    CHECK(tells.longest_mostly_best());
    CHECK(tells.best_much_longer());
}

TEST_CASE("length figures: answers that all score the same, unreachable nodes and endings are no decision points; a tie in length counts as longest") {
    std::string text = header() +
                       "  n0:\n    say: \"Hi.\"\n    choices:\n"
                       "      - {say: \"Same.\", goto: n1, score: {respect: 1}, feedback: \"f\"}\n"
                       "      - {say: \"Also.\", goto: n1, score: {respect: 1}, feedback: \"f\"}\n"
                       "  n1:\n    say: \"So?\"\n    choices:\n"
                       "      - {say: \"Tie!!\", goto: end, score: {listening: 2}, feedback: \"f\"}\n"
                       "      - {say: \"Equal\", goto: end, score: {listening: -1}, feedback: \"f\"}\n"
                       "      - {say: \"Hm.\", goto: end, feedback: \"f\"}\n"
                       "  orphan:\n    say: \"Never.\"\n    choices:\n"
                       "      - {say: \"Long, long, long, long answer.\", goto: end, score: {problem_solving: 2}, feedback: \"f\"}\n"
                       "      - {say: \"No.\", goto: end, feedback: \"f\"}\n"
                       "  end:\n    say: \"Bye.\"\n    end: success\n    debrief: \"Done.\"\n";
    LoadedScenario loaded = load_text(text, "generated.yaml");
    REQUIRE_MESSAGE(loaded.playable(), format_diagnostics(loaded));
    LengthTells tells = measure_length_tells(*loaded.scenario, *loaded.analysis);
    CHECK(tells.decision_points == 1);
    CHECK(tells.best_is_longest == 1);
    CHECK(tells.best_mean_length == doctest::Approx(5));
    CHECK(tells.other_mean_length == doctest::Approx(4));
    CHECK(tells.longest_mostly_best());  // 1 of 1
    CHECK_FALSE(tells.best_much_longer());
}

TEST_CASE("warnings name their numbers: the longest at 3 of 4, 2.5 times as long, and an always-longest player who passes") {
    LoadedScenario loaded = tells_fixture("longest-best");
    INFO(format_diagnostics(loaded));
    CHECK(loaded.diagnostics.warning_count() == 3);
    const Diagnostic* mostly = find_diagnostic(loaded, "the best answer is also the longest at 3 of 4 decision points (75%, for example at 'greet', 'problem' and 'fix')");
    REQUIRE(mostly != nullptr);
    CHECK(mostly->severity == Severity::warning);
    CHECK(mostly->location.line == 4);
    CHECK(mostly->location.column == 5);
    CHECK(find_diagnostic(loaded, "the best answers are 2.5 times as long as the others on average (64 characters against 25)") != nullptr);
    CHECK(find_diagnostic(loaded, "a trainee who always picks the longest answer passes: 'done' (success) with 88% overall (pass 60) "
                                  "after greet 1 -> problem 1 -> fix 1 -> close 2") != nullptr);
    CHECK(find_diagnostic(loaded, "shortest") == nullptr);
}

TEST_CASE("an always-shortest player who passes is a warning with the path") {
    LoadedScenario loaded = tells_fixture("shortest-best");
    INFO(format_diagnostics(loaded));
    CHECK(loaded.diagnostics.warning_count() == 1);
    CHECK(find_diagnostic(loaded, "a trainee who always picks the shortest answer passes: 'done' (success) with 100% overall "
                                  "(pass 60) after greet 2 -> ask 1 -> solve 2; make some good answers long and some poor ones short") != nullptr);
}

TEST_CASE("a success with a failing score and a failure with a passing one are warnings at the endings") {
    LoadedScenario loaded = tells_fixture("undeserved-endings");
    INFO(format_diagnostics(loaded));
    CHECK(loaded.diagnostics.warning_count() == 2);
    const Diagnostic* success = find_diagnostic(loaded, "the success ending 'refunded' can be reached with a failing score: 33% overall (pass 60) after ask 2 -> decide 1;");
    REQUIRE(success != nullptr);
    CHECK(success->location.line == 38);
    const Diagnostic* failure = find_diagnostic(loaded, "the failure ending 'complaint' can be reached with a passing score: 66% overall (pass 60) after ask 1 -> decide 2;");
    REQUIRE(failure != nullptr);
    CHECK(failure->location.line == 42);
    CHECK(find_diagnostic(loaded, "sampled") == nullptr);  // four paths: all explored
}

TEST_CASE("path exploration: every path when there are few, the extremes kept") {
    LoadedScenario loaded = tells_fixture("undeserved-endings");
    PathExploration explored = explore_paths(loaded.scenario, *loaded.analysis);
    CHECK(explored.exhaustive);
    CHECK(explored.complete_paths == 4);
    REQUIRE(explored.lowest_success.has_value());
    CHECK(explored.lowest_success->result.overall == doctest::Approx(100.0 / 3));
    REQUIRE(explored.highest_failure.has_value());
    CHECK(explored.highest_failure->result.overall == doctest::Approx(200.0 / 3));
    CHECK(explored.highest_failure->path.size() == 2);
}

TEST_CASE("path exploration honours conditions: a path a condition closes is not reported") {
    // The curt answer sets a flag that closes the refund: only the polite way reaches success.
    std::string text = frontdesk::test::replaced(tells_fixture("undeserved-endings").source->text(),
                                                 "        score: {listening: -1}\n",
                                                 "        score: {listening: -1}\n        set: {curt: true}\n");
    text = frontdesk::test::replaced(text, "        goto: refunded\n", "        goto: refunded\n        if: \"not curt\"\n");
    LoadedScenario loaded = load_text(text, "undeserved-endings.yaml");
    INFO(format_diagnostics(loaded));
    REQUIRE(loaded.playable());
    CHECK(find_diagnostic(loaded, "the success ending 'refunded' can be reached with a failing score") == nullptr);
    CHECK(find_diagnostic(loaded, "the failure ending 'complaint' can be reached with a passing score") != nullptr);
}

TEST_CASE("with too many paths, conversations are sampled, and the warning says so") {
    LOAD_TEXT(loaded, binary_chain(40));  // 2^40 paths
    INFO(format_diagnostics(loaded));
    REQUIRE(loaded.playable());
    PathExploration explored = explore_paths(loaded.scenario, *loaded.analysis);
    CHECK_FALSE(explored.exhaustive);
    CHECK(explored.complete_paths > 1000);
    const Diagnostic* success = find_diagnostic(loaded, "the success ending 'end' can be reached with a failing score");
    REQUIRE(success != nullptr);
    CHECK(success->message.find("sampled conversations)") != std::string::npos);
    // The path is shortened in the middle: six answers at each end.
    CHECK(success->message.find("-> ... (28 more answers) ->") != std::string::npos);
    // The same file gives the same answer.
    CHECK(explore_paths(loaded.scenario, *loaded.analysis).lowest_success->result.overall ==
          explored.lowest_success->result.overall);
}

TEST_CASE("a scenario where every answer passes has no length-player warning: there is no way to fail to give away") {
    std::string text = header() + "  n0:\n    say: \"Hi.\"\n    choices:\n      - {say: \"Hello.\", goto: end, score: {respect: 1}, feedback: \"f\"}\n"
                                  "  end:\n    say: \"Bye.\"\n    end: success\n    debrief: \"Done.\"\n";
    LoadedScenario loaded = load_text(text, "generated.yaml");
    INFO(format_diagnostics(loaded));
    CHECK(loaded.diagnostics.items().empty());
}

TEST_CASE("a file with errors gets no tell warnings: it cannot be played") {
    std::string text = frontdesk::test::replaced(tells_fixture("longest-best").source->text(), "        goto: close\n", "        goto: clsoe\n");
    LoadedScenario loaded = load_text(text, "longest-best.yaml");
    INFO(format_diagnostics(loaded));
    CHECK(loaded.diagnostics.has_errors());
    CHECK(find_diagnostic(loaded, "the best answer is also the longest") == nullptr);
    CHECK(find_diagnostic(loaded, "always picks") == nullptr);
}

TEST_CASE("hostile: a loop of 300 nodes with three answers each (endless paths) is checked in bounded time") {
    std::string text = header();
    for (int i = 0; i < 300; ++i) {
        std::string here = std::to_string(i), next = std::to_string((i + 1) % 300);
        text += "  n" + here + ":\n    say: \"Again.\"\n    choices:\n"
                "      - {say: \"On.\", goto: n" + next + ", feedback: \"f\"}\n"
                "      - {say: \"Back.\", goto: n0, feedback: \"f\"}\n"
                "      - {say: \"Leave now.\", goto: " + std::string(i % 2 ? "good" : "bad") + ", score: {respect: " +
                (i % 2 ? "1" : "-1") + "}, feedback: \"f\"}\n";
    }
    text += "  good:\n    say: \"Bye.\"\n    end: success\n    debrief: \"Done.\"\n  bad:\n    say: \"No.\"\n    end: failure\n    debrief: \"Lost.\"\n";
    LOAD_TEXT(loaded, text);
    INFO(format_diagnostics(loaded));
    CHECK(loaded.playable());
}

TEST_CASE("hostile: a node of 50,000 answers in a loop is checked in bounded time") {
    std::string choices;
    for (int i = 0; i < 50000; ++i)
        choices += "      - {say: \"" + std::string(static_cast<std::size_t>(1 + i % 40), 'x') + "\", goto: opening, feedback: \"f\"}\n";
    std::string text = frontdesk::test::scenario_with("    choices:\n      - say: \"Hi!\"\n", "    choices:\n" + choices + "      - say: \"Hi!\"\n");
    LOAD_TEXT(loaded, text);
    INFO(frontdesk::test::all_diagnostics(loaded).substr(0, 2000));
    CHECK(loaded.playable());
}

}  // TEST_SUITE

TEST_SUITE("ideal path") {

namespace {

// The example with `ideal: true` on the given answers (node id, authored choice number), as the reader would
// set it.
std::shared_ptr<const Scenario> example_with_ideal(std::initializer_list<std::pair<const char*, int>> ideal) {
    LoadedScenario loaded = load_scenario_file(std::string(FRONTDESK_FIXTURE_DIR) + "/example/angry-client-wrong-invoice.yaml");
    REQUIRE(loaded.playable());
    auto scenario = std::make_shared<Scenario>(*loaded.scenario);
    for (const auto& [node, choice] : ideal)
        scenario->nodes[static_cast<std::size_t>(scenario->find_node(node))].choices[static_cast<std::size_t>(choice - 1)].ideal = true;
    return scenario;
}

std::string ideal_warnings(const std::shared_ptr<const Scenario>& scenario) {
    Analysis analysis = analyze(*scenario);
    DiagnosticList diagnostics("example.yaml");
    check_tells(scenario, analysis, diagnostics);
    std::string out;
    for (const Diagnostic& d : diagnostics.items())
        if (d.message.find("ideal path") != std::string::npos)
            out += std::to_string(d.location.line) + ":" + std::to_string(d.location.column) + ": " + d.message + "\n";
    return out;
}

}  // namespace

TEST_CASE("no answer marked ideal: nothing declared, nothing to check") {
    auto scenario = example_with_ideal({});
    IdealPath ideal = follow_ideal_path(scenario, analyze(*scenario));
    CHECK_FALSE(ideal.declared);
    CHECK(ideal.path.empty());
    CHECK(ideal_path_problem(*scenario, ideal).empty());
    CHECK(ideal_warnings(scenario).empty());
}

TEST_CASE("the ideal answers that reach success with every skill's best are the best path") {
    auto scenario = example_with_ideal({{"opening", 1}, {"details", 1}, {"fix", 1}});
    IdealPath ideal = follow_ideal_path(scenario, analyze(*scenario));
    CHECK(ideal.declared);
    CHECK(ideal.is_best());
    CHECK(describe_path(*scenario, ideal.path) == "opening 1 -> details 1 -> fix 1");
    CHECK(scenario->nodes[static_cast<std::size_t>(ideal.stopped_at)].id == "thanks");
    CHECK(ideal_warnings(scenario).empty());
}

TEST_CASE("an ideal path that reaches success short of a skill's best names the points it misses") {
    auto scenario = example_with_ideal({{"opening", 2}, {"details", 1}, {"fix", 1}});
    IdealPath ideal = follow_ideal_path(scenario, analyze(*scenario));
    CHECK_FALSE(ideal.is_best());
    CHECK(ideal_path_problem(*scenario, ideal) == "is not the best: it scores 1 of 4 listening and 1 of 3 respect");
    // At the first ideal answer (opening, choice 2: line 27).
    CHECK(ideal_warnings(scenario) ==
          "27:9: the declared ideal path is not the best: it scores 1 of 4 listening and 1 of 3 respect (the path: opening 2 -> "
          "details 1 -> fix 1); mark the answers that score the most, or score the ideal ones higher\n");
}

TEST_CASE("an ideal path that ends anywhere but success, or stops where nothing is marked, is a warning") {
    auto failing = example_with_ideal({{"opening", 1}, {"details", 2}});
    CHECK(ideal_warnings(failing) ==
          "48:9: the declared ideal path ends at 'hangs_up' (failure), not at a success ending (the path: opening 1 -> details 2); "
          "mark the answers that lead to success, or make that ending a success\n");
    auto unfinished = example_with_ideal({{"opening", 1}, {"details", 1}});
    CHECK(ideal_warnings(unfinished) ==
          "62:3: the declared ideal path stops at node 'fix': none of the answers offered there is marked 'ideal: true' "
          "(the path: opening 1 -> details 1); mark the answer you intend as the best there\n");
    // An ideal answer whose condition does not hold is not offered, so it cannot be followed.
    auto closed = example_with_ideal({{"opening", 3}, {"details", 1}, {"fix", 1}});
    IdealPath ideal = follow_ideal_path(closed, analyze(*closed));
    CHECK(ideal.result.ending == EndingKind::failure);  // 'Calm down' brings mood to 0
}

}  // TEST_SUITE

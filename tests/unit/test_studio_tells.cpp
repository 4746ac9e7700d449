// Tells and balance in the studio: the rules' rows agree with what `frontdesk playtest --strategy longest` prints
// (its golden output, which the command-line tests check against the program), chance's pass rate is
// playtest's, the best-is-longest share is the tell check's, and each node's answers by length.
#include <doctest/doctest.h>

#include <cmath>
#include <fstream>
#include <sstream>
#include <string>

#include "frontdesk/playtest.h"
#include "frontdesk/scenario_loader.h"
#include "frontdesk/strategies.h"
#include "frontdesk/studio_tells.h"
#include "frontdesk/tell_checks.h"
#include "test_support.h"

using namespace frontdesk;

namespace {


// One row of playtest's table: "    longest  thanks (success)     53%  FAIL".
struct TableRow {
    std::string strategy, outcome;
    double percent = 0;
    bool passed = false;
};

std::vector<TableRow> strategy_table(const std::string& golden) {
    std::ifstream in(golden);
    REQUIRE_MESSAGE(in, "cannot read " << golden);
    std::vector<TableRow> rows;
    std::string line;
    bool in_table = false;
    while (std::getline(in, line)) {
        if (line == "  the same rule at every step (ending, overall, pass):") {
            in_table = true;
            continue;
        }
        if (!in_table || line.rfind("    ", 0) != 0) continue;
        TableRow row;
        std::size_t name_end = line.find(' ', 4);
        row.strategy = line.substr(4, name_end - 4);
        std::size_t verdict = line.rfind(' ');
        row.passed = line.substr(verdict + 1) == "PASS";
        std::size_t percent_sign = line.rfind('%', verdict);
        std::size_t percent_start = line.rfind(' ', percent_sign) + 1;
        row.percent = std::stod(line.substr(percent_start, percent_sign - percent_start));
        std::size_t outcome_start = line.find_first_not_of(' ', name_end);
        std::size_t outcome_end = line.find_last_not_of(' ', percent_start - 1) + 1;
        row.outcome = line.substr(outcome_start, outcome_end - outcome_start);
        rows.push_back(row);
    }
    return rows;
}

// A rule's outcome in the table's words.
std::string outcome_text(const Scenario& scenario, const RuleOutcome& rule) {
    const std::string& node = scenario.nodes[static_cast<std::size_t>(rule.run.stopped_at)].id;
    if (rule.run.stuck) return "stuck at '" + node + "'";
    if (rule.run.looping) return "loops (stopped after " + std::to_string(rule.run.path.size()) + " answers)";
    return node + " (" + ending_name(rule.ending) + ")";
}

void check_agrees_with_playtest(const std::string& scenario_file, const std::string& golden) {
    LoadedScenario loaded = test::load_playable_file(scenario_file);
    StudioTells tells = measure_studio_tells(loaded.scenario, *loaded.analysis);
    std::vector<TableRow> table = strategy_table(golden);
    REQUIRE(table.size() == deterministic_strategies.size());
    REQUIRE(tells.rules.size() == table.size());
    for (std::size_t i = 0; i < table.size(); ++i) {
        CAPTURE(table[i].strategy);
        const RuleOutcome& rule = tells.rules[i];
        CHECK(strategy_name(rule.strategy) == table[i].strategy);
        CHECK(outcome_text(*loaded.scenario, rule) == table[i].outcome);
        CHECK(std::fabs(rule.overall - table[i].percent) <= 0.5);  // the table rounds to whole percent
        CHECK(rule.passed == table[i].passed);
        CHECK(rule.passed == (rule.finished && rule.run.result.passed));
    }
    // The rule playtest was asked for, row by row.
    const RuleOutcome* longest = tells.rule(Strategy::longest);
    REQUIRE(longest != nullptr);
    CHECK(longest->strategy == Strategy::longest);
    CHECK(tells.rule(Strategy::random) == nullptr);
}

const std::string scenarios = FRONTDESK_SCENARIO_DIR;
const std::string fixtures = FRONTDESK_FIXTURE_DIR;
const std::string goldens = std::string(FRONTDESK_FIXTURE_DIR) + "/../cli/golden";

}  // namespace

TEST_CASE("studio tells: the rules agree with playtest --strategy longest on a bundled scenario") {
    check_agrees_with_playtest(scenarios + "/hotel-desk-late-arrival.yaml", goldens + "/playtest-hotel-desk-longest.txt");
}

TEST_CASE("studio tells: the rules agree with playtest --strategy longest on the example") {
    check_agrees_with_playtest(fixtures + "/example/angry-client-wrong-invoice.yaml", goldens + "/playtest-example-longest.txt");
}

TEST_CASE("studio tells: chance is playtest's pass rate over seeded runs, the same on every reload") {
    LoadedScenario loaded = test::load_playable_file(scenarios + "/angry-client-double-billing.yaml");
    StudioTells tells = measure_studio_tells(loaded.scenario, *loaded.analysis);
    PlaytestOptions options;
    options.runs = 200;
    options.seed = 1;
    PlaytestReport report = playtest(loaded.scenario, *loaded.analysis, options);
    CHECK(tells.random.runs == 200);
    CHECK(tells.random.passed == report.passed);
    CHECK(tells.random.finished == report.finished);
    CHECK(tells.random.pass_rate == doctest::Approx(report.passed / 200.0));
    CHECK(tells.random.mean_overall == doctest::Approx(report.mean_overall));
    CHECK(tells.random.pass_rate >= 0.0);
    CHECK(tells.random.pass_rate <= 1.0);
    StudioTells again = measure_studio_tells(loaded.scenario, *loaded.analysis);
    CHECK(again.random.passed == tells.random.passed);

    StudioTellsOptions other_seed;
    other_seed.seed = 99;
    other_seed.random_runs = 50;
    CHECK(measure_studio_tells(loaded.scenario, *loaded.analysis, other_seed).random.runs == 50);
}

TEST_CASE("studio tells: the best-is-longest share is the tell check's (2 of 3 decision points in the example)") {
    LoadedScenario loaded = test::load_playable_file(fixtures + "/example/angry-client-wrong-invoice.yaml");
    StudioTells tells = measure_studio_tells(loaded.scenario, *loaded.analysis);
    // lint says of this file: "the best answer is also the longest at 2 of 3 decision points".
    CHECK(tells.length_tells.decision_points == 3);
    CHECK(tells.length_tells.best_is_longest == 2);
    CHECK(tells.best_is_longest_share == doctest::Approx(2.0 / 3.0));
    int counted = 0;
    for (const NodeLengths& row : tells.nodes) counted += row.reachable && row.lengths.best_is_longest ? 1 : 0;
    CHECK(counted == tells.length_tells.best_is_longest);
}

TEST_CASE("studio tells: each node's answers by length, with the best marked") {
    LoadedScenario loaded = test::load_playable_file(fixtures + "/studio/play.yaml");
    const Scenario& scenario = *loaded.scenario;
    StudioTells tells = measure_studio_tells(loaded.scenario, *loaded.analysis);
    REQUIRE(tells.nodes.size() == 4);  // opening, middle, check, recheck: the endings have no answers
    auto row_of = [&](const std::string& id) -> const NodeLengths& {
        for (const NodeLengths& row : tells.nodes)
            if (row.node == scenario.find_node(id)) return row;
        FAIL("no row for " << id);
        return tells.nodes.front();
    };
    const NodeLengths& middle = row_of("middle");
    REQUIRE(middle.lengths.length.size() == 3);
    CHECK(middle.lengths.length[0] == std::string("Thank you for waiting; I'll fix it now.").size());
    CHECK(middle.lengths.length[1] == std::string("Please calm down.").size());
    CHECK(middle.lengths.length[2] == std::string("Let me look.").size());
    CHECK(middle.lengths.points == std::vector<int>{2, -1, 1});
    CHECK(middle.lengths.best == std::vector<bool>{true, false, false});
    CHECK(middle.lengths.decision_point);
    CHECK(middle.lengths.best_is_longest);

    const NodeLengths& check = row_of("check");
    CHECK(check.lengths.best == std::vector<bool>{true, false});
    CHECK(check.lengths.longest_best() == std::string("It is sorted.").size());
    CHECK(check.lengths.longest_other() > check.lengths.longest_best());
    CHECK_FALSE(check.lengths.best_is_longest);
    for (std::size_t c = 0; c < check.lengths.length.size(); ++c)
        CHECK(check.lengths.length[c] == answer_length(scenario.nodes[static_cast<std::size_t>(check.node)].choices[c]));
}

TEST_CASE("studio tells: no random runs, or a negative number of them, gives a rate of 0, not a division by 0") {
    LoadedScenario loaded = test::load_playable_file(fixtures + "/studio/play.yaml");
    for (int runs : {0, -5}) {
        StudioTellsOptions options;
        options.random_runs = runs;
        StudioTells tells = measure_studio_tells(loaded.scenario, *loaded.analysis, options);
        CHECK(tells.random.runs == 0);
        CHECK(tells.random.pass_rate == 0.0);
        CHECK(tells.rules.size() == deterministic_strategies.size());
    }
}

TEST_CASE("studio tells: a node whose answers all score the same is listed, but is no decision point") {
    Node node;
    node.choices.resize(2);
    node.choices[0].say = "Short.";
    node.choices[1].say = "A little longer.";
    node.choices[0].score = {1};
    node.choices[1].score = {1};
    AnswerLengths lengths = measure_answer_lengths(node);
    CHECK(lengths.best == std::vector<bool>{true, true});
    CHECK_FALSE(lengths.decision_point);
    CHECK_FALSE(lengths.best_is_longest);
    AnswerLengths none = measure_answer_lengths(Node{});
    CHECK(none.length.empty());
    CHECK(none.longest_best() == 0);
    CHECK_FALSE(none.decision_point);
}

// Checks that a scenario's score measures judgement and not something easier to read: the best answer
// should not give itself away by its length, a trainee who always picks the longest (or the shortest) answer
// should not pass, success should need a passing score and failure a failing one, and the answers the
// trainer declared ideal should be the best. They are warnings (lint --strict fails them), run on every
// load without errors, each naming its numbers.
#pragma once

#include <cstddef>
#include <memory>
#include <string>
#include <vector>

#include "frontdesk/analysis.h"
#include "frontdesk/diagnostic.h"
#include "frontdesk/scenario.h"
#include "frontdesk/strategies.h"

namespace frontdesk {

// How answer length relates to points across the decision points a trainee can reach: nodes with at least
// two answers that differ in points (where every answer scores the same, no answer is best, so there is
// nothing for length to give away). A node's best answers are those with its highest total points.
struct LengthTells {
    int decision_points = 0;
    int best_is_longest = 0;  // decision points where a best answer is at least as long as every other answer
    std::vector<NodeIndex> best_is_longest_at;  // those nodes, in file order
    double best_mean_length = 0;   // characters, over every best answer of every decision point
    double other_mean_length = 0;  // over every other answer

    // More than half of the decision points: a longest-picker is mostly right.
    bool longest_mostly_best() const { return decision_points > 0 && 2 * best_is_longest > decision_points; }
    // The best answers are over half as long again as the others on average.
    bool best_much_longer() const { return other_mean_length > 0 && best_mean_length > 1.5 * other_mean_length; }
};

LengthTells measure_length_tells(const Scenario& scenario, const Analysis& analysis);

// One node's answers by length and points, as measure_length_tells weighs them there (the studio shows them
// per node).
struct AnswerLengths {
    std::vector<std::size_t> length;  // characters as the trainee reads them (answer_length), per choice as authored
    std::vector<int> points;          // total points over the skills, per choice
    std::vector<bool> best;           // the choice has the node's highest total points
    bool decision_point = false;      // not an ending, and its answers differ in points
    bool best_is_longest = false;     // a decision point where a best answer is at least as long as every other

    // The longest of the best answers' lengths and of the others' (0 when there are none).
    std::size_t longest_best() const;
    std::size_t longest_other() const;
};

AnswerLengths measure_answer_lengths(const Node& node);

// What is wrong with the declared ideal path, as lint and analyze say it after "the declared ideal path ":
// "is not the best: it scores 4 of 6 listening", "stops at node 'fix': ...", "ends at 'x' (partial), not at a
// success ending". Empty when it is the best, or when no answer is marked ideal.
std::string ideal_path_problem(const Scenario& scenario, const IdealPath& ideal);

// Adds the tell warnings to `diagnostics`. The scenario must have loaded without errors (it is played).
void check_tells(const std::shared_ptr<const Scenario>& scenario, const Analysis& analysis, DiagnosticList& diagnostics);

}  // namespace frontdesk

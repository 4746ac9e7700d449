// The tell checks: answer length against points at every decision point, the always-longest and
// always-shortest players, endings a score does not deserve, and the declared ideal path.
#include "frontdesk/tell_checks.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <optional>
#include <string>

#include "frontdesk/number_format.h"
#include "frontdesk/path_exploration.h"
#include "frontdesk/strategies.h"

namespace frontdesk {

namespace {

// What the fix is, named once so every length warning gives the same advice.
constexpr const char* length_advice = "make some good answers short and some poor ones long";

std::string node_name(const Scenario& scenario, NodeIndex node) {
    return in_quotes(scenario.nodes[static_cast<std::size_t>(node)].id, 40);
}

std::string percent(double value) { return format_percent(Language::en, value); }

std::string join(const std::vector<std::string>& items) {
    std::string out;
    for (std::size_t i = 0; i < items.size(); ++i) out += (i == 0 ? "" : i + 1 == items.size() ? " and " : ", ") + items[i];
    return out;
}

std::string ending_reached(const Scenario& scenario, const RuleRun& run) {
    return node_name(scenario, run.stopped_at) + " (" + ending_name(run.result.ending) + ") with " + percent(run.result.overall) +
           " overall (pass " + std::to_string(scenario.pass) + ")";
}

std::uint32_t id_width(const Scenario& scenario) {
    return static_cast<std::uint32_t>(std::min<std::size_t>(std::max<std::size_t>(scenario.id.size(), 1), 200));
}

std::uint32_t node_width(const Node& node) { return static_cast<std::uint32_t>(std::min<std::size_t>(std::max<std::size_t>(node.id.size(), 1), 200)); }

void check_lengths(const Scenario& scenario, const Analysis& analysis, DiagnosticList& diagnostics) {
    LengthTells tells = measure_length_tells(scenario, analysis);
    if (tells.longest_mostly_best()) {
        std::vector<std::string> examples;
        for (std::size_t i = 0; i < tells.best_is_longest_at.size() && i < 3; ++i)
            examples.push_back(node_name(scenario, tells.best_is_longest_at[i]));
        long share = std::lround(100.0 * tells.best_is_longest / tells.decision_points);
        diagnostics.warning(scenario.id_location,
                            "the best answer is also the longest at " + std::to_string(tells.best_is_longest) + " of " +
                                std::to_string(tells.decision_points) + " decision points (" + std::to_string(share) + "%, for example at " +
                                join(examples) + "): trainees can pass by picking the longest answer; " + length_advice,
                            id_width(scenario));
    }
    if (tells.best_much_longer()) {
        diagnostics.warning(scenario.id_location,
                            "the best answers are " + format_decimal(Language::en, tells.best_mean_length / tells.other_mean_length, 1) +
                                " times as long as the others on average (" + format_decimal(Language::en, tells.best_mean_length, 0) +
                                " characters against " + format_decimal(Language::en, tells.other_mean_length, 0) +
                                "): length gives the best answer away; " + length_advice,
                            id_width(scenario));
    }
}

void check_length_players(const std::shared_ptr<const Scenario>& scenario, const Analysis& analysis, DiagnosticList& diagnostics) {
    std::optional<bool> worst_passes;
    for (Strategy strategy : {Strategy::longest, Strategy::shortest}) {
        StrategyRun run = run_strategy(scenario, analysis, strategy);
        if (!run.result.passed) continue;
        // Where even the poorest answers pass, length tells nothing: there is no way to fail to give away.
        if (!worst_passes) worst_passes = run_strategy(scenario, analysis, Strategy::worst).result.passed;
        if (*worst_passes) return;
        bool longest = strategy == Strategy::longest;
        diagnostics.warning(scenario->id_location,
                            std::string("a trainee who always picks the ") + (longest ? "longest" : "shortest") +
                                " answer passes: " + ending_reached(*scenario, run) + " after " + describe_path(*scenario, run.path) +
                                "; " + (longest ? length_advice : "make some good answers long and some poor ones short"),
                            id_width(*scenario));
    }
}

void check_undeserved_endings(const std::shared_ptr<const Scenario>& scenario, const Analysis& analysis, DiagnosticList& diagnostics) {
    PathExploration explored = explore_paths(scenario, analysis);
    std::string found = explored.exhaustive ? std::string()
                                            : " (found among " + grouped(explored.complete_paths) + " sampled conversations)";
    if (explored.lowest_success && explored.lowest_success->result.overall + 1e-9 < scenario->pass) {
        const ExploredPath& path = *explored.lowest_success;
        const Node& ending = scenario->nodes[static_cast<std::size_t>(path.ending)];
        diagnostics.warning(ending.location,
                            "the success ending " + in_quotes(ending.id, 40) + " can be reached with a failing score: " +
                                percent(path.result.overall) + " overall (pass " + std::to_string(scenario->pass) + ") after " +
                                describe_path(*scenario, path.path) + found +
                                "; lead the poor answers on that way to another ending, or score them higher",
                            node_width(ending));
    }
    if (explored.highest_failure && explored.highest_failure->result.overall + 1e-9 >= scenario->pass) {
        const ExploredPath& path = *explored.highest_failure;
        const Node& ending = scenario->nodes[static_cast<std::size_t>(path.ending)];
        diagnostics.warning(ending.location,
                            "the failure ending " + in_quotes(ending.id, 40) + " can be reached with a passing score: " +
                                percent(path.result.overall) + " overall (pass " + std::to_string(scenario->pass) + ") after " +
                                describe_path(*scenario, path.path) + found +
                                "; make the answers that lead there cost points, or make the ending partial",
                            node_width(ending));
    }
}

// Where the warning about the ideal path points: the node where it stops, else the ideal answer that led to
// the wrong ending, else the first ideal answer.
SourceLocation ideal_path_location(const Scenario& scenario, const IdealPath& ideal, std::uint32_t& length) {
    const Node& start = scenario.nodes[static_cast<std::size_t>(scenario.start)];
    length = 1;
    if (ideal.missing_at != no_node) {
        const Node& node = scenario.nodes[static_cast<std::size_t>(ideal.missing_at)];
        length = node_width(node);
        return node.location;
    }
    bool wrong_ending = ideal.finished() && ideal.result.ending != EndingKind::success;
    if (ideal.path.empty()) return start.location;
    const Decision& decision = wrong_ending ? ideal.path.back() : ideal.path.front();
    if (decision.timed_out()) return start.location;
    return scenario.nodes[static_cast<std::size_t>(decision.node)].choices[static_cast<std::size_t>(decision.choice)].location;
}

void check_ideal_path(const std::shared_ptr<const Scenario>& scenario, const Analysis& analysis, DiagnosticList& diagnostics) {
    IdealPath ideal = follow_ideal_path(scenario, analysis);
    std::string problem = ideal_path_problem(*scenario, ideal);
    if (problem.empty()) return;
    std::string advice = ideal.missing_at != no_node ? "mark the answer you intend as the best there"
                         : !ideal.finished()                        ? "mark the answers that lead to the success ending"
                         : ideal.result.ending != EndingKind::success ? "mark the answers that lead to success, or make that ending a success"
                                                                      : "mark the answers that score the most, or score the ideal ones higher";
    std::string path = ideal.path.empty() ? std::string() : " (the path: " + describe_path(*scenario, ideal.path) + ")";
    std::uint32_t length = 1;
    SourceLocation where = ideal_path_location(*scenario, ideal, length);
    diagnostics.warning(where, "the declared ideal path " + problem + path + "; " + advice, length);
}

}  // namespace

AnswerLengths measure_answer_lengths(const Node& node) {
    AnswerLengths lengths;
    int highest = std::numeric_limits<int>::min(), lowest = std::numeric_limits<int>::max();
    for (const Choice& choice : node.choices) {
        lengths.length.push_back(answer_length(choice));
        lengths.points.push_back(total_points(choice));
        highest = std::max(highest, lengths.points.back());
        lowest = std::min(lowest, lengths.points.back());
    }
    for (int points : lengths.points) lengths.best.push_back(points == highest);
    // Where every answer scores the same, no answer is best, so there is nothing for length to give away.
    lengths.decision_point = !node.is_ending() && node.choices.size() >= 2 && highest != lowest;
    lengths.best_is_longest = lengths.decision_point && lengths.longest_best() >= lengths.longest_other();
    return lengths;
}

std::size_t AnswerLengths::longest_best() const {
    std::size_t longest = 0;
    for (std::size_t c = 0; c < length.size(); ++c)
        if (best[c]) longest = std::max(longest, length[c]);
    return longest;
}

std::size_t AnswerLengths::longest_other() const {
    std::size_t longest = 0;
    for (std::size_t c = 0; c < length.size(); ++c)
        if (!best[c]) longest = std::max(longest, length[c]);
    return longest;
}

LengthTells measure_length_tells(const Scenario& scenario, const Analysis& analysis) {
    LengthTells tells;
    double best_sum = 0, other_sum = 0;
    std::size_t best_count = 0, other_count = 0;
    for (std::size_t u = 0; u < scenario.nodes.size(); ++u) {
        if (u < analysis.reachable.size() && !analysis.reachable[u]) continue;
        AnswerLengths lengths = measure_answer_lengths(scenario.nodes[u]);
        if (!lengths.decision_point) continue;
        ++tells.decision_points;
        for (std::size_t c = 0; c < lengths.length.size(); ++c) {
            (lengths.best[c] ? best_sum : other_sum) += static_cast<double>(lengths.length[c]);
            ++(lengths.best[c] ? best_count : other_count);
        }
        if (lengths.best_is_longest) {
            ++tells.best_is_longest;
            tells.best_is_longest_at.push_back(static_cast<NodeIndex>(u));
        }
    }
    if (best_count > 0) tells.best_mean_length = best_sum / static_cast<double>(best_count);
    if (other_count > 0) tells.other_mean_length = other_sum / static_cast<double>(other_count);
    return tells;
}

std::string ideal_path_problem(const Scenario& scenario, const IdealPath& ideal) {
    if (!ideal.declared || ideal.is_best()) return {};
    if (ideal.missing_at != no_node)
        return "stops at node " + node_name(scenario, ideal.missing_at) + ": none of the answers offered there is marked 'ideal: true'";
    if (ideal.stuck) return "never reaches an ending: it is stuck at node " + node_name(scenario, ideal.stopped_at);
    if (ideal.looping) return "never reaches an ending: it goes round a loop (stopped after " + grouped(ideal.path.size()) + " answers)";
    if (ideal.result.ending != EndingKind::success)
        return "ends at " + node_name(scenario, ideal.stopped_at) + " (" + ending_name(ideal.result.ending) + "), not at a success ending";
    std::vector<std::string> shortfalls;
    for (std::size_t skill : ideal.short_skills) {
        const SkillResult& result = ideal.result.skills[skill];
        shortfalls.push_back(std::to_string(result.raw) + " of " + std::to_string(result.best) + " " + message_text(result.skill, 40));
    }
    return "is not the best: it scores " + join(shortfalls);
}

void check_tells(const std::shared_ptr<const Scenario>& scenario, const Analysis& analysis, DiagnosticList& diagnostics) {
    if (!scenario || scenario->start == no_node || scenario->nodes.empty()) return;
    check_lengths(*scenario, analysis, diagnostics);
    check_length_players(scenario, analysis, diagnostics);
    check_undeserved_endings(scenario, analysis, diagnostics);
    check_ideal_path(scenario, analysis, diagnostics);
}

}  // namespace frontdesk

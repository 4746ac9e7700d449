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

// "opening 3 -> details 1 -> fix 1" (authored choice numbers), long paths shortened in the middle.
std::string describe_path(const Scenario& scenario, const std::vector<Decision>& path) {
    constexpr std::size_t shown_at_each_end = 6;
    std::string out;
    for (std::size_t i = 0; i < path.size(); ++i) {
        if (path.size() > 2 * shown_at_each_end + 1 && i == shown_at_each_end) {
            out += " -> ... (" + grouped(path.size() - 2 * shown_at_each_end) + " more answers)";
            i = path.size() - shown_at_each_end - 1;
            continue;
        }
        const Decision& decision = path[i];
        out += (i ? " -> " : "") + message_text(scenario.nodes[static_cast<std::size_t>(decision.node)].id, 40) + ' ' +
               (decision.timed_out() ? std::string("(no answer in time)") : std::to_string(decision.choice + 1));
    }
    return out.empty() ? "no answer" : out;
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

void check_ideal_path(const std::shared_ptr<const Scenario>& scenario, const Analysis& analysis, DiagnosticList& diagnostics) {
    IdealPath ideal = follow_ideal_path(scenario, analysis);
    if (!ideal.declared || ideal.is_best()) return;
    const Scenario& s = *scenario;
    auto ideal_choice = [&s](const Decision& decision) -> const Choice& {
        return s.nodes[static_cast<std::size_t>(decision.node)].choices[static_cast<std::size_t>(decision.choice)];
    };
    const Node& start = s.nodes[static_cast<std::size_t>(s.start)];
    SourceLocation first = ideal.path.empty() || ideal.path.front().timed_out() ? start.location : ideal_choice(ideal.path.front()).location;
    SourceLocation last = ideal.path.empty() || ideal.path.back().timed_out() ? start.location : ideal_choice(ideal.path.back()).location;
    std::string after = ideal.path.empty() ? std::string() : " after " + describe_path(s, ideal.path);
    if (ideal.missing_at != no_node) {
        const Node& node = s.nodes[static_cast<std::size_t>(ideal.missing_at)];
        diagnostics.warning(node.location,
                            "the declared ideal path stops at node " + in_quotes(node.id, 40) + after +
                                ": none of the answers offered there is marked 'ideal: true'; mark the one you intend as the best",
                            node_width(node));
        return;
    }
    if (ideal.stuck || ideal.looping) {
        diagnostics.warning(first,
                            "the declared ideal path never reaches an ending: " +
                                (ideal.stuck ? "it is stuck at node " + node_name(s, ideal.stopped_at)
                                             : "it goes round a loop (stopped after " + grouped(ideal.path.size()) + " answers)") +
                                "; mark the answers that lead to the success ending");
        return;
    }
    if (ideal.result.ending != EndingKind::success) {
        diagnostics.warning(last, "the declared ideal path ends at " + node_name(s, ideal.stopped_at) + " (" +
                                      ending_name(ideal.result.ending) + "), not at a success ending" + after +
                                      "; mark the answers that lead to success, or make that ending a success");
        return;
    }
    std::vector<std::string> shortfalls;
    for (std::size_t skill : ideal.short_skills) {
        const SkillResult& result = ideal.result.skills[skill];
        shortfalls.push_back(std::to_string(result.raw) + " of " + std::to_string(result.best) + " " + message_text(result.skill, 40));
    }
    diagnostics.warning(first, "the declared ideal path is not the best: it scores " + join(shortfalls) + after +
                                   "; mark the answers that score the most, or score the ideal ones higher");
}

}  // namespace

LengthTells measure_length_tells(const Scenario& scenario, const Analysis& analysis) {
    LengthTells tells;
    double best_sum = 0, other_sum = 0;
    std::size_t best_count = 0, other_count = 0;
    for (std::size_t u = 0; u < scenario.nodes.size(); ++u) {
        const Node& node = scenario.nodes[u];
        if (node.is_ending() || node.choices.size() < 2 || (u < analysis.reachable.size() && !analysis.reachable[u])) continue;
        int highest = std::numeric_limits<int>::min(), lowest = std::numeric_limits<int>::max();
        for (const Choice& choice : node.choices) {
            highest = std::max(highest, total_points(choice));
            lowest = std::min(lowest, total_points(choice));
        }
        if (highest == lowest) continue;
        ++tells.decision_points;
        std::size_t longest_best = 0, longest_other = 0;
        for (const Choice& choice : node.choices) {
            std::size_t length = answer_length(choice);
            if (total_points(choice) == highest) {
                longest_best = std::max(longest_best, length);
                best_sum += static_cast<double>(length);
                ++best_count;
            } else {
                longest_other = std::max(longest_other, length);
                other_sum += static_cast<double>(length);
                ++other_count;
            }
        }
        if (longest_best >= longest_other) {
            ++tells.best_is_longest;
            tells.best_is_longest_at.push_back(static_cast<NodeIndex>(u));
        }
    }
    if (best_count > 0) tells.best_mean_length = best_sum / static_cast<double>(best_count);
    if (other_count > 0) tells.other_mean_length = other_sum / static_cast<double>(other_count);
    return tells;
}

void check_tells(const std::shared_ptr<const Scenario>& scenario, const Analysis& analysis, DiagnosticList& diagnostics) {
    if (!scenario || scenario->start == no_node || scenario->nodes.empty()) return;
    check_lengths(*scenario, analysis, diagnostics);
    check_length_players(scenario, analysis, diagnostics);
    check_undeserved_endings(scenario, analysis, diagnostics);
    check_ideal_path(scenario, analysis, diagnostics);
}

}  // namespace frontdesk

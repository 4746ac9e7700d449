// frontdesk playtest FILE [--runs N] [--seed S] : random play-throughs honouring conditions and mood.
// Names from the file (scenario, nodes, skills) are printed terminal-safe, in the text and the JSON.
#include <cstdio>
#include <iostream>
#include <memory>

#include <nlohmann/json.hpp>

#include "cli_common.h"
#include "frontdesk/playtest.h"
#include "frontdesk/terminal_text.h"

namespace frontdesk::cli {

namespace {

struct PlaytestCommandOptions {
    std::string file;
    int runs = 1000;
    std::uint64_t seed = 1;
    double timeout_probability = 0.1;
    bool json = false;
};

void print_text(const Scenario& scenario, const Analysis& analysis, const PlaytestReport& report,
                const PlaytestCommandOptions& options) {
    std::cout << "Playtest of " << terminal_safe(scenario.id) << ": " << report.runs << " random runs (seed " << options.seed << ")\n";
    std::cout << "  finished: " << report.finished << ", passed: " << report.passed << ", mean length "
              << format_one_decimal(report.mean_steps) << " answers, mean overall " << format_percent(report.mean_overall) << '\n';
    std::cout << "  endings:";
    for (EndingKind kind : {EndingKind::success, EndingKind::partial, EndingKind::failure}) {
        auto it = report.endings_by_kind.find(kind);
        int count = it == report.endings_by_kind.end() ? 0 : it->second;
        std::cout << ' ' << ending_name(kind) << ' ' << count << " ("
                  << format_percent(report.runs ? 100.0 * count / report.runs : 0) << ")";
    }
    std::cout << '\n';
    for (const auto& [node, count] : report.endings_by_node) std::cout << "    " << terminal_safe(node) << ": " << count << '\n';
    std::cout << "  runs where mood fell to 0: " << report.mood_zero_runs << '\n';
    std::cout << "  skills (raw points over finished runs):\n";
    for (std::size_t s = 0; s < report.skills.size(); ++s) {
        const SkillSpread& skill = report.skills[s];
        std::cout << "    " << terminal_safe(skill.skill) << ": mean " << format_one_decimal(skill.mean) << ", range " << skill.min << " to " << skill.max;
        // The static best treats every condition as possibly true; say when no run came near it.
        const SkillRange& range = analysis.skills[s];
        if (!range.best_unbounded) std::cout << " (best possible " << range.best << ")";
        std::cout << '\n';
    }
    std::cout << "  nodes never reached: " << report.unvisited_nodes.size();
    for (const std::string& node : report.unvisited_nodes) std::cout << ' ' << terminal_safe(node);
    std::cout << "\n  choices never taken: " << report.untaken_choices.size();
    for (const auto& [node, choice] : report.untaken_choices) std::cout << ' ' << terminal_safe(node) << '#' << choice + 1;
    std::cout << "\n  stuck runs (no answer available): " << report.stuck_runs;
    if (report.stuck_runs) std::cout << " (first at node '" << terminal_safe(report.first_stuck_node) << "')";
    std::cout << "\n  runs past " << report.step_limit << " answers (looping): " << report.looping_runs << '\n';
}

nlohmann::json report_json(const Scenario& scenario, const PlaytestReport& report, const PlaytestCommandOptions& options) {
    nlohmann::json skills = nlohmann::json::object();
    for (const SkillSpread& skill : report.skills) skills[skill.skill] = {{"min", skill.min}, {"max", skill.max}, {"mean", skill.mean}};
    nlohmann::json endings = nlohmann::json::object();
    for (EndingKind kind : {EndingKind::success, EndingKind::partial, EndingKind::failure}) {
        auto it = report.endings_by_kind.find(kind);
        endings[ending_name(kind)] = it == report.endings_by_kind.end() ? 0 : it->second;
    }
    nlohmann::json untaken = nlohmann::json::array();
    for (const auto& [node, choice] : report.untaken_choices) untaken.push_back({{"node", node}, {"choice", choice + 1}});
    return {{"scenario", scenario.id},       {"runs", report.runs},
            {"seed", options.seed},          {"finished", report.finished},
            {"passed", report.passed},       {"endings", endings},
            {"ending_nodes", report.endings_by_node}, {"mood_zero_runs", report.mood_zero_runs},
            {"skills", skills},              {"mean_overall", report.mean_overall},
            {"mean_answers", report.mean_steps}, {"unvisited_nodes", report.unvisited_nodes},
            {"untaken_choices", untaken},    {"stuck_runs", report.stuck_runs},
            {"looping_runs", report.looping_runs}, {"step_limit", report.step_limit}};
}

int run_playtest(const PlaytestCommandOptions& options) {
    LoadedScenario loaded = load_and_report(options.file, std::cerr);
    if (!loaded.playable()) {
        std::cerr << "frontdesk playtest: " << options.file << " has errors; fix them first\n";
        return exit_problems;
    }
    PlaytestOptions playtest_options;
    playtest_options.runs = options.runs;
    playtest_options.seed = options.seed;
    playtest_options.timeout_probability = options.timeout_probability;
    PlaytestReport report = playtest(loaded.scenario, *loaded.analysis, playtest_options);
    if (options.json) std::cout << terminal_safe(report_json(*loaded.scenario, report, options).dump(2), LineBreaks::keep) << '\n';
    else print_text(*loaded.scenario, *loaded.analysis, report, options);
    return (report.stuck_runs > 0 || report.looping_runs > 0) ? exit_problems : exit_ok;
}

}  // namespace

void add_playtest_command(CLI::App& app, int& exit_code) {
    auto options = std::make_shared<PlaytestCommandOptions>();
    CLI::App* command = app.add_subcommand("playtest", "Play many random sessions and report endings, skills and dead spots");
    command->add_option("file", options->file, "Scenario file")->required();
    command->add_option("--runs", options->runs, "Number of random sessions")->check(CLI::Range(1, 10'000'000))->capture_default_str();
    command->add_option("--seed", options->seed, "Random seed (same seed, same runs)")->capture_default_str();
    command->add_option("--timeouts", options->timeout_probability, "Chance of letting the time run out, when there is a time limit")
        ->check(CLI::Range(0.0, 1.0))->capture_default_str();
    command->add_flag("--json", options->json, "Print JSON instead of text");
    command->callback([options, &exit_code] { exit_code = run_playtest(*options); });
}

}  // namespace frontdesk::cli

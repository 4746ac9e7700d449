// frontdesk analyze FILE [--json] : the shape of a scenario (reachability, endings, paths, score ranges), and
// whether the answers the trainer marked `ideal: true` make the best path.
// Text from the file is printed terminal-safe; the JSON escapes it too, as JSON \u escapes.
#include <iostream>
#include <memory>

#include <nlohmann/json.hpp>

#include "cli_common.h"
#include "frontdesk/strategies.h"
#include "frontdesk/tell_checks.h"
#include "frontdesk/terminal_text.h"

namespace frontdesk::cli {

namespace {

struct AnalyzeOptions {
    std::string file;
    bool json = false;
};

nlohmann::json ideal_path_json(const Scenario& scenario, const IdealPath& ideal) {
    if (!ideal.declared) return nullptr;
    nlohmann::json path = nlohmann::json::array();
    for (const Decision& decision : ideal.path)
        path.push_back({{"node", scenario.nodes[static_cast<std::size_t>(decision.node)].id},
                        {"choice", decision.timed_out() ? nlohmann::json(nullptr) : nlohmann::json(decision.choice + 1)}});
    nlohmann::json skills = nlohmann::json::object();
    for (const SkillResult& skill : ideal.result.skills) skills[skill.skill] = {{"raw", skill.raw}, {"best", skill.best}};
    std::string problem = ideal_path_problem(scenario, ideal);
    return {{"path", path},
            {"stopped_at", scenario.nodes[static_cast<std::size_t>(ideal.stopped_at)].id},
            {"ending", ideal.finished() ? nlohmann::json(ending_name(ideal.result.ending)) : nlohmann::json(nullptr)},
            {"skills", skills},
            {"best", ideal.is_best()},
            {"problem", problem.empty() ? nlohmann::json(nullptr) : nlohmann::json(problem)}};
}

std::string ideal_path_text(const Scenario& scenario, const IdealPath& ideal) {
    if (!ideal.declared) return "none declared (mark the intended answers with 'ideal: true')";
    std::string path = describe_path(scenario, ideal.path);
    if (ideal.is_best())
        return path + ": reaches '" + scenario.nodes[static_cast<std::size_t>(ideal.stopped_at)].id +
               "' (success) with 100% of every skill's best";
    return path + ": " + ideal_path_problem(scenario, ideal);
}

nlohmann::json analysis_json(const Scenario& scenario, const Analysis& analysis, const IdealPath& ideal) {
    nlohmann::json skills = nlohmann::json::object();
    for (std::size_t s = 0; s < scenario.skills.size(); ++s) {
        const SkillRange& range = analysis.skills[s];
        skills[scenario.skills[s]] = {
            {"best", range.best_unbounded ? nlohmann::json(nullptr) : nlohmann::json(range.best)},
            {"worst", range.worst_unbounded ? nlohmann::json(nullptr) : nlohmann::json(range.worst)},
            {"best_unbounded", range.best_unbounded},
            {"worst_unbounded", range.worst_unbounded}};
    }
    return {{"scenario", scenario.id},
            {"nodes", scenario.nodes.size()},
            {"reachable", analysis.reachable_count},
            {"endings", {{"success", analysis.success_endings}, {"partial", analysis.partial_endings}, {"failure", analysis.failure_endings}}},
            {"paths", analysis.paths},
            {"paths_capped", analysis.paths_capped},
            {"shortest_success", analysis.shortest_success ? nlohmann::json(*analysis.shortest_success) : nlohmann::json(nullptr)},
            {"estimated_minutes", estimated_minutes(scenario, analysis)},
            {"skills", skills},
            {"ideal_path", ideal_path_json(scenario, ideal)}};
}

void print_text(const Scenario& scenario, const Analysis& analysis, const IdealPath& ideal) {
    std::cout << terminal_safe(scenario.title) << " (" << terminal_safe(scenario.id) << ")\n";
    std::cout << "  nodes:            " << scenario.nodes.size() << " (" << analysis.reachable_count << " reachable)\n";
    std::cout << "  endings reached:  " << analysis.success_endings << " success, " << analysis.partial_endings
              << " partial, " << analysis.failure_endings << " failure\n";
    std::cout << "  complete paths:   ";
    if (analysis.paths_capped) std::cout << "at least 10^18 (capped: loops or a huge tree)\n";
    else std::cout << analysis.paths << '\n';
    std::cout << "  shortest success: ";
    if (analysis.shortest_success)
        std::cout << *analysis.shortest_success << (*analysis.shortest_success == 1 ? " answer\n" : " answers\n");
    else std::cout << "none\n";
    std::cout << "  estimated length: about " << estimated_minutes(scenario, analysis) << " min\n";
    std::cout << "  skills (total over a complete path):\n";
    for (std::size_t s = 0; s < scenario.skills.size(); ++s) {
        const SkillRange& range = analysis.skills[s];
        std::string skill = terminal_safe(scenario.skills[s]);
        std::cout << "    " << skill << std::string(18 - std::min<std::size_t>(17, skill.size()), ' ')
                  << "best " << (range.best_unbounded ? std::string("unbounded") : std::to_string(range.best))
                  << ", worst " << (range.worst_unbounded ? std::string("unbounded") : std::to_string(range.worst)) << '\n';
    }
    std::cout << "  ideal path:       " << terminal_safe(ideal_path_text(scenario, ideal)) << '\n';
}

int run_analyze(const AnalyzeOptions& options) {
    LoadedScenario loaded = load_and_report(options.file, std::cerr);
    if (!loaded.scenario || !loaded.analysis) return exit_problems;
    // The dump escapes C0 controls itself; terminal_safe turns the rest (C1, bidi) into \u escapes, which
    // are the same characters to a JSON reader.
    // Following the ideal answers plays the scenario, which only a file without errors can be.
    IdealPath ideal;
    if (!loaded.diagnostics.has_errors()) ideal = follow_ideal_path(loaded.scenario, *loaded.analysis);
    if (options.json) std::cout << terminal_safe(analysis_json(*loaded.scenario, *loaded.analysis, ideal).dump(2), LineBreaks::keep) << '\n';
    else print_text(*loaded.scenario, *loaded.analysis, ideal);
    return loaded.diagnostics.has_errors() ? exit_problems : exit_ok;
}

}  // namespace

void add_analyze_command(CLI::App& app, int& exit_code) {
    auto options = std::make_shared<AnalyzeOptions>();
    CLI::App* command = app.add_subcommand("analyze", "Reachability, endings, paths and score ranges of a scenario");
    command->add_option("file", options->file, "Scenario file")->required();
    command->add_flag("--json", options->json, "Print JSON instead of text");
    command->callback([options, &exit_code] { exit_code = run_analyze(*options); });
}

}  // namespace frontdesk::cli

// frontdesk script FILE --format html|md [-o FILE] [--lang en|it] : the whole scenario as a readable script for a
// subject-matter expert's review (briefing, every node in reading order, answers with points, mood, conditions,
// where they go and feedback; endings with their kind), in the scenario's language. --lang is the diagnostics'.
#include <iostream>
#include <memory>

#include "cli_common.h"
#include "frontdesk/scenario_script.h"

namespace frontdesk::cli {

namespace {

struct ScriptOptions {
    std::string file;
    std::string format = "html";
    std::string output;
    std::string language;
};

int run_script(const ScriptOptions& options) {
    LoadedScenario loaded = load_and_report(options.file, std::cerr, Shown::all, trainer_language(options.language));
    if (!loaded.scenario) return exit_problems;
    if (!loaded.playable() || !loaded.analysis) {
        std::cerr << "frontdesk script: " << options.file << " has errors; mend them (frontdesk lint) before writing its script\n";
        return exit_problems;
    }
    const Scenario& scenario = *loaded.scenario;
    std::string text = options.format == "md" ? scenario_script_markdown(scenario, *loaded.analysis) : scenario_script_html(scenario, *loaded.analysis);
    return write_command_output("script", options.file, options.output, text);
}

}  // namespace

void add_script_command(CLI::App& app, int& exit_code) {
    auto options = std::make_shared<ScriptOptions>();
    CLI::App* command = app.add_subcommand("script", "The whole scenario as a script for review: printable HTML or Markdown");
    command->add_option("file", options->file, "Scenario file")->required();
    command->add_option("--format", options->format, "html (printable page) or md (Markdown)")
        ->check(CLI::IsMember({"html", "md"}))
        ->capture_default_str();
    add_output_option(*command, options->output);
    add_language_option(*command, options->language);
    command->callback([options, &exit_code] { exit_code = run_script(*options); });
}

}  // namespace frontdesk::cli

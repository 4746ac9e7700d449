// frontdesk graph FILE --format dot|mermaid [--lang en|it] : the conversation graph, for Graphviz or Mermaid. Line breaks
// in labels are already escaped by the exporters; any other control character is shown as an escape.
#include <iostream>
#include <memory>

#include "cli_common.h"
#include "frontdesk/graph_export.h"
#include "frontdesk/terminal_text.h"

namespace frontdesk::cli {

namespace {

struct GraphOptions {
    std::string file;
    std::string format = "dot";
    std::string language;  // of the diagnostics; empty: the locale's
};

int run_graph(const GraphOptions& options) {
    LoadedScenario loaded = load_and_report(options.file, std::cerr, Shown::all, trainer_language(options.language));
    if (!loaded.scenario) return exit_problems;
    std::cout << terminal_safe(options.format == "mermaid" ? graph_mermaid(*loaded.scenario) : graph_dot(*loaded.scenario),
                               LineBreaks::keep);
    return loaded.diagnostics.has_errors() ? exit_problems : exit_ok;
}

}  // namespace

void add_graph_command(CLI::App& app, int& exit_code) {
    auto options = std::make_shared<GraphOptions>();
    CLI::App* command = app.add_subcommand("graph", "Print the conversation graph (Graphviz dot or Mermaid)");
    command->add_option("file", options->file, "Scenario file")->required();
    command->add_option("--format", options->format, "Output format")
        ->check(CLI::IsMember({"dot", "mermaid"}))
        ->capture_default_str();
    add_language_option(*command, options->language);
    command->callback([options, &exit_code] { exit_code = run_graph(*options); });
}

}  // namespace frontdesk::cli

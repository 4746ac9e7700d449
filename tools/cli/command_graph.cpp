// frontdesk graph FILE --format dot|mermaid|svg|html [-o FILE] [--lang en|it] : the conversation graph. dot and
// Mermaid are text for other tools (line breaks in labels are already escaped by the exporters; any other
// control character is shown as an escape); svg and html are the studio's own laid-out drawing, for printing or
// a review document. A scenario with errors gets its diagnostics and no drawing.
#include <iostream>
#include <memory>

#include "cli_common.h"
#include "frontdesk/graph_drawing.h"
#include "frontdesk/graph_export.h"
#include "frontdesk/graph_layout.h"
#include "frontdesk/terminal_text.h"

namespace frontdesk::cli {

namespace {

struct GraphOptions {
    std::string file;
    std::string format = "dot";
    std::string output;
    std::string language;  // of the diagnostics; empty: the locale's
};

int run_drawing(const GraphOptions& options, const LoadedScenario& loaded) {
    if (!loaded.playable() || !loaded.analysis) {
        std::cerr << "frontdesk graph: " << options.file << " has errors; mend them (frontdesk lint) before drawing it\n";
        return exit_problems;
    }
    GraphModel model = build_graph_model(*loaded.scenario, *loaded.analysis);
    GraphLayoutResult laid_out = lay_out_graph(model);
    if (!laid_out.layout) {
        for (const std::string& problem : laid_out.problems) std::cerr << "frontdesk graph: " << problem << '\n';
        std::cerr << "frontdesk graph: " << options.file << ": the graph could not be laid out\n";
        return exit_problems;
    }
    std::string text = options.format == "html" ? graph_html(model, *laid_out.layout) : graph_svg(model, *laid_out.layout);
    return write_command_output("graph", options.file, options.output, text);
}

int run_graph(const GraphOptions& options) {
    LoadedScenario loaded = load_and_report(options.file, std::cerr, Shown::all, trainer_language(options.language));
    if (!loaded.scenario) return exit_problems;
    if (options.format == "svg" || options.format == "html") return run_drawing(options, loaded);
    std::string text = options.format == "mermaid" ? graph_mermaid(*loaded.scenario) : graph_dot(*loaded.scenario);
    int written = write_command_output("graph", options.file, options.output,
                                       options.output.empty() ? terminal_safe(text, LineBreaks::keep) : text);
    if (written != exit_ok) return written;
    return loaded.diagnostics.has_errors() ? exit_problems : exit_ok;
}

}  // namespace

void add_graph_command(CLI::App& app, int& exit_code) {
    auto options = std::make_shared<GraphOptions>();
    CLI::App* command = app.add_subcommand("graph", "The conversation graph: Graphviz dot or Mermaid text, or a laid-out SVG or HTML page to print");
    command->add_option("file", options->file, "Scenario file")->required();
    command->add_option("--format", options->format, "dot, mermaid, svg (a drawing) or html (a page with the drawing)")
        ->check(CLI::IsMember({"dot", "mermaid", "svg", "html"}))
        ->capture_default_str();
    add_output_option(*command, options->output);
    add_language_option(*command, options->language);
    command->callback([options, &exit_code] { exit_code = run_graph(*options); });
}

}  // namespace frontdesk::cli

// frontdesk-gui: the simulator window as its own program, so the `frontdesk` command line links nothing
// graphical. `frontdesk` and `frontdesk gui [...]` start it; its options are the window's.
#include <CLI/CLI.hpp>

#include <cstdio>
#include <cstdlib>
#include <string>

#include "app/gui_app.h"
#include "platform/display.h"
#include "frontdesk/results_records.h"
#include "frontdesk/scenario_library.h"
#include "frontdesk/utf8.h"

int main(int argc, char** argv) {
    using frontdesk::gui::GuiOptions;
    GuiOptions options;
    CLI::App app{"frontdesk-gui: the frontdesk simulator window (practise front-office conversations)", "frontdesk gui"};
    app.add_option("--scenarios", options.scenario_dirs, "Folder of scenarios (default: the bundled library)");
    app.add_option("--scenario", options.scenario, "Open this scenario's briefing directly");
    app.add_option("--trainee", options.trainee, "Trainee name or code (skips the trainee screen)")
        ->check([](const std::string& name) {
            std::string problem = frontdesk::name_problem(name);
            return problem.empty() ? std::string() : "the trainee " + problem;
        });
    app.add_option("--cohort", options.cohort,
                   "The trainee's cohort: the courses assigned to it are shown first and sessions record it (default: the settings' "
                   "cohort, else the one the results hold for the trainee)")
        ->check([](const std::string& cohort) {
            return frontdesk::record_text_problem("cohort", cohort);
        });
    app.add_option("--lang", options.language, "Interface language")->check(CLI::IsMember({"en", "it"}));
    app.add_option("--phrasing", options.phrasing,
                   "How the conversation addresses the trainee: the words that change with gender, as in Italian 'sono sicura/sicuro' "
                   "(default: as chosen on the trainee screen)")
        ->check(CLI::IsMember({"feminine", "masculine", "neutral"}));
    auto* seed = app.add_option("--seed", options.seed, "Fix the order the answers are shown in (a number; default: new each session)");
    app.add_flag("--no-shuffle", options.no_shuffle, "Show the answers in the order the scenario lists them")->excludes(seed);
    app.add_option("--screenshot", options.screenshot, "Write a PNG of the window when the program quits");
    app.add_option("--trace", options.trace, "Write screen changes, the conversation as shown and the answers to this file");
    app.add_flag("--trace-frames", options.trace_frames, "Also trace each frame's time (for benchmarks)");
    app.add_option("--db", options.db, "Results database (default: $XDG_DATA_HOME/frontdesk/results.db)");
    app.add_option("--studio", options.studio, "Open the trainer's studio on this scenario file (the graph, checks as you save, play from any node)");
    app.add_flag("--review", options.review, "Open the Review of recorded results (for course coordinators)");
    app.add_option("--settings", options.settings_path, "Settings file (default: $XDG_CONFIG_HOME/frontdesk/settings.json)");
    app.add_option("--size", [&options](const CLI::results_t& values) {
        int w = 0, h = 0;
        if (std::sscanf(values[0].c_str(), "%dx%d", &w, &h) != 2 || w < 320 || h < 240) return false;
        options.width = w;
        options.height = h;
        options.size_given = true;
        return true;
    }, "Window size, e.g. 1280x800 (default: 1280x800, smaller when the screen is: at most 90% of it)");
    try {
        app.parse(argc, argv);
    } catch (const CLI::ParseError& e) {
        int code = app.exit(e);
        return code == 0 ? 0 : 2;
    }
    if (options.scenario_dirs.empty()) options.scenario_dirs.push_back(frontdesk::bundled_scenario_dir());
    if (std::string problem = frontdesk::gui::display_problem(); !problem.empty()) {
        std::fprintf(stderr, "frontdesk-gui: %s\n", problem.c_str());
        return 1;
    }
    return frontdesk::gui::run_gui(options);
}

// frontdesk gui [...] : the simulator window (also what `frontdesk` alone opens).
#include <memory>

#include "cli_common.h"
#include "gui_app.h"

namespace frontdesk::cli {

void add_gui_command(CLI::App& app, int& exit_code) {
    auto options = std::make_shared<gui::GuiOptions>();
    CLI::App* command = app.add_subcommand("gui", "Open the simulator window (the default without a command)");
    command->add_option("--scenarios", options->scenario_dirs, "Folder of scenarios (default: the bundled library)");
    command->add_option("--scenario", options->scenario, "Open this scenario's briefing directly");
    command->add_option("--trainee", options->trainee, "Trainee name or code (skips the trainee screen)");
    command->add_option("--lang", options->language, "Interface language")->check(CLI::IsMember({"en", "it"}));
    command->add_option("--screenshot", options->screenshot, "Write a PNG of the window when the program quits");
    command->add_option("--trace", options->trace, "Write screen changes and answers to this file");
    command->add_flag("--trace-frames", options->trace_frames, "Also trace each frame's time (for benchmarks)");
    command->add_option("--db", options->db, "Results database (default: $XDG_DATA_HOME/frontdesk/results.db)");
    command->add_flag("--review", options->review, "Open the Review of recorded results (for course coordinators)");
    command->add_option("--settings", options->settings_path, "Settings file (default: $XDG_CONFIG_HOME/frontdesk/settings.json)");
    command->add_option("--size", [options](const CLI::results_t& values) {
        int w = 0, h = 0;
        if (std::sscanf(values[0].c_str(), "%dx%d", &w, &h) != 2 || w < 320 || h < 240) return false;
        options->width = w;
        options->height = h;
        return true;
    }, "Window size, e.g. 1280x800");
    command->callback([options, &exit_code] {
        gui::GuiOptions run = *options;
        if (run.scenario_dirs.empty()) run.scenario_dirs.push_back(bundled_scenario_dir());
        exit_code = gui::run_gui(run);
    });
}

}  // namespace frontdesk::cli

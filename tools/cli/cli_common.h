// What the subcommands share: exit codes, loading a scenario with its diagnostics printed, the bundled
// scenario folder, and the registration functions main() calls.
#pragma once

#include <iosfwd>
#include <string>

#include <CLI/CLI.hpp>

#include "frontdesk/scenario_loader.h"

namespace frontdesk::cli {

enum ExitCode : int { exit_ok = 0, exit_problems = 1, exit_usage = 2 };

// The scenarios shipped with the program: $FRONTDESK_SCENARIOS, else the source tree's scenarios/.
std::string bundled_scenario_dir();

// Loads a scenario and prints its diagnostics to `err`. Returns the load; check playable().
LoadedScenario load_and_report(const std::string& path, std::ostream& err);

std::string format_percent(double value);

// Each subcommand registers itself and writes its exit code into `exit_code` when it runs.
void add_lint_command(CLI::App& app, int& exit_code);
void add_analyze_command(CLI::App& app, int& exit_code);
void add_play_command(CLI::App& app, int& exit_code);
void add_playtest_command(CLI::App& app, int& exit_code);
void add_graph_command(CLI::App& app, int& exit_code);
void add_list_command(CLI::App& app, int& exit_code);
void add_gui_command(CLI::App& app, int& exit_code);

}  // namespace frontdesk::cli

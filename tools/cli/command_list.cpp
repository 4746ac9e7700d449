// frontdesk list [DIR] : the library as a table, with a status column for scenarios that fail their checks
// (their own, and the library's: ids used twice). Everything taken from a file is printed terminal-safe.
#include <iomanip>
#include <iostream>
#include <memory>

#include "cli_common.h"
#include "frontdesk/scenario_library.h"
#include "frontdesk/terminal_text.h"

namespace frontdesk::cli {

namespace {

struct ListOptions {
    std::string dir;
};

int run_list(const ListOptions& options) {
    std::string dir = options.dir.empty() ? bundled_scenario_dir() : options.dir;
    std::vector<Diagnostic> problems;
    std::vector<std::string> files = find_scenario_files({dir}, problems);
    bool folder_errors = false;
    for (const Diagnostic& problem : problems) {
        std::cerr << format_diagnostic(problem, nullptr);
        folder_errors = folder_errors || problem.severity == Severity::error;
    }
    std::cout << std::left << std::setw(38) << "id" << std::setw(5) << "lang" << std::setw(9) << "role"
              << std::setw(8) << "channel" << std::setw(5) << "diff" << std::setw(6) << "nodes" << std::setw(6) << "min"
              << std::setw(10) << "status" << "title\n";
    int broken = 0;
    LibraryCheck library;
    load_scenario_files(files, [&](const std::string& file, LoadedScenario& loaded) {
        library.add(loaded);
        std::string status = loaded.playable() ? (loaded.diagnostics.warning_count() ? std::to_string(loaded.diagnostics.warning_count()) + " warn" : "ok")
                                               : std::to_string(loaded.diagnostics.error_count()) + " errors";
        if (!loaded.playable()) ++broken;
        if (!loaded.scenario) {
            std::cout << std::left << std::setw(38) << terminal_safe(file) << std::setw(41) << "" << std::setw(10) << status << "(unreadable)\n";
            return;
        }
        const Scenario& s = *loaded.scenario;
        std::cout << std::left << std::setw(38) << terminal_safe(s.id.empty() ? file : s.id) << std::setw(5) << language_name(s.language)
                  << std::setw(9) << role_name(s.role) << std::setw(8) << channel_name(s.channel) << std::setw(5)
                  << s.difficulty << std::setw(6) << s.nodes.size() << std::setw(6)
                  << (loaded.analysis ? estimated_minutes(s, *loaded.analysis) : 0) << std::setw(10) << status
                  << terminal_safe(s.title) << '\n';
    });
    std::cout << files.size() << " scenarios" << (broken ? ", " + std::to_string(broken) + " with errors (run frontdesk lint)" : "") << '\n';
    return (broken > 0 || folder_errors) ? exit_problems : exit_ok;
}

}  // namespace

void add_list_command(CLI::App& app, int& exit_code) {
    auto options = std::make_shared<ListOptions>();
    CLI::App* command = app.add_subcommand("list", "List the scenarios in a folder (default: the bundled library)");
    command->add_option("dir", options->dir, "Folder with scenario files");
    command->callback([options, &exit_code] { exit_code = run_list(*options); });
}

}  // namespace frontdesk::cli

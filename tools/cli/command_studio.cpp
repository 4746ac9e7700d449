// frontdesk studio FILE [--trace FILE] [--db DB] [--lang en|it] [--size WxH] : the trainer's studio on one scenario
// file, in the window program (frontdesk-gui --studio FILE). A file with errors opens on them; a path that is
// not a file is refused here, before a window opens for nothing.
#include <filesystem>
#include <iostream>
#include <memory>

#include "cli_common.h"

namespace frontdesk::cli {

namespace {

struct StudioOptions {
    std::string file;
    std::string trace;
    std::string db;
    std::string language;
    std::string size;
    std::string screenshot;
};

int run_studio(const StudioOptions& options) {
    std::error_code error;
    auto status = std::filesystem::status(options.file, error);
    if (error || !std::filesystem::exists(status)) {
        std::cerr << "frontdesk studio: " << options.file << ": no such file\n"
                  << "  Give a scenario file (frontdesk list shows the bundled ones).\n";
        return exit_problems;
    }
    if (std::filesystem::is_directory(status)) {
        std::cerr << "frontdesk studio: " << options.file << " is a folder; the studio opens one scenario file\n"
                  << "  The window's library shows a folder's scenarios, each with 'Open in studio': frontdesk gui --scenarios "
                  << options.file << "\n";
        return exit_problems;
    }
    std::vector<std::string> arguments{"--studio", options.file};
    auto pass = [&arguments](const char* flag, const std::string& value) {
        if (value.empty()) return;
        arguments.push_back(flag);
        arguments.push_back(value);
    };
    pass("--trace", options.trace);
    pass("--db", options.db);
    pass("--lang", options.language);
    pass("--size", options.size);
    pass("--screenshot", options.screenshot);
    return start_gui(arguments);
}

}  // namespace

void add_studio_command(CLI::App& app, int& exit_code) {
    auto options = std::make_shared<StudioOptions>();
    CLI::App* command = app.add_subcommand(
        "studio", "The trainer's studio on a scenario file: its graph, the checks as you save it, play from any node (opens the window)");
    command->add_option("file", options->file, "Scenario file")->required();
    command->add_option("--trace", options->trace, "Write what the studio does to this file (studio_loaded, studio_reloaded ...)");
    command->add_option("--db", options->db, "Results to show how trainees went through the scenario (a file or postgresql://...)");
    command->add_option("--lang", options->language, "Interface language")->check(CLI::IsMember({"en", "it"}));
    command->add_option("--size", options->size, "Window size, e.g. 1600x900");
    command->add_option("--screenshot", options->screenshot, "Write a PNG of the window when it closes");
    command->callback([options, &exit_code] { exit_code = run_studio(*options); });
}

}  // namespace frontdesk::cli

// frontdesk gui [...] (and frontdesk with no command): starts the simulator window, which is its own program,
// frontdesk-gui, installed beside this one. The command line itself links nothing graphical, so it runs on a
// server with no display libraries at all.
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <filesystem>
#include <iostream>
#include <memory>
#include <vector>

#include "cli_common.h"

namespace frontdesk::cli {

namespace {

// frontdesk-gui beside this executable (the build tree and an installation alike), else on the PATH.
std::string gui_program() {
    std::error_code error;
    std::filesystem::path self = std::filesystem::read_symlink("/proc/self/exe", error);
    if (!error) {
        std::filesystem::path beside = self.parent_path() / "frontdesk-gui";
        if (::access(beside.c_str(), X_OK) == 0) return beside.string();
    }
    return "frontdesk-gui";
}

}  // namespace

int start_gui(const std::vector<std::string>& arguments) {
    std::string program = gui_program();
    std::vector<std::string> words{program};
    words.insert(words.end(), arguments.begin(), arguments.end());
    std::vector<char*> argv;
    for (std::string& word : words) argv.push_back(word.data());
    argv.push_back(nullptr);
    std::cout.flush();
    ::execvp(program.c_str(), argv.data());
    int saved = errno;
    std::cerr << "frontdesk: cannot start the window (" << program << "): " << std::strerror(saved) << "\n"
              << "  Is frontdesk-gui installed beside frontdesk? In a terminal, play with: frontdesk play [FILE]\n";
    return exit_problems;
}

void add_gui_command(CLI::App& app, int& exit_code) {
    CLI::App* command = app.add_subcommand("gui", "Open the simulator window (the default without a command); frontdesk gui --help lists its options");
    // Everything after `gui` belongs to the window program, --help included.
    command->prefix_command();
    command->set_help_flag();
    command->callback([command, &exit_code] { exit_code = start_gui(command->remaining()); });
}

}  // namespace frontdesk::cli

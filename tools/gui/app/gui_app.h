// The simulator window: `frontdesk gui` and `frontdesk` with no arguments. It stands on the engine (loader,
// checks, session, analysis); the screens only draw and forward what the trainee does.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace frontdesk::gui {

struct GuiOptions {
    std::vector<std::string> scenario_dirs;  // searched for *.yaml; the bundled library when empty
    std::string scenario;                    // open this scenario's briefing directly
    std::string trainee;                     // skip the trainee screen
    std::string language;                    // "en" | "it"; default: remembered, else the system locale
    std::string screenshot;                  // PNG written when the program quits
    std::string trace;                       // plain-text log of screens and answers
    bool trace_frames = false;               // also log each frame's time (for the benchmark)
    std::string settings_path;               // default: $XDG_CONFIG_HOME/frontdesk/settings.json
    std::string db;                          // results database; default: $XDG_DATA_HOME/frontdesk/results.db
    std::string cohort;                      // the trainee's cohort; default: the settings', else the one recorded
    bool review = false;                     // open the coordinators' Review area directly
    std::string studio;                      // open the trainer's studio on this scenario file
    std::string phrasing;                    // "feminine" | "masculine" | "neutral"; default: remembered, else neutral
    std::optional<std::uint64_t> seed;       // the answers' order in every session; default: a new seed each session
    bool no_shuffle = false;                 // show the answers in the order the scenario lists them
    int width = 1280;                        // the window's size: --size as given, else this default made to fit
    int height = 800;                        // the desktop (at most 90% of it)
    bool size_given = false;                 // --size was given
};

// Runs the window until it is closed (or SIGINT/SIGTERM). Returns the process exit code.
int run_gui(const GuiOptions& options);

}  // namespace frontdesk::gui

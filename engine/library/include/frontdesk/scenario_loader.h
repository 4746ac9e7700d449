// Loading a scenario: read the file safely, parse YAML, map it onto the Scenario model, then run every
// check. This is the one entry point the command line, the window and the tests use, so the same checks
// run wherever a scenario is loaded.
#pragma once

#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "frontdesk/analysis.h"
#include "frontdesk/diagnostic.h"
#include "frontdesk/scenario.h"
#include "frontdesk/source_text.h"

namespace frontdesk {

struct LoadedScenario {
    // Present whenever the file was read far enough to describe a scenario (for listing it with its
    // errors); only playable when there are no errors.
    std::shared_ptr<const Scenario> scenario;
    // The analysis the checks ran on, kept so callers need not repeat it (present with the scenario).
    std::shared_ptr<const Analysis> analysis;
    DiagnosticList diagnostics;
    std::optional<SourceText> source;

    bool playable() const { return scenario != nullptr && !diagnostics.has_errors(); }
};

LoadedScenario load_scenario_file(const std::string& path);
LoadedScenario load_scenario_text(std::string path, std::string text);
// Loads every file, on up to `threads` threads at once (0: one per core, at most 4), and hands each to `use` on
// the calling thread in the order of `files`, as a loop over load_scenario_file would. An exception from a
// load or from `use` stops the rest and reaches the caller.
void load_scenario_files(const std::vector<std::string>& files,
                         const std::function<void(const std::string& file, LoadedScenario& loaded)>& use, unsigned threads = 0);

// Formats every diagnostic of a load, with source lines and carets, and how many more were not kept.
std::string format_diagnostics(const LoadedScenario& loaded);

}  // namespace frontdesk

// The one loading path: safe reading, parsing, mapping, then every check.
#include "frontdesk/scenario_loader.h"

#include "frontdesk/analysis.h"
#include "frontdesk/scenario_checks.h"
#include "frontdesk/scenario_parser.h"
#include "frontdesk/tell_checks.h"

namespace frontdesk {

namespace {

LoadedScenario load_checked_text(LoadedScenario loaded) {
    if (std::shared_ptr<Scenario> scenario = parse_scenario(*loaded.source, loaded.diagnostics)) {
        auto analysis = std::make_shared<Analysis>(analyze(*scenario));
        check_scenario(*scenario, *analysis, loaded.diagnostics);
        // The tell checks play the scenario, which only a file without errors can be.
        if (!loaded.diagnostics.has_errors()) check_tells(scenario, *analysis, loaded.diagnostics);
        loaded.analysis = std::move(analysis);
        loaded.scenario = std::move(scenario);
    }
    loaded.diagnostics.sort_by_location();
    return loaded;
}

}  // namespace

LoadedScenario load_scenario_file(const std::string& path) {
    LoadedScenario loaded;
    loaded.diagnostics = DiagnosticList(path);
    loaded.source = read_source_file(path, loaded.diagnostics);
    if (!loaded.source) return loaded;
    return load_checked_text(std::move(loaded));
}

LoadedScenario load_scenario_text(std::string path, std::string text) {
    LoadedScenario loaded;
    loaded.diagnostics = DiagnosticList(path);
    loaded.source = check_source_text(path, std::move(text), loaded.diagnostics);
    if (!loaded.source) return loaded;
    return load_checked_text(std::move(loaded));
}

std::string format_diagnostics(const LoadedScenario& loaded) {
    std::string out;
    for (const Diagnostic& diagnostic : loaded.diagnostics.items())
        out += format_diagnostic(diagnostic, loaded.source ? &*loaded.source : nullptr);
    return out + format_omitted(loaded.diagnostics);
}

}  // namespace frontdesk

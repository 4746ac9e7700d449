#include "cli_common.h"

#include <cstdio>
#include <cstdlib>
#include <ostream>

namespace frontdesk::cli {

std::string bundled_scenario_dir() {
    if (const char* dir = std::getenv("FRONTDESK_SCENARIOS"); dir && *dir) return dir;
    return FRONTDESK_SCENARIO_DIR;
}

LoadedScenario load_and_report(const std::string& path, std::ostream& err) {
    LoadedScenario loaded = load_scenario_file(path);
    err << format_diagnostics(loaded);
    return loaded;
}

std::string format_percent(double value) {
    char buffer[16];
    std::snprintf(buffer, sizeof buffer, "%.0f%%", value);
    return buffer;
}

}  // namespace frontdesk::cli

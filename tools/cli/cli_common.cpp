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

std::string describe_points(const Scenario& scenario, const std::vector<int>& score) {
    std::string out;
    for (std::size_t s = 0; s < scenario.skills.size() && s < score.size(); ++s) {
        if (score[s] == 0) continue;
        out += (out.empty() ? "" : ", ") + std::string(score[s] > 0 ? "+" : "") + std::to_string(score[s]) + " " +
               scenario.skills[s];
    }
    return out;
}

const char* mood_word(int mood) {
    if (mood < 20) return "furious";
    if (mood < 40) return "annoyed";
    if (mood < 60) return "neutral";
    if (mood < 80) return "pleased";
    return "delighted";
}

std::string format_percent(double value) {
    char buffer[16];
    std::snprintf(buffer, sizeof buffer, "%.0f%%", value);
    return buffer;
}

}  // namespace frontdesk::cli

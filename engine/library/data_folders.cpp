// The bundled scenarios and the window's assets: an environment variable, the installation beside the
// executable, or the source tree, in that order (see data_folders.h).
#include "frontdesk/data_folders.h"

#include <cstdlib>
#include <system_error>

namespace frontdesk {

namespace fs = std::filesystem;

namespace {

std::string environment(const char* name) {
    const char* value = std::getenv(name);
    return value ? value : "";
}

// The running program's own file, with symbolic links resolved: a link in /usr/local/bin to a program
// installed under /opt still finds /opt's data. Empty when /proc is not mounted.
fs::path running_executable() {
    std::error_code error;
    fs::path self = fs::read_symlink("/proc/self/exe", error);
    return error ? fs::path() : self;
}

bool is_folder(const fs::path& path) {
    std::error_code error;
    return fs::is_directory(path, error);
}

}  // namespace

std::string resolve_data_folder(const std::string& override_dir, const fs::path& executable, const std::string& folder,
                                const fs::path& source_dir) {
    if (!override_dir.empty()) return override_dir;
    // FRONTDESK_DATA_FROM_BIN is the install layout's path from the programs' folder to the data folder
    // (../share/frontdesk with the GNU defaults), so a package and `cmake --install --prefix` agree.
    fs::path installed = (executable.parent_path() / FRONTDESK_DATA_FROM_BIN / folder).lexically_normal();
    if (!executable.empty() && is_folder(installed)) return installed.string();
    if (!source_dir.empty() && is_folder(source_dir)) return source_dir.string();
    return executable.empty() ? source_dir.string() : installed.string();
}

std::string bundled_scenario_dir() {
    return resolve_data_folder(environment("FRONTDESK_SCENARIOS"), running_executable(), "scenarios", FRONTDESK_SCENARIO_DIR);
}

std::string asset_dir() {
    return resolve_data_folder(environment("FRONTDESK_ASSETS"), running_executable(), "assets", FRONTDESK_ASSET_DIR);
}

}  // namespace frontdesk

// Where the program's own files are: the bundled scenarios and the window's assets. An installed program
// finds them under its prefix (PREFIX/share/frontdesk, beside PREFIX/bin, found from /proc/self/exe so any
// prefix works), a build tree in the source tree; FRONTDESK_SCENARIOS and FRONTDESK_ASSETS point elsewhere.
#pragma once

#include <filesystem>
#include <string>

namespace frontdesk {

std::string bundled_scenario_dir();
std::string asset_dir();

// The rule behind both, apart so it can be tested with any executable path and environment:
//  1. `override_dir` (the environment variable) when it is not empty;
//  2. else `folder` under the installed data folder of `executable` (EXE/../share/frontdesk/FOLDER), if it exists;
//  3. else `source_dir` (the source tree, for a build tree), if it exists;
//  4. else the installed folder, so that a message says where the files belong.
std::string resolve_data_folder(const std::string& override_dir, const std::filesystem::path& executable,
                                const std::string& folder, const std::filesystem::path& source_dir);

}  // namespace frontdesk

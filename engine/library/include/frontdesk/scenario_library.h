// Finding scenario files: the paths a trainer names, folders searched recursively for *.yaml.
#pragma once

#include <string>
#include <vector>

#include "frontdesk/diagnostic.h"

namespace frontdesk {

// The scenarios shipped with the program: $FRONTDESK_SCENARIOS, else the bundled library.
std::string bundled_scenario_dir();

// Files in the order given, each folder's files sorted by path. A path that does not exist is reported.
std::vector<std::string> find_scenario_files(const std::vector<std::string>& paths, std::vector<Diagnostic>& problems);

}  // namespace frontdesk

// Finding scenario files: the paths a trainer names, folders searched recursively for *.yaml.
#pragma once

#include <string>
#include <vector>

#include "frontdesk/data_folders.h"
#include "frontdesk/diagnostic.h"

namespace frontdesk {

// Files in the order given, each folder's files sorted by path. A path that does not exist is reported.
std::vector<std::string> find_scenario_files(const std::vector<std::string>& paths, std::vector<Diagnostic>& problems);

}  // namespace frontdesk

#include "frontdesk/data_folders.h"

#include <cstdlib>

namespace frontdesk {

std::string bundled_scenario_dir() {
    if (const char* dir = std::getenv("FRONTDESK_SCENARIOS"); dir && *dir) return dir;
    return FRONTDESK_SCENARIO_DIR;
}

std::string asset_dir() {
    if (const char* dir = std::getenv("FRONTDESK_ASSETS"); dir && *dir) return dir;
    return FRONTDESK_ASSET_DIR;
}

}  // namespace frontdesk

// Where the program's own files are: the bundled scenarios and the window's assets. An installed program
// finds them under its prefix (PREFIX/share/frontdesk, beside PREFIX/bin), a build tree in the source tree;
// FRONTDESK_SCENARIOS and FRONTDESK_ASSETS point elsewhere.
#pragma once

#include <string>

namespace frontdesk {

std::string bundled_scenario_dir();
std::string asset_dir();

}  // namespace frontdesk

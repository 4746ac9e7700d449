// Whether the window can be shown at all, asked before SFML opens its window: SFML 2.5 calls abort() when it
// cannot reach the X display (an ssh session, a service, a terminal with DISPLAY unset), which leaves a core dump
// and no advice for the trainee or the administrator.
#pragma once

#include <string>

namespace frontdesk::gui {

// Empty when the display answers; otherwise what went wrong and what to do, in one sentence each.
std::string display_problem();

}  // namespace frontdesk::gui

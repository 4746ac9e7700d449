// Whether anything on screen is cut off: a window or panel whose content is wider than what it shows and has no
// horizontal scrollbar to reach the rest, or taller with scrolling turned off. Asked of ImGui's own layout at the
// end of a frame, so the tests can check every screen at every text size without judging pixels.
#pragma once

#include <string>

namespace frontdesk::gui {

// "none", or each clipped window as NAME:+Npx (how much does not show), separated by spaces. Call after
// ImGui::Render(); the sizes are those ImGui measured on the previous frame, so a screen settles in two.
std::string clipped_windows();

}  // namespace frontdesk::gui

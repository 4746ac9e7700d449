// The settings shared by the trainee and library screens: language, text size, contrast (saved at once).
#pragma once

#include "app/app_state.h"

namespace frontdesk::gui {

void draw_settings_row(AppState& app);

}  // namespace frontdesk::gui

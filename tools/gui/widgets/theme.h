// Colours, spacing and fonts: a calm default theme and a high-contrast one, and the font atlas rebuilt at the
// chosen size (not scaled afterwards, so text stays sharp at every size).
#pragma once

#include <imgui.h>

#include "app/app_state.h"

namespace frontdesk::gui {

// Colours the screens use beyond ImGui's style, per theme.
struct Palette {
    ImU32 character_bubble, trainee_bubble, text_on_bubble, positive, negative, neutral, panel, accent;
};

void apply_theme(bool high_contrast);
const Palette& palette(bool high_contrast);

// Loads DejaVu Sans (fonts-dejavu-core, or assets/fonts/) at `scale`; falls back to ImGui's own font with a
// message when neither is there. Must be followed by re-creating the renderer's font texture.
void build_fonts(Fonts& fonts, float scale, std::string& problem);

}  // namespace frontdesk::gui

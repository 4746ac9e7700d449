// The character's portrait: a person from the shoulders up (clothing, neck, head, ears, hair, eyes, brows,
// nose, mouth, glasses, facial hair, signs of age) drawn as vector shapes with ImGui's draw list, so it is
// sharp at every size. The face follows a FaceShape (model/portrait_motion.h), which the screens animate
// between expressions. In high contrast the portrait is plain and strongly outlined.
#pragma once

#include <imgui.h>

#include "frontdesk/scenario.h"
#include "portrait_motion.h"

namespace frontdesk::gui {

// Draws the portrait in the square at `top_left`, `size` pixels wide and high: a soft disc behind the bust,
// the bust cut off by the square's lower edge.
void draw_portrait(ImDrawList* draw, ImVec2 top_left, float size, const frontdesk::Look& look, const FaceShape& face,
                   bool high_contrast);

// The same at the cursor, taking up the square in the layout.
void portrait(const frontdesk::Look& look, const FaceShape& face, float size, bool high_contrast);

}  // namespace frontdesk::gui

// The character's face: a round face whose brows, eyes and mouth follow the mood, drawn with ImGui's draw list.
#pragma once

#include <imgui.h>

namespace frontdesk::gui {

// 0 furious .. 100 delighted; cheeks flush red when angry (not in high contrast, where the face stays plain).
void draw_face(ImDrawList* draw, ImVec2 centre, float radius, double mood, bool high_contrast);

}  // namespace frontdesk::gui

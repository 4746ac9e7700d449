#include "widgets/face.h"

#include <algorithm>

namespace frontdesk::gui {

void draw_face(ImDrawList* draw, ImVec2 centre, float radius, double mood, bool high_contrast) {
    double m = std::clamp(mood, 0.0, 100.0) / 100.0;  // 0 furious .. 1 delighted
    ImU32 skin = high_contrast ? IM_COL32(255, 255, 255, 255) : IM_COL32(247, 214, 178, 255);
    ImU32 ink = IM_COL32(40, 30, 30, 255);
    float thickness = std::max(2.0f, radius * 0.06f);
    // A flush of red in the cheeks when angry.
    draw->AddCircleFilled(centre, radius, skin, 48);
    if (m < 0.35 && !high_contrast) {
        int alpha = static_cast<int>((0.35 - m) / 0.35 * 120);
        draw->AddCircleFilled(ImVec2(centre.x - radius * 0.5f, centre.y + radius * 0.2f), radius * 0.18f, IM_COL32(230, 80, 70, alpha));
        draw->AddCircleFilled(ImVec2(centre.x + radius * 0.5f, centre.y + radius * 0.2f), radius * 0.18f, IM_COL32(230, 80, 70, alpha));
    }
    draw->AddCircle(centre, radius, ink, 48, thickness);
    // Eyes: smaller when angry, wider when pleased.
    float eye_y = centre.y - radius * 0.18f;
    float eye_dx = radius * 0.35f;
    float eye_h = radius * static_cast<float>(0.07 + 0.06 * m);
    for (float side : {-1.0f, 1.0f}) {
        draw->AddCircleFilled(ImVec2(centre.x + side * eye_dx, eye_y), eye_h, ink, 16);
        // Brows: slanted down towards the nose when angry, raised and relaxed when pleased.
        float slant = static_cast<float>((0.5 - m) * 0.35) * radius;
        ImVec2 inner(centre.x + side * radius * 0.16f, eye_y - radius * 0.2f + slant);
        ImVec2 outer(centre.x + side * radius * 0.52f, eye_y - radius * 0.24f - slant * 0.3f);
        draw->AddLine(inner, outer, ink, thickness * 1.3f);
    }
    // Mouth: a curve from frown to smile.
    float curve = static_cast<float>((m - 0.5) * 0.7) * radius;
    ImVec2 left(centre.x - radius * 0.38f, centre.y + radius * 0.42f);
    ImVec2 right(centre.x + radius * 0.38f, centre.y + radius * 0.42f);
    ImVec2 control(centre.x, centre.y + radius * 0.42f + curve * 2.0f);
    draw->AddBezierQuadratic(left, control, right, ink, thickness * 1.2f, 24);
}

}  // namespace frontdesk::gui

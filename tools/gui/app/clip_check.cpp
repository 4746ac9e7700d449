#include "app/clip_check.h"

#include <imgui.h>
#include <imgui_internal.h>

#include <cmath>
#include <string>
#include <string_view>

namespace frontdesk::gui {

std::string clipped_windows() {
    ImGuiContext& context = *ImGui::GetCurrentContext();
    std::string found;
    for (ImGuiWindow* window : context.Windows) {
        if (!window->WasActive || window->Hidden || window->Collapsed) continue;
        // A multi-line text field draws its text in a child window named after the field ("panel/##say"),
        // whose content ImGui always counts as wider than it shows; the studio's fields wrap their text inside
        // (widgets/text_field.h), so nothing there is cut.
        if (std::string_view name = window->Name; name.find("/##") != std::string_view::npos && name.find('/', name.rfind("/##") + 1) == std::string_view::npos)
            continue;
        // What the window can show of its content: its inner rectangle less the padding either side.
        float shown_x = window->InnerRect.GetWidth() - window->WindowPadding.x * 2;
        float shown_y = window->InnerRect.GetHeight() - window->WindowPadding.y * 2;
        float over_x = window->ContentSize.x - shown_x;
        float over_y = window->ContentSize.y - shown_y;
        // A pixel or two is rounding; a scrollbar means the trainee can reach the rest.
        bool cut_x = over_x > 2.0f && !window->ScrollbarX;
        bool cut_y = over_y > 2.0f && !window->ScrollbarY && (window->Flags & ImGuiWindowFlags_NoScrollbar);
        if (!cut_x && !cut_y) continue;
        // Child windows are named "Parent/child_1234ABCD": the readable part is enough.
        std::string name = window->Name;
        if (auto hash = name.find_last_of('_'); hash != std::string::npos && name.size() - hash == 9) name.resize(hash);
        found += (found.empty() ? "" : " ") + name + ":+" + std::to_string(static_cast<int>(std::lround(cut_x ? over_x : over_y))) +
                 "px" + (cut_x ? "" : " tall");
    }
    return found.empty() ? "none" : found;
}

}  // namespace frontdesk::gui

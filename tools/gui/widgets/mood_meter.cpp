#include "widgets/mood_meter.h"

#include <algorithm>
#include <cmath>

#include <imgui.h>

#include "frontdesk/interface_text.h"
#include "widgets/charts.h"
#include "widgets/text.h"

namespace frontdesk::gui {

namespace {

ImU32 mood_colour(double mood) {
    // Red (furious) through amber to green (delighted).
    double t = std::clamp(mood / 100.0, 0.0, 1.0);
    float r = static_cast<float>(t < 0.5 ? 0.85 : 0.85 - (t - 0.5) * 1.3);
    float g = static_cast<float>(t < 0.5 ? 0.25 + t * 1.1 : 0.8);
    return ImGui::ColorConvertFloat4ToU32(ImVec4(r, g, 0.25f, 1.0f));
}

}  // namespace

void mood_meter(double mood, Language language, float width) {
    ImVec2 size(width, ImGui::GetFontSize() * 1.1f);
    draw_bar(ImGui::GetWindowDrawList(), ImGui::GetCursorScreenPos(), size, mood / 100.0, mood_colour(mood), IM_COL32(210, 214, 220, 255), 6.0f,
             IM_COL32(60, 60, 60, 255));
    ImGui::Dummy(size);
    int shown = static_cast<int>(std::lround(mood));
    text_line(ui_text(language, Ui::mood_label) + " " + std::to_string(shown) + "/100, " + mood_name(language, shown));
}

void countdown_bar(double seconds_left, double limit, const std::string& label, float width) {
    ImVec2 size(width, ImGui::GetFontSize() * 0.6f);
    double share = limit > 0 ? std::clamp(seconds_left / limit, 0.0, 1.0) : 0.0;
    ImU32 colour = share < 0.25 ? IM_COL32(200, 50, 40, 255) : IM_COL32(41, 98, 155, 255);
    draw_bar(ImGui::GetWindowDrawList(), ImGui::GetCursorScreenPos(), size, share, colour, IM_COL32(220, 224, 230, 255), 3.0f);
    ImGui::Dummy(size);
    text_line(label);
}

}  // namespace frontdesk::gui

#include "widgets/charts.h"

#include <algorithm>
#include <cmath>

#include "frontdesk/interface_text.h"
#include "widgets/theme.h"

namespace frontdesk::gui {

void text_wrapped(std::string_view text) {
    ImGui::PushTextWrapPos(0.0f);
    ImGui::TextUnformatted(text.data(), text.data() + text.size());
    ImGui::PopTextWrapPos();
}

void text_line(std::string_view text) { ImGui::TextUnformatted(text.data(), text.data() + text.size()); }

void heading(ImFont* font, std::string_view text) {
    ImGui::PushFont(font);
    text_wrapped(text);
    ImGui::PopFont();
}

namespace {

ImU32 mood_colour(double mood) {
    // Red (furious) through amber to green (delighted).
    double t = std::clamp(mood / 100.0, 0.0, 1.0);
    float r = static_cast<float>(t < 0.5 ? 0.85 : 0.85 - (t - 0.5) * 1.3);
    float g = static_cast<float>(t < 0.5 ? 0.25 + t * 1.1 : 0.8);
    return ImGui::ColorConvertFloat4ToU32(ImVec4(r, g, 0.25f, 1.0f));
}

}  // namespace

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

void mood_meter(double mood, Language language, float width) {
    ImDrawList* draw = ImGui::GetWindowDrawList();
    ImVec2 start = ImGui::GetCursorScreenPos();
    float height = ImGui::GetFontSize() * 1.1f;
    draw->AddRectFilled(start, ImVec2(start.x + width, start.y + height), IM_COL32(210, 214, 220, 255), 6.0f);
    float filled = width * static_cast<float>(std::clamp(mood, 0.0, 100.0) / 100.0);
    draw->AddRectFilled(start, ImVec2(start.x + filled, start.y + height), mood_colour(mood), 6.0f);
    draw->AddRect(start, ImVec2(start.x + width, start.y + height), IM_COL32(60, 60, 60, 255), 6.0f);
    ImGui::Dummy(ImVec2(width, height));
    std::string label = ui_text(language, Ui::mood_label) + " " + std::to_string(static_cast<int>(std::lround(mood))) + "/100, " +
                        mood_name(language, static_cast<int>(std::lround(mood)));
    text_line(label);
}

void skill_bar(const std::string& label, double percent, int raw, int best, bool scored, float width, bool high_contrast) {
    text_line(label);
    ImVec2 start = ImGui::GetCursorScreenPos();
    float height = ImGui::GetFontSize() * 0.9f;
    ImDrawList* draw = ImGui::GetWindowDrawList();
    draw->AddRectFilled(start, ImVec2(start.x + width, start.y + height), IM_COL32(220, 224, 230, 255), 4.0f);
    if (scored)
        draw->AddRectFilled(start, ImVec2(start.x + width * static_cast<float>(percent / 100.0), start.y + height),
                            palette(high_contrast).accent, 4.0f);
    ImGui::Dummy(ImVec2(width, height));
    ImGui::SameLine();
    char buffer[64];
    if (scored) std::snprintf(buffer, sizeof buffer, "%d / %d  (%.0f%%)", raw, best, percent);
    else std::snprintf(buffer, sizeof buffer, "%d", raw);
    text_line(buffer);
}

void radar_chart(const std::vector<std::string>& labels, const std::vector<float>& values, float radius, bool high_contrast) {
    std::size_t n = labels.size();
    ImVec2 origin = ImGui::GetCursorScreenPos();
    float margin = ImGui::GetFontSize() * 5.0f;
    ImVec2 centre(origin.x + radius + margin, origin.y + radius + ImGui::GetFontSize() * 1.5f);
    ImDrawList* draw = ImGui::GetWindowDrawList();
    auto point = [&](std::size_t i, float r) {
        double angle = -M_PI / 2 + 2 * M_PI * static_cast<double>(i) / static_cast<double>(std::max<std::size_t>(n, 3));
        return ImVec2(centre.x + r * static_cast<float>(std::cos(angle)), centre.y + r * static_cast<float>(std::sin(angle)));
    };
    if (n >= 3) {
        for (float ring : {0.25f, 0.5f, 0.75f, 1.0f}) {
            for (std::size_t i = 0; i < n; ++i)
                draw->AddLine(point(i, radius * ring), point((i + 1) % n, radius * ring), IM_COL32(180, 186, 194, 255), 1.0f);
        }
        std::vector<ImVec2> shape;
        for (std::size_t i = 0; i < n; ++i) {
            draw->AddLine(centre, point(i, radius), IM_COL32(180, 186, 194, 255), 1.0f);
            shape.push_back(point(i, radius * std::clamp(values[i], 0.02f, 1.0f)));
        }
        ImU32 fill = high_contrast ? IM_COL32(0, 0, 200, 110) : IM_COL32(41, 98, 155, 90);
        draw->AddConvexPolyFilled(shape.data(), static_cast<int>(shape.size()), fill);
        draw->AddPolyline(shape.data(), static_cast<int>(shape.size()), palette(high_contrast).accent, ImDrawFlags_Closed, 2.5f);
        for (std::size_t i = 0; i < n; ++i) {
            ImVec2 at = point(i, radius + ImGui::GetFontSize() * 0.8f);
            ImVec2 size = ImGui::CalcTextSize(labels[i].c_str());
            draw->AddText(ImVec2(at.x - size.x / 2, at.y - size.y / 2), ImGui::GetColorU32(ImGuiCol_Text), labels[i].c_str());
        }
    }
    ImGui::Dummy(ImVec2(2 * (radius + margin), 2 * radius + ImGui::GetFontSize() * 3.0f));
}

bool answer_button(int number, std::string_view text, float width, ImFont* font) {
    ImGui::PushFont(font);
    ImGuiStyle& style = ImGui::GetStyle();
    std::string key = std::to_string(number);
    float key_width = ImGui::CalcTextSize("9").x + style.FramePadding.x * 2.5f;
    float wrap = width - key_width - style.FramePadding.x * 3;
    ImVec2 size = ImGui::CalcTextSize(text.data(), text.data() + text.size(), false, wrap);
    float height = size.y + style.FramePadding.y * 2.5f;
    ImVec2 start = ImGui::GetCursorScreenPos();
    ImGui::PushID(number);
    bool pressed = ImGui::InvisibleButton("answer", ImVec2(width, height));
    bool hovered = ImGui::IsItemHovered();
    bool focused = ImGui::IsItemFocused();
    bool held = ImGui::IsItemActive();
    ImGui::PopID();
    ImDrawList* draw = ImGui::GetWindowDrawList();
    ImU32 background = ImGui::GetColorU32(held ? ImGuiCol_ButtonActive : (hovered || focused) ? ImGuiCol_ButtonHovered : ImGuiCol_Button);
    draw->AddRectFilled(start, ImVec2(start.x + width, start.y + height), background, style.FrameRounding);
    draw->AddRect(start, ImVec2(start.x + width, start.y + height), ImGui::GetColorU32(ImGuiCol_Border), style.FrameRounding,
                  0, focused ? 3.0f : 1.0f);
    ImVec2 key_at(start.x + style.FramePadding.x, start.y + style.FramePadding.y * 1.25f);
    draw->AddText(key_at, ImGui::GetColorU32(ImGuiCol_Text), key.c_str());
    draw->AddText(font, font->FontSize, ImVec2(start.x + key_width + style.FramePadding.x, start.y + style.FramePadding.y * 1.25f),
                  ImGui::GetColorU32(ImGuiCol_Text), text.data(), text.data() + text.size(), wrap);
    ImGui::PopFont();
    return pressed;
}

void countdown_bar(double seconds_left, double limit, const std::string& label, float width) {
    ImDrawList* draw = ImGui::GetWindowDrawList();
    ImVec2 start = ImGui::GetCursorScreenPos();
    float height = ImGui::GetFontSize() * 0.6f;
    double share = limit > 0 ? std::clamp(seconds_left / limit, 0.0, 1.0) : 0.0;
    ImU32 colour = share < 0.25 ? IM_COL32(200, 50, 40, 255) : IM_COL32(41, 98, 155, 255);
    draw->AddRectFilled(start, ImVec2(start.x + width, start.y + height), IM_COL32(220, 224, 230, 255), 3.0f);
    draw->AddRectFilled(start, ImVec2(start.x + width * static_cast<float>(share), start.y + height), colour, 3.0f);
    ImGui::Dummy(ImVec2(width, height));
    text_line(label);
}

}  // namespace frontdesk::gui

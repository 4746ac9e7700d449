#include "widgets/controls.h"

#include <string>

#include "platform/keys.h"

namespace frontdesk::gui {

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

bool filter_combo(const char* id, const std::string& label, int& selected, const std::vector<std::string>& options,
                  const std::string& all, float width, const std::string& current) {
    bool known = selected >= 0 && static_cast<std::size_t>(selected) < options.size();
    std::string preview = label + ": " + (!current.empty() ? current : known ? options[static_cast<std::size_t>(selected)] : all);
    ImGui::SetNextItemWidth(width);
    bool changed = false;
    if (ImGui::BeginCombo(id, preview.c_str())) {
        bool all_selected = selected < 0 && current.empty();
        if (ImGui::Selectable(all.c_str(), all_selected) && !all_selected) {
            selected = -1;
            changed = true;
        }
        for (std::size_t i = 0; i < options.size(); ++i) {
            ImGui::PushID(static_cast<int>(i));
            bool is_selected = selected == static_cast<int>(i);
            if (ImGui::Selectable(options[i].c_str(), is_selected) && !is_selected) {
                selected = static_cast<int>(i);
                changed = true;
            }
            if (is_selected) ImGui::SetItemDefaultFocus();
            ImGui::PopID();
        }
        ImGui::EndCombo();
    }
    return changed;
}

void keyboard_scroll() {
    const ImGuiIO& io = ImGui::GetIO();
    if (!ImGui::IsWindowFocused(ImGuiFocusedFlags_RootAndChildWindows) || io.WantTextInput || keys::ctrl_down()) return;
    float page = ImGui::GetWindowHeight() * 0.8f;
    if (keys::page_down_pressed()) ImGui::SetScrollY(ImGui::GetScrollY() + page);
    if (keys::page_up_pressed()) ImGui::SetScrollY(ImGui::GetScrollY() - page);
}

}  // namespace frontdesk::gui

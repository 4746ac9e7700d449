#include "widgets/controls.h"

#include <algorithm>
#include <string>

#include <imgui_internal.h>  // the keyboard focus (NavId), which ImGui 1.86 only moves by itself

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

namespace {

struct TabStop {
    ImGuiID id;
    ImGuiWindow* window;
    ImRect rect;
    std::string label;
    bool text_field;
    bool at_end = false;  // tab_stop_at_end
};

std::vector<TabStop>& tab_stops() {
    static std::vector<TabStop> stops;
    return stops;
}

// Shows the keyboard focus (as an arrow key would) rather than the mouse's hover.
void show_keyboard_focus() {
    ImGuiContext& g = *ImGui::GetCurrentContext();
    g.NavDisableHighlight = false;
    g.NavDisableMouseHover = true;
}

}  // namespace

ImVec2 button_size(float ems) { return ImVec2(std::min(ImGui::GetFontSize() * ems, ImGui::GetContentRegionAvail().x), 0); }

void tab_stop(const std::string& label, bool text_field) {
    ImGuiContext& g = *ImGui::GetCurrentContext();
    if (g.LastItemData.ID == 0 || (g.LastItemData.InFlags & ImGuiItemFlags_Disabled)) return;
    tab_stops().push_back({g.LastItemData.ID, g.CurrentWindow, g.LastItemData.NavRect, label, text_field});
}

void tab_stop_multiline(const char* field_id, const std::string& label) {
    ImGuiContext& g = *ImGui::GetCurrentContext();
    if (g.LastItemData.ID == 0 || (g.LastItemData.InFlags & ImGuiItemFlags_Disabled)) return;
    tab_stops().push_back({ImGui::GetID(field_id), g.CurrentWindow, g.LastItemData.NavRect, label, true});
}

void tab_stop_at_end(const std::string& label) {
    tab_stop(label);
    if (!tab_stops().empty() && tab_stops().back().label == label) tab_stops().back().at_end = true;
}

std::string tab_order_end() {
    std::vector<TabStop>& stops = tab_stops();
    std::stable_partition(stops.begin(), stops.end(), [](const TabStop& stop) { return !stop.at_end; });
    ImGuiContext& g = *ImGui::GetCurrentContext();
    std::string moved_to;
    bool tab = ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_Tab)) && !g.IO.KeyCtrl && !g.IO.KeyAlt;
    if (tab && !stops.empty() && !ImGui::IsPopupOpen(nullptr, ImGuiPopupFlags_AnyPopupId)) {
        // ImGui's own Tab request (to the next text field or slider) would land elsewhere next frame: ours wins.
        if ((g.NavMoveSubmitted || g.NavMoveScoringItems) && (g.NavMoveFlags & ImGuiNavMoveFlags_Tabbing)) ImGui::NavMoveRequestCancel();
        ImGuiID current = g.ActiveId != 0 ? g.ActiveId : g.NavId;
        auto found = std::find_if(stops.begin(), stops.end(), [&](const TabStop& stop) { return stop.id == current; });
        int count = static_cast<int>(stops.size());
        int step = g.IO.KeyShift ? -1 : 1;
        int next = found == stops.end() ? (step > 0 ? 0 : count - 1) : (static_cast<int>(found - stops.begin()) + step + count) % count;
        const TabStop& stop = stops[static_cast<std::size_t>(next)];
        if (g.ActiveId != 0) ImGui::ClearActiveID();  // leave the text field being typed in
        ImGui::SetFocusID(stop.id, stop.window);
        stop.window->NavRectRel[g.NavLayer] = ImGui::WindowRectAbsToRel(stop.window, stop.rect);
        ImGui::ScrollToRect(stop.window, stop.rect, ImGuiScrollFlags_KeepVisibleEdgeY);
        // ImGui 1.86 lets a text field take the typing on a keyboard activation only: after a click elsewhere
        // the last input is the mouse's, and the field would get the focus outline but not the typing.
        g.NavInputSource = ImGuiInputSource_Keyboard;
        if (stop.text_field) ImGui::ActivateItem(stop.id);
        show_keyboard_focus();
    }
    // Where the shown keyboard focus is, when it moved (by Tab, arrows or on arrival) to one of the stops.
    static ImGuiID last_focused = 0;
    ImGuiID focused = g.NavDisableHighlight ? 0 : g.NavId;
    if (focused != last_focused) {
        auto stop = std::find_if(stops.begin(), stops.end(), [&](const TabStop& s) { return s.id == focused; });
        if (stop != stops.end()) moved_to = stop->label;
        last_focused = focused;
    }
    stops.clear();
    return moved_to;
}

void focus_last_item() {
    ImGuiContext& g = *ImGui::GetCurrentContext();
    if (g.LastItemData.ID == 0) return;
    ImGui::SetFocusID(g.LastItemData.ID, g.CurrentWindow);
    // A window that has just appeared (the program's first screen) asks for its first item to be focused on
    // the next frame: this item is the one meant.
    g.NavInitRequest = g.NavInitRequestFromMove = false;
    g.NavInitResultId = 0;
    g.NavAnyRequest = g.NavMoveScoringItems;
    show_keyboard_focus();
}

void draw_focus_indicator(ImU32 colour) {
    ImGuiContext& g = *ImGui::GetCurrentContext();
    ImGuiWindow* window = g.NavWindow;
    if (!window || g.NavId == 0 || !g.NavIdIsAlive || g.NavDisableHighlight || g.NavLayer != ImGuiNavLayer_Main) return;
    float thickness = std::max(3.0f, ImGui::GetFontSize() * 0.18f);
    ImRect rect = ImGui::WindowRectRelToAbs(window, window->NavRectRel[g.NavLayer]);
    float gap = thickness * 0.5f + 2.0f;
    rect.Expand(gap);
    // Drawn over the window (after its contents) but kept inside what the window shows, as ImGui's own is.
    ImRect clip = window->ClipRect;
    clip.Expand(gap + thickness);
    if (window->ParentWindow) clip.ClipWith(window->ParentWindow->ClipRect);
    ImDrawList* draw = ImGui::GetForegroundDrawList();
    draw->PushClipRect(clip.Min, clip.Max, false);
    draw->AddRect(rect.Min, rect.Max, colour, ImGui::GetStyle().FrameRounding + gap, 0, thickness);
    draw->PopClipRect();
}

}  // namespace frontdesk::gui

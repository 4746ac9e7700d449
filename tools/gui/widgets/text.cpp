// Text helpers over ImGui::TextUnformatted, which never reads its argument as a format.
#include "widgets/text.h"

#include <algorithm>
#include <string>

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

void text_coloured(std::string_view text, ImU32 colour) {
    ImGui::PushStyleColor(ImGuiCol_Text, colour);
    text_wrapped(text);
    ImGui::PopStyleColor();
}

void narration_text(std::string_view text, ImFont* italic, ImU32 colour, bool centred, float max_width) {
    std::string framed = "(" + std::string(text) + ")";
    if (italic) ImGui::PushFont(italic);
    ImGui::PushStyleColor(ImGuiCol_Text, colour);
    float region = ImGui::GetContentRegionAvail().x;
    float wrap = centred ? std::max(ImGui::GetFontSize() * 8.0f, std::min(max_width > 0 ? max_width : region, region - 8.0f)) : region;
    // ImGui may break between a full stop and the closing bracket: narrow the lines a little until the bracket
    // stays with the last word instead of standing alone on a line.
    auto height = [](std::string_view t, float w) { return ImGui::CalcTextSize(t.data(), t.data() + t.size(), false, w).y; };
    std::string_view open_part(framed.data(), framed.size() - 1);
    for (int i = 0; i < 12 && wrap > ImGui::GetFontSize() * 4.0f && height(framed, wrap) > height(open_part, wrap); ++i)
        wrap -= ImGui::GetFontSize();
    ImVec2 size = ImGui::CalcTextSize(framed.c_str(), nullptr, false, wrap);
    float x = ImGui::GetCursorPosX() + (centred ? std::max(0.0f, (region - size.x) * 0.5f) : 0.0f);
    ImGui::SetCursorPosX(x);
    ImGui::PushTextWrapPos(x + wrap);  // the lines break where they were measured, each no wider than size.x
    ImGui::TextUnformatted(framed.c_str());
    ImGui::PopTextWrapPos();
    ImGui::PopStyleColor();
    if (italic) ImGui::PopFont();
}

void right_aligned(std::string_view text) {
    float room = ImGui::GetContentRegionAvail().x - ImGui::CalcTextSize(text.data(), text.data() + text.size()).x;
    if (room > 0) ImGui::SetCursorPosX(ImGui::GetCursorPosX() + room);
    text_line(text);
}

void same_line_if_fits(float width) {
    float right = ImGui::GetItemRectMax().x + ImGui::GetStyle().ItemSpacing.x + width;
    if (right <= ImGui::GetWindowPos().x + ImGui::GetWindowContentRegionMax().x) ImGui::SameLine();
}

}  // namespace frontdesk::gui

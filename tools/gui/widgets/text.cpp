// Text helpers over ImGui::TextUnformatted, which never reads its argument as a format.
#include "widgets/text.h"

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

// Text fields that wrap: soft line breaks are spaces shown as '\n'.
#include "widgets/text_field.h"

#include <map>

#include <imgui.h>
#include <imgui_internal.h>  // GetActiveID: whether this field is being edited
#include <imgui_stdlib.h>

namespace frontdesk::gui {

namespace {

// Each field's text while it is being edited, by ImGui id: ImGui reads the buffer when the field is
// activated and writes every edit back into it, so it must outlive the frame.
std::map<ImGuiID, std::string>& buffers() {
    static std::map<ImGuiID, std::string> kept;
    return kept;
}

struct WrapContext {
    float width;
    bool own_breaks;  // the text had line breaks of its own: they stay, and nothing is re-flowed
};

int rewrap(ImGuiInputTextCallbackData* data) {
    auto* context = static_cast<WrapContext*>(data->UserData);
    if (data->EventFlag != ImGuiInputTextFlags_CallbackEdit || context->own_breaks) return 0;
    std::string text(data->Buf, static_cast<std::size_t>(data->BufTextLen));
    std::string wrapped = soft_wrapped(text, context->width);
    // Same length, only spaces and breaks swapped: the cursor and the selection stay where they were.
    if (wrapped != text) {
        for (std::size_t i = 0; i < wrapped.size(); ++i) data->Buf[i] = wrapped[i];
        data->BufDirty = true;
    }
    return 0;
}

std::string unwrapped(std::string text) {
    for (char& c : text)
        if (c == '\n') c = ' ';
    return text;
}

}  // namespace

std::string soft_wrapped(std::string text, float width) {
    text = unwrapped(std::move(text));
    if (width <= 0) return text;
    std::size_t line_start = 0, last_space = std::string::npos;
    for (std::size_t i = 0; i <= text.size(); ++i) {
        if (i < text.size() && text[i] != ' ') continue;
        // A word ends at i: does the line up to here still fit?
        float w = ImGui::CalcTextSize(text.data() + line_start, text.data() + i).x;
        if (w > width && last_space != std::string::npos && last_space > line_start) {
            text[last_space] = '\n';
            line_start = last_space + 1;
        }
        last_space = i;
    }
    return text;
}

bool wrapped_text_field(const char* id, const std::string& value, float width, std::string& edited) {
    ImGuiID key = ImGui::GetID(id);
    const ImGuiStyle& style = ImGui::GetStyle();
    // Room for the scroll bar ImGui draws once the field holds more lines than it shows (it never will: the
    // field grows), and for the cursor at a line's end.
    float text_width = width - style.FramePadding.x * 2 - style.ScrollbarSize - ImGui::GetFontSize() * 0.5f;
    WrapContext context{text_width, value.find('\n') != std::string::npos};
    std::string& buffer = buffers()[key];
    bool active = ImGui::GetActiveID() == key;
    if (!active) buffer = context.own_breaks ? value : soft_wrapped(value, text_width);
    int lines = 1;
    for (char c : buffer) lines += c == '\n';
    // The field's own child window holds the text between a frame padding above and two below (ImGui adds one
    // under the last line): all of it shows, so the field never scrolls.
    float height = ImGui::GetTextLineHeight() * static_cast<float>(lines) + style.FramePadding.y * 4;
    ImGui::InputTextMultiline(id, &buffer, ImVec2(width, height),
                              ImGuiInputTextFlags_CtrlEnterForNewLine | ImGuiInputTextFlags_CallbackEdit, rewrap, &context);
    bool finished = ImGui::IsItemDeactivatedAfterEdit();
    if (!finished) return false;
    edited = context.own_breaks ? buffer : unwrapped(buffer);
    buffers().erase(key);
    return edited != value;
}

bool line_text_field(const char* id, const std::string& value, float width, std::string& edited) {
    ImGuiID key = ImGui::GetID(id);
    std::string& buffer = buffers()[key];
    if (ImGui::GetActiveID() != key) buffer = value;
    ImGui::SetNextItemWidth(width);
    ImGui::InputText(id, &buffer, ImGuiInputTextFlags_EnterReturnsTrue);
    if (!ImGui::IsItemDeactivatedAfterEdit()) return false;
    edited = buffer;
    buffers().erase(key);
    return edited != value;
}

}  // namespace frontdesk::gui

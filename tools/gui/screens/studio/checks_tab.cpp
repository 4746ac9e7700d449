// The studio's checks: the same diagnostics as `frontdesk lint`, one row each; picking one selects the node it
// is about on the graph and shows the lines of the file around it, with the spot marked.
#include "screens/studio/studio_screen.h"

#include <algorithm>
#include <cstdio>

#include "frontdesk/diagnostic_translation.h"
#include "widgets/controls.h"
#include "widgets/text.h"
#include "widgets/theme.h"

namespace frontdesk::gui {

namespace {

// The file's lines around `diagnostic`, numbered, the line itself marked and a caret under the column.
void draw_source(AppState& app, const StudioDocument& document, const Diagnostic& diagnostic) {
    std::uint32_t line = diagnostic.location.line;
    if (line == 0) return;
    std::uint32_t first = line > 2 ? line - 2 : 1;
    std::vector<std::string> lines = document.source_lines(first, line + 2);
    if (lines.empty()) return;
    ImGui::PushStyleColor(ImGuiCol_ChildBg, ImGui::ColorConvertU32ToFloat4(IM_COL32(255, 255, 255, 255)));
    float height = ImGui::GetTextLineHeightWithSpacing() * static_cast<float>(lines.size() + 1) + ImGui::GetStyle().WindowPadding.y * 2;
    ImGui::BeginChild("source", ImVec2(0, height), true, ImGuiWindowFlags_HorizontalScrollbar | ImGuiWindowFlags_NoNav);
    bool contrast = app.settings.high_contrast;
    for (std::size_t i = 0; i < lines.size(); ++i) {
        std::uint32_t number = first + static_cast<std::uint32_t>(i);
        char prefix[16];
        std::snprintf(prefix, sizeof prefix, "%5u | ", number);
        std::string text = std::string(prefix) + lines[i];
        ImGui::PushStyleColor(ImGuiCol_Text, ImGui::ColorConvertU32ToFloat4(number == line ? palette(contrast).text_on_bubble : quiet_colour(contrast)));
        ImGui::TextUnformatted(text.c_str());
        ImGui::PopStyleColor();
        if (number == line && diagnostic.location.column > 0) {
            // The caret under the column, measured in the line's own characters (tabs and wide letters alike).
            std::string before = std::string(prefix) + lines[i];
            std::size_t bytes = std::string(prefix).size();
            std::uint32_t column = 1;
            while (bytes < before.size() && column < diagnostic.location.column) {
                unsigned char c = static_cast<unsigned char>(before[bytes]);
                bytes += c < 0x80 ? 1 : c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4;
                ++column;
            }
            float x = ImGui::CalcTextSize(before.substr(0, std::min(bytes, before.size())).c_str()).x;
            std::string caret = "^" + std::string(std::min<std::uint32_t>(diagnostic.length > 0 ? diagnostic.length - 1 : 0, 60), '~');
            ImGui::SetCursorPosX(ImGui::GetCursorPosX() + x);
            text_coloured(caret, palette(contrast).negative);
        }
    }
    ImGui::EndChild();
    ImGui::PopStyleColor();
}

}  // namespace

void StudioScreen::draw_checks(AppState& app) {
    StudioModel& studio = app.studio;
    const StudioDocument& document = studio.document();
    const DiagnosticList& diagnostics = document.loaded().diagnostics;
    bool contrast = app.settings.high_contrast;
    if (diagnostics.items().empty()) {
        text_wrapped(app.text(Ui::studio_all_clear));
        return;
    }
    float width = ImGui::GetContentRegionAvail().x;
    for (std::size_t i = 0; i < diagnostics.items().size(); ++i) {
        const Diagnostic& diagnostic = diagnostics.items()[i];
        // As lint prints it, without the folder (the title line shows the path): "12:5: error: ..."
        // In the trainer's language, as `lint --lang` writes them.
        std::string text = std::to_string(diagnostic.location.line) + ":" + std::to_string(diagnostic.location.column) + ": " +
                           severity_word(diagnostic.severity, app.language()) + ": " +
                           translate_diagnostic_message(diagnostic.message, app.language());
        float wrap = width - ImGui::GetStyle().FramePadding.x * 2;
        ImVec2 text_size = ImGui::CalcTextSize(text.c_str(), nullptr, false, wrap);
        ImGui::PushID(static_cast<int>(i));
        bool picked = studio.picked_diagnostic == i;
        ImVec2 at = ImGui::GetCursorScreenPos();
        // Picked: a pale ground, so the red or amber words stay readable on it.
        ImGui::PushStyleColor(ImGuiCol_Header, ImGui::ColorConvertU32ToFloat4(picked_row_colour(contrast)));
        ImGui::PushStyleColor(ImGuiCol_HeaderHovered, ImGui::ColorConvertU32ToFloat4(palette(contrast).panel));
        bool clicked = ImGui::Selectable("##diagnostic", picked, ImGuiSelectableFlags_None, ImVec2(width, text_size.y));
        ImGui::PopStyleColor(2);
        if (clicked) {
            studio.pick_diagnostic(i);
            app.trace.write("studio_diagnostic", std::to_string(diagnostic.location.line) + ":" + std::to_string(diagnostic.location.column) +
                                                     " node=" + (document.selected_id().empty() ? "none" : document.selected_id()));
        }
        tab_stop("diagnostic " + std::to_string(i + 1));
        ImU32 colour = diagnostic.severity == Severity::error ? palette(contrast).negative
                       : diagnostic.severity == Severity::warning ? ending_text_colour(EndingKind::partial, contrast)
                                                                  : quiet_colour(contrast);
        ImGui::GetWindowDrawList()->AddText(ImGui::GetFont(), ImGui::GetFontSize(), at, colour, text.c_str(), nullptr, wrap);
        ImGui::PopID();
        if (picked) draw_source(app, document, diagnostic);
    }
    std::size_t more = diagnostics.omitted_error_count() + diagnostics.omitted_warning_count();
    if (more > 0) text_coloured(app.text(Ui::studio_more_diagnostics, {std::to_string(more)}), quiet_colour(contrast));
}

}  // namespace frontdesk::gui

#include "widgets/theme.h"

#include <filesystem>

#include "frontdesk/data_folders.h"

namespace frontdesk::gui {

namespace {

std::string find_font(const char* file) {
    const std::string candidates[] = {std::string("/usr/share/fonts/truetype/dejavu/") + file,
                                      asset_dir() + "/fonts/" + file};
    for (const std::string& path : candidates)
        if (std::filesystem::exists(path)) return path;
    return {};
}

// Latin (English, Italian and the rest of western Europe), typographic punctuation, the euro sign, arrows.
const ImWchar glyph_ranges[] = {0x0020, 0x024F, 0x2010, 0x205E, 0x20AC, 0x20AC, 0x2190, 0x2193, 0x2022, 0x2022, 0};

}  // namespace

const Palette& palette(bool high_contrast) {
    static const Palette normal{IM_COL32(232, 236, 241, 255), IM_COL32(214, 234, 248, 255), IM_COL32(20, 24, 28, 255),
                                IM_COL32(46, 139, 87, 255),   IM_COL32(192, 57, 43, 255),   IM_COL32(110, 118, 125, 255),
                                IM_COL32(248, 249, 250, 255), IM_COL32(41, 98, 155, 255)};
    static const Palette contrast{IM_COL32(255, 255, 255, 255), IM_COL32(255, 255, 0, 255), IM_COL32(0, 0, 0, 255),
                                  IM_COL32(0, 160, 0, 255),     IM_COL32(220, 0, 0, 255),   IM_COL32(0, 0, 0, 255),
                                  IM_COL32(255, 255, 255, 255), IM_COL32(0, 0, 200, 255)};
    return high_contrast ? contrast : normal;
}

ImU32 ending_colour(EndingKind kind, bool high_contrast) {
    const Palette& colours = palette(high_contrast);
    switch (kind) {
        case EndingKind::success: return colours.positive;
        case EndingKind::partial: return high_contrast ? IM_COL32(230, 160, 0, 255) : IM_COL32(222, 165, 50, 255);
        case EndingKind::failure: return colours.negative;
        case EndingKind::none: return high_contrast ? IM_COL32(120, 120, 120, 255) : IM_COL32(170, 176, 184, 255);
    }
    return colours.neutral;
}

ImU32 ending_text_colour(EndingKind kind, bool high_contrast) {
    if (kind == EndingKind::partial) return high_contrast ? IM_COL32(150, 90, 0, 255) : IM_COL32(168, 104, 0, 255);
    if (kind == EndingKind::none) return high_contrast ? IM_COL32(0, 0, 0, 255) : IM_COL32(100, 106, 114, 255);
    return ending_colour(kind, high_contrast);
}

ImU32 quiet_colour(bool high_contrast) { return high_contrast ? IM_COL32(0, 0, 0, 255) : IM_COL32(78, 84, 92, 255); }

ImU32 narration_colour(bool high_contrast) { return high_contrast ? IM_COL32(0, 0, 0, 255) : IM_COL32(96, 84, 70, 255); }

void apply_theme(bool high_contrast) {
    ImGuiStyle style;
    if (high_contrast) {
        ImGui::StyleColorsLight(&style);
        ImVec4* c = style.Colors;
        c[ImGuiCol_Text] = ImVec4(0, 0, 0, 1);
        c[ImGuiCol_WindowBg] = ImVec4(1, 1, 1, 1);
        c[ImGuiCol_ChildBg] = ImVec4(1, 1, 1, 1);
        c[ImGuiCol_Border] = ImVec4(0, 0, 0, 1);
        c[ImGuiCol_Button] = ImVec4(1, 1, 0.6f, 1);
        c[ImGuiCol_ButtonHovered] = ImVec4(1, 0.85f, 0, 1);
        c[ImGuiCol_ButtonActive] = ImVec4(1, 0.7f, 0, 1);
        c[ImGuiCol_FrameBg] = ImVec4(1, 1, 1, 1);
        style.FrameBorderSize = 2.0f;
        style.ChildBorderSize = 2.0f;
    } else {
        ImGui::StyleColorsLight(&style);
        ImVec4* c = style.Colors;
        c[ImGuiCol_WindowBg] = ImVec4(0.96f, 0.97f, 0.98f, 1);
        c[ImGuiCol_ChildBg] = ImVec4(1, 1, 1, 1);
        c[ImGuiCol_Button] = ImVec4(0.86f, 0.91f, 0.97f, 1);
        c[ImGuiCol_ButtonHovered] = ImVec4(0.72f, 0.83f, 0.95f, 1);
        c[ImGuiCol_ButtonActive] = ImVec4(0.58f, 0.74f, 0.92f, 1);
        style.FrameBorderSize = 1.0f;
    }
    // The keyboard focus outline (ImGui's own and draw_focus_indicator's) in the theme's accent colour.
    style.Colors[ImGuiCol_NavHighlight] = ImGui::ColorConvertU32ToFloat4(palette(high_contrast).accent);
    style.WindowRounding = 0;
    style.ChildRounding = 8;
    style.FrameRounding = 6;
    style.GrabRounding = 6;
    style.FramePadding = ImVec2(10, 6);
    style.ItemSpacing = ImVec2(10, 8);
    style.WindowPadding = ImVec2(18, 14);
    ImGui::GetStyle() = style;
}

void build_fonts(Fonts& fonts, float scale, std::string& problem) {
    ImGuiIO& io = ImGui::GetIO();
    io.Fonts->Clear();
    std::string regular = find_font("DejaVuSans.ttf");
    std::string bold = find_font("DejaVuSans-Bold.ttf");
    if (regular.empty()) {
        problem = "DejaVu Sans not found (install fonts-dejavu-core); accented letters may not show";
        ImFontConfig config;
        config.SizePixels = 13.0f * scale;
        fonts.regular = fonts.large = fonts.heading = fonts.italic = fonts.italic_large = io.Fonts->AddFontDefault(&config);
        fonts.has_italic = false;
        io.Fonts->Build();
        return;
    }
    if (bold.empty()) bold = regular;
    fonts.regular = io.Fonts->AddFontFromFileTTF(regular.c_str(), 17.0f * scale, nullptr, glyph_ranges);
    fonts.large = io.Fonts->AddFontFromFileTTF(regular.c_str(), 20.0f * scale, nullptr, glyph_ranges);
    fonts.heading = io.Fonts->AddFontFromFileTTF(bold.c_str(), 26.0f * scale, nullptr, glyph_ranges);
    std::string oblique = find_font("DejaVuSans-Oblique.ttf");
    fonts.has_italic = !oblique.empty();
    fonts.italic = fonts.has_italic ? io.Fonts->AddFontFromFileTTF(oblique.c_str(), 17.0f * scale, nullptr, glyph_ranges) : fonts.regular;
    fonts.italic_large = fonts.has_italic ? io.Fonts->AddFontFromFileTTF(oblique.c_str(), 20.0f * scale, nullptr, glyph_ranges) : fonts.large;
    io.FontDefault = fonts.regular;
    io.Fonts->Build();
}

}  // namespace frontdesk::gui

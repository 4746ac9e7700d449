#include "widgets/theme.h"

#include <algorithm>
#include <cmath>
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
const ImWchar glyph_ranges[] = {0x0020, 0x024F, 0x2010, 0x205E, 0x20AC, 0x20AC, 0x2190, 0x2193, 0x2022, 0x2022, 0x2212, 0x2212, 0};

}  // namespace

// Every text colour here reads at 4.5:1 or more on the backgrounds it is drawn on (text_pairs; the unit test
// test_theme_contrast checks each pair in both themes).
const Palette& palette(bool high_contrast) {
    static const Palette normal{IM_COL32(232, 236, 241, 255), IM_COL32(214, 234, 248, 255), IM_COL32(20, 24, 28, 255),
                                IM_COL32(26, 112, 64, 255),   IM_COL32(180, 48, 36, 255),   IM_COL32(96, 103, 110, 255),
                                IM_COL32(248, 249, 250, 255), IM_COL32(41, 98, 155, 255),   IM_COL32(223, 240, 229, 255),
                                IM_COL32(220, 232, 246, 255)};
    static const Palette contrast{IM_COL32(255, 255, 255, 255), IM_COL32(255, 255, 0, 255), IM_COL32(0, 0, 0, 255),
                                  IM_COL32(0, 110, 0, 255),     IM_COL32(190, 0, 0, 255),   IM_COL32(0, 0, 0, 255),
                                  IM_COL32(255, 255, 255, 255), IM_COL32(0, 0, 200, 255),   IM_COL32(255, 255, 255, 255),
                                  IM_COL32(255, 255, 255, 255)};
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
    if (kind == EndingKind::partial) return high_contrast ? IM_COL32(150, 90, 0, 255) : IM_COL32(150, 92, 0, 255);
    if (kind == EndingKind::none) return high_contrast ? IM_COL32(0, 0, 0, 255) : IM_COL32(100, 106, 114, 255);
    return ending_colour(kind, high_contrast);
}

ImU32 quiet_colour(bool high_contrast) { return high_contrast ? IM_COL32(0, 0, 0, 255) : IM_COL32(78, 84, 92, 255); }

ImU32 picked_row_colour(bool high_contrast) { return high_contrast ? IM_COL32(255, 255, 0, 255) : IM_COL32(232, 242, 251, 255); }

ImU32 narration_colour(bool high_contrast) { return high_contrast ? IM_COL32(0, 0, 0, 255) : IM_COL32(96, 84, 70, 255); }

namespace {

double channel_luminance(unsigned value) {
    double c = value / 255.0;
    return c <= 0.04045 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4);
}

double relative_luminance(ImU32 colour) {
    return 0.2126 * channel_luminance((colour >> IM_COL32_R_SHIFT) & 0xFF) + 0.7152 * channel_luminance((colour >> IM_COL32_G_SHIFT) & 0xFF) +
           0.0722 * channel_luminance((colour >> IM_COL32_B_SHIFT) & 0xFF);
}

ImU32 u32(const ImVec4& colour) { return ImGui::ColorConvertFloat4ToU32(colour); }

}  // namespace

double contrast_ratio(ImU32 a, ImU32 b) {
    double la = relative_luminance(a), lb = relative_luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

ImU32 over(ImU32 colour, ImU32 below) {
    ImVec4 top = ImGui::ColorConvertU32ToFloat4(colour), bottom = ImGui::ColorConvertU32ToFloat4(below);
    float a = top.w;
    return u32(ImVec4(top.x * a + bottom.x * (1 - a), top.y * a + bottom.y * (1 - a), top.z * a + bottom.z * (1 - a), 1.0f));
}

ImU32 text_on(ImU32 fill) {
    const ImU32 black = IM_COL32(0, 0, 0, 255), white = IM_COL32(255, 255, 255, 255);
    return contrast_ratio(black, fill) >= contrast_ratio(white, fill) ? black : white;
}

ImGuiStyle theme_style(bool high_contrast) {
    ImGuiStyle style;
    ImGui::StyleColorsLight(&style);
    ImVec4* c = style.Colors;
    if (high_contrast) {
        c[ImGuiCol_Text] = ImVec4(0, 0, 0, 1);
        c[ImGuiCol_TextDisabled] = ImVec4(0.30f, 0.30f, 0.30f, 1);
        c[ImGuiCol_WindowBg] = ImVec4(1, 1, 1, 1);
        c[ImGuiCol_ChildBg] = ImVec4(1, 1, 1, 1);
        // Popups, combos' lists and tooltips opaque, outlined: nothing behind shows through the words.
        c[ImGuiCol_PopupBg] = ImVec4(1, 1, 1, 1);
        c[ImGuiCol_Border] = ImVec4(0, 0, 0, 1);
        c[ImGuiCol_ModalWindowDimBg] = ImVec4(0, 0, 0, 0.55f);
        c[ImGuiCol_Button] = ImVec4(1, 1, 0.6f, 1);
        c[ImGuiCol_ButtonHovered] = ImVec4(1, 0.85f, 0, 1);
        c[ImGuiCol_ButtonActive] = ImVec4(1, 0.7f, 0, 1);
        c[ImGuiCol_FrameBg] = ImVec4(1, 1, 1, 1);
        c[ImGuiCol_FrameBgHovered] = ImVec4(1, 1, 0.6f, 1);
        c[ImGuiCol_FrameBgActive] = ImVec4(1, 0.85f, 0, 1);
        c[ImGuiCol_Header] = ImVec4(1, 1, 0.6f, 1);
        c[ImGuiCol_HeaderHovered] = ImVec4(1, 0.85f, 0, 1);
        c[ImGuiCol_HeaderActive] = ImVec4(1, 0.7f, 0, 1);
        c[ImGuiCol_Tab] = ImVec4(0.88f, 0.88f, 0.88f, 1);
        c[ImGuiCol_TabHovered] = ImVec4(1, 0.85f, 0, 1);
        c[ImGuiCol_TabActive] = ImVec4(1, 1, 0.6f, 1);
        c[ImGuiCol_TableHeaderBg] = ImVec4(0.88f, 0.88f, 0.88f, 1);
        c[ImGuiCol_TextSelectedBg] = ImVec4(1, 0.85f, 0, 1);
        c[ImGuiCol_CheckMark] = ImVec4(0, 0, 0, 1);
        style.FrameBorderSize = 2.0f;
        style.ChildBorderSize = 2.0f;
        style.PopupBorderSize = 2.0f;
    } else {
        c[ImGuiCol_WindowBg] = ImVec4(0.96f, 0.97f, 0.98f, 1);
        c[ImGuiCol_ChildBg] = ImVec4(1, 1, 1, 1);
        c[ImGuiCol_PopupBg] = ImVec4(1, 1, 1, 1);
        // ImGui's light grey (0.6) reads at 2.8:1 on white: a darker grey still looks quieter than the text.
        c[ImGuiCol_TextDisabled] = ImVec4(100 / 255.0f, 106 / 255.0f, 114 / 255.0f, 1);
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
    return style;
}

void apply_theme(bool high_contrast) { ImGui::GetStyle() = theme_style(high_contrast); }

std::vector<ImU32> avatar_fills(bool high_contrast) {
    if (high_contrast) return {IM_COL32(0, 0, 0, 255)};
    // Mid tones, each dark enough for white initials or light enough for black ones.
    return {IM_COL32(41, 98, 155, 255), IM_COL32(140, 60, 120, 255), IM_COL32(26, 112, 64, 255),
            IM_COL32(170, 80, 30, 255), IM_COL32(90, 70, 160, 255), IM_COL32(20, 110, 120, 255)};
}

std::vector<TextOnBackground> text_pairs(bool high_contrast) {
    const ImGuiStyle style = theme_style(high_contrast);
    const Palette& colours = palette(high_contrast);
    auto col = [&](ImGuiCol which) { return u32(style.Colors[which]); };
    const ImU32 window = col(ImGuiCol_WindowBg), child = over(col(ImGuiCol_ChildBg), window), popup = over(col(ImGuiCol_PopupBg), window);
    const ImU32 text = col(ImGuiCol_Text);
    std::vector<TextOnBackground> pairs;
    auto add = [&](std::string what, ImU32 fg, ImU32 bg) { pairs.push_back({std::move(what), fg, bg}); };
    // The backgrounds words sit on: the window, panels and cards (child windows), popups and tooltips.
    const std::pair<const char*, ImU32> surfaces[] = {{"window", window}, {"panel", child}, {"popup", popup}};
    for (const auto& [name, surface] : surfaces) {
        std::string on = std::string(" on ") + name;
        add("text" + on, text, surface);
        add("disabled text" + on, col(ImGuiCol_TextDisabled), surface);
        // Buttons, the answer cards (answer_button) and the steps of the text size, normal, hovered or focused, held.
        add("button label" + on, text, over(col(ImGuiCol_Button), surface));
        add("hovered button label" + on, text, over(col(ImGuiCol_ButtonHovered), surface));
        add("pressed button label" + on, text, over(col(ImGuiCol_ButtonActive), surface));
        // Fields and combos (the filters), selectable rows, collapsing headers, table rows.
        add("field" + on, text, over(col(ImGuiCol_FrameBg), surface));
        add("hovered field" + on, text, over(col(ImGuiCol_FrameBgHovered), surface));
        add("active field" + on, text, over(col(ImGuiCol_FrameBgActive), surface));
        add("row or header" + on, text, over(col(ImGuiCol_Header), surface));
        add("hovered row or header" + on, text, over(col(ImGuiCol_HeaderHovered), surface));
        add("chosen row or header" + on, text, over(col(ImGuiCol_HeaderActive), surface));
        add("alternate table row" + on, text, over(col(ImGuiCol_TableRowBgAlt), surface));
        add("table heading" + on, text, over(col(ImGuiCol_TableHeaderBg), surface));
        add("selected text" + on, text, over(col(ImGuiCol_TextSelectedBg), over(col(ImGuiCol_FrameBg), surface)));
        // The palette's words: results (passed, not passed, points), facts and links in the accent, notes.
        add("positive" + on, colours.positive, surface);
        add("negative" + on, colours.negative, surface);
        add("neutral" + on, colours.neutral, surface);
        add("accent" + on, colours.accent, surface);
        add("quiet note" + on, quiet_colour(high_contrast), surface);
        add("narration" + on, narration_colour(high_contrast), surface);
        for (EndingKind kind : {EndingKind::success, EndingKind::partial, EndingKind::failure, EndingKind::none})
            add(std::string("ending ") + ending_name(kind) + on, ending_text_colour(kind, high_contrast), surface);
        // The Review's tables colour results in their alternate rows too.
        ImU32 row = over(col(ImGuiCol_TableRowBgAlt), surface);
        add("positive in an alternate row" + on, colours.positive, row);
        add("negative in an alternate row" + on, colours.negative, row);
    }
    add("tab", text, over(col(ImGuiCol_Tab), window));
    add("hovered tab", text, over(col(ImGuiCol_TabHovered), window));
    add("chosen tab", text, over(col(ImGuiCol_TabActive), window));
    // The conversation's bubbles and cards (chat, email, social) and the panels they sit on.
    add("words on the character's bubble", colours.text_on_bubble, colours.character_bubble);
    add("words on the trainee's bubble", colours.text_on_bubble, colours.trainee_bubble);
    add("words on a card", colours.text_on_bubble, colours.panel);
    add("accent on the character's bubble", colours.accent, colours.character_bubble);
    add("narration on a card", narration_colour(high_contrast), colours.panel);
    add("negative on a card", colours.negative, colours.panel);
    add("accent on a card", colours.accent, colours.panel);
    // The library cards' badges.
    add("done badge", colours.positive, colours.done_badge);
    add("in-progress badge", colours.accent, colours.progress_badge);
    // Shares written on the endings' split bar, and any label on a filled bar.
    for (EndingKind kind : {EndingKind::success, EndingKind::partial, EndingKind::failure, EndingKind::none})
        add(std::string("label on the ") + ending_name(kind) + " fill", text_on(ending_colour(kind, high_contrast)), ending_colour(kind, high_contrast));
    add("label on the accent fill", text_on(colours.accent), colours.accent);
    for (ImU32 fill : avatar_fills(high_contrast)) add("initials on an avatar", text_on(fill), fill);
    // The studio: a picked diagnostic (errors, warnings) on its pale ground; words in the graph's boxes, on
    // white, on an ending's tint and on an unreachable node's grey; conditions on an arrow's label.
    const ImU32 white = IM_COL32(255, 255, 255, 255);
    for (ImU32 ground : {picked_row_colour(high_contrast), colours.panel}) {
        add("error on a picked diagnostic", colours.negative, ground);
        add("warning on a picked diagnostic", ending_text_colour(EndingKind::partial, high_contrast), ground);
    }
    add("words in a graph box", colours.text_on_bubble, white);
    add("tag in a graph box", quiet_colour(high_contrast), white);
    add("mark in a graph box", colours.negative, white);
    for (EndingKind kind : {EndingKind::success, EndingKind::partial, EndingKind::failure}) {
        ImU32 tint = over((ending_colour(kind, high_contrast) & ~IM_COL32_A_MASK) | (60u << IM_COL32_A_SHIFT), white);
        add(std::string("words in a graph box of a ") + ending_name(kind) + " ending", colours.text_on_bubble, tint);
        add(std::string("tag in a graph box of a ") + ending_name(kind) + " ending", quiet_colour(high_contrast), tint);
    }
    add("words in an unreachable graph box", quiet_colour(high_contrast), IM_COL32(236, 238, 240, 255));
    add("condition on an arrow", narration_colour(high_contrast), white);
    return pairs;
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

// Every text colour against the background it is drawn on, in both themes: at least 4.5:1 (WCAG 2 AA for
// normal text), from the relative luminance formula; and the high-contrast popups and tooltips are opaque.
#include <doctest/doctest.h>

#include <cstdio>
#include <string>

#include "widgets/theme.h"

using namespace frontdesk::gui;

TEST_CASE("theme contrast: the WCAG formula gives the known ratios") {
    CHECK(contrast_ratio(IM_COL32(0, 0, 0, 255), IM_COL32(255, 255, 255, 255)) == doctest::Approx(21.0));
    CHECK(contrast_ratio(IM_COL32(255, 255, 255, 255), IM_COL32(255, 255, 255, 255)) == doctest::Approx(1.0));
    // #767676 on white is the classic "just passes AA" grey (4.54:1); #777777 just fails (4.48:1).
    CHECK(contrast_ratio(IM_COL32(0x76, 0x76, 0x76, 255), IM_COL32(255, 255, 255, 255)) == doctest::Approx(4.54).epsilon(0.005));
    CHECK(contrast_ratio(IM_COL32(0x77, 0x77, 0x77, 255), IM_COL32(255, 255, 255, 255)) < 4.5);
    // Order does not matter; half-transparent black over white is mid grey.
    CHECK(contrast_ratio(IM_COL32(255, 0, 0, 255), IM_COL32(0, 0, 255, 255)) ==
          doctest::Approx(contrast_ratio(IM_COL32(0, 0, 255, 255), IM_COL32(255, 0, 0, 255))));
    ImU32 grey = over(IM_COL32(0, 0, 0, 128), IM_COL32(255, 255, 255, 255));
    CHECK(((grey >> IM_COL32_R_SHIFT) & 0xFF) == doctest::Approx(127).epsilon(0.02));
    CHECK(text_on(IM_COL32(255, 255, 0, 255)) == IM_COL32(0, 0, 0, 255));
    CHECK(text_on(IM_COL32(0, 0, 128, 255)) == IM_COL32(255, 255, 255, 255));
}

TEST_CASE("theme contrast: every text colour reads at 4.5:1 or more on its background, in both themes") {
    for (bool high_contrast : {false, true}) {
        std::vector<TextOnBackground> pairs = text_pairs(high_contrast);
        // The real pairs: the window, panels, popups, buttons, fields, rows, tabs, bubbles, badges, bars.
        CHECK(pairs.size() >= 90);
        for (const TextOnBackground& pair : pairs) {
            double ratio = contrast_ratio(pair.text, pair.background);
            char colours[64];
            std::snprintf(colours, sizeof colours, " %08X on %08X is %.2f:1", pair.text, pair.background, ratio);
            std::string message = std::string(high_contrast ? "high contrast: " : "normal: ") + pair.what + colours;
            INFO(message);
            CHECK(ratio >= 4.5);
        }
    }
}

TEST_CASE("theme contrast: the high-contrast theme is stronger still, and its popups and tooltips are opaque") {
    ImGuiStyle style = theme_style(true);
    CHECK(style.Colors[ImGuiCol_PopupBg].w == 1.0f);
    CHECK(style.Colors[ImGuiCol_WindowBg].w == 1.0f);
    CHECK(style.Colors[ImGuiCol_ChildBg].w == 1.0f);
    CHECK(style.PopupBorderSize >= 1.0f);
    CHECK(style.Colors[ImGuiCol_Border].w == 1.0f);
    // Plain text is black on white there: the strongest pair there is.
    CHECK(contrast_ratio(ImGui::ColorConvertFloat4ToU32(style.Colors[ImGuiCol_Text]),
                         ImGui::ColorConvertFloat4ToU32(style.Colors[ImGuiCol_WindowBg])) == doctest::Approx(21.0));
    for (const TextOnBackground& pair : text_pairs(true)) {
        INFO(pair.what);
        CHECK(contrast_ratio(pair.text, pair.background) >= 4.5);
    }
    // The normal theme's popups are opaque too (a combo's list over the cards must not show them through).
    CHECK(theme_style(false).Colors[ImGuiCol_PopupBg].w == 1.0f);
}

#include "screens/settings_row.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <iterator>

#include <imgui.h>

#include "frontdesk/number_format.h"
#include "widgets/controls.h"
#include "widgets/text.h"

namespace frontdesk::gui {

namespace {

// "1.15" in the trace (as written in the settings file), whatever the interface language.
std::string trace_scale(float scale) {
    char text[16];
    std::snprintf(text, sizeof text, "%.2f", scale);
    std::string shown = text;
    if (shown.back() == '0') shown.pop_back();  // 1.0, 1.15, 0.8
    return shown;
}

// "1,15x" in Italian, "1.15x" in English: one or two decimals, as the step has them.
std::string shown_scale(Language language, float scale) {
    bool two = std::fabs(scale * 10.0f - std::round(scale * 10.0f)) > 0.01f;
    return format_decimal(language, scale, two ? 2 : 1) + "x";
}

void trace_settings(AppState& app) {
    app.trace.write("settings", std::string(language_name(app.settings.language)) + " scale=" + trace_scale(app.settings.font_scale) +
                                    " contrast=" + (app.settings.high_contrast ? "on" : "off") + " sound=" + (app.settings.sound ? "on" : "off"));
}

// Where the row's items reach, so the trace can say whether the row fits the window.
struct RowExtent {
    float right = 0;
    float top = 0;
    int lines = 1;
    void track() {
        float item_top = ImGui::GetItemRectMin().y;
        if (item_top > top + 1.0f) {
            if (top > 0) ++lines;
            top = item_top;
        }
        right = std::max(right, ImGui::GetItemRectMax().x);
    }
};

}  // namespace

float stepped_text_size(float current, int step) {
    if (step == 0) return 1.0f;
    constexpr float tolerance = 0.01f;
    if (step > 0) {
        for (float size : text_sizes)
            if (size > current + tolerance) return size;
        return std::max(current, text_sizes[std::size(text_sizes) - 1]);
    }
    for (auto it = std::rbegin(text_sizes); it != std::rend(text_sizes); ++it)
        if (*it < current - tolerance) return *it;
    return std::min(current, text_sizes[0]);
}

void change_text_size(AppState& app, int step) {
    float next = stepped_text_size(app.settings.font_scale, step);
    if (std::fabs(next - app.settings.font_scale) < 0.001f) return;
    app.settings.font_scale = next;
    // The atlas is rebuilt at the start of the next frame, before anything is laid out at the new size.
    app.fonts_dirty = true;
    app.save_settings_quietly();
    trace_settings(app);
}

void draw_settings_row(AppState& app) {
    const ImGuiStyle& style = ImGui::GetStyle();
    float font = ImGui::GetFontSize();
    bool changed = false;
    RowExtent row;

    // Each language in its own name, whichever language the interface speaks now.
    std::string english = ui_text(Language::en, Ui::language_en), italian = ui_text(Language::it, Ui::language_it);
    const char* languages[] = {english.c_str(), italian.c_str()};
    std::string language_label = app.text(Ui::interface_language);
    float combo_width = std::max(ImGui::CalcTextSize(english.c_str()).x, ImGui::CalcTextSize(italian.c_str()).x) +
                        style.FramePadding.x * 2 + ImGui::GetFrameHeight() + font * 0.5f;
    int language = app.settings.language == Language::it ? 1 : 0;
    ImGui::SetNextItemWidth(combo_width);
    if (ImGui::Combo((language_label + "##language").c_str(), &language, languages, 2)) {
        app.settings.language = language == 1 ? Language::it : Language::en;
        changed = true;
    }
    tab_stop_at_end("language");
    row.track();

    // Text size: a label, three steps and the size now, kept together on one line.
    std::string size_label = app.text(Ui::font_size) + ":";
    std::string value = shown_scale(app.language(), app.settings.font_scale);
    auto button_width = [&](const char* label) { return ImGui::CalcTextSize(label).x + style.FramePadding.x * 2; };
    float group_width = ImGui::CalcTextSize(size_label.c_str()).x + button_width("A-") + button_width("A") + button_width("A+") +
                        ImGui::CalcTextSize("2.15x").x + style.ItemSpacing.x * 4;
    same_line_if_fits(group_width);
    ImGui::BeginGroup();
    ImGui::AlignTextToFramePadding();
    text_line(size_label);
    struct Step {
        const char* label;
        int step;
        Ui tip;
        const char* trace;
    };
    for (const Step& step : {Step{"A-", -1, Ui::text_size_smaller, "text_smaller"}, Step{"A", 0, Ui::text_size_normal, "text_normal"},
                             Step{"A+", 1, Ui::text_size_larger, "text_larger"}}) {
        ImGui::SameLine();
        float next = stepped_text_size(app.settings.font_scale, step.step);
        bool can = std::fabs(next - app.settings.font_scale) >= 0.001f;
        ImGui::BeginDisabled(!can);
        if (ImGui::Button(step.label)) change_text_size(app, step.step);
        tab_stop_at_end(step.trace);  // (a step that cannot go further is disabled: Tab passes it by)
        ImGui::EndDisabled();
        if (ImGui::IsItemHovered(ImGuiHoveredFlags_AllowWhenDisabled)) ImGui::SetTooltip("%s", app.text(step.tip).c_str());
    }
    ImGui::SameLine();
    text_line(value);
    ImGui::EndGroup();
    row.track();

    std::string contrast_label = app.text(Ui::high_contrast);
    same_line_if_fits(ImGui::GetFrameHeight() + style.ItemInnerSpacing.x + ImGui::CalcTextSize(contrast_label.c_str()).x);
    if (ImGui::Checkbox(contrast_label.c_str(), &app.settings.high_contrast)) changed = true;
    tab_stop_at_end("high_contrast");
    row.track();
    // Sound cues (ring, message, sent): off until the trainee wants them; the room around may be quiet.
    std::string sound_label = app.text(Ui::sound_cues);
    same_line_if_fits(ImGui::GetFrameHeight() + style.ItemInnerSpacing.x + ImGui::CalcTextSize(sound_label.c_str()).x);
    if (ImGui::Checkbox(sound_label.c_str(), &app.settings.sound)) {
        changed = true;
        if (app.settings.sound) app.cue(Cue::message);  // a sample, so the trainee hears what was turned on
    }
    tab_stop_at_end("sound");
    row.track();
    if (changed) {
        app.save_settings_quietly();
        trace_settings(app);
    }

    // Whether the row fits the window as laid out, traced when it changes (tests check it at large text sizes).
    float content_right = ImGui::GetWindowPos().x + ImGui::GetWindowContentRegionMax().x;
    char layout[160];
    std::snprintf(layout, sizeof layout, "text=%s width=%.0f lines=%d fits=%s", trace_scale(app.settings.font_scale).c_str(),
                  ImGui::GetWindowWidth(), row.lines, row.right <= content_right + 0.5f ? "yes" : "no");
    static std::string traced_layout;
    if (traced_layout != layout) {
        traced_layout = layout;
        app.trace.write("settings_layout", layout);
    }
}

}  // namespace frontdesk::gui

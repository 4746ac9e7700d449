// Screen 3: the briefing: the situation, who the character is, which skills are scored, the time limit, and
// whether feedback comes after each answer or at the end. An interrupted conversation can be resumed.
// The briefing scrolls (with a scrollbar when it is longer than the window, at large text sizes or on a small
// screen); Start, Resume and Back stay pinned at the bottom, always visible.
#include <cstdio>
#include <string>

#include "screens/screen.h"
#include "widgets/controls.h"
#include "widgets/face.h"
#include "widgets/text.h"
#include "widgets/theme.h"

namespace frontdesk::gui {

void BriefingScreen::draw_content(AppState& app) {
    if (!app.selected) {
        app.show_library();
        return;
    }
    const ScenarioCard& card = *app.selected;
    heading(app.fonts.heading, app.text(Ui::briefing_heading) + ": " + card.title);
    ImGui::Separator();
    if (!card.playable) {
        text_wrapped(app.text(Ui::broken_scenario, {std::to_string(card.error_count)}));
        text_wrapped(card.problems);
        if (ImGui::Button(app.text(Ui::back_button).c_str()) || app.escape_key()) app.show_library();
        return;
    }
    const Scenario& s = *card.scenario;
    // Room for the pinned buttons, and for the notice the screen shows under them when there is one.
    const ImGuiStyle& style = ImGui::GetStyle();
    float footer = ImGui::GetFrameHeight() + style.ItemSpacing.y * 4 + 2;
    if (!app.toast.empty() && app.now < app.toast_until)
        footer += ImGui::CalcTextSize(app.toast.c_str(), nullptr, false, ImGui::GetContentRegionAvail().x).y + style.ItemSpacing.y * 2 + 1;
    ImGui::PushStyleColor(ImGuiCol_ChildBg, IM_COL32(0, 0, 0, 0));  // the window's own background, not a panel
    ImGui::BeginChild("briefing_body", ImVec2(0, -footer), false, ImGuiWindowFlags_NavFlattened);
    keyboard_scroll();
    float face_radius = ImGui::GetFontSize() * 3.2f;
    ImVec2 at = ImGui::GetCursorScreenPos();
    draw_face(ImGui::GetWindowDrawList(), ImVec2(at.x + face_radius + 4, at.y + face_radius + 4), face_radius, s.character.mood,
              app.settings.high_contrast);
    ImGui::Dummy(ImVec2(face_radius * 2 + 8, face_radius * 2 + 8));
    ImGui::SameLine();
    ImGui::BeginGroup();
    ImGui::PushFont(app.fonts.large);
    text_wrapped(app.text(Ui::who_you_face) + ": " + s.character.name + " (" + role_label(app.language(), s.role) + ")");
    ImGui::PopFont();
    if (!s.character.description.empty()) text_wrapped(s.character.description);
    text_wrapped(app.text(Ui::filter_channel) + ": " + channel_label(app.language(), s.channel) +
                 (s.organisation.empty() ? "" : " - " + s.organisation));
    ImGui::EndGroup();
    ImGui::Spacing();
    ImGui::PushFont(app.fonts.large);
    text_wrapped(s.summary);
    ImGui::PopFont();
    ImGui::Spacing();
    std::string skills;
    for (const std::string& skill : s.skills) skills += (skills.empty() ? "" : ", ") + skill_label(app.language(), skill);
    text_wrapped(app.text(Ui::scored_skills) + ": " + skills);
    text_line(s.time_limit ? app.text(Ui::time_limit_seconds, {std::to_string(*s.time_limit)}) : app.text(Ui::time_limit_none));
    text_line(app.text(Ui::minutes_short, {std::to_string(card.minutes)}));
    ImGui::Spacing();
    ImGui::AlignTextToFramePadding();
    text_line(app.text(Ui::feedback_label) + ":");
    int feedback = app.settings.feedback == FeedbackMode::immediate ? 0 : 1;
    std::string after_each = app.text(Ui::feedback_after_each), at_end = app.text(Ui::feedback_at_end);
    same_line_if_fits(ImGui::CalcTextSize(after_each.c_str()).x + ImGui::GetFrameHeight() + style.ItemInnerSpacing.x);
    bool changed = ImGui::RadioButton(after_each.c_str(), &feedback, 0);
    tab_stop("feedback_after_each");
    same_line_if_fits(ImGui::CalcTextSize(at_end.c_str()).x + ImGui::GetFrameHeight() + style.ItemInnerSpacing.x);
    changed = ImGui::RadioButton(at_end.c_str(), &feedback, 1) || changed;
    tab_stop("feedback_at_end");
    if (changed) {
        app.settings.feedback = feedback == 0 ? FeedbackMode::immediate : FeedbackMode::at_end;
        app.save_settings_quietly();
    }
    if (!app.store_problem.empty()) text_wrapped(app.text(Ui::results_unavailable, {app.store_problem}));
    bool scrolls = ImGui::GetScrollMaxY() > 0;
    ImGui::EndChild();
    ImGui::PopStyleColor();

    ImGui::Separator();
    ImGui::Spacing();
    // Looked up by show_briefing on the way in: no database query while drawing.
    bool saved = app.interrupted > 0;
    // The primary button (Resume when offered, else Start) has the keyboard focus on arrival, outlined: Enter
    // presses it; arrows or Tab move to the others, and Enter then presses the one outlined. Enter with no
    // keyboard focus shown (after the mouse was used) is the primary action too; Esc goes back.
    if (saved) {
        if (ImGui::Button(app.text(Ui::resume_button, {std::to_string(app.interrupted)}).c_str())) app.start_conversation(true);
        if (app.frames_on_screen == 0) focus_last_item();
        tab_stop("resume");
        ImGui::SameLine();
    }
    if (ImGui::Button(app.text(Ui::start_button).c_str()) || (app.main_action_key() && !saved)) app.start_conversation(false);
    else if (saved && app.main_action_key()) app.start_conversation(true);
    if (!saved && app.frames_on_screen == 0) focus_last_item();
    tab_stop("start");
    ImGui::SameLine();
    if (ImGui::Button(app.text(Ui::back_button).c_str()) || app.escape_key()) app.show_library();
    tab_stop("back");
    // Whether the buttons are on screen and the briefing scrolls, traced when it changes (for the tests).
    float bottom = ImGui::GetItemRectMax().y, window_bottom = ImGui::GetWindowPos().y + ImGui::GetWindowHeight();
    char layout[160];
    std::snprintf(layout, sizeof layout, "%s text=%.1f buttons_visible=%s scrolls=%s", s.id.c_str(), app.settings.font_scale,
                  bottom <= window_bottom ? "yes" : "no", scrolls ? "yes" : "no");
    static std::string traced_layout;
    if (traced_layout != layout) {
        traced_layout = layout;
        app.trace.write("briefing_layout", layout);
    }
    std::string focused = tab_order_end();
    if (!focused.empty()) app.trace.write("focus", focused);
}

}  // namespace frontdesk::gui

// Screen 3: the briefing: the situation, who the character is, which skills are scored, the time limit, and
// whether feedback comes after each answer or at the end. An interrupted conversation can be resumed (the
// primary action then); starting over instead asks first.
// The briefing scrolls (with a scrollbar when it is longer than the window, at large text sizes or on a small
// screen); Start, Resume and Back stay pinned at the bottom, always visible.
#include <algorithm>
#include <cstdio>
#include <string>

#include <imgui_internal.h>  // whether the keyboard focus is shown (NavDisableHighlight), for the trace

#include "platform/keys.h"
#include "screens/screen.h"
#include "trainee_voice.h"
#include "widgets/controls.h"
#include "widgets/portrait.h"
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
        if (ImGui::Button(app.text(Ui::back_button).c_str()) || app.escape_key()) app.leave_scenario();
        return;
    }
    const Scenario& s = *card.scenario;
    // Room for the pinned buttons, lifted above the notice floating at the bottom when there is one.
    const ImGuiStyle& style = ImGui::GetStyle();
    float footer = ImGui::GetFrameHeight() + style.ItemSpacing.y * 4 + 2 + notice_room(app);
    ImGui::PushStyleColor(ImGuiCol_ChildBg, IM_COL32(0, 0, 0, 0));  // the window's own background, not a panel
    ImGui::BeginChild("briefing_body", ImVec2(0, -footer), false, ImGuiWindowFlags_NavFlattened);
    keyboard_scroll();
    float face_radius = ImGui::GetFontSize() * 3.2f;
    ImVec2 at = ImGui::GetCursorScreenPos();
    // The character as the trainee will meet them: the expression of their mood at the start.
    FacialExpression first = facial_expression({s.character.mood, s.character.mood, s.character.upset, EndingKind::none});
    draw_portrait(ImGui::GetWindowDrawList(), ImVec2(at.x + 4, at.y + 4), face_radius * 2, s.character.look, face_shape(first),
                  app.settings.high_contrast);
    ImGui::Dummy(ImVec2(face_radius * 2 + 8, face_radius * 2 + 8));
    ImGui::SameLine();
    ImGui::BeginGroup();
    ImGui::PushFont(app.fonts.large);
    text_wrapped(app.text(Ui::who_you_face) + ": " + s.character.name + " (" + role_label(app.language(), s.role) + ")");
    ImGui::PopFont();
    // Texts in the trainee's voice ({trainee}, gendered words), as the conversation will speak them.
    TraineeVoice voice = trainee_voice(app.settings);
    if (!s.character.description.empty()) text_wrapped(expand_text(s.character.description, voice));
    text_wrapped(app.text(Ui::filter_channel) + ": " + channel_label(app.language(), s.channel) +
                 (s.organisation.empty() ? "" : " - " + s.organisation));
    ImGui::EndGroup();
    ImGui::Spacing();
    // The briefing in parts: the situation, then what the role may and may not do, each a list to scan.
    heading(app.fonts.large, app.text(Ui::briefing_situation));
    text_wrapped(expand_text(s.summary, voice));
    for (const auto* part : {&s.you_can, &s.you_cannot}) {
        if (part->empty()) continue;
        ImGui::Spacing();
        heading(app.fonts.large, app.text(part == &s.you_can ? Ui::briefing_you_can : Ui::briefing_you_cannot));
        for (const std::string& item : *part) {
            ImGui::Bullet();
            ImGui::SameLine();
            text_wrapped(expand_text(item, voice));
        }
    }
    ImGui::Spacing();
    ImGui::Separator();
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
    bool asking = ImGui::IsPopupOpen("###start_over");
    // The primary button (Resume when offered, else Start) has the keyboard focus on arrival, outlined: Enter
    // presses it; arrows or Tab move to the others, and Enter then presses the one outlined. Enter with no
    // keyboard focus shown (after the mouse was used) is the primary action too; Esc goes back. With a saved
    // conversation, starting over asks first (start_over_modal).
    bool main_key = !asking && app.main_action_key();
    if (saved) {
        if (ImGui::Button(app.text(Ui::resume_button, {std::to_string(app.interrupted)}).c_str()) || main_key) app.start_conversation(true);
        if (app.frames_on_screen == 0) focus_last_item();
        tab_stop("resume");
        ImGui::SameLine();
    }
    if (ImGui::Button(app.text(saved ? Ui::start_over_button : Ui::start_button).c_str()) || (main_key && !saved)) {
        if (saved) {
            ImGui::OpenPopup("###start_over");
            start_over_opened_ = true;
            traced_focus_.clear();
            app.trace.write("start_over", "asked " + std::to_string(app.interrupted));
        } else {
            app.start_conversation(false);
        }
    }
    if (!saved && app.frames_on_screen == 0) focus_last_item();
    tab_stop("start");
    ImGui::SameLine();
    if (ImGui::Button(app.text(Ui::back_button).c_str()) || (!asking && app.escape_key())) app.leave_scenario();
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
    if (saved) draw_start_over(app);
    finish_tab_order(app);
}

// Starting over when a conversation was saved: a small modal says what happens to the saved one (it stays in
// the results as an interrupted attempt, but can no longer be resumed: a new session is begun at once, and
// resuming takes the latest unfinished one). Start over has the keyboard focus: Enter presses the outlined
// button (the arrows move to Cancel), Esc cancels.
void BriefingScreen::draw_start_over(AppState& app) {
    const ImGuiViewport* viewport = ImGui::GetMainViewport();
    float width = std::min(ImGui::GetFontSize() * 28, viewport->WorkSize.x * 0.9f);
    ImGui::SetNextWindowSize(ImVec2(width, 0), ImGuiCond_Always);
    ImGui::SetNextWindowPos(ImVec2(viewport->WorkPos.x + viewport->WorkSize.x * 0.5f, viewport->WorkPos.y + viewport->WorkSize.y * 0.5f),
                            ImGuiCond_Always, ImVec2(0.5f, 0.5f));
    std::string title = app.text(Ui::start_over_title) + "###start_over";
    if (!ImGui::BeginPopupModal(title.c_str(), nullptr, ImGuiWindowFlags_NoMove | ImGuiWindowFlags_NoResize | ImGuiWindowFlags_NoSavedSettings))
        return;
    text_wrapped(app.text(Ui::start_over_text, {std::to_string(app.interrupted)}));
    text_coloured(app.text(Ui::confirm_keys_hint), quiet_colour(app.settings.high_contrast));
    ImGui::Spacing();
    bool confirmed = ImGui::Button(app.text(Ui::start_over_confirm).c_str());
    if (start_over_opened_) {
        focus_last_item();
        start_over_opened_ = false;
    }
    if (ImGui::IsItemFocused() && !ImGui::GetCurrentContext()->NavDisableHighlight) trace_focus(app, "start_over_confirm");
    ImGui::SameLine();
    bool cancelled = ImGui::Button(app.text(Ui::cancel_button).c_str()) || keys::escape_pressed();
    if (ImGui::IsItemFocused() && !ImGui::GetCurrentContext()->NavDisableHighlight) trace_focus(app, "start_over_cancel");
    if (confirmed || cancelled) ImGui::CloseCurrentPopup();
    ImGui::EndPopup();
    if (confirmed) {
        app.trace.write("start_over", "confirmed");
        app.start_conversation(false);
    } else if (cancelled) {
        app.trace.write("start_over", "cancelled");
    }
}

void BriefingScreen::trace_focus(AppState& app, const char* label) {
    if (traced_focus_ == label) return;
    traced_focus_ = label;
    app.trace.write("focus", label);
}

}  // namespace frontdesk::gui

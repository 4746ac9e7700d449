// Screen 3: the briefing: the situation, who the character is, which skills are scored, the time limit, and
// whether feedback comes after each answer or at the end. An interrupted conversation can be resumed.
#include "screens/screen.h"
#include "widgets/face.h"
#include "widgets/text.h"

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
    float face_radius = ImGui::GetFontSize() * 3.2f;
    ImVec2 at = ImGui::GetCursorScreenPos();
    draw_face(ImGui::GetWindowDrawList(), ImVec2(at.x + face_radius + 4, at.y + face_radius + 4), face_radius, s.character.mood,
              app.settings.high_contrast);
    ImGui::Dummy(ImVec2(face_radius * 2 + 8, face_radius * 2 + 8));
    ImGui::SameLine();
    ImGui::BeginGroup();
    ImGui::PushFont(app.fonts.large);
    text_line(app.text(Ui::who_you_face) + ": " + s.character.name + " (" + role_label(app.language(), s.role) + ")");
    ImGui::PopFont();
    if (!s.character.description.empty()) text_wrapped(s.character.description);
    text_line(app.text(Ui::filter_channel) + ": " + channel_label(app.language(), s.channel) +
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
    text_line(app.text(Ui::feedback_label) + ":");
    ImGui::SameLine();
    int feedback = app.settings.feedback == FeedbackMode::immediate ? 0 : 1;
    bool changed = ImGui::RadioButton(app.text(Ui::feedback_after_each).c_str(), &feedback, 0);
    ImGui::SameLine();
    changed = ImGui::RadioButton(app.text(Ui::feedback_at_end).c_str(), &feedback, 1) || changed;
    if (changed) {
        app.settings.feedback = feedback == 0 ? FeedbackMode::immediate : FeedbackMode::at_end;
        app.save_settings_quietly();
    }
    ImGui::Spacing();
    ImGui::Separator();
    ImGui::Spacing();
    // Looked up by show_briefing on the way in: no database query while drawing.
    bool saved = app.interrupted > 0;
    if (saved) {
        if (ImGui::Button(app.text(Ui::resume_button, {std::to_string(app.interrupted)}).c_str())) app.start_conversation(true);
        ImGui::SameLine();
    }
    if (!app.store_problem.empty()) text_wrapped(app.text(Ui::results_unavailable, {app.store_problem}));
    // Enter starts (or resumes, when there is a conversation to resume); Esc goes back.
    if (ImGui::Button(app.text(Ui::start_button).c_str()) || (app.main_action_key() && !saved)) app.start_conversation(false);
    else if (saved && app.main_action_key()) app.start_conversation(true);
    ImGui::SameLine();
    if (ImGui::Button(app.text(Ui::back_button).c_str()) || app.escape_key()) app.show_library();
}

}  // namespace frontdesk::gui

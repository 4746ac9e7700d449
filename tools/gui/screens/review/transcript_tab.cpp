// The Review's Transcript tab: any attempt of a trainee as it happened: what the character said, what the
// trainee answered (or that time ran out), the points and mood after each answer, the time taken, and the
// feedback the scenario gives.
#include <cstdio>

#include "frontdesk/number_format.h"
#include "screens/review/review_screen.h"
#include "screens/review/review_words.h"
#include "widgets/controls.h"
#include "widgets/text.h"
#include "widgets/theme.h"

namespace frontdesk::gui {

void ReviewScreen::draw_transcript(AppState& app) {
    ReviewModel& review = app.review;
    const Palette& colours = palette(app.settings.high_contrast);
    float font = ImGui::GetFontSize();
    std::string trainee_id = review.selected_trainee_id();
    if (value_combo("##transcript_trainee", app.text(Ui::review_trainee), trainee_id, trainee_choices(review), "-", font * 16) &&
        !trainee_id.empty()) {
        review.select_trainee(trainee_id);
        app.trace.write("review_trainee", trainee_id);
    }
    const std::vector<SessionRecord>& attempts = review.attempts();
    if (attempts.empty()) {
        text_wrapped(app.text(Ui::review_choose_trainee));
        return;
    }
    same_line_if_fits(font * 20);
    std::string preview = app.text(Ui::review_attempt) + ": ";
    for (const SessionRecord& session : attempts)
        if (session.id == review.selected_session()) preview += attempt_title(app, session);
    ImGui::SetNextItemWidth(ImGui::GetContentRegionAvail().x);
    if (ImGui::BeginCombo("##attempt", preview.c_str())) {
        for (const SessionRecord& session : attempts) {
            ImGui::PushID(static_cast<int>(session.id));
            bool selected = session.id == review.selected_session();
            if (ImGui::Selectable(attempt_title(app, session).c_str(), selected)) review.select_session(session.id);
            if (selected) ImGui::SetItemDefaultFocus();
            ImGui::PopID();
        }
        ImGui::EndCombo();
    }
    const std::optional<Transcript>& transcript = review.transcript();
    if (!transcript) return;
    if (transcript->session.id != traced_session_) {
        traced_session_ = transcript->session.id;
        app.trace.write("review_transcript", std::to_string(transcript->session.id) + " " + transcript->session.scenario_id + " " +
                                                 std::to_string(transcript->steps.size()) + " steps");
    }
    const SessionRecord& session = transcript->session;
    ImGui::Separator();
    ImGui::PushFont(app.fonts.large);
    text_wrapped(session.scenario_title + "  -  " + session.trainee);
    ImGui::PopFont();
    std::string when = app.text(Ui::review_started, {local_time_text(session.started_at)});
    if (session.finished()) when += ", " + app.text(Ui::review_ended, {local_time_text(session.ended_at)});
    text_wrapped(when);
    if (session.finished()) {
        EndingKind kind = ending_kind(session.ending);
        ImGui::PushStyleColor(ImGuiCol_Text, ending_text_colour(kind, app.settings.high_contrast));
        text_line(app.text(Ui::ending_reached, {ending_label(app.language(), kind)}));
        ImGui::PopStyleColor();
        ImGui::SameLine(0, font * 1.5f);
        std::string skills;
        for (const SkillScore& skill : session.skills)
            skills += skill_title(app, skill.skill) + " " + percent_text(skill.percent) + "   ";
        ImGui::PushStyleColor(ImGuiCol_Text, session.passed ? colours.positive : colours.negative);
        text_line(app.text(Ui::overall) + " " + percent_text(session.overall) + " " +
                  app.text(session.passed ? Ui::review_passed_short : Ui::review_not_passed_short));
        ImGui::PopStyleColor();
        text_wrapped(skills);
    } else {
        ImGui::PushStyleColor(ImGuiCol_Text, quiet_colour(app.settings.high_contrast));
        text_line(app.text(Ui::review_unfinished));
        ImGui::PopStyleColor();
    }
    if (!transcript->lines_from_file) {
        ImGui::PushStyleColor(ImGuiCol_Text, quiet_colour(app.settings.high_contrast));
        text_wrapped(app.text(Ui::review_lines_unknown));
        ImGui::PopStyleColor();
    }
    ImGui::Separator();

    ImGui::BeginChild("transcript_steps", ImVec2(0, 0), true);
    keyboard_scroll();
    std::string character = transcript->lines_from_file ? transcript->character_name : app.text(Ui::review_character);
    ImU32 quiet = quiet_colour(app.settings.high_contrast);
    for (const TranscriptStep& step : transcript->steps) {
        ImGui::PushID(step.sequence);
        std::string number = std::to_string(step.sequence) + ". ";
        if (!step.narration.empty()) {
            text_line(number);
            ImGui::SameLine(0, 0);
            narration_text(step.narration, app.fonts.italic, narration_colour(app.settings.high_contrast));
            number.clear();
        }
        ImGui::PushStyleColor(ImGuiCol_Text, quiet);
        if (!step.character_line.empty()) text_wrapped(number + character + ": \"" + step.character_line + "\"");
        else if (step.narration.empty()) text_wrapped(number + "[" + app.text(Ui::review_node_name, {step.node}) + "]");
        ImGui::PopStyleColor();
        ImGui::Indent(font * 1.2f);
        ImGui::PushFont(app.fonts.large);
        if (step.timed_out) {
            ImGui::PushStyleColor(ImGuiCol_Text, colours.negative);
            text_wrapped(app.text(Ui::no_answer_in_time));
            ImGui::PopStyleColor();
        } else {
            text_wrapped(session.trainee + ": \"" + step.said + "\"");
        }
        ImGui::PopFont();
        std::string seconds = format_decimal(app.language(), step.response_seconds, 1);  // "45,0" in Italian
        ImU32 colour = step.points > 0 ? colours.positive : step.points < 0 ? colours.negative : ImGui::GetColorU32(ImGuiCol_Text);
        ImGui::PushStyleColor(ImGuiCol_Text, colour);
        text_wrapped(describe_points(step.score, app.language()) + ";  " + app.text(Ui::review_mood_after, {std::to_string(step.mood_after)}) +
                     ";  " + app.text(Ui::response_time, {seconds}));
        ImGui::PopStyleColor();
        if (!step.feedback.empty()) text_wrapped(app.text(Ui::feedback_prefix) + ": " + step.feedback);
        ImGui::Unindent(font * 1.2f);
        ImGui::Separator();
        ImGui::PopID();
    }
    if (!transcript->closing_narration.empty())
        narration_text(transcript->closing_narration, app.fonts.italic, narration_colour(app.settings.high_contrast));
    if (!transcript->closing_line.empty()) {
        ImGui::PushStyleColor(ImGuiCol_Text, quiet);
        text_wrapped(character + ": \"" + transcript->closing_line + "\"");
        ImGui::PopStyleColor();
    }
    ImGui::EndChild();
}

}  // namespace frontdesk::gui

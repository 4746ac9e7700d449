// Screen 5: the debrief: the ending and its text, each skill as points and percentage (bars and a radar),
// pass or fail, and every decision reviewed with the feedback and the better answer where there was one.
// Below the heading the page scrolls when the window is small, so the review keeps a usable height instead
// of shrinking to a line or two.
#include <algorithm>
#include <cstdio>

#include "frontdesk/number_format.h"
#include "screens/screen.h"
#include "widgets/charts.h"
#include "widgets/portrait.h"
#include "widgets/text.h"
#include "widgets/theme.h"

namespace frontdesk::gui {

void DebriefScreen::draw_content(AppState& app) {
    if (!app.debrief || !app.conversation || !app.selected) {
        app.show_library();
        return;
    }
    const Debrief& debrief = *app.debrief;
    const Scenario& scenario = app.conversation->scenario();
    const Palette& colours = palette(app.settings.high_contrast);

    heading(app.fonts.heading, app.text(Ui::debrief_heading) + ": " + scenario.title);
    float page_height = ImGui::GetContentRegionAvail().y;
    ImGui::PushStyleColor(ImGuiCol_ChildBg, IM_COL32(0, 0, 0, 0));  // the page, not a panel: the window's own background
    ImGui::BeginChild("debrief_page", ImVec2(0, 0), false, ImGuiWindowFlags_NavFlattened);
    ImGui::PopStyleColor();
    ImU32 ending_colour = debrief.ending == EndingKind::success ? colours.positive
                          : debrief.ending == EndingKind::failure ? colours.negative : colours.accent;
    // The character as the conversation left them, beside the ending: small, the debrief is about the trainee.
    FacialExpression last = facial_expression(expression_moment(app.conversation->session()));
    if (app.trace.enabled()) {
        static std::string traced;
        std::string line = std::string(facial_expression_name(last)) + " " + ending_name(debrief.ending);
        if (line != traced) app.trace.write("debrief_expression", traced = line);
    }
    portrait(scenario.character.look, face_shape(last), ImGui::GetFontSize() * 4.5f, app.settings.high_contrast);
    ImGui::SameLine();
    ImGui::BeginGroup();
    ImGui::PushFont(app.fonts.large);
    ImGui::PushStyleColor(ImGuiCol_Text, ImGui::ColorConvertU32ToFloat4(ending_colour));
    text_wrapped(app.text(Ui::ending_reached, {ending_label(app.language(), debrief.ending)}));
    ImGui::PopStyleColor();
    text_wrapped(debrief.text);
    ImGui::PopFont();
    ImGui::EndGroup();
    ImGui::Separator();

    // Skills: bars on the left, radar on the right, then the overall result.
    float page_width = ImGui::GetContentRegionAvail().x;
    float half = page_width * 0.5f;
    ImGui::BeginGroup();
    std::vector<std::string> labels;
    for (const SkillResult& skill : debrief.result.skills) {
        std::string label = skill_label(app.language(), skill.skill);
        labels.push_back(label);
        // "3 / 4  (75%)", or the raw points where the scenario gives no best for the skill.
        char points[64];
        if (skill.percent) std::snprintf(points, sizeof points, "%d / %d  (%.0f%%)", skill.raw, skill.best, *skill.percent);
        else std::snprintf(points, sizeof points, "%d", skill.raw);
        text_line(label);
        labelled_bar(skill.percent.value_or(0) / 100.0, half * 0.6f, colours.accent, app.settings.high_contrast, points);
    }
    ImGui::Spacing();
    char overall[32];
    std::snprintf(overall, sizeof overall, "%.0f%%", debrief.result.overall);
    ImGui::PushFont(app.fonts.large);
    ImGui::PushStyleColor(ImGuiCol_Text, ImGui::ColorConvertU32ToFloat4(debrief.result.passed ? colours.positive : colours.negative));
    text_wrapped(app.text(Ui::overall) + ": " + overall + " - " + app.text(debrief.result.passed ? Ui::passed : Ui::not_passed));
    ImGui::PopStyleColor();
    ImGui::PopFont();
    text_wrapped(app.text(Ui::pass_rule, {std::to_string(scenario.pass)}));
    ImGui::EndGroup();
    // The radar beside the bars when the page has room for it and its labels, else under them (large text on a
    // small screen), never running past the edge.
    float radius = ImGui::GetFontSize() * 4.5f, widest = 0;
    for (const std::string& label : labels) widest = std::max(widest, ImGui::CalcTextSize(label.c_str()).x);
    if (page_width - half >= radius * 2 + widest * 2 + ImGui::GetFontSize()) ImGui::SameLine(half);
    else radius = std::min(radius, std::max(ImGui::GetFontSize() * 2.0f, (page_width - widest * 2 - ImGui::GetFontSize()) * 0.5f));
    ImGui::BeginGroup();
    radar_chart(labels, debrief.radar, radius, app.settings.high_contrast);
    ImGui::EndGroup();
    ImGui::Separator();

    // Never a debrief that looks saved when it is not: what waits, and a way to try again (the server may be back).
    if (std::size_t unsaved = app.conversation->recorded().unsaved(); unsaved > 0) {
        ImGui::PushStyleColor(ImGuiCol_Text, ImGui::ColorConvertU32ToFloat4(colours.negative));
        text_wrapped(app.text(Ui::results_unsaved, {std::to_string(unsaved), app.save_problem}));
        ImGui::PopStyleColor();
        if (ImGui::Button(app.text(Ui::save_again_button).c_str())) app.save_again();
        ImGui::Separator();
    }

    // Leaving first saves what waits; while it cannot, the trainee stays here, told why (closing the window tries
    // once more).
    if ((ImGui::Button(app.text(Ui::play_again).c_str()) || app.main_action_key()) && app.save_again()) {
        ImGui::EndChild();
        app.start_conversation(false);
        return;
    }
    ImGui::SameLine();
    // Back where the scenario was chosen: the course view (its progress read afresh, this session counted) or
    // the library.
    if ((ImGui::Button(app.text(app.from_course ? Ui::course_back : Ui::back_to_library).c_str()) || app.escape_key()) && app.save_again()) {
        ImGui::EndChild();
        app.leave_scenario();
        return;
    }

    // The review of every decision: the rest of the page, but never less than twelve lines or 45% of the page
    // (the page then scrolls to it).
    heading(app.fonts.large, app.text(Ui::review_heading));
    float minimum = std::max(ImGui::GetTextLineHeightWithSpacing() * 12.0f, page_height * 0.45f);
    float review_height = std::max(ImGui::GetContentRegionAvail().y, minimum);
    if (app.trace.enabled()) {
        static std::string last;
        char line[96];
        std::snprintf(line, sizeof line, "review=%.0f minimum=%.0f%s", review_height, minimum,
                      ImGui::GetContentRegionAvail().y < minimum ? " page_scrolls" : "");
        if (last != line) app.trace.write("debrief_layout", last = line);
    }
    ImGui::BeginChild("review", ImVec2(0, review_height), true);
    for (const ReviewItem& item : debrief.review) {
        ImGui::PushID(item.number);
        // What led to the decision: the narration (as narration) and the character's line, each when there is one.
        std::string number = std::to_string(item.number) + ". ";
        if (!item.narration.empty()) {
            text_line(number);
            ImGui::SameLine(0, 0);
            narration_text(item.narration, app.fonts.italic, narration_colour(app.settings.high_contrast));
        }
        if (!item.character_line.empty()) {
            ImGui::PushStyleColor(ImGuiCol_Text, ImGui::GetStyleColorVec4(ImGuiCol_TextDisabled));
            text_wrapped((item.narration.empty() ? number : std::string()) + scenario.character.name + ": \"" + item.character_line + "\"");
            ImGui::PopStyleColor();
        }
        ImU32 colour = item.points > 0 ? colours.positive : item.points < 0 ? colours.negative : colours.neutral;
        if (item.timed_out) text_wrapped(app.text(Ui::no_answer_in_time));
        else text_wrapped(app.text(Ui::you_said) + ": \"" + item.said + "\"");
        std::string timing = format_decimal(app.language(), item.response_seconds, 1);  // "45,0" in Italian
        ImGui::PushStyleColor(ImGuiCol_Text, ImGui::ColorConvertU32ToFloat4(colour));
        text_wrapped(describe_score(scenario, item.score, app.language()) + "; " + app.text(Ui::mood_label) + " " +
                     std::to_string(item.mood_before) + " -> " + std::to_string(item.mood_after) + "; " +
                     app.text(Ui::response_time, {timing}));
        ImGui::PopStyleColor();
        if (!item.feedback.empty()) text_wrapped(app.text(Ui::feedback_prefix) + ": " + item.feedback);
        if (!item.better.empty()) {
            ImGui::PushStyleColor(ImGuiCol_Text, ImGui::ColorConvertU32ToFloat4(colours.accent));
            text_wrapped(app.text(Ui::better_answer) + ": \"" + item.better + "\" (" +
                         describe_score(scenario, item.better_score, app.language()) + ")");
            ImGui::PopStyleColor();
        }
        ImGui::Separator();
        ImGui::PopID();
    }
    ImGui::EndChild();
    ImGui::EndChild();
}

}  // namespace frontdesk::gui

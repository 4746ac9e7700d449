// Screen 4: the conversation. The character's face and animated mood meter on the left; the exchange drawn
// for its channel on the right; feedback (when immediate) under it, coloured by its effect; the answers as
// large buttons with keys 1-9, and the countdown when the scenario has a time limit.
#include <cmath>

#include "platform/keys.h"
#include "screens/screen.h"
#include "widgets/channel_views.h"
#include "widgets/controls.h"
#include "widgets/face.h"
#include "widgets/mood_meter.h"
#include "widgets/text.h"
#include "widgets/theme.h"

namespace frontdesk::gui {

bool ConversationScreen::animating(const AppState& app) const {
    return app.conversation && app.conversation->mood_animating(app.now);
}

double ConversationScreen::tick_seconds(const AppState& app) const {
    if (!app.conversation || app.conversation->finished()) return 0;
    if (app.conversation->seconds_left(app.now)) return 0.25;  // the countdown
    // The phone channel shows the call's running time; other conversations are still unless something happens.
    return app.conversation->scenario().channel == Channel::phone ? 1.0 : 0;
}

namespace {

void draw_feedback(AppState& app, const FeedbackNote& note) {
    const Palette& colours = palette(app.settings.high_contrast);
    ImU32 colour = note.points > 0 ? colours.positive : note.points < 0 ? colours.negative : colours.neutral;
    ImGui::PushStyleColor(ImGuiCol_Border, ImGui::ColorConvertU32ToFloat4(colour));
    ImGui::PushStyleVar(ImGuiStyleVar_ChildBorderSize, 3.0f);
    float lines = 1.0f + static_cast<float>(note.text.size()) / 90.0f;
    ImGui::BeginChild("feedback", ImVec2(0, ImGui::GetTextLineHeightWithSpacing() * (lines + 1.6f)), true);
    ImGui::PushStyleColor(ImGuiCol_Text, ImGui::ColorConvertU32ToFloat4(colour));
    std::string effect = describe_score(app.conversation->scenario(), note.score, app.language());
    char mood[48];
    std::snprintf(mood, sizeof mood, "; %s %+d", app.text(Ui::mood_label).c_str(), note.mood_change);
    text_line((note.timed_out ? app.text(Ui::no_answer_in_time) + ": " : std::string()) + effect + mood);
    ImGui::PopStyleColor();
    text_wrapped(note.text);
    ImGui::EndChild();
    ImGui::PopStyleVar();
    ImGui::PopStyleColor();
}

}  // namespace

void ConversationScreen::draw_content(AppState& app) {
    if (!app.conversation || !app.selected) {
        app.show_library();
        return;
    }
    Conversation& conversation = *app.conversation;
    const Scenario& scenario = conversation.scenario();

    // Header: title and the channel's own line (call time, chat, inbox, public page).
    heading(app.fonts.heading, scenario.title);
    draw_channel_header(conversation, app.now, app.look());
    ImGui::Separator();

    // Left column: face, name, mood meter, countdown.
    float left_width = std::max(ImGui::GetFontSize() * 12.0f, ImGui::GetContentRegionAvail().x * 0.24f);
    ImGui::BeginChild("character", ImVec2(left_width, 0), false, ImGuiWindowFlags_NavFlattened);
    double mood = conversation.mood_shown(app.now);
    float radius = left_width * 0.36f;
    ImVec2 at = ImGui::GetCursorScreenPos();
    draw_face(ImGui::GetWindowDrawList(), ImVec2(at.x + left_width / 2, at.y + radius + 6), radius, mood, app.settings.high_contrast);
    ImGui::Dummy(ImVec2(left_width, radius * 2 + 12));
    ImGui::PushFont(app.fonts.large);
    text_wrapped(scenario.character.name);
    ImGui::PopFont();
    mood_meter(mood, app.language(), left_width - 8);
    if (auto left = conversation.seconds_left(app.now)) {
        ImGui::Spacing();
        countdown_bar(*left, *scenario.time_limit, app.text(Ui::seconds_left, {std::to_string(static_cast<int>(std::ceil(*left)))}),
                      left_width - 8);
    }
    ImGui::Spacing();
    ImGui::TextDisabled("%s", (app.text(Ui::trainee_label) + ": " + app.settings.trainee).c_str());
    ImGui::EndChild();
    ImGui::SameLine();

    // Right column: the exchange, the feedback, the answers.
    ImGui::BeginChild("exchange", ImVec2(0, 0), false, ImGuiWindowFlags_NavFlattened);
    // The answers in the order shown (shuffled per session), as the trainee reads them.
    std::vector<std::string> answers = conversation.offered_answers();
    float answers_height = 0;
    float width = ImGui::GetContentRegionAvail().x;
    ImGui::PushFont(app.fonts.large);
    for (const std::string& say : answers) {
        answers_height += ImGui::CalcTextSize(say.data(), say.data() + say.size(), false, width * 0.9f).y +
                          ImGui::GetStyle().FramePadding.y * 2.5f + ImGui::GetStyle().ItemSpacing.y;
    }
    ImGui::PopFont();
    if (conversation.finished()) answers_height = ImGui::GetFrameHeightWithSpacing() * 1.5f;
    float feedback_height = conversation.last_feedback() ? ImGui::GetTextLineHeightWithSpacing() * 4.5f : 0.0f;
    float transcript_height = std::max(ImGui::GetFontSize() * 8.0f,
                                       ImGui::GetContentRegionAvail().y - answers_height - feedback_height - ImGui::GetTextLineHeightWithSpacing() * 2);
    draw_transcript(conversation, ImVec2(0, transcript_height), app.look());
    if (conversation.last_feedback()) draw_feedback(app, *conversation.last_feedback());

    if (conversation.finished()) {
        if (ImGui::Button(app.text(Ui::see_debrief).c_str(), ImVec2(ImGui::GetFontSize() * 14, 0)) || app.main_action_key())
            app.show_debrief();
    } else {
        std::string hint = app.text(Ui::choose_hint, {std::to_string(answers.size())});
        if (scenario.channel == Channel::email) hint = app.text(Ui::email_reply) + " - " + hint;
        text_line(hint);
        int key = keys::digit_pressed();
        for (std::size_t i = 0; i < answers.size(); ++i) {
            bool clicked = answer_button(static_cast<int>(i + 1), answers[i], width - 8, app.fonts.large);
            if ((clicked || key == static_cast<int>(i + 1)) && app.frames_on_screen > 0) {
                app.answer(i);
                break;  // the node changed: the remaining buttons belong to the old one
            }
        }
    }
    if (app.escape_key()) {
        app.keep_interrupted_conversation();
        app.show_briefing(*app.selected);
    }
    ImGui::EndChild();
}

}  // namespace frontdesk::gui

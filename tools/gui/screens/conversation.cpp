// Screen 4: the conversation. The character's portrait (its expression following the mood and the moment)
// and animated mood meter on the left; the exchange drawn
// for its channel on the right; feedback (when immediate) under it, coloured by its effect; the answers as
// large buttons with keys 1-9, and the countdown when the scenario has a time limit. The transcript and the
// answers each keep a usable height (the answers scroll in their own region; for email the thread gets most
// of the room); when the window is too small for both, the exchange scrolls as a page.
#include <algorithm>
#include <cmath>
#include <cstdio>

#include "frontdesk/facial_expression.h"
#include "layout.h"
#include "portrait_motion.h"

#include "platform/keys.h"
#include "screens/screen.h"
#include "widgets/channel_views.h"
#include "widgets/controls.h"
#include "widgets/portrait.h"
#include "widgets/mood_meter.h"
#include "widgets/text.h"
#include "widgets/theme.h"

namespace frontdesk::gui {

namespace {

// The portrait's motion lives from frame to frame; a new conversation (the app keeps each one in the same
// place, so it is told apart by when it started) shows its first expression at once.
struct ConversationPortrait {
    const Conversation* conversation = nullptr;
    double started = 0;
    PortraitMotion motion;
};

ConversationPortrait& conversation_portrait() {
    static ConversationPortrait portrait;
    return portrait;
}

// Follows the session's expression (traced when it changes) and draws the portrait `size` pixels square.
void draw_conversation_portrait(AppState& app, const Conversation& conversation, ImVec2 at, float size) {
    ConversationPortrait& portrait = conversation_portrait();
    FacialExpression expression = facial_expression(expression_moment(conversation.session()));
    double started = app.now - conversation.call_seconds(app.now);
    bool changed;
    if (portrait.conversation != &conversation || std::fabs(portrait.started - started) > 1e-6) {
        portrait.conversation = &conversation;
        portrait.started = started;
        portrait.motion.jump(expression);
        changed = true;
    } else {
        changed = portrait.motion.show(expression, app.now);
    }
    if (changed) app.trace.write("expression", facial_expression_name(expression));
    draw_portrait(ImGui::GetWindowDrawList(), at, size, conversation.scenario().character.look, portrait.motion.face(app.now, true),
                  app.settings.high_contrast);
    portrait.motion.drawn(app.now);
}

}  // namespace

bool ConversationScreen::animating(const AppState& app) const {
    if (!app.conversation) return false;
    const ConversationPortrait& portrait = conversation_portrait();
    bool face_moving = portrait.conversation == &*app.conversation && portrait.motion.moving(app.now, true);
    return app.conversation->mood_animating(app.now) || face_moving || app.conversation->channel_animating(app.now);
}

double ConversationScreen::tick_seconds(const AppState& app) const {
    if (!app.conversation || app.conversation->finished()) return 0;
    if (app.conversation->seconds_left(app.now)) return 0.25;  // the countdown
    // The phone channel shows the call's running time; other conversations are still unless something happens.
    return app.conversation->scenario().channel == Channel::phone ? 1.0 : 0;
}

namespace {

// The feedback's first line: the answer's effect on each skill and on the mood.
std::string feedback_effect(const AppState& app, const FeedbackNote& note) {
    char mood[48];
    std::snprintf(mood, sizeof mood, "; %s %+d", app.text(Ui::mood_label).c_str(), note.mood_change);
    return (note.timed_out ? app.text(Ui::no_answer_in_time) + ": " : std::string()) +
           describe_score(app.conversation->scenario(), note.score, app.language()) + mood;
}

// The feedback box's height at `width`: the effect and the text, each wrapped, at most `most` (three lines and
// a half at least; beyond that the box scrolls).
float feedback_height(const AppState& app, const FeedbackNote& note, float width, float most) {
    const ImGuiStyle& style = ImGui::GetStyle();
    float wrap = width - style.WindowPadding.x * 2;
    std::string effect = feedback_effect(app, note);
    float height = ImGui::CalcTextSize(effect.c_str(), nullptr, false, wrap).y +
                   ImGui::CalcTextSize(note.text.data(), note.text.data() + note.text.size(), false, wrap).y +
                   style.ItemSpacing.y * 2 + style.WindowPadding.y * 2;
    return std::min(height, std::max(most, ImGui::GetTextLineHeightWithSpacing() * 3.5f));
}

void draw_feedback(AppState& app, const FeedbackNote& note, float height) {
    const Palette& colours = palette(app.settings.high_contrast);
    ImU32 colour = note.points > 0 ? colours.positive : note.points < 0 ? colours.negative : colours.neutral;
    ImGui::PushStyleColor(ImGuiCol_Border, ImGui::ColorConvertU32ToFloat4(colour));
    ImGui::PushStyleVar(ImGuiStyleVar_ChildBorderSize, 3.0f);
    ImGui::BeginChild("feedback", ImVec2(0, height), true);
    ImGui::PushStyleColor(ImGuiCol_Text, ImGui::ColorConvertU32ToFloat4(colour));
    text_wrapped(feedback_effect(app, note));
    ImGui::PopStyleColor();
    text_wrapped(note.text);
    ImGui::EndChild();
    ImGui::PopStyleVar();
    ImGui::PopStyleColor();
}

// Traces the channel's scene: its name when a conversation is first shown, then each change of the call's
// state (phone), of the typing (chat) and of the public notice (social), so tests can follow the scene.
void trace_channel(AppState& app, const Conversation& conversation, const TranscriptView* view) {
    struct Seen {
        const Conversation* conversation = nullptr;
        double started = 0;
        std::string call, typing, notice;
    };
    static Seen seen;
    if (!app.trace.enabled()) return;
    double started = app.now - conversation.call_seconds(app.now);
    if (seen.conversation != &conversation || std::fabs(seen.started - started) > 1e-6) {
        seen = Seen{&conversation, started, {}, {}, {}};
        app.trace.write("channel_view", channel_view_name(conversation.scenario().channel));
    }
    auto write_change = [&](std::string& last, const char* what, std::string now) {
        if (now == last) return;
        last = now;
        app.trace.write(what, now);
    };
    switch (conversation.scenario().channel) {
        case Channel::phone: {
            // The state's name, then the words on the call screen (a test checks no "in progress" after the end).
            write_change(seen.call, "call_state",
                         std::string(call_state_name(conversation.call_state(app.now))) + " " + call_status(conversation, app.now, app.language()));
            break;
        }
        case Channel::chat:
            if (view) write_change(seen.typing, "typing", view->typing ? "shown" : "done " + std::to_string(view->lines) + " lines");
            break;
        case Channel::social: write_change(seen.notice, "public_notice", public_notice_shown(conversation) ? "shown" : "hidden"); break;
        default: break;
    }
}

// Traces what the exchange shows when it changes: how many lines, whether the newest can be read (once the
// scroll to it has taken effect), and the heights given to the transcript and the answers.
void trace_layout(AppState& app, const TranscriptView& view, const ExchangeSplit& split, float answers_needed) {
    static std::string last;
    if (!app.trace.enabled() || !view.settled) return;
    char sizes[200];
    std::snprintf(sizes, sizeof sizes, "(%.0f-%.0f in %.0f+%.0f) transcript=%.0f answers=%.0f needed=%.0f%s", view.newest_top,
                  view.newest_bottom, view.scroll, view.height, split.transcript, split.answers, answers_needed,
                  split.page_scrolls ? " page_scrolls" : "");
    std::string line = std::to_string(view.lines) + " lines, newest " + (view.newest_visible ? "visible" : "hidden") + " " + sizes;
    if (line == last) return;
    last = line;
    app.trace.write("exchange", line);
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
    trace_channel(app, conversation, nullptr);
    ImGui::Separator();

    // Left column: portrait, name, mood meter, countdown.
    float left_width = std::max(ImGui::GetFontSize() * 12.0f, ImGui::GetContentRegionAvail().x * 0.24f);
    ImGui::BeginChild("character", ImVec2(left_width, 0), false, ImGuiWindowFlags_NavFlattened);
    // What the column shows inside: narrower than the column by a scrollbar when, on a low window at a large
    // text size, it scrolls (sized to the column, its content ran past the edge by the scrollbar's width).
    float inner = ImGui::GetContentRegionAvail().x;
    double mood = conversation.mood_shown(app.now);
    // As wide as the column allows, but leaving the name and the meters room on a low window.
    float portrait_size = std::min(inner * 0.86f, ImGui::GetContentRegionAvail().y * 0.5f);
    ImVec2 at = ImGui::GetCursorScreenPos();
    draw_conversation_portrait(app, conversation, ImVec2(at.x + (inner - portrait_size) / 2, at.y + 4), portrait_size);
    ImGui::Dummy(ImVec2(inner, portrait_size + 8));
    ImGui::PushFont(app.fonts.large);
    text_wrapped(scenario.character.name);
    ImGui::PopFont();
    mood_meter(mood, app.language(), inner - 8);
    // A chat's countdown is a thin bar under the messages (below), as discreet as a messaging app's.
    bool chat = scenario.channel == Channel::chat;
    if (auto left = conversation.seconds_left(app.now); left && !chat) {
        ImGui::Spacing();
        countdown_bar(*left, *scenario.time_limit, app.text(Ui::seconds_left, {std::to_string(static_cast<int>(std::ceil(*left)))}),
                      inner - 8);
    }
    ImGui::Spacing();
    ImGui::TextDisabled("%s", (app.text(Ui::trainee_label) + ": " + app.settings.trainee).c_str());
    ImGui::EndChild();
    ImGui::SameLine();

    // Right column: the exchange, the feedback, the answers.
    ImGui::BeginChild("exchange", ImVec2(0, 0), false, ImGuiWindowFlags_NavFlattened);
    const ImGuiStyle& style = ImGui::GetStyle();
    // The answers in the order shown (shuffled per session), as the trainee reads them, measured as
    // answer_button draws them (in a region that may show a scrollbar).
    std::vector<std::string> answers = conversation.offered_answers();
    float width = ImGui::GetContentRegionAvail().x;
    float button_width = width - 8 - style.ScrollbarSize;
    float answers_needed = 0, large_line = 0;
    ImGui::PushFont(app.fonts.large);
    large_line = ImGui::GetTextLineHeightWithSpacing();
    float key_width = ImGui::CalcTextSize("9").x + style.FramePadding.x * 2.5f;
    for (const std::string& say : answers) {
        float one = ImGui::CalcTextSize(say.data(), say.data() + say.size(), false, button_width - key_width - style.FramePadding.x * 3).y +
                    style.FramePadding.y * 2.5f + style.ItemSpacing.y;
        answers_needed += one;
    }
    ImGui::PopFont();
    bool email = scenario.channel == Channel::email;
    float room = ImGui::GetContentRegionAvail().y;
    // The feedback at most a fifth of the room (a sixth beside an email), scrolling beyond that.
    float feedback = conversation.last_feedback() ? feedback_height(app, *conversation.last_feedback(), width, room * (email ? 0.16f : 0.22f)) : 0.0f;
    // The hint line above the answers wraps at large text sizes (on one line it ran past the edge at 2.0x).
    std::string hint = app.text(Ui::choose_hint, {std::to_string(answers.size())});
    if (email) hint = app.text(Ui::email_reply) + " - " + hint;
    float hint_height = ImGui::CalcTextSize(hint.c_str(), nullptr, false, width).y;
    // The hint, and the notice floating at the bottom when there is one (it covered the last answers).
    float below = feedback + hint_height + style.ItemSpacing.y * 3 + notice_room(app);
    if (chat) below += std::max(3.0f, ImGui::GetFontSize() * 0.22f) + style.ItemSpacing.y;  // the chat's countdown bar
    ExchangeSplit split;
    if (conversation.finished()) {
        split.answers = ImGui::GetFrameHeightWithSpacing() * 1.5f;
        split.transcript = std::max(ImGui::GetFontSize() * 8.0f, room - below - split.answers);
    } else {
        // Usable at least: four lines of answers (two short answers, or the start of an email draft, the rest a
        // scroll away); the transcript eight lines and 40% of the room, an email's thread ten lines and half.
        float answers_minimum = large_line * 4.0f;
        float transcript_minimum = std::max(ImGui::GetFontSize() * (email ? 10.0f : 8.0f), (room - below) * (email ? 0.5f : 0.4f));
        split = split_exchange(room - below, answers_needed, answers_minimum, transcript_minimum, email ? 0.4f : 0.5f);
    }
    TranscriptView view = draw_transcript(conversation, ImVec2(0, split.transcript), app.now, app.look());
    trace_channel(app, conversation, &view);
    if (auto left = conversation.seconds_left(app.now); left && chat && !conversation.finished())
        draw_thin_countdown(*left, *scenario.time_limit, ImGui::GetContentRegionAvail().x, app.look());
    if (conversation.last_feedback()) draw_feedback(app, *conversation.last_feedback(), feedback);
    trace_layout(app, view, split, answers_needed);

    if (conversation.finished()) {
        if (ImGui::Button(app.text(Ui::see_debrief).c_str(), button_size(14)) || app.main_action_key())
            app.show_debrief();
    } else {
        text_wrapped(hint);
        int key = keys::digit_pressed();
        // The answers (an email's reply drafts) in their own region: it scrolls when they need more room.
        ImGui::BeginChild("answers", ImVec2(0, split.answers), false, ImGuiWindowFlags_NavFlattened);
        // A new decision's answers are read from the first: back to the top (the last ones may have been scrolled).
        ImGuiID decision_id = ImGui::GetID("##decision");
        int decision = static_cast<int>(conversation.session().history().size());
        if (ImGui::GetStateStorage()->GetInt(decision_id, -1) != decision) {
            ImGui::GetStateStorage()->SetInt(decision_id, decision);
            ImGui::SetScrollY(0);
        }
        float inside = ImGui::GetContentRegionAvail().x;
        // While the character is typing, or the phone still rings, the answers wait for the words they answer.
        bool waiting = conversation.typing(app.now) || conversation.call_state(app.now) == CallState::ringing;
        std::size_t on_screen = waiting ? 0 : answers.size();
        if (app.frames_on_screen == 0) answers_ready_traced_ = false;
        if (!waiting && !answers_ready_traced_) {
            answers_ready_traced_ = true;
            app.trace.write("answers_ready", std::to_string(answers.size()));  // the first answers can be given
        }
        for (std::size_t i = 0; i < on_screen; ++i) {
            bool clicked = answer_button(static_cast<int>(i + 1), answers[i], inside - 8, app.fonts.large);
            bool keyed = key == static_cast<int>(i + 1);
            // A number key answers only an answer the trainee can see: one scrolled out of the region is brought
            // into view first (the key pressed again then answers), so nobody sends a reply they have not read.
            float view_top = ImGui::GetWindowPos().y, view_bottom = view_top + ImGui::GetWindowHeight();
            float top = ImGui::GetItemRectMin().y, bottom = ImGui::GetItemRectMax().y;
            // All of it in view, or its top when it is taller than the region (a long email draft).
            bool readable = top >= view_top - 1 && (bottom <= view_bottom + 1 || bottom - top > view_bottom - view_top);
            if (keyed && !clicked && !readable) {
                ImGui::SetScrollHereY(0.0f);
                app.trace.write("answer_key_shows", std::to_string(i + 1));
                keyed = false;
            }
            if ((clicked || keyed) && app.frames_on_screen > 0) {
                app.answer(i);
                break;  // the node changed: the remaining buttons belong to the old one
            }
        }
        ImGui::EndChild();
    }
    if (app.escape_key()) {
        app.keep_interrupted_conversation();
        app.show_briefing(*app.selected);
    }
    ImGui::EndChild();
}

}  // namespace frontdesk::gui

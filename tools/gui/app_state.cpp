#include "app_state.h"

namespace frontdesk::gui {

bool AppState::main_action_key() const {
    const ImGuiIO& io = ImGui::GetIO();
    bool enter = ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_Enter), false) ||
                 ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_KeyPadEnter), false);
    return enter && !io.WantTextInput && !io.NavVisible && frames_on_screen > 0;
}

bool AppState::escape_key() const {
    return ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_Escape), false) && !ImGui::GetIO().WantTextInput && frames_on_screen > 0;
}

void AppState::show_trainee() {
    frames_on_screen = 0;
    screen = ScreenId::trainee;
    trace.write("screen", "trainee");
}

void AppState::show_library() {
    frames_on_screen = 0;
    screen = ScreenId::library;
    trace.write("screen", "library " + std::to_string(library.cards().size()));
}

void AppState::show_briefing(const ScenarioCard& card) {
    selected = card;
    conversation.reset();
    debrief.reset();
    frames_on_screen = 0;
    screen = ScreenId::briefing;
    trace.write("screen", "briefing " + (card.scenario ? card.scenario->id : card.path));
}

void AppState::start_conversation(bool resume_saved) {
    if (!selected || !selected->playable) return;
    const Scenario& scenario = *selected->scenario;
    conversation.reset();
    if (resume_saved) {
        if (auto state = resume.load(settings.trainee, scenario.id)) {
            std::string error;
            conversation = Conversation::restore(selected->scenario, selected->analysis, settings.feedback, *state, now, error);
            if (!conversation) notify(error, 8.0);
            else trace.write("resume", scenario.id + " " + std::to_string(conversation->session().history().size()));
        }
    }
    if (!conversation) {
        resume.remove(settings.trainee, scenario.id);
        conversation.emplace(selected->scenario, selected->analysis, settings.feedback);
        conversation->start(now);
    }
    frames_on_screen = 0;
    screen = ScreenId::conversation;
    trace.write("screen", "conversation " + scenario.id);
    after_change();
}

void AppState::answer(std::size_t position) {
    if (!conversation || conversation->finished()) return;
    std::vector<int> offered = conversation->offered();
    if (position >= offered.size()) return;
    std::string node = conversation->session().node().id;
    if (conversation->choose(position, now)) {
        trace.write("choose", std::to_string(position + 1) + " node=" + node + " choice=" + std::to_string(offered[position] + 1) +
                                  " mood=" + std::to_string(conversation->session().mood()));
        after_change();
    }
}

void AppState::after_change() {
    if (!conversation || !selected) return;
    const Scenario& scenario = *selected->scenario;
    // Every answer is kept at once, so a crash or kill loses nothing that was shown as taken.
    if (!conversation->finished()) {
        std::string error;
        if (!conversation->session().history().empty() &&
            !resume.save(settings.trainee, scenario.id, conversation->save(), error))
            notify(error, 8.0);
    } else {
        resume.remove(settings.trainee, scenario.id);
        trace.write("finished", scenario.id + " " + ending_name(conversation->session().ending()));
    }
}

void AppState::show_debrief() {
    if (!conversation) return;
    debrief = make_debrief(conversation->session(), conversation->analysis());
    frames_on_screen = 0;
    screen = ScreenId::debrief;
    char overall[16];
    std::snprintf(overall, sizeof overall, "%.0f%%", debrief->result.overall);
    trace.write("screen", "debrief " + selected->scenario->id + " " + ending_name(debrief->ending) + " " + overall + " " +
                              (debrief->result.passed ? "passed" : "not-passed"));
}

void AppState::keep_interrupted_conversation() {
    if (!conversation || !selected || conversation->finished() || conversation->session().history().empty()) return;
    std::string error;
    if (resume.save(settings.trainee, selected->scenario->id, conversation->save(), error))
        trace.write("interrupted", selected->scenario->id + " " + std::to_string(conversation->session().history().size()));
    else
        notify(error, 8.0);
}

void AppState::save_settings_quietly() {
    std::string error;
    if (!save_settings(settings, settings_path, error)) notify(error, 6.0);
}

void AppState::notify(std::string message, double seconds) {
    toast = std::move(message);
    toast_until = now + seconds;
    trace.write("notice", toast);
}

}  // namespace frontdesk::gui

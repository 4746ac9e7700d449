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
    open_store();
    frames_on_screen = 0;
    screen = ScreenId::library;
    trace.write("screen", "library " + std::to_string(library.cards().size()));
}

void AppState::show_briefing(const ScenarioCard& card) {
    open_store();
    selected = card;
    conversation.reset();
    debrief.reset();
    frames_on_screen = 0;
    screen = ScreenId::briefing;
    trace.write("screen", "briefing " + (card.scenario ? card.scenario->id : card.path));
}

void AppState::show_review() {
    open_store();
    if (!store) toast.clear();  // the Review says itself why the results cannot be read
    review.request_reload();
    frames_on_screen = 0;
    screen = ScreenId::review;
    trace.write("screen", "review");
}

void AppState::open_store() {
    if (store || !store_problem.empty()) return;
    std::string path = options.db.empty() ? ResultsStore::default_path() : options.db;
    try {
        store.emplace(path);
        trace.write("store", path);
    } catch (const StoreError& e) {
        store_problem = e.what();
        notify(text(Ui::results_unavailable, {store_problem}), 30.0);
    }
}

std::size_t AppState::interrupted_answers() const {
    if (!store || !selected || !selected->playable) return 0;
    try {
        if (auto session = store->unfinished_session(settings.trainee, *selected->scenario)) return store->decisions(session->id).size();
    } catch (const StoreError&) {
    }
    return 0;
}

void AppState::start_conversation(bool resume_saved) {
    if (!selected || !selected->playable) return;
    const Scenario& scenario = *selected->scenario;
    conversation.reset();
    recorder.reset();
    const char* feedback = settings.feedback == FeedbackMode::immediate ? "immediate" : "end";
    try {
        if (store) {
            store->upsert_trainee(settings.trainee, settings.trainee, "");
            recorder.emplace(*store, settings.trainee);
            std::optional<SessionRecord> interrupted = resume_saved ? store->unfinished_session(settings.trainee, scenario) : std::nullopt;
            if (interrupted) {
                std::vector<DecisionRecord> decisions = store->decisions(interrupted->id);
                std::string error;
                conversation = Conversation::restore(selected->scenario, selected->analysis, settings.feedback,
                                                     session_state_from_records(scenario, decisions), now, error);
                if (conversation) {
                    recorder->adopt(interrupted->id, static_cast<int>(decisions.size()));
                    trace.write("resume", scenario.id + " " + std::to_string(decisions.size()));
                } else {
                    notify(error, 8.0);
                }
            }
            if (!conversation) recorder->start(scenario, feedback, "gui");
        }
    } catch (const StoreError& e) {
        recorder.reset();
        notify(text(Ui::results_unavailable, {e.what()}), 30.0);
    }
    if (!conversation) {
        conversation.emplace(selected->scenario, selected->analysis, settings.feedback);
        conversation->start(now);
    }
    frames_on_screen = 0;
    screen = ScreenId::conversation;
    trace.write("screen", "conversation " + scenario.id);
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
    // Each answer is committed before the next line is shown, so a crash or a kill loses nothing shown as taken.
    if (recorder && recorder->active()) {
        try {
            const std::vector<Decision>& history = conversation->session().history();
            while (recorder->recorded() < static_cast<int>(history.size()))
                recorder->record(scenario, history[static_cast<std::size_t>(recorder->recorded())]);
            if (conversation->finished() && conversation->session().at_ending()) {
                recorder->finish(scenario, score_session(scenario, conversation->analysis(), conversation->session().history(),
                                                         conversation->session().ending()));
                trace.write("saved", scenario.id);
            }
        } catch (const StoreError& e) {
            // Stop recording this session: later answers would be stored out of step with the lost one.
            recorder.reset();
            notify(text(Ui::answer_not_saved, {e.what()}), 60.0);
        }
    }
    if (conversation->finished()) trace.write("finished", scenario.id + " " + ending_name(conversation->session().ending()));
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
    if (recorder && recorder->active())
        trace.write("interrupted", selected->scenario->id + " " + std::to_string(recorder->recorded()));
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

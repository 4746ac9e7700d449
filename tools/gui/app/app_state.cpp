#include "app/app_state.h"

#include <imgui.h>

#include <cstdlib>

#include <unistd.h>

#include "frontdesk/answer_order.h"
#include "frontdesk/open_results_store.h"
#include "frontdesk/xapi_courses.h"
#include "platform/keys.h"
#include "trainee_voice.h"

namespace frontdesk::gui {

bool AppState::main_action_key() const {
    const ImGuiIO& io = ImGui::GetIO();
    return keys::enter_pressed() && !io.WantTextInput && !io.NavVisible && frames_on_screen > 0 && !enter_from_last_screen;
}

bool AppState::escape_key() const { return keys::escape_pressed() && !ImGui::GetIO().WantTextInput && frames_on_screen > 0; }

std::string AppState::results_location() const {
    // --db, then FRONTDESK_DB (which default_results_location reads), then the window's settings, then the file.
    if (!options.db.empty()) return options.db;
    if (results_location_fixed() || settings.results.empty()) return default_results_location();
    return settings.results;
}

bool AppState::results_location_fixed() const {
    const char* chosen = std::getenv("FRONTDESK_DB");
    return !options.db.empty() || (chosen && *chosen);
}

std::string AppState::use_results_location(const std::string& location) {
    for (unsigned char c : location)
        if (c < 0x20 || c == 0x7f) return text(Ui::results_location_invalid);
    if (location.empty()) return text(Ui::results_location_invalid);
    if (conversation && conversation->recorded().unsaved() > 0) return text(Ui::results_location_unsaved);
    if (!is_server_location(location)) {
        // A file that does not exist yet is fine (it is created on the first answer); its folder must exist.
        std::string folder = location.find('/') == std::string::npos ? "." : location.substr(0, location.rfind('/'));
        if (!folder.empty() && access(folder.c_str(), W_OK) != 0) return text(Ui::results_location_no_folder, {folder});
    }
    if (is_server_location(location) || access(location.c_str(), F_OK) == 0) {
        try {
            open_review_reader(location);
        } catch (const StoreError& e) {
            return e.what();
        }
    }
    settings.results = location;
    save_settings_quietly();
    trace.write("results_location", shown_location(location));
    if (results_location_fixed()) return {};  // remembered for the runs without --db or FRONTDESK_DB
    // Everything that held the old location lets go of it, and opens the new one when next needed (the last
    // conversation, all saved, points at the old store).
    conversation.reset();
    debrief.reset();
    review_loader.reset();
    lrs_sender.reset();
    store.reset();
    store_problem.clear();
    open_store();
    show_review();
    return {};
}

void AppState::show_trainee() {
    frames_on_screen = 0;
    screen = ScreenId::trainee;
    trace.write("screen", "trainee");
}

void AppState::show_home() {
    read_courses();
    if (has_course()) enter_course_view();
    else show_library();
}

void AppState::read_courses() {
    open_store();
    courses = {};
    courses_problem.clear();
    if (!store || settings.trainee.empty()) return;
    try {
        courses = read_trainee_courses(*store, settings.trainee, cohort(), library, local_date_today());
    } catch (const StoreError& e) {
        courses_problem = e.what();
    }
}

void AppState::show_course() {
    read_courses();
    enter_course_view();
}

void AppState::enter_course_view() {
    from_course = false;
    frames_on_screen = 0;
    screen = ScreenId::course;
    trace.write("screen", "course " + std::to_string(courses.courses.size()));
    for (const CourseView& course : courses.courses) trace.write("course_shown", course_trace_line(course));
    if (!courses_problem.empty()) trace.write("course_unread", courses_problem);
}

void AppState::start_course_step(const CourseView& course, const CourseStepView& step) {
    const ScenarioCard* card = library.find(step.path);
    if (!card || !step.can_start()) return;
    trace.write("course_step_started", course.course->id + " " + step.scenario_id);
    show_briefing(*card);
    from_course = true;
}

void AppState::leave_scenario() {
    if (from_course) show_course();
    else show_library();
}

void AppState::show_library() {
    open_store();
    frames_on_screen = 0;
    screen = ScreenId::library;
    trace.write("screen", "library " + std::to_string(library.cards().size()));
}

void AppState::show_briefing(const ScenarioCard& card) {
    open_store();
    from_course = false;  // start_course_step says otherwise, after this
    selected = card;
    conversation.reset();
    debrief.reset();
    // Looked up once on the way in (a database query), not while the briefing is drawn.
    interrupted = 0;
    if (store && card.playable) {
        try {
            interrupted = RecordedSession::interrupted_answers(*store, settings.trainee, *card.scenario);
        } catch (const StoreError& e) {
            notify(text(Ui::results_unavailable, {e.what()}), 30.0);
        }
    }
    frames_on_screen = 0;
    screen = ScreenId::briefing;
    trace.write("screen", "briefing " + (card.scenario ? card.scenario->id : card.path));
}

void AppState::show_scenario(const std::string& path) {
    const ScenarioCard* card = library.find(path);
    show_briefing(card ? *card : load_card(path));
}

void AppState::show_studio(const std::string& path, bool from_library) {
    studio.set_results_location(results_location());
    studio.open(path);
    studio_from_library = from_library;
    studio_trace_pending = "studio_loaded";
    frames_on_screen = 0;
    screen = ScreenId::studio;
    trace.write("screen", "studio " + path);
}

void AppState::close_studio() {
    studio.close();
    studio_trace_pending.clear();
    if (studio_from_library) show_library();
    else quit_requested = true;
}

void AppState::show_review() {
    // The Review reads through a reader of its own on its own thread: even opening it (a server may be slow
    // to answer) happens there, and the window's store is not needed to read.
    if (!review_loader) {
        std::string location = results_location();
        review_loader = std::make_unique<ReviewLoader>([location] { return open_review_reader(location); }, library);
    }
    review.request_reload();
    frames_on_screen = 0;
    screen = ScreenId::review;
    trace.write("screen", "review");
}

void SharedScenarios::add(std::shared_ptr<const Scenario> scenario) {
    if (!scenario) return;
    std::string hash = content_hash_hex(*scenario);
    std::lock_guard<std::mutex> lock(mutex_);
    for (const auto& known : scenarios_)
        if (known.second == scenario) return;
    scenarios_.emplace_back(std::move(hash), std::move(scenario));
}

std::shared_ptr<const Scenario> SharedScenarios::find(const SessionRecord& session) const {
    std::lock_guard<std::mutex> lock(mutex_);
    for (const auto& [hash, scenario] : scenarios_)
        if (scenario->id == session.scenario_id && hash == session.scenario_hash) return scenario;
    return nullptr;
}

void AppState::open_store() {
    if (store || !store_problem.empty()) return;
    std::string path = results_location();
    try {
        store = open_results_store(path);
        trace.write("store", shown_location(path));
    } catch (const StoreError& e) {
        store_problem = e.what();
        notify(text(Ui::results_unavailable, {store_problem}), 30.0);
        return;
    }
    for (const ScenarioCard& card : library.cards())
        if (card.playable) lrs_scenarios->add(card.scenario);
    // The courses of the library's folders (read and checked with the library), credited as lrs sync and
    // export-xapi credit them given the same folders (--scenarios), so the LRS gets the same statements
    // whichever sends them.
    std::string problem;
    std::shared_ptr<SharedScenarios> scenarios = lrs_scenarios;
    lrs_sender = start_configured_sender(
        path, "window", [scenarios](const SessionRecord& session) { return scenarios->find(session); },
        [loaded = library.courses()] { return credited_courses(loaded).courses; }, problem);
    if (!problem.empty()) {
        notify(text(Ui::lrs_settings_unusable, {problem}), 30.0);
        trace.write("lrs_unusable", problem);
    } else if (lrs_sender) {
        trace.write("lrs", "sending in the background");
    }
}

namespace {

// A text on one line of the trace: line breaks become spaces.
std::string one_line(std::string text) {
    for (char& c : text)
        if (c == '\n' || c == '\r') c = ' ';
    return text;
}

// What the trainee now sees that the trace has not said yet: the conversation's lines from `from` on (narration,
// the character's lines, the trainee's), the feedback just given, and the answers on offer in the order shown
// with their authored number. Texts as shown (placeholders filled in).
void trace_shown(AppState& app, std::size_t from, bool with_feedback) {
    if (!app.trace.enabled()) return;
    const Conversation& conversation = *app.conversation;
    const std::vector<TranscriptLine>& lines = conversation.transcript();
    for (std::size_t i = from; i < lines.size(); ++i) {
        switch (lines[i].speaker) {
            case TranscriptLine::Speaker::narration: app.trace.write("line", "narration: " + one_line(lines[i].text)); break;
            case TranscriptLine::Speaker::character: app.trace.write("line", "character: " + one_line(lines[i].text)); break;
            case TranscriptLine::Speaker::trainee: app.trace.write("line", "trainee: " + one_line(lines[i].text)); break;
            case TranscriptLine::Speaker::silence: app.trace.write("line", "silence"); break;
        }
    }
    if (with_feedback && conversation.last_feedback() && !conversation.last_feedback()->text.empty())
        app.trace.write("feedback", one_line(conversation.last_feedback()->text));
    std::vector<int> offered = conversation.offered();
    std::vector<std::string> answers = conversation.offered_answers();
    for (std::size_t i = 0; i < offered.size() && i < answers.size(); ++i)
        app.trace.write("offer", std::to_string(i + 1) + " choice=" + std::to_string(offered[i] + 1) + " " + one_line(answers[i]));
}

}  // namespace

void AppState::start_conversation(bool resume_saved) {
    if (!selected || !selected->playable) return;
    const Scenario& scenario = *selected->scenario;
    conversation.reset();
    const char* feedback = settings.feedback == FeedbackMode::immediate ? "immediate" : "end";
    // Each new session its own order (a resumed one keeps the order it was shown in, whatever this says).
    std::optional<std::uint64_t> seed;
    if (!options.no_shuffle) seed = options.seed ? *options.seed : new_shuffle_seed();
    TraineeVoice voice = trainee_voice(settings);
    std::optional<RecordedSession> session;
    try {
        if (store) {
            store->upsert_trainee(settings.trainee, settings.trainee, cohort());  // empty: the cohort stays as recorded
            Recording recording{store.get(), settings.trainee, feedback, "gui", seed};
            recording.voice = voice;
            lrs_scenarios->add(selected->scenario);
            if (lrs_sender) recording.recorded = [this](std::int64_t session) { lrs_sender->session_recorded(session); };
            std::string error;
            if (resume_saved) session = RecordedSession::resume(selected->scenario, selected->analysis, recording, error);
            if (session) trace.write("resume", scenario.id + " " + std::to_string(session->saved_decisions()));
            else if (!error.empty()) notify(error, 8.0);
            if (!session) session = RecordedSession::start(selected->scenario, selected->analysis, recording);
        }
    } catch (const StoreError& e) {
        session.reset();
        notify(text(Ui::results_unavailable, {e.what()}), 30.0);
    }
    // Without a store (or when it failed) the trainee still practises, unrecorded, and was told so.
    if (!session) {
        Recording unrecorded;
        unrecorded.shuffle_seed = seed;
        unrecorded.voice = voice;
        session = RecordedSession::start(selected->scenario, selected->analysis, unrecorded);
    }
    conversation.emplace(std::move(*session), settings.feedback, now);
    frames_on_screen = 0;
    screen = ScreenId::conversation;
    trace.write("screen", "conversation " + scenario.id);
    std::optional<std::uint64_t> shown = conversation->recorded().shuffle_seed();
    trace.write("order", (shown ? "seed=" + std::to_string(*shown) : std::string("authored")) + " voice=" + one_line(voice.name) + " " +
                             phrasing_name(voice.phrasing));
    trace_shown(*this, 0, false);
    // A call begins with the phone ringing; the written channels with the first message arriving (resumed: the
    // message waiting for an answer), announced as it appears; at a desk the person is simply there.
    if (scenario.channel == Channel::phone && !resume_saved) cue(Cue::ring);
    std::size_t shown_now = conversation->character_lines_shown(now);
    messages_announced = shown_now > 0 ? shown_now - 1 : 0;
    sent_cue_at = -1e9;
}

namespace {

// What the trace says once a conversation changed: saved, finished.
void trace_change(AppState& app) {
    const Conversation& conversation = *app.conversation;
    const Scenario& scenario = conversation.scenario();
    if (conversation.recorded().outcome_saved()) app.trace.write("saved", scenario.id);
    if (conversation.finished()) app.trace.write("finished", scenario.id + " " + ending_name(conversation.session().ending()));
}

}  // namespace

void AppState::answer(std::size_t position) {
    if (!conversation || conversation->finished()) return;
    std::vector<int> offered = conversation->offered();
    if (position >= offered.size()) return;
    std::string node = conversation->session().node().id;
    std::size_t shown_before = conversation->transcript().size();
    bool taken = false;
    // Each answer is committed before the next line is shown, so a crash or a kill loses nothing shown as taken;
    // one that could not be saved stays queued and is written with the next answer.
    try {
        taken = conversation->choose(position, now);
    } catch (const StoreError& e) {
        taken = true;
        note_unsaved(e.what());
    }
    if (!taken) return;
    trace.write("choose", std::to_string(position + 1) + " node=" + node + " choice=" + std::to_string(offered[position] + 1) +
                              " mood=" + std::to_string(conversation->session().mood()));
    trace_shown(*this, shown_before, true);
    trace_change(*this);
    // Spoken channels have no "sent" sound: the reply is said, not sent.
    Channel channel = conversation->scenario().channel;
    if (channel != Channel::desk && channel != Channel::phone) {
        cue(Cue::sent);
        sent_cue_at = now;
    }
}

void AppState::announce_messages() {
    if (!conversation) return;
    Channel channel = conversation->scenario().channel;
    if (channel == Channel::desk || channel == Channel::phone) return;
    std::size_t shown = conversation->character_lines_shown(now);
    if (shown <= messages_announced) return;
    if (now < sent_cue_at + 0.6) return;  // the "sent" cue is still sounding
    messages_announced = shown;
    cue(Cue::message);
}

void AppState::update_conversation() {
    if (!conversation) return;
    announce_messages();
    std::string node = conversation->session().node().id;
    std::size_t shown_before = conversation->transcript().size();
    bool changed = false;
    try {
        changed = conversation->update(now);
    } catch (const StoreError& e) {
        changed = true;
        note_unsaved(e.what());
    }
    if (!changed) return;
    trace.write("timeout", "node=" + node + " mood=" + std::to_string(conversation->session().mood()));
    trace_shown(*this, shown_before, true);
    trace_change(*this);
}

void AppState::show_debrief() {
    if (!conversation) return;
    debrief = make_debrief(conversation->session(), conversation->analysis(), conversation->voice());
    frames_on_screen = 0;
    screen = ScreenId::debrief;
    char overall[16];
    std::snprintf(overall, sizeof overall, "%.0f%%", debrief->result.overall);
    trace.write("screen", "debrief " + selected->scenario->id + " " + ending_name(debrief->ending) + " " + overall + " " +
                              (debrief->result.passed ? "passed" : "not-passed"));
    if (!debrief->text.empty()) trace.write("debrief_text", one_line(debrief->text));
    // Told once per session, where it does not interrupt the conversation: the results are safe, only not sent.
    if (lrs_sender) {
        BackgroundSenderStatus sending = lrs_sender->status();
        if (!sending.problem.empty()) {
            notify(text(Ui::lrs_waiting, {sending.problem}), 12.0);
            trace.write("lrs_waiting", one_line(sending.problem));
        }
    }
}

void AppState::note_unsaved(const std::string& problem) {
    save_problem = problem;
    notify(text(Ui::answer_kept_window, {problem}), 60.0);
    trace.write("unsaved", std::to_string(conversation ? conversation->recorded().unsaved() : 0) + " " + one_line(problem));
}

bool AppState::save_again() {
    if (!conversation || conversation->recorded().unsaved() == 0) return true;
    try {
        conversation->save();
    } catch (const StoreError& e) {
        note_unsaved(e.what());
        return false;
    }
    save_problem.clear();
    notify(text(Ui::answer_saved_now), 6.0);
    trace.write("saved_now", std::to_string(conversation->recorded().saved_decisions()));
    trace_change(*this);
    return true;
}

void AppState::keep_interrupted_conversation() {
    // Closing with answers not saved yet: one last try (the server may be back), so the resume has them.
    if (conversation && conversation->recorded().unsaved() > 0) save_again();
    if (!conversation || !selected || conversation->finished() || conversation->session().history().empty()) return;
    if (conversation->recorded().recording())
        trace.write("interrupted", selected->scenario->id + " " + std::to_string(conversation->recorded().saved_decisions()));
}

void AppState::save_settings_quietly() {
    std::string error;
    if (!save_settings(settings, settings_path, error)) notify(error, 6.0);
}

void AppState::cue(Cue cue) {
    if (!settings.sound) return;
    trace.write("sound", std::string(cue_name(cue)));
    std::string problem;
    // Said once: after a failure the player stays silent and returns false without a new problem.
    if (!sound.play(cue, problem) && !problem.empty()) notify(text(Ui::sound_unavailable, {problem}), 8.0);
}

void AppState::notify(std::string message, double seconds) {
    toast = std::move(message);
    toast_until = now + seconds;
    trace.write("notice", toast);
}

}  // namespace frontdesk::gui

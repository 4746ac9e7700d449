// Everything the screens share: settings, the library, the scenario being played, the conversation and its
// debrief, the Review and its reader, the trace, and the moves between screens (each move is traced). What
// needs the results database is done on a move (or, for the Review, on its own thread), never while drawing.
#pragma once

#include <memory>
#include <mutex>
#include <utility>
#include <vector>
#include <optional>
#include <string>

#include "app/gui_app.h"
#include "conversation.h"
#include "course_view.h"
#include "debrief.h"
#include "frontdesk/interface_text.h"
#include "frontdesk/background_sender.h"
#include "frontdesk/results_store.h"
#include "frontdesk/scenario_labels.h"
#include "library_model.h"
#include "platform/sound.h"
#include "review_loader.h"
#include "review_model.h"
#include "settings.h"
#include "studio_model.h"
#include "trace_log.h"
#include "widgets/theme.h"

namespace frontdesk::gui {

// Scenarios shared with the LRS sender's thread: the library's, and each one played.
class SharedScenarios {
public:
    void add(std::shared_ptr<const Scenario> scenario);
    std::shared_ptr<const Scenario> find(const SessionRecord& session) const;

private:
    mutable std::mutex mutex_;
    std::vector<std::pair<std::string, std::shared_ptr<const Scenario>>> scenarios_;  // content hash, scenario
};

enum class ScreenId { trainee, library, course, briefing, conversation, debrief, review, studio };

struct AppState {
    GuiOptions options;
    Settings settings;
    std::string settings_path;
    LibraryModel library;
    LibraryFilter filter;
    std::optional<ScenarioCard> selected;      // the scenario in the briefing, conversation or debrief
    std::string scenario_after_trainee;        // --scenario given before the trainee was known: its briefing comes next
    std::optional<Conversation> conversation;
    std::optional<Debrief> debrief;
    std::size_t interrupted = 0;               // answers of the trainee's interrupted session of the selected scenario
    // The courses of the trainee's cohort with their progress, read on each move to the course view (so a
    // session just finished counts); empty when the trainee has none. Why they could not be read, if so.
    TraineeCourses courses;
    std::string courses_problem;
    bool from_course = false;                  // the selected scenario was started from the course view: back goes there
    ReviewModel review;                        // the coordinators' Review area
    // Reads for the Review on its own thread and reader; made when the Review is first shown, and gone
    // before the library it reads from (declared after it).
    std::unique_ptr<ReviewLoader> review_loader;
    // The results database (every answer is committed as it is given); empty when it could not be opened,
    // with the reason in store_problem, and then nothing is recorded or resumable.
    std::unique_ptr<ResultsStore> store;
    std::string store_problem;
    std::string save_problem;                  // why the conversation's last write failed (empty once saved)
    // With an LRS in the settings file: sends each recorded answer's statement in the background, on its own
    // thread and connection (declared after the store, so it stops before the store closes).
    std::unique_ptr<BackgroundSender> lrs_sender;
    // The scenarios the sender may name in statements (it reads them on its thread).
    std::shared_ptr<SharedScenarios> lrs_scenarios = std::make_shared<SharedScenarios>();
    // The trainer's studio: the file open in it, and where Back goes (the library it was opened from, or
    // nowhere: opened with --studio, Back closes the window).
    StudioModel studio;
    bool studio_from_library = false;
    // "studio_loaded" or "studio_reloaded" once the new picture is on screen (the main loop writes it after the
    // frame is shown, with the time since the change was noticed); empty when nothing waits.
    std::string studio_trace_pending;
    TraceLog trace;
    ScreenId screen = ScreenId::trainee;
    int frames_on_screen = 0;                  // 0 on a screen's first frame (for initial keyboard focus)
    double now = 0;                            // seconds on a monotonic clock
    Fonts fonts;
    bool fonts_dirty = true;                   // rebuild the font atlas (size changed)
    bool quit_requested = false;
    bool screenshot_requested = false;
    std::string toast;
    double toast_until = 0;
    SoundPlayer sound;
    // The written channels' "message arrived" cue: the character's lines already announced, and when the last
    // "sent" played (an answer's reply arrives at once; its cue waits a moment, so the two do not sound together).
    std::size_t messages_announced = 0;
    // Enter is still held from the screen it acted on (see the main loop): it does nothing here until released.
    bool enter_from_last_screen = false;
    double sent_cue_at = -1e9;

    Language language() const { return settings.language; }
    std::string text(Ui key, std::initializer_list<std::string_view> arguments = {}) const {
        return ui_text(settings.language, key, arguments);
    }
    Look look() const { return {fonts, settings.language, settings.high_contrast}; }
    // Where the results database is (--db, else the default).
    std::string results_location() const;
    // --db or FRONTDESK_DB names the results for this run, whatever the settings say.
    bool results_location_fixed() const;
    // Records and reads from now on at `location` (a file or a server URI), remembered in the settings: checked
    // by opening it to read first; returns why it cannot be used (and nothing changes), or empty.
    std::string use_results_location(const std::string& location);

    // Enter pressed with no widget focused by keyboard navigation: the screen's main action.
    bool main_action_key() const;
    bool escape_key() const;

    // Moves between screens.
    void show_trainee();
    // Where a trainee starts once known: their course view when their cohort has a course, else the library.
    void show_home();
    void show_library();
    // The course view, its progress read afresh from the results (traced "course_shown" per course).
    void show_course();
    bool has_course() const { return !courses.courses.empty(); }
    // The trainee's cohort as this window knows it: --cohort, else the settings'; empty: as the results hold it.
    const std::string& cohort() const { return options.cohort.empty() ? settings.cohort : options.cohort; }
    // Reads the trainee's courses and their progress into `courses` (a store that fails: courses_problem).
    void read_courses();
    // The course view of the courses just read.
    void enter_course_view();
    // A course's step, from the course view: its briefing, and back from it (or its debrief) to the course.
    void start_course_step(const CourseView& course, const CourseStepView& step);
    // Back from a scenario's briefing or debrief: to the course view when it was started there, else the library.
    void leave_scenario();
    void show_briefing(const ScenarioCard& card);
    // The briefing of the scenario at `path` (a library card, else the file loaded on its own).
    void show_scenario(const std::string& path);
    // A new conversation (answers shuffled: a new seed, or --seed; --no-shuffle keeps the authored order) or the
    // interrupted one resumed (in the order it was shown), in the trainee's voice (name and phrasing).
    void start_conversation(bool resume);
    void answer(std::size_t position);
    // The time is up on the conversation's current answer: it times out (and is saved).
    void update_conversation();
    // The "message" cue for each of the character's written messages as it appears (chat after its typing,
    // email and social at once, a moment after the "sent" cue).
    void announce_messages();
    void show_debrief();
    // The studio on the scenario file at `path` (any file: one that does not load opens on its diagnostics).
    void show_studio(const std::string& path, bool from_library);
    void close_studio();
    // The coordinators' Review area, with the results read afresh (on the Review's own thread).
    void show_review();
    // Opens the results database for the current trainee (called when the trainee is known).
    void open_store();
    // An answer (or the outcome) the store refused: kept by the session, the trainee told, retried later.
    void note_unsaved(const std::string& problem);
    // Writes what the session holds unsaved; false (and told again) when it still cannot. True when nothing waits.
    bool save_again();
    // Notes an unfinished conversation left for resuming (its answers are already saved); on Esc, close, signals.
    void keep_interrupted_conversation();
    void save_settings_quietly();
    void notify(std::string message, double seconds = 4.0);
    // A sound cue, when the trainee turned sound on (traced, so tests can follow it without a sound card).
    void cue(Cue cue);
};

}  // namespace frontdesk::gui

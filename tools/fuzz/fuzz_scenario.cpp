// The fuzz target: any bytes taken as a trainer's scenario file, through everything such a file meets in
// frontdesk: loading with every check and the diagnostics as printed, the analysis, graph export, a few
// play-tests, and one session played as the terminal and the window play it, then replayed from its
// recorded decisions (as a resume does) and scored. The same bytes are also read as a course file (the seeds
// include the bundled courses), checked against the scenario they made if any, and counted over a few sessions.
//
// The answers are chosen by the input's last bytes, read but not removed, so the seed corpus is the bundled
// scenarios unchanged and a mutation of a trailing comment steers the conversation down another path.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <memory>
#include <string>
#include <vector>

#include "frontdesk/course_progress.h"
#include "frontdesk/graph_export.h"
#include "frontdesk/playtest.h"
#include "frontdesk/recorded_session.h"
#include "frontdesk/scenario_loader.h"
#include "frontdesk/scoring.h"
#include "frontdesk/session_state.h"

namespace {

using namespace frontdesk;

// Enough answers to cross most scenarios, few enough to keep each input fast.
constexpr std::size_t max_answers = 64;

// A broken promise of the engine's own (not a user mistake): the fuzzer reports it as a crash.
void require(bool holds) {
    if (!holds) std::abort();
}

void play_recorded_session(const LoadedScenario& loaded, const std::uint8_t* data, std::size_t size) {
    RecordedSession played = RecordedSession::start(loaded.scenario, loaded.analysis, Recording{});
    for (std::size_t step = 0; step < max_answers && !played.finished(); ++step) {
        std::uint8_t byte = data[size - 1 - step % size];
        std::vector<int> offered = played.offered();
        if (played.can_time_out() && (offered.empty() || byte % 8 == 0)) played.time_out(byte / 4.0);
        else played.choose(byte % offered.size(), byte / 8.0);
    }
    SessionResult result = played.result();
    require(result.skills.size() == loaded.scenario->skills.size());
    review_session(*loaded.scenario, played.session().history());

    // Resuming replays the decisions as the results store keeps them; it must reach the same place.
    const std::vector<Decision>& history = played.session().history();
    std::vector<DecisionRecord> records;
    for (std::size_t i = 0; i < history.size(); ++i)
        records.push_back(decision_record(*loaded.scenario, history[i], 1, static_cast<int>(i + 1)));
    std::string error;
    std::optional<Session> replayed = replay_session(loaded.scenario, records, error);
    require(replayed.has_value());
    require(replayed->current() == played.session().current() && replayed->mood() == played.session().mood() &&
            replayed->totals() == played.session().totals() && replayed->history().size() == history.size());
}

// A course from the same bytes: read, checked, and progress counted over sessions of each of its steps, one
// passed and one not, so the unlocking and attempts rules run on whatever the course says.
void read_as_course(const std::string& text, const LoadedScenario& scenario) {
    LoadedCourse loaded = load_course_text("fuzz-course.yaml", text);
    std::vector<std::shared_ptr<const Scenario>> library;
    if (scenario.scenario) library.push_back(scenario.scenario);
    check_course(loaded, library);
    if (!loaded.course) return;
    std::vector<SessionRecord> sessions;
    std::int64_t id = 0;
    for (const CourseStep& step : loaded.course->steps) {
        for (bool passed : {false, true}) {
            SessionRecord session;
            session.id = ++id;
            session.trainee = "t";
            session.scenario_id = step.scenario;
            session.started_at = "2026-12-01T09:00:" + std::to_string(10 + id % 50) + ".000Z";
            session.ended_at = "2026-12-01T09:01:" + std::to_string(10 + id % 50) + ".000Z";
            session.overall = passed ? 100 : 10;
            session.passed = passed;
            sessions.push_back(session);
        }
    }
    CourseProgress progress = course_progress(*loaded.course, TraineeRecord{"t", "t", "c", ""}, sessions, "2026-12-02");
    require(progress.steps.size() == loaded.course->steps.size());
    require(progress.steps_passed <= progress.steps_total && progress.steps_done <= progress.steps_total);
    require(!progress.next_step || *progress.next_step < progress.steps.size());
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    if (size == 0) return 0;
    std::string text(reinterpret_cast<const char*>(data), size);
    LoadedScenario loaded = load_scenario_text("fuzz.yaml", text);
    format_diagnostics(loaded);
    read_as_course(text, loaded);
    if (!loaded.scenario) return 0;
    graph_dot(*loaded.scenario);
    graph_mermaid(*loaded.scenario);
    require(loaded.analysis != nullptr);
    estimated_minutes(*loaded.scenario, *loaded.analysis);
    // Only a scenario without errors is played, as in the terminal and the window.
    if (!loaded.playable()) return 0;
    PlaytestOptions options;
    options.runs = 3;
    options.seed = data[0];
    playtest(loaded.scenario, *loaded.analysis, options);
    play_recorded_session(loaded, data, size);
    return 0;
}

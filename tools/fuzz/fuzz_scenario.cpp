// The fuzz target: any bytes taken as a trainer's scenario file, through everything such a file meets in
// frontdesk: loading with every check and the diagnostics as printed, the analysis, graph export, a few
// play-tests, and one session played as the terminal and the window play it, then replayed from its
// recorded decisions (as a resume does) and scored.
//
// The answers are chosen by the input's last bytes, read but not removed, so the seed corpus is the bundled
// scenarios unchanged and a mutation of a trailing comment steers the conversation down another path.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <memory>
#include <string>
#include <vector>

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

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    if (size == 0) return 0;
    LoadedScenario loaded = load_scenario_text("fuzz.yaml", std::string(reinterpret_cast<const char*>(data), size));
    format_diagnostics(loaded);
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

// A recording process for the crash and concurrency tests: plays a scenario with random offered choices (and
// timeouts where the scenario has them), session after session, and after each decision the store has
// committed prints "ack <session> <sequence>" and flushes. A line on stdout therefore means "this decision
// was shown as taken", which is what a kill -9 must never lose.
//
//   crash_writer DB SCENARIO TRAINEE [--seed N] [--sessions N] [--pause-ms N]
//
// Without --sessions it runs until killed; with it, it records N finished sessions, prints
// "done <sessions> <decisions>" and exits 0. Any failure is printed on stderr and exits 1.
#include <unistd.h>

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <exception>
#include <random>
#include <string>
#include <thread>

#include "frontdesk/open_results_store.h"
#include "frontdesk/recorded_session.h"
#include "frontdesk/results_store.h"
#include "frontdesk/scenario_loader.h"
#include "frontdesk/scoring.h"

namespace {

struct Options {
    std::string db;
    std::string scenario;
    std::string trainee;
    unsigned seed = static_cast<unsigned>(::getpid());
    long sessions = -1;  // -1: until killed
    int pause_ms = 0;    // "thinking time" between decisions, so concurrent writers interleave like a room
};

bool parse_number(const char* text, long& out) {
    char* end = nullptr;
    out = std::strtol(text, &end, 10);
    return end && *end == '\0' && end != text;
}

bool parse_options(int argc, char** argv, Options& options) {
    int positional = 0;
    for (int i = 1; i < argc; ++i) {
        std::string arg = argv[i];
        long value = 0;
        if ((arg == "--seed" || arg == "--sessions" || arg == "--pause-ms") && i + 1 < argc) {
            if (!parse_number(argv[++i], value) || value < 0) return false;
            if (arg == "--seed") options.seed = static_cast<unsigned>(value);
            else if (arg == "--sessions") options.sessions = value;
            else options.pause_ms = static_cast<int>(value);
        } else if (positional == 0) {
            options.db = arg, ++positional;
        } else if (positional == 1) {
            options.scenario = arg, ++positional;
        } else if (positional == 2) {
            options.trainee = arg, ++positional;
        } else {
            return false;
        }
    }
    return positional == 3;
}

int run(const Options& options) {
    using namespace frontdesk;
    LoadedScenario loaded = load_scenario_file(options.scenario);
    if (!loaded.playable()) {
        std::fprintf(stderr, "%s", format_diagnostics(loaded).c_str());
        return 1;
    }
    const Scenario& scenario = *loaded.scenario;
    std::mt19937 random(options.seed);
    auto chance = [&](int percent) { return static_cast<int>(random() % 100) < percent; };
    double limit = scenario.time_limit ? *scenario.time_limit : 60.0;
    std::uniform_real_distribution<double> thinking(0.5, limit);

    std::unique_ptr<ResultsStore> store = open_results_store(options.db);
    store->upsert_trainee(options.trainee, options.trainee, "crash-test");
    long finished = 0;
    long decisions = 0;
    while (options.sessions < 0 || finished < options.sessions) {
        std::int64_t id = store->begin_session(new_session_record(scenario, options.trainee, "end", "play"));
        Session session(loaded.scenario);
        int sequence = 0;
        while (!session.finished()) {
            std::vector<int> offered = session.offered_choices();
            bool time_out = session.can_time_out() && (offered.empty() || chance(15));
            const Decision& decision = time_out ? session.time_out(limit)
                                                : session.choose(offered[random() % offered.size()], thinking(random));
            store->record_decision(decision_record(scenario, decision, id, ++sequence));
            // Only now, with the decision committed, may it count as taken.
            std::printf("ack %lld %d\n", static_cast<long long>(id), sequence);
            std::fflush(stdout);
            ++decisions;
            if (options.pause_ms > 0) std::this_thread::sleep_for(std::chrono::milliseconds(options.pause_ms));
        }
        // A stuck session (no choice offered, no timeout) stays unfinished, as it would in the player.
        if (session.at_ending()) {
            store->finish_session(id, session_outcome(score_session(scenario, *loaded.analysis, session.history(), session.ending())));
            ++finished;
        }
    }
    std::printf("done %ld %ld\n", finished, decisions);
    return 0;
}

}  // namespace

int main(int argc, char** argv) {
    Options options;
    if (!parse_options(argc, argv, options)) {
        std::fprintf(stderr, "usage: crash_writer DB SCENARIO TRAINEE [--seed N] [--sessions N] [--pause-ms N]\n");
        return 2;
    }
    try {
        return run(options);
    } catch (const std::exception& error) {
        std::fprintf(stderr, "crash_writer: error: %s\n", error.what());
        return 1;
    }
}

// Shared by the results-store tests: a temporary folder per test, a clock the test sets, and the example
// scenario played through and recorded through the store's interface.
#pragma once

#include <unistd.h>

#include <cstdio>
#include <ctime>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <memory>
#include <string>

#include "frontdesk/open_results_store.h"
#include "frontdesk/recorded_session.h"
#include "frontdesk/results_store.h"
#include "frontdesk/scenario_loader.h"
#include "frontdesk/scoring.h"

namespace frontdesk::test {

// A fresh folder under the system's temporary folder, removed when the object goes.
class TemporaryFolder {
public:
    explicit TemporaryFolder(const std::string& name)
        : path_((std::filesystem::temp_directory_path() / ("frontdesk-" + name + "-" + std::to_string(::getpid()))).string()) {
        std::filesystem::remove_all(path_);
        std::filesystem::create_directories(path_);
    }
    ~TemporaryFolder() {
        std::error_code error;
        std::filesystem::permissions(path_, std::filesystem::perms::owner_all, std::filesystem::perm_options::add, error);
        std::filesystem::remove_all(path_, error);
    }
    TemporaryFolder(const TemporaryFolder&) = delete;
    TemporaryFolder& operator=(const TemporaryFolder&) = delete;
    std::string file(const std::string& name) const { return path_ + "/" + name; }
    const std::string& path() const { return path_; }

private:
    std::string path_;
};

// "2026-03-02T09:00:30.000Z": `start` ("2026-03-02T09:00:00", UTC, no fraction) plus `seconds`.
inline std::string iso_time(const std::string& start, long seconds = 0) {
    std::tm parsed{};
    if (!strptime(start.c_str(), "%Y-%m-%dT%H:%M:%S", &parsed)) return start;
    std::time_t at = timegm(&parsed) + seconds;
    std::tm utc{};
    gmtime_r(&at, &utc);
    char buffer[40];
    std::strftime(buffer, sizeof buffer, "%Y-%m-%dT%H:%M:%S.000Z", &utc);
    return buffer;
}

// The store's clock in a test: every time the store writes is the one last set (shared by the copies of
// the options, so a test can move it between calls). New sessions' UUIDs come in sequence too,
// "5e55104d-0000-4000-8000-SSSSNNNNNNNN" for site S, so exports stay the same from run to run.
class TestClock {
public:
    explicit TestClock(const std::string& start = "2026-01-05T09:00:00.000Z", int site = 0)
        : now_(std::make_shared<std::string>(start)), site_(site), sessions_(std::make_shared<int>(0)) {}
    void set(const std::string& now) { *now_ = now; }
    StoreOptions options(int busy_timeout_ms = 10000) const {
        StoreOptions options;
        options.busy_timeout_ms = busy_timeout_ms;
        options.clock = [now = now_] { return *now; };
        options.new_uuid = [site = site_, sessions = sessions_] {
            char uuid[64];
            std::snprintf(uuid, sizeof uuid, "5e55104d-0000-4000-8000-%04d%08d", site % 10000, ++*sessions);
            return std::string(uuid);
        };
        return options;
    }

private:
    std::shared_ptr<std::string> now_;
    int site_;
    std::shared_ptr<int> sessions_;
};

inline LoadedScenario example_scenario() {
    return load_scenario_file(std::string(FRONTDESK_FIXTURE_DIR) + "/example/angry-client-wrong-invoice.yaml");
}

// Plays `choices` (positions among the offered choices) and records everything; returns the session id.
// Without `finish`, the outcome is not written even when the last choice reaches an ending.
inline std::int64_t record_play(ResultsStore& store, const LoadedScenario& loaded, const std::string& trainee,
                                const std::vector<int>& choices, bool finish = true) {
    store.upsert_trainee(trainee, trainee, "");
    if (finish) {
        RecordedSession session = RecordedSession::start(loaded.scenario, loaded.analysis, Recording{&store, trainee, "immediate", "play"});
        for (int choice : choices) session.choose(static_cast<std::size_t>(choice), 1.5);
        return session.id();
    }
    std::int64_t id = store.begin_session(new_session_record(*loaded.scenario, trainee, "immediate", "play"));
    Session session(loaded.scenario);
    int sequence = 0;
    for (int choice : choices) {
        const Decision& decision = session.choose(session.offered_choices().at(static_cast<std::size_t>(choice)), 1.5);
        store.record_decision(decision_record(*loaded.scenario, decision, id, ++sequence));
    }
    return id;
}

// Like record_play (finished), with the session starting at `start` and ending at `end` by the test's clock.
inline std::int64_t record_play_between(ResultsStore& store, TestClock& clock, const LoadedScenario& loaded, const std::string& trainee,
                                        const std::vector<int>& choices, const std::string& start, const std::string& end) {
    store.upsert_trainee(trainee, trainee, "");
    clock.set(start);
    std::int64_t id = store.begin_session(new_session_record(*loaded.scenario, trainee, "immediate", "play"));
    Session session(loaded.scenario);
    int sequence = 0;
    for (int choice : choices) {
        const Decision& decision = session.choose(session.offered_choices().at(static_cast<std::size_t>(choice)), 1.5);
        store.record_decision(decision_record(*loaded.scenario, decision, id, ++sequence));
    }
    clock.set(end);
    store.finish_session(id, session_outcome(score_session(*loaded.scenario, *loaded.analysis, session.history(), session.ending())));
    return id;
}

// A file's bytes ("" when it does not exist).
inline std::string file_bytes(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    return in ? std::string(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()) : std::string();
}

}  // namespace frontdesk::test

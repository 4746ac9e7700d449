// Shared by the results-store tests: a temporary folder per test and the example scenario played through.
#pragma once

#include <unistd.h>

#include <filesystem>
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
        std::filesystem::remove_all(path_, error);
    }
    std::string file(const std::string& name) const { return path_ + "/" + name; }
    const std::string& path() const { return path_; }

private:
    std::string path_;
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

}  // namespace frontdesk::test

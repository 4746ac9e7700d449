// Shared by the results-store tests: a temporary folder per test and the example scenario played through.
#pragma once

#include <unistd.h>

#include <filesystem>
#include <string>

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

// Plays `choices` (0-based indices of offered choices) and records everything; returns the session id.
inline std::int64_t record_play(ResultsStore& store, const LoadedScenario& loaded, const std::string& trainee,
                                const std::vector<int>& choices, bool finish = true) {
    store.upsert_trainee(trainee, trainee, "");
    std::int64_t id = store.begin_session(trainee, *loaded.scenario, "immediate", "play");
    Session session(loaded.scenario);
    int sequence = 0;
    for (int choice : choices) {
        const Decision& decision = session.choose(session.offered_choices().at(static_cast<std::size_t>(choice)), 1.5);
        store.record_decision(id, ++sequence, *loaded.scenario, decision);
    }
    if (finish && session.at_ending())
        store.finish_session(id, score_session(*loaded.scenario, *loaded.analysis, session.history(), session.ending()), *loaded.scenario);
    return id;
}

}  // namespace frontdesk::test

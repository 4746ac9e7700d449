// Records one session being played into the results store, decision by decision, numbering them; used the
// same way by the terminal player and the window. Errors are the store's StoreError, for the caller to show.
#pragma once

#include <cstdint>
#include <string>

#include "frontdesk/results_store.h"

namespace frontdesk {

class SessionRecorder {
public:
    SessionRecorder(ResultsStore& store, std::string trainee) : store_(store), trainee_(std::move(trainee)) {}

    // A new session of `scenario`.
    void start(const Scenario& scenario, const std::string& feedback_mode, const std::string& source);
    // Carries on an interrupted session that already holds `decisions_so_far` decisions.
    void adopt(std::int64_t session, int decisions_so_far);
    // The decision just taken; committed when this returns.
    void record(const Scenario& scenario, const Decision& decision);
    void finish(const Scenario& scenario, const SessionResult& result);

    bool active() const { return session_ != 0; }
    std::int64_t session() const { return session_; }
    int recorded() const { return sequence_; }
    const std::string& trainee() const { return trainee_; }
    ResultsStore& store() { return store_; }

private:
    ResultsStore& store_;
    std::string trainee_;
    std::int64_t session_ = 0;
    int sequence_ = 0;
};

}  // namespace frontdesk

#include "frontdesk/session_recorder.h"

namespace frontdesk {

void SessionRecorder::start(const Scenario& scenario, const std::string& feedback_mode, const std::string& source) {
    session_ = store_.begin_session(trainee_, scenario, feedback_mode, source);
    sequence_ = 0;
}

void SessionRecorder::adopt(std::int64_t session, int decisions_so_far) {
    session_ = session;
    sequence_ = decisions_so_far;
}

void SessionRecorder::record(const Scenario& scenario, const Decision& decision) {
    // The number is taken only once the write succeeded, so a failed write can be retried as the same step.
    store_.record_decision(session_, sequence_ + 1, scenario, decision);
    ++sequence_;
}

void SessionRecorder::finish(const Scenario& scenario, const SessionResult& result) {
    store_.finish_session(session_, result, scenario);
    session_ = 0;
}

}  // namespace frontdesk

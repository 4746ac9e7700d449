// What the store interface does itself, for any backend.
#include "frontdesk/results_store.h"

#include <map>
#include <tuple>

namespace frontdesk {

StoreCounts ResultsReader::counts() const {
    StoreCounts counts;
    scan_trainees({}, [&](const TraineeRecord&) { ++counts.trainees; });
    scan_sessions({}, [&](const SessionRecord& session) { ++counts.sessions, counts.finished_sessions += session.finished() ? 1 : 0; });
    scan_decisions({}, [&](const DecisionRecord&) { ++counts.decisions; });
    return counts;
}

void ResultsReader::scan_session_outcomes(const ResultsFilter& filter, const std::function<void(const SessionRecord&)>& visit) const {
    scan_sessions(filter, visit);
}

// Answers numbered by their content as they are first met, so equal answers share one id, as in the stores.
void ResultsReader::scan_answered_decisions(const ResultsFilter& filter, const std::function<void(const AnswerRecord&)>& answer,
                                            const std::function<void(const AnsweredDecision&)>& decision) const {
    using Content = std::tuple<std::string, int, bool, std::string, std::vector<std::pair<std::string, int>>>;
    std::map<Content, std::int64_t> known;
    scan_decisions(filter, [&](const DecisionRecord& record) {
        auto [found, added] = known.try_emplace(Content{record.node, record.choice, record.timed_out, record.said, record.score},
                                                static_cast<std::int64_t>(known.size()) + 1);
        if (added) answer(AnswerRecord{found->second, record.node, record.choice, record.timed_out, record.said, record.score});
        decision(AnsweredDecision{record.session, record.sequence, found->second});
    });
}

}  // namespace frontdesk

// What the store interface does itself, for any backend.
#include "frontdesk/results_store.h"

namespace frontdesk {

StoreCounts ResultsReader::counts() const {
    StoreCounts counts;
    scan_trainees({}, [&](const TraineeRecord&) { ++counts.trainees; });
    scan_sessions({}, [&](const SessionRecord& session) { ++counts.sessions, counts.finished_sessions += session.finished() ? 1 : 0; });
    scan_decisions({}, [&](const DecisionRecord&) { ++counts.decisions; });
    return counts;
}

}  // namespace frontdesk

// Saving and restoring a session. The state is the scenario's identity plus the decisions taken; restoring
// replays them, so a resumed session is exactly the interrupted one (mood, flags, totals, history).
#pragma once

#include <optional>
#include <string>

#include <nlohmann/json.hpp>

#include "frontdesk/results_records.h"
#include "frontdesk/session.h"

namespace frontdesk {

nlohmann::json save_session(const Session& session);

// Fails (with `error` set) when the state is malformed, belongs to another scenario, or the scenario's
// file changed since the state was saved.
std::optional<Session> restore_session(std::shared_ptr<const Scenario> scenario, const nlohmann::json& state,
                                       std::string& error);

// Decisions read back from the results store replayed into a fresh Session (empty, with `error` set, when
// they do not fit the scenario).
std::optional<Session> replay_session(std::shared_ptr<const Scenario> scenario, const std::vector<DecisionRecord>& decisions,
                                      std::string& error);

}  // namespace frontdesk

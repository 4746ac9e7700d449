#include "frontdesk/session_state.h"

namespace frontdesk {

nlohmann::json save_session(const Session& session) {
    nlohmann::json decisions = nlohmann::json::array();
    for (const Decision& decision : session.history()) {
        decisions.push_back({{"node", session.scenario().nodes[static_cast<std::size_t>(decision.node)].id},
                             {"choice", decision.choice},
                             {"response_seconds", decision.response_seconds}});
    }
    return {{"scenario", session.scenario().id},
            {"content_hash", std::to_string(session.scenario().content_hash)},
            {"decisions", decisions}};
}

std::optional<Session> restore_session(std::shared_ptr<const Scenario> scenario, const nlohmann::json& state,
                                       std::string& error) {
    try {
        if (!state.is_object()) {
            error = "saved session is not a JSON object";
            return std::nullopt;
        }
        if (state.at("scenario").get<std::string>() != scenario->id) {
            error = "saved session belongs to scenario '" + state.at("scenario").get<std::string>() + "', not '" + scenario->id + "'";
            return std::nullopt;
        }
        if (state.at("content_hash").get<std::string>() != std::to_string(scenario->content_hash)) {
            error = "scenario '" + scenario->id + "' has changed since this session was saved; it cannot be resumed exactly";
            return std::nullopt;
        }
        Session session(scenario);
        for (const nlohmann::json& decision : state.at("decisions")) {
            const std::string& node = decision.at("node").get_ref<const std::string&>();
            int choice = decision.at("choice").get<int>();
            double seconds = decision.at("response_seconds").get<double>();
            if (session.finished() || session.node().id != node) {
                error = "saved decision at node '" + node + "' does not follow the scenario";
                return std::nullopt;
            }
            if (choice < 0) {
                if (!session.can_time_out()) {
                    error = "saved timeout at node '" + node + "' cannot happen there";
                    return std::nullopt;
                }
                session.time_out(seconds);
            } else {
                if (!session.is_offered(choice)) {
                    error = "saved choice " + std::to_string(choice + 1) + " is not offered at node '" + node + "'";
                    return std::nullopt;
                }
                session.choose(choice, seconds);
            }
        }
        return session;
    } catch (const nlohmann::json::exception& e) {
        error = std::string("saved session is malformed: ") + e.what();
        return std::nullopt;
    }
}

std::optional<Session> replay_session(std::shared_ptr<const Scenario> scenario, const std::vector<DecisionRecord>& decisions,
                                      std::string& error) {
    nlohmann::json list = nlohmann::json::array();
    for (const DecisionRecord& decision : decisions)
        list.push_back({{"node", decision.node}, {"choice", decision.timed_out ? -1 : decision.choice},
                        {"response_seconds", decision.response_seconds}});
    nlohmann::json state = {{"scenario", scenario->id}, {"content_hash", std::to_string(scenario->content_hash)}, {"decisions", list}};
    return restore_session(std::move(scenario), state, error);
}

}  // namespace frontdesk

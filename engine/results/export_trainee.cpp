// A trainee's copy of everything the results hold about them (the right of access), built from records so
// every backend gives the same document.
#include "frontdesk/results_store.h"

namespace frontdesk {

nlohmann::json export_trainee(const ResultsReader& store, const std::string& id) {
    std::optional<TraineeRecord> record = store.trainee(id);
    if (!record) return nullptr;
    nlohmann::json sessions_json = nlohmann::json::array();
    ResultsFilter filter;
    filter.trainee = id;
    for (const SessionRecord& s : store.sessions(filter)) {
        nlohmann::json skills = nlohmann::json::array();
        for (const SkillScore& skill : s.skills)
            skills.push_back({{"skill", skill.skill}, {"raw", skill.raw},
                              {"percent", skill.percent ? nlohmann::json(*skill.percent) : nlohmann::json(nullptr)}});
        nlohmann::json decisions_json = nlohmann::json::array();
        for (const DecisionRecord& d : store.decisions(s.id)) {
            nlohmann::json score = nlohmann::json::object();
            for (const auto& [skill, points] : d.score) score[skill] = points;
            decisions_json.push_back({{"sequence", d.sequence}, {"node", d.node}, {"choice", d.choice}, {"said", d.said},
                                      {"score", score}, {"mood_after", d.mood_after}, {"response_seconds", d.response_seconds},
                                      {"timed_out", d.timed_out}, {"recorded_at", d.recorded_at}});
        }
        sessions_json.push_back({{"id", s.id}, {"uuid", s.uuid}, {"scenario_id", s.scenario_id}, {"scenario_title", s.scenario_title},
                                 {"scenario_hash", s.scenario_hash}, {"scenario_language", s.scenario_language},
                                 {"started_at", s.started_at}, {"ended_at", s.finished() ? nlohmann::json(s.ended_at) : nlohmann::json(nullptr)},
                                 {"ending", s.finished() ? nlohmann::json(s.ending) : nlohmann::json(nullptr)},
                                 {"skills", skills}, {"overall", s.overall}, {"passed", s.passed},
                                 {"feedback_mode", s.feedback_mode}, {"source", s.source},
                                 // The phrasing is the trainee's own choice about their gender: part of what is held on them.
                                 {"phrasing", s.phrasing.empty() ? nlohmann::json(nullptr) : nlohmann::json(s.phrasing)},
                                 {"decisions", decisions_json}});
    }
    return {{"trainee", {{"id", record->id}, {"display_name", record->display_name}, {"cohort", record->cohort}, {"created_at", record->created_at}}},
            {"sessions", sessions_json}};
}

}  // namespace frontdesk

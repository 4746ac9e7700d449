// The report as JSON, data for other programs: the same in every language. Keys, skill names, ending codes
// (success | partial | failure) and times (ISO 8601 UTC, as stored) are never translated, and numbers stay
// JSON numbers, so a program reads an Italian coordinator's export exactly as an English one's.
#include <cmath>

#include "frontdesk/report_formats.h"

namespace frontdesk {

namespace {

// Two decimals: enough for a percentage, and the same text on every platform for the golden files.
nlohmann::ordered_json rounded(const std::optional<double>& value) {
    if (!value) return nullptr;
    return std::round(*value * 100.0) / 100.0;
}

nlohmann::ordered_json optional_text(const std::string& text) { return text.empty() ? nlohmann::ordered_json(nullptr) : nlohmann::ordered_json(text); }

nlohmann::ordered_json skill_means_json(const ReportData& report, const std::vector<std::optional<double>>& means) {
    nlohmann::ordered_json json = nlohmann::ordered_json::object();
    for (std::size_t i = 0; i < report.skills.size() && i < means.size(); ++i) json[report.skills[i]] = rounded(means[i]);
    return json;
}

nlohmann::ordered_json session_json(const ReportData& report, const ReportSession& session) {
    nlohmann::ordered_json skills = nlohmann::ordered_json::object();
    for (std::size_t i = 0; i < report.skills.size() && i < session.skills.size(); ++i) {
        const ReportSkill& skill = session.skills[i];
        if (!skill.raw) continue;
        skills[report.skills[i]] = {{"raw", *skill.raw}, {"percent", rounded(skill.percent)}};
    }
    return {{"session", session.id},          {"scenario_id", session.scenario_id}, {"scenario_title", session.scenario_title},
            {"scenario_language", session.scenario_language}, {"started_at", session.started_at},
            {"ended_at", session.ended_at},   {"ending", session.ending},           {"skills", skills},
            {"overall", rounded(session.overall)}, {"passed", session.passed}};
}

}  // namespace

nlohmann::ordered_json report_json(const ReportData& report) {
    const ResultsFilter& f = report.filter;
    nlohmann::ordered_json trainees = nlohmann::ordered_json::array();
    for (const TraineeReport& t : report.trainees) {
        nlohmann::ordered_json trend = nlohmann::ordered_json::array();
        for (const ReportSession& session : t.trend) trend.push_back(session_json(report, session));
        trainees.push_back({{"id", t.id}, {"display_name", t.display_name}, {"cohort", t.cohort}, {"attempts", t.attempts},
                            {"finished", t.finished}, {"passed", t.passed}, {"last_practice", optional_text(t.last_practice)},
                            {"skills", skill_means_json(report, t.skill_means)}, {"overall_mean", rounded(t.overall_mean)},
                            {"latest_overall", rounded(t.latest_overall)}, {"trend", trend}});
    }
    nlohmann::ordered_json scenarios = nlohmann::ordered_json::array();
    for (const ScenarioReport& s : report.scenarios) {
        nlohmann::ordered_json nodes = nlohmann::ordered_json::array();
        for (const NodeReport& node : s.nodes) {
            nlohmann::ordered_json choices = nlohmann::ordered_json::array();
            for (const ChoiceShare& c : node.choices) {
                nlohmann::ordered_json score = nlohmann::ordered_json::object();
                for (const auto& [skill, points] : c.score) score[skill] = points;
                choices.push_back({{"choice", c.choice}, {"timed_out", c.timed_out()}, {"said", c.said}, {"count", c.count},
                                   {"share_percent", rounded(c.share * 100)}, {"score", score}, {"points", c.points}, {"costly", c.costly}});
            }
            nodes.push_back({{"node", node.node}, {"reached", node.reached}, {"decisions", node.decisions}, {"choices", choices}});
        }
        scenarios.push_back({{"id", s.id}, {"title", s.title}, {"language", s.language}, {"attempts", s.attempts}, {"finished", s.finished},
                             {"passed", s.passed}, {"skills", skill_means_json(report, s.skill_means)}, {"overall_mean", rounded(s.overall_mean)},
                             {"endings", {{"success", s.endings.success}, {"partial", s.endings.partial}, {"failure", s.endings.failure}}},
                             {"nodes", nodes}});
    }
    nlohmann::ordered_json pitfalls = nlohmann::ordered_json::array();
    for (const Pitfall& p : report.pitfalls) {
        const ChoiceShare& c = report.choice(p);
        pitfalls.push_back({{"scenario_id", report.scenarios[p.scenario].id}, {"node", report.scenarios[p.scenario].nodes[p.node].node},
                            {"choice", c.choice}, {"said", c.said}, {"count", c.count}, {"share_percent", rounded(c.share * 100)}, {"points", c.points}});
    }
    return {{"filter", {{"cohort", optional_text(f.cohort)}, {"scenario", optional_text(f.scenario_id)}, {"trainee", optional_text(f.trainee)},
                        {"since", optional_text(f.since)}}},
            {"period", {{"first_started", optional_text(report.first_started)}, {"last_started", optional_text(report.last_started)}}},
            {"totals", {{"trainees", report.trainees.size()}, {"attempts", report.attempts}, {"finished", report.finished},
                        {"passed", report.passed}, {"overall_mean", rounded(report.overall_mean)}}},
            {"skills", report.skills},
            {"trainees", trainees},
            {"scenarios", scenarios},
            {"pitfalls", pitfalls}};
}

}  // namespace frontdesk

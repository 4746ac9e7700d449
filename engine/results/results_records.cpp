// The records' own rules: the store's clock and the text a trainee's fields may hold.
#include "frontdesk/results_records.h"

#include <chrono>
#include <cstdio>
#include <ctime>

#include <stdexcept>

#include "frontdesk/results_store.h"
#include "frontdesk/terminal_text.h"
#include "frontdesk/uuid.h"
#include "frontdesk/utf8.h"

namespace frontdesk {

std::string utc_now_iso8601() {
    auto now = std::chrono::system_clock::now();
    std::time_t seconds = std::chrono::system_clock::to_time_t(now);
    auto millis = std::chrono::duration_cast<std::chrono::milliseconds>(now.time_since_epoch()).count() % 1000;
    std::tm utc{};
    gmtime_r(&seconds, &utc);
    char buffer[80];
    std::snprintf(buffer, sizeof buffer, "%04d-%02d-%02dT%02d:%02d:%02d.%03dZ", utc.tm_year + 1900, utc.tm_mon + 1, utc.tm_mday,
                  utc.tm_hour, utc.tm_min, utc.tm_sec, static_cast<int>(millis));
    return buffer;
}

std::string new_session_uuid(const std::function<std::string()>& generate) {
    if (!generate) return uuid_v4().str();
    std::string given = generate();
    std::optional<Uuid> parsed = Uuid::parse(given);
    if (!parsed) throw std::invalid_argument("StoreOptions::new_uuid gave '" + given + "', which is not a UUID");
    return parsed->str();
}

std::string legacy_session_uuid(const std::string& trainee, const std::string& started_at, std::int64_t id) {
    // A namespace of its own, so these can never equal a statement id or a registration.
    static const Uuid name_space = uuid_v5(uuid_namespace_url(), "https://frontdesk.example/results/legacy-sessions");
    std::string name;
    for (const std::string& field : {trainee, started_at, std::to_string(id)}) name += std::to_string(field.size()) + ':' + field + ';';
    return uuid_v5(name_space, name).str();
}

std::string record_text_problem(const std::string& field, const std::string& text) {
    if (field == "trainee id" && text.empty()) return "the trainee id is empty; give an employee code or a name";
    std::string problem = name_problem(text, max_trainee_text);
    if (problem.empty()) return {};
    // A very long text is shown by its start only: the message must stay readable.
    std::string shown = text.size() > 60 ? text.substr(0, 60) + "..." : text;
    return "the " + field + " '" + terminal_safe(shown) + "' " + problem;
}

std::string trainee_text_problem(const std::string& id, const std::string& display_name, const std::string& cohort) {
    for (const auto& [field, text] : {std::pair<const char*, const std::string&>{"trainee id", id}, {"display name", display_name},
                                      {"cohort", cohort}})
        if (std::string problem = record_text_problem(field, text); !problem.empty()) return problem;
    return {};
}

std::string new_session_problem(const NewSession& session) {
    for (const std::string* text : {&session.scenario_id, &session.scenario_title, &session.scenario_hash, &session.scenario_language,
                                    &session.feedback_mode, &session.source})
        if (!is_valid_utf8(*text)) return "the scenario's id, title or language is not valid UTF-8 text";
    return "";
}

std::string decision_problem(const DecisionRecord& record) {
    if (!is_valid_utf8(record.node) || !is_valid_utf8(record.said)) return "the node's id or the words said are not valid UTF-8 text";
    for (const auto& [skill, points] : record.score)
        if (skill.empty() || !is_valid_utf8(skill)) return "a skill's name is empty or not valid UTF-8 text";
    return "";
}

std::string outcome_problem(const SessionOutcome& outcome) {
    if (!is_valid_utf8(outcome.ending)) return "the ending is not valid UTF-8 text";
    for (const SkillScore& skill : outcome.skills)
        if (skill.skill.empty() || !is_valid_utf8(skill.skill)) return "a skill's name is empty or not valid UTF-8 text";
    return "";
}

std::string session_copy_problem(const SessionCopy& copy) {
    const SessionRecord& s = copy.session;
    std::string which = "session " + (s.uuid.empty() ? std::to_string(s.id) : s.uuid);
    if (!Uuid::parse(s.uuid) || Uuid::parse(s.uuid)->str() != s.uuid) return which + " has no valid UUID";
    if (std::string problem = record_text_problem("trainee id", s.trainee); !problem.empty()) return which + ": " + problem;
    NewSession fields{s.trainee, s.scenario_id, s.scenario_title, s.scenario_hash, s.scenario_language, s.feedback_mode, s.source, s.shuffle_seed, s.phrasing};
    if (std::string problem = new_session_problem(fields); !problem.empty()) return which + ": " + problem;
    if (!is_valid_utf8(s.started_at) || !is_valid_utf8(s.ended_at)) return which + ": its times are not valid UTF-8 text";
    if (std::string problem = outcome_problem(SessionOutcome{s.ending, s.skills, s.overall, s.passed}); !problem.empty()) return which + ": " + problem;
    for (const DecisionRecord& decision : copy.decisions)
        if (std::string problem = decision_problem(decision); !problem.empty()) return which + ": " + problem;
    return "";
}

}  // namespace frontdesk

namespace frontdesk {

std::string delivery_problem(const StatementDelivery& delivery) {
    if (!Uuid::parse(delivery.statement_id)) return "the statement id '" + terminal_safe(delivery.statement_id) + "' is not a UUID";
    if (!Uuid::parse(delivery.session_uuid)) return "the session id '" + terminal_safe(delivery.session_uuid) + "' is not a UUID";
    return "";
}

}  // namespace frontdesk

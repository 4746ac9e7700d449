#include "frontdesk/xapi_export.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <map>
#include <optional>
#include <stdexcept>

#include "frontdesk/course_progress.h"
#include "frontdesk/uuid.h"

namespace frontdesk {

namespace {

using nlohmann::json;

constexpr const char* xapi_version = "1.0.3";
constexpr const char* verb_base = "http://adlnet.gov/expapi/verbs/";
constexpr const char* simulation_type = "http://adlnet.gov/expapi/activities/simulation";
constexpr const char* interaction_type = "http://adlnet.gov/expapi/activities/cmi.interaction";
constexpr const char* course_type = "http://adlnet.gov/expapi/activities/course";

// Statement ids and registrations are UUIDs named inside this namespace; changing it would give every
// statement a new id, and an LRS would store re-exports twice.
const Uuid& frontdesk_namespace() {
    static const Uuid name_space = uuid_v5(uuid_namespace_url(), "https://frontdesk.example/xapi/statement-ids");
    return name_space;
}

// Length-prefixed, so no choice of trainee id can make two different sessions spell the same name.
void add_field(std::string& name, const std::string& field) { name += std::to_string(field.size()) + ':' + field + ';'; }

// Which session (its globally unique id: row ids restart in every database, and two training rooms sending
// to one LRS must not collide), which statement of it, for which system's accounts.
std::string statement_name(const std::string& home_page, const SessionRecord& session, const std::string& kind, int sequence) {
    std::string name;
    add_field(name, home_page);
    add_field(name, session.uuid);
    add_field(name, kind);
    add_field(name, std::to_string(sequence));
    return name;
}

std::string statement_id(const std::string& home_page, const SessionRecord& session, const std::string& kind, int sequence) {
    return uuid_v5(frontdesk_namespace(), statement_name(home_page, session, kind, sequence)).str();
}

// One IRI path segment: anything outside RFC 3986's unreserved characters is percent-encoded, so ids from a
// database (skills, nodes, scenarios) always make a valid IRI.
std::string iri_segment(const std::string& text) {
    static const char hex[] = "0123456789ABCDEF";
    std::string out;
    for (unsigned char c : text) {
        bool unreserved = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' || c == '.' ||
                          c == '_' || c == '~';
        if (unreserved) {
            out += static_cast<char>(c);
        } else {
            out += '%';
            out += hex[c >> 4];
            out += hex[c & 0x0F];
        }
    }
    return out;
}

bool is_http_address(const std::string& text) {
    std::string rest;
    if (text.rfind("https://", 0) == 0) rest = text.substr(8);
    else if (text.rfind("http://", 0) == 0) rest = text.substr(7);
    else return false;
    if (rest.empty() || rest[0] == '/') return false;  // no host
    for (unsigned char c : text)
        if (c <= ' ' || c == 0x7F || c == '"' || c == '<' || c == '>' || c == '\\' || c == '^' || c == '`' || c == '{' ||
            c == '|' || c == '}')
            return false;
    return true;
}

std::string effective_iri_base(const XapiOptions& options) {
    std::string base = options.iri_base.empty() ? options.home_page : options.iri_base;
    if (options.iri_base.empty()) {
        while (!base.empty() && base.back() == '/') base.pop_back();
        base += "/xapi/";
    } else if (base.back() != '/') {
        base += '/';
    }
    return base;
}

// Milliseconds since 1970 (UTC) of "YYYY-MM-DD[T ]HH:MM:SS[.fff][Z|+HH:MM|-HH:MM]"; no zone means UTC, as the
// store writes UTC.
std::optional<std::int64_t> parse_utc_millis(const std::string& text) {
    auto digits = [&](std::size_t at, std::size_t count) -> std::optional<int> {
        if (at + count > text.size()) return std::nullopt;
        int value = 0;
        for (std::size_t i = at; i < at + count; ++i) {
            if (text[i] < '0' || text[i] > '9') return std::nullopt;
            value = value * 10 + (text[i] - '0');
        }
        return value;
    };
    auto year = digits(0, 4), month = digits(5, 2), day = digits(8, 2), hour = digits(11, 2), minute = digits(14, 2),
         second = digits(17, 2);
    if (!year || !month || !day || !hour || !minute || !second) return std::nullopt;
    if (text[4] != '-' || text[7] != '-' || (text[10] != 'T' && text[10] != 't' && text[10] != ' ') || text[13] != ':' ||
        text[16] != ':')
        return std::nullopt;
    static const int month_days[] = {31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    if (*month < 1 || *month > 12 || *day < 1 || *day > month_days[*month - 1] || *hour > 23 || *minute > 59 || *second > 60)
        return std::nullopt;
    std::size_t at = 19;
    int millis = 0;
    if (at < text.size() && text[at] == '.') {
        ++at;
        int scale = 100;
        std::size_t start = at;
        while (at < text.size() && text[at] >= '0' && text[at] <= '9') {
            millis += (text[at] - '0') * scale;  // digits past milliseconds are dropped
            scale /= 10;
            ++at;
        }
        if (at == start) return std::nullopt;
    }
    int offset_minutes = 0;
    if (at < text.size()) {
        if ((text[at] == 'Z' || text[at] == 'z') && at + 1 == text.size()) {
            // UTC
        } else if ((text[at] == '+' || text[at] == '-') && at + 6 == text.size() && text[at + 3] == ':') {
            auto zone_hours = digits(at + 1, 2), zone_minutes = digits(at + 4, 2);
            if (!zone_hours || !zone_minutes || *zone_hours > 23 || *zone_minutes > 59) return std::nullopt;
            offset_minutes = (*zone_hours * 60 + *zone_minutes) * (text[at] == '-' ? -1 : 1);
        } else {
            return std::nullopt;
        }
    }
    // Days from 1970-01-01 of a proleptic Gregorian date (H. Hinnant's days_from_civil).
    int y = *year - (*month <= 2 ? 1 : 0);
    int era = (y >= 0 ? y : y - 399) / 400;
    int year_of_era = y - era * 400;
    int day_of_year = (153 * (*month + (*month > 2 ? -3 : 9)) + 2) / 5 + *day - 1;
    int day_of_era = year_of_era * 365 + year_of_era / 4 - year_of_era / 100 + day_of_year;
    std::int64_t days = std::int64_t{era} * 146097 + day_of_era - 719468;
    std::int64_t seconds = days * 86400 + *hour * 3600 + *minute * 60 + *second - std::int64_t{offset_minutes} * 60;
    return seconds * 1000 + millis;
}

std::string format_utc_millis(std::int64_t millis) {
    std::int64_t seconds = millis >= 0 ? millis / 1000 : (millis - 999) / 1000;
    int ms = static_cast<int>(millis - seconds * 1000);
    std::int64_t days = seconds >= 0 ? seconds / 86400 : (seconds - 86399) / 86400;
    int of_day = static_cast<int>(seconds - days * 86400);
    // civil_from_days (H. Hinnant).
    std::int64_t z = days + 719468;
    std::int64_t era = (z >= 0 ? z : z - 146096) / 146097;
    std::int64_t day_of_era = z - era * 146097;
    std::int64_t year_of_era = (day_of_era - day_of_era / 1460 + day_of_era / 36524 - day_of_era / 146096) / 365;
    std::int64_t day_of_year = day_of_era - (365 * year_of_era + year_of_era / 4 - year_of_era / 100);
    std::int64_t mp = (5 * day_of_year + 2) / 153;
    int day = static_cast<int>(day_of_year - (153 * mp + 2) / 5 + 1);
    int month = static_cast<int>(mp < 10 ? mp + 3 : mp - 9);
    std::int64_t year = year_of_era + era * 400 + (month <= 2 ? 1 : 0);
    char buffer[48];
    std::snprintf(buffer, sizeof buffer, "%04lld-%02d-%02dT%02d:%02d:%02d.%03dZ", static_cast<long long>(year), month, day,
                  of_day / 3600, of_day / 60 % 60, of_day % 60, ms);
    return buffer;
}

// Rounded to `places` decimals; dividing by a power of ten gives the double nearest the decimal, so JSON shows it short.
double round_places(double value, int places) {
    double scale = std::pow(10.0, places);
    return std::round(value * scale) / scale;
}

std::string language_tag(const std::string& language) { return language.empty() ? "und" : language; }

json verb(const char* name) { return {{"id", std::string(verb_base) + name}, {"display", {{"en-US", name}}}}; }

// What a session counts for: the courses whose parent activity its statements carry, and among them those
// it completed.
struct CourseCredit {
    std::vector<const Course*> counted;
    std::vector<std::pair<const Course*, const CourseProgress*>> completed;
};

struct Exporter {
    const ResultsReader& store;
    const XapiOptions& options;
    std::string base;
    std::map<std::string, std::optional<TraineeRecord>> trainees;
    // Within one export each trainee's sessions are read once, and each course's progress worked out once.
    std::map<std::string, std::vector<SessionRecord>> sessions_of;
    std::map<std::pair<std::string, const Course*>, CourseProgress> progress;

    Exporter(const ResultsReader& store, const XapiOptions& options, std::string base) : store(store), options(options), base(std::move(base)) {}

    std::string extension(const std::string& name) const { return base + "extensions/" + name; }
    std::string scenario_iri(const SessionRecord& session) const { return base + "scenarios/" + iri_segment(session.scenario_id); }

    const std::optional<TraineeRecord>& trainee(const std::string& trainee_id) {
        auto found = trainees.find(trainee_id);
        if (found == trainees.end()) found = trainees.emplace(trainee_id, store.trainee(trainee_id)).first;
        return found->second;
    }

    const std::vector<SessionRecord>& trainee_sessions(const std::string& trainee_id) {
        auto found = sessions_of.find(trainee_id);
        if (found == sessions_of.end()) {
            ResultsFilter filter;
            filter.trainee = trainee_id;
            found = sessions_of.emplace(trainee_id, store.sessions(filter)).first;
        }
        return found->second;
    }

    const CourseProgress& progress_of(const Course& course, const TraineeRecord& record) {
        auto key = std::make_pair(record.id, &course);
        auto found = progress.find(key);
        // Overdue plays no part in what a session counts for, so whichever day it is gives the same statements.
        if (found == progress.end())
            found = progress.emplace(key, course_progress(course, record, trainee_sessions(record.id), local_date_today())).first;
        return found->second;
    }

    // An unfinished session counts for nothing yet. It is judged as if it had ended the moment it began: only
    // sessions that ended before it began decide (whether its step was unlocked, how many attempts were used),
    // so the answer is the same while it is played, after it is left, and (but for another session of the step
    // ending meanwhile) once it ends. Its answers sent as they are made then match a later export.
    bool would_count(const Course& course, const TraineeRecord& record, const SessionRecord& session) {
        if (session.started_at.empty()) return false;
        std::vector<SessionRecord> sessions = trainee_sessions(record.id);
        bool found = false;
        for (SessionRecord& other : sessions)
            if (other.id == session.id) {
                other.ended_at = other.started_at;
                other.passed = false;
                found = true;
            }
        if (!found) return false;
        return course_progress(course, record, sessions, local_date_today()).counts(session.id);
    }

    CourseCredit course_credit(const SessionRecord& session) {
        CourseCredit credit;
        if (options.courses.empty()) return credit;
        const std::optional<TraineeRecord>& record = trainee(session.trainee);
        if (!record) return credit;
        for (const std::shared_ptr<const Course>& course : options.courses) {
            if (!course || !course->assigned_to(record->cohort) || !course->step_for(session.scenario_id)) continue;
            if (!session.finished()) {
                if (would_count(*course, *record, session)) credit.counted.push_back(course.get());
                continue;
            }
            const CourseProgress& course_progress = progress_of(*course, *record);
            if (!course_progress.counts(session.id)) continue;
            credit.counted.push_back(course.get());
            if (course_progress.complete && course_progress.completed_by == session.id) credit.completed.emplace_back(course.get(), &course_progress);
        }
        return credit;
    }

    json actor(const std::string& trainee_id) {
        const std::optional<TraineeRecord>& found = trainee(trainee_id);
        json agent = {{"objectType", "Agent"}, {"account", {{"homePage", options.home_page}, {"name", trainee_id}}}};
        if (options.include_names && found && !found->display_name.empty()) agent["name"] = found->display_name;
        return agent;
    }

    json scenario_activity(const SessionRecord& session) const {
        json definition = {{"type", simulation_type}};
        if (!session.scenario_title.empty())
            definition["name"] = {{language_tag(session.scenario_language), session.scenario_title}};
        return {{"objectType", "Activity"}, {"id", scenario_iri(session)}, {"definition", definition}};
    }

    json node_activity(const SessionRecord& session, const Scenario* scenario, const std::string& node_id) const {
        std::string language = language_tag(session.scenario_language);
        std::string title = session.scenario_title.empty() ? session.scenario_id : session.scenario_title;
        json definition = {{"type", interaction_type},
                           {"interactionType", "choice"},
                           {"name", {{language, title + ": " + node_id}}}};
        NodeIndex index = scenario ? scenario->find_node(node_id) : no_node;
        if (index != no_node) {
            const Node& node = scenario->nodes[static_cast<std::size_t>(index)];
            if (!node.say.empty()) definition["description"] = {{language, std::string(node.say)}};
            json choices = json::array();
            for (std::size_t i = 0; i < node.choices.size(); ++i)
                choices.push_back({{"id", std::to_string(i)}, {"description", {{language, std::string(node.choices[i].say)}}}});
            if (!choices.empty()) definition["choices"] = choices;
        }
        return {{"objectType", "Activity"},
                {"id", scenario_iri(session) + "/node/" + iri_segment(node_id)},
                {"definition", definition}};
    }

    std::string course_iri(const Course& course) const { return base + "courses/" + iri_segment(course.id); }

    json course_activity(const Course& course) const {
        json definition = {{"type", course_type}};
        if (!course.title.empty()) definition["name"] = {{language_name(course.language), course.title}};
        return {{"objectType", "Activity"}, {"id", course_iri(course)}, {"definition", definition}};
    }

    // The courses go in `parent` after the scenario, where there is one: a consumer reading parent[0] for the
    // scenario of an answer still finds it, and every statement of a counted session names its courses in the
    // same place, as the issue asks (an LRS's related_activities query finds them there as well).
    json context(const SessionRecord& session, bool with_scenario, const CourseCredit& credit) const {
        json context = {{"registration", statement_id(options.home_page, session, "registration", 0)},
                        {"platform", "frontdesk"},
                        {"language", language_tag(session.scenario_language)}};
        if (!session.scenario_hash.empty()) context["revision"] = session.scenario_hash;
        json parent = json::array();
        if (with_scenario) parent.push_back(scenario_activity(session));
        for (const Course* course : credit.counted) parent.push_back(course_activity(*course));
        if (!parent.empty()) context["contextActivities"] = {{"parent", parent}};
        json extensions = json::object();
        if (!session.feedback_mode.empty()) extensions[extension("feedback-mode")] = session.feedback_mode;
        if (!session.source.empty()) extensions[extension("source")] = session.source;
        if (!extensions.empty()) context["extensions"] = extensions;
        return context;
    }

    json statement(const SessionRecord& session, const std::string& kind, int sequence, const char* verb_name,
                   const std::string& recorded_at) {
        json s = {{"id", statement_id(options.home_page, session, kind, sequence)},
                  {"version", xapi_version},
                  {"actor", actor(session.trainee)},
                  {"verb", verb(verb_name)}};
        std::string timestamp = xapi_timestamp(recorded_at);
        if (!timestamp.empty()) s["timestamp"] = timestamp;
        return s;
    }

    json answered(const SessionRecord& session, const Scenario* scenario, const DecisionRecord& decision, const CourseCredit& credit) {
        json s = statement(session, "answered", decision.sequence, "answered", decision.recorded_at);
        s["object"] = node_activity(session, scenario, decision.node);
        json result = json::object();
        if (!decision.timed_out && decision.choice >= 0) result["response"] = std::to_string(decision.choice);
        if (decision.response_seconds >= 0) result["duration"] = xapi_duration(decision.response_seconds);
        json score = json::object();
        for (const auto& [skill, points] : decision.score) score[skill] = points;
        result["extensions"] = {{extension("said"), decision.said},
                                {extension("timed-out"), decision.timed_out},
                                {extension("response-seconds"), round_places(decision.response_seconds, 2)},
                                {extension("score-changes"), score},
                                {extension("mood-after"), decision.mood_after}};
        s["result"] = result;
        s["context"] = context(session, true, credit);
        return s;
    }

    // The session's result, the same in `completed` and in `passed`/`failed`.
    json session_result(const SessionRecord& session) const {
        double overall = std::clamp(session.overall, 0.0, 100.0);
        json result = {{"score", {{"scaled", round_places(overall / 100.0, 4)}, {"raw", round_places(overall, 2)}, {"min", 0}, {"max", 100}}},
                       {"success", session.passed},
                       {"completion", true}};
        auto start = parse_utc_millis(session.started_at), end = parse_utc_millis(session.ended_at);
        if (start && end) result["duration"] = xapi_duration(static_cast<double>(std::max<std::int64_t>(0, *end - *start)) / 1000.0);
        json extensions = json::object();
        for (const SkillScore& skill : session.skills)
            if (skill.percent) extensions[extension("skill/" + iri_segment(skill.skill))] = round_places(*skill.percent, 2);
        if (!session.ending.empty()) extensions[extension("ending")] = session.ending;
        result["extensions"] = extensions;
        return result;
    }

    void add_session(const SessionRecord& session, json& out) {
        std::shared_ptr<const Scenario> scenario;
        if (options.find_scenario) {
            scenario = options.find_scenario(session);
            // Only the very scenario that was played may describe its nodes.
            if (scenario && (scenario->id != session.scenario_id || content_hash_hex(*scenario) != session.scenario_hash))
                scenario = nullptr;
        }
        CourseCredit credit = course_credit(session);
        for (const DecisionRecord& decision : store.decisions(session.id)) out.push_back(answered(session, scenario.get(), decision, credit));
        if (!session.finished()) return;
        json result = session_result(session);
        json completed = statement(session, "completed", 0, "completed", session.ended_at);
        completed["object"] = scenario_activity(session);
        completed["result"] = result;
        completed["context"] = context(session, false, credit);
        out.push_back(completed);
        json outcome = statement(session, "outcome", 0, session.passed ? "passed" : "failed", session.ended_at);
        outcome["object"] = scenario_activity(session);
        outcome["result"] = result;
        outcome["context"] = context(session, false, credit);
        out.push_back(outcome);
        for (const auto& [course, course_progress] : credit.completed) out.push_back(course_completed(session, *course, *course_progress));
    }

    // The course completed, told once, by the session that completed it: its id is named from that session's
    // UUID and the course id ("course:" + id cannot be mistaken for the session's own kinds, the fields being
    // length-prefixed), so it is the same on every export, and it shares the session's registration.
    json course_completed(const SessionRecord& session, const Course& course, const CourseProgress& course_progress) {
        json s = statement(session, "course:" + course.id, 0, "completed", course_progress.completed_at);
        s["object"] = course_activity(course);
        s["result"] = {{"success", true}, {"completion", true}};
        s["context"] = {{"registration", statement_id(options.home_page, session, "registration", 0)},
                        {"platform", "frontdesk"},
                        {"language", language_name(course.language)}};
        return s;
    }
};

}  // namespace

std::string xapi_options_problem(const XapiOptions& options) {
    if (!is_http_address(options.home_page))
        return "the home page '" + options.home_page + "' is not an absolute http:// or https:// address (e.g. https://lms.example.org)";
    if (!options.iri_base.empty() && !is_http_address(options.iri_base))
        return "the IRI base '" + options.iri_base + "' is not an absolute http:// or https:// address (e.g. https://lms.example.org/xapi/)";
    return {};
}

nlohmann::json xapi_statements(const ResultsReader& store, const ResultsFilter& filter, const XapiOptions& options) {
    std::string problem = xapi_options_problem(options);
    if (!problem.empty()) throw std::invalid_argument("xAPI export: " + problem);
    json out = json::array();
    xapi_session_statements(store, filter, options, [&out](const SessionRecord&, json& statements) {
        for (json& statement : statements) out.push_back(std::move(statement));
    });
    return out;
}

void xapi_session_statements(const ResultsReader& store, const ResultsFilter& filter, const XapiOptions& options,
                             const std::function<void(const SessionRecord&, nlohmann::json& statements)>& visit) {
    std::string problem = xapi_options_problem(options);
    if (!problem.empty()) throw std::invalid_argument("xAPI export: " + problem);
    Exporter exporter(store, options, effective_iri_base(options));
    for (const SessionRecord& session : store.sessions(filter)) {
        json statements = json::array();
        exporter.add_session(session, statements);
        visit(session, statements);
    }
}

nlohmann::json xapi_statements_of_session(const ResultsReader& store, const SessionRecord& session, const XapiOptions& options) {
    std::string problem = xapi_options_problem(options);
    if (!problem.empty()) throw std::invalid_argument("xAPI export: " + problem);
    Exporter exporter(store, options, effective_iri_base(options));
    json statements = json::array();
    exporter.add_session(session, statements);
    return statements;
}

std::string xapi_duration(double seconds) {
    if (!(seconds > 0)) return "PT0S";  // also NaN
    long long centis = std::llround(seconds * 100);
    long long hours = centis / 360000, minutes = centis / 6000 % 60, whole = centis / 100 % 60, fraction = centis % 100;
    std::string out = "PT";
    if (hours > 0) out += std::to_string(hours) + "H";
    if (hours > 0 || minutes > 0) out += std::to_string(minutes) + "M";
    out += std::to_string(whole);
    if (fraction > 0) {
        char digits[4];
        std::snprintf(digits, sizeof digits, "%02lld", fraction);
        std::string text = digits;
        if (text.back() == '0') text.pop_back();
        out += "." + text;
    }
    return out + "S";
}

std::string xapi_timestamp(const std::string& stored) {
    std::optional<std::int64_t> millis = parse_utc_millis(stored);
    return millis ? format_utc_millis(*millis) : std::string();
}

std::int64_t xapi_statement_count(const StoreCounts& counts) { return counts.decisions + 2 * counts.finished_sessions; }

}  // namespace frontdesk

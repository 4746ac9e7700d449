#include "pg_records.h"

#include <cstdio>
#include <ctime>

#include "frontdesk/stored_answer.h"
#include "pg_connection.h"

namespace frontdesk::pg {

const char* const trainee_columns = "t.id, t.display_name, t.cohort, t.created_at";
const char* const session_columns =
    "s.id, s.trainee, s.scenario_id, s.scenario_title, s.scenario_hash, s.scenario_language, s.started_at, s.ended_at, s.ending, "
    "s.overall, s.passed, s.feedback_mode, s.source, s.shuffle_seed, s.phrasing, s.uuid, k.position, k.skill, k.raw, k.best, k.percent";
const char* const session_skill_join = " LEFT JOIN session_skills k ON k.session = s.id";
const char* const decision_columns =
    "d.session, d.sequence, a.node, a.choice, a.said, d.mood_after, d.response_seconds, a.timed_out, d.recorded_ms, d.recorded_text, a.points";
const char* const decision_answer_join = " LEFT JOIN answers a ON a.id = d.answer";

TraineeRecord read_trainee(const PGresult* rows, int row) {
    return TraineeRecord{text(rows, row, 0), text(rows, row, 1), text(rows, row, 2), text(rows, row, 3)};
}

SessionRecord read_session(const PGresult* rows, int row) {
    SessionRecord record;
    record.id = integer(rows, row, 0);
    record.trainee = text(rows, row, 1);
    record.scenario_id = text(rows, row, 2);
    record.scenario_title = text(rows, row, 3);
    record.scenario_hash = text(rows, row, 4);
    record.scenario_language = text(rows, row, 5);
    record.started_at = text(rows, row, 6);
    record.ended_at = text(rows, row, 7);
    record.ending = text(rows, row, 8);
    record.overall = real(rows, row, 9);
    record.passed = boolean(rows, row, 10);
    record.feedback_mode = text(rows, row, 11);
    record.source = text(rows, row, 12);
    // Stored with the bits of the unsigned seed (bigint is signed).
    if (!is_null(rows, row, 13)) record.shuffle_seed = static_cast<std::uint64_t>(integer(rows, row, 13));
    record.phrasing = text(rows, row, 14);
    record.uuid = text(rows, row, 15);
    return record;
}

void add_skill(const PGresult* rows, int row, SessionRecord& session) {
    if (is_null(rows, row, 16)) return;
    SkillScore skill;
    skill.skill = text(rows, row, 17);
    skill.raw = small_integer(rows, row, 18);
    skill.best = small_integer(rows, row, 19);
    if (!is_null(rows, row, 20)) skill.percent = real(rows, row, 20);
    session.skills.push_back(std::move(skill));
}

DecisionRecord DecisionReader::read(const PGresult* rows, int row) {
    DecisionRecord record;
    record.session = integer(rows, row, 0);
    record.sequence = small_integer(rows, row, 1);
    record.node = text(rows, row, 2);
    record.choice = small_integer(rows, row, 3);
    record.said = text(rows, row, 4);
    record.mood_after = small_integer(rows, row, 5);
    record.response_seconds = real(rows, row, 6);
    record.timed_out = boolean(rows, row, 7);
    record.recorded_at = is_null(rows, row, 9) ? time_from_milliseconds(integer(rows, row, 8)) : text(rows, row, 9);
    std::string points = text(rows, row, 10);
    auto found = points_.find(points);
    if (found == points_.end()) found = points_.emplace(points, points_from_text(points)).first;
    record.score = found->second;
    return record;
}

std::string time_from_milliseconds(std::int64_t milliseconds) {
    std::int64_t seconds = milliseconds / 1000, millis = milliseconds % 1000;
    if (millis < 0) millis += 1000, seconds -= 1;
    std::time_t at = static_cast<std::time_t>(seconds);
    std::tm utc{};
    if (!gmtime_r(&at, &utc)) return "";
    char buffer[64];
    std::snprintf(buffer, sizeof buffer, "%04d-%02d-%02dT%02d:%02d:%02d.%03dZ", utc.tm_year + 1900, utc.tm_mon + 1, utc.tm_mday, utc.tm_hour,
                  utc.tm_min, utc.tm_sec, static_cast<int>(millis));
    return buffer;
}

std::optional<std::int64_t> canonical_milliseconds(const std::string& time) {
    if (time.size() != 24) return std::nullopt;
    std::tm parsed{};
    int millis = 0;
    char zone = 0;
    if (std::sscanf(time.c_str(), "%4d-%2d-%2dT%2d:%2d:%2d.%3d%c", &parsed.tm_year, &parsed.tm_mon, &parsed.tm_mday, &parsed.tm_hour,
                    &parsed.tm_min, &parsed.tm_sec, &millis, &zone) != 8)
        return std::nullopt;
    parsed.tm_year -= 1900;
    parsed.tm_mon -= 1;
    std::int64_t milliseconds = static_cast<std::int64_t>(timegm(&parsed)) * 1000 + millis;
    // Only what comes back byte for byte (no 31 February, no lowercase z, no signs sscanf let through).
    if (time_from_milliseconds(milliseconds) != time) return std::nullopt;
    return milliseconds;
}

}  // namespace frontdesk::pg

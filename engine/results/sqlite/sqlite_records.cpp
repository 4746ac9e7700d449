#include "sqlite_records.h"

#include <cmath>
#include <map>

#include "frontdesk/utf8.h"

namespace frontdesk::sqlite {

const char* const trainee_columns = "t.id, t.display_name, t.cohort, t.created_at";
const char* const session_columns =
    "s.id, s.trainee, s.scenario_id, s.scenario_title, s.scenario_hash, s.scenario_language, s.started_at, s.ended_at, s.ending, "
    "s.overall, s.passed, s.feedback_mode, s.source, s.shuffle_seed, s.phrasing, s.uuid, k.position, k.skill, k.raw, k.best, k.percent";
const char* const session_skill_join = " LEFT JOIN session_skills k ON k.session = s.id";
const char* const decision_columns =
    "d.session, d.sequence, d.node, d.choice, d.said, d.mood_after, d.response_seconds, d.timed_out, d.recorded_at";
const char* const points_columns = ", p.skill, p.points";
const char* const decision_points_join = " LEFT JOIN decision_points p ON p.session = d.session AND p.sequence = d.sequence";

namespace {

// Decoding is plain copying, but a failure there (memory) must still reach callers as a StoreError.
template <typename Decode>
auto decoded(const std::string& path, const std::string& what, Decode decode) {
    try {
        return decode();
    } catch (const std::exception& e) {
        throw StoreError(path + ": " + what + ": " + e.what());
    }
}

SessionRecord read_session_columns(const Statement& row) {
    SessionRecord record;
    record.id = row.integer(0);
    record.trainee = row.text(1);
    record.scenario_id = row.text(2);
    record.scenario_title = row.text(3);
    record.scenario_hash = row.text(4);
    record.scenario_language = row.text(5);
    record.started_at = row.text(6);
    record.ended_at = row.text(7);
    record.ending = row.text(8);
    record.overall = row.real(9);
    record.passed = row.integer(10) != 0;
    record.feedback_mode = row.text(11);
    record.source = row.text(12);
    // Stored with the bits of the unsigned seed (SQLite integers are signed).
    if (!row.is_null(13)) record.shuffle_seed = static_cast<std::uint64_t>(row.integer(13));
    if (!row.is_null(14)) record.phrasing = row.text(14);
    record.uuid = row.text(15);
    return record;
}

void add_skill_columns(const Statement& row, SessionRecord& record) {
    if (row.is_null(16)) return;  // no skills (unfinished, or none recorded)
    SkillScore skill;
    skill.skill = row.text(17);
    skill.raw = row.small_integer(18);
    skill.best = row.small_integer(19);
    if (!row.is_null(20)) skill.percent = row.real(20);
    // In position order (the query's); a position left out by a migration that skipped an unreadable
    // entry leaves no gap.
    record.skills.push_back(std::move(skill));
}

DecisionRecord read_decision_columns(const Statement& row) {
    DecisionRecord record;
    record.session = row.integer(0);
    record.sequence = row.small_integer(1);
    record.node = row.text(2);
    record.choice = row.small_integer(3);
    record.said = row.text(4);
    record.mood_after = row.small_integer(5);
    record.response_seconds = row.real(6);
    record.timed_out = row.integer(7) != 0;
    record.recorded_at = row.text(8);
    return record;
}

void add_points_columns(const Statement& row, DecisionRecord& record) {
    if (row.is_null(9)) return;
    record.score.emplace_back(row.text(9), row.small_integer(10));
}

template <typename Record, typename Key, typename ReadParent, typename AddChild>
void grouped(Statement& rows, const std::string& path, const std::string& what, Key (*key)(const Statement&), ReadParent read_parent,
             AddChild add_child, const std::function<void(Record&&)>& visit) {
    std::optional<Record> current;
    Key current_key{};
    while (rows.step(what)) {
        Key row_key = key(rows);
        if (!current || row_key != current_key) {
            if (current) visit(std::move(*current));
            current = decoded(path, what, [&] { return read_parent(rows); });
            current_key = row_key;
        }
        decoded(path, what, [&] {
            add_child(rows, *current);
            return 0;
        });
    }
    if (current) visit(std::move(*current));
}

std::int64_t session_key(const Statement& row) { return row.integer(0); }
std::pair<std::int64_t, std::int64_t> decision_key(const Statement& row) { return {row.integer(0), row.integer(1)}; }

}  // namespace

TraineeRecord read_trainee(const Statement& row) { return TraineeRecord{row.text(0), row.text(1), row.text(2), row.text(3)}; }

void read_sessions(Statement& rows, const std::string& path, const std::string& what, const std::function<void(SessionRecord&&)>& visit) {
    grouped<SessionRecord>(rows, path, what, session_key, read_session_columns, add_skill_columns, visit);
}

void read_decisions(Statement& rows, const std::string& path, const std::string& what, const std::function<void(DecisionRecord&&)>& visit) {
    grouped<DecisionRecord>(rows, path, what, decision_key, read_decision_columns, add_points_columns, visit);
}

void read_decisions_merged(Statement& decisions, Statement& points, const std::string& path, const std::string& what,
                           const std::function<void(DecisionRecord&&)>& visit) {
    bool more_points = points.step(what);
    while (decisions.step(what)) {
        DecisionRecord record = decoded(path, what, [&] { return read_decision_columns(decisions); });
        std::pair<std::int64_t, std::int64_t> key = decision_key(decisions);
        // Points of no selected decision (only a hand-edited file has them) are passed over.
        while (more_points && std::make_pair(points.integer(0), points.integer(1)) < key) more_points = points.step(what);
        while (more_points && std::make_pair(points.integer(0), points.integer(1)) == key) {
            decoded(path, what, [&] {
                record.score.emplace_back(points.text(2), points.small_integer(3));
                return 0;
            });
            more_points = points.step(what);
        }
        visit(std::move(record));
    }
}

void write_session_skills(sqlite3* db, const std::string& path, std::int64_t session, const std::vector<SkillScore>& skills,
                          const std::string& consequence) {
    Statement clear(db, path, "DELETE FROM session_skills WHERE session = ?1");
    clear.bind(1, session).step("cannot save the skills", consequence);
    Statement insert(db, path, "INSERT INTO session_skills(session, position, skill, raw, best, percent) VALUES (?1, ?2, ?3, ?4, ?5, ?6)");
    for (std::size_t position = 0; position < skills.size(); ++position) {
        const SkillScore& skill = skills[position];
        insert.bind(1, session).bind(2, static_cast<std::int64_t>(position)).bind(3, skill.skill).bind(4, skill.raw).bind(5, skill.best);
        if (skill.percent && std::isfinite(*skill.percent)) insert.bind(6, *skill.percent);
        else insert.bind_null(6);
        insert.step("cannot save the skills", consequence);
        insert.reset();
    }
}

void write_decision_points(sqlite3* db, const std::string& path, const DecisionRecord& record, const std::string& consequence) {
    std::map<std::string, long long> points;
    for (const auto& [skill, value] : record.score) points[skill] += value;
    Statement insert(db, path, "INSERT INTO decision_points(session, sequence, skill, points) VALUES (?1, ?2, ?3, ?4)");
    for (const auto& [skill, value] : points) {
        if (value == 0) continue;
        insert.bind(1, record.session).bind(2, record.sequence).bind(3, skill).bind(4, static_cast<std::int64_t>(value));
        insert.step("cannot save the decision's points", consequence);
        insert.reset();
    }
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

}  // namespace frontdesk::sqlite

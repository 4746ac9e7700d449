#include "sqlite_records.h"

#include <cmath>
#include <map>
#include <unordered_map>

#include "frontdesk/stored_answer.h"
#include "frontdesk/utf8.h"

namespace frontdesk::sqlite {

const char* const trainee_columns = "t.id, t.display_name, t.cohort, t.created_at";
const char* const session_columns =
    "s.id, s.trainee, s.scenario_id, s.scenario_title, s.scenario_hash, s.scenario_language, s.started_at, s.ended_at, s.ending, "
    "s.overall, s.passed, s.feedback_mode, s.source, s.shuffle_seed, s.phrasing, s.uuid, k.position, k.skill, k.raw, k.best, k.percent";
const char* const session_skill_join = " LEFT JOIN session_skills k ON k.session = s.id";
const char* const decision_columns =
    "d.session, d.sequence, a.node, a.choice, a.said, d.mood_after, d.response_seconds, a.timed_out, d.recorded_at, a.points";
const char* const decision_answer_join = " LEFT JOIN answers a ON a.id = d.answer";

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

}  // namespace

TraineeRecord read_trainee(const Statement& row) { return TraineeRecord{row.text(0), row.text(1), row.text(2), row.text(3)}; }

void read_sessions(Statement& rows, const std::string& path, const std::string& what, const std::function<void(SessionRecord&&)>& visit) {
    grouped<SessionRecord>(rows, path, what, session_key, read_session_columns, add_skill_columns, visit);
}

void read_decisions(Statement& rows, const std::string& path, const std::string& what, const std::function<void(DecisionRecord&&)>& visit) {
    // A scan meets the same few answers again and again: their points are decoded once.
    std::unordered_map<std::string, std::vector<std::pair<std::string, int>>> decoded_points;
    while (rows.step(what)) {
        DecisionRecord record = decoded(path, what, [&] {
            DecisionRecord out = read_decision_columns(rows);
            std::string text = rows.text(9);
            auto found = decoded_points.find(text);
            if (found == decoded_points.end()) found = decoded_points.emplace(text, points_from_text(text)).first;
            out.score = found->second;
            return out;
        });
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

std::int64_t intern_answer(sqlite3* db, const std::string& path, const std::string& scenario_hash, const std::string& node, int choice,
                           bool timed_out, const std::string& said, const std::string& points, const std::string& consequence) {
    Statement find(db, path,
                   "SELECT id FROM answers WHERE scenario_hash = ?1 AND node = ?2 AND choice = ?3 AND timed_out = ?4 AND said = ?5 AND points = ?6");
    find.bind(1, scenario_hash).bind(2, node).bind(3, choice).bind(4, timed_out ? 1 : 0).bind(5, said).bind(6, points);
    if (find.step("cannot look up the answer", consequence)) return find.integer(0);
    Statement add(db, path, "INSERT INTO answers(scenario_hash, node, choice, timed_out, said, points) VALUES (?1, ?2, ?3, ?4, ?5, ?6)");
    add.bind(1, scenario_hash).bind(2, node).bind(3, choice).bind(4, timed_out ? 1 : 0).bind(5, said).bind(6, points);
    add.step("cannot save the answer", consequence);
    return sqlite3_last_insert_rowid(db);
}

}  // namespace frontdesk::sqlite

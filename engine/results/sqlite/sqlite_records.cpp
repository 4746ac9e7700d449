#include "sqlite_records.h"

#include <cmath>
#include <map>
#include <unordered_map>

#include "frontdesk/stored_answer.h"
#include "frontdesk/utf8.h"

namespace frontdesk::sqlite {

const std::string& decision_columns() {
    static const std::string columns = std::string(stored_rows::decision_columns) + ", d.recorded_at";
    return columns;
}

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

// A statement's current row as stored_rows reads it.
struct Row {
    const Statement& statement;
    std::string text(int column) const { return statement.text(column); }
    std::int64_t integer(int column) const { return statement.integer(column); }
    int small_integer(int column) const { return statement.small_integer(column); }
    double real(int column) const { return statement.real(column); }
    bool flag(int column) const { return statement.integer(column) != 0; }
    bool is_null(int column) const { return statement.is_null(column); }
    std::string recorded_at(int column) const { return statement.text(column); }
};

SessionRecord read_session_columns(const Statement& row) { return stored_rows::read_session(Row{row}); }
void add_skill_columns(const Statement& row, SessionRecord& record) { stored_rows::add_skill(Row{row}, record); }

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

TraineeRecord read_trainee(const Statement& row) { return stored_rows::read_trainee(Row{row}); }

void read_sessions(Statement& rows, const std::string& path, const std::string& what, const std::function<void(SessionRecord&&)>& visit) {
    grouped<SessionRecord>(rows, path, what, session_key, read_session_columns, add_skill_columns, visit);
}

void read_decisions(Statement& rows, const std::string& path, const std::string& what, const std::function<void(DecisionRecord&&)>& visit) {
    stored_rows::PointsDecoder points;
    while (rows.step(what)) visit(decoded(path, what, [&] { return stored_rows::read_decision(Row{rows}, points); }));
}

void read_answers(Statement& rows, const std::string& path, const std::string& what, const std::function<void(const AnswerRecord&)>& visit) {
    stored_rows::PointsDecoder points;
    while (rows.step(what)) visit(decoded(path, what, [&] { return stored_rows::read_answer(Row{rows}, points); }));
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

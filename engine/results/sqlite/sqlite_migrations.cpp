#include "sqlite_migrations.h"

#include <cmath>
#include <functional>
#include <limits>
#include <map>

#include <nlohmann/json.hpp>

#include "frontdesk/sqlite_results_store.h"
#include "frontdesk/stored_answer.h"
#include "sqlite_connection.h"
#include "sqlite_file_check.h"
#include "sqlite_records.h"

namespace frontdesk::sqlite {

namespace {

const char* const version_1 = R"SQL(
    CREATE TABLE frontdesk_meta(key TEXT PRIMARY KEY, value TEXT NOT NULL);
    INSERT INTO frontdesk_meta(key, value) VALUES ('application', 'frontdesk');
    CREATE TABLE trainees(
        id TEXT PRIMARY KEY,
        display_name TEXT NOT NULL,
        cohort TEXT NOT NULL DEFAULT '',
        created_at TEXT NOT NULL);
    CREATE TABLE sessions(
        id INTEGER PRIMARY KEY,
        trainee TEXT NOT NULL REFERENCES trainees(id),
        scenario_id TEXT NOT NULL,
        scenario_title TEXT NOT NULL,
        scenario_hash TEXT NOT NULL,
        scenario_language TEXT NOT NULL,
        started_at TEXT NOT NULL,
        ended_at TEXT,
        ending TEXT,
        skills_json TEXT,
        overall REAL,
        passed INTEGER);
    CREATE TABLE decisions(
        session INTEGER NOT NULL REFERENCES sessions(id),
        sequence INTEGER NOT NULL,
        node TEXT NOT NULL,
        choice INTEGER NOT NULL,
        said TEXT NOT NULL,
        score_json TEXT NOT NULL,
        mood_after INTEGER NOT NULL,
        response_seconds REAL NOT NULL,
        timed_out INTEGER NOT NULL,
        recorded_at TEXT NOT NULL,
        PRIMARY KEY(session, sequence)) WITHOUT ROWID;
)SQL";

const char* const version_2 = R"SQL(
    ALTER TABLE sessions ADD COLUMN feedback_mode TEXT NOT NULL DEFAULT 'end';
    ALTER TABLE sessions ADD COLUMN source TEXT NOT NULL DEFAULT 'play';
    CREATE INDEX sessions_by_trainee ON sessions(trainee, started_at);
    CREATE INDEX sessions_by_scenario ON sessions(scenario_id, started_at);
    CREATE INDEX sessions_unfinished ON sessions(trainee, scenario_id) WHERE ended_at IS NULL;
)SQL";

// Scores move out of JSON text into STRICT tables: a row's shape is then the table's, not whatever a JSON
// document happens to hold.
const char* const version_3_tables = R"SQL(
    CREATE TABLE session_skills(
        session INTEGER NOT NULL REFERENCES sessions(id),
        position INTEGER NOT NULL,
        skill TEXT NOT NULL,
        raw INTEGER NOT NULL,
        best INTEGER NOT NULL,
        percent REAL,
        PRIMARY KEY(session, position)) STRICT, WITHOUT ROWID;
    CREATE TABLE decision_points(
        session INTEGER NOT NULL,
        sequence INTEGER NOT NULL,
        skill TEXT NOT NULL,
        points INTEGER NOT NULL,
        PRIMARY KEY(session, sequence, skill),
        FOREIGN KEY(session, sequence) REFERENCES decisions(session, sequence)) STRICT, WITHOUT ROWID;
)SQL";

// Legacy JSON larger than this was not written by frontdesk (three skills take about 200 bytes).
constexpr std::size_t max_legacy_json = 64 * 1024;

std::optional<int> json_int(const nlohmann::json& value) {
    if (value.is_number_unsigned()) {
        auto number = value.get<std::uint64_t>();
        if (number > static_cast<std::uint64_t>(std::numeric_limits<int>::max())) return std::nullopt;
        return static_cast<int>(number);
    }
    if (!value.is_number_integer()) return std::nullopt;
    auto number = value.get<std::int64_t>();
    if (number < std::numeric_limits<int>::min() || number > std::numeric_limits<int>::max()) return std::nullopt;
    return static_cast<int>(number);
}

nlohmann::json parse_legacy(const std::string& text) {
    if (text.size() > max_legacy_json) return nullptr;
    // No exceptions: malformed text (or invalid UTF-8 in it) gives a discarded value.
    return nlohmann::json::parse(text, nullptr, false);
}

// Each session's skills_json array as session_skills rows, keeping each entry's position; entries that are
// not {"skill": text, "raw": int, ...} are skipped, a whole document that is not an array too.
void move_session_skills(sqlite3* db, const std::string& path) {
    Statement read(db, path, "SELECT id, skills_json FROM sessions WHERE skills_json IS NOT NULL");
    Statement write(db, path, "INSERT INTO session_skills(session, position, skill, raw, best, percent) VALUES (?1, ?2, ?3, ?4, ?5, ?6)");
    while (read.step("cannot read the sessions' skills")) {
        nlohmann::json skills = parse_legacy(read.text(1));
        if (!skills.is_array()) continue;
        int position = 0;
        for (const nlohmann::json& entry : skills) {
            int at = position++;
            if (!entry.is_object()) continue;
            auto skill = entry.find("skill");
            auto raw = entry.find("raw");
            if (skill == entry.end() || !skill->is_string() || skill->get_ref<const std::string&>().empty()) continue;
            std::optional<int> raw_points = raw == entry.end() ? std::nullopt : json_int(*raw);
            if (!raw_points) continue;
            std::optional<int> best;
            if (auto found = entry.find("best"); found != entry.end()) best = json_int(*found);
            write.bind(1, read.integer(0)).bind(2, at).bind(3, skill->get_ref<const std::string&>()).bind(4, *raw_points).bind(5, best.value_or(0));
            auto percent = entry.find("percent");
            if (percent != entry.end() && percent->is_number() && std::isfinite(percent->get<double>())) write.bind(6, percent->get<double>());
            else write.bind_null(6);
            write.step("cannot move the sessions' skills");
            write.reset();
        }
    }
}

// Each decision's score_json object as decision_points rows; members that are not whole numbers are skipped.
void move_decision_points(sqlite3* db, const std::string& path) {
    // A key that is not a number (only raw SQL writes one) could name no decision in a STRICT table.
    Statement read(db, path,
                   "SELECT session, sequence, score_json FROM decisions WHERE typeof(session) = 'integer' AND typeof(sequence) = 'integer'");
    Statement write(db, path, "INSERT OR IGNORE INTO decision_points(session, sequence, skill, points) VALUES (?1, ?2, ?3, ?4)");
    while (read.step("cannot read the decisions' scores")) {
        nlohmann::json score = parse_legacy(read.text(2));
        if (!score.is_object()) continue;
        for (const auto& [skill, points] : score.items()) {
            std::optional<int> value = json_int(points);
            if (skill.empty() || !value || *value == 0) continue;
            write.bind(1, read.integer(0)).bind(2, read.integer(1)).bind(3, skill).bind(4, *value);
            write.step("cannot move the decisions' scores");
            write.reset();
        }
    }
}

void version_3(sqlite3* db, const std::string& path) {
    exec(db, path, version_3_tables, "cannot update the results schema");
    move_session_skills(db, path);
    move_decision_points(db, path);
    exec(db, path, "ALTER TABLE sessions DROP COLUMN skills_json; ALTER TABLE decisions DROP COLUMN score_json;",
         "cannot update the results schema");
    // From now on the file says it is ours in its header, where it is read before anything is opened.
    exec(db, path, "PRAGMA application_id = " + std::to_string(frontdesk_application_id), "cannot mark the results file");
}

// The seed of each session's answer order. Sessions recorded before it were shown in authored order: NULL.
// A seed is 64 bits unsigned; SQLite keeps it in a signed INTEGER with the same bits.
const char* const version_4 = R"SQL(
    ALTER TABLE sessions ADD COLUMN shuffle_seed INTEGER;
)SQL";

// The phrasing of each session's texts; NULL for sessions recorded before it was kept.
const char* const version_5 = R"SQL(
    ALTER TABLE sessions ADD COLUMN phrasing TEXT CHECK (phrasing IN ('feminine', 'masculine', 'neutral'));
)SQL";

// Every session gets a globally unique id, so results copied between stores (two sites' files, a file and a
// server) merge by it; existing sessions get one named after what identified them so far. Deliveries to a
// Learning Record Store are recorded per statement, with the session they belong to.
void version_6(sqlite3* db, const std::string& path) {
    exec(db, path, "ALTER TABLE sessions ADD COLUMN uuid TEXT", "cannot update the results schema");
    {
        Statement read(db, path, "SELECT id, trainee, started_at FROM sessions");
        Statement write(db, path, "UPDATE sessions SET uuid = ?2 WHERE id = ?1");
        while (read.step("cannot read the sessions")) {
            write.bind(1, read.integer(0)).bind(2, legacy_session_uuid(read.text(1), read.text(2), read.integer(0)));
            write.step("cannot give the sessions their ids");
            write.reset();
        }
    }
    exec(db, path, R"SQL(
        CREATE UNIQUE INDEX sessions_by_uuid ON sessions(uuid);
        CREATE TABLE lrs_deliveries(
            statement_id TEXT PRIMARY KEY,
            session TEXT NOT NULL,
            delivered_at TEXT NOT NULL) STRICT, WITHOUT ROWID;
        CREATE INDEX lrs_deliveries_by_session ON lrs_deliveries(session);
    )SQL", "cannot update the results schema");
}

// Decisions become small rows: what was answered (node, choice, words, points: the same for everyone who
// gave that answer in that version of the scenario) goes once into answers, each decision refers to it.
// A decision whose session is gone (only raw SQL leaves one) could be read by nothing and is not moved.
const char* const version_7_tables = R"SQL(
    CREATE TABLE answers(
        id INTEGER PRIMARY KEY,
        scenario_hash TEXT NOT NULL,
        node TEXT NOT NULL,
        choice INTEGER NOT NULL,
        timed_out INTEGER NOT NULL,
        said TEXT NOT NULL,
        points TEXT NOT NULL,
        UNIQUE(scenario_hash, node, choice, timed_out, said, points)) STRICT;
    CREATE TABLE compact_decisions(
        session INTEGER NOT NULL REFERENCES sessions(id),
        sequence INTEGER NOT NULL,
        answer INTEGER NOT NULL REFERENCES answers(id),
        mood_after INTEGER NOT NULL,
        response_seconds REAL NOT NULL,
        recorded_at TEXT NOT NULL,
        PRIMARY KEY(session, sequence)) WITHOUT ROWID;
)SQL";

void version_7(sqlite3* db, const std::string& path) {
    exec(db, path, version_7_tables, "cannot update the results schema");
    {
        Statement read(db, path,
                       "SELECT d.session, d.sequence, d.node, d.choice, d.said, d.mood_after, d.response_seconds, d.timed_out, "
                       "d.recorded_at, s.scenario_hash FROM decisions d JOIN sessions s ON s.id = d.session "
                       "WHERE typeof(d.session) = 'integer' AND typeof(d.sequence) = 'integer' ORDER BY d.session, d.sequence");
        Statement points(db, path, "SELECT skill, points FROM decision_points WHERE session = ?1 AND sequence = ?2");
        Statement write(db, path, "INSERT INTO compact_decisions(session, sequence, answer, mood_after, response_seconds, recorded_at) "
                                  "VALUES (?1, ?2, ?3, ?4, ?5, ?6)");
        while (read.step("cannot read the decisions")) {
            std::vector<std::pair<std::string, int>> score;
            points.bind(1, read.integer(0)).bind(2, read.integer(1));
            while (points.step("cannot read the decisions' points")) score.emplace_back(points.text(0), points.small_integer(1));
            points.reset();
            std::int64_t answer = intern_answer(db, path, read.text(9), read.text(2), read.small_integer(3), read.integer(7) != 0,
                                                read.text(4), points_text(score), "the results file was left as it was");
            write.bind(1, read.integer(0)).bind(2, read.integer(1)).bind(3, answer).bind(4, read.small_integer(5)).bind(5, read.real(6))
                .bind(6, read.text(8));
            write.step("cannot move the decisions");
            write.reset();
        }
    }
    exec(db, path, "DROP TABLE decision_points; DROP TABLE decisions; ALTER TABLE compact_decisions RENAME TO decisions;",
         "cannot update the results schema");
}

struct Migration {
    int version;
    std::function<void(sqlite3*, const std::string&)> apply;
};

const Migration migrations[] = {
    {1, [](sqlite3* db, const std::string& path) { exec(db, path, version_1, "cannot create the results schema"); }},
    {2, [](sqlite3* db, const std::string& path) { exec(db, path, version_2, "cannot update the results schema"); }},
    {3, version_3},
    {4, [](sqlite3* db, const std::string& path) { exec(db, path, version_4, "cannot update the results schema"); }},
    {5, [](sqlite3* db, const std::string& path) { exec(db, path, version_5, "cannot update the results schema"); }},
    {6, version_6},
    {7, version_7},
};

int user_version(sqlite3* db, const std::string& path) {
    Statement statement(db, path, "PRAGMA user_version");
    return statement.step("cannot read the schema version") ? statement.small_integer(0) : 0;
}

}  // namespace

void migrate(sqlite3* db, const std::string& path) {
    static_assert(sizeof migrations / sizeof migrations[0] == sqlite_results_schema_version, "one migration per schema version");
    for (const Migration& migration : migrations) {
        if (user_version(db, path) >= migration.version) continue;
        WriteTransaction transaction(db, path, "the results file was left as it was");
        if (user_version(db, path) >= migration.version) continue;
        try {
            migration.apply(db, path);
        } catch (const StoreError&) {
            throw;
        } catch (const std::exception& e) {
            throw StoreError(path + ": cannot update the results schema to version " + std::to_string(migration.version) + ": " + e.what() +
                             "; the results file was left as it was");
        }
        exec(db, path, "PRAGMA user_version=" + std::to_string(migration.version), "cannot update the schema version");
        transaction.commit();
    }
}

}  // namespace frontdesk::sqlite

// The SQLite results store: opening safely, migrations, durable single-transaction writes, queries, scans
// and forgetting. Every SQLite failure becomes a StoreError that names the file and says what to do.
#include "frontdesk/sqlite_results_store.h"

#include <fcntl.h>
#include <sqlite3.h>
#include <sys/stat.h>
#include <unistd.h>

#include <chrono>
#include <cstdio>
#include <cstring>
#include <ctime>
#include <filesystem>
#include <fstream>
#include <functional>

#include <nlohmann/json.hpp>

namespace frontdesk {

namespace {

// One step of the schema's history. Each runs in its own transaction with the version bump.
struct Migration {
    int version;
    const char* sql;
};

const Migration migrations[] = {
    {1, R"SQL(
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
    )SQL"},
    {2, R"SQL(
        ALTER TABLE sessions ADD COLUMN feedback_mode TEXT NOT NULL DEFAULT 'end';
        ALTER TABLE sessions ADD COLUMN source TEXT NOT NULL DEFAULT 'play';
        CREATE INDEX sessions_by_trainee ON sessions(trainee, started_at);
        CREATE INDEX sessions_by_scenario ON sessions(scenario_id, started_at);
        CREATE INDEX sessions_unfinished ON sessions(trainee, scenario_id) WHERE ended_at IS NULL;
    )SQL"},
};

std::string hint_for(int code) {
    switch (code & 0xFF) {
        case SQLITE_FULL: return "the disk is full; free some space (nothing of this step was saved)";
        case SQLITE_BUSY:
        case SQLITE_LOCKED: return "another program kept the results file locked for too long; try again";
        case SQLITE_READONLY: return "the file or its folder is read-only; choose a writable place with --db";
        case SQLITE_CANTOPEN: return "the file cannot be opened; check the path and its folder's permissions, or use --db";
        case SQLITE_CORRUPT:
        case SQLITE_NOTADB: return "the file is damaged or is not a frontdesk results database; give another path with --db";
        case SQLITE_IOERR: return "the system reported an input/output error; check the disk";
        default: return "";
    }
}

[[noreturn]] void fail(sqlite3* db, const std::string& path, const std::string& what, int code) {
    std::string message = path + ": " + what + ": " + (db ? sqlite3_errmsg(db) : sqlite3_errstr(code));
    std::string hint = hint_for(code);
    if (!hint.empty()) message += " (" + hint + ")";
    throw StoreError(message);
}

// A prepared statement that finalises itself.
class Statement {
public:
    Statement(sqlite3* db, const std::string& path, const char* sql) : db_(db), path_(path) {
        int code = sqlite3_prepare_v2(db, sql, -1, &statement_, nullptr);
        if (code != SQLITE_OK) fail(db, path, "cannot prepare a query", code);
    }
    ~Statement() { sqlite3_finalize(statement_); }
    Statement(const Statement&) = delete;
    Statement& operator=(const Statement&) = delete;

    Statement& bind(int index, const std::string& value) {
        sqlite3_bind_text(statement_, index, value.c_str(), static_cast<int>(value.size()), SQLITE_TRANSIENT);
        return *this;
    }
    Statement& bind(int index, std::string_view value) {
        // An empty view may have no data pointer, which SQLite would store as NULL (a timeout's empty words).
        sqlite3_bind_text(statement_, index, value.data() ? value.data() : "", static_cast<int>(value.size()), SQLITE_TRANSIENT);
        return *this;
    }
    Statement& bind(int index, const char* value) { return bind(index, std::string(value)); }
    Statement& bind(int index, std::int64_t value) {
        sqlite3_bind_int64(statement_, index, value);
        return *this;
    }
    Statement& bind(int index, int value) { return bind(index, static_cast<std::int64_t>(value)); }
    Statement& bind(int index, double value) {
        sqlite3_bind_double(statement_, index, value);
        return *this;
    }
    // Binds a named parameter (":cohort") when the statement uses it.
    Statement& bind_named(const char* name, const std::string& value) {
        int index = sqlite3_bind_parameter_index(statement_, name);
        if (index > 0) bind(index, value);
        return *this;
    }
    Statement& bind_null(int index) {
        sqlite3_bind_null(statement_, index);
        return *this;
    }
    // Returns true while there is a row.
    bool step(const char* what) {
        int code = sqlite3_step(statement_);
        if (code == SQLITE_ROW) return true;
        if (code == SQLITE_DONE) return false;
        fail(db_, path_, what, code);
    }
    std::string text(int column) const {
        const unsigned char* value = sqlite3_column_text(statement_, column);
        return value ? reinterpret_cast<const char*>(value) : "";
    }
    std::int64_t integer(int column) const { return sqlite3_column_int64(statement_, column); }
    double real(int column) const { return sqlite3_column_double(statement_, column); }
    bool is_null(int column) const { return sqlite3_column_type(statement_, column) == SQLITE_NULL; }

private:
    sqlite3* db_;
    const std::string& path_;
    sqlite3_stmt* statement_ = nullptr;
};

void exec(sqlite3* db, const std::string& path, const char* sql, const char* what) {
    char* error = nullptr;
    int code = sqlite3_exec(db, sql, nullptr, nullptr, &error);
    if (code != SQLITE_OK) {
        std::string message = error ? error : sqlite3_errstr(code);
        sqlite3_free(error);
        std::string hint = hint_for(code);
        throw StoreError(path + ": " + what + ": " + message + (hint.empty() ? "" : " (" + hint + ")"));
    }
}

// BEGIN IMMEDIATE takes the write lock at once (waiting up to busy_timeout), so a transaction never fails
// half-way because another writer got there first; the destructor rolls back anything not committed.
class WriteTransaction {
public:
    WriteTransaction(sqlite3* db, const std::string& path) : db_(db), path_(path) {
        exec(db, path, "BEGIN IMMEDIATE", "cannot start writing");
    }
    ~WriteTransaction() {
        if (!committed_) sqlite3_exec(db_, "ROLLBACK", nullptr, nullptr, nullptr);
    }
    void commit() {
        exec(db_, path_, "COMMIT", "cannot save");
        committed_ = true;
    }

private:
    sqlite3* db_;
    const std::string& path_;
    bool committed_ = false;
};

int user_version(sqlite3* db, const std::string& path) {
    Statement statement(db, path, "PRAGMA user_version");
    return statement.step("cannot read the schema version") ? static_cast<int>(statement.integer(0)) : 0;
}

bool has_foreign_tables(sqlite3* db, const std::string& path) {
    Statement statement(db, path, "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name <> 'frontdesk_meta'");
    return statement.step("cannot read the file's tables") && statement.integer(0) > 0;
}

nlohmann::json skills_to_json(const std::vector<SkillScore>& skills) {
    nlohmann::json out = nlohmann::json::array();
    for (const SkillScore& skill : skills)
        out.push_back({{"skill", skill.skill}, {"raw", skill.raw}, {"best", skill.best},
                       {"percent", skill.percent ? nlohmann::json(*skill.percent) : nlohmann::json(nullptr)}});
    return out;
}

std::vector<SkillScore> skills_from_json(const std::string& text) {
    std::vector<SkillScore> skills;
    nlohmann::json json = nlohmann::json::parse(text, nullptr, false);
    if (!json.is_array()) return skills;
    for (const nlohmann::json& item : json) {
        if (!item.is_object()) continue;
        SkillScore score;
        if (item.contains("skill") && item["skill"].is_string()) score.skill = item["skill"].get<std::string>();
        if (item.contains("raw") && item["raw"].is_number_integer()) score.raw = item["raw"].get<int>();
        if (item.contains("best") && item["best"].is_number_integer()) score.best = item["best"].get<int>();
        if (item.contains("percent") && item["percent"].is_number()) score.percent = item["percent"].get<double>();
        skills.push_back(score);
    }
    return skills;
}

std::vector<std::pair<std::string, int>> score_from_json(const std::string& text) {
    std::vector<std::pair<std::string, int>> score;
    nlohmann::json json = nlohmann::json::parse(text, nullptr, false);
    if (json.is_object())
        for (auto& [skill, points] : json.items())
            if (points.is_number_integer()) score.emplace_back(skill, points.get<int>());
    return score;
}

const char* session_columns =
    "s.id, s.trainee, s.scenario_id, s.scenario_title, s.scenario_hash, s.scenario_language, s.started_at, "
    "s.ended_at, s.ending, s.skills_json, s.overall, s.passed, s.feedback_mode, s.source";

SessionRecord read_session(const Statement& row) {
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
    record.skills = skills_from_json(row.text(9));
    record.overall = row.real(10);
    record.passed = row.integer(11) != 0;
    record.feedback_mode = row.text(12);
    record.source = row.text(13);
    return record;
}

const char* decision_columns =
    "d.session, d.sequence, d.node, d.choice, d.said, d.score_json, d.mood_after, d.response_seconds, d.timed_out, d.recorded_at";

DecisionRecord read_decision(const Statement& row) {
    DecisionRecord record;
    record.session = row.integer(0);
    record.sequence = static_cast<int>(row.integer(1));
    record.node = row.text(2);
    record.choice = static_cast<int>(row.integer(3));
    record.said = row.text(4);
    record.score = score_from_json(row.text(5));
    record.mood_after = static_cast<int>(row.integer(6));
    record.response_seconds = row.real(7);
    record.timed_out = row.integer(8) != 0;
    record.recorded_at = row.text(9);
    return record;
}

// The filter as SQL conditions on sessions (alias s) and on trainees (alias t), with named parameters.
struct FilterSql {
    std::string trainees;  // conditions on t, each starting with " AND"
    std::string sessions;  // conditions on s, including "of a kept trainee"

    explicit FilterSql(const ResultsFilter& filter) {
        if (!filter.cohort.empty()) trainees += " AND t.cohort = :cohort";
        if (!filter.trainee.empty()) trainees += " AND t.id = :trainee";
        if (!filter.scenario_id.empty()) sessions += " AND s.scenario_id = :scenario";
        if (!filter.since.empty()) sessions += " AND s.started_at >= :since";
        if (filter.finished_only) sessions += " AND s.ended_at IS NOT NULL";
        if (!trainees.empty()) sessions += " AND s.trainee IN (SELECT t.id FROM trainees t WHERE 1 = 1" + trainees + ")";
    }
};

void bind_filter(Statement& statement, const ResultsFilter& filter) {
    statement.bind_named(":cohort", filter.cohort);
    statement.bind_named(":trainee", filter.trainee);
    statement.bind_named(":scenario", filter.scenario_id);
    statement.bind_named(":since", filter.since);
}

class SqliteResultsStore final : public ResultsStore {
public:
    SqliteResultsStore(const std::string& path, SqliteAccess access, const StoreOptions& options);
    ~SqliteResultsStore() override {
        if (db_) sqlite3_close(db_);
    }
    SqliteResultsStore(const SqliteResultsStore&) = delete;
    SqliteResultsStore& operator=(const SqliteResultsStore&) = delete;

    const std::string& location() const override { return path_; }
    int schema_version() const override { return user_version(db_, path_); }

    std::vector<TraineeRecord> trainees() const override;
    std::optional<TraineeRecord> trainee(const std::string& id) const override;
    std::vector<SessionRecord> sessions(const ResultsFilter& filter) const override;
    std::optional<SessionRecord> session(std::int64_t id) const override;
    std::vector<DecisionRecord> decisions(std::int64_t session) const override;
    std::optional<SessionRecord> unfinished_session(const std::string& trainee, const std::string& scenario_id,
                                                    const std::string& scenario_hash) const override;
    void scan_trainees(const ResultsFilter& filter, const std::function<void(const TraineeRecord&)>& visit) const override;
    void scan_sessions(const ResultsFilter& filter, const std::function<void(const SessionRecord&)>& visit) const override;
    void scan_decisions(const ResultsFilter& filter, const std::function<void(const DecisionRecord&)>& visit) const override;

    void upsert_trainee(const std::string& id, const std::string& display_name, const std::string& cohort) override;
    std::int64_t begin_session(const NewSession& session) override;
    void record_decision(const DecisionRecord& record) override;
    void finish_session(std::int64_t session, const SessionOutcome& outcome) override;
    ForgetOutcome forget_trainee(const std::string& id) override;

private:
    std::string path_;
    sqlite3* db_ = nullptr;
};

SqliteResultsStore::SqliteResultsStore(const std::string& path, SqliteAccess, const StoreOptions& options) : path_(path) {
    const int busy_timeout_ms = options.busy_timeout_ms;

    namespace fs = std::filesystem;
    std::error_code error;
    bool exists = fs::exists(path, error);
    if (exists) {
        if (fs::is_directory(path, error)) throw StoreError(path + ": is a folder, not a results database; give a file path with --db");
        // Refuse anything that is not SQLite before SQLite touches it (it would happily turn an empty file into a database).
        std::ifstream in(path, std::ios::binary);
        if (!in) throw StoreError(path + ": cannot be read (check its permissions)");
        char header[16] = {};
        in.read(header, sizeof header);
        if (in.gcount() > 0 && (in.gcount() < 16 || std::memcmp(header, "SQLite format 3", 16) != 0))
            throw StoreError(path + ": is not a frontdesk results database (not an SQLite file); it was left untouched; give another path with --db");
    } else {
        fs::path parent = fs::path(path).parent_path();
        if (!parent.empty()) {
            fs::create_directories(parent, error);
            if (error) throw StoreError(path + ": cannot create the folder " + parent.string() + ": " + error.message());
        }
        // Owner-only from the start: results are personal data. SQLite gives -wal and -shm the same mode.
        int fd = ::open(path.c_str(), O_CREAT | O_EXCL | O_WRONLY | O_CLOEXEC, 0600);
        if (fd < 0 && errno != EEXIST) throw StoreError(path + ": cannot create the results file: " + std::strerror(errno) + " (choose a writable place with --db)");
        if (fd >= 0) ::close(fd);
    }
    int code = sqlite3_open_v2(path.c_str(), &db_, SQLITE_OPEN_READWRITE | SQLITE_OPEN_FULLMUTEX, nullptr);
    if (code != SQLITE_OK) {
        std::string message = path + ": cannot open: " + (db_ ? sqlite3_errmsg(db_) : sqlite3_errstr(code));
        sqlite3_close(db_);
        db_ = nullptr;
        throw StoreError(message + " (" + hint_for(code) + ")");
    }
    try {
        sqlite3_extended_result_codes(db_, 1);
        sqlite3_busy_timeout(db_, busy_timeout_ms);
        // One snapshot for both reads: another program may be creating the schema between them, and
        // "version 0 with tables" would then look like another program's database.
        exec(db_, path_, "BEGIN", "cannot read the file");
        int version = 0;
        bool foreign = false;
        try {
            version = user_version(db_, path_);  // the first read: fails here for a damaged file
            foreign = version == 0 && has_foreign_tables(db_, path_);
        } catch (...) {
            sqlite3_exec(db_, "ROLLBACK", nullptr, nullptr, nullptr);
            throw;
        }
        exec(db_, path_, "COMMIT", "cannot read the file");
        if (version > sqlite_results_schema_version)
            throw StoreError(path + ": was written by a newer frontdesk (results schema " + std::to_string(version) +
                             ", this program knows up to " + std::to_string(sqlite_results_schema_version) +
                             "); it was left untouched; update frontdesk to use it");
        if (foreign)
            throw StoreError(path + ": is an SQLite database of another program, not frontdesk results; it was left untouched; give another path with --db");
        {
            Statement mode(db_, path_, "PRAGMA journal_mode=WAL");
            if (!mode.step("cannot switch to write-ahead logging") || mode.text(0) != "wal")
                throw StoreError(path + ": cannot use write-ahead logging here (is the folder read-only or on a network drive?); use --db with a local path");
        }
        exec(db_, path_, "PRAGMA synchronous=FULL; PRAGMA foreign_keys=ON; PRAGMA secure_delete=ON;", "cannot configure");
        for (const Migration& migration : migrations) {
            if (migration.version <= version) continue;
            WriteTransaction transaction(db_, path_);
            // Re-read inside the lock: another program may have migrated meanwhile.
            if (user_version(db_, path_) >= migration.version) continue;
            exec(db_, path_, migration.sql, "cannot update the results schema");
            exec(db_, path_, ("PRAGMA user_version=" + std::to_string(migration.version)).c_str(), "cannot update the schema version");
            transaction.commit();
        }
    } catch (...) {
        sqlite3_close(db_);
        db_ = nullptr;
        throw;
    }
}

void SqliteResultsStore::upsert_trainee(const std::string& id, const std::string& display_name, const std::string& cohort) {
    WriteTransaction transaction(db_, path_);
    Statement statement(db_, path_,
                        "INSERT INTO trainees(id, display_name, cohort, created_at) VALUES (?1, ?2, ?3, ?4) "
                        "ON CONFLICT(id) DO UPDATE SET display_name = excluded.display_name, "
                        "cohort = CASE WHEN excluded.cohort = '' THEN trainees.cohort ELSE excluded.cohort END");
    statement.bind(1, id).bind(2, display_name.empty() ? id : display_name).bind(3, cohort).bind(4, utc_now_iso8601());
    statement.step("cannot save the trainee");
    transaction.commit();
}

std::int64_t SqliteResultsStore::begin_session(const NewSession& session) {
    WriteTransaction transaction(db_, path_);
    Statement statement(db_, path_,
                        "INSERT INTO sessions(trainee, scenario_id, scenario_title, scenario_hash, scenario_language, started_at, "
                        "feedback_mode, source) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)");
    statement.bind(1, session.trainee).bind(2, session.scenario_id).bind(3, session.scenario_title).bind(4, session.scenario_hash)
        .bind(5, session.scenario_language).bind(6, utc_now_iso8601()).bind(7, session.feedback_mode).bind(8, session.source);
    statement.step("cannot start recording the session");
    std::int64_t id = sqlite3_last_insert_rowid(db_);
    transaction.commit();
    return id;
}

void SqliteResultsStore::record_decision(const DecisionRecord& record) {
    nlohmann::json score = nlohmann::json::object();
    for (const auto& [skill, points] : record.score)
        if (points != 0) score[skill] = points;
    WriteTransaction transaction(db_, path_);
    Statement statement(db_, path_,
                        "INSERT INTO decisions(session, sequence, node, choice, said, score_json, mood_after, response_seconds, "
                        "timed_out, recorded_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)");
    statement.bind(1, record.session).bind(2, record.sequence).bind(3, record.node).bind(4, record.choice).bind(5, record.said)
        .bind(6, score.dump()).bind(7, record.mood_after).bind(8, record.response_seconds)
        .bind(9, record.timed_out ? 1 : 0).bind(10, record.recorded_at.empty() ? utc_now_iso8601() : record.recorded_at);
    statement.step("cannot save the decision");
    transaction.commit();
}

void SqliteResultsStore::finish_session(std::int64_t session, const SessionOutcome& outcome) {
    WriteTransaction transaction(db_, path_);
    Statement statement(db_, path_,
                        "UPDATE sessions SET ended_at = ?2, ending = ?3, skills_json = ?4, overall = ?5, passed = ?6 WHERE id = ?1");
    statement.bind(1, session).bind(2, utc_now_iso8601()).bind(3, outcome.ending).bind(4, skills_to_json(outcome.skills).dump())
        .bind(5, outcome.overall).bind(6, outcome.passed ? 1 : 0);
    statement.step("cannot save the end of the session");
    transaction.commit();
}

std::vector<TraineeRecord> SqliteResultsStore::trainees() const {
    std::vector<TraineeRecord> out;
    scan_trainees(ResultsFilter{}, [&](const TraineeRecord& trainee) { out.push_back(trainee); });
    return out;
}

std::optional<TraineeRecord> SqliteResultsStore::trainee(const std::string& id) const {
    Statement statement(db_, path_, "SELECT id, display_name, cohort, created_at FROM trainees WHERE id = ?1");
    statement.bind(1, id);
    if (!statement.step("cannot read the trainee")) return std::nullopt;
    return TraineeRecord{statement.text(0), statement.text(1), statement.text(2), statement.text(3)};
}

std::vector<SessionRecord> SqliteResultsStore::sessions(const ResultsFilter& filter) const {
    FilterSql where(filter);
    Statement statement(db_, path_, (std::string("SELECT ") + session_columns + " FROM sessions s WHERE 1 = 1" + where.sessions +
                                     " ORDER BY s.started_at, s.id").c_str());
    bind_filter(statement, filter);
    std::vector<SessionRecord> out;
    while (statement.step("cannot read the sessions")) out.push_back(read_session(statement));
    return out;
}

std::optional<SessionRecord> SqliteResultsStore::session(std::int64_t id) const {
    Statement statement(db_, path_, (std::string("SELECT ") + session_columns + " FROM sessions s WHERE s.id = ?1").c_str());
    statement.bind(1, id);
    if (!statement.step("cannot read the session")) return std::nullopt;
    return read_session(statement);
}

std::vector<DecisionRecord> SqliteResultsStore::decisions(std::int64_t session) const {
    Statement statement(db_, path_, (std::string("SELECT ") + decision_columns + " FROM decisions d WHERE d.session = ?1 ORDER BY d.sequence").c_str());
    statement.bind(1, session);
    std::vector<DecisionRecord> out;
    while (statement.step("cannot read the decisions")) out.push_back(read_decision(statement));
    return out;
}

std::optional<SessionRecord> SqliteResultsStore::unfinished_session(const std::string& trainee, const std::string& scenario_id,
                                                                    const std::string& scenario_hash) const {
    Statement statement(db_, path_,
                        (std::string("SELECT ") + session_columns +
                         " FROM sessions s WHERE s.trainee = ?1 AND s.scenario_id = ?2 AND s.scenario_hash = ?3 AND s.ended_at IS NULL"
                         " ORDER BY s.started_at DESC, s.id DESC LIMIT 1").c_str());
    statement.bind(1, trainee).bind(2, scenario_id).bind(3, scenario_hash);
    if (!statement.step("cannot look for an interrupted session")) return std::nullopt;
    return read_session(statement);
}

void SqliteResultsStore::scan_trainees(const ResultsFilter& filter, const std::function<void(const TraineeRecord&)>& visit) const {
    FilterSql where(filter);
    Statement statement(db_, path_, ("SELECT t.id, t.display_name, t.cohort, t.created_at FROM trainees t WHERE 1 = 1" + where.trainees +
                                     " ORDER BY t.id").c_str());
    bind_filter(statement, filter);
    while (statement.step("cannot read the trainees"))
        visit(TraineeRecord{statement.text(0), statement.text(1), statement.text(2), statement.text(3)});
}

// In the table's own order: reading it straight through is several times faster than following an index.
void SqliteResultsStore::scan_sessions(const ResultsFilter& filter, const std::function<void(const SessionRecord&)>& visit) const {
    FilterSql where(filter);
    Statement statement(db_, path_, (std::string("SELECT ") + session_columns + " FROM sessions s WHERE 1 = 1" + where.sessions).c_str());
    bind_filter(statement, filter);
    while (statement.step("cannot read the sessions")) visit(read_session(statement));
}

// The sessions are the outer loop (CROSS JOIN fixes that order), so a filter that keeps few sessions reads few decisions.
void SqliteResultsStore::scan_decisions(const ResultsFilter& filter, const std::function<void(const DecisionRecord&)>& visit) const {
    FilterSql where(filter);
    Statement statement(db_, path_, (std::string("SELECT ") + decision_columns +
                                     " FROM sessions s CROSS JOIN decisions d ON d.session = s.id WHERE 1 = 1" + where.sessions +
                                     " ORDER BY s.id, d.sequence").c_str());
    bind_filter(statement, filter);
    while (statement.step("cannot read the decisions")) visit(read_decision(statement));
}

ForgetOutcome SqliteResultsStore::forget_trainee(const std::string& id) {
    ForgetOutcome outcome;
    {
        WriteTransaction transaction(db_, path_);
        Statement exists(db_, path_, "SELECT 1 FROM trainees WHERE id = ?1");
        exists.bind(1, id);
        if (!exists.step("cannot look up the trainee")) return outcome;
        outcome.found = true;
        Statement decisions(db_, path_, "DELETE FROM decisions WHERE session IN (SELECT id FROM sessions WHERE trainee = ?1)");
        decisions.bind(1, id).step("cannot delete the trainee's decisions");
        Statement sessions(db_, path_, "DELETE FROM sessions WHERE trainee = ?1");
        sessions.bind(1, id).step("cannot delete the trainee's sessions");
        Statement trainee(db_, path_, "DELETE FROM trainees WHERE id = ?1");
        trainee.bind(1, id).step("cannot delete the trainee");
        transaction.commit();
    }
    // secure_delete zeroed the freed pages; VACUUM rewrites the file without them and the checkpoints move
    // everything out of the write-ahead log and truncate it, so no copy of the rows stays readable.
    exec(db_, path_, "PRAGMA wal_checkpoint(TRUNCATE)", "cannot clean the journal");
    exec(db_, path_, "VACUUM", "cannot compact the file");
    exec(db_, path_, "PRAGMA wal_checkpoint(TRUNCATE)", "cannot clean the journal");
    return outcome;
}

}  // namespace

std::unique_ptr<ResultsStore> open_sqlite_results(const std::string& path, SqliteAccess access, const StoreOptions& options) {
    return std::make_unique<SqliteResultsStore>(path, access, options);
}

}  // namespace frontdesk

// The results store: every trainee, session and decision in one SQLite file, written the moment a decision
// is taken. Durable (WAL, synchronous=FULL, each write its own IMMEDIATE transaction), safe with several
// programs writing the same file, versioned with migrations, and able to forget a trainee completely.
//
// Failures of the file itself (not a database, newer schema, read-only, disk full, locked too long) are
// reported as StoreError with a message that says what happened, where, and what to do; nothing is
// overwritten and no write is reported done that was not committed.
#pragma once

#include <cstdint>
#include <memory>
#include <optional>
#include <stdexcept>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "frontdesk/scenario.h"
#include "frontdesk/scoring.h"
#include "frontdesk/session.h"

struct sqlite3;

namespace frontdesk {

class StoreError : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

// The schema version this program writes; migrations bring older files up to it.
constexpr int results_schema_version = 2;

struct TraineeRecord {
    std::string id;            // employee code or name, as the organisation prefers
    std::string display_name;
    std::string cohort;
    std::string created_at;    // ISO 8601 UTC
};

struct SkillScore {
    std::string skill;
    int raw = 0;
    std::optional<double> percent;
};

struct SessionRecord {
    std::int64_t id = 0;
    std::string trainee;
    std::string scenario_id;
    std::string scenario_title;
    std::string scenario_hash;     // hex of the scenario file's content hash
    std::string scenario_language; // en | it
    std::string started_at;        // ISO 8601 UTC
    std::string ended_at;          // empty while unfinished
    std::string ending;            // success | partial | failure; empty while unfinished
    std::vector<SkillScore> skills;
    double overall = 0;
    bool passed = false;
    std::string feedback_mode;     // immediate | end
    std::string source;            // play | gui

    bool finished() const { return !ended_at.empty(); }
};

struct DecisionRecord {
    std::int64_t session = 0;
    int sequence = 0;              // 1, 2, 3... within the session
    std::string node;
    int choice = -1;               // 0-based index in the node's choices; -1 for a timeout
    std::string said;              // the trainee's words; empty for a timeout
    std::vector<std::pair<std::string, int>> score;  // points per skill (only the skills that changed)
    int mood_after = 0;
    double response_seconds = 0;
    bool timed_out = false;
    std::string recorded_at;       // ISO 8601 UTC
};

// Which sessions a report or an export covers. Empty fields match everything.
struct ResultsFilter {
    std::string cohort;
    std::string scenario_id;
    std::string trainee;
    std::string since;             // ISO date or date-time: sessions started at or after it
    bool finished_only = false;
};

class ResultsStore {
public:
    // $XDG_DATA_HOME/frontdesk/results.db, or ~/.local/share/frontdesk/results.db.
    static std::string default_path();

    // Opens or creates the file (owner-only permissions on creation) and brings its schema up to date.
    // Throws StoreError for a file that is not a frontdesk results database, is newer than this program,
    // or cannot be opened or written.
    // `busy_timeout_ms`: how long a write waits for another program's lock before giving up with a StoreError.
    explicit ResultsStore(const std::string& path, int busy_timeout_ms = 10000);
    ~ResultsStore();
    ResultsStore(const ResultsStore&) = delete;
    ResultsStore& operator=(const ResultsStore&) = delete;
    ResultsStore(ResultsStore&&) noexcept;
    ResultsStore& operator=(ResultsStore&&) noexcept;

    const std::string& path() const { return path_; }
    int schema_version() const;

    // Writing. Each call is one IMMEDIATE transaction, committed (and synced) before it returns.
    void upsert_trainee(const std::string& id, const std::string& display_name, const std::string& cohort);
    std::int64_t begin_session(const std::string& trainee, const Scenario& scenario, const std::string& feedback_mode,
                               const std::string& source);
    // Records the decision at `sequence` (1-based) of a session being played.
    void record_decision(std::int64_t session, int sequence, const Scenario& scenario, const Decision& decision);
    void finish_session(std::int64_t session, const SessionResult& result, const Scenario& scenario);

    // Reading.
    std::vector<TraineeRecord> trainees() const;
    std::optional<TraineeRecord> trainee(const std::string& id) const;
    std::vector<SessionRecord> sessions(const ResultsFilter& filter) const;
    std::optional<SessionRecord> session(std::int64_t id) const;
    std::vector<DecisionRecord> decisions(std::int64_t session) const;
    // The trainee's latest unfinished session of a scenario with this exact content, for resuming.
    std::optional<SessionRecord> unfinished_session(const std::string& trainee, const Scenario& scenario) const;

    // Privacy: everything about one trainee as JSON; and forgetting them (rows deleted, the freed pages
    // overwritten, the journal truncated, so nothing of it stays readable in the file).
    nlohmann::json export_trainee(const std::string& id) const;
    bool forget_trainee(const std::string& id);

    // The underlying connection, for the store's own tests and benchmarks.
    sqlite3* handle() const { return db_; }

private:
    std::string path_;
    sqlite3* db_ = nullptr;
};

// Resuming: the saved-session JSON (as save_session writes it) for decisions read back from the store,
// and those decisions replayed into a fresh Session (empty, with `error` set, when they do not fit).
nlohmann::json session_state_from_records(const Scenario& scenario, const std::vector<DecisionRecord>& decisions);
std::optional<Session> replay_session(std::shared_ptr<const Scenario> scenario, const std::vector<DecisionRecord>& decisions,
                                      std::string& error);

// "2026-11-24T21:31:49Z" for now (UTC).
std::string utc_now_iso8601();

// The scenario content hash as 16 hex digits.
std::string content_hash_hex(const Scenario& scenario);

}  // namespace frontdesk

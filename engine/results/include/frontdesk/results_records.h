// What the results store holds, as plain values: trainees, sessions, decisions, and the filters that select
// them. Nothing here knows a scenario or a session being played (the play layer turns those into records),
// so every backend (the SQLite file, a PostgreSQL server) stores and returns exactly these.
#pragma once

#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace frontdesk {

struct TraineeRecord {
    std::string id;            // employee code or name, as the organisation prefers
    std::string display_name;
    std::string cohort;
    std::string created_at;    // ISO 8601 UTC
};

struct SkillScore {
    std::string skill;
    int raw = 0;
    int best = 0;                    // the most this scenario allows (0 when not recorded)
    std::optional<double> percent;   // raw / best as 0..100; empty when no path scores the skill
};

struct SessionRecord {
    std::int64_t id = 0;           // the store's own number for it (row ids restart in every store)
    // Globally unique (a UUID in standard form, lowercase): the session's identity wherever it is copied, and
    // what its xAPI statement ids are named after.
    std::string uuid;
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
    // The seed that ordered the answers the trainee saw; empty: shown in authored order (every session
    // recorded before answers were shuffled, and those played with the order unshuffled).
    std::optional<std::uint64_t> shuffle_seed;
    // How the conversation addressed the trainee (feminine | masculine | neutral), so a review shows the
    // lines as they were read; empty for sessions recorded before it was kept.
    std::string phrasing;

    bool finished() const { return !ended_at.empty(); }
};

struct DecisionRecord {
    std::int64_t session = 0;
    int sequence = 0;              // 1, 2, 3... within the session
    std::string node;
    int choice = -1;               // 0-based index in the node's choices as authored; -1 for a timeout
    std::string said;              // the trainee's words; empty for a timeout
    std::vector<std::pair<std::string, int>> score;  // points per skill (only the skills that changed)
    int mood_after = 0;
    double response_seconds = 0;
    bool timed_out = false;
    std::string recorded_at;       // ISO 8601 UTC; the store sets it when empty
};

// A session about to be played: who, and which version of which scenario.
struct NewSession {
    std::string trainee;
    std::string scenario_id;
    std::string scenario_title;
    std::string scenario_hash;
    std::string scenario_language;
    std::string feedback_mode;     // immediate | end
    std::string source;            // play | gui
    std::optional<std::uint64_t> shuffle_seed;  // see SessionRecord
    std::string phrasing;                       // see SessionRecord
};

// How a finished session ended, as the debrief showed it.
struct SessionOutcome {
    std::string ending;            // success | partial | failure
    std::vector<SkillScore> skills;
    double overall = 0;
    bool passed = false;
};

// Which sessions a report or an export covers. Empty fields match everything.
struct ResultsFilter {
    std::string cohort;
    std::string scenario_id;
    std::string trainee;
    std::string since;             // ISO date or date-time: sessions started at or after it
    bool finished_only = false;
};

// "2026-11-24T21:31:49.120Z" for now (UTC).
std::string utc_now_iso8601();

// A new session's UUID: from `generate` when given (tests and fixtures, so their output stays the same),
// else a random one. What `generate` returns must be a UUID in standard form; anything else is a bug
// (std::invalid_argument).
std::string new_session_uuid(const std::function<std::string()>& generate);

// The UUID a session recorded before sessions had one is given when its store is migrated: named after what
// identified it then (trainee, start, row id), so every read-only look at an older file gives the same one.
std::string legacy_session_uuid(const std::string& trainee, const std::string& started_at, std::int64_t id);

// Longest trainee id, display name or cohort the store accepts, in characters.
constexpr std::size_t max_trainee_text = 100;

// What is wrong with a trainee's id, display name or cohort before it is stored or looked up, as a sentence
// that names the field and shows the text safely ("the trainee id 'Niccol\xf2' is not valid UTF-8 text
// (was it typed in a terminal with another encoding?)"), or empty when it is fine. An empty id is refused;
// an empty name or cohort is allowed. `field` is "trainee id", "display name" or "cohort".
std::string record_text_problem(const std::string& field, const std::string& text);
// The first problem of the three, or empty.
std::string trainee_text_problem(const std::string& id, const std::string& display_name, const std::string& cohort);

// Why a record's text may not be stored (not UTF-8), or empty. Trainee fields are checked by
// trainee_text_problem; these are the scenario's words, which the scenario loader already checked.
std::string new_session_problem(const NewSession& session);
std::string decision_problem(const DecisionRecord& record);
std::string outcome_problem(const SessionOutcome& outcome);

}  // namespace frontdesk

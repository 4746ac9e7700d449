// The results store: every trainee, session and decision, written the moment a decision is taken. The window,
// the terminal player, reports and exports depend only on these two interfaces; the SQLite file
// (results/sqlite/) is one implementation, and a server backend is another one beside it.
//
// Failures of the store itself (not a results database, newer schema, read-only, disk full, locked too long,
// unreachable) are reported as StoreError with a message that says what happened, where, and what to do;
// nothing is overwritten and no write is reported done that was not committed. Text that is not fit to
// store (see record_text_problem) is refused with a StoreError too, before anything is written, so every
// caller that handles store failures also handles it; and whatever a stored row holds, reading it gives
// records (text repaired to valid UTF-8) or a StoreError, never another exception.
#pragma once

#include <cstdint>
#include <functional>
#include <memory>
#include <optional>
#include <stdexcept>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "frontdesk/results_records.h"

namespace frontdesk {

class StoreError : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

// What `frontdesk db status` shows.
struct StoreCounts {
    std::int64_t trainees = 0;
    std::int64_t sessions = 0;
    std::int64_t finished_sessions = 0;
    std::int64_t decisions = 0;
    // Statements a Learning Record Store confirmed, of sessions still in the store (lrs_deliveries).
    std::int64_t delivered_statements = 0;
};

// What a trainee answered at a node, as the store keeps it once for every decision that gave the same answer
// in the same version of a scenario (stored_answer.h).
struct AnswerRecord {
    std::int64_t id = 0;
    std::string node;
    int choice = -1;               // as in DecisionRecord
    bool timed_out = false;
    std::string said;
    std::vector<std::pair<std::string, int>> score;
};

// A decision as the answer it gave, without its own details (mood, timing): what a report over a million
// decisions reads instead of whole records.
struct AnsweredDecision {
    std::int64_t session = 0;
    int sequence = 0;
    std::int64_t answer = 0;       // an AnswerRecord's id; one never handed over is a damaged row: nothing answered
};

// Reading: what reports, exports, the Review and resuming need.
class ResultsReader {
public:
    virtual ~ResultsReader() = default;

    // Where the results are, as shown in messages (a file path; never a password).
    virtual const std::string& location() const = 0;
    // The schema version of the stored results (an older file read through a migrated copy keeps its own).
    virtual int schema_version() const = 0;
    // The local files that hold the results (a file and its journals), which nothing else may overwrite;
    // empty for a store on a server.
    virtual std::vector<std::string> files() const { return {}; }

    virtual std::vector<TraineeRecord> trainees() const = 0;
    virtual std::optional<TraineeRecord> trainee(const std::string& id) const = 0;
    // Sessions the filter selects, in the order they started.
    virtual std::vector<SessionRecord> sessions(const ResultsFilter& filter) const = 0;
    virtual std::optional<SessionRecord> session(std::int64_t id) const = 0;
    // A session's decisions in sequence order.
    virtual std::vector<DecisionRecord> decisions(std::int64_t session) const = 0;
    // The trainee's latest unfinished session of this exact version of a scenario, for resuming.
    virtual std::optional<SessionRecord> unfinished_session(const std::string& trainee, const std::string& scenario_id,
                                                            const std::string& scenario_hash) const = 0;

    // Streaming scans for reports over many sessions: each row is handed over once and not kept. Trainees
    // the filter keeps (with or without sessions) by id; sessions in no promised order; decisions of the
    // selected sessions grouped by session, in sequence order within each.
    virtual void scan_trainees(const ResultsFilter& filter, const std::function<void(const TraineeRecord&)>& visit) const = 0;
    virtual void scan_sessions(const ResultsFilter& filter, const std::function<void(const SessionRecord&)>& visit) const = 0;
    // The sessions scan_sessions gives, lighter: only what a report shows of them (id, trainee, scenario id,
    // title and language, start, end, ending, overall, passed, skills); the scenario version's hash, the UUID,
    // the feedback mode, the source, the seed and the phrasing may be left empty. This default goes through
    // scan_sessions; the server backend reads only those columns.
    virtual void scan_session_outcomes(const ResultsFilter& filter, const std::function<void(const SessionRecord&)>& visit) const;
    virtual void scan_decisions(const ResultsFilter& filter, const std::function<void(const DecisionRecord&)>& visit) const = 0;
    // The decisions scan_decisions gives, lighter: every answer they may refer to, once each (`answer`), then
    // the decisions themselves as references to them (`decision`), grouped by session (in no promised order
    // within one). This default goes through scan_decisions; the backends read their answers table once.
    virtual void scan_answered_decisions(const ResultsFilter& filter, const std::function<void(const AnswerRecord&)>& answer,
                                         const std::function<void(const AnsweredDecision&)>& decision) const;

    // How much the store holds. This default counts through the scans; the backends count in the database.
    virtual StoreCounts counts() const;
};

// A session recorded in another store, to add to this one (frontdesk db copy): its record (its id there is
// not kept; its UUID is its identity) and its decisions in sequence order.
struct SessionCopy {
    SessionRecord session;
    std::vector<DecisionRecord> decisions;
};

// What is wrong with a session to copy before anything is written (no valid UUID, text that may not be
// stored: see new_session_problem), or empty.
std::string session_copy_problem(const SessionCopy& copy);

// What import_sessions did.
struct ImportOutcome {
    std::size_t added = 0;      // sessions that were not here
    std::size_t extended = 0;   // sessions that were here with fewer decisions, or unfinished, and now have the rest
};

// A statement a Learning Record Store confirmed it holds (lrs sync): its id and the session it tells of.
struct StatementDelivery {
    std::string statement_id;  // UUID
    std::string session_uuid;
};

// What is wrong with a delivery before anything is written (ids that are not UUIDs), or empty.
std::string delivery_problem(const StatementDelivery& delivery);

// What forgetting a trainee did. Rows are deleted in one transaction; wiping the copies the file's journal
// still holds needs every other reader to let go, which may take longer than the wait allows.
struct ForgetOutcome {
    bool found = false;       // the trainee was there (and is now deleted)
    bool wiped = true;        // nothing of the deleted rows is left readable in the store's files
    std::string wipe_problem; // when not wiped: who holds the file, and what to do
    bool wipe_was_pending = false;  // an earlier forget had left its wipe unfinished (this call went on with it)
};

// Writing, for the training PCs. Each call is one transaction, committed (and synced) before it returns.
class ResultsStore : public ResultsReader {
public:
    virtual void upsert_trainee(const std::string& id, const std::string& display_name, const std::string& cohort) = 0;
    virtual std::int64_t begin_session(const NewSession& session) = 0;
    // Records the decision at record.sequence (1-based) of a session being played.
    virtual void record_decision(const DecisionRecord& record) = 0;
    virtual void finish_session(std::int64_t session, const SessionOutcome& outcome) = 0;
    // Privacy: forgetting a trainee completely (rows deleted, freed space overwritten, journal truncated).
    // A trainee who is not there (found == false) still finishes a wipe an earlier forget could not complete.
    // The rows are gone once it returns; `wiped` says whether their copies are too.
    virtual ForgetOutcome forget_trainee(const std::string& id) = 0;

    // Copying results between stores, merging by identity so that copying twice adds nothing: a trainee
    // from another store is added with its own creation time, or, when the id is already here, keeps this
    // store's record (an empty cohort is filled in); true when added.
    virtual bool merge_trainee(const TraineeRecord& trainee) = 0;
    // Sessions from another store, all in one transaction: one whose UUID is not here is added with its
    // decisions and outcome as they are there; one that is here gets the decisions it lacks (by sequence)
    // and its outcome if it has none yet, and is otherwise left alone. Their trainees must be here already.
    virtual ImportOutcome import_sessions(const std::vector<SessionCopy>& sessions) = 0;

    // Learning Record Store deliveries: the ids of the statements an LRS confirmed, of sessions still here
    // (a forgotten trainee's go with the sessions); and noting newly confirmed ones, in one transaction, each
    // kept with the time it was first noted (noting one again changes nothing).
    virtual std::vector<std::string> delivered_statements() const = 0;
    virtual void record_deliveries(const std::vector<StatementDelivery>& deliveries) = 0;
};

// Everything about one trainee as JSON (the trainee's copy of their data), or null when unknown.
nlohmann::json export_trainee(const ResultsReader& store, const std::string& id);

}  // namespace frontdesk
